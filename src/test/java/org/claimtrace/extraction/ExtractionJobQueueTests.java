package org.claimtrace.extraction;

import java.util.Optional;

import org.claimtrace.system.PostgresJpaTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

@PostgresJpaTest
@Import(ExtractionJobQueue.class)
@Transactional(propagation = Propagation.NOT_SUPPORTED)
class ExtractionJobQueueTests {

	@Autowired
	ExtractionJobQueue queue;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PlatformTransactionManager transactions;

	@BeforeEach
	void clean() {
		this.jdbc.sql("delete from extraction_job").update();
		this.jdbc.sql("delete from article").update();
	}

	@Test
	void twoWorkersNeverTakeTheSameJob() {
		long first = article("a");
		long second = article("b");
		this.queue.enqueue(first, "SUBMITTED", 5);
		this.queue.enqueue(second, "SUBMITTED", 5);
		TransactionTemplate tx = new TransactionTemplate(this.transactions);
		tx.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		// worker A holds its row lock while worker B looks for work: B skips the locked
		// row
		Long[] taken = new Long[2];
		tx.executeWithoutResult((a) -> {
			taken[0] = this.queue.claimNext("A").orElseThrow().articleId();
			taken[1] = tx.execute((b) -> this.queue.claimNext("B").orElseThrow().articleId());
		});
		assertThat(taken).containsExactlyInAnyOrder(first, second);
		assertThat(this.queue.claimNext("C")).isEmpty();
	}

	@Test
	void anEditorRetriesAFailedJobWithFreshAttemptsAndTheDashboardCountsIt() {
		long id = article("r");
		this.queue.enqueue(id, "SUBMITTED", 1);
		ExtractionJobQueue.Job job = this.queue.claimNext("A").orElseThrow();
		assertThat(this.queue.fail(job, "java.lang.OutOfMemoryError", 10)).isFalse();
		assertThat(this.queue.countByStatus()).containsEntry("FAILED", 1L).containsEntry("PENDING", 0L);
		JobRow failed = this.queue.failed(10).get(0);
		assertThat(failed.error()).contains("OutOfMemoryError");
		assertThat(this.queue.retry(failed.id())).isTrue();
		assertThat(this.queue.retry(failed.id())).as("no longer failed").isFalse();
		assertThat(this.queue.countByStatus()).containsEntry("FAILED", 0L).containsEntry("PENDING", 1L);
		assertThat(this.queue.claimNext("B")).get().extracting(ExtractionJobQueue.Job::attempts).isEqualTo(1);
	}

	@Test
	void aFailedJobIsRetriedLaterThenMarkedFailedWithItsError() {
		long id = article("c");
		this.queue.enqueue(id, "SUBMITTED", 2);
		ExtractionJobQueue.Job job = this.queue.claimNext("A").orElseThrow();
		assertThat(this.queue.fail(job, "IllegalStateException: boom", 5)).isTrue();
		assertThat(this.queue.claimNext("A")).as("backing off").isEmpty();
		this.jdbc.sql("update extraction_job set run_after = now()").update();
		ExtractionJobQueue.Job again = this.queue.claimNext("A").orElseThrow();
		assertThat(again.attempts()).isEqualTo(2);
		assertThat(this.queue.fail(again, "IllegalStateException: boom again", 5)).isFalse();
		Optional<JobStatus> status = this.queue.latest(id);
		assertThat(status).hasValueSatisfying((s) -> {
			assertThat(s.status()).isEqualTo("FAILED");
			assertThat(s.error()).contains("boom again");
		});
	}

	@Test
	void enqueuingTwiceKeepsOnePendingJob() {
		long id = article("d");
		this.queue.enqueue(id, "SUBMITTED", 5);
		this.queue.enqueue(id, "REQUESTED", 5);
		assertThat(this.jdbc.sql("select count(*) from extraction_job").query(Long.class).single()).isEqualTo(1);
	}

	@Test
	void articlesExtractedByAnOlderVersionAreQueuedAgain() {
		long old = article("e");
		long current = article("f");
		this.queue.enqueue(old, "SUBMITTED", 5);
		this.queue.complete(this.queue.claimNext("A").orElseThrow(), "0.9.0", 10);
		this.queue.enqueue(current, "SUBMITTED", 5);
		this.queue.complete(this.queue.claimNext("A").orElseThrow(), "1.0.0", 10);
		assertThat(this.queue.enqueueOutdated("1.0.0", 5)).isEqualTo(1);
		assertThat(this.queue.claimNext("A")).hasValueSatisfying((j) -> assertThat(j.articleId()).isEqualTo(old));
	}

	@Test
	void editorsSeeJobsWithTheirArticle() {
		long id = article("h");
		this.queue.enqueue(id, "SUBMITTED", 5);
		assertThat(this.queue.forArticle(id)).singleElement().satisfies((row) -> {
			assertThat(row.title()).isEqualTo("T");
			assertThat(row.status()).isEqualTo("PENDING");
			assertThat(row.reason()).isEqualTo("SUBMITTED");
		});
		assertThat(this.queue.recent(10)).extracting(JobRow::articleId).containsExactly(id);
	}

	@Test
	void jobsOfADeadInstanceAreReleased() {
		long id = article("g");
		this.queue.enqueue(id, "SUBMITTED", 5);
		this.queue.claimNext("dead");
		this.jdbc.sql("update extraction_job set locked_at = now() - interval '1 hour'").update();
		assertThat(this.queue.releaseStale(java.time.Duration.ofMinutes(10))).isEqualTo(1);
		assertThat(this.queue.claimNext("alive")).isPresent();
	}

	private long article(String suffix) {
		return this.jdbc.sql("""
				insert into article (title, url, outlet, published_at, body, content_hash)
				values ('T', :url, 'O', now(), 'B', :hash) returning id""")
			.param("url", "https://example.org/" + suffix)
			.param("hash", suffix)
			.query(Long.class)
			.single();
	}

}
