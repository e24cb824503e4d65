package org.claimtrace.location;

import java.util.Locale;

/**
 * How precisely a place is located. Stored upper case (location.precision), reported
 * lower case in {@link ResolvedPlace#precision()} together with "unresolved".
 * <p>
 * CITY: capitals and seats of first- and second-level divisions (PPLC, PPLA, PPLA2, PPLG)
 * or 15,000+ people; VILLAGE: every other populated place (GeoNames has no reliable
 * town/village distinction).
 */
enum Precision {

	COUNTRY, REGION, CITY, VILLAGE;

	/** A town or village, not a country or region. */
	boolean populated() {
		return this == CITY || this == VILLAGE;
	}

	static final String UNRESOLVED = "unresolved";

	static final long CITY_POPULATION = 15_000;

	static Precision ofPlace(String featureCode, long population) {
		if (featureCode != null && (featureCode.equals("PPLC") || featureCode.equals("PPLA")
				|| featureCode.equals("PPLA2") || featureCode.equals("PPLG"))) {
			return CITY;
		}
		return (population >= CITY_POPULATION) ? CITY : VILLAGE;
	}

	String apiName() {
		return name().toLowerCase(Locale.ROOT);
	}

}
