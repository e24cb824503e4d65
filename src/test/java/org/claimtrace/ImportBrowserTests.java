package org.claimtrace;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.AriaRole;
import org.claimtrace.article.importing.ImportFiles;
import org.claimtrace.system.Chromium;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * An editor in real Chromium uploads a JSON Lines file and watches the progress page
 * (which refreshes itself, no JavaScript) until the import is done with its three bad
 * lines listed.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ImportBrowserTests {

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
	void editorUploadsJsonLinesAndWatchesTheImportFinishWithThreeFailures() throws Exception {
		String tag = UUID.randomUUID().toString().substring(0, 8);
		Path file = Path.of("target", "import-browser-" + tag + ".jsonl");
		Files.createDirectories(file.getParent());
		Files.write(file, ImportFiles.twentyWithThreeBad(tag));
		try (BrowserContext editor = browser
			.newContext(new Browser.NewContextOptions().setViewportSize(1280, 900).setJavaScriptEnabled(false))) {
			Page page = editor.newPage();
			page.navigate(url("/login"));
			page.getByLabel("Username").fill("admin");
			page.getByLabel("Password").fill("test-admin-password");
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();

			page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Import").setExact(true)).click();
			assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Import articles")))
				.isVisible();
			page.getByLabel("File").setInputFiles(file);
			Chromium.capture(page, "import-upload", true);
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Import")).click();

			assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Import of")))
				.containsText(file.getFileName().toString());
			// the page refreshes itself every 2 seconds until the job is done
			assertThat(page.locator(".import-state")).hasText("Done",
					new com.microsoft.playwright.assertions.LocatorAssertions.HasTextOptions().setTimeout(60_000));
			assertThat(page.locator(".count-saved")).hasText("17");
			assertThat(page.locator(".count-failed")).hasText("3");
			assertThat(page.locator(".count-read")).hasText("20");
			Locator failures = page.locator("table.import-failures tbody tr");
			assertThat(failures).hasCount(3);
			assertThat(failures.nth(0)).containsText("4");
			assertThat(failures.nth(0)).containsText("not a valid JSON object");
			assertThat(failures.nth(1)).containsText("9");
			assertThat(failures.nth(1)).containsText("title is missing");
			assertThat(failures.nth(2)).containsText("15");
			assertThat(failures.nth(2)).containsText("publishedAt");
			Chromium.capture(page, "import-done", true);

			page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Import articles")).click();
			assertThat(page.locator("table tbody tr").first()).containsText(file.getFileName().toString());
			Chromium.capture(page, "import-list", true);

			page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("API tokens")).click();
			page.getByLabel("Name").fill("nightly import");
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create token")).click();
			assertThat(page.getByText("Copy it now")).isVisible();
			Chromium.capture(page, "api-tokens", true);
		}
		finally {
			Files.deleteIfExists(file);
		}
	}

	@Test
	void swaggerUiShowsTheApiWithItsSecuritySchemes() {
		try (BrowserContext reader = browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 900))) {
			Page page = reader.newPage();
			page.navigate(url("/swagger-ui.html"));
			assertThat(page.locator(".swagger-ui .info .title")).containsText("Claimtrace API",
					new com.microsoft.playwright.assertions.LocatorAssertions.ContainsTextOptions().setTimeout(30_000));
			assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Authorize"))).isVisible();
			assertThat(page.locator(".opblock-summary-path").first()).isVisible();
			Chromium.capture(page, "swagger-ui", false);
		}
	}

	private String url(String path) {
		return "http://localhost:" + this.port + path;
	}

}
