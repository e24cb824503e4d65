package org.claimtrace.article.importing;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.UUID;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Imports N generated articles ({@code -Dclaimtrace.bench.articles}, 1000 by default)
 * through an import job, waits until the extraction worker has extracted all of them and
 * writes throughput and peak heap to {@code target/import-benchmark.txt}. Run on demand:
 * {@code ./mvnw -Pbench test -Dtest=ImportBenchmarkTests -Dclaimtrace.bench.articles=1000}.
 */
@Tag("bench")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "claimtrace.extraction.worker=true", "claimtrace.extraction.warm-up=true",
				"claimtrace.gazetteer.load-on-start=true", "claimtrace.extraction.poll-interval=200ms",
				"claimtrace.import.poll-interval=100ms" })
class ImportBenchmarkTests {

	@LocalServerPort
	int port;

	@Autowired
	ImportService imports;

	@Autowired
	JdbcClient jdbc;

	@Test
	void importAndExtractNArticles() throws Exception {
		int count = Integer.getInteger("claimtrace.bench.articles", 1000);
		awaitReady(Duration.ofMinutes(15));
		String tag = "bench-" + UUID.randomUUID().toString().substring(0, 8);
		byte[] file = ImportFiles.good(tag, count);
		ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
		long peakSampled = 0;

		long start = System.nanoTime();
		ImportJobView job = this.imports.submit(tag + ".jsonl", "JSONL", file, "admin");
		while (!this.imports.view(job.id()).isFinished()) {
			peakSampled = Math.max(peakSampled, usedHeap());
			Thread.sleep(50);
		}
		long imported = System.nanoTime();
		ImportJobView done = this.imports.view(job.id());
		assertThat(done.saved()).isEqualTo(count);

		Duration limit = Duration.ofSeconds(Math.max(600, count * 5L));
		long deadline = System.nanoTime() + limit.toNanos();
		long pending;
		do {
			peakSampled = Math.max(peakSampled, usedHeap());
			pending = this.jdbc
				.sql("""
						select count(*) from article where outlet = :outlet and extraction_status in ('PENDING', 'RUNNING')""")
				.param("outlet", "Import Wire " + tag)
				.query(Long.class)
				.single();
			if (pending > 0) {
				assertThat(System.nanoTime()).as("extraction finished within %s", limit).isLessThan(deadline);
				Thread.sleep(200);
			}
		}
		while (pending > 0);
		long extracted = System.nanoTime();
		long failed = this.jdbc
			.sql("select count(*) from article where outlet = :outlet and extraction_status = 'FAILED'")
			.param("outlet", "Import Wire " + tag)
			.query(Long.class)
			.single();

		double importSeconds = (imported - start) / 1e9;
		double totalSeconds = (extracted - start) / 1e9;
		long poolPeak = ManagementFactory.getMemoryPoolMXBeans()
			.stream()
			.filter((pool) -> pool.getType() == MemoryType.HEAP)
			.mapToLong((pool) -> pool.getPeakUsage().getUsed())
			.sum();
		String report = String.format(Locale.ROOT, """
				Claimtrace import benchmark, %s
				articles:                    %d (%d bytes of JSON Lines)
				import only:                 %.1f s, %.1f articles/s
				import + extraction:         %.1f s, %.2f articles/s
				extraction failures:         %d
				peak heap (sampled used):    %d MB
				peak heap (sum of pool peaks): %d MB
				max heap:                    %d MB
				processors:                  %d
				""", Instant.now(), count, file.length, importSeconds, count / importSeconds, totalSeconds,
				count / totalSeconds, failed, peakSampled / (1024 * 1024), poolPeak / (1024 * 1024),
				Runtime.getRuntime().maxMemory() / (1024 * 1024), Runtime.getRuntime().availableProcessors());
		Path out = Path.of("target", "import-benchmark.txt");
		write(out, report);
		System.out.println(report);
		assertThat(failed).isZero();
	}

	private void awaitReady(Duration limit) throws Exception {
		HttpClient http = HttpClient.newHttpClient();
		long deadline = System.nanoTime() + limit.toNanos();
		while (true) {
			HttpResponse<String> health = http
				.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/actuator/health/readiness"))
					.build(), HttpResponse.BodyHandlers.ofString());
			if (health.statusCode() == 200 && health.body().contains("UP")) {
				return;
			}
			assertThat(System.nanoTime()).as("ready within %s", limit).isLessThan(deadline);
			Thread.sleep(1000);
		}
	}

	private static long usedHeap() {
		return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
	}

	private static void write(Path path, String text) throws IOException {
		Files.createDirectories(path.getParent());
		Files.writeString(path, text);
	}

}
