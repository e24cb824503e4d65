package org.claimtrace.admin;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Personal API tokens on a real port: a bearer token writes as its owner, a revoked or
 * unknown one is refused with a 401 problem detail, and only the hash is stored.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ApiTokenTests {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	@LocalServerPort
	int port;

	@Autowired
	ApiTokenService tokens;

	@Autowired
	JdbcClient jdbc;

	private final HttpClient http = HttpClient.newHttpClient();

	@Test
	void aBearerTokenWritesAsItsOwnerUntilItIsRevoked() throws Exception {
		ApiTokenService.CreatedToken token = this.tokens.create("admin", "test script", Duration.ofDays(30));
		assertThat(token.secret()).startsWith("ct_").hasSizeGreaterThan(40);

		HttpResponse<String> created = postArticle("Bearer " + token.secret());
		assertThat(created.statusCode()).isEqualTo(201);
		String location = created.headers().firstValue("Location").orElseThrow();
		Long articleId = Long.valueOf(location.substring(location.lastIndexOf('/') + 1));
		assertThat(this.jdbc.sql("select created_by from article where id = :id")
			.param("id", articleId)
			.query(String.class)
			.single()).isEqualTo("admin");
		assertThat(this.jdbc.sql("select last_used_at is not null from api_token where id = :id")
			.param("id", token.id())
			.query(Boolean.class)
			.single()).isTrue();

		// the secret itself is nowhere in the table: its SHA-256 is
		Map<String, Object> row = this.jdbc.sql("select * from api_token where id = :id")
			.param("id", token.id())
			.query()
			.singleRow();
		assertThat(row.values()).noneMatch((value) -> String.valueOf(value).contains(token.secret()));
		assertThat(row.get("token_hash")).isEqualTo(ApiTokenService.hash(token.secret()));
		assertThat(String.valueOf(row.get("token_prefix"))).hasSize(10).isEqualTo(token.secret().substring(0, 10));

		this.tokens.revoke(token.id(), "admin");
		HttpResponse<String> revoked = postArticle("Bearer " + token.secret());
		assertThat(revoked.statusCode()).isEqualTo(401);
		assertThat(revoked.headers().firstValue("Content-Type").orElseThrow()).contains("application/problem+json");
		assertThat(revoked.body()).contains("\"status\":401").contains("revoked");
		assertThat(this.jdbc.sql("select count(*) from audit_log where entity_type = 'api_token' and entity_id = :id")
			.param("id", token.id())
			.query(Long.class)
			.single()).isEqualTo(2);
	}

	@Test
	void unknownTokensAreRefusedAndPublicReadsNeedNoToken() throws Exception {
		HttpResponse<String> unknown = postArticle("Bearer ct_" + "x".repeat(43));
		assertThat(unknown.statusCode()).isEqualTo(401);
		assertThat(unknown.body()).contains("Invalid token");
		HttpResponse<String> noAuth = postArticle(null);
		assertThat(noAuth.statusCode()).isEqualTo(401);
		assertThat(noAuth.body()).contains("\"status\":401");
		HttpResponse<String> list = this.http.send(
				HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/api/v1/articles")).build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(list.statusCode()).isEqualTo(200);
	}

	@Test
	void anEditorCreatesATokenOnTheAdminPageSeesItOnceAndRevokesIt() throws Exception {
		HttpClient browser = HttpClient.newBuilder()
			.cookieHandler(new CookieManager())
			.followRedirects(HttpClient.Redirect.NORMAL)
			.build();
		HttpResponse<String> login = get(browser, "/login");
		post(browser, "/login", csrf(login.body()), Map.of("username", "admin", "password", "test-admin-password"));
		String name = "page token " + UUID.randomUUID().toString().substring(0, 6);
		HttpResponse<String> page = post(browser, "/admin/tokens", csrf(get(browser, "/admin/tokens").body()),
				Map.of("name", name, "days", "90"));
		assertThat(page.uri().getPath()).isEqualTo("/admin/tokens");
		assertThat(page.body()).contains("Copy it now").contains(name);
		Matcher secret = Pattern.compile("value=\"(ct_[A-Za-z0-9_-]{43})\"").matcher(page.body());
		assertThat(secret.find()).isTrue();
		assertThat(postArticle("Bearer " + secret.group(1)).statusCode()).isEqualTo(201);

		HttpResponse<String> again = get(browser, "/admin/tokens");
		assertThat(again.body()).doesNotContain(secret.group(1)).contains(secret.group(1).substring(0, 10));
		Long id = this.jdbc.sql("select id from api_token where name = :name")
			.param("name", name)
			.query(Long.class)
			.single();
		HttpResponse<String> revoked = post(browser, "/admin/tokens/" + id + "/revoke", csrf(again.body()), Map.of());
		assertThat(revoked.body()).contains("Token revoked");
		assertThat(postArticle("Bearer " + secret.group(1)).statusCode()).isEqualTo(401);

		HttpResponse<String> blank = post(browser, "/admin/tokens", csrf(revoked.body()),
				Map.of("name", " ", "days", "90"));
		assertThat(blank.body()).contains("Give the token a name");
	}

	private HttpResponse<String> postArticle(String authorization) throws Exception {
		String unique = UUID.randomUUID().toString();
		HttpRequest.Builder request = HttpRequest
			.newBuilder(URI.create("http://localhost:" + this.port + "/api/v1/articles"))
			.header("Content-Type", "application/json")
			.header("Accept", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString("""
					{"title": "Token test %1$s", "url": "https://token.example.org/%1$s", "outlet": "Token News",
					 "publishedAt": "2024-12-17", "body": "Five people were wounded, police said. %1$s"}"""
				.formatted(unique)));
		if (authorization != null) {
			request.header("Authorization", authorization);
		}
		return this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	private HttpResponse<String> get(HttpClient browser, String path) throws Exception {
		return browser.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path)).build(),
				HttpResponse.BodyHandlers.ofString());
	}

	private HttpResponse<String> post(HttpClient browser, String path, String csrf, Map<String, String> fields)
			throws Exception {
		Map<String, String> all = new LinkedHashMap<>(fields);
		all.put("_csrf", csrf);
		String form = all.entrySet()
			.stream()
			.map((e) -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
					+ URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));
		return browser.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	private static String csrf(String html) {
		Matcher matcher = CSRF.matcher(html);
		assertThat(matcher.find()).as("CSRF token in the page").isTrue();
		return matcher.group(1);
	}

}
