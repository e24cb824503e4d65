package org.claimtrace.article.importing;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.claimtrace.article.ArticleService;
import org.claimtrace.article.ArticleSummary;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Bulk imports through the API on a real port and PostgreSQL: bad lines are listed and
 * never stop the good ones, a second import of the same file saves nothing, feeds work,
 * and a job whose worker died is resumed where it stopped.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ImportTests {

	private static final JsonMapper json = JsonMapper.builder().build();

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ArticleService articles;

	private final HttpClient http = HttpClient.newHttpClient();

	@Test
	void jsonLinesWithThreeBadLinesSavesTheOthersAndTheSameFileAgainSavesNothing() throws Exception {
		String tag = UUID.randomUUID().toString().substring(0, 8);
		byte[] file = ImportFiles.twentyWithThreeBad(tag);

		HttpResponse<String> accepted = multipart("articles-" + tag + ".jsonl", file);
		assertThat(accepted.statusCode()).isEqualTo(202);
		String location = accepted.headers().firstValue("Location").orElseThrow();
		assertThat(location).matches("/api/v1/imports/\\d+");
		assertThat(json.readTree(accepted.body()).get("format").asString()).isEqualTo("JSONL");

		JsonNode done = awaitFinished(location);
		assertThat(done.get("status").asString()).isEqualTo("DONE");
		assertThat(done.get("linesRead").asInt()).isEqualTo(20);
		assertThat(done.get("saved").asInt()).isEqualTo(17);
		assertThat(done.get("duplicates").asInt()).isZero();
		assertThat(done.get("failed").asInt()).isEqualTo(3);
		List<Integer> failedLines = done.get("failures").valueStream().map((f) -> f.get("line").asInt()).toList();
		assertThat(failedLines).containsExactly(4, 9, 15);
		assertThat(done.get("failures").get(0).get("reason").asString()).contains("not a valid JSON");
		assertThat(done.get("failures").get(1).get("reason").asString()).contains("title is missing");
		assertThat(done.get("failures").get(2).get("reason").asString()).contains("publishedAt");

		List<ArticleSummary> saved = this.articles.search("Import Wire " + tag, null, null, null, PageRequest.of(0, 50))
			.getContent();
		assertThat(saved).hasSize(17);
		assertThat(saved).extracting(ArticleSummary::url)
			.contains(ImportFiles.url(tag, 1), ImportFiles.url(tag, 20))
			.doesNotContain(ImportFiles.url(tag, 4), ImportFiles.url(tag, 9), ImportFiles.url(tag, 15));
		// each saved article has its extraction job, as from the form
		assertThat(this.jdbc.sql("""
				select count(*) from extraction_job j join article a on a.id = j.article_id where a.outlet = :outlet""")
			.param("outlet", "Import Wire " + tag)
			.query(Long.class)
			.single()).isEqualTo(17);

		JsonNode again = awaitFinished(
				multipart("articles-" + tag + ".jsonl", file).headers().firstValue("Location").orElseThrow());
		assertThat(again.get("saved").asInt()).isZero();
		assertThat(again.get("duplicates").asInt()).isEqualTo(17);
		assertThat(again.get("failed").asInt()).isEqualTo(3);
		assertThat(
				this.articles.search("Import Wire " + tag, null, null, null, PageRequest.of(0, 50)).getTotalElements())
			.isEqualTo(17);
	}

	@Test
	void rssFeedItemsBecomeArticlesWithTheFeedTitleAsOutletAndPlainText() throws Exception {
		String tag = UUID.randomUUID().toString().substring(0, 8);
		HttpResponse<String> accepted = this.http
			.send(request("/api/v1/imports?fileName=feed.xml").header("Content-Type", "application/rss+xml")
				.POST(HttpRequest.BodyPublishers.ofString(ImportFiles.rss(tag)))
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(accepted.statusCode()).isEqualTo(202);
		JsonNode done = awaitFinished(accepted.headers().firstValue("Location").orElseThrow());
		assertThat(done.get("format").asString()).isEqualTo("FEED");
		assertThat(done.get("total").asInt()).isEqualTo(3);
		assertThat(done.get("saved").asInt()).isEqualTo(2);
		assertThat(done.get("failed").asInt()).isEqualTo(1);
		assertThat(done.get("failures").get(0).get("line").asInt()).isEqualTo(3);
		assertThat(done.get("failures").get(0).get("reason").asString()).contains("publication date is missing");

		List<ArticleSummary> saved = this.articles
			.search("Frontline Feed " + tag, null, null, null, PageRequest.of(0, 10))
			.getContent();
		assertThat(saved).extracting(ArticleSummary::title)
			.containsExactlyInAnyOrder("Drone strike hits depot", "Evacuation continues");
		ArticleSummary drone = saved.stream().filter((a) -> a.title().startsWith("Drone")).findFirst().orElseThrow();
		assertThat(drone.url()).isEqualTo("https://feed.example.org/" + tag + "/1");
		assertThat(drone.publishedAt()).isEqualTo("2024-12-17T09:30:00Z");
		assertThat(this.articles.details(drone.id()).body())
			.isEqualTo("Three soldiers were wounded, the army said.\n\nFeed " + tag + " item 1.");
	}

	@Test
	void aJobLeftRunningByADeadWorkerIsResumedAfterItsLastRecordedLine() throws Exception {
		String tag = UUID.randomUUID().toString().substring(0, 8);
		// as a crashed instance leaves it: running, 5 of 10 lines recorded, no heartbeat
		// since
		Long id = this.jdbc.sql("""
				insert into import_job (file_name, format, content, status, lines_read, saved, total, created_by,
				  started_at, heartbeat_at, locked_by)
				values ('resume.jsonl', 'JSONL', :content, 'RUNNING', 5, 5, 10, 'admin',
				  now() - interval '10 minutes', now() - interval '10 minutes', '999@crashed')
				returning id""").param("content", ImportFiles.good(tag, 10)).query(Long.class).single();

		JsonNode done = awaitFinished("/api/v1/imports/" + id);
		assertThat(done.get("status").asString()).isEqualTo("DONE");
		assertThat(done.get("linesRead").asInt()).isEqualTo(10);
		assertThat(done.get("saved").asInt()).isEqualTo(10);
		List<ArticleSummary> saved = this.articles.search("Import Wire " + tag, null, null, null, PageRequest.of(0, 50))
			.getContent();
		assertThat(saved).extracting(ArticleSummary::url)
			.containsExactlyInAnyOrder(ImportFiles.url(tag, 6), ImportFiles.url(tag, 7), ImportFiles.url(tag, 8),
					ImportFiles.url(tag, 9), ImportFiles.url(tag, 10));
	}

	@Test
	void badUploadsAreRefusedWithAProblemDetailAndImportsAreForEditorsOnly() throws Exception {
		HttpResponse<String> empty = this.http
			.send(request("/api/v1/imports").header("Content-Type", "application/x-ndjson")
				.POST(HttpRequest.BodyPublishers.ofByteArray(new byte[0]))
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(empty.statusCode()).isEqualTo(400);
		assertThat(empty.body()).contains("The file is empty");

		HttpResponse<String> unknownFormat = this.http
			.send(request("/api/v1/imports?format=csv").header("Content-Type", "text/plain")
				.POST(HttpRequest.BodyPublishers.ofString("a,b"))
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(unknownFormat.statusCode()).isEqualTo(400);
		assertThat(unknownFormat.body()).contains("Unknown format csv");

		HttpResponse<String> anonymous = this.http.send(
				HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/api/v1/imports/1")).build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(anonymous.statusCode()).isEqualTo(401);
		assertThat(this.http.send(request("/api/v1/imports/987654").build(), HttpResponse.BodyHandlers.ofString())
			.statusCode()).isEqualTo(404);
	}

	private JsonNode awaitFinished(String location) throws Exception {
		long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
		while (true) {
			HttpResponse<String> response = this.http.send(request(location).build(),
					HttpResponse.BodyHandlers.ofString());
			assertThat(response.statusCode()).isEqualTo(200);
			JsonNode job = json.readTree(response.body());
			String status = job.get("status").asString();
			if ("DONE".equals(status) || "FAILED".equals(status)) {
				return job;
			}
			assertThat(System.nanoTime()).as("import finished in time").isLessThan(deadline);
			Thread.sleep(200);
		}
	}

	private HttpResponse<String> multipart(String fileName, byte[] content) throws Exception {
		String boundary = "----claimtrace" + UUID.randomUUID();
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
				+ "\"\r\nContent-Type: application/x-ndjson\r\n\r\n")
			.getBytes(StandardCharsets.UTF_8));
		body.write(content);
		body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
		return this.http
			.send(request("/api/v1/imports").header("Content-Type", "multipart/form-data; boundary=" + boundary)
				.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
				.build(), HttpResponse.BodyHandlers.ofString());
	}

	private HttpRequest.Builder request(String path) {
		return HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
			.header("Authorization",
					"Basic " + Base64.getEncoder()
						.encodeToString("admin:test-admin-password".getBytes(StandardCharsets.UTF_8)))
			.header("Accept", "application/json");
	}

}
