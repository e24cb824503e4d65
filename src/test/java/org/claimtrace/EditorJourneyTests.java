package org.claimtrace;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.claimtrace.article.ArticleMother;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The whole app on a real port and a real PostgreSQL: the admin signs in with the form,
 * adds an article through the admin form, and a reader finds it on the public pages.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class EditorJourneyTests {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	@LocalServerPort
	int port;

	private final HttpClient browser = HttpClient.newBuilder()
		.cookieHandler(new CookieManager())
		.followRedirects(HttpClient.Redirect.NORMAL)
		.build();

	@Test
	void adminSignsInAddsAnArticleThroughTheFormAndReadersSeeIt() throws Exception {
		HttpResponse<String> login = get("/login");
		HttpResponse<String> dashboard = post("/login", csrf(login.body()),
				Map.of("username", "admin", "password", "test-admin-password"));
		assertThat(dashboard.uri().getPath()).isEqualTo("/admin");
		assertThat(dashboard.body()).contains("Dashboard");

		// other tests share this application (and its database): this article must be new
		// to it
		String unique = java.util.UUID.randomUUID().toString();
		String body = ArticleMother.seedKurskBody();
		body = ((body != null) ? body : ArticleMother.sample("e2e").body()) + "\n\nReference " + unique;
		HttpResponse<String> form = get("/admin/articles/new");
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("title", "North Korean troops fight alongside Russian forces in Kursk for the first time");
		fields.put("url", "https://www.ft.com/content/kursk-north-korean-troops-" + unique);
		fields.put("outlet", "Financial Times");
		fields.put("author", "");
		fields.put("publishedAt", "2024-12-17");
		fields.put("status", "PUBLISHED");
		fields.put("version", "0");
		fields.put("body", body);
		HttpResponse<String> saved = post("/admin/articles", csrf(form.body()), fields);
		assertThat(saved.statusCode()).isEqualTo(200);
		assertThat(saved.uri().getPath()).matches("/admin/articles/\\d+");
		assertThat(saved.body()).contains("Article saved.");
		String id = saved.uri().getPath().replaceAll("\\D+", "");

		HttpClient reader = HttpClient.newHttpClient();
		String list = reader.send(request("/articles").build(), HttpResponse.BodyHandlers.ofString()).body();
		assertThat(list).contains("North Korean troops fight alongside Russian forces in Kursk for the first time")
			.contains("href=\"/articles/" + id + "\"");
		HttpResponse<String> page = reader.send(request("/articles/" + id).build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("Financial Times")
			.contains("https://www.ft.com/content/kursk-north-korean-troops-" + unique);

		HttpResponse<String> again = post("/admin/articles", csrf(get("/admin/articles/new").body()), fields);
		assertThat(again.body()).contains("An article with this URL is already stored.");
	}

	@Test
	void unknownPagesGetAFriendly404WithoutAStackTrace() throws Exception {
		HttpResponse<String> missing = get("/articles/999999");
		assertThat(missing.statusCode()).isEqualTo(404);
		assertThat(missing.body()).contains("Page not found").doesNotContain("Exception");
		HttpResponse<String> bad = get("/articles/not-a-number");
		assertThat(bad.statusCode()).isEqualTo(400);
		assertThat(bad.body()).doesNotContain("Exception").doesNotContain("at org.");
	}

	@Test
	void healthIsPublicAndOtherActuatorEndpointsAreNot() throws Exception {
		assertThat(getJson("/actuator/health/readiness").body()).contains("UP");
		assertThat(getJson("/actuator/health/liveness").statusCode()).isEqualTo(200);
		assertThat(getJson("/actuator/info").body()).contains("Claimtrace");
		assertThat(getJson("/actuator/env").statusCode()).isIn(403, 404);
		assertThat(getJson("/actuator/beans").statusCode()).isIn(403, 404);
	}

	private HttpRequest.Builder request(String path) {
		return HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
			.header("Accept", "text/html,application/xhtml+xml");
	}

	private HttpResponse<String> get(String path) throws Exception {
		return this.browser.send(request(path).build(), HttpResponse.BodyHandlers.ofString());
	}

	private HttpResponse<String> getJson(String path) throws Exception {
		return this.browser.send(request(path).setHeader("Accept", "application/json").build(),
				HttpResponse.BodyHandlers.ofString());
	}

	private HttpResponse<String> post(String path, String csrf, Map<String, String> fields) throws Exception {
		Map<String, String> all = new LinkedHashMap<>(fields);
		all.put("_csrf", csrf);
		String form = all.entrySet()
			.stream()
			.map((e) -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
					+ URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));
		return this.browser.send(request(path).header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	private static String csrf(String html) {
		Matcher matcher = CSRF.matcher(html);
		assertThat(matcher.find()).as("page has a CSRF token").isTrue();
		return matcher.group(1);
	}

}
