package org.claimtrace.claim;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.AriaRole;
import org.claimtrace.system.Chromium;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A reader explores claims in real Chromium against the whole app on real PostgreSQL:
 * filter, export, search, a source page and a place page; and the Atom feed.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ExploreJourneyTests {

	static Playwright playwright;

	static Browser browser;

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

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
	void aReaderFiltersExportsSearchesAndOpensASource() {
		ExplorerData d = new ExplorerData(this.jdbc);
		d.claim(d.older, "killed", 12, "civilians", d.pokrovsk, d.governor, "NOT_STATED", false, "APPROVED",
				"At least 12 civilians were killed in Pokrovsk, the governor said.");
		d.claim(d.older, "wounded", 30, "residents", d.udachne, d.governor, "UNVERIFIED", true, "UNREVIEWED",
				"Some 30 residents of Udachne were reportedly wounded.");
		d.claim(d.newer, "deployed", 11000, "North Korean soldiers", null, d.gur, "UNVERIFIED", false, "UNREVIEWED",
				"The GUR said 11000 North Korean soldiers were deployed to Kursk.");
		d.claim(d.newer, "killed", 200, "North Koreans", null, d.gur, "UNVERIFIED", false, "REJECTED",
				"Ukraine said 200 North Koreans were killed.");
		try (BrowserContext reader = browser
			.newContext(new Browser.NewContextOptions().setViewportSize(1280, 900).setAcceptDownloads(true))) {
			Page page = reader.newPage();
			page.navigate(url("/"));
			page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Main"))
				.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Claims"))
				.click();
			assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("Claims");
			assertThat(page.locator(".result-count")).containsText("3 claims");
			page.getByLabel("Kind", new Page.GetByLabelOptions().setExact(true)).selectOption("killed");
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Filter")).click();
			assertThat(page).hasURL(java.util.regex.Pattern.compile(".*kind=killed.*"));
			assertThat(page.locator(".result-count")).containsText("1 claim");
			assertThat(page.locator(".claims-table tbody tr")).hasCount(1);
			assertThat(page.locator(".claims-table")).not().containsText("200");
			Chromium.capture(page, "explore-claims-filtered", true);

			String csvHref = page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Export CSV"))
				.getAttribute("href");
			assertThat(csvHref).contains("kind=killed");
			APIResponse csv = page.request().get(url(csvHref));
			assertThat(csv.status()).isEqualTo(200);
			String text = csv.text();
			assertThat(text.lines().findFirst().orElseThrow()).startsWith("claim_id,category,kind");
			assertThat(text.lines().count()).isEqualTo(2);
			assertThat(text).contains("At least 12 civilians were killed in Pokrovsk")
				.contains("https://news.example.org/");

			page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Main"))
				.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Search"))
				.click();
			page.getByLabel("Search articles and claims").fill("Pokrovsk");
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Search")).click();
			assertThat(page.locator(".search-hits .article-card").first()).containsText("Shelling of Pokrovsk market");
			assertThat(page.locator(".snippet mark").first()).hasText("Pokrovsk");
			Chromium.capture(page, "explore-search", true);

			page.locator(".search-hits .claim-card")
				.first()
				.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Vadym Filashkin"))
				.click();
			assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
				.hasText("Vadym Filashkin");
			assertThat(page.locator(".details")).containsText("50% (1 of 2)");
			assertThat(page.locator(".claims-table tbody tr")).hasCount(2);
			Chromium.capture(page, "explore-source", true);

			page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Udachne")).first().click();
			assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("Udachne");
			assertThat(page.locator(".coordinates")).hasText("48.2400, 37.0500");
			page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Donetsk Oblast")).first().click();
			assertThat(page.locator(".claims-table tbody tr")).hasCount(2);
			Chromium.capture(page, "explore-place", true);

			APIResponse feed = page.request().get(url("/feed.atom"));
			assertThat(feed.status()).isEqualTo(200);
			assertThat(feed.headers().get("content-type")).startsWith("application/atom+xml");
			assertThat(feed.text()).contains("<feed xmlns=\"http://www.w3.org/2005/Atom\"")
				.contains("North Korean troops in Kursk")
				.doesNotContain("Draft about Udachne");
			assertThat(page.locator("link[rel=alternate][type='application/atom+xml']")).hasAttribute("href",
					"/feed.atom");
		}
		try (BrowserContext phone = browser.newContext(new Browser.NewContextOptions().setViewportSize(390, 844))) {
			Page page = phone.newPage();
			page.navigate(url("/claims?sourceKind=official_person&sort=figure&dir=desc"));
			assertThat(page.locator(".claims-table tbody tr")).hasCount(2);
			assertThat(page.locator(".claims-table tbody tr").first()).containsText("30");
			Chromium.capture(page, "explore-claims-phone", true);
		}
	}

	private String url(String path) {
		return "http://localhost:" + this.port + path;
	}

}
