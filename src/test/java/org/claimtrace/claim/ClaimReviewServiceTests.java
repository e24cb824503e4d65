package org.claimtrace.claim;

import java.math.BigDecimal;
import java.util.List;

import javax.sql.DataSource;

import org.claimtrace.location.LocationService;
import org.claimtrace.location.TestLocations;
import org.claimtrace.source.SourceService;
import org.claimtrace.system.AuditTrail;
import org.claimtrace.system.EditConflictException;
import org.claimtrace.system.PostgresJpaTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@PostgresJpaTest
@Import({ ClaimService.class, ClaimReviewService.class, SourceService.class, ClaimReviewServiceTests.Locations.class })
class ClaimReviewServiceTests {

	static final String BODY = "The GUR estimated 200 casualties on the Russian side, including 30 North Koreans killed or wounded. "
			+ "Attacks hit Plekhovo.\nOne video showed the bodies of 23 soldiers.";

	@Autowired
	ClaimReviewService review;

	@Autowired
	ClaimService claims;

	@Autowired
	SourceService sources;

	@Autowired
	JdbcClient jdbc;

	long articleId;

	long gurId;

	long regionId;

	@BeforeEach
	void articleWithExtractedClaims() {
		this.jdbc.sql("insert into app_user (username, password_hash, role) values ('editor', 'x', 'EDITOR')").update();
		this.articleId = this.jdbc.sql("""
				insert into article (title, url, outlet, published_at, body, content_hash)
				values ('Kursk', 'https://example.org/k', 'FT', now(), :body, 'h') returning id""")
			.param("body", BODY)
			.query(Long.class)
			.single();
		this.gurId = this.sources.resolve("GUR", "INTELLIGENCE", List.of());
		this.regionId = TestLocations.place(this.jdbc, "Kursk Oblast", "RU", "REGION", 1_000_000, null);
		String sentence = BODY.substring(0, BODY.indexOf("Attacks") - 1);
		NewClaims.Span first = new NewClaims.Span(sentence, 0, sentence.length());
		int at200 = BODY.indexOf("200");
		int at30 = BODY.indexOf("30 ");
		int plekhovo = BODY.indexOf("Plekhovo");
		NewClaims.PlaceMention unresolved = new NewClaims.PlaceMention(null, this.regionId,
				new NewClaims.Span("Plekhovo", plekhovo, plekhovo + 8), "Plekhovo", "UNRESOLVED");
		this.claims.replaceAutomatic(new NewClaims(this.articleId, "claimtrace-corenlp", "1.1.0", List.of(),
				List.of(unresolved), List.of(figure("killed_or_wounded", 200, 200, null, first, at200, at200 + 3),
						figure("killed_or_wounded", 30, 30, 0, first, at30, at30 + 2))));
	}

	@Test
	void approvingRecordsWhoAndWhenAndLeavesTheQueue() {
		ClaimReviewRow claim = byValue(200);
		assertThat(this.review.awaitingReview()).isEqualTo(2);
		ClaimReviewRow approved = this.review.approve(claim.id(), claim.version(), "editor");
		assertThat(approved.reviewStatus()).isEqualTo("APPROVED");
		assertThat(approved.reviewedBy()).isEqualTo("editor");
		assertThat(approved.reviewedAt()).isNotNull();
		assertThat(this.review.awaitingReview()).isEqualTo(1);
		assertThat(this.review.queue(org.springframework.data.domain.PageRequest.of(0, 10)).getContent())
			.extracting(ClaimReviewRow::id)
			.doesNotContain(claim.id());
		assertThat(auditActions(claim.id())).containsExactly("claim.approved");
		assertThat(auditAfter(claim.id())).contains("\"reviewStatus\": \"APPROVED\"");
	}

	@Test
	void rejectingNeedsAReasonAndHidesTheClaimFromReaders() {
		ClaimReviewRow claim = byValue(30);
		assertThatThrownBy(() -> this.review.reject(claim.id(), " ", null, "editor"))
			.isInstanceOf(IllegalArgumentException.class);
		this.review.reject(claim.id(), "Double-counted: part of the 200", null, "editor");
		assertThat(this.claims.forArticle(this.articleId).claims()).extracting(ArticleClaims.ClaimView::valueMin)
			.containsExactly(new BigDecimal("200"));
		assertThat(this.review.claim(claim.id()).reviewNote()).isEqualTo("Double-counted: part of the 200");
		assertThat(auditBefore(claim.id())).contains("UNREVIEWED");
	}

