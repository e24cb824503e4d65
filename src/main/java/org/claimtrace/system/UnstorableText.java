package org.claimtrace.system;

import java.sql.SQLException;

import org.springframework.dao.DataIntegrityViolationException;

/**
 * Recognises PostgreSQL refusing a value that is not text it can store (SQLSTATE 22021,
 * "invalid byte sequence": a NUL character). Inputs validated with {@link PlainText}
 * never get there; this turns any other field that slips through into a 400, not a 500.
 * The transaction was rolled back, so nothing was saved.
 */
final class UnstorableText {

	static final String DETAIL = "The input holds a NUL character or other binary data, which cannot be stored; "
			+ "nothing was saved. Send plain text.";

	private UnstorableText() {
	}

	static boolean is(DataIntegrityViolationException ex) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (cause instanceof SQLException sql && "22021".equals(sql.getSQLState())) {
				return true;
			}
		}
		return false;
	}

}
