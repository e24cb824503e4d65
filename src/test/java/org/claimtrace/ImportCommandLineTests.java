package org.claimtrace;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

import org.claimtrace.article.importing.ImportFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code --claimtrace.import.file=...} as an operator runs it: no web server, progress
 * and a summary on the console, exit status 1 when a line failed.
 */
@ExtendWith(OutputCaptureExtension.class)
class ImportCommandLineTests {

	@Test
	void importsTheFilePrintsASummaryAndExitsWithOneWhenLinesFailed(@TempDir Path dir, CapturedOutput output)
			throws Exception {
		String tag = UUID.randomUUID().toString().substring(0, 8);
		Path file = dir.resolve("articles.jsonl");
		Files.write(file, ImportFiles.twentyWithThreeBad(tag));
		String[] args = { "--claimtrace.import.file=" + file };
		assertThat(ClaimtraceApplication.isImportCommand(args)).isTrue();

		ConfigurableApplicationContext context = ClaimtraceApplication.importCommand(args);
		assertThat(context.getClass().getSimpleName()).doesNotContain("Web");
		long saved = context.getBean(JdbcClient.class)
			.sql("select count(*) from article where outlet = :outlet")
			.param("outlet", "Import Wire " + tag)
			.query(Long.class)
			.single();
		int exitCode = SpringApplication.exit(context);

		assertThat(saved).isEqualTo(17);
		assertThat(exitCode).isEqualTo(1);
		assertThat(output.getOut()).contains("of articles.jsonl (JSONL")
			.contains("line 4: not a valid JSON object")
			.contains("line 9: title is missing")
			.contains("DONE: 17 saved, 0 duplicates skipped, 3 failed");
	}

	@Test
	void aCleanFileExitsWithZero(@TempDir Path dir, CapturedOutput output) throws Exception {
		Path file = dir.resolve("clean.jsonl");
		Files.write(file, ImportFiles.good(UUID.randomUUID().toString().substring(0, 8), 3));
		ConfigurableApplicationContext context = ClaimtraceApplication
			.importCommand(new String[] { "--claimtrace.import.file=" + file });
		assertThat(SpringApplication.exit(context)).isZero();
		assertThat(output.getOut()).contains("DONE: 3 saved, 0 duplicates skipped, 0 failed");
	}

}
