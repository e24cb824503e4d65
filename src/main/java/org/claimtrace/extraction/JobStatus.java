package org.claimtrace.extraction;

import java.time.OffsetDateTime;

/** The latest extraction job of an article, for editors. */
public record JobStatus(String status, int attempts, String error, String extractorVersion, Long durationMs,
		OffsetDateTime finishedAt) {
}
