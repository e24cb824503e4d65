package org.claimtrace.extraction;

import java.time.OffsetDateTime;

/** One extraction job, for the editors' job pages. */
public record JobRow(Long id, Long articleId, String title, String status, String reason, int attempts, int maxAttempts,
		String error, String extractorVersion, Long durationMs, OffsetDateTime createdAt, OffsetDateTime finishedAt,
		OffsetDateTime runAfter) {
}
