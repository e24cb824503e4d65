package org.claimtrace.claim;

import java.util.List;
import java.util.Optional;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.claimtrace.location.PlaceDirectory;
import org.claimtrace.source.SourceDirectory;
import org.claimtrace.system.WebSliceTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verify;

@WebSliceTest({ ClaimController.class, SearchController.class, SourcePageController.class, PlacePageController.class })
class ClaimControllerTests {

	@Autowired
	MockMvcTester mvc;

	@MockitoBean
	ClaimExplorer explorer;

	@MockitoBean
	SourceDirectory sources;

	@MockitoBean
	PlaceDirectory places;

	@BeforeEach
	void rows() {
		given(this.explorer.find(any())).willAnswer((call) -> {
			ClaimFilter f = call.getArgument(0);
			return new PageImpl<>(List.of(ClaimRows.deployed(9)), PageRequest.of(f.page(), f.size()), 60);
		});
		given(this.explorer.kinds()).willReturn(List.of("deployed", "killed"));
		given(this.explorer.stats(any())).willReturn(new ClaimStats(4, 1, 2,
				java.time.Instant.parse("2024-11-02T00:00:00Z"), java.time.Instant.parse("2024-12-17T00:00:00Z")));
		given(this.explorer.export(any()))
			.willReturn(new ClaimExplorer.Export(List.of(ClaimRows.deployed(9), ClaimRows.deployed(10)), false));
	}

	@Test
	void theExplorerShowsClaimsWithLinksToSentenceSourceAndPlace() {
		assertThat(this.mvc.get().uri("/claims?kind=deployed&sort=figure&dir=asc")).hasStatusOk()
			.bodyText()
			.contains("href=\"/articles/7#claim-9\"")
			.contains("href=\"/sources/3\"")
			.contains("href=\"/places/44\"")
			.contains("11,000")
			.contains("<strong>60</strong>")
			.contains("/claims/export.csv?kind=deployed&amp;sort=figure&amp;dir=asc")
			.contains("/claims/export.json?kind=deployed&amp;sort=figure&amp;dir=asc")
			.contains("<option value=\"deployed\" selected=\"selected\">")
			.contains("aria-sort=\"ascending\"")
			.contains("href=\"/claims?kind=deployed&amp;sort=figure&amp;dir=asc&amp;page=1&amp;size=25\"");
	}

	@Test
	void aSourceOrPlaceFilterIsNamed() {
		given(this.places.find(40L)).willReturn(Optional.of(new PlaceDirectory.PlaceDetails(40L, "Kursk Oblast",
				"region", "RU", 51.5, 36.0, 0, null, null, 1L, "Russia")));
		assertThat(this.mvc.get().uri("/claims?placeId=40&sourceId=5")).hasStatusOk()
			.bodyText()
			.contains("Only claims in and inside <a href=\"/places/40\">Kursk Oblast</a>")
			.contains("<a href=\"/sources/5\">source #5</a>")
			.contains("name=\"placeId\" value=\"40\"");
	}

	@Test
	void badFilterValuesAreExplainedAndIgnoredNeverA500() {
		MvcTestResult result = this.mvc.get()
			.uri("/claims?category=NUCLEAR&from=17/12/2024&page=-1&size=10000&verification=maybe&reviewStatus=rejected&sort=id;drop&sourceId=abc")
			.param("q", "'; drop table claim;--")
			.exchange();
		assertThat(result).hasStatusOk()
			.bodyText()
			.contains("category: Unknown category.")
			.contains("from: Enter the date as YYYY-MM-DD.")
			.contains("page: The page cannot be negative")
			.contains("size: The page size must be between 1 and 200.")
			.contains("verification: Unknown verification state.")
			.contains("reviewStatus: Rejected claims are not published.")
			.contains("sort: Results can be sorted by")
			.contains("sourceId: The source must be a number.");
		ArgumentCaptor<ClaimFilter> used = ArgumentCaptor.forClass(ClaimFilter.class);
		verify(this.explorer).find(used.capture());
		assertThat(used.getValue().page()).isZero();
		assertThat(used.getValue().size()).isEqualTo(200);
		assertThat(used.getValue().category()).isNull();
		assertThat(used.getValue().sort()).isEqualTo("published");
		assertThat(used.getValue().q()).isEqualTo("'; drop table claim;--");
	}

