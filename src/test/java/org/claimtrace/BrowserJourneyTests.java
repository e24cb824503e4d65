package org.claimtrace;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.AriaRole;
import org.claimtrace.article.ArticleMother;
import org.claimtrace.system.Chromium;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/** An editor and a reader in real Chromium against the whole app on real PostgreSQL. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class BrowserJourneyTests {

	static Playwright playwright;

	static Browser browser;

	@LocalServerPort
	int port;

	@BeforeAll
	static void launch() {
		Chromium.executable();
		playwright = Playwright.create();
		browser = Chromium.launch(playwright);
	}

	@AfterAll
	static void close() {
		if (playwright != null) {
			playwright.close();
		}
	}

	@Test
	void editorAddsTheSeedArticleThroughTheFormAndAReaderReadsIt() {
		String body = ArticleMother.seedKurskBody();
		if (body == null) {
			body = ArticleMother.sample("browser").body();
		}
		try (BrowserContext editor = browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 900))) {
			Page page = editor.newPage();
			page.navigate(url("/login"));
			page.getByLabel("Username").fill("admin");
			page.getByLabel("Password").fill("test-admin-password");
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
			assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Dashboard"))).isVisible();

			page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Add article")).first().click();
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save and publish")).click();
			assertThat(page.getByText("The article was not saved.")).isVisible();
			assertThat(page.getByText("Enter the article's headline.")).isVisible();
			Chromium.capture(page, "admin-form-errors", true);

			page.getByLabel("Title")
				.fill("North Korean troops fight alongside Russian forces in Kursk for the first time");
			page.getByLabel("Original URL").fill("https://www.ft.com/content/kursk-north-korean-troops-example");
			page.getByLabel("Outlet").fill("Financial Times");
			page.getByLabel("Publication date").fill("2024-12-17");
			page.getByLabel("Article text").fill(body);
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save and publish")).click();
			assertThat(page.getByText("Article saved.")).isVisible();
			Chromium.capture(page, "admin-article-saved", true);
		}
		try (BrowserContext reader = browser.newContext(new Browser.NewContextOptions().setViewportSize(390, 844))) {
			Page page = reader.newPage();
			page.navigate(url("/"));
			page.getByRole(AriaRole.LINK,
					new Page.GetByRoleOptions()
						.setName("North Korean troops fight alongside Russian forces in Kursk for the first time"))
				.click();
			assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
				.hasText("North Korean troops fight alongside Russian forces in Kursk for the first time");
			assertThat(page.locator("a.external")).hasAttribute("href",
					"https://www.ft.com/content/kursk-north-korean-troops-example");
			assertThat(page.locator(".article-body p").count()).isGreaterThan(1);
			Chromium.capture(page, "public-article-phone", true);
		}
	}

	private String url(String path) {
		return "http://localhost:" + this.port + path;
	}

}
