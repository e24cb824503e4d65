package org.claimtrace.admin;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.claimtrace.claim.ClaimMother;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The editor's journey through the JSON API with a personal token, on a real port and
 * PostgreSQL: import JSON Lines with a bad line, import it again, review claims (approve,
 * reject, correct the place, add one), merge two sources, and see it on the public API
 * and in the audit log.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ApiJourneyTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@LocalServerPort
	int port;

	@Autowired
	ApiTokenService tokens;

	@Autowired
	JdbcClient jdbc;

	private final HttpClient http = HttpClient.newHttpClient();

	/** The context is shared with other end-to-end tests that count public claims. */
	@AfterEach
	void removeTheJourneysArticles() {
		this.jdbc.sql("delete from article where url like 'https://api-journey.example.org/%'").update();
	}

	@Test
	void anEditorImportsReviewsAndMergesWithABearerToken() throws Exception {
		String bearer = "Bearer " + this.tokens.create("admin", "api journey", Duration.ofDays(1)).secret();

		List<String> lines = new ArrayList<>();
		for (int i = 1; i <= 4; i++) {
			lines.add(JSON.writeValueAsString(java.util.Map.of("title", "Shelling report " + i + " from Kupiansk",
					"url", "https://api-journey.example.org/report-" + i, "outlet", "Example Wire", "publishedAt",
					"2025-02-0" + i, "body", "Shelling killed " + (i + 2) + " civilians in Kupiansk on day " + i
							+ ", the regional governor said. Two were wounded.")));
		}
		lines.add(2, "{\"title\": \"a line cut in half");
		String file = String.join("\n", lines) + "\n";

		JsonNode first = importAndWait(file, bearer);
		assertThat(first.get("saved").asInt()).isEqualTo(4);
		assertThat(first.get("failed").asInt()).isEqualTo(1);
		assertThat(first.get("failures").get(0).get("line").asInt()).isEqualTo(3);
		JsonNode again = importAndWait(file, bearer);
		assertThat(again.get("saved").asInt()).as("the same file twice saves nothing new").isZero();
		assertThat(again.get("duplicates").asInt()).isEqualTo(4);

		assertThat(send("POST", "/api/v1/imports?fileName=x.jsonl", "application/x-ndjson", file, null).statusCode())
			.as("no token, no write")
			.isEqualTo(401);

		long articleId = this.jdbc.sql("select id from article where url = 'https://api-journey.example.org/report-1'")
			.query(Long.class)
			.single();
		ClaimMother m = new ClaimMother(this.jdbc);
		long governor = m.source("Kharkiv regional governor", "OFFICIAL_PERSON");
		long duplicate = m.source("Governor of Kharkiv region", "OFFICIAL_PERSON");
		long kupiansk = m.place("Kupiansk", "UA", "07", "CITY", 49.71, 37.61);
		long killed = m.claim(articleId, "killed", "3", 3, null, "EXACT", "civilians", duplicate, null);
		long wounded = m.claim(articleId, "wounded", "Two", 2, null, "EXACT", null, governor, null);

		HttpResponse<String> approved = send("POST", "/api/v1/claims/" + killed + "/approve", "application/json", "{}",
				bearer);
		assertThat(approved.statusCode()).isEqualTo(200);
		assertThat(json(approved).get("reviewStatus").asString()).isEqualTo("approved");

		long version = json(approved).get("version").asLong();
		String correction = """
				{"category": "casualty", "kind": "killed", "valueMin": 3, "valueMax": 3, "qualifier": "exact",
				 "party": "civilians", "locationId": %d, "source": "Kharkiv regional governor", "cue": "said",
				 "verification": "not_stated", "hedged": false, "version": %d}""";
		HttpResponse<String> corrected = send("PUT", "/api/v1/claims/" + killed, "application/json",
				correction.formatted(kupiansk, version), bearer);
		assertThat(corrected.statusCode()).isEqualTo(200);
		assertThat(send("PUT", "/api/v1/claims/" + killed, "application/json", correction.formatted(kupiansk, version),
				bearer)
			.statusCode()).as("a stale version is a conflict, not a silent overwrite").isEqualTo(409);

		assertThat(send("POST", "/api/v1/claims/" + wounded + "/reject", "application/json",
				"{\"reason\": \"the two were soldiers\"}", bearer)
			.statusCode()).isEqualTo(200);

		String body = this.jdbc.sql("select body from article where id = :id")
			.param("id", articleId)
			.query(String.class)
			.single();
		int start = body.indexOf("day 1");
		HttpResponse<String> added = send("POST", "/api/v1/articles/" + articleId + "/claims", "application/json", """
				{"start": %d, "end": %d, "category": "other_figure", "kind": "other_figure", "valueMin": 1,
				 "qualifier": "exact", "party": "day of shelling"}""".formatted(start, start + 5), bearer);
		assertThat(added.statusCode()).isEqualTo(201);

		assertThat(send("POST", "/api/v1/sources/" + duplicate + "/merge", "application/json",
				"{\"targetId\": " + governor + "}", bearer)
			.statusCode()).isEqualTo(200);

		JsonNode article = json(send("GET", "/api/v1/articles/" + articleId, null, null, null));
		List<Long> visible = new ArrayList<>();
		article.get("claims").forEach((c) -> visible.add(c.get("id").asLong()));
		assertThat(visible).as("readers never see a rejected claim").contains(killed).doesNotContain(wounded);
		JsonNode publicKilled = json(send("GET", "/api/v1/claims/" + killed, null, null, null));
		assertThat(publicKilled.get("location").get("name").asString()).isEqualTo("Kupiansk");
		assertThat(publicKilled.get("source").get("name").asString()).isEqualTo("Kharkiv regional governor");
		assertThat(send("GET", "/api/v1/claims/" + wounded, null, null, null).statusCode()).isEqualTo(404);

		assertThat(this.jdbc.sql("select action from audit_log where actor = 'admin' order by id")
			.query(String.class)
			.list()).contains("claim.approved", "claim.edited", "claim.rejected", "claim.added", "source.merged");
	}

	private JsonNode importAndWait(String file, String bearer) throws Exception {
		HttpResponse<String> queued = send("POST", "/api/v1/imports?fileName=journey.jsonl", "application/x-ndjson",
				file, bearer);
		assertThat(queued.statusCode()).isEqualTo(202);
		String location = queued.headers().firstValue("Location").orElseThrow();
		for (int i = 0; i < 150; i++) {
			JsonNode job = json(send("GET", location, null, null, bearer));
			if ("DONE".equalsIgnoreCase(job.get("status").asString())) {
				return job;
			}
			Thread.sleep(200);
		}
		throw new AssertionError("import " + location + " did not finish in 30 s");
	}

	private HttpResponse<String> send(String method, String path, String contentType, String body, String auth)
			throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
			.method(method,
					(body != null) ? HttpRequest.BodyPublishers.ofString(body) : HttpRequest.BodyPublishers.noBody())
			.header("Accept", "application/json");
		if (contentType != null) {
			request.header("Content-Type", contentType);
		}
		if (auth != null) {
			request.header("Authorization", auth);
		}
		return this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	private static JsonNode json(HttpResponse<String> response) {
		assertThat(response.statusCode()).as(response.body()).isLessThan(300);
		return JSON.readTree(response.body());
	}

}
