package org.claimtrace.extraction.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Maps a source as written to a canonical entity of the small table in
 * {@code extraction/sources.tsv}, and guesses the kind of a source the table does not
 * know from the words naming it.
 */
class SourceCanonicalizer {

	static final String GOVERNMENT = "government";

	static final String MILITARY = "military";

	static final String INTELLIGENCE = "intelligence";

	static final String OFFICIAL_PERSON = "official_person";

	static final String PERSON = "person";

	static final String NGO_THINK_TANK = "ngo_think_tank";

	static final String MEDIA = "media";

	static final String UNNAMED_OFFICIALS = "unnamed_officials";

	static final String OTHER = "other";

	private static final String TABLE = "/extraction/sources.tsv";

	private static final Pattern LEADING_ARTICLE = Pattern.compile("^(the|a|an)\\s+");

	private static final Pattern POSSESSIVE = Pattern.compile("'s?$");

	// checked in this order: the first list holding a word of the phrase gives the kind
	private static final List<Map.Entry<String, Set<String>>> KIND_WORDS = List.of(
			Map.entry(INTELLIGENCE, Set.of("intelligence", "spy", "spies", "cia", "fsb", "nsa", "mi6")),
			Map.entry(NGO_THINK_TANK,
					Set.of("think-tank", "thinktank", "institute", "centre", "center", "foundation", "ngo", "charity",
							"watchdog", "monitor", "monitors", "group", "organisation", "organization", "tank",
							"researchers", "university", "observatory")),
			Map.entry(MEDIA,
					Set.of("newspaper", "news", "broadcaster", "channel", "television", "tv", "magazine", "outlet",
							"media", "times", "post", "journal", "reporters", "blogger", "bloggers")),
			Map.entry(MILITARY,
					Set.of("military", "army", "forces", "force", "navy", "command", "staff", "brigade", "troops",
							"commander", "commanders", "defence", "defense")),
			Map.entry(GOVERNMENT,
					Set.of("government", "ministry", "department", "administration", "kremlin", "presidency", "office",
							"cabinet", "parliament", "council", "governor", "authorities", "embassy", "mayor",
							"agency")));

	private static final Set<String> UNNAMED_HEADS = Set.of("official", "officials", "source", "sources", "analyst",
			"analysts", "expert", "experts", "observers", "diplomat", "diplomats", "people", "residents", "witnesses",
			"aide", "aides", "insiders", "spokesperson", "spokesman", "spokeswoman", "representative",
			"representatives", "lawmakers", "authorities", "investigators", "critics", "officers", "soldiers",
			"commanders", "researchers", "economists", "pollsters", "strategists", "advisers", "advisors", "democrats",
			"republicans", "supporters", "protesters", "voters", "someone", "others", "many", "some");

	private final Map<String, Entry> byName = new HashMap<>();

	SourceCanonicalizer() {
		try (InputStream in = SourceCanonicalizer.class.getResourceAsStream(TABLE)) {
			if (in == null) {
				throw new IllegalStateException("Missing " + TABLE);
			}
			BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
			String line;
			while ((line = reader.readLine()) != null) {
				if (line.isBlank() || line.startsWith("#")) {
					continue;
				}
				String[] columns = line.split("\t", -1);
				List<String> aliases = new ArrayList<>();
				if (columns.length > 2 && !columns[2].isBlank()) {
					aliases.addAll(List.of(columns[2].split("\\|")));
				}
				Entry entry = new Entry(columns[0], columns[1], List.copyOf(aliases));
				this.byName.put(normalize(entry.name()), entry);
				aliases.forEach((alias) -> this.byName.put(normalize(alias), entry));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * The table's entity for a name as written ("the Pentagon", "Ukraine’s military
	 * intelligence directorate").
	 */
	Optional<Entry> lookup(String written) {
		String name = normalize(written);
		Entry entry = this.byName.get(name);
		Matcher owner = OWNER.matcher(name);
		if (entry == null && owner.matches()) {
			// "Ukraine's HUR", "Sudan's army": the table's name after its country
			entry = this.byName.get(owner.group(1));
		}
		return Optional.ofNullable(entry);
	}

	private static final Pattern OWNER = Pattern.compile("[a-z]+'s (.+)");

	/**
	 * Kind of a source the table does not know, from its words; null when no word tells.
	 */
	static String kindFromWords(String phrase) {
		List<String> words = words(phrase);
		for (Map.Entry<String, Set<String>> kind : KIND_WORDS) {
			if (words.stream().anyMatch(kind.getValue()::contains)) {
				return kind.getKey();
			}
		}
		return null;
	}

	/**
	 * True for a source that names nobody: "officials", "a senior US official", "analysts
	 * and diplomats".
	 */
	static boolean isUnnamed(String headWord) {
		return UNNAMED_HEADS.contains(headWord.toLowerCase(Locale.ROOT));
	}

	static String normalize(String written) {
		String text = written.replace('’', '\'').replace('‘', '\'').toLowerCase(Locale.ROOT).trim();
		text = text.replaceAll("[\\s\\u00a0]+", " ").replaceAll("[.,;:]+$", "");
		text = LEADING_ARTICLE.matcher(text).replaceFirst("");
		return POSSESSIVE.matcher(text).replaceFirst("").replace("u.s.", "us").trim();
	}

	private static List<String> words(String phrase) {
		return List.of(phrase.toLowerCase(Locale.ROOT).replace('’', '\'').split("[^a-z0-9'-]+"));
	}

	/** A canonical source of the table. */
	record Entry(String name, String kind, List<String> aliases) {
	}

}
