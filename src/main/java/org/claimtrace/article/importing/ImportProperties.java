package org.claimtrace.article.importing;

import java.time.Duration;

import jakarta.validation.constraints.Min;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * @param worker process import jobs in this instance
 * @param pollInterval how often an idle worker looks for jobs
 * @param staleAfter a running job whose worker has not reported for this long is taken
 * over (its worker died): the import resumes where it stopped
 * @param maxFileBytes largest file accepted
 * @param maxLineBytes largest JSON line accepted (one article)
 * @param file command-line mode: import this file, print progress, exit
 * @param format command-line mode: JSONL or FEED (detected when absent)
 */
@Validated
@ConfigurationProperties("claimtrace.import")
public record ImportProperties(@DefaultValue("true") boolean worker, @DefaultValue("2s") Duration pollInterval,
		@DefaultValue("30s") Duration staleAfter, @DefaultValue("104857600") @Min(1) long maxFileBytes,
		@DefaultValue("6291456") @Min(1) int maxLineBytes, String file, String format) {
}
