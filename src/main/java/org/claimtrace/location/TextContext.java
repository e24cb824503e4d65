package org.claimtrace.location;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the whole text says about places, found before any candidate is resolved:
 * countries named through demonyms ("Ukrainian troops"), regions named as such ("Russia's
 * Kursk region", "Donetsk Oblast") and explicit lists of settlements ("the villages of
 * Plekhovo, Vorobzha and Martynovka in Kursk").
 */
final class TextContext {

	/**
	 * Demonyms: never places themselves, but evidence of the countries an article is
	 * about.
	 */
	static final Map<String, String> DEMONYMS = demonyms();

	/** Adjectives that look like demonyms but name no single country. */
	static final Set<String> NON_COUNTRY_DEMONYMS = Set.of("european", "europeans", "soviet", "soviets", "arab",
			"arabs", "kurdish", "kurds", "jewish", "muslim", "muslims", "christian", "christians", "asian", "african",
			"latin", "nordic", "baltic", "slavic", "western", "eastern", "northern", "southern", "korean", "koreans",
			"pro russian", "pro ukrainian", "pro kremlin");

	static final String REGION_WORDS = "region|oblast|province|krai|kray|governorate|voivodeship";

	private static final String NAME = "\\p{Lu}[\\p{L}\\p{M}'\u2019\\-]*(?:[ \\-]\\p{Lu}[\\p{L}\\p{M}'\u2019\\-]*){0,2}";

	private static final Pattern REGION_PHRASE = Pattern.compile("(" + NAME + ")\\s+(?i:(" + REGION_WORDS + "))\\b");

	private static final Pattern SETTLEMENT_LIST = Pattern
		.compile("\\b(?i:(villages?|towns?|cities|city|settlements?|hamlets?|localit(?:y|ies)|communit(?:y|ies)|"
				+ "municipalit(?:y|ies)))\\s+(?:of\\s+)?((?:" + NAME + ")(?:\\s*,\\s*(?:" + NAME
				+ "))*(?:,?\\s+(?:and|or)\\s+(?:" + NAME + "))?)" + "(?:\\s+(?:in|near|of|around)\\s+(?:the\\s+)?("
				+ NAME + ")(?:\\s+(?i:" + REGION_WORDS + "))?)?");

	private static final Set<String> AREA_LISTS = Set.of("counties", "parishes", "districts", "provinces", "regions",
			"oblasts", "states", "governorates");

	/**
	 * "Polk, Story and Jasper counties", "Borno and Yobe states": a list of areas named
	 * by a plural area word after it (lower case: "the Home Counties" is a name).
	 */
	private static final Pattern AREA_LIST = Pattern.compile("((?:" + NAME + ")(?:\\s*,\\s*(?:" + NAME
			+ "))*,?\\s+(?:and|or)\\s+(?:" + NAME + "))\\s+(" + String.join("|", AREA_LISTS) + ")\\b");

	private static final Pattern LIST_SPLIT = Pattern.compile("\\s*,\\s*(?:(?:and|or)\\s+)?|\\s+(?:and|or)\\s+");

	/**
	 * A settlement the text names explicitly, with the place it says the settlement is in
	 * (may be null).
	 */
	record Settlement(String name, int start, int end, String kind, String within, int listStart) {

		/**
		 * What a member of a county list is called: "Jasper" in "Polk and Jasper
		 * counties" is Jasper County; null for other lists.
		 */
		String countyName() {
			return switch (this.kind) {
				case "counties" -> this.name + " County";
				case "parishes" -> this.name + " Parish";
				default -> null;
			};
		}

		/**
		 * A member of "X and Y counties/districts/states", not of "the villages of X and
		 * Y".
		 */
		boolean areaList() {
			return AREA_LISTS.contains(this.kind);
		}

		/**
		 * "Kherson" in "Kherson and Zaporizhzhia regions" is the region, not the city.
		 */
		boolean namesRegion() {
			return REGION_LISTS.contains(this.kind);
		}

	}

	/** Capitalised words that qualify a plural area word without naming areas. */
	private static final Set<String> ADJECTIVES = Set.of("north", "south", "east", "west", "northern", "southern",
			"eastern", "western", "central", "northeastern", "northwestern", "southeastern", "southwestern", "gulf",
			"coastal", "border", "frontline", "front line", "federal", "member", "democratic", "republican", "swing",
			"battleground", "red", "blue");

	private static final Set<String> REGION_LISTS = Set.of("provinces", "regions", "oblasts", "states", "governorates");

	/**
	 * What naming a country (or a place in it) adds to its count; a demonym adds 1.
	 */
	static final int COUNTRY_MENTION_WEIGHT = 2;

	final Map<String, Integer> countryMentions = new HashMap<>();

	/**
	 * Normalized cores of regions named with a region word: "kursk" for "Kursk region".
	 */
	final Set<String> explicitRegionCores = new HashSet<>();

	final List<Settlement> settlements = new ArrayList<>();

	final String text;

	TextContext(String text) {
		this.text = text;
		scanDemonyms();
		Matcher m = REGION_PHRASE.matcher(text);
		while (m.find()) {
			String core = stripPossessive(m.group(1));
			// "Russia's Kursk region": the last capitalised word(s) before the region
			// word
			this.explicitRegionCores.add(NameNormalizer.normalize(core));
			int space = core.lastIndexOf(' ');
			if (space > 0) {
				this.explicitRegionCores.add(NameNormalizer.normalize(core.substring(space + 1)));
			}
		}
		Matcher s = SETTLEMENT_LIST.matcher(text);
		while (s.find()) {
			if (Character.isUpperCase(s.group(1).charAt(0)) && s.start() >= 2
					&& Character.isLetter(text.charAt(s.start() - 2)) && text.charAt(s.start() - 1) == ' ') {
				// "Leeds City Council", "Salt Lake City Police": the word is part of a
				// name, and what follows names no settlement
				continue;
			}
			String within = (s.group(3) != null) ? stripPossessive(s.group(3)) : null;
			addList(s.group(2), s.start(2), s.group(1).toLowerCase(Locale.ROOT), within);
		}
		Matcher areas = AREA_LIST.matcher(text);
		while (areas.find()) {
			if (LIST_SPLIT.splitAsStream(areas.group(1))
				.map(NameNormalizer::normalize)
				.anyMatch(ADJECTIVES::contains)) {
				// "the Baltic and Nordic states", "Western and Eastern provinces"
				continue;
			}
			int before = this.settlements.size();
			addList(areas.group(1), areas.start(1), areas.group(2), null);
			if (REGION_LISTS.contains(areas.group(2))) {
				this.settlements.subList(before, this.settlements.size())
					.forEach((a) -> this.explicitRegionCores.add(NameNormalizer.normalize(stripPossessive(a.name()))));
			}
		}
	}

	private void addList(String list, int offset, String kind, String within) {
		int cursor = 0;
		for (String part : LIST_SPLIT.split(list)) {
			if (part.isBlank()) {
				continue;
			}
			int at = list.indexOf(part, cursor);
			cursor = at + part.length();
			int possessive = Math.max(part.lastIndexOf("'s "), part.lastIndexOf("\u2019s "));
			if (possessive > 0) {
				// "India's Punjab and Haryana states": the country's possessive opens no
				// member of the list
				at += possessive + 3;
				part = part.substring(possessive + 3);
			}
			this.settlements.add(new Settlement(part, offset + at, offset + at + part.length(), kind, within, offset));
		}
	}

	private void scanDemonyms() {
		Matcher m = Pattern.compile("\\b(?:North |South )?\\p{Lu}\\p{Ll}+s?\\b").matcher(this.text);
		while (m.find()) {
			String country = DEMONYMS.get(NameNormalizer.normalize(m.group()));
			if (country != null) {
				this.countryMentions.merge(country, 1, Integer::sum);
			}
		}
		Matcher institution = NATIONAL_INSTITUTION.matcher(this.text);
		while (institution.find()) {
			this.countryMentions.merge(institution.group(1) != null ? "IE" : "CA", 1, Integer::sum);
		}
	}

	/**
	 * Words only one country's news use: the Irish police and government ("gardaí said",
	 * "the Taoiseach"), the Canadian federal police ("RCMP"); not "Lake Garda".
	 */
	private static final Pattern NATIONAL_INSTITUTION = Pattern
		.compile("(?<!Lake )\\b(?:((?i:gardaí|gardai|garda|taoiseach|tánaiste|tanaiste|oireachtas))|(RCMP))\\b");

	void mentionCountry(String countryCode) {
		if (countryCode != null) {
			this.countryMentions.merge(countryCode, COUNTRY_MENTION_WEIGHT, Integer::sum);
		}
	}

	Settlement settlementAt(int start, int end) {
		for (Settlement s : this.settlements) {
			if (s.start() < end && start < s.end()) {
				return s;
			}
		}
		return null;
	}

	Settlement settlementNamed(String normalized) {
		for (Settlement s : this.settlements) {
			if (NameNormalizer.normalize(s.name()).equals(normalized)) {
				return s;
			}
		}
		return null;
	}

	static String stripPossessive(String s) {
		if (s.endsWith("'s") || s.endsWith("\u2019s")) {
			return s.substring(0, s.length() - 2);
		}
		if (s.endsWith("'") || s.endsWith("\u2019")) {
			return s.substring(0, s.length() - 1);
		}
		return s;
	}

	private static Map<String, String> demonyms() {
		Map<String, String> map = new HashMap<>();
		String[][] rows = { { "RU", "russian", "russians", "chechen", "chechens" },
				{ "UA", "ukrainian", "ukrainians", "crimean" }, { "KP", "north korean", "north koreans" },
				{ "KR", "south korean", "south koreans" }, { "US", "american", "americans" },
				{ "GB", "british", "briton", "britons" }, { "FR", "french" }, { "DE", "german", "germans" },
				{ "CN", "chinese" }, { "IL", "israeli", "israelis" }, { "PS", "palestinian", "palestinians" },
				{ "IR", "iranian", "iranians" }, { "SY", "syrian", "syrians" }, { "TR", "turkish", "turks" },
				{ "PL", "polish", "poles" }, { "BY", "belarusian", "belarusians" }, { "GE", "georgian", "georgians" },
				{ "MD", "moldovan", "moldovans" }, { "JP", "japanese" }, { "IN", "indian", "indians" },
				{ "PK", "pakistani", "pakistanis" }, { "AF", "afghan", "afghans" }, { "IQ", "iraqi", "iraqis" },
				{ "LB", "lebanese" }, { "SA", "saudi", "saudis" }, { "EG", "egyptian", "egyptians" },
				{ "IT", "italian", "italians" }, { "ES", "spanish", "spaniards" }, { "CA", "canadian", "canadians" },
				{ "MX", "mexican", "mexicans" }, { "YE", "yemeni", "yemenis" }, { "SD", "sudanese" },
				{ "VE", "venezuelan", "venezuelans" }, { "TW", "taiwanese" }, { "KZ", "kazakh", "kazakhs" },
				{ "AM", "armenian", "armenians" }, { "AZ", "azerbaijani", "azerbaijanis" },
				{ "HU", "hungarian", "hungarians" }, { "RO", "romanian", "romanians" }, { "FI", "finnish", "finns" },
				{ "SE", "swedish", "swedes" }, { "NO", "norwegian", "norwegians" }, { "DK", "danish", "danes" },
				{ "NL", "dutch" }, { "BE", "belgian", "belgians" }, { "CH", "swiss" },
				{ "AT", "austrian", "austrians" }, { "CZ", "czech", "czechs" }, { "SK", "slovak", "slovaks" },
				{ "RS", "serbian", "serbs" }, { "HR", "croatian", "croats" }, { "GR", "greek", "greeks" },
				{ "LT", "lithuanian", "lithuanians" }, { "LV", "latvian", "latvians" },
				{ "EE", "estonian", "estonians" }, { "BR", "brazilian", "brazilians" },
				{ "AU", "australian", "australians" }, { "NG", "nigerian", "nigerians" },
				{ "ET", "ethiopian", "ethiopians" }, { "TX-US", "texan", "texans" } };
		for (String[] row : rows) {
			String cc = row[0].endsWith("-US") ? "US" : row[0];
			for (int i = 1; i < row.length; i++) {
				map.put(row[i], cc);
			}
		}
		return Map.copyOf(map);
	}

}
