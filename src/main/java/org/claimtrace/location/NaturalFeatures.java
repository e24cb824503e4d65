package org.claimtrace.location;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * Oceans, seas and large natural regions with their GeoNames ids and points
 * (geonames/features.tsv): what the populated-places gazetteer lacks and news name
 * without a country ("the North Sea", "the Atlantic", "the Sahara").
 */
final class NaturalFeatures {

	static final String RESOURCE = "/geonames/features.tsv";

	record Feature(long geonamesId, String name, double latitude, double longitude, String featureCode) {
	}

	private static final Map<String, Feature> BY_NAME = read();

	private NaturalFeatures() {
	}

	/** The feature of that normalized name, or null. */
	static Feature named(String normalized) {
		return BY_NAME.get(normalized);
	}

	private static Map<String, Feature> read() {
		Map<String, Feature> byName = new HashMap<>();
		try (InputStream in = GeoNamesReader.resource(RESOURCE);
				BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
			String line;
			while ((line = reader.readLine()) != null) {
				if (line.isBlank() || line.startsWith("#")) {
					continue;
				}
				String[] f = line.split("\t", -1);
				Feature feature = new Feature(Long.parseLong(f[0]), f[1], Double.parseDouble(f[2]),
						Double.parseDouble(f[3]), f[4]);
				byName.put(NameNormalizer.normalize(f[1]), feature);
				if (f.length > 5 && !f[5].isBlank()) {
					for (String other : f[5].split(",")) {
						byName.put(NameNormalizer.normalize(other.strip()), feature);
					}
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return Map.copyOf(byName);
	}

}
