package org.claimtrace.extraction.internal;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.OptionsBuilder;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Runs the JMH benchmarks: {@code ./mvnw -Pbench test} (results in
 * target/jmh-extraction.txt).
 */
@Tag("bench")
class ExtractionBenchmarkTests {

	@Test
	void benchmarkExtraction() throws Exception {
		Path shared = Path.of(System.getProperty("claimtrace.shared", "../shared"));
		assumeTrue(Files.isDirectory(shared.resolve("eval-dev")), "../shared/eval-dev is absent");
		new Runner(new OptionsBuilder().include(ExtractionBenchmark.class.getName())
			.jvmArgsAppend("-Dclaimtrace.shared=" + shared.toAbsolutePath())
			.output("target/jmh-extraction.txt")
			.build()).run();
	}

}
