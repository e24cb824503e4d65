package org.claimtrace.location;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.sql.DataSource;

/**
 * Read-only in-memory gazetteer for name lookups. Memory-conscious: the normalized names
 * are one sorted String[] searched by binary search, with postings in flat int arrays (no
 * per-name map entries or boxed lists); only names with a Latin letter are kept (news
 * text is English; the database keeps every script). About 515k keys for 200k places.
 */
final class GazetteerIndex {

	private final GazetteerEntry[] entries;

	private final String[] keys;

	/** Postings of keys[i] are postings[offsets[i]] .. postings[offsets[i + 1] - 1]. */
	private final int[] offsets;

	private final int[] postings;

	private final Map<String, GazetteerEntry> regions;

	private final Map<String, GazetteerEntry> countries;

	private final Map<String, List<String>> neighbours;

	private GazetteerIndex(GazetteerEntry[] entries, String[] keys, int[] offsets, int[] postings,
			Map<String, List<String>> neighbours) {
		this.entries = entries;
		this.keys = keys;
		this.offsets = offsets;
		this.postings = postings;
		this.neighbours = neighbours;
		this.regions = new HashMap<>();
		this.countries = new HashMap<>();
		for (GazetteerEntry e : entries) {
			if (e.precision() == Precision.REGION && !"ADM2".equals(e.featureCode())) {
				this.regions.put(GazetteerData.key(e.countryCode(), e.admin1Code()), e);
			}
			else if (e.precision() == Precision.COUNTRY) {
				this.countries.put(e.countryCode(), e);
			}
		}
	}

	/** Built from the shipped GeoNames data on the classpath (no database needed). */
	static GazetteerIndex fromClasspath() {
		GazetteerData data = GazetteerData.fromClasspath();
		return fromData(data);
	}

	static GazetteerIndex fromData(GazetteerData data) {
		Builder builder = new Builder();
		for (List<GazetteerEntry> list : List.of(data.countries, data.regions, data.places, GazetteerData.counties())) {
			list.forEach(builder::addNamed);
		}
		return builder.build(data.neighbours);
	}

	/**
	 * Built from the location and location_name tables (what the app does after
	 * {@link GazetteerLoader}).
	 */
	static GazetteerIndex fromDatabase(DataSource dataSource) {
		Builder builder = new Builder();
		Map<Long, Integer> byId = new HashMap<>(400_000);
		try (Connection connection = dataSource.getConnection()) {
			connection.setAutoCommit(false);
			try (Statement st = connection.createStatement()) {
				st.setFetchSize(10_000);
				try (ResultSet rs = st.executeQuery("select id, geonames_id, name, ascii_name, feature_class, "
						+ "feature_code, country_code, admin1_code, latitude, longitude, population, precision "
						+ "from location")) {
					while (rs.next()) {
						long gid = rs.getLong(2);
						Long geonamesId = rs.wasNull() ? null : gid;
						String fc = rs.getString(5);
						GazetteerEntry e = new GazetteerEntry(geonamesId, rs.getString(3), rs.getString(4),
								(fc == null || fc.isEmpty()) ? ' ' : fc.charAt(0), intern(rs.getString(6)),
								intern(trim(rs.getString(7))), intern(rs.getString(8)), rs.getDouble(9),
								rs.getDouble(10), rs.getLong(11), Precision.valueOf(rs.getString(12)), List.of(),
								rs.getLong(1));
						int index = builder.addEntry(e);
						builder.addArabicKey(index);
						byId.put(rs.getLong(1), index);
					}
				}
				try (ResultSet rs = st.executeQuery("select location_id, normalized from location_name")) {
					while (rs.next()) {
						Integer index = byId.get(rs.getLong(1));
						if (index != null) {
							builder.addName(index, rs.getString(2));
						}
					}
				}
			}
			connection.commit();
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Cannot read the gazetteer from the database", ex);
		}
		// counties are not stored (no geonames ids): always from the shipped file
		GazetteerData.counties().forEach(builder::addNamed);
		return builder.build(readNeighbours());
	}

