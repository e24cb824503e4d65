package org.claimtrace;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.StreamSupport;

import org.claimtrace.article.ArticleMother;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The whole pipeline: the seed article goes in through the API, the job queue runs the
 * real extractor (CoreNLP and the GeoNames gazetteer loaded into PostgreSQL), and the
 * claims come back through the API and the public page.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "claimtrace.extraction.worker=true", "claimtrace.gazetteer.load-on-start=true",
				"claimtrace.extraction.poll-interval=500ms" })
class ExtractionJourneyTests {

	private static final JsonMapper json = JsonMapper.builder().build();

	@LocalServerPort
	int port;

	private final HttpClient http = HttpClient.newHttpClient();

	@Test
	void theSeedArticleIsExtractedWithWhoClaimedWhatWhere() throws Exception {
		String body = ArticleMother.seedKurskBody();
		assumeTrue(body != null, "../shared/seed is absent");
		String request = json.writeValueAsString(
				Map.of("title", "North Korean troops fight alongside Russian forces in Kursk for the first time", "url",
						"https://www.ft.com/content/kursk-north-korean-troops-example", "outlet", "Financial Times",
						"publishedAt", "2024-12-17", "body", body));
		HttpResponse<String> created = send(HttpRequest.newBuilder(uri("/api/v1/articles"))
			.header("Content-Type", "application/json")
			.header("Authorization", basic("admin", "test-admin-password"))
			.POST(HttpRequest.BodyPublishers.ofString(request)));
		assertThat(created.statusCode()).isEqualTo(201);
		String location = created.headers().firstValue("Location").orElseThrow();

		JsonNode article = awaitExtraction(location, Duration.ofMinutes(5));
		JsonNode claims = article.get("claims");

		JsonNode deployed = find(claims, (c) -> "deployed".equals(text(c, "kind")) && number(c, "valueMin") == 11000);
		assertThat(text(deployed.get("source"), "name")).as("Kyiv, the Ukrainian government")
			.matches("(?i).*(kyiv|ukrain).*");
		assertThat(text(deployed, "party")).containsIgnoringCase("North Korea");
		assertThat(text(deployed.get("location"), "name")).containsIgnoringCase("Kursk");
		assertThat(body.substring(deployed.get("start").asInt(), deployed.get("end").asInt())).contains("11,000");

		JsonNode casualties = find(claims, (c) -> number(c, "valueMin") == 200);
		assertThat(text(casualties, "category")).isEqualTo("casualty");
		assertThat(text(casualties, "qualifier")).isEqualTo("estimate");
		assertThat(text(casualties, "verification")).isEqualTo("unverified");
		assertThat(text(casualties.get("source"), "name")).containsIgnoringCase("GUR");

		JsonNode northKoreans = find(claims, (c) -> number(c, "valueMin") == 30);
		assertThat(text(northKoreans, "kind")).isEqualTo("killed_or_wounded");
		assertThat(northKoreans.get("parentClaimId").asLong()).isEqualTo(casualties.get("id").asLong());

		JsonNode bodies = find(claims, (c) -> number(c, "valueMin") == 23);
		assertThat(text(bodies, "kind")).isEqualTo("killed");
		assertThat(bodies.get("hedged").asBoolean()).isTrue();

		JsonNode distance = find(claims, (c) -> number(c, "valueMin") == 3);
		assertThat(text(distance, "unit")).isEqualTo("km");
		assertThat(text(distance, "category")).isEqualTo("distance");
		assertThat(text(distance.get("location"), "name")).isEqualTo("Pokrovsk");
		assertThat(distance.get("location").get("latitude").asDouble()).isCloseTo(48.28,
				org.assertj.core.data.Offset.offset(0.05));
		assertThat(distance.get("location").get("longitude").asDouble()).isCloseTo(37.18,
				org.assertj.core.data.Offset.offset(0.05));

		assertThat(StreamSupport.stream(claims.spliterator(), false).map((c) -> number(c, "valueMin")))
			.as("years and dates are not figures")
			.doesNotContain(2022L, 2024L);
		assertThat(article.get("attributions").size()).isGreaterThanOrEqualTo(8);
		assertThat(article.get("locations").toString()).contains("Plekhovo").contains("Pokrovsk");

		HttpResponse<String> page = send(HttpRequest.newBuilder(uri(text(article, "permalink"))));
		assertThat(page.body()).contains("id=\"claim-" + deployed.get("id").asLong() + "\"")
			.contains("Claims in this article");
	}

