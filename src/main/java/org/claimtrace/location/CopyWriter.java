package org.claimtrace.location;

import java.nio.charset.StandardCharsets;
import java.sql.SQLException;

import org.postgresql.copy.CopyIn;

/** Streams rows to a PostgreSQL COPY ... FROM STDIN (text format) in 256 KB chunks. */
final class CopyWriter implements AutoCloseable {

	private final CopyIn copyIn;

	private final StringBuilder buffer = new StringBuilder(1 << 18);

	private long rows;

	CopyWriter(CopyIn copyIn) {
		this.copyIn = copyIn;
	}

	void row(Object... values) throws SQLException {
		for (int i = 0; i < values.length; i++) {
			if (i > 0) {
				this.buffer.append('\t');
			}
			Object value = values[i];
			if (value == null) {
				this.buffer.append("\\N");
			}
			else {
				escape(value.toString());
			}
		}
		this.buffer.append('\n');
		this.rows++;
		if (this.buffer.length() > (1 << 18) - 4096) {
			flush();
		}
	}

	private void escape(String s) {
		for (int i = 0; i < s.length(); i++) {
			char c = s.charAt(i);
			switch (c) {
				case '\\' -> this.buffer.append("\\\\");
				case '\t' -> this.buffer.append("\\t");
				case '\n' -> this.buffer.append("\\n");
				case '\r' -> this.buffer.append("\\r");
				default -> this.buffer.append(c);
			}
		}
	}

	private void flush() throws SQLException {
		byte[] bytes = this.buffer.toString().getBytes(StandardCharsets.UTF_8);
		this.copyIn.writeToCopy(bytes, 0, bytes.length);
		this.buffer.setLength(0);
	}

	long rows() {
		return this.rows;
	}

	@Override
	public void close() throws SQLException {
		flush();
		this.copyIn.endCopy();
	}

}
