package org.claimtrace.article.importing;

import java.util.Locale;

/** JSON Lines (one article per line) or an RSS/Atom feed (one article per item). */
enum ImportFormat {

	JSONL, FEED;

	/**
	 * The format chosen, else from the file name, else from the first character.
	 * @throws IllegalArgumentException when it cannot be told
	 */
	static ImportFormat detect(String chosen, String fileName, byte[] content) {
		if (chosen != null && !chosen.isBlank() && !"auto".equalsIgnoreCase(chosen.strip())) {
			String name = chosen.strip().toUpperCase(Locale.ROOT);
			return switch (name) {
				case "JSONL", "NDJSON", "JSON" -> JSONL;
				case "FEED", "RSS", "ATOM", "XML" -> FEED;
				default ->
					throw new IllegalArgumentException("Unknown format " + chosen.strip() + ": use JSONL, RSS or ATOM");
			};
		}
		String lower = (fileName != null) ? fileName.toLowerCase(Locale.ROOT) : "";
		if (lower.endsWith(".jsonl") || lower.endsWith(".ndjson") || lower.endsWith(".json")) {
			return JSONL;
		}
		if (lower.endsWith(".xml") || lower.endsWith(".rss") || lower.endsWith(".atom")) {
			return FEED;
		}
		for (int i = 0; i < content.length; i++) {
			char c = (char) (content[i] & 0xff);
			if (c == '{') {
				return JSONL;
			}
			if (c == '<') {
				return FEED;
			}
			if (!Character.isWhitespace(c) && c != 0xef && c != 0xbb && c != 0xbf) {
				break;
			}
		}
		throw new IllegalArgumentException(
				"Cannot tell the format of this file: choose JSON Lines or RSS/Atom, or name it .jsonl or .xml");
	}

}
