package org.claimtrace.extraction.internal;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads numbers written in digits or words ("11,000", "two hundred", "1.5 million", "a
 * dozen").
 */
final class NumberWords {

	private static final Map<String, Long> UNITS = Map.ofEntries(Map.entry("zero", 0L), Map.entry("one", 1L),
			Map.entry("two", 2L), Map.entry("three", 3L), Map.entry("four", 4L), Map.entry("five", 5L),
			Map.entry("six", 6L), Map.entry("seven", 7L), Map.entry("eight", 8L), Map.entry("nine", 9L),
			Map.entry("ten", 10L), Map.entry("eleven", 11L), Map.entry("twelve", 12L), Map.entry("thirteen", 13L),
			Map.entry("fourteen", 14L), Map.entry("fifteen", 15L), Map.entry("sixteen", 16L),
			Map.entry("seventeen", 17L), Map.entry("eighteen", 18L), Map.entry("nineteen", 19L),
			Map.entry("twenty", 20L), Map.entry("thirty", 30L), Map.entry("forty", 40L), Map.entry("fifty", 50L),
			Map.entry("sixty", 60L), Map.entry("seventy", 70L), Map.entry("eighty", 80L), Map.entry("ninety", 90L),
			Map.entry("dozen", 12L));

	// "1.9mn people", "2bn": the Financial Times' abbreviations ("m" would be metres)
	private static final Map<String, Long> SCALES = Map.of("hundred", 100L, "thousand", 1_000L, "million", 1_000_000L,
			"billion", 1_000_000_000L, "mn", 1_000_000L, "bn", 1_000_000_000L);

	/** Vague plurals, counted at least as much as ACLED/UCDP do. */
	private static final Map<String, Long> VAGUE = Map.of("dozens", 12L, "scores", 20L, "hundreds", 100L, "thousands",
			1_000L, "tens", 10L, "millions", 1_000_000L);

	private static final Pattern DIGITS = Pattern.compile("\\d{1,3}(,\\d{3})+(\\.\\d+)?|\\d+(\\.\\d+)?");

	private NumberWords() {
	}

	static boolean isNumberWord(String word) {
		String w = word.toLowerCase(Locale.ROOT);
		return UNITS.containsKey(w) || SCALES.containsKey(w) || VAGUE.containsKey(w);
	}

	static boolean isScale(String word) {
		return SCALES.containsKey(word.toLowerCase(Locale.ROOT));
	}

	static Long vague(String word) {
		return VAGUE.get(word.toLowerCase(Locale.ROOT));
	}

	static boolean isDigits(String word) {
		return DIGITS.matcher(word).matches();
	}

	/**
	 * Value of a single token ("11,000", "twenty", "twenty-three", "hundred"), or null.
	 */
	static BigDecimal tokenValue(String word) {
		String w = word.toLowerCase(Locale.ROOT);
		if (DIGITS.matcher(w).matches()) {
			return new BigDecimal(w.replace(",", ""));
		}
		Long unit = UNITS.get(w);
		if (unit != null) {
			return BigDecimal.valueOf(unit);
		}
		Long scale = SCALES.get(w);
		if (scale != null) {
			return BigDecimal.valueOf(scale);
		}
		Matcher m = Pattern.compile("([a-z]+)-([a-z]+)").matcher(w);
		if (m.matches() && UNITS.containsKey(m.group(1)) && UNITS.containsKey(m.group(2))) {
			return BigDecimal.valueOf(UNITS.get(m.group(1)) + UNITS.get(m.group(2)));
		}
		return null;
	}

	/**
	 * Value of a run of number tokens ("two hundred", "1.5 million", "twenty three"), or
	 * null when the words do not form one number.
	 */
	static BigDecimal value(List<String> words) {
		BigDecimal total = BigDecimal.ZERO;
		BigDecimal current = null;
		for (String word : words) {
			String w = word.toLowerCase(Locale.ROOT);
			if ("and".equals(w) || "-".equals(w)) {
				continue;
			}
			if (SCALES.containsKey(w)) {
				BigDecimal scale = BigDecimal.valueOf(SCALES.get(w));
				BigDecimal base = (current == null) ? BigDecimal.ONE : current;
				if (scale.longValue() >= 1000) {
					total = total.add(base.multiply(scale));
					current = null;
				}
				else {
					current = base.multiply(scale);
				}
				continue;
			}
			if ("dozen".equals(w) && current != null) {
				// "two dozen"
				current = current.multiply(BigDecimal.valueOf(12));
				continue;
			}
			BigDecimal v = tokenValue(w);
			if (v == null) {
				return null;
			}
			current = (current == null) ? v : current.add(v);
		}
		BigDecimal result = (current == null) ? total : total.add(current);
		return result.stripTrailingZeros().scale() < 0 ? result.setScale(0) : result.stripTrailingZeros();
	}

}
