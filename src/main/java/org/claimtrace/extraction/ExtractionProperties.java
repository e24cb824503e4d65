package org.claimtrace.extraction;

import java.time.Duration;

import jakarta.validation.constraints.Min;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * @param worker run extraction jobs in this instance
 * @param warmUp load the NLP models in the background at startup
 * @param pollInterval how often an idle worker looks for jobs
 * @param maxAttempts attempts before a job is marked failed
 * @param maxPreviewChars largest text {@code POST /api/v1/extract} accepts
 */
@Validated
@ConfigurationProperties("claimtrace.extraction")
public record ExtractionProperties(@DefaultValue("true") boolean worker, @DefaultValue("true") boolean warmUp,
		@DefaultValue("2s") Duration pollInterval, @DefaultValue("5") @Min(1) int maxAttempts,
		@DefaultValue("200000") @Min(1) int maxPreviewChars) {
}