	@Test
	void correctingChangesTheValuesAndAStaleVersionIsAConflictThatChangesNothing() {
		ClaimReviewRow claim = byValue(30);
		ClaimEdit edit = new ClaimEdit("CASUALTY", "killed", new BigDecimal("30"), null, null, "EXACT",
				"North Korean soldiers", null, "Ukraine's military intelligence", "estimated", "UNVERIFIED", true);
		ClaimReviewRow corrected = this.review.correct(claim.id(), edit, claim.version(), "editor");
		assertThat(corrected.reviewStatus()).isEqualTo("EDITED");
		assertThat(corrected.kind()).isEqualTo("killed");
		assertThat(corrected.party()).isEqualTo("North Korean soldiers");
		assertThat(corrected.sourceName()).isEqualTo("Ukraine's military intelligence");
		assertThat(corrected.hedged()).isTrue();
		assertThat(corrected.version()).isGreaterThan(claim.version());

		ClaimEdit other = new ClaimEdit("CASUALTY", "wounded", new BigDecimal("31"), null, null, "EXACT", null, null,
				null, null, "NOT_STATED", false);
		assertThatThrownBy(() -> this.review.correct(claim.id(), other, claim.version(), "editor"))
			.isInstanceOf(EditConflictException.class);
		assertThat(this.review.claim(claim.id()).kind()).isEqualTo("killed");
		assertThat(auditActions(claim.id())).containsExactly("claim.edited");
	}

	@Test
	void reExtractionKeepsAnEditedClaimWithTheEditorsValues() {
		ClaimReviewRow claim = byValue(30);
		this.review.correct(claim.id(), new ClaimEdit("CASUALTY", "killed", new BigDecimal("31"), null, null, "EXACT",
				"North Koreans", null, null, null, "NOT_STATED", false), claim.version(), "editor");
		String sentence = BODY.substring(0, BODY.indexOf("Attacks") - 1);
		NewClaims.Span first = new NewClaims.Span(sentence, 0, sentence.length());
		int at30 = BODY.indexOf("30 ");
		this.claims.replaceAutomatic(new NewClaims(this.articleId, "claimtrace-corenlp", "1.2.0", List.of(), List.of(),
				List.of(figure("killed_or_wounded", 30, 30, null, first, at30, at30 + 2))));
		List<ArticleClaims.ClaimView> read = this.claims.forArticle(this.articleId).claims();
		assertThat(read).hasSize(1);
		assertThat(read.get(0).valueMin()).isEqualByComparingTo("31");
		assertThat(read.get(0).reviewStatus()).isEqualTo("edited");
	}

	@Test
	void splittingMakesTwoClaimsAndMergingMakesThemOneAgain() {
		ClaimReviewRow claim = byValue(200);
		List<ClaimReviewRow> split = this.review.split(claim.id(),
				new ClaimReviewService.ClaimSplit(new BigDecimal("170"), null, new BigDecimal("30"), null, "killed",
						null, null, claim.version()),
				"editor");
		assertThat(split).hasSize(2);
		assertThat(split.get(0).valueMin()).isEqualByComparingTo("170");
		assertThat(split.get(1).valueMin()).isEqualByComparingTo("30");
		assertThat(split.get(1).kind()).isEqualTo("killed");
		assertThat(split.get(1).origin()).isEqualTo("EDITOR");
		assertThat(split.get(1).sourceName()).isEqualTo("GUR");
		assertThat(auditActions(split.get(1).id())).containsExactly("claim.added");

		ClaimReviewRow thirty = byValue(30);
		ClaimReviewRow merged = this.review.merge(List.of(thirty.id(), claim.id()), "editor");
		assertThat(merged.id()).as("the claim first in the text absorbs the other").isEqualTo(claim.id());
		assertThat(merged.end()).isEqualTo(thirty.end());
		ClaimReviewRow away = this.review.claim(thirty.id());
		assertThat(away.mergedIntoId()).isEqualTo(claim.id());
		assertThat(away.reviewStatus()).isEqualTo("REJECTED");
		assertThatThrownBy(() -> this.review.approve(thirty.id(), null, "editor"))
			.isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> this.review.merge(List.of(claim.id()), "editor"))
			.isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void claimsOfTwoArticlesCannotBeMerged() {
		Long other = this.jdbc.sql("""
				insert into article (title, url, outlet, published_at, body, content_hash)
				values ('Other', 'https://example.org/o', 'FT', now(), 'Twelve were killed.', 'h2') returning id""")
			.query(Long.class)
			.single();
		ClaimReviewRow added = this.review.add(other, edit("killed", 12), 0, 6, "editor");
		assertThatThrownBy(() -> this.review.merge(List.of(byValue(30).id(), added.id()), "editor"))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("same article");
	}

	@Test
	void anEditorAddsAMissedClaimInsideTheTextOnly() {
		int at23 = BODY.indexOf("23 soldiers");
		ClaimReviewRow added = this.review.add(this.articleId, edit("killed", 23), at23, at23 + 11, "editor");
		assertThat(added.origin()).isEqualTo("EDITOR");
		assertThat(added.reviewStatus()).isEqualTo("EDITED");
		assertThat(added.sentence()).isEqualTo("One video showed the bodies of 23 soldiers.");
		assertThat(added.marked()).isEqualTo("23 soldiers");
		assertThat(auditActions(added.id())).containsExactly("claim.added");
		assertThatThrownBy(() -> this.review.add(this.articleId, edit("killed", 23), BODY.length() - 2,
				BODY.length() + 5, "editor"))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("not inside");
	}