	@Test
	void thePreviewEndpointIsForEditorsAndBoundedInSize() throws Exception {
		String huge = json.writeValueAsString(Map.of("text", "a".repeat(200_001)));
		assertThat(send(HttpRequest.newBuilder(uri("/api/v1/extract"))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(huge))).statusCode()).isEqualTo(401);
		HttpResponse<String> tooLarge = send(HttpRequest.newBuilder(uri("/api/v1/extract"))
			.header("Content-Type", "application/json")
			.header("Authorization", basic("admin", "test-admin-password"))
			.POST(HttpRequest.BodyPublishers.ofString(huge)));
		assertThat(tooLarge.statusCode()).isEqualTo(413);
		assertThat(tooLarge.body()).contains("200000");

		HttpResponse<String> preview = send(HttpRequest.newBuilder(uri("/api/v1/extract"))
			.header("Content-Type", "application/json")
			.header("Authorization", basic("admin", "test-admin-password"))
			.POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(Map.of("text",
					"Police said two teenagers were wounded and a man was shot and killed on Friday.")))));
		assertThat(preview.statusCode()).isEqualTo(200);
		JsonNode claims = json.readTree(preview.body()).get("claims");
		assertThat(find(claims, (c) -> "wounded".equals(text(c, "kind"))).get("valueMin").asInt()).isEqualTo(2);
		assertThat(find(claims, (c) -> "killed".equals(text(c, "kind"))).get("valueMin").asInt()).isEqualTo(1);
	}

	@Test
	void aTotalSinceADateIsStoredAndShownApartFromTheCountOfTheDay() throws Exception {
		String body = "Since February, 1,024 civilians have been killed in the region, the UN said.\n\n"
				+ "On Monday a missile strike on a market killed three people, the governor said.";
		String request = json.writeValueAsString(Map.of("title", "Strike on market kills three", "url",
				"https://example.org/news/period-total-" + System.nanoTime(), "outlet", "Example News", "publishedAt",
				"2025-03-03", "body", body));
		HttpResponse<String> created = send(HttpRequest.newBuilder(uri("/api/v1/articles"))
			.header("Content-Type", "application/json")
			.header("Authorization", basic("admin", "test-admin-password"))
			.POST(HttpRequest.BodyPublishers.ofString(request)));
		assertThat(created.statusCode()).isEqualTo(201);
		JsonNode article = awaitExtraction(created.headers().firstValue("Location").orElseThrow(),
				Duration.ofMinutes(5));
		JsonNode claims = article.get("claims");
		JsonNode total = find(claims, (c) -> number(c, "valueMin") == 1024);
		assertThat(text(total, "kind")).isEqualTo("killed");
		assertThat(total.get("periodTotal").asBoolean()).isTrue();
		JsonNode day = find(claims, (c) -> number(c, "valueMin") == 3);
		assertThat(day.get("periodTotal").asBoolean()).isFalse();

		HttpResponse<String> page = send(HttpRequest.newBuilder(uri(text(article, "permalink"))));
		assertThat(page.body()).contains("period total");

		HttpResponse<String> preview = send(HttpRequest.newBuilder(uri("/api/v1/extract"))
			.header("Content-Type", "application/json")
			.header("Authorization", basic("admin", "test-admin-password"))
			.POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(Map.of("text", body)))));
		JsonNode previewed = json.readTree(preview.body()).get("claims");
		assertThat(find(previewed, (c) -> number(c, "valueMin") == 1024).get("periodTotal").asBoolean()).isTrue();
	}

	private JsonNode awaitExtraction(String location, Duration timeout) throws Exception {
		Instant deadline = Instant.now().plus(timeout);
		while (Instant.now().isBefore(deadline)) {
			JsonNode article = json.readTree(send(HttpRequest.newBuilder(uri(location))).body());
			String status = text(article, "extractionStatus");
			assertThat(status).as("extraction must not fail").isNotEqualTo("FAILED");
			if ("DONE".equals(status)) {
				return article;
			}
			Thread.sleep(1000);
		}
		throw new AssertionError("extraction did not finish within " + timeout);
	}

	private static JsonNode find(JsonNode claims, Predicate<JsonNode> test) {
		return StreamSupport.stream(claims.spliterator(), false)
			.filter(test)
			.findFirst()
			.orElseThrow(() -> new AssertionError("no such claim in " + claims));
	}

	private static String text(JsonNode node, String field) {
		return (node == null || node.get(field) == null || node.get(field).isNull()) ? null
				: node.get(field).asString();
	}

	private static long number(JsonNode node, String field) {
		JsonNode value = node.get(field);
		return (value == null || value.isNull()) ? Long.MIN_VALUE : value.asLong();
	}

	private URI uri(String path) {
		return URI.create("http://localhost:" + this.port + path);
	}

	private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
		return this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	private static String basic(String user, String password) {
		return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
	}

}