	@Test
	void csvExportHasAHeaderAndProvenanceColumns() throws Exception {
		MvcTestResult result = this.mvc.get().uri("/claims/export.csv?kind=deployed").exchange();
		assertThat(result).hasStatusOk().hasContentType("text/csv;charset=UTF-8");
		assertThat(result.getResponse().getHeader("Content-Disposition")).contains("claims.csv");
		String csv = result.getResponse().getContentAsString();
		try (CSVParser parser = CSVFormat.RFC4180.builder().setHeader().get().parse(new java.io.StringReader(csv))) {
			assertThat(parser.getHeaderNames()).contains("article_url", "outlet", "published_at", "sentence",
					"span_start", "span_end", "extractor_name", "extractor_version");
			List<CSVRecord> records = parser.getRecords();
			assertThat(records).hasSize(2);
			CSVRecord first = records.get(0);
			assertThat(first.get("article_url")).isEqualTo("https://www.ft.com/content/kursk");
			assertThat(first.get("outlet")).isEqualTo("Financial Times");
			assertThat(first.get("published_at")).isEqualTo("2024-12-17T08:00:00Z");
			assertThat(first.get("sentence")).startsWith("The GUR said 11000");
			assertThat(first.get("span_start")).isEqualTo("113");
			assertThat(first.get("extractor_version")).isEqualTo("1.1.0");
			assertThat(first.get("claim_url")).endsWith("/articles/7#claim-9");
		}
		ArgumentCaptor<ClaimFilter> used = ArgumentCaptor.forClass(ClaimFilter.class);
		verify(this.explorer).export(used.capture());
		assertThat(used.getValue().kind()).isEqualTo("deployed");
	}

	@Test
	void csvCellsThatWouldStartASpreadsheetFormulaAreDefused() {
		assertThat(ClaimExportWriter.cell("=HYPERLINK(\"http://evil\")")).isEqualTo("'=HYPERLINK(\"http://evil\")");
		assertThat(ClaimExportWriter.cell("@SUM(A1)")).startsWith("'");
		assertThat(ClaimExportWriter.cell("North Koreans")).isEqualTo("North Koreans");
	}

	@Test
	void jsonExportCarriesTheFilterTheCapAndTheClaims() {
		assertThat(this.mvc.get().uri("/claims/export.json?kind=deployed")).hasStatusOk()
			.bodyJson()
			.satisfies((json) -> {
				json.assertThat().extractingPath("$.filter.kind").isEqualTo("deployed");
				json.assertThat().extractingPath("$.cap").isEqualTo(ClaimExplorer.EXPORT_CAP);
				json.assertThat().extractingPath("$.truncated").isEqualTo(false);
				json.assertThat()
					.extractingPath("$.items[0].article.url")
					.isEqualTo("https://www.ft.com/content/kursk");
				json.assertThat().extractingPath("$.items[0].extractor.version").isEqualTo("1.1.0");
				json.assertThat().extractingPath("$.items[0].start").isEqualTo(113);
				json.assertThat().extractingPath("$.items[0].source.name").isEqualTo("GUR");
			});
	}

