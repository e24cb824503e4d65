package org.claimtrace;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.LoadState;
import org.claimtrace.claim.ClaimMother;
import org.claimtrace.system.Chromium;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A reader on the analysis pages in real Chromium: the demo articles (and the seed
 * article when ../shared is there) loaded by the demo profile, with claims written as an
 * extraction would. Every page is checked with axe-core (no serious or critical
 * violation) at desktop and phone sizes; screenshots land in target/screenshots.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "claimtrace.demo.seed-dir=${claimtrace.shared:../shared}/seed",
				"claimtrace.map.tile-url=/no-tiles-in-tests/{z}/{x}/{y}.png" })
@ActiveProfiles("demo")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PagesBrowserTests {

	static final String SEED_URL = "https://www.ft.com/content/kursk-north-korean-troops-example";

	Playwright playwright;

	Browser browser;

	String axe;

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ApplicationContext context;

	long readerArticle;

	int locatedClaims = 7;

	@BeforeAll
	void launchAndSeed() throws IOException {
		Chromium.executable();
		try (InputStream in = new ClassPathResource("axe/axe.min.js").getInputStream()) {
			this.axe = new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		seedClaims();
		this.playwright = Playwright.create();
		this.browser = Chromium.launch(this.playwright);
	}

	@AfterAll
	void close() {
		if (this.playwright != null) {
			this.playwright.close();
		}
	}

	@Test
	void theDemoProfileLoadsTheFixturesOnceThroughTheArticleService() throws Exception {
		long before = count();
		assertThat(before).isGreaterThanOrEqualTo(14);
		ApplicationRunner demo = this.context.getBean("demoArticles", ApplicationRunner.class);
		demo.run(new DefaultApplicationArguments());
		assertThat(count()).isEqualTo(before);
		assertThat(this.jdbc.sql("select count(*) from extraction_job").query(Long.class).single())
			.as("each demo article was submitted like an editor's, so it is queued for extraction")
			.isGreaterThanOrEqualTo(before);
	}

	@Test
	void aReaderFollowsAClaimComparesSourcesAndOpensTheMap() {
		for (int[] size : List.of(new int[] { 1280, 900 }, new int[] { 390, 844 })) {
			String device = (size[0] < 500) ? "phone" : "desktop";
			try (BrowserContext reader = this.browser
				.newContext(new Browser.NewContextOptions().setViewportSize(size[0], size[1]))) {
				Page page = reader.newPage();
				List<String> consoleErrors = new java.util.ArrayList<>();
				page.onPageError((error) -> consoleErrors.add(error));

				page.navigate(url("/"));
				assertNoSeriousViolations(page, "home");
				page.navigate(url("/articles"));
				assertNoSeriousViolations(page, "articles");

				page.navigate(url("/articles/" + this.readerArticle));
				// the seed was pasted with its newsletter prompts; readers see the report
				// only
				assertThat(page.locator(".article-body")).not().containsText("sign up to");
				assertThat(page.locator(".article-body")).not().containsText("Read the full article here");
				Page.GetByRoleOptions figureLink = new Page.GetByRoleOptions().setName("11,000");
				page.getByRole(AriaRole.LINK, figureLink).first().click();
				assertThat(page).hasURL(java.util.regex.Pattern.compile(".*#claim-\\d+$"));
				var highlighted = page.locator(".claim-sentence:has(:target)");
				assertThat(highlighted).hasCount(1);
				assertThat(highlighted).containsText("11,000");
				assertThat(highlighted).isInViewport();
				String background = (String) highlighted.evaluate("e => getComputedStyle(e).backgroundColor");
				assertThat(background).isNotEqualTo("rgba(0, 0, 0, 0)");
				assertThat(page.locator(".claim-row.is-current")).hasCount(1);
				page.locator(".mini-map.map-ready .leaflet-marker-icon").first().waitFor();
				assertNoSeriousViolations(page, "article");
				Chromium.capture(page, "pages-article-" + device, true);

				page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Compare").setExact(true)).click();
				page.getByLabel("Kind of figure").selectOption("deployed");
				page.getByLabel("Party").fill("north korean");
				page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Compare")).click();
				page.waitForLoadState(LoadState.LOAD);
				assertThat(page.locator(".compare-table thead th")).containsText(new String[] { "Date", "GUR" },
						new com.microsoft.playwright.assertions.LocatorAssertions.ContainsTextOptions());
				assertThat(page.locator(".compare-table tbody tr")).hasCount(2);
				assertThat(page.locator("#compare-chart")).hasAttribute("data-datasets", "3");
				assertNoSeriousViolations(page, "compare");
				Chromium.capture(page, "pages-compare-" + device, true);

				page.navigate(url("/compare?kind=teleported"));
				assertThat(page.getByRole(AriaRole.ALERT)).containsText("There are no figures of the kind");

				page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Map").setExact(true)).click();
				page.locator(".big-map.map-ready .leaflet-marker-icon, .big-map.map-ready .marker-cluster")
					.first()
					.waitFor();
				assertThat(page.locator(".big-map")).hasAttribute("data-marker-count",
						String.valueOf(this.locatedClaims));
				assertThat(page.locator(".places-table")).containsText("Sudzha");
				assertNoSeriousViolations(page, "map");
				Chromium.capture(page, "pages-map-" + device, true);
				assertThat(consoleErrors).isEmpty();
			}
		}
	}

	@Test
	void theMapPageListsItsPlacesWithoutJavaScript() {
		try (BrowserContext reader = this.browser
			.newContext(new Browser.NewContextOptions().setJavaScriptEnabled(false).setViewportSize(1280, 900))) {
			Page page = reader.newPage();
			page.navigate(url("/map"));
			assertThat(page.locator(".places-table")).containsText("Kostiantynivka");
			page.navigate(url("/compare?kind=deployed"));
			assertThat(page.locator(".compare-table")).containsText("Pentagon");
		}
	}

	@Test
	void explorerSearchSourcePlaceAndEditorPagesHaveNoSeriousAccessibilityIssue() {
		long gur = this.jdbc.sql("select id from source where name = 'GUR'").query(Long.class).single();
		long kursk = this.jdbc.sql("select id from location where name = 'Kursk Oblast' and origin = 'EDITOR'")
			.query(Long.class)
			.single();
		for (int[] size : List.of(new int[] { 1280, 900 }, new int[] { 390, 844 })) {
			try (BrowserContext reader = this.browser
				.newContext(new Browser.NewContextOptions().setViewportSize(size[0], size[1]))) {
				Page page = reader.newPage();
				for (String path : List.of("/claims", "/claims?kind=deployed&sort=figure&dir=desc",
						"/search?q=North+Korean", "/sources", "/sources/" + gur, "/places/" + kursk, "/login")) {
					page.navigate(url(path));
					assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).isVisible();
					assertNoSeriousViolations(page, path + " at " + size[0] + " px");
				}
				page.getByLabel("Username").fill("admin");
				page.getByLabel("Password").fill("test-admin-password");
				page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
				page.waitForURL("**/admin**");
				for (String path : List.of("/admin", "/admin/claims/review",
						"/admin/articles/" + this.readerArticle + "/claims", "/admin/sources", "/admin/imports",
						"/admin/tokens", "/admin/extraction")) {
					page.navigate(url(path));
					assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).isVisible();
					assertNoSeriousViolations(page, path + " at " + size[0] + " px");
				}
			}
		}
	}

	private void assertNoSeriousViolations(Page page, String name) {
		// evaluated over the DevTools protocol, so the page's CSP stays on for our own
		// scripts
		page.evaluate(this.axe);
		Object violations = page.evaluate("""
				async () => {
				  const result = await axe.run(document, { resultTypes: ['violations'] });
				  return result.violations
				    .filter(v => v.impact === 'serious' || v.impact === 'critical')
				    .map(v => v.id + ': ' + v.nodes.slice(0, 3).map(n => n.target.join(' ')).join(' | '));
				}""");
		assertThat((List<?>) violations).as("serious or critical axe violations on " + name).isEmpty();
	}

	private String url(String path) {
		return "http://localhost:" + this.port + path;
	}

	private long count() {
		return this.jdbc.sql("select count(*) from article").query(Long.class).single();
	}

	private long article(String urlPart) {
		return this.jdbc.sql("select id from article where url like :u")
			.param("u", "%" + urlPart + "%")
			.query(Long.class)
			.single();
	}

	/** Claims as the extractor would store them, pointing at a few places. */
	private void seedClaims() {
		ClaimMother m = new ClaimMother(this.jdbc);
		long gur = m.source("GUR", "INTELLIGENCE");
		long pentagon = m.source("Pentagon", "MILITARY");
		long nis = m.source("National Intelligence Service", "INTELLIGENCE");
		long governor = m.source("Donetsk regional governor", "OFFICIAL_PERSON");
		long kursk = m.place("Kursk Oblast", "RU", "41", "REGION", 51.6, 36.1);
		long sudzha = m.place("Sudzha", "RU", "41", "CITY", 51.19, 35.27);
		long kostiantynivka = m.place("Kostiantynivka", "UA", "05", "CITY", 48.53, 37.71);
		long kramatorsk = m.place("Kramatorsk", "UA", "05", "CITY", 48.72, 37.56);
		long elFasher = m.place("El Fasher", "SD", "02", "CITY", 13.63, 25.35);

		long troops = article("north-korean-troops-reach-kursk");
		m.claim(troops, "deployed", "3,000", 3000, null, "APPROXIMATELY", "North Korean soldiers", gur, kursk);
		m.claim(troops, "deployed", "1,500", 1500, null, "APPROXIMATELY", "North Korean special forces", nis, null);
		long pentagonTroops = article("pentagon-north-korean-force-10000");
		m.claim(pentagonTroops, "deployed", "10,000", 10000, null, "APPROXIMATELY", "North Korean soldiers", pentagon,
				null);
		m.claim(pentagonTroops, "deployed", "11,000", 11000, null, "ESTIMATE", "North Korean soldiers", gur, kursk);
		long clashes = article("first-clashes-north-korean-units-kursk");
		m.claim(clashes, "killed", "40", 40, null, "AT_LEAST", "North Korean soldiers", null, sudzha);
		long seoul = article("seoul-north-korean-casualties-top-100");
		m.claim(seoul, "killed", "100", 100, null, "AT_LEAST", "North Korean soldiers", nis, kursk);
		long shelling = article("shelling-kills-five-kostiantynivka");
		m.claim(shelling, "killed", "five", 5, null, "EXACT", "people", governor, kostiantynivka);
		long market = article("strike-kramatorsk-market");
		m.claim(market, "killed", "seven", 7, null, "AT_LEAST", "people", governor, kramatorsk);
		long hospital = article("el-fasher-hospital-drone-strike");
		m.claim(hospital, "killed", "12", 12, null, "EXACT", "people", null, elFasher);

		boolean seedLoaded = this.jdbc.sql("select count(*) from article where url = :u")
			.param("u", SEED_URL)
			.query(Long.class)
			.single() > 0;
		if (seedLoaded) {
			this.readerArticle = article("kursk-north-korean-troops-example");
			long kyiv = m.source("Ukrainian government", "GOVERNMENT");
			m.claim(this.readerArticle, "deployed", "11,000", 11000, null, "EXACT", "North Korea soldiers", kyiv,
					kursk);
			this.locatedClaims++;
			m.claim(this.readerArticle, "killed_or_wounded", "200", 200, null, "ESTIMATE", "Russian side", gur, null);
		}
		else {
			this.readerArticle = pentagonTroops;
		}
	}

}
