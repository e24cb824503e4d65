package org.claimtrace.article;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** The articles API on a real port: create, read, update with versions, delete, list. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ArticleApiCrudTests {

	private static final JsonMapper json = JsonMapper.builder().build();

	@LocalServerPort
	int port;

	private final HttpClient http = HttpClient.newHttpClient();

	@Test
	void updateNeedsTheCurrentVersionAndDeleteRemovesTheArticle() throws Exception {
		String tag = UUID.randomUUID().toString().substring(0, 8);
		HttpResponse<String> created = send("POST", "/api/v1/articles", article(tag, "Original title", null));
		assertThat(created.statusCode()).isEqualTo(201);
		String location = created.headers().firstValue("Location").orElseThrow();

		HttpResponse<String> read = send("GET", location, null);
		assertThat(read.headers().firstValue("ETag")).hasValue("\"0\"");

		HttpResponse<String> updated = send("PUT", location, article(tag, "Corrected title", 0L));
		assertThat(updated.statusCode()).isEqualTo(200);
		assertThat(json.readTree(updated.body()).get("title").asString()).isEqualTo("Corrected title");
		assertThat(updated.headers().firstValue("ETag")).hasValue("\"1\"");
		assertThat(json.readTree(send("GET", location, null).body()).get("title").asString())
			.isEqualTo("Corrected title");

		HttpResponse<String> stale = send("PUT", location, article(tag, "Someone else's title", 0L));
		assertThat(stale.statusCode()).isEqualTo(409);
		assertThat(stale.body()).contains("Edit conflict");
		assertThat(json.readTree(send("GET", location, null).body()).get("title").asString())
			.isEqualTo("Corrected title");

		HttpResponse<String> invalid = send("PUT", location, """
				{"title": "", "url": "not a url", "outlet": "X", "publishedAt": "yesterday", "body": "text"}""");
		assertThat(invalid.statusCode()).isEqualTo(400);
		JsonNode problem = json.readTree(invalid.body());
		assertThat(problem.get("errors").valueStream().map((e) -> e.get("field").asString()).toList()).contains("title",
				"url", "version", "publishedAtValid");

		assertThat(send("DELETE", location, null).statusCode()).isEqualTo(204);
		HttpResponse<String> gone = send("GET", location, null);
		assertThat(gone.statusCode()).isEqualTo(404);
		assertThat(gone.body()).contains("No article with id");
		assertThat(send("DELETE", location, null).statusCode()).isEqualTo(404);
		assertThat(send("PUT", "/api/v1/articles/999999", article(tag, "Nothing", 0L)).statusCode()).isEqualTo(404);
		assertThat(this.http
			.send(HttpRequest.newBuilder(URI.create(url("/api/v1/articles/1"))).DELETE().build(),
					HttpResponse.BodyHandlers.ofString())
			.statusCode()).isEqualTo(401);
	}

	@Test
	void theListFiltersByOutletDatesAndTitleAndLinksItsPages() throws Exception {
		String tag = UUID.randomUUID().toString().substring(0, 8);
		String outlet = "List Test " + tag;
		for (int day = 10; day <= 14; day++) {
			String body = """
					{"title": "Day %d report %s", "url": "https://list.example.org/%s/%d", "outlet": "%s",
					 "publishedAt": "2024-11-%d", "body": "Two people were wounded on day %d. %s"}""".formatted(day,
					tag, tag, day, outlet, day, day, tag);
			assertThat(send("POST", "/api/v1/articles", body).statusCode()).isEqualTo(201);
		}
		String base = "/api/v1/articles?outlet=" + URLEncoder.encode(outlet.toUpperCase(), StandardCharsets.UTF_8);

		JsonNode all = json.readTree(send("GET", base + "&size=2", null).body());
		assertThat(all.get("totalItems").asLong()).isEqualTo(5);
		assertThat(all.get("totalPages").asInt()).isEqualTo(3);
		assertThat(all.get("page").asInt()).isZero();
		assertThat(titles(all)).containsExactly("Day 14 report " + tag, "Day 13 report " + tag);
		assertThat(all.get("links").get("prev").isNull()).isTrue();
		String next = all.get("links").get("next").asString();
		assertThat(next).contains("page=1").contains("size=2");
		JsonNode second = json.readTree(send("GET", next, null).body());
		assertThat(titles(second)).containsExactly("Day 12 report " + tag, "Day 11 report " + tag);
		assertThat(second.get("links").get("prev").asString()).contains("page=0");

		JsonNode range = json.readTree(send("GET", base + "&from=2024-11-11&to=2024-11-12", null).body());
		assertThat(titles(range)).containsExactly("Day 12 report " + tag, "Day 11 report " + tag);
		JsonNode q = json.readTree(send("GET", base + "&q=DAY%2013", null).body());
		assertThat(titles(q)).containsExactly("Day 13 report " + tag);
		JsonNode percent = json.readTree(send("GET", base + "&q=%25", null).body());
		assertThat(percent.get("totalItems").asLong()).isZero();

		HttpResponse<String> badDate = send("GET", base + "&from=11/11/2024", null);
		assertThat(badDate.statusCode()).isEqualTo(400);
		assertThat(badDate.body()).contains("from must be an ISO date");
		JsonNode clamped = json.readTree(send("GET", base + "&page=-1&size=100000", null).body());
		assertThat(clamped.get("page").asInt()).isZero();
		assertThat(clamped.get("size").asInt()).isEqualTo(100);
		assertThat(send("GET", base + "&page=abc", null).statusCode()).isEqualTo(400);
	}

	@Test
	void binaryJunkIsRefusedWithAReasonAndNothingIsSaved() throws Exception {
		String tag = UUID.randomUUID().toString().substring(0, 8);
		StringBuilder junk = new StringBuilder();
		Random random = new Random(7);
		for (int i = 0; i < 3000; i++) {
			junk.append((char) random.nextInt(256));
		}
		String outlet = "Junk Test " + tag;
		String request = json.writeValueAsString(Map.of("title", "Junk " + tag, "url",
				"https://junk.example.org/" + tag, "outlet", outlet, "publishedAt", "2024-12-17", "body", junk));
		HttpResponse<String> refused = send("POST", "/api/v1/articles", request);
		assertThat(refused.statusCode()).isEqualTo(400);
		JsonNode problem = json.readTree(refused.body());
		assertThat(problem.get("errors").get(0).get("field").asString()).isEqualTo("body");
		assertThat(problem.get("errors").get(0).get("message").asString()).contains("binary data");

		String nulTitle = json
			.writeValueAsString(Map.of("title", "Kursk\u0000report", "url", "https://junk.example.org/" + tag + "/2",
					"outlet", outlet, "publishedAt", "2024-12-17", "body", "Two people were wounded."));
		HttpResponse<String> nul = send("POST", "/api/v1/articles", nulTitle);
		assertThat(nul.statusCode()).isEqualTo(400);
		assertThat(json.readTree(nul.body()).get("errors").get(0).get("field").asString()).isEqualTo("title");

		HttpResponse<String> preview = send("POST", "/api/v1/extract", json.writeValueAsString(Map.of("text", junk)));
		assertThat(preview.statusCode()).as("the preview refuses junk instead of finding figures in it").isEqualTo(400);

		JsonNode saved = json
			.readTree(send("GET", "/api/v1/articles?outlet=" + URLEncoder.encode(outlet, StandardCharsets.UTF_8), null)
				.body());
		assertThat(saved.get("totalItems").asLong()).isZero();
	}

	@Test
	void aNulCharacterInAFieldWithoutItsOwnCheckIsA400NotA500() throws Exception {
		String tag = UUID.randomUUID().toString().substring(0, 8);
		HttpResponse<String> created = send("POST", "/api/v1/articles", article(tag, "Nul in a claim", null));
		assertThat(created.statusCode()).isEqualTo(201);
		long id = json.readTree(created.body()).get("id").asLong();
		String claim = json.writeValueAsString(Map.of("start", 0, "end", 4, "category", "casualty", "kind", "killed",
				"valueMin", 4, "qualifier", "exact", "party", "people\u0000"));
		HttpResponse<String> refused = send("POST", "/api/v1/articles/" + id + "/claims", claim);
		assertThat(refused.statusCode()).isEqualTo(400);
		assertThat(json.readTree(refused.body()).get("detail").asString()).contains("nothing was saved");
		assertThat(send("GET", "/api/v1/articles/" + id, null).statusCode()).isEqualTo(200);
	}

	private static List<String> titles(JsonNode page) {
		return page.get("items").valueStream().map((item) -> item.get("title").asString()).toList();
	}

	private static String article(String tag, String title, Long version) {
		return """
				{"title": "%s", "url": "https://crud.example.org/%s", "outlet": "Crud News", "publishedAt": "2024-12-17",
				 "body": "Four people were killed, officials said. %s"%s}"""
			.formatted(title, tag, tag, (version != null) ? ", \"version\": " + version : "");
	}

	private HttpResponse<String> send(String method, String path, String body) throws Exception {
		return this.http.send(HttpRequest.newBuilder(URI.create(url(path)))
			.header("Authorization",
					"Basic " + Base64.getEncoder()
						.encodeToString("admin:test-admin-password".getBytes(StandardCharsets.UTF_8)))
			.header("Content-Type", "application/json")
			.header("Accept", "application/json")
			.method(method,
					(body != null) ? HttpRequest.BodyPublishers.ofString(body) : HttpRequest.BodyPublishers.noBody())
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	private String url(String path) {
		return "http://localhost:" + this.port + path;
	}

}
