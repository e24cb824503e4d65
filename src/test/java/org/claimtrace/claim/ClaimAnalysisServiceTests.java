package org.claimtrace.claim;

import java.time.LocalDate;

import org.claimtrace.system.PostgresJpaTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

@PostgresJpaTest
@Import(ClaimAnalysisService.class)
class ClaimAnalysisServiceTests {

	@Autowired
	ClaimAnalysisService analysis;

	@Autowired
	JdbcClient jdbc;

	long gur;

	long pentagon;

	long kurskRegion;

	long sudzha;

	long donetsk;

	long rejected;

	long firstDeployed;

	@BeforeEach
	void seed() {
		ClaimMother mother = new ClaimMother(this.jdbc);
		this.gur = mother.source("GUR", "INTELLIGENCE");
		this.pentagon = mother.source("Pentagon", "MILITARY");
		this.kurskRegion = mother.place("Kursk Oblast", "RU", "41", "REGION", 51.5, 36.0);
		this.sudzha = mother.place("Sudzha", "RU", "41", "CITY", 51.19, 35.27);
		this.donetsk = mother.place("Donetsk", "UA", "05", "CITY", 48.0, 37.8);
		long first = mother.article("Troops arrive", "Daily Example", "2024-11-04",
				"The GUR said 11,000 North Korean soldiers were deployed near Sudzha. The Pentagon said 10,000 were in place.");
		this.firstDeployed = mother.claim(first, "deployed", "11,000", 11000, null, "EXACT", "North Korean soldiers",
				this.gur, this.sudzha);
		mother.claim(first, "deployed", "10,000", 10000, null, "APPROXIMATELY", "North Korean soldiers", this.pentagon,
				this.kurskRegion);
		long second = mother.article("More troops", "Example Times", "2024-12-17",
				"The GUR said 12,000 North Korean troops were deployed in Kursk. Officials said 200 were killed.");
		mother.claim(second, "deployed", "12,000", 12000, null, "AT_LEAST", "North Korean troops", this.gur,
				this.kurskRegion);
		mother.claim(second, "killed", "200", 200, null, "EXACT", "North Koreans", null, null);
		long shelling = mother.article("Shelling", "Example Times", "2024-12-18",
				"Shelling killed 7 civilians in Donetsk. Pentagon said 15,000 Russian soldiers were deployed there.");
		this.rejected = mother.claim(shelling, "deployed", "15,000", 15000, null, "EXACT", "Russian soldiers",
				this.pentagon, this.donetsk);
		mother.reject(this.rejected);
		long draft = mother.article("Draft", "Example Times", "2024-12-19",
				"The GUR said 99,999 North Korean soldiers were deployed in Sudzha.", "DRAFT");
		mother.claim(draft, "deployed", "99,999", 99999, null, "EXACT", "North Korean soldiers", this.gur, this.sudzha);
	}

	@Test
	void comparesOneSubjectBySourceAndDateWithoutDraftsOrRejectedClaims() {
		ClaimAnalysisService.Comparison comparison = this.analysis
			.compare(new ClaimAnalysisService.Subject("deployed", "north korean", null));
		assertThat(comparison.sources()).containsExactly("GUR", "Pentagon");
		assertThat(comparison.rows()).extracting(ClaimAnalysisService.ComparisonRow::date)
			.containsExactly(LocalDate.parse("2024-11-04"), LocalDate.parse("2024-12-17"));
		ClaimAnalysisService.ComparisonRow november = comparison.rows().get(0);
		assertThat(november.cells().get(0)).singleElement().satisfies((c) -> {
			assertThat(c.figure()).isEqualTo("11,000");
			assertThat(c.href()).isEqualTo("/articles/" + c.articleId() + "#claim-" + this.firstDeployed);
		});
		assertThat(november.cells().get(1)).extracting(ClaimAnalysisService.ComparedClaim::figure)
			.containsExactly("about 10,000");
		ClaimAnalysisService.ComparisonRow december = comparison.rows().get(1);
		assertThat(december.cells().get(0)).extracting(ClaimAnalysisService.ComparedClaim::figure)
			.containsExactly("at least 12,000");
		assertThat(december.cells().get(1)).isEmpty();
		assertThat(comparison.chart()).containsEntry("labels", java.util.List.of("2024-11-04", "2024-12-17"));
	}

	@Test
	void aRegionIncludesTheTownsInsideItAndATownOnlyItself() {
		assertThat(this.analysis.compare(new ClaimAnalysisService.Subject("deployed", null, this.kurskRegion)).claims())
			.as("Sudzha lies in Kursk Oblast")
			.isEqualTo(3);
		assertThat(this.analysis.compare(new ClaimAnalysisService.Subject("deployed", null, this.sudzha)).claims())
			.isEqualTo(1);
		assertThat(this.analysis.compare(new ClaimAnalysisService.Subject("deployed", null, this.donetsk)).rows())
			.as("the Donetsk claim was rejected")
			.isEmpty();
	}

	@Test
	void optionsComeFromVisibleClaimsOnly() {
		ClaimAnalysisService.CompareOptions options = this.analysis.compareOptions();
		assertThat(options.kinds()).extracting(ClaimAnalysisService.KindOption::kind)
			.containsExactly("deployed", "killed");
		assertThat(options.kinds().get(0).claims()).isEqualTo(3);
		assertThat(options.places()).extracting(ClaimAnalysisService.PlaceOption::name)
			.containsExactly("Kursk Oblast", "Sudzha");
		assertThat(options.parties()).contains("North Korean soldiers").doesNotContain("Russian soldiers");
	}

	@Test
	void theMapHasEveryVisibleLocatedClaimAndCountsThemPerPlace() {
		ClaimAnalysisService.MapData map = this.analysis.located();
		assertThat(map.claims()).hasSize(3);
		assertThat(map.places())
			.extracting(ClaimAnalysisService.MappedPlace::name, ClaimAnalysisService.MappedPlace::claims)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("Kursk Oblast", 2L),
					org.assertj.core.groups.Tuple.tuple("Sudzha", 1L));
		assertThat(map.claims()).allSatisfy((c) -> assertThat(c.href()).startsWith("/articles/"));
	}

}
