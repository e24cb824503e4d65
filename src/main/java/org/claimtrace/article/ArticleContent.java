package org.claimtrace.article;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
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
