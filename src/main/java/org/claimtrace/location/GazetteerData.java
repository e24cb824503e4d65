package org.claimtrace.location;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The base gazetteer assembled from the shipped GeoNames data: countries (countries.tsv),
 * first-level regions (admin1.json) and populated places of 500+ people (cities500.txt).
 * <p>
 * Region ids come from admin1-ids.tsv where shipped (UA, RU, SY, US), else stay null
 * until a dump import. Neither source has coordinates for countries and regions, so a
 * region is placed at its seat (the most populous PPLA of the region, else its most
 * populous place: Kursk Oblast at Kursk 51.74,36.19) when the seat lies within 100 km of
 * the middle of the span of latitudes and longitudes its populated places cover, else at
 * its populated place nearest that middle (near GeoNames' own ADM1 point, which lies
 * inside the region: Queensland at -20,145 rather than at Brisbane on its south-eastern
 * edge, 1,100 km away; a place, as the middle itself may lie in the sea or a neighbour),
 * and a country at GeoNames' own point (country-points.tsv), else at the median
 * latitude/longitude of its populated places. A dump import replaces region coordinates
 * with GeoNames' own ADM1 point.
 */
final class GazetteerData {

	/**
	 * English names news use that GeoNames countryInfo lacks, and former names history
	 * and obituaries still use ("Ceylon", "Siam", "Zaire", "Persia").
	 */
	static final Map<String, List<String>> COUNTRY_ALIASES = Map.ofEntries(
			Map.entry("US", List.of("USA", "US", "U.S.", "U.S.A.", "United States of America", "America")),
			Map.entry("GB", List.of("UK", "U.K.", "Britain", "Great Britain")),
			Map.entry("RU", List.of("Russian Federation")), Map.entry("KP", List.of("DPRK")),
			Map.entry("KR", List.of("Republic of Korea")), Map.entry("CZ", List.of("Czech Republic")),
			Map.entry("CI", List.of("Cote d'Ivoire", "Côte d'Ivoire")), Map.entry("MM", List.of("Burma")),
			Map.entry("TR", List.of("Türkiye", "Turkiye")),
			Map.entry("PS", List.of("Palestine", "Palestinian Territories", "Palestinian territories")),
			Map.entry("CD", List.of("DR Congo", "DRC", "Democratic Republic of Congo", "Congo-Kinshasa", "Zaire")),
			Map.entry("AE", List.of("UAE")), Map.entry("CV", List.of("Cape Verde")),
			Map.entry("TL", List.of("East Timor", "Timor-Leste")), Map.entry("MK", List.of("Macedonia")),
			Map.entry("BA", List.of("Bosnia", "Bosnia-Herzegovina")), Map.entry("SZ", List.of("Swaziland")),
			Map.entry("VA", List.of("Vatican City", "Holy See")), Map.entry("NL", List.of("Holland")),
			Map.entry("MD", List.of("Republic of Moldova")), Map.entry("CN", List.of("People's Republic of China")),
			Map.entry("TW", List.of("Republic of China")), Map.entry("SY", List.of("Syrian Arab Republic")),
			Map.entry("IR", List.of("Islamic Republic of Iran", "Persia")), Map.entry("LA", List.of("Lao PDR")),
			Map.entry("CG", List.of("Republic of Congo", "Congo-Brazzaville")), Map.entry("VN", List.of("Viet Nam")),
			Map.entry("LK", List.of("Ceylon")), Map.entry("TH", List.of("Siam")), Map.entry("KH", List.of("Kampuchea")),
			Map.entry("BF", List.of("Upper Volta")), Map.entry("BJ", List.of("Dahomey")),
			// the main island of a two-island state, which news names for the state
			Map.entry("TT", List.of("Trinidad")), Map.entry("AG", List.of("Antigua")),
			Map.entry("KN", List.of("St Kitts", "St. Kitts", "Saint Kitts")),
			Map.entry("VC", List.of("St Vincent", "St. Vincent", "Saint Vincent")));

	private static final Pattern REGION_SUFFIX = Pattern
		.compile("(?i)\\s+(oblast'?|region|province|krai|kray|governorate|voivodeship|county|prefecture|"
				+ "autonomous okrug|okrug|state|republic|city|municipality|territory|district|department)$");

