package org.claimtrace.location;

import java.text.Normalizer;
import java.util.Locale;

/**
 * The key under which names are stored (location_name.normalized) and looked up: lower
 * case, accents and apostrophes stripped, hyphens and runs of spaces folded to one space
 * ("Donets'k" = "Donetsk", "Ivano-Frankivsk" = "ivano frankivsk").
 */
final class NameNormalizer {

	private NameNormalizer() {
	}

	static String normalize(String name) {
		if (name == null) {
			return "";
		}
		String decomposed = Normalizer.normalize(name, Normalizer.Form.NFD);
		StringBuilder out = new StringBuilder(decomposed.length());
		boolean space = false;
		for (int i = 0; i < decomposed.length(); i++) {
			char c = decomposed.charAt(i);
			int type = Character.getType(c);
			if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
					|| type == Character.COMBINING_SPACING_MARK) {
				continue;
			}
			switch (c) {
				case '\'', '\u2019', '\u2018', '\u02bc', '\u02b9', '`', '\u00b4', '"', '\u201c', '\u201d', '.' -> {
					continue;
				}
				case '-', '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '_', ',', '/', '(', ')' -> c = ' ';
				case '\u00df' -> {
					out.append("ss");
					space = false;
					continue;
				}
				case '\u0142', '\u0141' -> c = 'l';
				case '\u00f8', '\u00d8' -> c = 'o';
				case '\u0111', '\u0110' -> c = 'd';
				case '\u0131' -> c = 'i';
				case '\u00e6', '\u00c6' -> {
					out.append("ae");
					space = false;
					continue;
				}
				default -> {
				}
			}
			if (Character.isWhitespace(c) || c == '\u00a0') {
				if (!space && out.length() > 0) {
					out.append(' ');
					space = true;
				}
				continue;
			}
			out.append(Character.toLowerCase(c));
			space = false;
		}
		int len = out.length();
		if (len > 0 && out.charAt(len - 1) == ' ') {
			out.setLength(len - 1);
		}
		return out.toString().toLowerCase(Locale.ROOT);
	}

	/**
	 * True when the normalized key has at least one Latin letter (the in-memory index
	 * keeps only these).
	 */
	static boolean isLatin(String normalized) {
		for (int i = 0; i < normalized.length(); i++) {
			char c = normalized.charAt(i);
			if (c >= 'a' && c <= 'z') {
				return true;
			}
		}
		return false;
	}

}