	@Test
	void searchShowsHighlightedSnippetsAsTextOnly() {
		given(this.explorer.searchArticles(eq("<script>"), anyInt(), anyInt()))
			.willReturn(new PageImpl<>(List.of(new SearchHit(7L, "<b>Kursk</b>", "https://x.example", "FT",
					java.time.Instant.parse("2024-12-17T00:00:00Z"), 0.5,
					List.of(new SearchHit.Snippet("<img src=x onerror=alert(1)> ", false),
							new SearchHit.Snippet("Kursk", true))))));
		given(this.explorer.searchClaims(any())).willReturn(Page.empty());
		assertThat(this.mvc.get().uri("/search?q=<script>")).hasStatusOk()
			.bodyText()
			.doesNotContain("<img src=x")
			.doesNotContain("<b>Kursk")
			.contains("&lt;img src=x onerror=alert(1)&gt;")
			.contains("<mark>Kursk</mark>")
			.contains("value=\"&lt;script&gt;\"");
	}

	@Test
	void aSourcePageShowsItsShareOfUnverifiedAndHedgedClaimsAndMergedSourcesRedirect() {
		given(this.sources.find(3L)).willReturn(Optional.of(new SourceDirectory.SourceDetails(3L, "GUR", "INTELLIGENCE",
				"UA", null, null, List.of("Ukraine's military intelligence"))));
		given(this.sources.find(4L)).willReturn(
				Optional.of(new SourceDirectory.SourceDetails(4L, "HUR", "INTELLIGENCE", null, null, 3L, List.of())));
		assertThat(this.mvc.get().uri("/sources/3")).hasStatusOk()
			.bodyText()
			.contains("Ukraine&#39;s military intelligence")
			.contains("25% (1 of 4)")
			.contains("50% (2 of 4)")
			.contains("2 November 2024")
			.contains("href=\"/articles/7#claim-9\"");
		assertThat(this.mvc.get().uri("/sources/4")).hasStatus3xxRedirection().hasRedirectedUrl("/sources/3");
		assertThat(this.mvc.get().uri("/sources/99")).hasStatus(404);
		assertThat(this.mvc.get().uri("/sources/abc")).hasStatus(400);
	}

	@Test
	void theSourceListFiltersByKindAndExplainsUnknownKinds() {
		given(this.explorer.sources(any(), anyInt(), anyInt()))
			.willReturn(new PageImpl<>(List.of(new SourceClaimCount(3L, "GUR", "INTELLIGENCE", 12))));
		assertThat(this.mvc.get().uri("/sources?kind=intelligence")).hasStatusOk()
			.bodyText()
			.contains("href=\"/sources/3\"")
			.contains("href=\"/claims?sourceId=3\"");
		verify(this.explorer).sources("INTELLIGENCE", 0, SourcePageController.PAGE_SIZE);
		assertThat(this.mvc.get().uri("/sources?kind=aliens&page=-4")).hasStatusOk()
			.bodyText()
			.contains("That kind of source is unknown");
	}

	@Test
	void aPlacePageHasItsCoordinatesAsTextAndMarkersForTheMap() {
		given(this.places.find(40L)).willReturn(Optional.of(new PlaceDirectory.PlaceDetails(40L, "Kursk Oblast",
				"region", "RU", 51.5, 36.0, 0, null, null, 1L, "Russia")));
		assertThat(this.mvc.get().uri("/places/40")).hasStatusOk()
			.bodyText()
			.contains("51.5000, 36.0000")
			.contains("class=\"mini-map\" data-map")
			.contains(
					"data-markers=\"[{&quot;lat&quot;:51.5,&quot;lon&quot;:36.0,&quot;label&quot;:&quot;Kursk Oblast&quot;,&quot;href&quot;:&quot;/places/40&quot;},{&quot;lat&quot;:51.73")
			.contains("Claims about places inside this")
			.contains("href=\"/places/1\"");
		ArgumentCaptor<ClaimFilter> used = ArgumentCaptor.forClass(ClaimFilter.class);
		verify(this.explorer).find(used.capture());
		assertThat(used.getValue().placeId()).isEqualTo(40L);
		assertThat(this.mvc.get().uri("/places/41")).hasStatus(404);
	}

}
