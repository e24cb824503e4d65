package org.claimtrace.location;

import java.util.List;

/**
 * A gazetteer row: a country, a first-level region or a populated place. Regions from the
 * shipped data have no geonamesId (admin1CodesASCII ids are not in the npm package) until
 * a country dump with its ADM1 rows is imported; they are identified by countryCode +
 * admin1Code. {@code locationId} is the row in the location table when the index was
 * built from the database: the only key of places editors add (they have no GeoNames id).
 */
record GazetteerEntry(Long geonamesId, String name, String asciiName, char featureClass, String featureCode,
		String countryCode, String admin1Code, double latitude, double longitude, long population, Precision precision,
		List<String> names, Long locationId) {

	GazetteerEntry(Long geonamesId, String name, String asciiName, char featureClass, String featureCode,
			String countryCode, String admin1Code, double latitude, double longitude, long population,
			Precision precision, List<String> names) {
		this(geonamesId, name, asciiName, featureClass, featureCode, countryCode, admin1Code, latitude, longitude,
				population, precision, names, null);
	}

	GazetteerEntry withoutNames() {
		return new GazetteerEntry(this.geonamesId, this.name, this.asciiName, this.featureClass, this.featureCode,
				this.countryCode, this.admin1Code, this.latitude, this.longitude, this.population, this.precision,
				List.of(), this.locationId);
	}

	static GazetteerEntry ofPlace(GeoName g) {
		List<String> names = new java.util.ArrayList<>(g.alternateNames().size() + 2);
		names.add(g.name());
		if (g.asciiName() != null) {
			names.add(g.asciiName());
		}
		names.addAll(g.alternateNames());
		return new GazetteerEntry(g.geonameId(), g.name(), g.asciiName(), 'P', g.featureCode(), g.countryCode(),
				g.admin1Code(), g.latitude(), g.longitude(), g.population(),
				Precision.ofPlace(g.featureCode(), g.population()), names);
	}

}
