package org.claimtrace.article.importing;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Import jobs in PostgreSQL. A worker claims one with {@code FOR UPDATE SKIP LOCKED};
 * progress is written with each line, so a job whose worker stopped is taken over and
 * resumed after its last recorded line.
 */
@Component
class ImportJobStore {

	private static final String VIEW = """
			select id, file_name, format, status, lines_read, total, saved, duplicates, failed, error, created_by,
			  created_at, started_at, finished_at from import_job""";

	private final JdbcClient jdbc;

	ImportJobStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Long create(String fileName, ImportFormat format, byte[] content, Integer total, String actor) {
		return this.jdbc.sql("""
				insert into import_job (file_name, format, content, total, created_by)
				values (:name, :format, :content, :total, :actor) returning id""")
			.param("name", fileName)
			.param("format", format.name())
			.param("content", content)
			.param("total", total)
			.param("actor", actor)
			.query(Long.class)
			.single();
	}

	/** The oldest pending job, or a running one whose worker has gone silent. */
	Optional<Claimed> claimNext(String worker, Duration staleAfter) {
		return this.jdbc.sql("""
				update import_job set status = 'RUNNING', locked_by = :worker, heartbeat_at = now(),
				  started_at = coalesce(started_at, now())
				where id = (select id from import_job
				            where status = 'PENDING' or (status = 'RUNNING'
				              and (heartbeat_at is null or heartbeat_at < now() - make_interval(secs => :stale)))
				            order by id for update skip locked limit 1)
				returning id, format, lines_read, created_by""")
			.param("worker", worker)
			.param("stale", (double) staleAfter.toMillis() / 1000)
			.query(ImportJobStore::claimed)
			.optional();
	}

	/** This pending job (the command line runs its own job). */
	Optional<Claimed> claim(Long id, String worker) {
		return this.jdbc.sql("""
				update import_job set status = 'RUNNING', locked_by = :worker, heartbeat_at = now(),
				  started_at = coalesce(started_at, now())
				where id = :id and status = 'PENDING'
				returning id, format, lines_read, created_by""")
			.param("worker", worker)
			.param("id", id)
			.query(ImportJobStore::claimed)
			.optional();
	}

	byte[] content(Long id) {
		return this.jdbc.sql("select content from import_job where id = :id")
			.param("id", id)
			.query((rs, n) -> rs.getBytes(1))
			.single();
	}

	void total(Long id, int total) {
		this.jdbc.sql("update import_job set total = :total where id = :id")
			.param("id", id)
			.param("total", total)
			.update();
	}

	/** Called in the transaction that saved (or did not save) the line's article. */
	void recordLine(Long id, int line, Outcome outcome, String reason) {
		this.jdbc.sql("""
				update import_job set lines_read = :line, heartbeat_at = now(),
				  saved = saved + :saved, duplicates = duplicates + :duplicates, failed = failed + :failed
				where id = :id""")
			.param("id", id)
			.param("line", line)
			.param("saved", (outcome == Outcome.SAVED) ? 1 : 0)
			.param("duplicates", (outcome == Outcome.DUPLICATE) ? 1 : 0)
			.param("failed", (outcome == Outcome.FAILED) ? 1 : 0)
			.update();
		if (outcome == Outcome.FAILED) {
			this.jdbc.sql("""
					insert into import_failure (import_job_id, line_number, reason) values (:id, :line, :reason)
					on conflict (import_job_id, line_number) do update set reason = excluded.reason""")
				.param("id", id)
				.param("line", line)
				.param("reason", (reason.length() > 1000) ? reason.substring(0, 999) + "…" : reason)
				.update();
		}
	}

	/** Blank lines at the end count as read. */
	void finish(Long id, String status, String error, Integer linesRead) {
		this.jdbc.sql("""
				update import_job set status = :status, error = :error, finished_at = now(), locked_by = null,
				  heartbeat_at = now(), lines_read = greatest(lines_read, coalesce(:lines, 0))
				where id = :id""")
			.param("id", id)
			.param("status", status)
			.param("error", (error != null && error.length() > 2000) ? error.substring(0, 1999) + "…" : error)
			.param("lines", linesRead)
			.update();
	}

	Optional<ImportJobView> find(Long id) {
		return this.jdbc.sql(VIEW + " where id = :id").param("id", id).query(ImportJobStore::view).optional();
	}

	List<ImportJobView> recent(int limit) {
		return this.jdbc.sql(VIEW + " order by created_at desc, id desc limit :limit")
			.param("limit", limit)
			.query(ImportJobStore::view)
			.list();
	}

	List<ImportFailure> failures(Long id, int limit) {
		return this.jdbc.sql("""
				select line_number, reason from import_failure where import_job_id = :id
				order by line_number limit :limit""")
			.param("id", id)
			.param("limit", limit)
			.query((rs, n) -> new ImportFailure(rs.getInt(1), rs.getString(2)))
			.list();
	}

	private static Claimed claimed(ResultSet rs, int n) throws SQLException {
		return new Claimed(rs.getLong("id"), ImportFormat.valueOf(rs.getString("format")), rs.getInt("lines_read"),
				rs.getString("created_by"));
	}

	private static ImportJobView view(ResultSet rs, int n) throws SQLException {
		return new ImportJobView(rs.getLong("id"), rs.getString("file_name"), rs.getString("format"),
				rs.getString("status"), rs.getInt("lines_read"), (Integer) rs.getObject("total"), rs.getInt("saved"),
				rs.getInt("duplicates"), rs.getInt("failed"), rs.getString("error"), rs.getString("created_by"),
				instant(rs.getTimestamp("created_at")), instant(rs.getTimestamp("started_at")),
				instant(rs.getTimestamp("finished_at")));
	}

	private static Instant instant(Timestamp timestamp) {
		return (timestamp != null) ? timestamp.toInstant() : null;
	}

	enum Outcome {

		SAVED, DUPLICATE, FAILED

	}

	/**
	 * @param linesRead lines already processed: resume after them
	 */
	record Claimed(Long id, ImportFormat format, int linesRead, String createdBy) {
	}

}
