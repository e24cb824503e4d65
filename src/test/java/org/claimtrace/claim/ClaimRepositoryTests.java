package org.claimtrace.claim;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.List;

import jakarta.persistence.EntityManager;
import org.claimtrace.system.PostgresJpaTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The Claim mapping against the real schema, and its optimistic lock on PostgreSQL. */
@PostgresJpaTest
@Import(ClaimService.class)
class ClaimRepositoryTests {

	@Autowired
	ClaimRepository repository;

	@Autowired
	ClaimService claims;

	@Autowired
	EntityManager entityManager;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aReviewIsStoredAndASecondEditorSavingAStaleCopyFails() {
		Long userId = this.jdbc
			.sql("insert into app_user (username, password_hash, role) values ('ed', 'x', 'EDITOR') returning id")
			.query(Long.class)
			.single();
		Long articleId = this.jdbc.sql("""
				insert into article (title, url, outlet, published_at, body, content_hash)
				values ('T', 'https://example.org/a', 'FT', now(), 'Twelve people were killed.', 'h') returning id""")
			.query(Long.class)
			.single();
		NewClaims.Span sentence = new NewClaims.Span("Twelve people were killed.", 0, 26);
		this.claims.replaceAutomatic(new NewClaims(articleId, "x", "1", List.of(), List.of(),
				List.of(new NewClaims.Figure("CASUALTY", "killed", new BigDecimal("12"), new BigDecimal("12"), null,
						"EXACT", "people", null, null, null, null, null, "NOT_STATED", false, sentence, 0, 6, false))));
		Long id = this.jdbc.sql("select id from claim").query(Long.class).single();
		Claim.Editor editor = new Claim.Editor(userId, "ed");

		Claim first = this.repository.findById(id).orElseThrow();
		assertThat(first.getReviewStatus()).isEqualTo(Claim.ReviewStatus.UNREVIEWED);
		assertThat(first.getOrigin()).isEqualTo(Claim.Origin.AUTOMATIC);
		first.approve(editor, Clock.systemUTC());
		this.repository.saveAndFlush(first);
		this.entityManager.clear();
		Claim stored = this.repository.findById(id).orElseThrow();
		assertThat(stored.getReviewStatus()).isEqualTo(Claim.ReviewStatus.APPROVED);
		assertThat(stored.getReviewedById()).isEqualTo(userId);
		assertThat(stored.getVersion()).isEqualTo(1);

		// another editor saves meanwhile
		this.entityManager.detach(stored);
		this.jdbc.sql("update claim set review_note = 'other editor', version = version + 1 where id = :id")
			.param("id", id)
			.update();
		stored.reject(editor, "wrong figure", Clock.systemUTC());
		assertThatThrownBy(() -> this.repository.saveAndFlush(stored))
			.isInstanceOf(OptimisticLockingFailureException.class);
	}

	@Test
	void invariantsAreGuardedByTheEntity() {
		Claim claim = new Claim();
		assertThatThrownBy(() -> claim.reject(new Claim.Editor(1L, "ed"), "  ", Clock.systemUTC()))
			.isInstanceOf(IllegalArgumentException.class);
	}

}
