package org.claimtrace.claim;

import java.math.BigDecimal;
import java.util.List;

import org.claimtrace.system.PostgresJpaTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

@PostgresJpaTest
@Import(ClaimService.class)
class ClaimServiceTests {

	static final String SENTENCE = "The GUR estimated 200 casualties on the Russian side, including 30 North Koreans killed or wounded.";

	@Autowired
	ClaimService claims;

	@Autowired
	JdbcClient jdbc;

	long articleId;

	long sourceId;

	@BeforeEach
	void article() {
		this.articleId = this.jdbc.sql("""
				insert into article (title, url, outlet, published_at, body, content_hash)
				values ('T', 'https://example.org/x', 'FT', now(), :body, 'h') returning id""")
			.param("body", SENTENCE)
			.query(Long.class)
			.single();
		this.sourceId = this.jdbc.sql("insert into source (name, kind) values ('GUR', 'INTELLIGENCE') returning id")
			.query(Long.class)
			.single();
	}

	@Test
	void storesFiguresWithTheirSourceParentAndProvenanceAndReadsThemBack() {
		this.claims.replaceAutomatic(batch("1.0.0"));
		ArticleClaims read = this.claims.forArticle(this.articleId);
		assertThat(read.claims()).hasSize(2);
		ArticleClaims.ClaimView parent = read.claims().get(0);
		ArticleClaims.ClaimView child = read.claims().get(1);
		assertThat(parent.valueMin()).isEqualByComparingTo("200");
		assertThat(parent.kind()).isEqualTo("killed_or_wounded");
		assertThat(parent.qualifier()).isEqualTo("estimate");
		assertThat(parent.source().name()).isEqualTo("GUR");
		assertThat(parent.source().kind()).isEqualTo("intelligence");
		assertThat(child.parentClaimId()).isEqualTo(parent.id());
		assertThat(child.party()).isEqualTo("North Koreans");
		assertThat(SENTENCE.substring(child.start(), child.end())).isEqualTo("30");
		assertThat(child.extractorVersion()).isEqualTo("1.0.0");
		assertThat(read.attributions()).singleElement().satisfies((a) -> {
			assertThat(a.cue().text()).isEqualTo("estimated");
			assertThat(a.source().name()).isEqualTo("GUR");
		});
	}

	@Test
	void reExtractionReplacesAutomaticClaimsButKeepsReviewedOnes() {
		this.claims.replaceAutomatic(batch("1.0.0"));
		this.jdbc.sql("update claim set review_status = 'APPROVED' where value_min = 30").update();
		this.claims.replaceAutomatic(batch("1.1.0"));
		List<ArticleClaims.ClaimView> read = this.claims.forArticle(this.articleId).claims();
		assertThat(read).hasSize(2);
		assertThat(read).filteredOn((c) -> c.valueMin().intValue() == 30)
			.singleElement()
			.satisfies((c) -> assertThat(c.reviewStatus()).isEqualTo("approved"));
		assertThat(read).filteredOn((c) -> c.valueMin().intValue() == 200)
			.singleElement()
			.satisfies((c) -> assertThat(c.extractorVersion()).isEqualTo("1.1.0"));
	}

	@Test
	void rejectedClaimsAreHiddenFromReaders() {
		this.claims.replaceAutomatic(batch("1.0.0"));
		this.jdbc.sql("update claim set review_status = 'REJECTED' where value_min = 200").update();
		assertThat(this.claims.forArticle(this.articleId).claims()).extracting(ArticleClaims.ClaimView::valueMin)
			.containsExactly(new BigDecimal("30"));
	}

	private NewClaims batch(String version) {
		NewClaims.Span sentence = new NewClaims.Span(SENTENCE, 0, SENTENCE.length());
		int at200 = SENTENCE.indexOf("200");
		int at30 = SENTENCE.indexOf("30 ");
		NewClaims.Attribution attribution = new NewClaims.Attribution(this.sourceId, new NewClaims.Span("GUR", 4, 7),
				new NewClaims.Span("estimated", 8, 17),
				new NewClaims.Span(SENTENCE.substring(18, SENTENCE.length() - 1), 18, SENTENCE.length() - 1), false);
		NewClaims.Figure parent = new NewClaims.Figure("CASUALTY", "killed_or_wounded", new BigDecimal("200"),
				new BigDecimal("200"), null, "ESTIMATE", "Russian side", null, null, 0, this.sourceId, "estimated",
				"UNVERIFIED", false, sentence, at200, at200 + 3, false);
		NewClaims.Figure child = new NewClaims.Figure("CASUALTY", "killed_or_wounded", new BigDecimal("30"),
				new BigDecimal("30"), null, "ESTIMATE", "North Koreans", 0, null, 0, this.sourceId, "estimated",
				"UNVERIFIED", false, sentence, at30, at30 + 2, false);
		return new NewClaims(this.articleId, "claimtrace-corenlp", version, List.of(attribution), List.of(),
				List.of(parent, child));
	}

}