	private static Map<String, List<String>> readNeighbours() {
		Map<String, List<String>> neighbours = new HashMap<>();
		try (InputStream in = GeoNamesReader.resource(GeoNamesReader.COUNTRIES_RESOURCE)) {
			for (GeoNamesReader.Country c : GeoNamesReader.readCountries(in)) {
				neighbours.put(c.countryCode(), c.neighbours());
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return neighbours;
	}

	private static final String[][] SHORT_FORMS = { { "st", "saint" }, { "ste", "sainte" }, { "mt", "mount" },
			{ "ft", "fort" } };

	/**
	 * Entries whose name or alternate name normalizes to the same key as {@code name}.
	 */
	List<GazetteerEntry> lookup(String name) {
		return lookupKeys(keysFor(name));
	}

	/**
	 * Places in countries that spell from Arabic whose name matches {@code name} however
	 * transliterated (see {@link #arabicKey}); for a name NER calls a location that the
	 * gazetteer does not know as spelled.
	 */
	List<GazetteerEntry> lookupTransliterated(String name) {
		String arabic = arabicKey(name);
		List<GazetteerEntry> matches = (arabic != null) ? lookupKeys(List.of(arabic)) : List.of();
		String southAsian = southAsianKey(name);
		if (matches.isEmpty() && southAsian != null) {
			matches = lookupKeys(List.of(southAsian));
		}
		String cyrillic = cyrillicKey(name);
		if (matches.isEmpty() && cyrillic != null) {
			matches = lookupKeys(List.of(cyrillic));
		}
		return matches;
	}

	/** Countries whose places English spells from Cyrillic in more than one way. */
	static final Set<String> CYRILLIC = Set.of("RU", "UA", "BY", "KZ", "KG", "TJ");

	/**
	 * A spelling-blind key for a place name transliterated from Cyrillic, looked up only
	 * when the name itself is unknown: "Graivoron" is GeoNames' "Grayvoron", "Nizhny
	 * Tagil" its "Nizhniy Tagil", "Kupiansk" its "Kup'yans'k" (no spaces, hyphens or soft
	 * signs, "y" as "i", "kh" as "h", doubled letters once). Null for names too short to
	 * key safely.
	 */
	static String cyrillicKey(String name) {
		String key = NameNormalizer.normalize(name).replaceAll("[^a-z]", "");
		key = key.replace('y', 'i').replace("kh", "h").replaceAll("(.)\\1", "$1");
		return (key.length() >= 6) ? "~" + key : null;
	}

	/** Countries whose places English spells from Indic scripts in more than one way. */
	static final Set<String> SOUTH_ASIAN = Set.of("IN", "PK", "BD", "LK", "NP");

	/**
	 * A spelling-blind key for a place name transliterated from an Indic script, looked
	 * up only when the name itself is unknown: "Sangareddy" is GeoNames' "Sangareddi",
	 * "Tiruchirapalli" its "Tiruchirappalli", "Rahimyar Khan" its "Rahim Yar Khan" (no
	 * spaces or hyphens, "ee" as "i", "oo" and "ou" as "u", "w" as "v", doubled letters
	 * once, a final "y" as "i"). Null for names too short to key safely.
	 */
	static String southAsianKey(String name) {
		String key = NameNormalizer.normalize(name).replaceAll("[^a-z]", "");
		key = key.replace("ee", "i").replace("oo", "u").replace("ou", "u").replace('w', 'v');
		key = key.replaceAll("(.)\\1", "$1").replaceAll("y$", "i");
		return (key.length() >= 6) ? "^" + key : null;
	}

	private List<GazetteerEntry> lookupKeys(List<String> keys) {
		List<GazetteerEntry> result = new ArrayList<>();
		// an entry listed under both spellings is returned once
		Set<Integer> seen = (keys.size() > 1) ? new HashSet<>() : null;
		for (String key : keys) {
			int i = Arrays.binarySearch(this.keys, key);
			if (i < 0) {
				continue;
			}
			for (int p = this.offsets[i]; p < this.offsets[i + 1]; p++) {
				if (seen == null || seen.add(this.postings[p])) {
					result.add(this.entries[this.postings[p]]);
				}
			}
		}
		return result;
	}

	boolean contains(String name) {
		return keysFor(name).stream().anyMatch((key) -> Arrays.binarySearch(this.keys, key) >= 0);
	}

	/** Countries whose places GeoNames spells in a transliteration of Arabic. */
	private static final Set<String> ARABIC_SPELLED = Set.of("SY", "IQ", "PS", "LB", "JO", "YE", "SA", "EG", "LY", "SD",
			"AE", "OM", "KW", "QA", "BH", "TN", "DZ", "MA");

	private static final java.util.regex.Pattern ARABIC_ARTICLE = java.util.regex.Pattern
		.compile("^(?:al|el|ar|as|ad|an|at|az|ash|adh|ath)[ -]");

	/**
	 * A spelling-blind key for a place name transliterated from Arabic, looked up only
	 * when the name itself is unknown: "Qamishli" is GeoNames' "Al Qamishli", "Qalqilya"
	 * its "Qalqilyah", "Huwara" its "Huwwarah", "Hodeidah" its "Al Hudaydah" (no article,
	 * no spaces or hyphens, "e" as "a", "o" as "u", doubled letters once, no final "h"
	 * after a vowel). Null for names too short to key safely.
	 */
	static String arabicKey(String name) {
		String key = ARABIC_ARTICLE.matcher(NameNormalizer.normalize(name)).replaceFirst("");
		key = key.replaceAll("[^a-z]", "").replace("ei", "ay").replace("ou", "u").replace('e', 'a').replace('o', 'u');
		key = key.replaceAll("(.)\\1", "$1").replaceAll("(?<=[aiu])h$", "");
		return (key.length() >= 6) ? "~" + key : null;
	}

	/**
	 * The name's key, and its other spelling when it opens with a saint, mount or fort:
	 * "St. Mary's County" is listed as "Saint Mary's County", "Saint Louis" as "St.
	 * Louis".
	 */
	private static List<String> keysFor(String name) {
		String key = NameNormalizer.normalize(name);
		for (String[] pair : SHORT_FORMS) {
			for (int side = 0; side < 2; side++) {
				String from = pair[side] + " ";
				if (key.startsWith(from)) {
					return List.of(key, pair[1 - side] + " " + key.substring(from.length()));
				}
			}
		}
		return List.of(key);
	}

	GazetteerEntry region(String countryCode, String admin1Code) {
		if (countryCode == null || admin1Code == null) {
			return null;
		}
		return this.regions.get(GazetteerData.key(countryCode, admin1Code));
	}

	GazetteerEntry country(String countryCode) {
		return (countryCode != null) ? this.countries.get(countryCode) : null;
	}

	List<String> neighbours(String countryCode) {
		return this.neighbours.getOrDefault(countryCode, List.of());
	}

	int size() {
		return this.entries.length;
	}

	int keyCount() {
		return this.keys.length;
	}

	private static String trim(String s) {
		return (s != null) ? s.strip() : null;
	}

	private static final Map<String, String> POOL = new java.util.concurrent.ConcurrentHashMap<>();

	/**
	 * Feature, country and admin1 codes repeat across 200k rows: share one String per
	 * value.
	 */
	static String intern(String s) {
		return (s == null) ? null : POOL.computeIfAbsent(s, (k) -> k);
	}

	private static final class Builder {

		private final List<GazetteerEntry> entries = new ArrayList<>(220_000);

		private final Map<String, int[]> names = new HashMap<>(1 << 20);

		int addEntry(GazetteerEntry entry) {
			this.entries.add(entry);
			return this.entries.size() - 1;
		}

		/** An entry with its own names (shipped data), normalised here. */
		void addNamed(GazetteerEntry entry) {
			List<String> normalized = new ArrayList<>(entry.names().size());
			for (String name : entry.names()) {
				normalized.add(NameNormalizer.normalize(name));
			}
			add(entry.withoutNames(), normalized);
			addArabicKey(this.entries.size() - 1);
		}

		/** The spelling-blind key of a place in a country that spells from Arabic. */
		void addArabicKey(int index) {
			GazetteerEntry e = this.entries.get(index);
			if (e.precision().populated() && ARABIC_SPELLED.contains(e.countryCode()) && e.asciiName() != null) {
				addName(index, arabicKey(e.asciiName()));
			}
			if (e.precision().populated() && CYRILLIC.contains(e.countryCode()) && e.asciiName() != null) {
				String key = cyrillicKey(e.asciiName());
				if (key != null) {
					addName(index, key);
				}
			}
			if (e.precision().populated() && SOUTH_ASIAN.contains(e.countryCode()) && e.asciiName() != null) {
				String key = southAsianKey(e.asciiName());
				if (key != null) {
					addName(index, key);
				}
			}
		}

		void add(GazetteerEntry entry, List<String> normalizedNames) {
			int index = addEntry(new GazetteerEntry(entry.geonamesId(), entry.name(), entry.asciiName(),
					entry.featureClass(), intern(entry.featureCode()), intern(entry.countryCode()),
					intern(entry.admin1Code()), entry.latitude(), entry.longitude(), entry.population(),
					entry.precision(), List.of(), entry.locationId()));
			for (String n : normalizedNames) {
				addName(index, n);
			}
		}

		void addName(int index, String normalized) {
			if (normalized == null || normalized.isEmpty() || !NameNormalizer.isLatin(normalized)) {
				return;
			}
			int[] list = this.names.get(normalized);
			if (list == null) {
				this.names.put(normalized, new int[] { 1, index });
				return;
			}
			int size = list[0];
			if (list[size] == index) {
				return;
			}
			if (size + 1 == list.length) {
				list = Arrays.copyOf(list, list.length * 2);
				this.names.put(normalized, list);
			}
			list[size + 1] = index;
			list[0] = size + 1;
		}

		GazetteerIndex build(Map<String, List<String>> neighbours) {
			String[] keys = this.names.keySet().toArray(new String[0]);
			Arrays.sort(keys);
			int[] offsets = new int[keys.length + 1];
			int total = 0;
			for (int i = 0; i < keys.length; i++) {
				offsets[i] = total;
				total += this.names.get(keys[i])[0];
			}
			offsets[keys.length] = total;
			int[] postings = new int[total];
			for (int i = 0; i < keys.length; i++) {
				int[] list = this.names.get(keys[i]);
				System.arraycopy(list, 1, postings, offsets[i], list[0]);
			}
			return new GazetteerIndex(this.entries.toArray(new GazetteerEntry[0]), keys, offsets, postings, neighbours);
		}

	}

}
