package org.claimtrace.claim;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.util.Locale;

/**
 * Figures as readers read them everywhere on the site: "at least 12", "20–30 km", "about
 * 11,000", "est. 200".
 */
final class Figures {

	private Figures() {
	}

	static String format(BigDecimal min, BigDecimal max, String unit, String qualifier) {
		if (min == null) {
			return "unquantified";
		}
		NumberFormat format = NumberFormat.getNumberInstance(Locale.UK);
		String value = format.format(min);
		if (max != null && max.compareTo(min) != 0) {
			value = value + "\u2013" + format.format(max);
		}
		if (unit != null) {
			value = value + " " + unit;
		}
		String prefix = switch (String.valueOf(qualifier).toUpperCase(Locale.ROOT)) {
			case "AT_LEAST" -> "at least ";
			case "MORE_THAN" -> "more than ";
			case "AT_MOST" -> "at most ";
			case "UP_TO" -> "up to ";
			case "APPROXIMATELY" -> "about ";
			default -> "";
		};
		return prefix + value;
	}

	/** One number to plot: the value, or the middle of a range. */
	static BigDecimal plotted(BigDecimal min, BigDecimal max) {
		if (min == null) {
			return null;
		}
		if (max == null || max.compareTo(min) == 0) {
			return min.stripTrailingZeros();
		}
		return min.add(max).divide(BigDecimal.valueOf(2), 2, RoundingMode.HALF_UP).stripTrailingZeros();
	}

}
