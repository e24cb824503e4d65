package org.claimtrace.article.importing;

import java.time.Instant;
import java.util.List;

/** An import job as {@code GET /api/v1/imports/{id}} shows it. */
record ImportResponse(Long id, String fileName, String format, String status, int linesRead, Integer total, int saved,
		int duplicates, int failed, String error, Instant createdAt, Instant startedAt, Instant finishedAt,
		List<ImportFailure> failures, Links links) {

	static ImportResponse of(ImportJobView job, List<ImportFailure> failures) {
		return new ImportResponse(job.id(), job.fileName(), job.format(), job.status(), job.linesRead(), job.total(),
				job.saved(), job.duplicates(), job.failed(), job.error(), job.createdAt(), job.startedAt(),
				job.finishedAt(), failures, new Links("/api/v1/imports/" + job.id(), "/admin/imports/" + job.id()));
	}

	/**
	 * @param self this JSON
	 * @param page the progress page for people
	 */
	record Links(String self, String page) {
	}

}
