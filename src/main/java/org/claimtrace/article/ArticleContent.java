package org.claimtrace.article;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.HexFormat;

/**
 * What an editor submits, from the form, the API or an import: validated input,
 * normalised once here.
 */
public record ArticleContent(String title, String url, String outlet, String author, Instant publishedAt, String body,
		ArticleStatus status) {

	public static final int MAX_BODY_BYTES = 5 * 1024 * 1024;

	public ArticleContent {
		title = title.strip();
		url = url.strip();
		outlet = outlet.strip();
		author = (author == null || author.isBlank()) ? null : author.strip();
		body = body.replace("\r\n", "\n").strip();
		status = (status != null) ? status : ArticleStatus.PUBLISHED;
	}

	/**
	 * A publication date as the API and imports take it: an ISO date (midnight UTC) or an
	 * ISO date-time with its offset; null when it is neither.
	 */
	public static Instant parsePublishedAt(String value) {
		String text = value.strip();
		try {
			return (text.length() <= 10) ? LocalDate.parse(text).atStartOfDay(ZoneOffset.UTC).toInstant()
					: OffsetDateTime.parse(text).toInstant();
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

	/** Identical bodies are recognised whatever their whitespace. */
	String contentHash() {
		String normalized = this.body.replaceAll("\\s+", " ").strip();
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(normalized.getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
