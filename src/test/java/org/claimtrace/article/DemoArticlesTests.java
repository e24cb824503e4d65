package org.claimtrace.article;

import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo fixtures are usable for the analysis pages (they are loaded in
 * PagesBrowserTests).
 */
class DemoArticlesTests {

	@Test
	void fixturesAreDistinctArticlesOnExampleDomainsSpanningWeeksFromSeveralOutlets() throws Exception {
		List<DemoArticles.Fixture> fixtures = DemoArticles.fixtures();
		assertThat(fixtures).hasSizeGreaterThanOrEqualTo(12);
		assertThat(fixtures).extracting(DemoArticles.Fixture::url)
			.doesNotHaveDuplicates()
			.allMatch((url) -> url.matches("https://[a-z.]+\\.example\\.(org|com|net)/.+"));
		assertThat(fixtures.stream().map(DemoArticles.Fixture::outlet).distinct().count()).isGreaterThanOrEqualTo(3);
		var dates = fixtures.stream().map(DemoArticles.Fixture::publishedAt).sorted(Comparator.naturalOrder()).toList();
		assertThat(ChronoUnit.WEEKS.between(dates.get(0), dates.get(dates.size() - 1))).isGreaterThanOrEqualTo(6);
		assertThat(fixtures)
			.filteredOn((f) -> f.body().contains("could not independently verify")
					|| f.body().contains("could not be independently verified"))
			.hasSizeGreaterThanOrEqualTo(6);
		assertThat(fixtures).allSatisfy((f) -> {
			ArticleContent content = f.content();
			assertThat(content.title()).isNotBlank();
			assertThat(content.body()).contains("\n\n");
			assertThat(content.status()).isEqualTo(ArticleStatus.PUBLISHED);
		});
	}

}
