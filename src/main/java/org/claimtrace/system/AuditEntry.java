package org.claimtrace.system;

import java.time.OffsetDateTime;

/** One line of the audit log; states are JSON text. */
public record AuditEntry(Long id, OffsetDateTime occurredAt, String actor, String action, String entityType,
		Long entityId, Long articleId, String beforeState, String afterState) {
}