	@Test
	void anUnresolvedPlaceIsResolvedByAddingItToTheGazetteer() {
		ClaimReviewRow claim = byValue(200);
		assertThat(claim.placeName()).isEqualTo("Plekhovo");
		assertThat(claim.placePrecision()).isEqualTo("UNRESOLVED");
		ClaimReviewRow moved = this.review.addPlace(claim.id(),
				new LocationService.NewPlace("Plekhovo", 51.27, 35.2, "ru", "VILLAGE"), claim.version(), "editor");
		assertThat(moved.placeName()).isEqualTo("Plekhovo");
		assertThat(moved.placePrecision()).isEqualTo("VILLAGE");
		assertThat(moved.placeCountry()).isEqualTo("RU");
		assertThat(this.review.searchPlaces("plekh")).singleElement().satisfies((p) -> {
			assertThat(p.origin()).isEqualTo("EDITOR");
			assertThat(p.id()).isEqualTo(moved.locationId());
		});
		assertThat(this.claims.forArticle(this.articleId).locations()).singleElement()
			.satisfies((m) -> assertThat(m.precision()).isEqualTo("village"));
		assertThat(
				this.jdbc.sql("select action from audit_log where entity_type = 'location'").query(String.class).list())
			.containsExactly("place.added");
		assertThat(auditActions(claim.id())).containsExactly("claim.place_corrected");
	}

	@Test
	void searchFindsPlacesByTheStartOfTheirNameMostPopulousFirst() {
		Long sudzha = TestLocations.place(this.jdbc, "Sudzha", "RU", "VILLAGE", 5000, this.regionId);
		TestLocations.place(this.jdbc, "Sudzhanka", "RU", "VILLAGE", 10, null);
		assertThat(this.review.searchPlaces("Sudzha")).extracting(LocationService.Place::name)
			.containsExactly("Sudzha", "Sudzhanka");
		assertThat(this.review.searchPlaces("sudzha").get(0).region()).isEqualTo("Kursk Oblast");
		ClaimReviewRow moved = this.review.relocate(byValue(30).id(), sudzha, null, "editor");
		assertThat(moved.placeName()).isEqualTo("Sudzha");
		assertThat(this.review.searchPlaces("x")).as("one letter is too little").isEmpty();
	}

	@Test
	void mergingSourcesMovesAliasesClaimsAndAttributions() {
		Long hur = this.sources.resolve("HUR", "INTELLIGENCE", List.of("Main Intelligence Directorate"));
		ClaimReviewRow claim = byValue(30);
		this.review.correct(claim.id(), new ClaimEdit("CASUALTY", "killed_or_wounded", new BigDecimal("30"), null, null,
				"EXACT", null, null, "HUR", null, "NOT_STATED", false), claim.version(), "editor");
		this.review.mergeSources(hur, this.gurId, "editor");
		assertThat(this.review.claim(claim.id()).sourceName()).isEqualTo("GUR");
		assertThat(this.sources.resolve("Main Intelligence Directorate", "OTHER", List.of())).isEqualTo(this.gurId);
		assertThat(this.sources.resolve("HUR", "OTHER", List.of())).isEqualTo(this.gurId);
		assertThat(this.sources.list(null)).extracting(org.claimtrace.source.SourceSummary::name)
			.contains("GUR")
			.doesNotContain("HUR");
		assertThat(
				this.jdbc.sql("select action from audit_log where entity_type = 'source'").query(String.class).list())
			.containsExactly("source.merged");
	}

	private ClaimEdit edit(String kind, int value) {
		return new ClaimEdit("CASUALTY", kind, new BigDecimal(value), null, null, "EXACT", null, null, null, null,
				"NOT_STATED", false);
	}

	private ClaimReviewRow byValue(int value) {
		return this.review.article(this.articleId)
			.claims()
			.stream()
			.filter((c) -> c.valueMin() != null && c.valueMin().intValue() == value)
			.findFirst()
			.orElseThrow();
	}

	private List<String> auditActions(Long claimId) {
		return this.jdbc.sql("select action from audit_log where entity_type = 'claim' and entity_id = :id order by id")
			.param("id", claimId)
			.query(String.class)
			.list();
	}

	private String auditAfter(Long claimId) {
		return this.jdbc.sql("select after_state::text from audit_log where entity_id = :id order by id desc limit 1")
			.param("id", claimId)
			.query(String.class)
			.single();
	}

	private String auditBefore(Long claimId) {
		return this.jdbc.sql("select before_state::text from audit_log where entity_id = :id order by id desc limit 1")
			.param("id", claimId)
			.query(String.class)
			.single();
	}

	private NewClaims.Figure figure(String kind, int min, int max, Integer parent, NewClaims.Span sentence, int start,
			int end) {
		return new NewClaims.Figure("CASUALTY", kind, new BigDecimal(min), new BigDecimal(max), null, "ESTIMATE",
				"North Koreans", parent, (min == 200) ? 0 : null, null, this.gurId, "estimated", "UNVERIFIED", false,
				sentence, start, end, false);
	}

	@TestConfiguration
	static class Locations {

		@Bean
		LocationService locationService(DataSource dataSource, JdbcClient jdbc, AuditTrail audit) {
			return TestLocations.service(dataSource, jdbc, audit);
		}

	}

}
