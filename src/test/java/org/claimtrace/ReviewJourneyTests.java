package org.claimtrace;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.AriaRole;
import org.claimtrace.article.ArticleContent;
import org.claimtrace.article.ArticleDetails;
import org.claimtrace.article.ArticleMother;
import org.claimtrace.article.ArticleService;
import org.claimtrace.article.ArticleStatus;
import org.claimtrace.claim.ClaimService;
import org.claimtrace.claim.NewClaims;
import org.claimtrace.location.TestLocations;
import org.claimtrace.source.SourceService;
import org.claimtrace.system.Chromium;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * An editor reviews the seed article's claims in real Chromium: approves, corrects a
 * place by searching the gazetteer, rejects with a reason, adds a missed claim by
 * selecting its words, merges two sources, then reads the history and the public page.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ReviewJourneyTests {

	static Playwright playwright;

	static Browser browser;

	@LocalServerPort
	int port;

	@Autowired
	ArticleService articles;

	@Autowired
	ClaimService claims;

	@Autowired
	SourceService sources;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TransactionTemplate transactions;

	@BeforeAll
	static void launch() {
		Chromium.executable();
		playwright = Playwright.create();
		browser = Chromium.launch(playwright);
		// every action is a POST, a redirect and a page on a busy two-core machine
		com.microsoft.playwright.assertions.PlaywrightAssertions.setDefaultAssertionTimeout(20_000);
	}

	@AfterAll
	static void close() {
		if (playwright != null) {
			playwright.close();
		}
	}

	@Test
	void editorReviewsTheSeedArticleAndReadersSeeTheResult() {
		String seed = ArticleMother.seedKurskBody();
		String body = ((seed != null) ? seed : fallbackBody()) + "\n\nReference " + UUID.randomUUID();
		ArticleContent sample = ArticleMother.sample("review");
		ArticleDetails article = this.articles
			.create(new ArticleContent("North Korean troops fight alongside Russian forces in Kursk",
					"https://www.ft.com/content/review-" + UUID.randomUUID(), "Financial Times", null,
					sample.publishedAt(), body, ArticleStatus.PUBLISHED), "admin");
		long id = article.id();
		String text = article.body();
		Long[] claimIds = extracted(id, text);

		try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1366, 900))) {
			Page page = context.newPage();
			page.navigate(url("/login"));
			page.getByLabel("Username").fill("admin");
			page.getByLabel("Password").fill("test-admin-password");
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
			assertThat(page.locator("#awaiting-review")).not().hasText("0");
			Chromium.capture(page, "review-dashboard", true);

			page.navigate(url("/admin/articles/" + id + "/claims"));
			assertThat(page.locator("#shortcuts")).containsText("approve");
			Chromium.capture(page, "review-article-before", true);

			// approve one with the button, one with the keyboard
			card(page, claimIds[1]).getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Approve a"))
				.click();
			assertThat(page.getByText("Claim approved.")).isVisible();
			// the page's shortcuts come with a deferred script: the flash can show before
			// it runs, and a key pressed then would go unheard
			page.waitForLoadState();
			card(page, claimIds[0]).locator(".review-sentence").click();
			page.keyboard().press("a");
			page.waitForURL("**/admin/articles/" + id + "/claims#claim-" + claimIds[0]);
			assertThat(page.getByText("Claim approved.")).isVisible();
			assertThat(card(page, claimIds[0]).locator(".badge.review-APPROVED")).isVisible();
			assertThat(card(page, claimIds[1]).locator(".badge.review-APPROVED")).isVisible();

			// correct the place of the 11,000 by searching the gazetteer (the shipped
			// GeoNames data may have loaded meanwhile: any Kursk city row will do)
			card(page, claimIds[2]).getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Edit e")).click();
			page.getByLabel("Find a place in the gazetteer").fill("Kursk");
			page.getByLabel("Party (whose losses, which troops)").fill("North Korea soldiers");
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Search places")).click();
			assertThat(page.getByLabel("Party (whose losses, which troops)")).hasValue("North Korea soldiers");
			Chromium.capture(page, "review-place-search", true);
			page.locator("tr", new Page.LocatorOptions().setHasText("Kursk Oblast"))
				.filter(new Locator.FilterOptions().setHasText("city"))
				.locator("input[type=radio]")
				.first()
				.check();
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save claim")).click();
			assertThat(page.getByText("Claim corrected.")).isVisible();
			assertThat(card(page, claimIds[2]).locator(".review-facts")).containsText("Kursk");
			assertThat(card(page, claimIds[2]).locator(".review-facts")).containsText("city");

			// reject one with a reason
			card(page, claimIds[3]).getByPlaceholder("Reason for rejecting")
				.fill("Bodies in a video, not a casualty report");
			card(page, claimIds[3]).getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Reject r"))
				.click();
			assertThat(page.getByText("Claim rejected; readers no longer see it.")).isVisible();
			assertThat(card(page, claimIds[3])).containsText("Bodies in a video, not a casualty report");
			page.waitForLoadState();

			// add the missed "3km" by selecting it in the text
			int at = text.indexOf("3km");
			page.evaluate("([start, end]) => { const el = document.getElementById('article-text');"
					+ " const node = el.firstChild; const range = document.createRange(); range.setStart(node, start);"
					+ " range.setEnd(node, end); const s = window.getSelection(); s.removeAllRanges(); s.addRange(range);"
					+ " el.dispatchEvent(new MouseEvent('mouseup', { bubbles: true })); }", List.of(at, at + 3));
			assertThat(page.getByLabel("Start (character)")).hasValue(String.valueOf(at));
			assertThat(page.getByLabel("Selected text")).hasValue("3km");
			assertThat(page.getByLabel("Figure (smallest)").first()).hasValue("3");
			Locator add = page.locator("#add-claim");
			add.getByLabel("Category").selectOption("DISTANCE");
			add.getByLabel("Kind").fill("distance_to_target");
			add.getByLabel("Unit (optional)").fill("km");
			add.getByLabel("Party (whose losses, which troops)").fill("Russian forces");
			Chromium.capture(page, "review-add-by-selection", true);
			add.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Add claim")).click();
			assertThat(page.getByText("Claim added.")).isVisible();
			assertThat(page.locator(".review-item", new Page.LocatorOptions().setHasText("3 km"))).hasCount(1);
			Chromium.capture(page, "review-article-after", true);

			// merge the two names of Ukraine's military intelligence
			page.navigate(url("/admin/sources?q=intelligence"));
			page.getByRole(AriaRole.LINK,
					new Page.GetByRoleOptions().setName("Ukraine's military intelligence directorate"))
				.click();
			page.getByLabel("Keep this source")
				.selectOption(new com.microsoft.playwright.options.SelectOption().setLabel("GUR (INTELLIGENCE)"));
			page.getByRole(AriaRole.BUTTON,
					new Page.GetByRoleOptions().setName("Merge Ukraine's military intelligence directorate into it"))
				.click();
			assertThat(page.getByText("Sources merged.")).isVisible();
			assertThat(page.locator(".meta")).containsText("Ukraine's military intelligence directorate");
			Chromium.capture(page, "review-source-merged", true);

			page.navigate(url("/admin/articles/" + id + "/history"));
			Locator history = page.locator(".history-list");
			assertThat(history).containsText("approved claim #" + claimIds[0]);
			assertThat(history).containsText("corrected claim #" + claimIds[2]);
			assertThat(history).containsText("rejected claim #" + claimIds[3]);
			assertThat(history).containsText("added claim");
			assertThat(history).containsText("UNREVIEWED");
			Chromium.capture(page, "review-history", true);
		}

		assertThat(this.jdbc.sql("select s.name from claim c join source s on s.id = c.source_id where c.id = :id")
			.param("id", claimIds[1])
			.query(String.class)
			.single()).as("claims of the merged source name the one kept").isEqualTo("GUR");

		try (BrowserContext reader = browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 900))) {
			Page page = reader.newPage();
			page.navigate(url("/articles/" + id));
			assertThat(page.locator("#claim-" + claimIds[3])).hasCount(0);
			assertThat(page.locator("#claim-row-" + claimIds[3])).hasCount(0);
			assertThat(page.locator("#claim-row-" + claimIds[4] + " .badge-unreviewed")).isVisible();
			assertThat(page.locator("#claim-row-" + claimIds[0] + " .badge-unreviewed")).hasCount(0);
			assertThat(page.locator("#claim-row-" + claimIds[2])).containsText("Kursk");
			assertThat(page.locator(".claim-row", new Page.LocatorOptions().setHasText("3 km"))).hasCount(1);
			Chromium.capture(page, "review-public-article", true);
		}
		this.articles.unpublish(id, "admin");
		assertThat(this.articles.published(org.springframework.data.domain.PageRequest.of(0, 100)).getContent())
			.noneMatch((a) -> a.id().equals(id));
	}

	private Locator card(Page page, Long claimId) {
		return page.locator("#claim-" + claimId);
	}

	/**
	 * What the extractor would store for the seed article: [0] 200 killed or wounded (at
	 * unresolved Plekhovo), [1] 30 killed or wounded, [2] 11,000 deployed, [3] 23 bodies,
	 * [4] 2km minefields.
	 */
	private Long[] extracted(long articleId, String body) {
		return this.transactions.execute((status) -> {
			Long gur = this.sources.resolve("GUR", "INTELLIGENCE", List.of());
			this.jdbc
				.sql("insert into source (name, kind) values ('Ukraine''s military intelligence directorate', "
						+ "'INTELLIGENCE') on conflict do nothing")
				.update();
			Long directorate = this.sources.resolve("Ukraine's military intelligence directorate", "INTELLIGENCE",
					List.of());
			Long region = TestLocations.place(this.jdbc, "Kursk Oblast", "RU", "REGION", 1_100_000, null);
			TestLocations.place(this.jdbc, "Kursk", "RU", "CITY", 440_000, region);
			int plekhovo = body.indexOf("Plekhovo");
			NewClaims.PlaceMention mention = new NewClaims.PlaceMention(null, region,
					new NewClaims.Span("Plekhovo", plekhovo, plekhovo + 8), "Plekhovo", "UNRESOLVED");
			List<NewClaims.Figure> figures = new ArrayList<>();
			figures.add(figure(body, "200", "killed_or_wounded", 200, "Russian side", 0, directorate));
			figures.add(figure(body, "30 North", "killed_or_wounded", 30, "North Koreans", null, directorate));
			figures.add(figure(body, "11,000", "deployed", 11000, "North Korea soldiers", null, null));
			figures.add(figure(body, "23 soldiers", "killed", 23, "North Koreans", null, null));
			figures.add(figure(body, "2km", "minefield_depth", 2, null, null, null));
			this.claims.replaceAutomatic(
					new NewClaims(articleId, "claimtrace-corenlp", "test", List.of(), List.of(mention), figures));
			return this.jdbc
				.sql("select id from claim where article_id = :a order by case value_min "
						+ "when 200 then 0 when 30 then 1 when 11000 then 2 when 23 then 3 else 4 end")
				.param("a", articleId)
				.query(Long.class)
				.list()
				.toArray(Long[]::new);
		});
	}

	private static NewClaims.Figure figure(String body, String words, String kind, int value, String party,
			Integer place, Long sourceId) {
		int start = body.indexOf(words);
		assertThat(start).as(words).isNotNegative();
		String number = words.split(" ")[0];
		int end = start + number.length();
		int sentenceStart = Math.max(body.lastIndexOf('\n', start) + 1, body.lastIndexOf(". ", start) + 2);
		int sentenceEnd = body.indexOf('.', end);
		sentenceEnd = (sentenceEnd < 0) ? body.length() : sentenceEnd + 1;
		String category = kind.startsWith("minefield") ? "DISTANCE"
				: (kind.equals("deployed") ? "FORCE_SIZE" : "CASUALTY");
		return new NewClaims.Figure(category, kind, new BigDecimal(value), new BigDecimal(value),
				kind.startsWith("minefield") ? "km" : null, "EXACT", party, null, place, null, sourceId, null,
				"NOT_STATED", false,
				new NewClaims.Span(body.substring(sentenceStart, sentenceEnd), sentenceStart, sentenceEnd), start, end,
				false);
	}

	private static String fallbackBody() {
		return "Kyiv said in October that 11,000 North Korea soldiers were being deployed there.\n"
				+ "The GUR estimated 200 casualties on the Russian side, including 30 North Koreans killed or wounded.\n"
				+ "Attacks hit the villages of Plekhovo and Vorobzha.\n"
				+ "One video showed the bodies of 23 soldiers.\n" + "Troops crossed minefields up to 2km deep.\n"
				+ "Russian forces are now just 3km from Pokrovsk.";
	}

	private String url(String path) {
		return "http://localhost:" + this.port + path;
	}

}
