package org.claimtrace.location;

import java.util.List;

/**
 * One row of the GeoNames "geoname" table (the 19-column tab format of allCountries.txt,
 * XX.txt and cities500.txt), keeping the columns the gazetteer uses.
 */
record GeoName(long geonameId, String name, String asciiName, List<String> alternateNames, double latitude,
		double longitude, char featureClass, String featureCode, String countryCode, String admin1Code,
		long population) {

	boolean isPopulatedPlace() {
		return this.featureClass == 'P';
	}

	boolean isAdmin1() {
		return this.featureClass == 'A' && "ADM1".equals(this.featureCode);
	}

}
