package org.claimtrace.extraction;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The job queue in PostgreSQL: survives restarts; {@code FOR UPDATE SKIP LOCKED} lets
 * several app instances take jobs without blocking each other or taking the same one.
 */
@Component
class ExtractionJobQueue {

	private static final String JOB_ROWS = """
			select j.id, j.article_id, a.title, j.status, j.reason, j.attempts, j.max_attempts, j.error,
			  j.extractor_version, j.duration_ms, j.created_at, j.finished_at, j.run_after
			from extraction_job j join article a on a.id = j.article_id""";

	private final JdbcClient jdbc;

	ExtractionJobQueue(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * One pending job per article is enough: a newer request supersedes a waiting one.
	 */
	void enqueue(Long articleId, String reason, int maxAttempts) {
		int updated = this.jdbc.sql("""
				update extraction_job set reason = :reason, run_after = now(), updated_at = now()
				where article_id = :article and status = 'PENDING'""")
			.param("article", articleId)
			.param("reason", reason)
			.update();
		if (updated == 0) {
			this.jdbc.sql("""
					insert into extraction_job (article_id, reason, max_attempts) values (:article, :reason, :max)""")
				.param("article", articleId)
				.param("reason", reason)
				.param("max", maxAttempts)
				.update();
		}
	}

	Optional<Job> claimNext(String worker) {
		return this.jdbc.sql("""
				update extraction_job set status = 'RUNNING', attempts = attempts + 1, locked_by = :worker,
				  locked_at = now(), started_at = now(), updated_at = now()
				where id = (select id from extraction_job where status = 'PENDING' and run_after <= now()
				            order by run_after, id for update skip locked limit 1)
				returning id, article_id, attempts, max_attempts""")
			.param("worker", worker)
			.query((rs, n) -> new Job(rs.getLong("id"), rs.getLong("article_id"), rs.getInt("attempts"),
					rs.getInt("max_attempts")))
			.optional();
	}

	void complete(Job job, String extractorVersion, long durationMs) {
		this.jdbc.sql("""
				update extraction_job set status = 'DONE', finished_at = now(), duration_ms = :ms, error = null,
				  extractor_version = :version, locked_by = null, updated_at = now() where id = :id""")
			.param("id", job.id())
			.param("ms", durationMs)
			.param("version", extractorVersion)
			.update();
	}

	/**
	 * Back off exponentially (30 s, 1 min, 2 min, ...) until the attempts run out; keep
	 * the error.
	 */
	boolean fail(Job job, String error, long durationMs) {
		boolean retry = job.attempts() < job.maxAttempts();
		Duration backoff = Duration.ofSeconds(30L << Math.min(job.attempts() - 1, 10));
		this.jdbc.sql("""
				update extraction_job set status = :status, finished_at = now(), duration_ms = :ms, error = :error,
				  run_after = now() + make_interval(secs => :backoff), locked_by = null, updated_at = now()
				where id = :id""")
			.param("id", job.id())
			.param("status", retry ? "PENDING" : "FAILED")
			.param("ms", durationMs)
			.param("error", error)
			.param("backoff", (double) backoff.toSeconds())
			.update();
		return retry;
	}

	/** Jobs left RUNNING by an instance that died are handed out again. */
	int releaseStale(Duration olderThan) {
		return this.jdbc.sql("""
				update extraction_job set status = 'PENDING', locked_by = null, updated_at = now()
				where status = 'RUNNING' and locked_at < now() - make_interval(secs => :secs)""")
			.param("secs", (double) olderThan.toSeconds())
			.update();
	}

	/** Articles last extracted by another extractor version are extracted again. */
	int enqueueOutdated(String extractorVersion, int maxAttempts) {
		return this.jdbc
			.sql("""
					insert into extraction_job (article_id, reason, max_attempts)
					select a.id, 'EXTRACTOR_UPGRADE', :max from article a
					where not exists (select 1 from extraction_job j where j.article_id = a.id and j.status in ('PENDING', 'RUNNING'))
					  and exists (select 1 from extraction_job j where j.article_id = a.id and j.status = 'DONE')
					  and not exists (select 1 from extraction_job j where j.article_id = a.id and j.status = 'DONE'
					                  and j.extractor_version = :version)""")
			.param("version", extractorVersion)
			.param("max", maxAttempts)
			.update();
	}

	Optional<JobStatus> latest(Long articleId) {
		return this.jdbc.sql("""
				select status, attempts, error, extractor_version, duration_ms, finished_at from extraction_job
				where article_id = :article order by created_at desc, id desc limit 1""")
			.param("article", articleId)
			.query(JobStatus.class)
			.optional();
	}

	List<JobRow> recent(int limit) {
		return this.jdbc.sql(JOB_ROWS + " order by j.created_at desc, j.id desc limit :limit")
			.param("limit", limit)
			.query(JobRow.class)
			.list();
	}

	List<JobRow> forArticle(Long articleId) {
		return this.jdbc.sql(JOB_ROWS + " where j.article_id = :article order by j.created_at desc, j.id desc")
			.param("article", articleId)
			.query(JobRow.class)
			.list();
	}

	java.util.Map<String, Long> countByStatus() {
		java.util.Map<String, Long> counts = new java.util.LinkedHashMap<>();
		for (String status : List.of("PENDING", "RUNNING", "DONE", "FAILED")) {
			counts.put(status, 0L);
		}
		this.jdbc.sql("select status, count(*) from extraction_job group by status")
			.query((rs, n) -> counts.put(rs.getString(1), rs.getLong(2)))
			.list();
		return counts;
	}

	List<JobRow> failed(int limit) {
		return this.jdbc
			.sql(JOB_ROWS + " where j.status = 'FAILED' order by j.finished_at desc nulls last, j.id desc limit :limit")
			.param("limit", limit)
			.query(JobRow.class)
			.list();
	}

	boolean retry(Long jobId) {
		return this.jdbc.sql("""
				update extraction_job set status = 'PENDING', attempts = 0, run_after = now(), reason = 'RETRY',
				  locked_by = null, updated_at = now() where id = :id and status = 'FAILED'""")
			.param("id", jobId)
			.update() == 1;
	}

	record Job(long id, long articleId, int attempts, int maxAttempts) {
	}

}
