package org.claimtrace.article.importing;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * Command-line import for operators: {@code --claimtrace.import.file=articles.jsonl} runs
 * the same import as the upload page in this process, prints progress and a summary and
 * exits with 0 (every line saved or already stored) or 1 (the file or a line failed).
 */
@Component
@ConditionalOnProperty("claimtrace.import.file")
class ImportCommand implements ApplicationRunner, ExitCodeGenerator {

	static final String ACTOR = "command-line";

	private final ImportService imports;

	private final ImportProperties properties;

	private final PrintStream out = System.out;

	private int exitCode = 1;

	ImportCommand(ImportService imports, ImportProperties properties) {
		this.imports = imports;
		this.properties = properties;
	}

	@Override
	public void run(ApplicationArguments args) {
		Path file = Path.of(this.properties.file());
		byte[] content;
		try {
			content = Files.readAllBytes(file);
		}
		catch (IOException ex) {
			this.out.println("Import failed: cannot read " + file.toAbsolutePath() + " (" + ex.getMessage() + ")");
			return;
		}
		ImportJobView job;
		try {
			job = this.imports.submit(file.getFileName().toString(), this.properties.format(), content, ACTOR);
		}
		catch (RuntimeException ex) {
			this.out.println("Import failed: " + ex.getMessage());
			return;
		}
		this.out.println("Import " + job.id() + " of " + job.fileName() + " (" + job.format() + ", " + content.length
				+ " bytes)");
		ImportJobView done = this.imports.runNow(job.id(), (progress) -> this.out.println("  " + progress.linesRead()
				+ ((progress.total() != null) ? " of " + progress.total() : "") + " lines read: " + progress.saved()
				+ " saved, " + progress.duplicates() + " duplicates, " + progress.failed() + " failed"));
		for (ImportFailure failure : this.imports.failures(job.id())) {
			this.out.println("  line " + failure.line() + ": " + failure.reason());
		}
		this.out.println("Import " + done.id() + " " + done.status() + ": " + done.saved() + " saved, "
				+ done.duplicates() + " duplicates skipped, " + done.failed() + " failed"
				+ ((done.error() != null) ? " — " + done.error() : ""));
		this.exitCode = ("DONE".equals(done.status()) && done.failed() == 0) ? 0 : 1;
	}

	@Override
	public int getExitCode() {
		return this.exitCode;
	}

}
