package org.claimtrace.extraction.internal;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import edu.stanford.nlp.ling.CoreLabel;

/**
 * A light stand-in for SUTime (which costs about half of the NER time): tags weekdays,
 * months, day numbers after a month, years and clock times as DATE or TIME where NER left
 * them O or NUMBER.
 */
final class DateTagger {

	private static final Set<String> WEEKDAYS = Set.of("monday", "tuesday", "wednesday", "thursday", "friday",
			"saturday", "sunday", "today", "yesterday", "tonight", "tomorrow");

	private static final Set<String> MONTHS = Set.of("january", "february", "march", "april", "june", "july", "august",
			"september", "october", "november", "december", "jan.", "feb.", "mar.", "apr.", "jun.", "jul.", "aug.",
			"sep.", "sept.", "oct.", "nov.", "dec.", "jan", "feb", "aug", "sept", "oct", "nov", "dec");

	private static final Pattern YEAR = Pattern.compile("(1[89]|20)\\d\\d");

	private static final Pattern CLOCK = Pattern.compile("\\d{1,2}:\\d{2}|a\\.m\\.|p\\.m\\.|\\d{1,2}(am|pm)");

	private static final Pattern DAY = Pattern.compile("\\d{1,2}(st|nd|rd|th)?");

	private DateTagger() {
	}

	static void tag(List<CoreLabel> tokens) {
		for (int i = 0; i < tokens.size(); i++) {
			CoreLabel token = tokens.get(i);
			if (!"O".equals(token.ner()) && !"NUMBER".equals(token.ner())) {
				continue;
			}
			String word = token.word().toLowerCase(Locale.ROOT);
			String previous = (i > 0) ? tokens.get(i - 1).word().toLowerCase(Locale.ROOT) : "";
			String next = (i + 1 < tokens.size()) ? tokens.get(i + 1).word() : "";
			boolean month = MONTHS.contains(word) && Character.isUpperCase(token.word().charAt(0))
					|| "May".equals(token.word()) && DAY.matcher(next).matches();
			if (WEEKDAYS.contains(word)
					&& (Character.isUpperCase(token.word().charAt(0)) || word.startsWith("to")
							|| word.startsWith("yes"))
					|| month || YEAR.matcher(word).matches() && "CD".equals(token.tag())
					|| DAY.matcher(word).matches() && "CD".equals(token.tag()) && MONTHS.contains(previous)) {
				token.setNER("DATE");
			}
			else if (CLOCK.matcher(word).matches()
					&& (word.contains(":") || i > 0 && "CD".equals(tokens.get(i - 1).tag())
							|| word.endsWith("m") && Character.isDigit(word.charAt(0)))) {
				token.setNER("TIME");
			}
		}
	}

}