	private static final Pattern REGION_PREFIX = Pattern.compile("(?i)^(republic of|province of|state of)\\s+");

	private static final Set<String> OBLAST_COUNTRIES = Set.of("RU", "UA", "BY", "KZ", "KG");

	/** Arab countries whose first-level regions news calls governorates. */
	private static final Set<String> GOVERNORATE_COUNTRIES = Set.of("SY", "IQ", "YE", "EG", "JO", "LB", "BH", "KW",
			"OM", "TN");

	final List<GazetteerEntry> countries;

	final List<GazetteerEntry> regions;

	final List<GazetteerEntry> places;

	final Map<String, List<String>> neighbours;

	private GazetteerData(List<GazetteerEntry> countries, List<GazetteerEntry> regions, List<GazetteerEntry> places,
			Map<String, List<String>> neighbours) {
		this.countries = countries;
		this.regions = regions;
		this.places = places;
		this.neighbours = neighbours;
	}

	static GazetteerData fromClasspath() {
		try (InputStream countries = GeoNamesReader.resource(GeoNamesReader.COUNTRIES_RESOURCE);
				InputStream admin1 = GeoNamesReader.resource(GeoNamesReader.ADMIN1_RESOURCE);
				InputStream admin1Ids = GeoNamesReader.resource(GeoNamesReader.ADMIN1_IDS_RESOURCE);
				InputStream cities = GeoNamesReader.resource(GeoNamesReader.CITIES_RESOURCE)) {
			return read(countries, admin1, GeoNamesReader.readAdmin1Ids(admin1Ids), cities);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The names of each shipped country (by GeoNames id), without reading the places. */
	static Map<Long, List<String>> shippedCountryNames() {
		Map<Long, List<String>> names = new HashMap<>();
		try (InputStream in = GeoNamesReader.resource(GeoNamesReader.COUNTRIES_RESOURCE)) {
			for (GeoNamesReader.Country country : GeoNamesReader.readCountries(in)) {
				names.put(country.geonameId(), countryNames(country));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return names;
	}

	static GazetteerData read(InputStream countriesIn, InputStream admin1In, Map<String, Long> admin1Ids,
			InputStream citiesIn) {
		List<GeoNamesReader.Country> countryRows = GeoNamesReader.readCountries(countriesIn);
		List<GeoNamesReader.Admin1> admin1Rows = GeoNamesReader.readAdmin1(admin1In);
		List<GazetteerEntry> places = new ArrayList<>(200_000);
		GeoNamesReader.readGeoNames(citiesIn, (g) -> {
			if (g.isPopulatedPlace() && g.countryCode() != null) {
				places.add(GazetteerEntry.ofPlace(g));
			}
		});
		Map<String, double[]> countryPoints = countryMedians(places);
		Map<String, double[]> regionPoints = regionMidpoints(places);
		Map<String, GazetteerEntry> seats = regionSeats(places);
		Map<String, GazetteerEntry> nearest = placesNearest(places, regionPoints);
		seats.forEach((key, seat) -> {
			double[] middle = regionPoints.get(key);
			if (middle != null && distanceKm(middle[0], middle[1], seat.latitude(), seat.longitude()) <= SEAT_NEAR_KM) {
				// a compact region keeps its seat (Kursk Oblast at Kursk)
				regionPoints.put(key, new double[] { seat.latitude(), seat.longitude() });
			}
			else if (nearest.containsKey(key)) {
				// else the region's own place nearest its middle: the middle of Florida's
				// span lies in the Gulf of Mexico, that of Newfoundland and Labrador's in
				// Quebec
				GazetteerEntry near = nearest.get(key);
				regionPoints.put(key, new double[] { near.latitude(), near.longitude() });
			}
		});
		List<GazetteerEntry> countries = new ArrayList<>();
		Map<String, List<String>> neighbours = new HashMap<>();
		Map<String, double[]> geonamesPoints = shippedCountryPoints();
		for (GeoNamesReader.Country c : countryRows) {
			double[] point = geonamesPoints.getOrDefault(c.countryCode(),
					countryPoints.getOrDefault(c.countryCode(), new double[] { 0, 0 }));
			countries.add(new GazetteerEntry(c.geonameId(), c.name(), c.name(), 'A', "PCLI", c.countryCode(), null,
					point[0], point[1], c.population(), Precision.COUNTRY, countryNames(c)));
			neighbours.put(c.countryCode(), c.neighbours());
		}
		List<GazetteerEntry> regions = new ArrayList<>();
		Map<String, double[]> shippedRegionPoints = null;
		Map<String, GazetteerEntry> placesByName = null;
		for (GeoNamesReader.Admin1 a : admin1Rows) {
			double[] point = regionPoints.get(a.countryCode() + "." + a.admin1Code());
			if (point == null) {
				// a region none of whose places carries its code (GeoNames'
				// admin1 list is newer than its places in Norway and Vietnam):
				// the town of its name ("Thanh Hóa Province", "Osh City"), else
				// its shipped point ("Finnmark"), else the median of its country
				if (placesByName == null) {
					placesByName = biggestPlacesByName(places);
					shippedRegionPoints = GeoNamesReader
						.readPoints(GeoNamesReader.resource(GeoNamesReader.REGION_POINTS_RESOURCE));
				}
				GazetteerEntry namesake = placesByName
					.get(a.countryCode() + ":" + NameNormalizer.normalize(regionCore(a.name())));
				point = (namesake != null) ? new double[] { namesake.latitude(), namesake.longitude() }
						: shippedRegionPoints.getOrDefault(a.countryCode() + "." + a.admin1Code(),
								countryPoints.get(a.countryCode()));
			}
			if (point == null) {
				continue;
			}
			regions.add(new GazetteerEntry(admin1Ids.get(a.countryCode() + "." + a.admin1Code()), a.name(), a.name(),
					'A', "ADM1", a.countryCode(), a.admin1Code(), point[0], point[1], 0, Precision.REGION,
					regionNames(a.name(), a.countryCode())));
		}
		return new GazetteerData(List.copyOf(countries), List.copyOf(regions), places, Map.copyOf(neighbours));
	}

	static List<String> countryNames(GeoNamesReader.Country c) {
		Set<String> names = new LinkedHashSet<>();
		names.add(c.name());
		names.addAll(COUNTRY_ALIASES.getOrDefault(c.countryCode(), List.of()));
		return List.copyOf(names);
	}

	/**
	 * The region's name and the forms news use: "Kursk Oblast" -> "Kursk region", "Kursk
	 * province", ...
	 */
	static List<String> regionNames(String name, String countryCode) {
		Set<String> names = new LinkedHashSet<>();
		names.add(name);
		String core = regionCore(name);
		names.add(core);
		names.add(core + " region");
		names.add(core + " province");
		if (OBLAST_COUNTRIES.contains(countryCode)) {
			names.add(core + " oblast");
		}
		if (countryCode.equals("US")) {
			names.add(core + " state");
		}
		if (GOVERNORATE_COUNTRIES.contains(countryCode)) {
			names.add(core + " governorate");
		}
		if (countryCode.equals("KR")) {
			names.addAll(koreanProvinceNames(core));
		}
		return List.copyOf(names);
	}

	private static final Pattern KOREAN_PROVINCE = Pattern.compile("(.+?)(nam|buk)?-do");

	/**
	 * "Gyeonggi-do" is "Gyeonggi" and "Gyeonggi province"; "Gyeongsangnam-do" is "South
	 * Gyeongsang" ("-nam" south, "-buk" north), as English-language news names them.
	 */
	static List<String> koreanProvinceNames(String name) {
		java.util.regex.Matcher m = KOREAN_PROVINCE.matcher(name);
		if (!m.matches()) {
			return List.of();
		}
		String base = m.group(1);
		if (m.group(2) != null) {
			base = (m.group(2).equals("nam") ? "South " : "North ") + base;
		}
		return List.of(base, base + " region", base + " province");
	}

	static String regionCore(String name) {
		String core = REGION_PREFIX.matcher(name.strip()).replaceFirst("");
		String previous;
		do {
			previous = core;
			core = REGION_SUFFIX.matcher(core).replaceFirst("");
		}
		while (!core.equals(previous) && !core.isBlank());
		return core.isBlank() ? name : core;
	}

	/**
	 * GeoNames' own point of each country listed in country-points.tsv (a country's
	 * median place lies far from it in large countries: the United States' in Indiana).
	 */
	static Map<String, double[]> shippedCountryPoints() {
		return GeoNamesReader.readPoints(GeoNamesReader.resource(GeoNamesReader.COUNTRY_POINTS_RESOURCE));
	}

	/** Each country's biggest populated place under each of its names' normal form. */
	private static Map<String, GazetteerEntry> biggestPlacesByName(List<GazetteerEntry> places) {
		Map<String, GazetteerEntry> byName = new HashMap<>();
		for (GazetteerEntry p : places) {
			for (String name : new String[] { p.name(), p.asciiName() }) {
				if (name == null) {
					continue;
				}
				byName.merge(p.countryCode() + ":" + NameNormalizer.normalize(name), p,
						(x, y) -> (x.population() >= y.population()) ? x : y);
			}
		}
		return byName;
	}

	private static Map<String, double[]> countryMedians(List<GazetteerEntry> places) {
		Map<String, List<GazetteerEntry>> byCountry = new HashMap<>();
		for (GazetteerEntry p : places) {
			byCountry.computeIfAbsent(p.countryCode(), (k) -> new ArrayList<>()).add(p);
		}
		Map<String, double[]> medians = new HashMap<>();
		byCountry.forEach((cc, list) -> {
			double[] lats = list.stream().mapToDouble(GazetteerEntry::latitude).toArray();
			double[] lons = list.stream().mapToDouble(GazetteerEntry::longitude).toArray();
			Arrays.sort(lats);
			Arrays.sort(lons);
			medians.put(cc, new double[] { lats[lats.length / 2], lons[lons.length / 2] });
		});
		return medians;
	}

	/** A seat this close to its region's middle stands for the region. */
	private static final double SEAT_NEAR_KM = 100;

	private static Map<String, GazetteerEntry> regionSeats(List<GazetteerEntry> places) {
		Map<String, GazetteerEntry> seats = new HashMap<>();
		for (GazetteerEntry p : places) {
			if (p.admin1Code() == null) {
				continue;
			}
			String key = p.countryCode() + "." + p.admin1Code();
			GazetteerEntry current = seats.get(key);
			if (current == null || seatRank(p) > seatRank(current)) {
				seats.put(key, p);
			}
		}
		return seats;
	}

	private static double seatRank(GazetteerEntry p) {
		boolean seat = "PPLA".equals(p.featureCode()) || "PPLC".equals(p.featureCode());
		return (seat ? 1e12 : 0) + p.population();
	}

	/** Each region's populated place nearest the region's point. */
	private static Map<String, GazetteerEntry> placesNearest(List<GazetteerEntry> places,
			Map<String, double[]> points) {
		Map<String, GazetteerEntry> nearest = new HashMap<>();
		Map<String, Double> distances = new HashMap<>();
		for (GazetteerEntry p : places) {
			if (p.admin1Code() == null) {
				continue;
			}
			String key = p.countryCode() + "." + p.admin1Code();
			double[] point = points.get(key);
			if (point == null) {
				continue;
			}
			double distance = distanceKm(point[0], point[1], p.latitude(), p.longitude());
			if (distance < distances.getOrDefault(key, Double.MAX_VALUE)) {
				distances.put(key, distance);
				nearest.put(key, p);
			}
		}
		return nearest;
	}

	private static double distanceKm(double lat1, double lon1, double lat2, double lon2) {
		double dLat = Math.toRadians(lat2 - lat1);
		double dLon = Math.toRadians(lon2 - lon1);
		double a = Math.sin(dLat / 2) * Math.sin(dLat / 2) + Math.cos(Math.toRadians(lat1))
				* Math.cos(Math.toRadians(lat2)) * Math.sin(dLon / 2) * Math.sin(dLon / 2);
		return 6371 * 2 * Math.atan2(Math.sqrt(a), Math.sqrt(1 - a));
	}

	/**
	 * Each region's point: the middle of the latitudes and of the longitudes its
	 * populated places span. A region crossing the 180th meridian (Alaska's Aleutians,
	 * Chukotka) is measured on the other side of it, so its middle is not on the far side
	 * of the globe.
	 */
	private static Map<String, double[]> regionMidpoints(List<GazetteerEntry> places) {
		Map<String, double[]> spans = new HashMap<>();
		for (GazetteerEntry p : places) {
			if (p.admin1Code() == null) {
				continue;
			}
			double shifted = (p.longitude() < 0) ? p.longitude() + 360 : p.longitude();
			double[] span = spans.computeIfAbsent(p.countryCode() + "." + p.admin1Code(),
					(k) -> new double[] { 90, -90, 180, -180, 360, 0 });
			span[0] = Math.min(span[0], p.latitude());
			span[1] = Math.max(span[1], p.latitude());
			span[2] = Math.min(span[2], p.longitude());
			span[3] = Math.max(span[3], p.longitude());
			span[4] = Math.min(span[4], shifted);
			span[5] = Math.max(span[5], shifted);
		}
		Map<String, double[]> points = new HashMap<>();
		spans.forEach((key, span) -> {
			double longitude = (span[2] + span[3]) / 2;
			if (span[5] - span[4] < span[3] - span[2]) {
				double middle = (span[4] + span[5]) / 2;
				longitude = (middle > 180) ? middle - 360 : middle;
			}
			points.put(key, new double[] { (span[0] + span[1]) / 2, longitude });
		});
		return points;
	}

	/**
	 * Counties of the US, the UK and Ireland and provinces of the Philippines
	 * (counties.tsv) as second-level regions (feature code ADM2, no geonames id), under
	 * the names news use: "Harris County", "Kent", "County Cork" = "Co Cork" = "Cork" (a
	 * bare name shared with a town is the town: see GazetteerPlaceResolver).
	 */
	static List<GazetteerEntry> counties() {
		List<GazetteerEntry> counties = new ArrayList<>();
		try (InputStream in = GeoNamesReader.resource(GeoNamesReader.COUNTIES_RESOURCE);
				java.io.BufferedReader reader = new java.io.BufferedReader(
						new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8))) {
			String line;
			while ((line = reader.readLine()) != null) {
				if (line.isBlank() || line.startsWith("#")) {
					continue;
				}
				String[] f = line.split("\t");
				List<String> names = countyNames(f[0], f[3]);
				if (names.isEmpty()) {
					continue;
				}
				if ("NIR".equals(f[1]) && "-".equals(f[2])) {
					// a traditional Northern Irish county only with "County" or
					// "Co": the bare name is a town (Antrim, Armagh), a first name
					// (Tyrone) or a word (Down)
					names = names.stream().filter((n) -> n.startsWith("Co")).toList();
				}
				counties.add(new GazetteerEntry(null, f[3], f[3], 'A', "ADM2", f[0], f[1], Double.parseDouble(f[4]),
						Double.parseDouble(f[5]), Long.parseLong(f[6]), Precision.REGION, names));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return counties;
	}

	private static final Map<String, String> IRISH_COUNTY_NAMES = Map.of("Uíbh Fhailí", "Offaly", "An Longfort",
			"Longford", "An Cabhán", "Cavan", "Limerick City and County Council", "Limerick");

	private static final Pattern COUNTY_AFFIX = Pattern.compile(
			"(?i)^(?:royal borough of|city and county of|county of|borough of|city of|district of|province of|county)\\s+|"
					+ "\\s+(?:county council|county|city)$");

	static List<String> countyNames(String countryCode, String name) {
		Set<String> names = new LinkedHashSet<>();
		if (countryCode.equals("US")) {
			names.add(name);
			return List.copyOf(names);
		}
		if (countryCode.equals("IE") && name.endsWith(" City")) {
			// Cork City, Galway City, Dublin City: the cities themselves
			return List.of();
		}
		String core = IRISH_COUNTY_NAMES.getOrDefault(name, COUNTY_AFFIX.matcher(name).replaceAll("").strip());
		names.add(name);
		names.add(core);
		if (countryCode.equals("PH")) {
			// "Leyte province" (a mention before a region word is looked up as "Leyte
			// region")
			names.add(core + " province");
			names.add(core + " region");
		}
		if (countryCode.equals("IE") || name.startsWith("County ")) {
			names.add("County " + core);
			names.add("Co " + core);
			names.add(core + " County");
		}
		return List.copyOf(names);
	}

	static String key(String countryCode, String admin1Code) {
		return countryCode + "." + (admin1Code == null ? "" : admin1Code.toUpperCase(Locale.ROOT));
	}

}
