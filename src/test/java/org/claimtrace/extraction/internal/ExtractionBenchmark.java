package org.claimtrace.extraction.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.claimtrace.extraction.ExtractionResult;
import org.claimtrace.location.PlaceResolver;
import org.claimtrace.location.ShippedGazetteer;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Warm extraction speed: the seed article (target ≤ 0.6 s on 2 cores) and throughput over
 * the GVDB dev texts. Run with {@code ./mvnw -Pbench test}; the texts are read from
 * ../shared, never stored in the repository.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 10)
@Measurement(iterations = 5, time = 10)
@Fork(value = 1, jvmArgs = { "-Xmx3g" })
public class ExtractionBenchmark {

	private ClaimExtractor extractor;

	private String seed;

	private List<String> gvdb;

	private int next;

	@Setup(Level.Trial)
	public void setUp() throws IOException {
		Path shared = Path.of(System.getProperty("claimtrace.shared", "../shared"));
		this.seed = Files.readString(shared.resolve("seed/kursk-north-korean-troops.txt"));
		try (var reader = Files.newBufferedReader(shared.resolve("eval-dev/gvdb/dev.tsv"))) {
			this.gvdb = CSVFormat.TDF.builder()
				.setHeader()
				.setSkipHeaderRecord(true)
				.setQuote(null)
				.get()
				.parse(reader)
				.stream()
				.map((CSVRecord r) -> r.get("Full text"))
				.toList();
		}
		PlaceResolver resolver = ShippedGazetteer.resolver();
		this.extractor = new ClaimExtractor(resolver);
		this.extractor.warmUp();
	}

	@Benchmark
	public ExtractionResult seedArticle() {
		return this.extractor.extract(this.seed);
	}

	/** One GVDB article per call: articles/s = 1000 / the reported ms. */
	@Benchmark
	public ExtractionResult gvdbArticle() {
		String text = this.gvdb.get(this.next);
		this.next = (this.next + 1) % this.gvdb.size();
		return this.extractor.extract(text);
	}

}
