package org.claimtrace.article;

import java.math.BigDecimal;
import java.util.List;

import org.claimtrace.claim.ArticleClaims;
import org.claimtrace.system.WebSliceTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;

/** The article page's claims table, anchors and map markers. */
@WebSliceTest(ArticleController.class)
class ArticlePageTests {

	static final String BODY = "Intro. Kyiv said 11,000 North Korean soldiers were deployed in Kursk. The end.";

	@Autowired
	MockMvcTester mvc;

	@MockitoBean
	ArticleService articles;

	@Test
	void eachClaimLinksToItsSentenceItsSourceAndItsPlace() {
		ArticleDetails d = ArticleAdminControllerTests.details(3L);
		int figure = BODY.indexOf("11,000");
		int sentenceStart = BODY.indexOf("Kyiv");
		int sentenceEnd = BODY.indexOf(" The end");
		ArticleClaims.ClaimView claim = new ArticleClaims.ClaimView(41L, "force_size", "deployed",
				new BigDecimal("11000"), new BigDecimal("11000"), null, "exact", "North Korean soldiers", null,
				new ArticleClaims.PlaceRef("Kursk", 51.7, 36.2, 1L, "RU", "city", 77L),
				new ArticleClaims.SourceRef(9L, "Ukrainian government", "government"), "said", "unverified", true,
				BODY.substring(sentenceStart, sentenceEnd), figure, figure + 6, "unreviewed", "1.0.0", sentenceStart,
				sentenceEnd, false);
		ArticleClaims.PlaceMentionView mention = new ArticleClaims.PlaceMentionView("Kursk", BODY.indexOf("Kursk"),
				BODY.indexOf("Kursk") + 5, "Kursk", 51.7, 36.2, 1L, "RU", "city", 77L);
		given(this.articles.publishedWithClaims(3L)).willReturn(new ArticleWithClaims(
				new ArticleDetails(3L, d.title(), d.url(), "Example Times", null, d.publishedAt(), BODY, d.status(),
						ExtractionStatus.DONE, "e", d.createdAt(), d.updatedAt(), 1),
				new ArticleClaims(List.of(claim), List.of(), List.of(mention))));
		assertThat(this.mvc.get().uri("/articles/3")).hasStatusOk()
			.bodyText()
			.contains("<span class=\"claim-sentence\">Kyiv said <mark id=\"claim-41\"")
			.contains("id=\"claim-row-41\"")
			.contains("href=\"#claim-41\"")
			.contains("href=\"/sources/9\">Ukrainian government</a>")
			.contains("href=\"/places/77\">Kursk</a>")
			.contains(">unverified</span>", ">hedged</span>", ">unreviewed</span>")
			.contains("&quot;href&quot;:&quot;/places/77&quot;")
			.contains("href=\"" + d.url() + "\"");
	}

	@Test
	void thePlacesListNamesEachPlaceOnceWithHowOftenTheArticleNamesIt() throws Exception {
		String body = "Kursk was shelled. Later Kursk again, and Plekhovo in Kursk.";
		ArticleClaims.PlaceMentionView kursk1 = new ArticleClaims.PlaceMentionView("Kursk", 0, 5, "Kursk Oblast", 51.7,
				36.2, 2L, "RU", "region", 78L);
		ArticleClaims.PlaceMentionView kursk2 = new ArticleClaims.PlaceMentionView("Kursk", 25, 30, "Kursk Oblast",
				51.7, 36.2, 2L, "RU", "region", 78L);
		// An unresolved village placed in its region carries the region's row: still its
		// own entry.
		ArticleClaims.PlaceMentionView village = new ArticleClaims.PlaceMentionView("Plekhovo", 42, 50, "Plekhovo",
				null, null, null, "RU", "unresolved", 78L);
		ArticleClaims.PlaceMentionView kursk3 = new ArticleClaims.PlaceMentionView("Kursk", 54, 59, "Kursk Oblast",
				51.7, 36.2, 2L, "RU", "region", 78L);
		String places = placesList(4L, body, List.of(kursk1, kursk2, village, kursk3));
		assertThat(places.split("Kursk Oblast</a>", -1)).as("Kursk Oblast listed once").hasSize(2);
		assertThat(places).contains("\u00d73").contains(">Plekhovo</a>");
		assertThat(places.indexOf("Kursk Oblast")).isLessThan(places.indexOf("Plekhovo"));
		assertThat(places).as("no other place is called Kursk Oblast").doesNotContain("(region)");
	}

	@Test
	void aCityAndItsRegionOfTheSameNameSayWhichIsWhich() throws Exception {
		String body = "Kharkiv was shelled, and villages across the Kharkiv region lost power.";
		ArticleClaims.PlaceMentionView city = new ArticleClaims.PlaceMentionView("Kharkiv", 0, 7, "Kharkiv", 50.0,
				36.25, 706483L, "UA", "city", 90L);
		ArticleClaims.PlaceMentionView region = new ArticleClaims.PlaceMentionView("Kharkiv", 45, 52, "Kharkiv", 49.5,
				36.5, 706482L, "UA", "region", 91L);
		String places = placesList(5L, body, List.of(city, region));
		assertThat(places).contains("(city)").contains("(region)");
	}

	/** The places list of a published article with these place mentions, as rendered. */
	private String placesList(long id, String body, List<ArticleClaims.PlaceMentionView> mentions) throws Exception {
		ArticleDetails d = ArticleAdminControllerTests.details(id);
		given(this.articles.publishedWithClaims(id)).willReturn(new ArticleWithClaims(
				new ArticleDetails(id, d.title(), d.url(), "Example Times", null, d.publishedAt(), body, d.status(),
						ExtractionStatus.DONE, "e", d.createdAt(), d.updatedAt(), 1),
				new ArticleClaims(List.of(), List.of(), mentions)));
		String page = this.mvc.get().uri("/articles/" + id).exchange().getResponse().getContentAsString();
		return page.substring(page.indexOf("<h3>Places</h3>"), page.indexOf("</ul>", page.indexOf("<h3>Places</h3>")));
	}

}
