package org.claimtrace.claim;

import java.time.LocalDate;
import java.util.List;

import org.claimtrace.system.WebSliceTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.mockito.Mockito.never;

@WebSliceTest({ CompareController.class, MapController.class })
class CompareControllerTests {

	@Autowired
	MockMvcTester mvc;

	@MockitoBean
	ClaimAnalysisService analysis;

	@BeforeEach
	void options() {
		given(this.analysis.compareOptions()).willReturn(new ClaimAnalysisService.CompareOptions(
				List.of(new ClaimAnalysisService.KindOption("deployed", 3),
						new ClaimAnalysisService.KindOption("killed", 1)),
				List.of("North Korean soldiers"),
				List.of(new ClaimAnalysisService.PlaceOption(7L, "Kursk Oblast", "RU", "REGION", 2))));
	}

	@Test
	void withoutASubjectThePageOffersTheChoicesFromExistingClaims() {
		assertThat(this.mvc.get().uri("/compare")).hasStatusOk()
			.bodyText()
			.contains("<option value=\"deployed\">deployed (3)</option>")
			.contains("Kursk Oblast, RU (region)")
			.contains("<option value=\"North Korean soldiers\">")
			.doesNotContain("compare-data");
		then(this.analysis).should(never()).compare(any());
	}

	@Test
	void aSubjectShowsTheTableOneColumnPerSourceAndTheChartData() {
		ClaimAnalysisService.ComparedClaim claim = new ClaimAnalysisService.ComparedClaim(41L, 5L,
				LocalDate.parse("2024-12-17"), "GUR", "at least 12,000", new java.math.BigDecimal("12000"),
				"North Korean troops", "Kursk Oblast", "Example Times", "More troops", false, "unverified",
				"unreviewed", false);
		given(this.analysis.compare(new ClaimAnalysisService.Subject("deployed", "korean", 7L)))
			.willReturn(new ClaimAnalysisService.Comparison(List.of("GUR", "Pentagon"),
					List.of(new ClaimAnalysisService.ComparisonRow(LocalDate.parse("2024-12-17"),
							List.of(List.of(claim), List.of()))),
					1, false));
		assertThat(
				this.mvc.get().uri("/compare").param("kind", "DEPLOYED").param("party", " korean ").param("place", "7"))
			.hasStatusOk()
			.bodyText()
			.contains("<th scope=\"col\">GUR</th>", "<th scope=\"col\">Pentagon</th>")
			.contains("href=\"/articles/5#claim-41\"")
			.contains("at least 12,000")
			.contains("17 Dec 2024")
			.contains("{\"labels\":[\"2024-12-17\"],\"datasets\":[{\"label\":\"GUR\",\"data\":[12000.0]}");
	}

	@Test
	void anUnknownKindIsExplainedNotAnError() {
		assertThat(this.mvc.get().uri("/compare?kind=teleported")).hasStatusOk()
			.bodyText()
			.contains("There are no figures of the kind \u201cteleported\u201d");
		then(this.analysis).should(never()).compare(any());
	}

	@Test
	void aBadPlaceOrAHugePartyIsExplained() {
		assertThat(this.mvc.get().uri("/compare?kind=killed&place=abc")).hasStatusOk()
			.bodyText()
			.contains("Choose the place from the list.");
		assertThat(this.mvc.get().uri("/compare?kind=killed&place=999")).hasStatusOk()
			.bodyText()
			.contains("No figures are located at that place.");
		assertThat(this.mvc.get().uri("/compare?kind=killed&party=" + "x".repeat(5000))).hasStatusOk()
			.bodyText()
			.contains("The party can be at most 100 characters.");
		then(this.analysis).should(never()).compare(any());
	}

	@Test
	void theMapPageListsPlacesAndCarriesTheMarkersForTheScript() {
		ClaimAnalysisService.LocatedClaim claim = new ClaimAnalysisService.LocatedClaim(41L, 5L,
				LocalDate.parse("2024-12-17"), "Example Times", "deployed", "12,000", "GUR", 7L, "Sudzha", "RU", 51.19,
				35.27);
		given(this.analysis.located()).willReturn(new ClaimAnalysisService.MapData(List.of(claim),
				List.of(new ClaimAnalysisService.MappedPlace(7L, "Sudzha", "RU", 1, LocalDate.parse("2024-12-17"))),
				false));
		assertThat(this.mvc.get().uri("/map?page=-1&size=999999")).hasStatusOk()
			.bodyText()
			.contains("href=\"/places/7\"")
			.contains("data-map")
			.contains("&quot;lat&quot;:51.19")
			.contains("&quot;href&quot;:&quot;/articles/5#claim-41&quot;")
			.contains("<meta name=\"claimtrace-map\" content=\"https://tile.openstreetmap.org/{z}/{x}/{y}.png\"");
	}

}
