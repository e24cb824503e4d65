package org.claimtrace.article.importing;

import java.time.Instant;

/** What the progress page and {@code GET /api/v1/imports/{id}} show of a job. */
record ImportJobView(Long id, String fileName, String format, String status, int linesRead, Integer total, int saved,
		int duplicates, int failed, String error, String createdBy, Instant createdAt, Instant startedAt,
		Instant finishedAt) {

	public boolean isFinished() {
		return "DONE".equals(this.status) || "FAILED".equals(this.status);
	}

	/** Percentage of lines read, when the total is known. */
	public int percent() {
		if (this.total == null || this.total == 0) {
			return isFinished() ? 100 : 0;
		}
		return Math.min(100, (int) (100L * this.linesRead / this.total));
	}

}
