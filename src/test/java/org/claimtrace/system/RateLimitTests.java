package org.claimtrace.system;

import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** Small limits: the next attempt over them is refused with 429 and Retry-After. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "claimtrace.rate-limit.login.capacity=3", "claimtrace.rate-limit.login.period=10m",
				"claimtrace.rate-limit.api-write.capacity=2", "claimtrace.rate-limit.api-write.period=10m",
				"claimtrace.rate-limit.api-auth-failure.capacity=3",
				"claimtrace.rate-limit.api-auth-failure.period=10m" })
class RateLimitTests {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	@LocalServerPort
	int port;

	@Test
	void theFourthSignInAttemptIsRefusedWithAMessageOnTheLoginPage() throws Exception {
		HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
		String csrf = csrf(browser.send(request("/login").build(), HttpResponse.BodyHandlers.ofString()).body());
		for (int attempt = 1; attempt <= 3; attempt++) {
			HttpResponse<String> wrong = browser.send(login(csrf, "wrong-password"),
					HttpResponse.BodyHandlers.ofString());
			assertThat(wrong.statusCode()).as("attempt %d", attempt).isEqualTo(302);
			assertThat(wrong.headers().firstValue("Location").orElseThrow()).endsWith("/login?error");
		}
		// even the right password waits now
		HttpResponse<String> limited = browser.send(login(csrf, "test-admin-password"),
				HttpResponse.BodyHandlers.ofString());
		assertThat(limited.statusCode()).isEqualTo(429);
		assertThat(Long.parseLong(limited.headers().firstValue("Retry-After").orElseThrow())).isBetween(1L, 600L);
		assertThat(limited.body()).contains("Too many sign-in attempts").contains("<form");
	}

	@Test
	void theThirdApiWriteIsRefusedWithAProblemDetail() throws Exception {
		HttpClient http = HttpClient.newHttpClient();
		for (int attempt = 1; attempt <= 2; attempt++) {
			assertThat(http.send(write(), HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(400);
		}
		HttpResponse<String> limited = http.send(write(), HttpResponse.BodyHandlers.ofString());
		assertThat(limited.statusCode()).isEqualTo(429);
		assertThat(limited.headers().firstValue("Retry-After")).isPresent();
		assertThat(limited.headers().firstValue("Content-Type").orElseThrow()).contains("application/problem+json");
		assertThat(limited.body()).contains("\"status\":429").contains("Too many");
		// reading is not limited
		assertThat(http.send(request("/api/v1/articles").build(), HttpResponse.BodyHandlers.ofString()).statusCode())
			.isEqualTo(200);
	}

	@Test
	void afterThreeRefusedApiCredentialsEvenTheRightOnesWaitButPublicReadsDoNot() throws Exception {
		HttpClient http = HttpClient.newHttpClient();
		String[] wrong = { "Basic " + basic("admin:guess-1"), "Bearer ct_not-a-token",
				"Basic " + basic("admin:guess-2") };
		for (String credentials : wrong) {
			HttpResponse<String> refused = http.send(request("/api/v1/extract").header("Authorization", credentials)
				.header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers.ofString("{\"text\":\"x\"}"))
				.build(), HttpResponse.BodyHandlers.ofString());
			assertThat(refused.statusCode()).as(credentials).isEqualTo(401);
		}
		HttpResponse<String> limited = http
			.send(request("/api/v1/articles/1").header("Authorization", "Basic " + basic("admin:test-admin-password"))
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(limited.statusCode()).isEqualTo(429);
		assertThat(Long.parseLong(limited.headers().firstValue("Retry-After").orElseThrow())).isBetween(1L, 600L);
		assertThat(limited.body()).contains("wrong credentials");
		assertThat(http.send(request("/api/v1/claims").build(), HttpResponse.BodyHandlers.ofString()).statusCode())
			.as("reading without credentials")
			.isEqualTo(200);
	}

	private static String basic(String userAndPassword) {
		return Base64.getEncoder().encodeToString(userAndPassword.getBytes(StandardCharsets.UTF_8));
	}

	private HttpRequest write() {
		return request("/api/v1/articles")
			.header("Authorization",
					"Basic " + Base64.getEncoder()
						.encodeToString("admin:test-admin-password".getBytes(StandardCharsets.UTF_8)))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString("{}"))
			.build();
	}

	private HttpRequest login(String csrf, String password) {
		return request("/login").header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString("username=admin&password=" + password + "&_csrf=" + csrf))
			.build();
	}

	private HttpRequest.Builder request(String path) {
		return HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path));
	}

	private static String csrf(String html) {
		Matcher matcher = CSRF.matcher(html);
		assertThat(matcher.find()).isTrue();
		return matcher.group(1);
	}

}
