package org.claimtrace.location;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Resolves toponym candidates against the GeoNames gazetteer.
 * <p>
 * Rejection: days, months, platforms and other capitalised common words; demonyms ("North
 * Koreans"); candidates glued to another capitalised word ("Pat Ryder", "Washington
 * Post"); and, for candidates that did not come from NER, any gazetteer match without
 * strong evidence: a country or region name, an explicit settlement phrase ("the village
 * of X"), a locative preposition ("in X", "near X"), or a match in a country/region the
 * text is about, or a large city (100k+) that is neither sentence-initial nor also used
 * as a lower-case word in the text ("Mobile", "Reading").
 * <p>
 * Disambiguation: "X, Y" apposition (Paris, Texas), the region the text places a
 * settlement list in, regions and countries the text mentions (names, demonyms, other
 * resolved places), then population and feature code (capitals, region seats). A bare
 * name shared by a region and its seat ("Kursk", "Donetsk") is the region when the text
 * anywhere calls it a region ("Kursk region", "Donetsk Oblast"), otherwise the city;
 * capitals and 1M+ cities ("Kyiv", "Kharkiv") stay the city unless the mention itself
 * carries the region word.
 * <p>
 * Names in an explicit settlement list that the gazetteer lacks (or has only outside the
 * stated region) come back "unresolved" with the region's codes and geonames id (null
 * until a dump gave it one).
 */
final class GazetteerPlaceResolver implements PlaceResolver {

	private static final Set<String> COMMON_WORDS = Set.of("monday", "tuesday", "wednesday", "thursday", "friday",
			"saturday", "sunday", "january", "february", "march", "april", "may", "june", "july", "august", "september",
			"october", "november", "december", "telegram", "twitter", "facebook", "whatsapp", "youtube", "instagram",
			"tiktok", "signal", "x", "read", "said", "says", "say", "of", "mobile", "some", "one", "president",
			"general", "major", "minister", "prime", "army", "navy", "police", "government", "ministry", "state",
			"department", "centre", "center", "news", "times", "post", "the", "it", "he", "she", "they", "we", "this",
			"that", "but", "and", "also", "more", "most", "many", "after", "before", "while", "when", "where", "what",
			"who", "why", "how", "according", "sign", "free", "stay", "simply", "updates", "video", "videos", "church",
			"university", "college", "union", "independence", "victory", "liberty", "hope", "unity", "progress",
			"friendship", "paradise", "eden", "mission", "central", "north", "south", "east", "west", "upper", "lower",
			"new", "old", "additional", "reporting", "kremlin", "pentagon", "white house", "parliament", "congress",
			"senate", "nato", "hamas", "hezbollah", "taliban", "isis", "houthis", "wagner", "un", "eu", "god", "allah",
			"christmas", "easter", "a", "an", "in", "on", "at", "as", "by", "if", "no", "not", "or", "so", "to", "up",
			"us citizens", "earth", "moon", "sun", "ocean", "sea", "war", "peace", "digest", "breaking", "river",
			"lake", "city", "town", "village", "region", "republic");

	private static final Set<String> LOCATIVES = Set.of("in", "near", "from", "outside", "around", "at", "to",
			"towards", "toward", "into", "across", "between", "via", "through", "inside", "within", "of", "on", "over",
			"nearby", "beyond", "and",
			// verbs of war reporting that take a place as object ("captured
			// Novohrodivka")
			"captured", "seized", "liberated", "shelled", "struck", "attacked", "entered", "reached", "retook",
			"recaptured", "evacuated", "bombed", "stormed", "encircled", "surrounded", "besieged");

	/**
	 * Cues strong enough to keep an NER location the gazetteer lacks ("at Borodino
	 * Capital" is not).
	 */
	private static final Set<String> STRONG_LOCATIVES = Set.of("in", "near", "outside", "around", "inside", "across",
			"toward", "towards", "into", "within", "captured", "seized", "liberated", "shelled", "entered", "retook",
			"recaptured", "encircled", "surrounded", "besieged", "stormed");

	private static final Pattern ORGANISATION_WORD = Pattern.compile("(?i)\\b(capital|bank|group|ltd|inc|"
			+ "university|times|post|ministry|council|agency|institute|centre|center|foundation|party|army|forces|"
			+ "command|company|corporation|fund|partners|holdings|media|news|press|club|court|office|"
			+ "jail|prison|courthouse|hospital|school|academy|freeway|expressway|mall|stadium|arena)\\b");

	private static final Pattern REGION_SUFFIX = Pattern.compile("(?i)^(.*?)\\s+(" + TextContext.REGION_WORDS + ")$");

	/**
	 * "Erie County Executive Mark Poloncarz", "Harris County Judge Lina Hidalgo": a
	 * county's office after its name leaves the county a place.
	 */
	private static final Pattern COUNTY_OFFICE_AFTER = Pattern.compile(
			"^\\s(?:Executive|Judge|Sheriff|Commissioners?|Attorney|Prosecutor|Clerk|Coroner|Administrator|Assessor|Treasurer|Supervisors?)\\s+\\p{Lu}");

	/**
	 * "the town of", "the border town of": what follows is a populated place; not "the
	 * capital city of Texas", "the largest city of Arizona" (a city in the region).
	 */
	private static final Pattern SETTLEMENT_OF = Pattern.compile("(?i)\\b(?:the|a)\\s+(?:(?:small|tiny|remote|border|"
			+ "frontline|front-line|coastal|port|mining|market|industrial|rural|(?:north|south|east|west|"
			+ "north-?east|north-?west|south-?east|south-?west)ern)\\s+)?(?:town|city|village|hamlet|township|"
			+ "suburb)\\s+of\\s+$");

	private static final Pattern AFTER_REGION_WORD = Pattern.compile("^\\s+(?i:(" + TextContext.REGION_WORDS + "))\\b");

	/**
	 * "the province of Quebec", "the provincial government of Mendoza": a lower-case
	 * region word and "of" before the name.
	 */
	private static final Pattern REGION_WORD_BEFORE_OF = Pattern.compile("(?:^|(\\S+) )(?:" + TextContext.REGION_WORDS
			+ "|provincial government|regional government)" + " of (?:the )?$");

	/** The text names the country ("India", "Sri Lanka") anywhere. */
	/**
	 * The main island of a two-island state, which news names for the state (see
	 * GazetteerData's country aliases).
	 */
	private static final Set<String> ISLAND_STATE_ALIASES = Set.of("Trinidad", "Antigua", "St Kitts", "St. Kitts",
			"Saint Kitts", "St Vincent", "St. Vincent", "Saint Vincent");

	private static final Pattern SAINTS_INSTITUTION_AFTER = Pattern
		.compile("(?:'s\\b|\\s+(?:de|of)\\s+\\p{Lu}|\\s+(?:Society|Hospital|Church|School|College|Medical|Health|"
				+ "Parish|Catholic|Charities|Foundation|Academy|High|Cathedral|Center|Centre)\\b)");

	/** "Antigua, the former capital of Guatemala": how far an apposition reaches. */
	private static final int APPOSITION_REACH = 80;

	/**
	 * "Antigua, Guatemala", "Trinidad, Calif.", "St. Vincent, Minnesota", "Antigua, the
	 * former capital of Guatemala": a qualifier after the name, or an apposition naming
	 * the country of another place of the name, outranks the island's state.
	 */
	private List<GazetteerEntry> withoutOutrankedIslandState(List<GazetteerEntry> matches, Mention m, String text) {
		List<GazetteerEntry> states = matches.stream()
			.filter((e) -> e.precision() == Precision.COUNTRY && !ownName(m, e))
			.toList();
		if (states.isEmpty() || states.size() == matches.size()) {
			return matches;
		}
		Set<String> stateCodes = new HashSet<>();
		states.forEach((e) -> stateCodes.add(e.countryCode()));
		Set<String> others = new HashSet<>();
		matches.stream()
			.filter((e) -> !stateCodes.contains(e.countryCode()))
			.forEach((e) -> others.add(e.countryCode()));
		Set<String> named = new HashSet<>();
		Set<String> namedRegions = new HashSet<>();
		Matcher q = QUALIFIER_AFTER.matcher(text.substring(m.end(), Math.min(text.length(), m.end() + 40)));
		if (q.lookingAt()) {
			String qualifier = q.group(1);
			for (String key : STATE_ABBREVIATIONS.getOrDefault(qualifier, List.of())) {
				named.add(key.substring(0, key.indexOf('.')));
				namedRegions.add(key.substring(0, key.indexOf('.')));
			}
			for (String name : List.of(qualifier, qualifier.split("\\s+")[0])) {
				this.index.lookup(name)
					.stream()
					.filter((e) -> e.precision() == Precision.COUNTRY || e.precision() == Precision.REGION)
					.forEach((e) -> {
						named.add(e.countryCode());
						if (e.precision() == Precision.REGION) {
							namedRegions.add(e.countryCode());
						}
					});
			}
		}
		if (!namedRegions.isEmpty() && namedRegions.stream().noneMatch(stateCodes::contains)) {
			// "St. Vincent, Minnesota": a state of another country qualifies the name,
			// even where the gazetteer has no place of the name there
			return matches.stream().filter((e) -> !stateCodes.contains(e.countryCode())).toList();
		}
		for (String code : others) {
			if (named.contains(code) || (text.startsWith(", ", m.end()) && namesCountry(
					text.substring(m.end(), Math.min(text.length(), m.end() + APPOSITION_REACH)), code))) {
				return matches.stream().filter((e) -> !stateCodes.contains(e.countryCode())).toList();
			}
		}
		return matches;
	}

	private static boolean isSouthKoreanProvinceByAlias(Mention m, GazetteerEntry e) {
		return "KR".equals(e.countryCode()) && e.precision() == Precision.REGION && !ownName(m, e);
	}

	private boolean namesCountry(String text, String countryCode) {
		GazetteerEntry country = this.index.country(countryCode);
		return country != null && Pattern.compile("\\b" + Pattern.quote(country.name()) + "\\b").matcher(text).find();
	}

	/**
	 * Not "North Kivu province of the Democratic Republic of Congo": the word is Kivu's.
	 */
	private static boolean regionWordBeforeOf(String before) {
		Matcher m = REGION_WORD_BEFORE_OF.matcher(before);
		return m.find() && (m.group(1) == null || !Character.isUpperCase(m.group(1).charAt(0))
				|| m.group(1).equals("The") || m.group(1).equals("A"));
	}

	/** A capitalised compass word right before a name: "North Macedonia". */
	private static final Pattern COMPASS_BEFORE = Pattern
		.compile("(?<![\\p{L}])(North|South|East|West|Northern|Southern|Eastern|Western|Central) $");

	/** A capitalised compass word opening a name: "South Florida", "East Texas". */
	private static final Pattern PART_OF_REGION = Pattern.compile(
			"(?:North|South|East|West|Northern|Southern|Eastern|Western|Central|Northeast|Northwest|Southeast|Southwest"
					+ "|Northeastern|Northwestern|Southeastern|Southwestern|Upstate|Downstate) (?=\\p{Lu})");

	/** A saint opening a name: "St. John", "Saint George". */
	private static final Pattern SAINT_OPENING = Pattern.compile("(?:St\\.?|Saint|Ste\\.?|Sainte) \\p{Lu}");

	/** "'s" or "\u2019s" right after a name, before a non-letter. */
	private static final Pattern POSSESSIVE_S = Pattern.compile("['\u2019]s(?![\\p{L}])");

	/** After "X, Y": "and Z", ", Z and W": the comma joined a list. */
	private static final Pattern LIST_GOES_ON = Pattern.compile(
			"^(?:\\s*,\\s*\\p{Lu}[\\p{L}\\p{M}.'\u2019\\-]*(?:\\s\\p{Lu}[\\p{L}\\p{M}.'\u2019\\-]*)?)*,?\\s+(?:and|or)\\s+\\p{Lu}");

	/**
	 * "Tripoli, Lebanon's second city", "Mombasa, Kenya's main port": the country or
	 * region a settlement noun says the place is in.
	 */
	private static final Pattern POSSESSIVE_APPOSITION = Pattern
		.compile("^\\s*,\\s*(\\p{Lu}[\\p{L}\\p{M}.\\-]*(?:\\s\\p{Lu}[\\p{L}\\p{M}.\\-]*)?)['\u2019]s\\s+"
				+ "(?:[\\p{Ll}\\-]+\\s+){0,3}?(?:city|capital|town|port|seaport|village)\\b");

	private static final Set<String> COMPASS_ADJECTIVES = Set.of("northern", "southern", "eastern", "western",
			"central", "north-eastern", "north-western", "south-eastern", "south-western", "northeastern",
			"northwestern", "southeastern", "southwestern");

	private static final Set<String> COMPASS_WORDS = Set.of("north", "south", "east", "west", "northern", "southern",
			"eastern", "western", "central", "upper", "lower", "greater", "new");

	private static final Pattern APPOSITION = Pattern
		.compile("^\\s*,\\s*(\\p{Lu}[\\p{L}\\p{M}.'\u2019\\-]*(?:\\s\\p{Lu}[\\p{L}\\p{M}.'\u2019\\-]*)?)");

	/**
	 * "Tripoli, in northern Lebanon", "Sumy, in the north-east of Ukraine": the container
	 * after "in", past a compass word.
	 */
	private static final Pattern IN_APPOSITION = Pattern.compile("^\\s*,\\s*in\\s+(?:the\\s+)?"
			+ "(?:(?:far\\s+)?(?:north|south|east|west|north-?east|north-?west|south-?east|south-?west)(?:ern)?"
			+ "(?:\\s+of)?\\s+|central\\s+)?(?:the\\s+)?"
			+ "(\\p{Lu}[\\p{L}\\p{M}.'\u2019\\-]*(?:\\s\\p{Lu}[\\p{L}\\p{M}.'\u2019\\-]*)?)");

	/** A lower-case shore word NER takes into a name: "the Atlantic coast". */
	private static final Pattern SHORE_SUFFIX = Pattern.compile(" (coast|coastline|seaboard|shore|shores)$");

	private static final Pattern WORD_SUFFIX = Pattern.compile("(?i)-(based|born|led|backed|bound|area|style)$");

	private static final long BIG_CITY = 100_000;

	/** A result verb of a match report: "Newport County beat Swansea City". */
	private static final String MATCH_VERB = "(?:beat|stun|stuns|stunned|edge|edged|thrash|thrashed|hammer|hammered|"
			+ "drew with|draw with|host|hosts)";

	/**
	 * "Newport County beat Swansea", "Valencia travel to Barcelona": a team opening a
	 * match report (British usage, the verb in its plural form).
	 */
	private static final Pattern TEAM_BEFORE_RESULT = Pattern
		.compile("^\\s+(?:" + MATCH_VERB + "|travel to)\\s+\\p{Lu}");

	/**
	 * "drew 1-1", "drew at home", "drew in the late game": a draw between two teams, not
	 * "drew crowds", "drew on" or "drew in visitors"; "drew." or "tied," (group bare)
	 * only near a word of sport ({@link #SPORT_NEAR}), not "tied, each with 40 percent".
	 */
	private static final String DRAW = "(?:drew|tied)(?:\\s+\\d+\\s*[-\u2013]\\s*\\d+|\\s+at home\\b"
			+ "|\\s+in\\s+(?:the\\s+)?(?:late|early|first|second|opening|final)\\b"
			+ "|(?<bare>\\s*[.,;]|\\s+away\\b(?!\\s+from)))";

	/** "Napoli and Fiorentina drew": the first of two teams that drew. */
	private static final Pattern FIRST_TEAM_OF_DRAW = Pattern
		.compile("^\\s+and\\s+\\p{Lu}[\\p{L}.'\u2019]*(?:\\s\\p{Lu}[\\p{L}.'\u2019]*)?\\s+" + DRAW);

	/** The second of them: after "Napoli and", before "drew". */
	private static final Pattern SECOND_TEAM_BEFORE = Pattern
		.compile("(?<![\\p{L}])\\p{Lu}[\\p{L}.'\u2019]*\\s+and\\s+$");

	private static final Pattern DRAW_AFTER = Pattern.compile("^\\s+" + DRAW);

	/** "rallies in Lyon and Marseille drew": places where something drew, no teams. */
	private static final Pattern LOCATIVE_BEFORE = Pattern
		.compile("(?i)(?<![\\p{L}])(?:in|from|across|of|at|between|throughout|for|to)\\s+$");

	/** A word of sport that makes a bare "drew." a result. */
	private static final Pattern SPORT_NEAR = Pattern.compile("(?i)(?<![\\p{L}])(?:match|matches|game|games|draw|"
			+ "goals?|goalless|replay|league|cup|half-time|first half|second half|minutes?|kick-off|stadium|fixture|derby|"
			+ "(?:mid-)?table|title|clubs?|striker|coach|manager|referee|penalty|innings|overtime|extra time)"
			+ "(?![\\p{L}])");

	/** The last word of a club named after its town: "Newport County", "Hull City". */
	private static final Pattern TEAM_NAME_END = Pattern.compile(" (?:County|City|Town|United|Rovers|Athletic)$");

	/** "... beat Swansea City": the other team. */
	private static final Pattern TEAM_AFTER_RESULT = Pattern
		.compile("(?<![\\p{L}])\\p{Lu}[\\p{L}.'\u2019]*\\s+" + MATCH_VERB + "\\s+$");

	private static final Pattern SPOKEN_TO = Pattern
		.compile("(?i)\\b(?:spoke|speak|speaks|speaking|talk|talks|talked|talking|wrote|write|writes|writing|"
				+ "replied|listened|apologi[sz]ed|chatted)\\s+(?:to|with)\\s+$");

	private static final Pattern CONNECTOR_INSIDE = Pattern.compile(" \\p{Ll}+ ");

	private static final Pattern COORDINATION_INSIDE = Pattern.compile(" (and|or) |, ");

	/** A district of a town: "Old Town Alexandria", "Downtown Dallas". */
	private static final Pattern DISTRICT_PREFIX = Pattern
		.compile("(?:Old Town|Downtown|Uptown|Midtown|Metro|Inner|Historic) (?=\\p{Lu})");

	/**
	 * Streets, parks and buildings: "Central Park" is not Bethpage (an alternate name);
	 * kept only under a place's own name ("Highland Park").
	 */
	private static final Pattern FACILITY_WORD = Pattern
		.compile("(?i) (park|avenue|street|road|square|bridge|building|airport|station|hall|stadium|arena|center|"
				+ "centre|mall|hospital|school|church|cathedral|museum|tower|plaza|boulevard|lane|drive|highway)$");

	/**
	 * States and provinces as datelines write them after a place: AP style ("Ill.",
	 * "N.Y.", "Ont.", "B.C."), postal codes ("TX", "ON") and Australian forms ("NSW",
	 * "Qld"), each with the regions ("US.IL") it may stand for ("WA": Washington or
	 * Western Australia).
	 */
	static final Map<String, List<String>> STATE_ABBREVIATIONS = stateAbbreviations();

	private static final Pattern STATE_AFTER_PLACE = Pattern.compile("(\\p{Lu}[\\p{L}'\u2019\\-]*(?:\\.)?"
			+ "(?: \\p{Lu}[\\p{L}'\u2019\\-]*\\.?){0,2}), ((?:[A-Z]\\.){2,3}|W\\.Va\\.|[A-Z][a-z]{1,4}\\.|[A-Z]{2,3}|Qld|Vic|Tas)"
			+ "(?![\\p{L}\\d])");

	/**
	 * Abbreviations newsrooms also write on their own ("the B.C. government", "across
	 * NSW", "Qld authorities", "in D.C."); not after a number ("300 B.C.").
	 */
	private static final Pattern STANDALONE_REGION = Pattern
		.compile("(?<![\\p{L}\\d.])(B\\.C\\.|P\\.E\\.I\\.|D\\.C\\.|N\\.S\\.W\\.|NSW|Qld|QLD)(?![\\p{L}\\d])");

	private static final Pattern NUMBER_BEFORE = Pattern.compile("\\d\\s*$");

	/**
	 * "buyers in NJ, PA and MD": a list of two or more US postal codes on their own.
	 */
	private static final Pattern POSTAL_CODE_LIST = Pattern
		.compile("(?<![\\p{L}\\d.&/\\-])[A-Z]{2}(?:, [A-Z]{2})*,? (?:and|or) [A-Z]{2}(?![\\p{L}\\d&/\\-])");

	private static final Pattern POSTAL_CODE = Pattern.compile("[A-Z]{2}");

	/** Postal codes that are also everyday words written in capitals. */
	private static final Set<String> WORD_CODES = Set.of("IN", "OR", "ME", "OK", "HI", "OH");

	/**
	 * "ROME, Italy (AP) —", "PARIS (Reuters) -": an upper-case city opening a dateline.
	 */
	private static final Pattern DATELINE = Pattern
		.compile("\\p{Lu}[\\p{Lu}.']{2,}(?: [\\p{Lu}.']+)*(?:,| \\(| [—–-] )");

	/** An upper-case dateline this big is taken without a region in the text. */
	private static final long DATELINE_TOWN = 20_000;

	/** "U.S.", "U.K.": the last period belongs to the name. */
	private static final Pattern DOTTED_ABBREVIATION = Pattern.compile("(?:\\p{Lu}\\.){2,}");

	private static final Set<String> ENGLISH_NAMED = Set.of("US", "GB", "CA", "AU", "NZ", "IE", "ZA", "JM");

	/**
	 * Bare names of capitals and 1M+ cities stay the city even when the text also names
	 * their region.
	 */
	private static final long MAJOR_CITY = 1_000_000;

	/** Below this a town named like a region or country needs its region in the text. */
	private static final long SMALL_TOWN = 50_000;

	private static final long SUPPORTING_TOWN = 10_000;

	/** Below this, a country's first-level regions are parishes and councils. */
	private static final long SMALL_COUNTRY = 1_000_000;

	private static Map<String, List<String>> stateAbbreviations() {
		Map<String, List<String>> map = new HashMap<>();
		String[] ap = { "Ala.=AL", "Ariz.=AZ", "Ark.=AR", "Calif.=CA", "Cal.=CA", "Colo.=CO", "Conn.=CT", "Del.=DE",
				"Fla.=FL", "Ga.=GA", "Ill.=IL", "Ind.=IN", "Kan.=KS", "Kans.=KS", "Ky.=KY", "La.=LA", "Md.=MD",
				"Mass.=MA", "Mich.=MI", "Minn.=MN", "Miss.=MS", "Mo.=MO", "Mont.=MT", "Neb.=NE", "Nebr.=NE", "Nev.=NV",
				"N.H.=NH", "N.J.=NJ", "N.M.=NM", "N.Y.=NY", "N.C.=NC", "N.D.=ND", "Okla.=OK", "Ore.=OR", "Oreg.=OR",
				"Pa.=PA", "Penn.=PA", "R.I.=RI", "S.C.=SC", "S.D.=SD", "Tenn.=TN", "Tex.=TX", "Vt.=VT", "Va.=VA",
				"Wash.=WA", "W.Va.=WV", "Wis.=WI", "Wisc.=WI", "Wyo.=WY" };
		for (String pair : ap) {
			map.put(pair.substring(0, pair.indexOf('=')), List.of("US." + pair.substring(pair.indexOf('=') + 1)));
		}
		for (String code : ("AL AK AZ AR CA CO CT DE FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ "
				+ "NM NY NC ND OH OK OR PA RI SC SD TN TX UT VT VA WV WI WY")
			.split(" ")) {
			map.put(code, List.of("US." + code));
		}
		String[] other = { "Alta.=CA.01", "AB=CA.01", "B.C.=CA.02", "BC=CA.02", "Man.=CA.03", "MB=CA.03", "N.B.=CA.04",
				"NB=CA.04", "Nfld.=CA.05", "NL=CA.05", "N.S.=CA.07", "NS=CA.07", "N.W.T.=CA.13", "Ont.=CA.08",
				"ON=CA.08", "N.L.=CA.05", "D.C.=US.DC", "DC=US.DC", "P.E.I.=CA.09", "PE=CA.09", "Que.=CA.10",
				"QC=CA.10", "Sask.=CA.11", "SK=CA.11", "ACT=AU.01", "NSW=AU.02", "NT=AU.03", "Qld=AU.04", "QLD=AU.04",
				"SA=AU.05", "Tas=AU.06", "TAS=AU.06", "Vic=AU.07", "VIC=AU.07", "Qld.=AU.04", "Tas.=AU.06",
				"Vic.=AU.07", "N.S.W.=AU.02" };
		for (String pair : other) {
			map.put(pair.substring(0, pair.indexOf('=')), List.of(pair.substring(pair.indexOf('=') + 1)));
		}
		map.put("WA", List.of("US.WA", "AU.08"));
		return Map.copyOf(map);
	}

	private GazetteerEntry region(String key) {
		int dot = key.indexOf('.');
		return this.index.region(key.substring(0, dot), key.substring(dot + 1));
	}

	/** A continent (GeoNames CONT features; cities500 has none). */
	private record Continent(String name, long geonamesId, double latitude, double longitude) {
	}

	private static final Map<String, Continent> CONTINENTS = Map.of("europe",
			new Continent("Europe", 6255148, 48.69096, 9.14062), "asia",
			new Continent("Asia", 6255147, 29.84064, 89.29688), "africa",
			new Continent("Africa", 6255146, 7.1881, 21.09375), "north america",
			new Continent("North America", 6255149, 46.07323, -100.54688), "south america",
			new Continent("South America", 6255150, -14.60485, -57.65625), "oceania",
			new Continent("Oceania", 6255151, -18.31281, 138.51562), "antarctica",
			new Continent("Antarctica", 6255152, -78.15856, 16.40626));

	/**
	 * Macro-regions and waters news name without a country, which the gazetteer does not
	 * hold and whose GeoNames ids are not shipped ({@link NaturalFeatures} has those that
	 * are): kept unresolved, never a town or province that bears the name (New England,
	 * North Dakota; the Sahel province of Burkina Faso).
	 */
	static final Set<String> UNPLACED_AREAS = normalized("new england", "middle east", "midwest", "mid-west",
			"upper midwest", "caribbean", "pacific northwest", "southeast asia", "south-east asia", "south east asia",
			"central america", "latin america", "sahel", "balkans", "levant", "horn of africa", "west africa",
			"east africa", "north africa", "southern africa", "sub-saharan africa", "south asia", "central asia",
			"east asia", "western europe", "eastern europe", "central europe", "persian gulf", "gulf of mexico",
			"arctic", "arctic ocean", "south china sea", "east china sea", "caspian sea", "dead sea", "baltic sea",
			"aegean sea", "adriatic sea", "arabian sea", "deep south", "great plains", "eastern seaboard", "far east",
			"gulf");

	private static Set<String> normalized(String... names) {
		Set<String> set = new HashSet<>();
		for (String name : names) {
			set.add(NameNormalizer.normalize(name));
		}
		return Set.copyOf(set);
	}

	private final GazetteerIndex index;

	GazetteerPlaceResolver(GazetteerIndex index) {
		this.index = index;
	}

	/** A candidate after trimming: the span and the name to look up. */
	private record Mention(String text, int start, int end, String name, boolean fromNer, boolean regionWord,
			TextContext.Settlement settlement, String stateKey) {

		Mention(String text, int start, int end, String name, boolean fromNer, boolean regionWord,
				TextContext.Settlement settlement) {
			this(text, start, end, name, fromNer, regionWord, settlement, null);
		}

	}

	/**
	 * A mention's candidates, with how many other names in the text have a town of 10,000
	 * or more near each of them.
	 */
	private record Choice(Mention mention, List<GazetteerEntry> matches, Map<GazetteerEntry, Support> nearby) {

		Choice(Mention mention, List<GazetteerEntry> matches) {
			this(mention, matches, Map.of());
		}
	}

	@Override
	public List<ResolvedPlace> resolve(String text, List<ToponymCandidate> candidates) {
		if (text == null || candidates == null) {
			return List.of();
		}
		TextContext context = new TextContext(text);
		List<ToponymCandidate> hints = candidates.stream().filter(ToponymCandidate::contextOnly).toList();
		List<Mention> mentions = mentions(text, candidates.stream().filter((c) -> !c.contextOnly()).toList(), context);

		// Pass 1: look up, reject, and collect the countries the text names.
		List<Choice> choices = new ArrayList<>();
		List<ResolvedPlace> resolved = new ArrayList<>();
		for (Mention m : mentions) {
			String normalized = NameNormalizer.normalize(m.name());
			Continent continent = CONTINENTS.get(normalized);
			if (continent != null) {
				if (!partOfLongerName(text, m)) {
					resolved.add(new ResolvedPlace(m.text(), m.start(), m.end(), continent.name(),
							continent.geonamesId(), continent.latitude(), continent.longitude(), null, null,
							Precision.REGION.apiName(), null));
				}
				continue;
			}
			NaturalFeatures.Feature feature = m.regionWord() ? null : NaturalFeatures.named(normalized);
			if (feature != null) {
				// "the North Sea", "the Atlantic", "the Sahara": the feature, not a
				// hamlet named after it (North Sea, New York)
				if (!partOfLongerName(text, m)) {
					resolved.add(new ResolvedPlace(m.text(), m.start(), m.end(), feature.name(), feature.geonamesId(),
							feature.latitude(), feature.longitude(), null, null, Precision.REGION.apiName(), null));
				}
				continue;
			}
			if (!m.regionWord() && UNPLACED_AREAS.contains(normalized)) {
				// "New England", "the Sahel", "the Middle East": an area the gazetteer
				// does not hold, kept unresolved rather than placed at a town or province
				// of that name; "the Caribbean cruise season" uses it as an adjective
				if (!partOfLongerName(text, m)
						&& NATURE_AFTER.matcher(text.substring(m.end(), Math.min(text.length(), m.end() + 16)))
							.find()) {
					resolved.add(new ResolvedPlace(m.text(), m.start(), m.end(), m.text(), null, null, null, null, null,
							Precision.UNRESOLVED, null));
				}
				continue;
			}
			if (isRejectedWord(normalized, m, text)) {
				continue;
			}
			List<GazetteerEntry> matches = this.index.lookup(m.name());
			if (matches.isEmpty() && (m.fromNer() || m.name().contains(" ")) && m.stateKey() == null) {
				// "Qamishli", "Qalqilya": GeoNames' "Al Qamishli", "Qalqilyah"; also a
				// name of more than one word NER calls a person after a locative
				// ("sheltering in Deir al-Balah": GeoNames' "Dayr al Balah")
				matches = this.index.lookupTransliterated(m.name())
					.stream()
					.filter((e) -> !(GazetteerIndex.SOUTH_ASIAN.contains(e.countryCode())
							|| GazetteerIndex.CYRILLIC.contains(e.countryCode()))
							|| context.countryMentions.containsKey(e.countryCode())
							|| namesCountry(text, e.countryCode()))
					.toList();
				// "Sangareddy" (GeoNames' "Sangareddi") only in a text about its country
			}
			Matcher compass = PART_OF_REGION.matcher(m.name());
			if (matches.isEmpty() && m.stateKey() == null && compass.lookingAt()) {
				// "South Florida", "East Texas", "Northern California": a part of a state
				// or province the gazetteer does not hold, placed at that region
				matches = this.index.lookup(m.name().substring(compass.end()))
					.stream()
					.filter((e) -> e.precision() == Precision.REGION)
					.toList();
			}
			if (!m.fromNer() && m.name().endsWith("s")) {
				// "the two Salems": an English plural of a town's name, which GeoNames
				// may list among the town's names in another language, names no place
				String singular = m.name().substring(0, m.name().length() - 1);
				matches = matches.stream().filter((e) -> ownName(m, e) || !ownName(singular, e)).toList();
			}
			if (m.stateKey() != null) {
				GazetteerEntry state = region(m.stateKey());
				matches = (state != null) ? List.of(state) : List.of();
			}
			if (m.regionWord()) {
				List<GazetteerEntry> regions = matches.stream()
					.filter((e) -> e.precision() == Precision.REGION)
					.toList();
				// "the province of Alicante": a province the gazetteer lacks, named after
				// its seat, is placed at the seat
				matches = (regions.isEmpty()
						&& !SOMEONES_PROVINCE.matcher(text.substring(Math.max(0, m.start() - 60), m.start())).find())
								? provinceSeats(m.text()) : regions;
			}
			else if (SETTLEMENT_OF.matcher(text.substring(Math.max(0, m.start() - 40), m.start())).find()
					&& matches.stream().anyMatch((e) -> e.precision().populated())
					&& (matches.stream().anyMatch((e) -> e.precision().populated() && ownName(m, e))
							|| matches.stream().noneMatch((e) -> !e.precision().populated() && ownName(m, e)))) {
				// "crossed into the town of Batken": the town, not the region named after
				// it
				matches = matches.stream().filter((e) -> e.precision().populated()).toList();
			}
			if (ISLAND_STATE_ALIASES.contains(m.name())) {
				if (SAINTS_INSTITUTION_AFTER.matcher(text).region(m.end(), text.length()).lookingAt()
						&& m.name().startsWith("S")) {
					// "the St. Vincent de Paul Society", "St. Kitts Hospital": a saint's
					// name in an institution's, no place
					continue;
				}
				matches = withoutOutrankedIslandState(matches, m, text);
			}
			matches = withoutTownsNamedAfterCountry(matches, m);
			if (matches.stream().anyMatch((e) -> isSouthKoreanProvinceByAlias(m, e)) && namesCountry(text, "KP")
					&& !namesCountry(text, "KR")) {
				// "Gangwon province" in a text about North Korea: not the South's
				// province of the English name (Kangwon is the North's too)
				matches = matches.stream().filter((e) -> !isSouthKoreanProvinceByAlias(m, e)).toList();
			}
			if (isAcronym(m.name()) && m.stateKey() == null && !opensDateline(text, m)) {
				// "GUR", "HUR", "IS": only exact country aliases (US, UK, DPRK)
				matches = matches.stream().filter((e) -> e.precision() == Precision.COUNTRY).toList();
			}
			choices.add(new Choice(m, matches));
			if (matches.size() == 1 && matches.get(0).precision() == Precision.COUNTRY) {
				context.mentionCountry(matches.get(0).countryCode());
			}
		}

		Map<String, List<GazetteerEntry>> hintTowns = new LinkedHashMap<>();
		Set<String> hintRegions = new HashSet<>();
		readHints(hints, hintTowns, hintRegions);
		choices = withNearbyTowns(choices, hintTowns, text);
		choices = countiesOfOneState(choices);
		// the context is learnt from all of a name's places: the village abroad a
		// partner rules out may still be what supports another name ("from Shannon to
		// Boston and Chicago": Boston, Co Clare, keeps Shannon Irish)
		List<Choice> unfiltered = choices;
		choices = withoutVillagesAbroadOfPartner(choices, text);

		// Pass 2: settle unambiguous and big matches to learn the regions and countries
		// in play.
		Map<String, Integer> regionMentions = new HashMap<>();
		supportedRegions(unfiltered).forEach((key) -> regionMentions.merge(key, 1, Integer::sum));
		hintRegions.forEach((key) -> regionMentions.merge(key, 1, Integer::sum));
		Map<Mention, String> ownRegion = new HashMap<>();
		Map<Mention, String> ownCountry = new HashMap<>();
		Set<Mention> ownGuessOnly = new HashSet<>();
		for (Choice choice : unfiltered) {
			GazetteerEntry best = pick(choice, context, regionMentions, text);
			if (best != null && accepted(choice.mention(), best, context, regionMentions, text)) {
				context.mentionCountry(best.countryCode());
				ownCountry.put(choice.mention(), best.countryCode());
				if (!"PPLC".equals(best.featureCode())) {
					ownGuessOnly.add(choice.mention());
				}
				if (best.admin1Code() != null) {
					String key = GazetteerData.key(best.countryCode(), best.admin1Code());
					regionMentions.merge(key, 1, Integer::sum);
					ownRegion.put(choice.mention(), key);
				}
			}
		}

		// Pass 3: decide with the full context (less what the mention's own first guess
		// added).
		for (Choice choice : choices) {
			// the first guesses of the same name elsewhere in the text do not count
			// either:
			// "Brown County" twice is no evidence for the Wisconsin county
			Map<String, Integer> others = regionMentions;
			for (Choice same : choices) {
				String own = ownRegion.get(same.mention());
				if (own != null && (same == choice || same.mention().name().equals(choice.mention().name()))) {
					if (others == regionMentions) {
						others = new HashMap<>(regionMentions);
					}
					others.computeIfPresent(own, (k, v) -> (v > 1) ? v - 1 : null);
				}
			}
			// nor its country: "Alexandria" beside Washington is not in Egypt because its
			// own first guess was (a capital keeps it: "talks between Ottawa and
			// Washington" are the capitals, the name's usual sense)
			String ownCountryCode = ownCountry.get(choice.mention());
			boolean dropOwn = ownCountryCode != null && ownGuessOnly.contains(choice.mention());
			if (dropOwn) {
				context.countryMentions.computeIfPresent(ownCountryCode, (k,
						v) -> (v > TextContext.COUNTRY_MENTION_WEIGHT) ? v - TextContext.COUNTRY_MENTION_WEIGHT : null);
			}
			ResolvedPlace place = decide(choice, context, others, ownCountryCode, text);
			if (dropOwn) {
				context.mentionCountry(ownCountryCode);
			}
			if (place != null) {
				resolved.add(place);
			}
		}
		resolved.sort(Comparator.comparingInt(ResolvedPlace::start));
		return sameSenseAsQualified(text, inNamedCity(text, resolved));
	}

	/** ", " between a place and the state or country that qualifies it. */
	private static final Pattern QUALIFIER_COMMA = Pattern.compile(",\\s*");

	/**
	 * "Lebanon hospital to add beds / LEBANON, N.H. —": a text means one place by one
	 * name; a mention the text qualifies with its state or country ("LEBANON, N.H.",
	 * "SPLIT, Croatia") settles the others of that name (the headline's "Lebanon" is not
	 * Lebanon, Pennsylvania).
	 */
	private static List<ResolvedPlace> sameSenseAsQualified(String text, List<ResolvedPlace> resolved) {
		Map<String, ResolvedPlace> qualified = new HashMap<>();
		Set<String> conflicting = new HashSet<>();
		for (int i = 0; i + 1 < resolved.size(); i++) {
			ResolvedPlace place = resolved.get(i);
			ResolvedPlace container = resolved.get(i + 1);
			if (place.geonamesId() == null || container.start() < place.end()
					|| !QUALIFIER_COMMA.matcher(text.substring(place.end(), container.start())).matches()
					|| !contains(container, place)) {
				continue;
			}
			String key = NameNormalizer.normalize(place.text());
			ResolvedPlace earlier = qualified.putIfAbsent(key, place);
			if (earlier != null && !earlier.geonamesId().equals(place.geonamesId())) {
				conflicting.add(key);
			}
		}
		if (qualified.isEmpty()) {
			return resolved;
		}
		List<ResolvedPlace> out = new ArrayList<>(resolved.size());
		for (ResolvedPlace place : resolved) {
			String key = NameNormalizer.normalize(place.text());
			ResolvedPlace sense = conflicting.contains(key) ? null : qualified.get(key);
			if (sense == null || sense.geonamesId().equals(place.geonamesId()) || place.geonamesId() == null) {
				out.add(place);
				continue;
			}
			out.add(new ResolvedPlace(place.text(), place.start(), place.end(), sense.name(), sense.geonamesId(),
					sense.latitude(), sense.longitude(), sense.countryCode(), sense.admin1Code(), sense.precision(),
					sense.regionGeonamesId(), sense.locationId()));
		}
		return out;
	}

	/** The container is the place's first-level region or its country. */
	private static boolean contains(ResolvedPlace container, ResolvedPlace place) {
		if (container.geonamesId() == null || Precision.COUNTRY.apiName().equals(place.precision())
				|| Precision.REGION.apiName().equals(place.precision())) {
			return false;
		}
		return container.geonamesId().equals(place.regionGeonamesId())
				|| (Precision.COUNTRY.apiName().equals(container.precision()) && container.countryCode() != null
						&& container.countryCode().equals(place.countryCode()));
	}

	/** " in ", " in east ": between a neighbourhood and its city. */
	private static final Pattern IN_CITY = Pattern
		.compile(" in (?:(?:north|south|east|west|central|north-east|north-west|south-east|south-west) )?");

	/** A neighbourhood this far from the city the text puts it in is a namesake. */
	private static final double NEIGHBOURHOOD_KM = 300;

	/**
	 * "rents rose in Soho in London", "cafés in Montmartre in Paris": a name the text
	 * puts in a city, which the gazetteer lacks or knows only as a village far away
	 * (Soho, Indonesia), is a part of that city and is placed at its point.
	 */
	private static List<ResolvedPlace> inNamedCity(String text, List<ResolvedPlace> resolved) {
		List<ResolvedPlace> out = new ArrayList<>(resolved);
		for (int i = 0; i + 1 < out.size(); i++) {
			ResolvedPlace part = out.get(i);
			ResolvedPlace city = out.get(i + 1);
			if (!"city".equals(city.precision()) || city.latitude() == null || city.start() < part.end()
					|| !IN_CITY.matcher(text.substring(part.end(), city.start())).matches()) {
				continue;
			}
			// (a village the text places in a region stays unresolved there: "the
			// villages of Plekhovo and Martynovka in Kursk")
			boolean unplaced = part.latitude() == null && part.countryCode() == null
					&& Precision.UNRESOLVED.equals(part.precision());
			boolean farVillage = "village".equals(part.precision()) && part.latitude() != null
					&& kilometres(part.latitude(), part.longitude(), city.latitude(),
							city.longitude()) > NEIGHBOURHOOD_KM;
			if (unplaced || farVillage) {
				out.set(i,
						new ResolvedPlace(part.text(), part.start(), part.end(), part.text(), null, city.latitude(),
								city.longitude(), city.countryCode(), city.admin1Code(), Precision.VILLAGE.apiName(),
								city.regionGeonamesId()));
			}
		}
		return out;
	}

	/**
	 * "Polk, Story and Jasper counties": the counties of one list lie in one state, the
	 * state all of them have a county of that name in (Story County is only in Iowa, so
	 * Jasper is not the Missouri county).
	 */
	private static List<Choice> countiesOfOneState(List<Choice> choices) {
		Map<Integer, Set<String>> shared = new HashMap<>();
		for (Choice c : choices) {
			TextContext.Settlement s = c.mention().settlement();
			if (s != null && s.countyName() != null && c.mention().name().equals(s.countyName())) {
				Set<String> states = c.matches()
					.stream()
					.map(GazetteerPlaceResolver::stateKey)
					.collect(Collectors.toSet());
				shared.merge(s.listStart(), states,
						(a, b) -> a.stream().filter(b::contains).collect(Collectors.toSet()));
			}
		}
		return choices.stream().map((c) -> {
			TextContext.Settlement s = c.mention().settlement();
			Set<String> states = (s != null) ? shared.get(s.listStart()) : null;
			if (states == null || states.isEmpty() || !c.mention().name().equals(s.countyName())) {
				return c;
			}
			List<GazetteerEntry> inState = c.matches().stream().filter((e) -> states.contains(stateKey(e))).toList();
			return new Choice(c.mention(), inState, c.nearby());
		}).toList();
	}

	/**
	 * "Marketing was the province of Austin", "titles have long been the province of
	 * Chelsea": someone's domain, no province ("is in the province of Cuneo" is one, and
	 * so is "the worst-hit area was the province of Cuneo").
	 */
	private static final Pattern SOMEONES_PROVINCE = Pattern.compile(
			"(?i)(?<![\\p{L}])(?<!(?:area|areas|region|place|" + "epicentre|epicenter|zone|home|destination|site) )"
					+ "(?:is|are|was|were|be|been|become|becomes|became|remain|remains|remained)\\s+"
					+ "(?:(?:once|long|always|still|now|largely|mostly|never|no longer|\\p{L}+ly)\\s+)?the\\s+"
					+ "(?:\\p{Ll}+\\s+)?(?:province|provinces|region)\\s+of\\s+$");

	/**
	 * Countries whose second-level divisions, which the gazetteer lacks, are provinces
	 * named after their seats.
	 */
	private static final Set<String> SECOND_LEVEL_PROVINCES = Set.of("ES", "IT", "BE", "PH", "CL", "PE", "BO");

	/**
	 * The seats named like a province the gazetteer lacks; of seats in several countries
	 * only those where provinces are second-level divisions ("the province of Salamanca"
	 * is Spain's, not a Mexican municipality's seat; "the Bordeaux region" has one).
	 */
	private List<GazetteerEntry> provinceSeats(String name) {
		List<GazetteerEntry> seats = this.index.lookup(name)
			.stream()
			.filter((e) -> ("PPLA".equals(e.featureCode()) || "PPLA2".equals(e.featureCode())) && ownName(name, e))
			.toList();
		if (seats.stream().map(GazetteerEntry::countryCode).distinct().count() < 2) {
			return seats;
		}
		return seats.stream().filter((e) -> SECOND_LEVEL_PROVINCES.contains(e.countryCode())).toList();
	}

	/** Between two names of one list: ", ", " and ", ", or ". */
	private static final Pattern LIST_JOINT = Pattern.compile("\\s*,\\s*|,?\\s+(?:and|or)\\s+");

	/**
	 * "flights from Shannon to Boston and Chicago": a name listed beside a name whose
	 * every place lies in one country is not a village elsewhere (a hamlet in Co Clare)
	 * when it names a town of 10,000 or more in that country ("Paris and Versailles" keep
	 * the Kentucky towns: Versailles is French too).
	 */
	private List<Choice> withoutVillagesAbroadOfPartner(List<Choice> choices, String text) {
		List<Choice> out = new ArrayList<>(choices);
		for (int i = 0; i < choices.size(); i++) {
			Mention m = choices.get(i).mention();
			if (qualifiedMatches(text, choices.get(i)).size() < choices.get(i).matches().size()) {
				// "and Prescott, Ontario": the text names its region itself
				continue;
			}
			Set<String> partnerCountries = new HashSet<>();
			for (Choice other : choices) {
				Mention o = other.mention();
				int from = (o.end() <= m.start()) ? o.end() : m.end();
				int to = (o.end() <= m.start()) ? m.start() : o.start();
				if (to < from || to - from > 6 || !LIST_JOINT.matcher(text.substring(from, to)).matches()) {
					continue;
				}
				Set<String> countries = other.matches()
					.stream()
					.map(GazetteerEntry::countryCode)
					.collect(Collectors.toSet());
				if (countries.size() == 1) {
					partnerCountries.addAll(countries);
				}
			}
			if (partnerCountries.size() != 1) {
				continue;
			}
			String country = partnerCountries.iterator().next();
			List<GazetteerEntry> matches = choices.get(i).matches();
			boolean townThere = matches.stream()
				.anyMatch((e) -> e.precision().populated() && e.population() >= SUPPORTING_TOWN
						&& e.countryCode().equals(country));
			if (townThere) {
				out.set(i,
						new Choice(m,
								matches.stream()
									.filter((e) -> !e.precision().populated() || e.population() >= SUPPORTING_TOWN
											|| e.countryCode().equals(country))
									.toList(),
								choices.get(i).nearby()));
			}
		}
		return out;
	}

	private static String stateKey(GazetteerEntry e) {
		return GazetteerData.key(e.countryCode(), e.admin1Code());
	}

	/**
	 * "a tornado hit Albany ... crews from across south Georgia": a name that is a
	 * country or a region (Georgia the country, or the state) and a town of 10,000 or
	 * more in that region another mention may be (Albany, Georgia, or Albany, New York)
	 * support each other. Not for names a big city shares ("Washington", "New York"),
	 * which stand for the city as often.
	 */
	private static Set<String> supportedRegions(List<Choice> choices) {
		// each name once: the regions its towns of 10,000+ lie in, counting only towns at
		// least a quarter the size of the biggest place of that name ("Athens" in a story
		// about the country Georgia is Athens, Greece, not support for the state)
		Map<String, List<GazetteerEntry>> byName = new LinkedHashMap<>();
		for (Choice choice : choices) {
			byName.putIfAbsent(choice.mention().text(), choice.matches());
		}
		Map<String, Set<String>> townRegions = new HashMap<>();
		byName.forEach((name, matches) -> {
			long biggest = matches.stream().mapToLong(GazetteerEntry::population).max().orElse(0);
			Set<String> keys = new HashSet<>();
			for (GazetteerEntry e : matches) {
				if (e.precision().populated() && e.admin1Code() != null && e.population() >= SUPPORTING_TOWN
						&& e.population() * 4 >= biggest) {
					keys.add(GazetteerData.key(e.countryCode(), e.admin1Code()));
				}
			}
			townRegions.put(name, keys);
		});
		Set<String> supported = new HashSet<>();
		byName.forEach((name, matches) -> {
			boolean bigNamesake = matches.stream()
				.anyMatch((e) -> e.precision().populated() && e.population() >= BIG_CITY);
			boolean alsoCountry = matches.stream().anyMatch((e) -> e.precision() == Precision.COUNTRY);
			if (bigNamesake || !alsoCountry) {
				// only a name that is also a country needs the help: a name only a region
				// bears is settled on its own, and seeding its towns here would pull "the
				// Paris talks" to Paris, Tennessee
				return;
			}
			for (GazetteerEntry r : matches) {
				if (r.precision() != Precision.REGION || "ADM2".equals(r.featureCode()) || r.admin1Code() == null) {
					continue;
				}
				String key = GazetteerData.key(r.countryCode(), r.admin1Code());
				boolean townThere = townRegions.entrySet()
					.stream()
					.anyMatch((town) -> !town.getKey().equals(name) && town.getValue().contains(key));
				if (townThere) {
					supported.add(key);
				}
			}
		});
		return supported;
	}

	/** What "nearby" means: the two towns are this close. */
	private static final double SAID_NEAR_KM = 80;

	/** Towns this close support a namesake of another name in the text. */
	private static final double NEARBY_KM = 200;

	/**
	 * "Boats left Calais ... ashore at Dover": of the places a name may be, those near a
	 * town another name of the text may be are the likelier (Dover in Kent, not the
	 * capital of Delaware; Charleston, Greenville and Columbia together are the South
	 * Carolina towns). Only towns of 10,000 or more support or are supported, so that
	 * hamlets named like anything do not, and names of countries and regions take no
	 * part.
	 */
	private List<Choice> withNearbyTowns(List<Choice> choices, Map<String, List<GazetteerEntry>> hintTowns,
			String text) {
		Map<String, List<GazetteerEntry>> townsByName = new LinkedHashMap<>();
		Set<String> saidToBeNear = new HashSet<>();
		hintTowns.forEach((name, towns) -> townsByName.put(name, new ArrayList<>(towns)));
		// "Lebanon hospital ... LEBANON, N.H.": one mention qualified by its state
		// narrows every mention of that name
		Map<String, List<GazetteerEntry>> qualified = new HashMap<>();
		for (Choice choice : choices) {
			List<GazetteerEntry> within = qualifiedMatches(text, choice);
			if (within.size() < choice.matches().size()) {
				qualified.putIfAbsent(NameNormalizer.normalize(choice.mention().name()), within);
			}
		}
		for (Choice choice : choices) {
			List<GazetteerEntry> towns = townsByName.computeIfAbsent(NameNormalizer.normalize(choice.mention().name()),
					(k) -> new ArrayList<>());
			if (NEARBY_BEFORE
				.matcher(text.substring(Math.max(0, choice.mention().start() - 14), choice.mention().start()))
				.find() || shortDistanceAfter(text, choice.mention().end())) {
				saidToBeNear.add(NameNormalizer.normalize(choice.mention().name()));
			}
			for (GazetteerEntry e : qualified.getOrDefault(NameNormalizer.normalize(choice.mention().name()),
					choice.matches())) {
				if (e.precision().populated() && e.population() >= SUPPORTING_TOWN
						&& towns.stream().noneMatch((t) -> samePlace(t, e))) {
					towns.add(e);
				}
			}
		}
		// "ALBANY, Ga.": a name its state qualifies pins one town
		Map<String, GazetteerEntry> pinned = new HashMap<>();
		qualified.forEach((name, within) -> {
			if (within.size() == 1 && within.get(0).precision().populated()) {
				pinned.put(name, within.get(0));
			}
		});
		List<Choice> supported = new ArrayList<>(choices.size());
		// a name mentioned again has the same support: worked out once per name and
		// candidates, so a text with thousands of mentions costs what its names cost
		Map<List<Object>, Map<GazetteerEntry, Support>> byName = new HashMap<>();
		for (Choice choice : choices) {
			String name = NameNormalizer.normalize(choice.mention().name());
			Map<GazetteerEntry, Support> nearby = byName.computeIfAbsent(List.of(name, choice.matches()),
					(key) -> nearbyTowns(name, choice.matches(), townsByName, saidToBeNear, pinned));
			supported.add(new Choice(choice.mention(), choice.matches(), nearby));
		}
		return supported;
	}

	/** ", N.H.", ", Maine", ", Croatia": a state, region or country after a place. */
	private static final Pattern QUALIFIER_AFTER = Pattern.compile("^, ((?:[A-Z]\\.){2,3}|W\\.Va\\.|[A-Z][a-z]{1,4}\\."
			+ "|[A-Z]{2,3}(?![\\p{L}])|\\p{Lu}\\p{Ll}+(?: \\p{Lu}\\p{Ll}+)?)");

	/**
	 * "LEBANON, N.H.": of the places a name qualified by its state or country may be,
	 * only those in it support the text's other names (not Lebanon, Pennsylvania, which
	 * would make "nearby Hanover" the Maryland town); all of them when none is in it.
	 */
	private List<GazetteerEntry> qualifiedMatches(String text, Choice choice) {
		int end = choice.mention().end();
		Matcher q = QUALIFIER_AFTER.matcher(text.substring(end, Math.min(text.length(), end + 40)));
		if (!q.find()) {
			return choice.matches();
		}
		String qualifier = q.group(1);
		Set<String> regions = new HashSet<>(STATE_ABBREVIATIONS.getOrDefault(qualifier, List.of()));
		Set<String> countries = new HashSet<>();
		for (GazetteerEntry e : this.index.lookup(qualifier)) {
			if (e.precision() == Precision.REGION && e.admin1Code() != null) {
				regions.add(GazetteerData.key(e.countryCode(), e.admin1Code()));
			}
			else if (e.precision() == Precision.COUNTRY) {
				countries.add(e.countryCode());
			}
		}
		List<GazetteerEntry> within = choice.matches()
			.stream()
			.filter((e) -> e.precision().populated() && (countries.contains(e.countryCode()) || (e.admin1Code() != null
					&& regions.contains(GazetteerData.key(e.countryCode(), e.admin1Code())))))
			.toList();
		return within.isEmpty() ? choice.matches() : within;
	}

	/**
	 * Places inside names ("Dallas Cowboys", "University of Georgia"): a big city under
	 * its own name supports its neighbours as a town of the text does; a US state,
	 * province or other first-level region under its own name counts as named.
	 */
	private void readHints(List<ToponymCandidate> hints, Map<String, List<GazetteerEntry>> towns, Set<String> regions) {
		Set<String> hintRegions = new HashSet<>();
		for (ToponymCandidate hint : hints) {
			List<GazetteerEntry> counties = new ArrayList<>();
			for (GazetteerEntry e : this.index.lookup(hint.text())) {
				if ("ADM2".equals(e.featureCode()) && e.admin1Code() != null
						&& NameNormalizer.normalize(e.name()).startsWith(NameNormalizer.normalize(hint.text()))) {
					counties.add(e);
				}
				if (!ownName(hint.text(), e)) {
					continue;
				}
				if (e.precision().populated() && e.population() >= BIG_CITY) {
					towns.computeIfAbsent(NameNormalizer.normalize(hint.text()), (k) -> new ArrayList<>()).add(e);
				}
				else if (e.precision() == Precision.REGION && !"ADM2".equals(e.featureCode())
						&& e.admin1Code() != null) {
					hintRegions.add(GazetteerData.key(e.countryCode(), e.admin1Code()));
				}
			}
			if (counties.size() == 1) {
				// "Wiltshire Council", "the Harris County Sheriff's Office": a county
				// only
				// one region has names that region (Salisbury in England, not Harare)
				hintRegions.add(GazetteerData.key(counties.get(0).countryCode(), counties.get(0).admin1Code()));
			}
			if (!towns.containsKey(NameNormalizer.normalize(hint.text()))) {
				// "Manchester United" names the city, not Manchester Parish, Jamaica
				regions.addAll(hintRegions);
			}
			hintRegions.clear();
		}
	}

	/**
	 * How many other names of the text may be a town near a candidate, and whether the
	 * text says one of them is near ("police in nearby Pullman").
	 */
	private record Support(int names, boolean saidToBeNear) {
	}

	/** "nearby Pullman", "neighbouring Gateshead". */
	private static final Pattern NEARBY_BEFORE = Pattern
		.compile("(?i)\\b(nearby|neighbouring|neighboring|adjacent|next-door)\\s+$");

	/** "Washington, about 20 miles downriver": a short distance in an appositive. */
	private static final Pattern DISTANCE_AFTER = Pattern.compile(
			"^, (?:about |some |roughly |nearly |just |around |only )?(\\d{1,3}) (miles?|km|kilomet(?:re|er)s?)\\b");

	/**
	 * "Residents of Washington, about 20 miles downriver": the text says the place is
	 * near the others (up to 40 miles or 60 km), as "nearby" does.
	 */
	private static boolean shortDistanceAfter(String text, int end) {
		Matcher m = DISTANCE_AFTER.matcher(text.substring(end, Math.min(text.length(), end + 40)));
		if (!m.find()) {
			return false;
		}
		int n = Integer.parseInt(m.group(1));
		return m.group(2).startsWith("mile") ? n <= 40 : n <= 60;
	}

	private Map<GazetteerEntry, Support> nearbyTowns(String name, List<GazetteerEntry> matches,
			Map<String, List<GazetteerEntry>> townsByName, Set<String> saidToBeNear,
			Map<String, GazetteerEntry> pinned) {
		Map<GazetteerEntry, Support> nearby = new HashMap<>();
		// a parish of Bermuda does not make "Hamilton" or "Warwick" an area
		boolean alsoArea = matches.stream()
			.anyMatch((e) -> e.precision() == Precision.COUNTRY
					|| (e.precision() == Precision.REGION && !inSmallCountry(e)));
		boolean toldNear = saidToBeNear.contains(name);
		for (GazetteerEntry e : matches) {
			// a small town counts only where the text says it is near another ("nurses
			// from nearby Hanover" beside Lebanon, New Hampshire: the college town)
			boolean small = e.population() < SUPPORTING_TOWN;
			if (!e.precision().populated()) {
				continue;
			}
			if (small && !toldNear) {
				// "ALBANY, Ga. — ... A man in Leesburg was hurt": a small town close to
				// a town the text pins by its state, in that state, is supported by it
				// (Leesburg, Georgia, 2,900, not Leesburg, Florida)
				boolean nearPinned = pinned.entrySet()
					.stream()
					.anyMatch((p) -> !p.getKey().equals(name) && !samePlace(p.getValue(), e)
							&& e.countryCode().equals(p.getValue().countryCode())
							&& Objects.equals(e.admin1Code(), p.getValue().admin1Code())
							&& kilometres(e, p.getValue()) <= SAID_NEAR_KM);
				// a namesake city of 100,000 or more keeps the name ("Dallas" under
				// "CHARLOTTE, N.C." is the Texas city, not Dallas, North Carolina)
				boolean bigNamesake = matches.stream()
					.anyMatch((o) -> o.precision().populated() && o.population() >= BIG_CITY);
				if (nearPinned && !alsoArea && !bigNamesake) {
					nearby.put(e, new Support(1, false));
				}
				continue;
			}
			int names = 0;
			boolean near = false;
			for (Map.Entry<String, List<GazetteerEntry>> other : townsByName.entrySet()) {
				if (other.getKey().equals(name) || other.getValue()
					.stream()
					.noneMatch((t) -> !samePlace(t, e) && kilometres(e, t) <= NEARBY_KM)) {
					continue;
				}
				boolean close = other.getValue()
					.stream()
					.anyMatch((t) -> !samePlace(t, e) && kilometres(e, t) <= SAID_NEAR_KM);
				if (small && !close) {
					continue;
				}
				names++;
				near |= toldNear ? close : saidToBeNear.contains(other.getKey());
			}
			if (alsoArea && !near) {
				// "Russia" and "Poland" with "Warsaw" are not the Ohio and Indiana
				// towns; "Moscow" with "nearby Pullman" is the Idaho town
				continue;
			}
			if (names > 0) {
				nearby.put(e, new Support(names, near));
			}
		}
		return nearby;
	}

	private static boolean samePlace(GazetteerEntry a, GazetteerEntry b) {
		return a == b || (a.geonamesId() != null && a.geonamesId().equals(b.geonamesId()));
	}

	/**
	 * A public agency named by a capitalised service word right before the place it
	 * serves: "Police Scotland", "Transport for London", "Public Health Wales", "Historic
	 * England".
	 */
	private static final Pattern AGENCY_BEFORE = Pattern
		.compile("(?<![\\p{L}.])(?:Police|Transport(?: for)?|Public Health|Historic|Natural|Sport|Visit)\\s$");

	/** A hyphen between two capitalised names: "Dallas-Fort Worth". */
	private static final Pattern HYPHEN_JOIN = Pattern.compile("(?<=[\\p{L}.])-(?=\\p{Lu})");

	/**
	 * The places a name the gazetteer does not know whole joins by hyphens, when it knows
	 * every part ("Dallas-Fort Worth", "Raleigh-Durham"); else none.
	 */
	private List<Mention> hyphenatedParts(String text, Mention m, TextContext context) {
		if (!HYPHEN_JOIN.matcher(m.text()).find() || this.index.contains(m.name()) || partOfLongerName(text, m)) {
			// "the Orange-Seminole State Attorney's Office": a name's opening words
			return List.of();
		}
		List<Mention> parts = new ArrayList<>();
		Matcher hyphen = HYPHEN_JOIN.matcher(m.text());
		int from = 0;
		while (true) {
			boolean found = hyphen.find();
			int to = found ? hyphen.start() : m.text().length();
			Mention part = trim(text, m.start() + from, m.start() + to, m.fromNer(), context);
			if (part == null || !this.index.contains(part.name())) {
				return List.of();
			}
			parts.add(part);
			if (!found) {
				boolean route = m.fromNer() && ROUTE_AFTER.matcher(text).region(m.end(), text.length()).lookingAt();
				return joinedPlaces(parts, route ? Double.MAX_VALUE : PAIRED_CITY_KM) ? parts : List.of();
			}
			from = hyphen.end();
		}
	}

	/**
	 * "the Kaduna-Abuja highway": a route's ends may lie any distance apart, so before a
	 * route noun the parts of a place NER names are cities at any distance (still of
	 * 50,000 or more: "the Warren-Baker highway bill" joins no towns).
	 */
	private static final Pattern ROUTE_AFTER = Pattern
		.compile("\\s(?:highway|road|expressway|motorway|railway|rail|route|corridor|pipeline|flights?)\\b"
				// a named bill, plan or firm is no route: "the Jackson-Madison highway
				// bill", "the Irving-Lawrence road plan"
				+ "(?!\\s+(?:bills?|acts?|laws?|plans?|projects?|proposals?|amendments?|compan(?:y|ies)|cases?"
				+ "|disputes?|funds?)\\b)");

	/**
	 * "Chattogram, formerly spelt Chittagong", "Bombay (now Mumbai)": one place's names.
	 */
	private static final Pattern RENAMING = Pattern
		.compile("(?i)\\(|\\b(?:formerly|once|previously|also|known as|or|spelt|spelled|called|renamed|now|today)\\b");

	/** "Pernambuco, as Recife is sometimes called": the naming after the own name. */
	private static final Pattern CALLED_AFTER = Pattern
		.compile("(?i)^\\s+(?:is|was|were|are)?\\s*(?:\\w+\\s+)?(?:called|known as|nicknamed|dubbed)\\b");

	/**
	 * The text names the place, outside the mention and not as the mention's other name,
	 * by its own name, which does not hold the mention's ("Recife" beside "Pernambuco";
	 * not "New York City" beside "New York").
	 */
	private static boolean namedElsewhereByOwnName(String text, Mention m, GazetteerEntry e) {
		boolean named = false;
		for (String own : new String[] { e.name(), e.asciiName() }) {
			if (own == null || own.isEmpty() || own.contains(m.text()) || own.contains(m.name())) {
				continue;
			}
			Matcher at = Pattern.compile("(?<!\\p{L})" + Pattern.quote(own) + "(?!\\p{L})").matcher(text);
			while (at.find()) {
				String between = (at.end() <= m.start()) ? text.substring(at.end(), m.start())
						: (at.start() >= m.end()) ? text.substring(m.end(), at.start()) : null;
				boolean calledAfter = at.start() >= m.end()
						&& CALLED_AFTER.matcher(text).region(at.end(), text.length()).lookingAt();
				if (between != null && between.length() <= 40 && (RENAMING.matcher(between).find() || calledAfter)) {
					// the text gives the mention as the place's other name
					return false;
				}
				named |= between != null;
			}
		}
		return named;
	}

	/** Cities this big, near each other, are a metropolitan pair: "Dallas-Fort Worth". */
	private static final long PAIRED_CITY = 50_000;

	private static final double PAIRED_CITY_KM = 150;

	/**
	 * Every part a country or region, or every part a city of 50,000 or more within maxKm
	 * of the others (150 for a metropolitan pair: "Raleigh-Durham"); not a district or a
	 * census place whose parts are small towns far apart ("Florence-Firestone" in Los
	 * Angeles is no Florence and Firestone in Colorado, "Pico-Union" no Pico Rivera).
	 */
	private boolean joinedPlaces(List<Mention> parts, double maxKm) {
		boolean areas = parts.stream()
			.allMatch((p) -> this.index.lookup(p.name())
				.stream()
				.anyMatch((e) -> e.precision() == Precision.COUNTRY
						|| (e.precision() == Precision.REGION && !"ADM2".equals(e.featureCode()))));
		if (areas) {
			return true;
		}
		List<List<GazetteerEntry>> cities = new ArrayList<>();
		for (Mention p : parts) {
			List<GazetteerEntry> big = this.index.lookup(p.name())
				.stream()
				.filter((e) -> e.precision().populated() && e.population() >= PAIRED_CITY)
				.toList();
			if (big.isEmpty()) {
				return false;
			}
			cities.add(big);
		}
		for (GazetteerEntry first : cities.get(0)) {
			boolean allNear = cities.subList(1, cities.size())
				.stream()
				.allMatch((list) -> list.stream().anyMatch((e) -> kilometres(first, e) <= maxKm));
			if (allNear) {
				return true;
			}
		}
		return false;
	}

	private static double kilometres(GazetteerEntry a, GazetteerEntry b) {
		return kilometres(a.latitude(), a.longitude(), b.latitude(), b.longitude());
	}

	private static double kilometres(double lat1, double lon1, double lat2, double lon2) {
		double dLat = Math.toRadians(lat2 - lat1);
		double dLon = Math.toRadians(lon2 - lon1);
		double h = Math.sin(dLat / 2) * Math.sin(dLat / 2) + Math.cos(Math.toRadians(lat1))
				* Math.cos(Math.toRadians(lat2)) * Math.sin(dLon / 2) * Math.sin(dLon / 2);
		return 2 * 6371 * Math.asin(Math.min(1, Math.sqrt(h)));
	}

	private List<Mention> mentions(String text, List<ToponymCandidate> candidates, TextContext context) {
		List<Mention> all = new ArrayList<>();
		for (ToponymCandidate c : candidates) {
			Mention m = trim(text, c.start(), c.end(), c.fromNer(), context);
			if (m != null && !m.fromNer() && CONNECTOR_INSIDE.matcher(m.text()).find()
					&& !this.index.contains(m.name())) {
				// "Newcastle upon Tyne" only when the gazetteer knows the whole name
				continue;
			}
			Matcher district = (m != null && m.fromNer()) ? DISTRICT_PREFIX.matcher(m.text()) : null;
			if (district != null && district.lookingAt() && !this.index.contains(m.name())
					&& this.index.contains(m.text().substring(district.end()))) {
				// "Old Town Alexandria": a district NER takes in with the town
				m = trim(text, m.start() + district.end(), m.end(), true, context);
			}
			List<Mention> hyphenParts = (m != null) ? hyphenatedParts(text, m, context) : List.of();
			if (!hyphenParts.isEmpty()) {
				// "Dallas-Fort Worth", "Minneapolis-St. Paul": two places joined by a
				// hyphen, proposed apart ("Winston-Salem" is one)
				all.addAll(hyphenParts);
				continue;
			}
			if (m != null && m.fromNer() && COORDINATION_INSIDE.matcher(m.text()).find()
					&& (!this.index.contains(m.name()) || !COORDINATION_INSIDE.matcher(m.name()).find())) {
				// NER's "County Cork and County Kerry" is two places, proposed apart;
				// "Trinidad and Tobago" is one
				continue;
			}
			// (also before a name NER left out: "PORT HEDLAND, Western Australia")
			Matcher compass = (m != null)
					? COMPASS_BEFORE.matcher(text.substring(Math.max(0, m.start() - 10), m.start())) : null;
			boolean compassBefore = compass != null && compass.find();
			if (compassBefore && this.index.contains(compass.group(1) + " " + m.text())) {
				// "North Macedonia": NER may leave the compass word out of the name
				m = trim(text, m.start() - compass.group().length(), m.end(), true, context);
			}
			else if (compassBefore && m.fromNer() && !m.regionWord() && m.stateKey() == null
					&& regionNotCountry(m.name())) {
				// "South Florida", "East Texas": the compass word NER left out is part of
				// the span (the part of the state is placed at the state)
				m = trim(text, m.start() - compass.group().length(), m.end(), true, context);
			}
			if (m != null) {
				all.add(m);
			}
		}
		// settlements the text names explicitly are candidates even if the extractor
		// missed them
		for (TextContext.Settlement s : context.settlements) {
			Mention m = trim(text, s.start(), s.end(), false, context);
			if (m != null) {
				all.add(m);
			}
		}
		// "Springfield, Ill.", "Boise, ID": a US state abbreviation after a place in that
		// state
		all.addAll(stateAbbreviations(text));
		// longest first; drop mentions inside an already kept span
		all.sort(Comparator.comparingInt((Mention m) -> m.end() - m.start())
			.reversed()
			.thenComparing((Mention m) -> m.stateKey() == null)
			.thenComparingInt(Mention::start));
		List<Mention> kept = new ArrayList<>();
		for (Mention m : all) {
			boolean overlaps = kept.stream().anyMatch((k) -> k.start() < m.end() && m.start() < k.end());
			if (!overlaps) {
				kept.add(m);
			}
		}
		kept.sort(Comparator.comparingInt(Mention::start));
		return kept;
	}

	/** The name is a state or province's and no country's ("Florida", not "Germany"). */
	private boolean regionNotCountry(String name) {
		List<GazetteerEntry> matches = this.index.lookup(name);
		return matches.stream().anyMatch((e) -> e.precision() == Precision.REGION)
				&& matches.stream().noneMatch((e) -> e.precision() == Precision.COUNTRY);
	}

	/** "-on-Tees", "-upon-Avon", "-under-Lyme": the rest of a hyphenated town name. */
	private static final Pattern HYPHENATED_TAIL = Pattern
		.compile("-(?:on|upon|under|in|le|by|super|sur|en|the)-\\p{Lu}\\p{L}+(?:-\\p{Lu}\\p{L}+)?");

	private Mention trim(String text, int start, int end, boolean fromNer, TextContext context) {
		if (start < 0 || end > text.length() || start >= end) {
			return null;
		}
		String span = text.substring(start, end);
		int newline = span.indexOf('\n');
		if (newline >= 0) {
			// a capitalised run across a line break ("Washington\nRead the full article")
			// is two mentions
			span = span.substring(0, newline);
			end = start + newline;
		}
		Matcher tail = HYPHENATED_TAIL.matcher(text).region(end, Math.min(text.length(), end + 24));
		if (tail.lookingAt() && this.index.contains(span + tail.group())) {
			// "Stockton-on-Tees": NER took only the first part of the town's name
			span = span + tail.group();
			end = tail.end();
		}
		Matcher possessive = POSSESSIVE_S.matcher(text)
			.region(end, Math.min(text.length(), end + 2))
			.useTransparentBounds(true);
		if (possessive.lookingAt() && SAINT_OPENING.matcher(span).lookingAt()
				&& this.index.contains(span + possessive.group())) {
			// "St. John's": NER stopped before the "'s" that ends the city's name (a
			// saint's; "Victoria's" is a possessive, whatever "Victorias" may be)
			span = span + possessive.group();
			end = possessive.end();
		}
		// leading/trailing punctuation and "the"
		while (!span.isEmpty() && !Character.isLetterOrDigit(span.charAt(0))) {
			span = span.substring(1);
			start++;
		}
		while (!span.isEmpty() && !Character.isLetterOrDigit(span.charAt(span.length() - 1))
				&& span.charAt(span.length() - 1) != '\'' && span.charAt(span.length() - 1) != '\u2019'
				&& !DOTTED_ABBREVIATION.matcher(span).matches()) {
			span = span.substring(0, span.length() - 1);
			end--;
		}
		if (span.regionMatches(true, 0, "the ", 0, 4) && !ownNameWithArticle(span)) {
			// "the Netherlands" is Netherlands, "The Hague" keeps its article
			span = span.substring(4);
			start += 4;
		}
		String stripped = TextContext.stripPossessive(span);
		if (stripped.length() < span.length() && this.index.contains(span)) {
			// "St. John's" is a name, "Ukraine's" a possessive
			stripped = span;
		}
		end -= span.length() - stripped.length();
		span = stripped;
		Matcher shore = SHORE_SUFFIX.matcher(span);
		if (shore.find() && shore.start() > 0) {
			// NER's "Atlantic coast": the ocean, whose coast it is
			end -= span.length() - shore.start();
			span = span.substring(0, shore.start());
		}
		Matcher suffix = WORD_SUFFIX.matcher(span);
		if (suffix.find()) {
			end -= span.length() - suffix.start();
			span = span.substring(0, suffix.start());
		}
		if (span.length() < 2) {
			return null;
		}
		String name = span;
		boolean regionWord = false;
		Matcher region = REGION_SUFFIX.matcher(span);
		if (region.matches() && !region.group(1).isBlank()) {
			regionWord = true;
			if (Character.isLowerCase(span.charAt(region.start(2)))) {
				// "Leyte province": the place is "Leyte", looked up with its region word
				end -= span.length() - region.end(1);
				span = region.group(1);
			}
		}
		else if (AFTER_REGION_WORD.matcher(text.substring(end)).find()
				|| regionWordBeforeOf(text.substring(Math.max(0, start - 48), start))) {
			// "Kherson region", "the provincial government of Mendoza"
			regionWord = true;
			name = span + " region";
		}
		else if (!fromNer && span.endsWith(" state") && span.length() > 6 && this.index.contains(span)) {
			// "the governor of Imo state": the place is "Imo", looked up as "Imo State"
			regionWord = true;
			end -= 6;
			span = span.substring(0, span.length() - 6);
		}
		TextContext.Settlement settlement = context.settlementAt(start, end);
		if (settlement != null && settlement.countyName() != null && this.index.contains(settlement.countyName())) {
			// "Polk, Story and Jasper counties": Jasper County, not Jasper, Missouri
			name = settlement.countyName();
		}
		else if (settlement != null && settlement.namesRegion()) {
			regionWord = true;
			name = span + " region";
		}
		return new Mention(span, start, end, name, fromNer, regionWord, settlement);
	}

	private static final Pattern AREA_BEFORE = Pattern.compile(
			"(?:^|[^\\p{L}])(?:western|eastern|northern|southern|central|upstate|downstate|rural|north|south|east|west"
					+ "|northwest|northeast|southwest|southeast|northwestern|northeastern|southwestern|southeastern)\\s+$");

	private static final Pattern STATE_AFTER = Pattern.compile("^\\s+state\\b");

	/**
	 * "western New York", "south Georgia", "Washington state": a lower-case direction
	 * before the name or "state" after it make it an area.
	 */
	private static boolean namedAsArea(String text, Mention m) {
		String before = text.substring(Math.max(0, m.start() - 16), m.start());
		return AREA_BEFORE.matcher(before).find()
				|| STATE_AFTER.matcher(text).region(m.end(), Math.min(text.length(), m.end() + 12)).lookingAt();
	}

	/** "The Hague", "The Dalles": a place whose own name opens with the article. */
	private boolean ownNameWithArticle(String span) {
		return this.index.lookup(span).stream().anyMatch((e) -> e.name().equalsIgnoreCase(span));
	}

	private static boolean teamInMatchReport(String text, int start, int end) {
		return TEAM_BEFORE_RESULT.matcher(text).region(end, Math.min(text.length(), end + 24)).lookingAt()
				|| TEAM_AFTER_RESULT.matcher(text.substring(Math.max(0, start - 40), start)).find()
				|| teamOfDraw(text, start, end);
	}

	/** "Napoli and Fiorentina drew in the late game": either of the two teams. */
	private static boolean teamOfDraw(String text, int start, int end) {
		Matcher draw = FIRST_TEAM_OF_DRAW.matcher(text).region(end, Math.min(text.length(), end + 60));
		int teamsStart = start;
		if (!draw.lookingAt()) {
			int from = Math.max(0, start - 40);
			Matcher first = SECOND_TEAM_BEFORE.matcher(text.substring(from, start));
			draw = DRAW_AFTER.matcher(text).region(end, Math.min(text.length(), end + 40));
			if (!first.find() || !draw.lookingAt()) {
				return false;
			}
			teamsStart = from + first.start();
		}
		if (LOCATIVE_BEFORE.matcher(text.substring(Math.max(0, teamsStart - 16), teamsStart)).find()) {
			return false;
		}
		return draw.group("bare") == null
				|| SPORT_NEAR.matcher(text.substring(Math.max(0, start - 150), Math.min(text.length(), end + 150)))
					.find();
	}

	private boolean isRejectedWord(String normalized, Mention m, String text) {
		if (m.stateKey() != null) {
			return false;
		}
		if (AGENCY_BEFORE.matcher(text.substring(Math.max(0, m.start() - 20), m.start())).find()) {
			// "Police Scotland", "Transport for London", "Public Health Wales": an agency
			return true;
		}
		if (teamInMatchReport(text, m.start(), m.end())) {
			// "Newport County beat Swansea City": teams in a match report
			return true;
		}
		if (TEAM_NAME_END.matcher(m.text()).find()) {
			// "Newport County's manager": a team's name of several words, once the text
			// reports its match
			for (int at = text.indexOf(m.text()); at >= 0; at = text.indexOf(m.text(), at + 1)) {
				if (at != m.start() && teamInMatchReport(text, at, at + m.text().length())) {
					return true;
				}
			}
		}
		if (!m.text().contains(" ")
				&& SPOKEN_TO.matcher(text.substring(Math.max(0, m.start() - 30), m.start())).find()) {
			// "he spoke to Jordan", "talked with Austin": a person
			return true;
		}
		if (normalized.isEmpty() || TextContext.DEMONYMS.containsKey(normalized)
				|| TextContext.NON_COUNTRY_DEMONYMS.contains(normalized)) {
			return true;
		}
		if (m.text().endsWith(" State") && universityOfState(m.text().substring(0, m.text().length() - 6))) {
			// "Ohio State", "Michigan State": the university or its team
			return true;
		}
		if (m.settlement() != null) {
			return false;
		}
		// "Mobile, Alabama": a common word followed by its region or country is a place;
		// "in Congress, Washington backed out" is not (Congress, Arizona)
		if (!COMMON_WORDS.contains(normalized)) {
			return false;
		}
		Appositive appositive = appositive(text, m.end());
		return appositive == null || this.index.lookup(m.name()).stream().noneMatch(appositive::fits);
	}

	/**
	 * A US state whose name with a capital "State" after it is its university ("Ohio
	 * State"); "New York State" and "Washington State" are as often the state itself.
	 */
	private boolean universityOfState(String name) {
		return !name.equals("New York") && !name.equals("Washington")
				&& this.index.lookup(name)
					.stream()
					.anyMatch((e) -> e.precision() == Precision.REGION && "US".equals(e.countryCode())
							&& !"ADM2".equals(e.featureCode()) && ownName(name, e));
	}

	private static boolean opensDateline(String text, Mention m) {
		int lineStart = text.lastIndexOf('\n', m.start() - 1) + 1;
		return text.substring(lineStart, m.start()).isBlank()
				&& DATELINE.matcher(text).region(m.start(), text.length()).lookingAt();
	}

	private static boolean isAcronym(String s) {
		String letters = s.replace(".", "");
		if (letters.length() > 5 || letters.length() < 2) {
			return false;
		}
		for (int i = 0; i < letters.length(); i++) {
			if (!Character.isUpperCase(letters.charAt(i))) {
				return false;
			}
		}
		return true;
	}

	/** The best gazetteer entry for the mention, or null. */
	private GazetteerEntry pick(Choice choice, TextContext context, Map<String, Integer> regionMentions, String text) {
		List<GazetteerEntry> matches = choice.matches();
		if (matches.isEmpty()) {
			return null;
		}
		Mention m = choice.mention();
		String normalized = NameNormalizer.normalize(m.name());

		if (m.text().equals(m.text().toUpperCase(Locale.ROOT)) && opensDateline(text, m)
				&& matches.stream().anyMatch((e) -> e.precision().populated() && ownName(m, e))) {
			// "SLIGO —": a dateline names a town, not the county of that name
			matches = matches.stream().filter((e) -> e.precision().populated()).toList();
		}

		// a settlement list placed in a region: only entries in that region count
		GazetteerEntry within = withinRegion(m.settlement());
		if (within != null) {
			matches = matches.stream()
				.filter((e) -> e.precision() != Precision.COUNTRY && e.precision() != Precision.REGION
						&& e.countryCode().equals(within.countryCode())
						&& (within.admin1Code() == null || within.admin1Code().equals(e.admin1Code())))
				.toList();
			if (matches.isEmpty()) {
				return null;
			}
		}

		if (namedAsArea(text, m)) {
			// "western New York", "upstate New York", "New York state", "southern
			// Washington" (with Oregon): the region, not the city of the same name in it
			// or in its country; a region abroad does not count ("southern Gaza" is not
			// Gaza Province, Mozambique)
			String cityCountry = matches.stream()
				.filter((e) -> e.precision().populated())
				.max(Comparator.comparingLong(GazetteerEntry::population))
				.map(GazetteerEntry::countryCode)
				.orElse(null);
			List<GazetteerEntry> areas = matches.stream()
				.filter((e) -> (e.precision() == Precision.REGION || e.precision() == Precision.COUNTRY)
						&& (e.countryCode().equals(cityCountry)
								|| context.countryMentions.containsKey(e.countryCode())))
				.toList();
			if (!areas.isEmpty()) {
				matches = areas;
			}
		}

		Set<String> ownNamedRegionIn = matches.stream()
			.filter((e) -> e.precision() == Precision.REGION && !"ADM2".equals(e.featureCode()) && ownName(m, e))
			.map(GazetteerEntry::countryCode)
			.collect(Collectors.toSet());
		if (!ownNamedRegionIn.isEmpty()) {
			// "Rio Grande do Sul": a region's own name of several words that a town of
			// the region's country lists only among its alternate names (the port of Rio
			// Grande) is the region; a city of a million keeps it, and so do towns abroad
			// ("Saint Louis" is St. Louis, whatever Senegal's regions are called). Nor is
			// a one-word region's name a city the text calls by the city's own name
			// elsewhere ("Recife, the capital of Pernambuco": GeoNames lists Pernambuco
			// among Recife's names)
			List<GazetteerEntry> withoutAliases = matches.stream()
				.filter((e) -> !e.precision().populated() || !ownNamedRegionIn.contains(e.countryCode())
						|| ownName(m, e)
						|| (!m.name().contains(" ") || e.population() >= MAJOR_CITY)
								&& !namedElsewhereByOwnName(text, m, e))
				.toList();
			matches = withoutAliases;
		}

		// a bare name shared by a region and a place in it: region only if the text calls
		// it a region
		if (!m.regionWord()) {
			List<GazetteerEntry> regions = matches.stream().filter((e) -> e.precision() == Precision.REGION).toList();
			boolean hasPlace = matches.stream().anyMatch((e) -> e.precision().populated());
			if (!regions.isEmpty() && hasPlace) {
				boolean majorCity = matches.stream()
					.anyMatch((e) -> e.precision() != Precision.REGION
							&& ("PPLC".equals(e.featureCode()) || e.population() >= MAJOR_CITY));
				if (context.explicitRegionCores.contains(normalized) && !majorCity) {
					matches = regions;
				}
				else {
					List<GazetteerEntry> places = matches.stream()
						.filter((e) -> e.precision() != Precision.REGION)
						.toList();
					// only the regions whose seat shares the name ("Florida" is the US
					// state
					// even though Uruguay has a Florida department with a Florida seat)
					List<GazetteerEntry> seated = regions.stream()
						.filter((r) -> places.stream()
							.anyMatch((p) -> p.countryCode().equals(r.countryCode())
									&& r.admin1Code().equals(p.admin1Code()) && isSeat(p, r)))
						.toList();
					if (!seated.isEmpty()) {
						matches = matches.stream().filter((e) -> !seated.contains(e)).toList();
					}
				}
			}
		}

		Appositive appositive = appositive(text, m.end());
		// "New York": a big city named like its own region stays the city
		Set<String> regionsOfBigNamesakes = new HashSet<>();
		// "Taiwan" with Taipei, "Mexico" with Toluca: the country, not its province or
		// state of the same name
		Set<String> countriesOfTheName = new HashSet<>();
		for (GazetteerEntry e : matches) {
			if (e.precision() == Precision.COUNTRY) {
				countriesOfTheName.add(e.countryCode());
			}
			else if (e.precision() != Precision.REGION && e.population() >= MAJOR_CITY) {
				regionsOfBigNamesakes.add(GazetteerData.key(e.countryCode(), e.admin1Code()));
			}
		}
		GazetteerEntry best = null;
		double bestScore = Double.NEGATIVE_INFINITY;
		boolean namesRegionOrCountry = matches.stream()
			.anyMatch((e) -> e.precision() == Precision.COUNTRY
					|| (e.precision() == Precision.REGION && !"ADM2".equals(e.featureCode())));
		long biggestOwnNamed = matches.stream()
			.filter((e) -> ownName(m, e))
			.mapToLong(GazetteerEntry::population)
			.max()
			.orElse(0);
		// countries with a country or region of the name as its own name
		Set<String> areasOwnNamedIn = matches.stream()
			.filter((e) -> (e.precision() == Precision.COUNTRY
					|| (e.precision() == Precision.REGION && !"ADM2".equals(e.featureCode()))) && ownName(m, e))
			.map(GazetteerEntry::countryCode)
			.collect(Collectors.toSet());
		// "Wales", "Scotland": a nation of the United Kingdom (a first-level region of
		// GB)
		boolean homeNationNamed = matches.stream()
			.anyMatch((e) -> e.precision() == Precision.REGION && !"ADM2".equals(e.featureCode())
					&& "GB".equals(e.countryCode()) && ownName(m, e));
		String spelled = withoutSpacing(m.name());
		Set<GazetteerEntry> ownNamedAnyway = Collections.newSetFromMap(new IdentityHashMap<>());
		Map<String, Long> biggestOwnNamedIn = new HashMap<>();
		for (GazetteerEntry e : matches) {
			// its own name, however spaced or hyphenated ("Desoto" is De Soto)
			if (spelled.equals(withoutSpacing(e.name())) || spelled.equals(withoutSpacing(e.asciiName()))) {
				ownNamedAnyway.add(e);
				biggestOwnNamedIn.merge(e.countryCode(), e.population(), Math::max);
			}
		}
		Appositive owner = possessor(text, m.start());
		if (owner != null && matches.stream().noneMatch(owner::fits)) {
			owner = null;
		}
		for (GazetteerEntry e : matches) {
			double score = score(e, m, context, regionMentions, appositive);
			if (owner != null) {
				// "India's Punjab", "Argentina's Córdoba": the country the possessive
				// names holds the place
				score += owner.fits(e) ? 60 : -60;
			}
			Support support = choice.nearby().get(e);
			if (support != null) {
				score += (support.names() > 1) ? 9 : 6;
				if (support.saidToBeNear()) {
					// "the university in Moscow ... police in nearby Pullman": the text
					// itself says the two are close, which outweighs a capital's fame
					score += 12;
				}
			}
			Long ownNamed = biggestOwnNamedIn.get(e.countryCode());
			if (ownNamed != null && !ownNamedAnyway.contains(e) && e.precision().populated()
					&& e.population() < 10 * ownNamed) {
				// "Manchester" in a New England story is Manchester, not Paterson, New
				// Jersey, which lists an old name of its among its alternate names (a
				// city ten times bigger than the own-named place keeps its alias:
				// Mykolaiv)
				score -= 6;
			}
			if ("PPLA".equals(e.featureCode()) && support == null && ENGLISH_NAMED.contains(e.countryCode())
					&& biggerNamesakeInAnotherEnglishCountry(e, matches)) {
				// a seat's edge does not hold against a city 2.5 times its size in
				// another English-speaking country: "Hamilton" alone is the Ontario
				// city (520,000), not the seat of Waikato (180,000); with a town nearby
				// ("between Hamilton and Tauranga") or at home the seat keeps it ("Salem"
				// is Oregon's capital, not the Indian city)
				score -= 4;
			}
			if ((ownNamed == null || e.population() >= 10 * ownNamed) && !ownNamedAnyway.contains(e) && !ownName(m, e)
					&& e.precision().populated() && e.population() < biggestOwnNamed) {
				// an alternate name does not beat a bigger place of that very name
				// abroad:
				// "Southampton" is the English port, not Hampton, Virginia, which lists
				// the
				// old name among its others
				score -= 6;
			}
			if ("PPLA2".equals(e.featureCode()) && ownNamed != null && e.population() * 3 <= ownNamed) {
				// a county seat's edge does not hold against a namesake three times its
				// size in the same country: "Kansas City" alone is the Missouri city, not
				// the seat of Wyandotte County, Kansas
				score -= 2;
			}
			if (!ownName(m, e) && !ownNamedAnyway.contains(e) && e.precision().populated() && ownNamed == null
					&& biggestOwnNamed > 0 && e.population() >= SUPPORTING_TOWN && e.population() < BIG_CITY
					&& e.population() >= 3 * biggestOwnNamed) {
				// "Killarney" is Cill Airne (14,500), whose GeoNames name is Irish, not
				// Killarney, Manitoba (2,400): a town three times bigger than every
				// namesake abroad is known by the name too ("New Delhi" at home stays New
				// Delhi, not Delhi; a city's old name, "Salisbury" for Harare, gets
				// nothing)
				score += 4;
			}
			if (!ownName(m, e) && e.population() * 10 < biggestOwnNamed) {
				// "Saint-Denis" is the city of that name, not Saint-Denis-lès-Bourg near
				// Lyon, which lists the short form among its alternate names
				score -= 10;
			}
			if (namesRegionOrCountry && e.precision().populated() && e.population() < SMALL_TOWN
					&& e.admin1Code() != null) {
				String key = GazetteerData.key(e.countryCode(), e.admin1Code());
				boolean aliasOnly = !ownName(m, e) && !ownNamedAnyway.contains(e)
						&& areasOwnNamedIn.contains(e.countryCode());
				// "Wales" beside Shropshire is the Welsh nation, not the Yorkshire
				// village: a
				// village named like a region of its own country needs the text to say
				// it is near
				boolean namesakeOfHomeRegion = homeNationNamed && "GB".equals(e.countryCode())
						&& e.population() < SUPPORTING_TOWN && (support == null || !support.saidToBeNear());
				if (aliasOnly || namesakeOfHomeRegion || (!regionInText(key, regionMentions, context)
						&& (support == null || !support.saidToBeNear()))) {
					// "the north of England" in a story from North Carolina is not
					// England, Arkansas: a small town named like a region or country
					// needs its own region in the text, or a neighbour the text says is
					// nearby ("police in nearby Pullman"); one that only lists the name
					// among its alternate names never beats the region of its country
					// with that name ("Illinois" with Missouri in the text is not
					// Riverside, Missouri)
					score -= 15;
				}
			}
			if (e.precision() == Precision.REGION) {
				String key = GazetteerData.key(e.countryCode(), e.admin1Code());
				if (!m.regionWord() && regionMentions.containsKey(key) && !regionsOfBigNamesakes.contains(key)
						&& !context.explicitRegionCores.contains(normalized)
						&& !countriesOfTheName.contains(e.countryCode())) {
					// "Georgia" in a text about Atlanta, "Washington" with Spokane: the
					// state
					score += 20;
				}
			}
			if (score > bestScore) {
				bestScore = score;
				best = e;
			}
		}
		return best;
	}

	private boolean inSmallCountry(GazetteerEntry e) {
		GazetteerEntry country = this.index.country(e.countryCode());
		return country != null && country.population() > 0 && country.population() < SMALL_COUNTRY;
	}

	private static boolean biggerNamesakeInAnotherEnglishCountry(GazetteerEntry e, List<GazetteerEntry> matches) {
		return matches.stream()
			.anyMatch((o) -> o.precision().populated() && !o.countryCode().equals(e.countryCode())
					&& ENGLISH_NAMED.contains(o.countryCode()) && o.population() >= BIG_CITY
					&& o.population() * 2 >= e.population() * 5);
	}

	private double score(GazetteerEntry e, Mention m, TextContext context, Map<String, Integer> regionMentions,
			Appositive appositive) {
		double score = switch (e.precision()) {
			case COUNTRY -> 40;
			// "Kyiv region" is Kyiv Oblast, not the city-region "Kyiv City"
			// counties: the most populous of the same name ("Orange County")
			case REGION -> (m.regionWord() ? 60 : 18) - (e.name().endsWith(" City") ? 5 : 0)
					+ ("ADM2".equals(e.featureCode()) ? 0.3 * Math.log10(e.population() + 10) : 0);
			default -> 3 * Math.log10(e.population() + 10);
		};
		if (e.precision() == Precision.REGION && !m.regionWord() && !"ADM2".equals(e.featureCode())
				&& inSmallCountry(e)) {
			// a bare name is seldom a parish of a territory of under a million people:
			// "Hamilton" alone is no parish of Bermuda
			score -= 8;
		}
		if (ownName(m, e)) {
			// the place's own name, not a historic or foreign one (Engels was once
			// "Pokrovsk")
			score += 4;
		}
		if (e.featureCode() != null) {
			score += switch (e.featureCode()) {
				case "PPLC" -> 8;
				case "PPLA" -> 4;
				case "PPLA2" -> 2;
				default -> 0;
			};
		}
		Integer countryCount = context.countryMentions.get(e.countryCode());
		if (countryCount != null && e.precision() != Precision.COUNTRY) {
			score += 8 + Math.min(countryCount, 6);
		}
		else if (e.precision() != Precision.COUNTRY) {
			for (String neighbour : this.index.neighbours(e.countryCode())) {
				if (context.countryMentions.containsKey(neighbour)) {
					score += 3;
					break;
				}
			}
		}
		if (e.admin1Code() != null && e.precision() != Precision.REGION) {
			String key = GazetteerData.key(e.countryCode(), e.admin1Code());
			if (regionInText(key, regionMentions, context)) {
				score += 12;
			}
		}
		else if ("ADM2".equals(e.featureCode()) && e.admin1Code() != null
				&& regionMentions.containsKey(GazetteerData.key(e.countryCode(), e.admin1Code()))) {
			// "Brown County" beside Mount Orab and Georgetown, Ohio, is the Ohio county,
			// not the most populous one (Wisconsin's): a county of a state whose towns
			// the text names
			score += 4;
		}
		if (appositive != null) {
			score += appositive.fits(e) ? 60 : -60;
		}
		return score;
	}

	/** A place of the region was mentioned, or the text names the region itself. */
	private boolean regionInText(String regionKey, Map<String, Integer> regionMentions, TextContext context) {
		return regionMentions.containsKey(regionKey) || isExplicitRegion(regionKey, context);
	}

	private boolean isExplicitRegion(String regionKey, TextContext context) {
		for (String core : context.explicitRegionCores) {
			for (GazetteerEntry r : this.index.lookup(core + " region")) {
				if (r.precision() == Precision.REGION
						&& GazetteerData.key(r.countryCode(), r.admin1Code()).equals(regionKey)) {
					return true;
				}
			}
		}
		return false;
	}

	/**
	 * "Paris, Texas" / "Pokrovsk, Ukraine": the region or country right after a comma.
	 *
	 * @param alsoTown the comma may join a list rather than name a container: the name
	 * after it is also a town of 10,000 or more ("Düsseldorf, Zürich and Kraków"), or a
	 * list goes on after it ("in Oregon, Idaho and Montana")
	 */
	private record Appositive(List<GazetteerEntry> containers, boolean alsoTown, boolean byCounty) {

		/** A town this close to a county's middle lies in that county. */
		private static final double IN_COUNTY_KM = 60;

		Appositive(List<GazetteerEntry> containers, boolean alsoTown) {
			this(containers, alsoTown, false);
		}

		boolean fits(GazetteerEntry e) {
			for (GazetteerEntry c : this.containers) {
				if (c.countryCode().equals(e.countryCode())
						&& (c.precision() == Precision.COUNTRY
								|| (c.admin1Code() != null && c.admin1Code().equals(e.admin1Code())))
						&& (!this.byCounty || !"ADM2".equals(c.featureCode())
								|| (e.precision().populated() && kilometres(c, e) <= IN_COUNTY_KM))) {
					return true;
				}
			}
			return false;
		}

	}

	/** "India's Punjab": a country or region's possessive right before a name. */
	private static final Pattern POSSESSOR_BEFORE = Pattern
		.compile("(?<![\\p{L}])(\\p{Lu}[\\p{L}\\p{M}.\\-]*(?:\\s\\p{Lu}[\\p{L}\\p{M}.\\-]*)?)['\u2019]s\\s+$");

	private Appositive possessor(String text, int start) {
		Matcher m = POSSESSOR_BEFORE.matcher(text.substring(Math.max(0, start - 40), start));
		if (!m.find()) {
			return null;
		}
		// "Brown County's Georgetown": a county's possessive names the county the town is
		// in (a US county name is shared by up to 30 states)
		boolean county = m.group(1).endsWith(" County");
		List<GazetteerEntry> containers = this.index.lookup(m.group(1))
			.stream()
			.filter((e) -> e.precision() == Precision.COUNTRY || (county && "ADM2".equals(e.featureCode())))
			.toList();
		return containers.isEmpty() ? null : new Appositive(containers, false, county);
	}

	private Appositive appositive(String text, int end) {
		String after = text.substring(end, Math.min(text.length(), end + 60));
		Matcher m = POSSESSIVE_APPOSITION.matcher(after);
		if (!m.find()) {
			m = APPOSITION.matcher(after);
			if (!m.find()) {
				m = IN_APPOSITION.matcher(after);
				if (!m.find()) {
					return null;
				}
			}
		}
		String name = m.group(1);
		List<GazetteerEntry> containers = new ArrayList<>();
		List<GazetteerEntry> states = new ArrayList<>();
		for (String key : STATE_ABBREVIATIONS.getOrDefault(name, List.of())) {
			GazetteerEntry state = region(key);
			if (state != null) {
				states.add(state);
			}
		}
		if (!states.isEmpty()) {
			// "Portland, Ore.", "Kansas City, Mo.", "Perth, WA"
			return new Appositive(states, false);
		}
		String firstWord = name.contains(" ") ? name.substring(0, name.indexOf(' ')) : name;
		// "Halifax, West Yorkshire": a compass word alone is no container (West Region,
		// Cameroon)
		for (String candidate : COMPASS_WORDS.contains(firstWord.toLowerCase(Locale.ROOT)) ? List.of(name)
				: List.of(name, firstWord)) {
			for (GazetteerEntry e : this.index.lookup(candidate)) {
				if (e.precision() == Precision.COUNTRY || e.precision() == Precision.REGION) {
					containers.add(e);
				}
			}
			if (!containers.isEmpty()) {
				break;
			}
		}
		if (containers.isEmpty() && name.length() == 2 && Character.isUpperCase(name.charAt(1))) {
			// US state or country code: "Paris, TX"
			GazetteerEntry state = this.index.region("US", name);
			if (state != null) {
				containers.add(state);
			}
		}
		if (containers.isEmpty()) {
			return null;
		}
		boolean alsoTown = LIST_GOES_ON.matcher(text.substring(end + m.end(), Math.min(text.length(), end + 160)))
			.find()
				|| this.index.lookup(name)
					.stream()
					.anyMatch((e) -> e.precision().populated() && e.population() >= 10_000);
		return new Appositive(containers, alsoTown);
	}

	/**
	 * The region a settlement list is placed in ("... in Kursk"), as a region entry or a
	 * country entry.
	 */
	private GazetteerEntry withinRegion(TextContext.Settlement settlement) {
		if (settlement == null || settlement.within() == null) {
			return null;
		}
		GazetteerEntry best = null;
		int bestRank = -1;
		for (GazetteerEntry e : this.index.lookup(settlement.within())) {
			// "in Georgia": the country; "in Kursk": the region, before the region of a
			// big city so named
			GazetteerEntry candidate = switch (e.precision()) {
				case REGION, COUNTRY -> e;
				default -> this.index.region(e.countryCode(), e.admin1Code());
			};
			if (candidate == null) {
				continue;
			}
			int rank = switch (e.precision()) {
				case COUNTRY -> 4;
				case REGION -> 3;
				default -> (e.population() >= BIG_CITY) ? 2 : 0;
			};
			if (rank > bestRank) {
				best = candidate;
				bestRank = rank;
			}
		}
		return best;
	}

	private boolean accepted(Mention m, GazetteerEntry best, TextContext context, Map<String, Integer> regionMentions,
			String text) {
		boolean commonWord = usedInLowerCase(text, m.text());
		if (best.precision() == Precision.COUNTRY) {
			// "Jordan Peterson", "Chad Smith", "turkey and stuffing"
			return m.fromNer() || m.regionWord()
					|| (!partOfLongerName(text, m) && (!commonWord || locative(text, m.start())));
		}
		if (m.regionWord() || m.stateKey() != null) {
			return true;
		}
		if (best.precision().populated() && m.text().equals(m.text().toUpperCase(Locale.ROOT)) && opensDateline(text, m)
				&& (best.population() >= DATELINE_TOWN || (best.admin1Code() != null && regionInText(
						GazetteerData.key(best.countryCode(), best.admin1Code()), regionMentions, context)))) {
			// "LEEDS —", "CARDIFF —": an upper-case name opening a line before a dash is
			// a dateline, a town of some size or one in a region the text names
			return true;
		}
		if (FACILITY_WORD.matcher(m.text()).find() && !ownName(m, best)) {
			return false;
		}
		if (partOfLongerName(text, m)) {
			return false;
		}
		if (m.settlement() != null) {
			return true;
		}
		if (best.geonamesId() == null && best.locationId() != null && best.precision().populated()) {
			// a place an editor added for articles like this one (it has no population to
			// weigh): its name is evidence enough unless it is also an everyday word
			return m.fromNer() || !commonWord || locative(text, m.start());
		}
		if (best.precision() == Precision.REGION) {
			// bare region names ("Crimea", "Texas") from NER, or in a country the text is
			// about
			return m.fromNer() || context.countryMentions.containsKey(best.countryCode()) || locative(text, m.start());
		}
		String regionKey = (best.admin1Code() != null) ? GazetteerData.key(best.countryCode(), best.admin1Code())
				: null;
		boolean inRegion = regionKey != null && regionInText(regionKey, regionMentions, context);
		boolean inContext = inRegion || context.countryMentions.containsKey(best.countryCode());
		if (m.fromNer()) {
			return !commonWord || locative(text, m.start()) || inContext;
		}
		if (locative(text, m.start())) {
			// "to the War in Ukraine": a hamlet in an English-speaking country needs its
			// region in the text
			boolean english = ENGLISH_NAMED.contains(best.countryCode());
			return inRegion || (!commonWord && best.precision() == Precision.CITY)
					|| (!english && inContext && best.population() >= 500);
		}
		if (commonWord) {
			// "between Wells, Street and Glastonbury": a town named like a word, listed
			// between two names, in a region the text names
			return inRegion && best.precision().populated() && listedBetweenNames(text, m);
		}
		boolean ownName = ownName(m, best);
		if (sentenceInitial(text, m.start())) {
			// "Reading is fun.": a sentence-initial capital is no evidence; a
			// co-mentioned region is, and so
			// is a big city in a (non English-speaking) country the text is about ("Sumy
			// and Chernihiv were")
			return inRegion || (inContext && ownName && best.population() >= BIG_CITY
					&& !ENGLISH_NAMED.contains(best.countryCode()));
		}
		if (inRegion) {
			return true;
		}
		if (inContext && best.precision() == Precision.CITY) {
			// English place names double as first names and words ("Victoria", "Chelsea")
			return best.population() >= BIG_CITY || !ENGLISH_NAMED.contains(best.countryCode());
		}
		// no context at all: a big city under its own name ("Hamas" is an alternate name
		// of Hamm)
		return best.population() >= BIG_CITY && (ownName || best.population() >= MAJOR_CITY);
	}

	private ResolvedPlace decide(Choice choice, TextContext context, Map<String, Integer> regionMentions,
			String ownCountry, String text) {
		Mention m = choice.mention();
		if (US_HIGHWAY_NUMBER.matcher(m.text()).matches()
				&& ROUTE_NUMBER_AFTER.matcher(text.substring(m.end(), Math.min(text.length(), m.end() + 8))).find()) {
			// "on U.S. 40": a federal highway's number, no mention of the country
			return null;
		}
		if (wayAfterThe(text, m)) {
			// "on the Hill", "protesters on the Mall": no place, resolved or not (so the
			// "on/along the X" rule below needs no check of its own)
			return null;
		}
		GazetteerEntry best = pick(choice, context, regionMentions, text);
		if (FACILITY_WORD.matcher(m.text()).find() && (best == null || !ownName(m, best))) {
			// "City Hall", "Fenway Park": a building or street, resolved or not
			return null;
		}
		if (best != null && m.fromNer() && foreignAlias(m, best, context, regionMentions, ownCountry)) {
			best = bigCityOfThatName(choice.matches(), best);
		}
		if (best != null && m.fromNer() && foreignAlias(m, best, context, regionMentions, ownCountry)) {
			// "Kashmir" in a story from India is not Cashmere, Washington (an alternate
			// name of a small town in a country the text never names): kept, unresolved
			return new ResolvedPlace(m.text(), m.start(), m.end(), m.text(), null, null, null, null, null,
					Precision.UNRESOLVED, null);
		}
		Matcher lake = LAKE_NAMED_AFTER.matcher(m.name());
		if (best != null && best.precision().populated() && lake.matches() && !context.countryMentions.isEmpty()
				&& !context.countryMentions.containsKey(best.countryCode())) {
			// "a ferry on Lake Geneva ran aground near Lausanne": the lake, not the
			// Wisconsin town of that name in a country the text never names; placed at
			// the town it is named after when that town lies in a country the text names
			// (Geneva, at its end), else kept unresolved
			GazetteerEntry town = this.index.lookup(lake.group(1))
				.stream()
				.filter((e) -> e.precision().populated() && context.countryMentions.containsKey(e.countryCode()))
				.max(Comparator.comparingLong(GazetteerEntry::population))
				.orElse(null);
			return new ResolvedPlace(m.text(), m.start(), m.end(), m.text(), null,
					(town != null) ? town.latitude() : null, (town != null) ? town.longitude() : null,
					(town != null) ? town.countryCode() : null, null,
					(town != null) ? Precision.REGION.apiName() : Precision.UNRESOLVED, null);
		}
		if (best != null && natureNamedLikeAPlace(text, m, best)) {
			// "the Atlantic", "the Andes", "the Red Sea": the ocean, the range, the sea,
			// kept unresolved rather than Atlantic, Iowa, Los Andes or Egypt's Red Sea
			// governorate; a name NER did not call a place is no place at all ("got out
			// of the Mercedes", "the Fortune 500")
			if (!m.fromNer() && best.precision().populated()) {
				return null;
			}
			return new ResolvedPlace(m.text(), m.start(), m.end(), m.text(), null, null, null, null, null,
					Precision.UNRESOLVED, null);
		}
		if (best != null && accepted(m, best, context, regionMentions, text)) {
			if (best.precision().populated()) {
				Appositive appositive = appositive(text, m.end());
				if (appositive != null && !appositive.alsoTown() && !appositive.fits(best)) {
					// "Prince George, Maryland": no place of the name in the state the
					// text names. The county of that name in the state if there is one,
					// else kept unresolved in that state rather than placed at a
					// namesake elsewhere
					for (String county : List.of(m.name() + " County", m.name() + "'s County")) {
						for (GazetteerEntry e : this.index.lookup(county)) {
							if ("ADM2".equals(e.featureCode()) && appositive.fits(e)) {
								return toResolved(m, e);
							}
						}
					}
					GazetteerEntry state = appositive.containers().get(0);
					Long regionId = (state.precision() == Precision.REGION) ? state.geonamesId() : null;
					return new ResolvedPlace(m.text(), m.start(), m.end(), m.text(), null, null, null,
							state.countryCode(), state.admin1Code(), Precision.UNRESOLVED, regionId);
				}
			}
			return toResolved(m, best);
		}
		TextContext.Settlement settlement = (m.settlement() != null) ? m.settlement()
				: context.settlementNamed(NameNormalizer.normalize(m.name()));
		if (settlement == null && m.fromNer() && best == null && choice.matches().isEmpty()
				&& (locative(text, m.start(), STRONG_LOCATIVES) || WATER_OR_LANDFORM.matcher(m.name()).find()
						|| (THE_BEFORE.matcher(text.substring(Math.max(0, m.start() - 5), m.start())).find()
								&& locative(text, m.start(), ALONG_WATER) && m.name().indexOf(' ') < 0)
						|| locative(text, m.start(), DISASTER_VERBS)
						|| DESCRIBED_AS_SETTLEMENT.matcher(text)
							.region(m.end(), Math.min(text.length(), m.end() + 50))
							.lookingAt())
				&& !partOfLongerName(text, m) && !ORGANISATION_WORD.matcher(m.text()).find()) {
			// NER says location and the text says "in/near X" or "on/along the X", names
			// a sea, river, lake or range ("roads to the Dead Sea", "Lake Victoria") or
			// calls X a village ("Bibury, a village in Gloucestershire"), but the
			// gazetteer has no X ("in Donbas", "barges on the Rhine"); "a village in
			// Leyte
			// province" is the place Leyte, as "Sindh province" is Sindh
			Matcher region = REGION_SUFFIX.matcher(m.text());
			if (region.matches() && !region.group(1).isBlank()
					&& Character.isLowerCase(m.text().charAt(region.start(2)))) {
				String name = region.group(1);
				return new ResolvedPlace(name, m.start(), m.start() + name.length(), name, null, null, null, null, null,
						Precision.UNRESOLVED, null);
			}
			return new ResolvedPlace(m.text(), m.start(), m.end(), m.text(), null, null, null, null, null,
					Precision.UNRESOLVED, null);
		}
		if (settlement == null || partOfLongerName(text, m)) {
			return null;
		}
		if (settlement.areaList() && !m.fromNer()) {
			// a member of "X and Y counties/districts/states" the gazetteer does not know
			// counts only if NER also calls it a place ("Republican and Democratic
			// counties")
			return null;
		}
		GazetteerEntry within = withinRegion(settlement);
		String countryCode = (within != null) ? within.countryCode() : null;
		String admin1Code = (within != null) ? within.admin1Code() : null;
		Long regionId = (within != null && within.precision() == Precision.REGION) ? within.geonamesId() : null;
		return new ResolvedPlace(m.text(), m.start(), m.end(), m.text(), null, null, null, countryCode, admin1Code,
				Precision.UNRESOLVED, regionId);
	}

	/**
	 * "on the Hill", "protesters on the Mall": a capitalised road, slope or strip of
	 * ground after "the" is no place, whatever the locative before it.
	 */
	private static boolean wayAfterThe(String text, Mention m) {
		return THE_BEFORE.matcher(text.substring(Math.max(0, m.start() - 5), m.start())).find()
				&& WAY_WORDS.contains(m.name().toLowerCase(Locale.ROOT));
	}

	/** A name made of words and a natural feature: a valley, an island, a coast. */
	private static final Pattern NATURAL_FEATURE = Pattern.compile("(?i)\\s(valley|island|islands|coast|mountains|lake"
			+ "|river|bay|peninsula|desert|plains?|basin|delta|canyon|hills|forest)$");

	private static final Pattern THE_BEFORE = Pattern.compile("(?:^|[^\\p{L}])[Tt]he\\s+$");

	private static final Pattern WATER_NAME = Pattern.compile("(?i).*\\b(sea|ocean|gulf|bay|strait|channel)$");

	/**
	 * Open water: a town of such a name is a hamlet named after it ("North Sea", New
	 * York).
	 */
	private static final Pattern OPEN_WATER = Pattern.compile("(?i)\\s(sea|ocean|gulf|strait|straits)$");

	/** "Lake Geneva", "Lake Como": a lake named after a town. */
	private static final Pattern LAKE_NAMED_AFTER = Pattern.compile("(?:Lake|Loch|Lough) (\\p{Lu}[\\p{L}\\-]+)");

	/**
	 * ", a village in", ", a small market town": an appositive calling the name a
	 * settlement.
	 */
	private static final Pattern DESCRIBED_AS_SETTLEMENT = Pattern
		.compile(",\\s+(?:a|an)\\s+(?:[\\p{Ll}\\-]+\\s+){0,3}?(?:village|town|hamlet|suburb|township)\\b");

	/**
	 * A name that says it is a sea, a river, a lake, a range or a desert ("Lake
	 * Victoria", "Mount Etna": two words, not "Lake County Jail" or "Mount Bowdoin
	 * Terrace").
	 */
	private static final Pattern WATER_OR_LANDFORM = Pattern
		.compile("(?i)\\s(sea|ocean|gulf|strait|straits|river|lake|lakes|mountains|ranges|range|island|islands|volcano"
				+ "|desert|peninsula|canal)$|^(gulf|straits?) of |^(lake|loch|lough|mount|mt\\.?) [^\\s]+$");

	/**
	 * "on the Rhine", "along the Mekong": words that put a river after "the" (a one-word
	 * name: "on the East Freeway", "on the Southwest Side" are roads and districts).
	 */
	private static final Set<String> ALONG_WATER = Set.of("on", "along", "up", "down", "across", "crossed", "crossing",
			"beside", "upstream", "downstream");

	/**
	 * Words for a road, a slope or a strip of ground that a text capitalises after "the"
	 * ("along the Lane", "on the Hill", "on the Strip"): no river.
	 */
	private static final Set<String> WAY_WORDS = Set.of("lane", "street", "road", "avenue", "drive", "way", "boulevard",
			"parkway", "highway", "freeway", "expressway", "pike", "turnpike", "trail", "path", "mall", "strip", "hill",
			"square", "green", "common", "bridge", "line", "border", "front", "coast", "beach", "shore", "waterfront",
			"boardwalk", "promenade", "esplanade", "embankment", "quay");

	/**
	 * "an earthquake shook Mindanao", "the typhoon lashed Luzon": what storms, floods and
	 * quakes do to a place.
	 */
	private static final Set<String> DISASTER_VERBS = Set.of("hit", "hits", "struck", "strikes", "shook", "shakes",
			"rocked", "rocks", "lashed", "lashes", "battered", "batters", "pounded", "pounds", "swept", "ravaged",
			"flooded", "devastated");

	/**
	 * After "the Atlantic": the phrase ends (punctuation, a preposition, conjunction or
	 * auxiliary) or a word of the ocean or range follows.
	 */
	private static final Pattern NATURE_AFTER = Pattern.compile("^\\s+(coast|coastline|seaboard|shore|shores|ocean|sea"
			+ "|basin|rim|seabed|floor|mountains|range|foothills|peaks|slopes|and|or|but|in|on|at|to|of|off|from|near"
			+ "|with|by|for|as|into|across|between|since|during|after|before|outside|inside|is|are|was|were|has|have|had|will|would"
			+ "|can|could|may|might|that|which|where)\\b|^\\s*[^\\p{L}\\s]|^\\s*$");

	/**
	 * "the Atlantic", "the Pacific coast", "the Andes", "the Red Sea": after "the", a
	 * name that is only a small town's (or a town's other name), or a region named as a
	 * sea, is the ocean, range or sea ("the Avdiivka front" and "the Dover ferry" stay
	 * towns; "the Hague" and "the Bronx" are their own names).
	 */
	private boolean natureNamedLikeAPlace(String text, Mention m, GazetteerEntry best) {
		if (m.regionWord() || !THE_BEFORE.matcher(text.substring(Math.max(0, m.start() - 5), m.start())).find()
				|| ownNameWithArticle("The " + m.name()) || appositive(text, m.end()) != null) {
			// "the Melrose, Massachusetts, native": a town with its state
			return false;
		}
		if (best.geonamesId() != null && GeoNamesReader.NICKNAMES.getOrDefault(best.geonamesId(), List.of())
			.stream()
			.anyMatch((n) -> n.equalsIgnoreCase(m.name()))) {
			// "in the Windy City": a city's nickname
			return false;
		}
		if (best.precision() == Precision.REGION) {
			return WATER_NAME.matcher(m.name()).matches();
		}
		if (best.precision().populated() && (best.population() < SMALL_TOWN || !ownName(m, best))
				&& OPEN_WATER.matcher(m.name()).find()) {
			// "the Caspian Sea": the sea, not a hamlet named after it
			return true;
		}
		if (best.precision().populated() && (best.population() < SMALL_TOWN || !ownName(m, best))
				&& NATURAL_FEATURE.matcher(m.name()).find()) {
			// "the Central Valley": the valley, not a hamlet of that name nor Santa
			// Maria,
			// California, which lists it among its other names
			return true;
		}
		return best.precision().populated() && (best.population() < SMALL_TOWN || !ownName(m, best))
				&& NATURE_AFTER.matcher(text.substring(m.end(), Math.min(text.length(), m.end() + 16))).find();
	}

	/**
	 * "Springfield, Ill.", "Portland, Ore.", "Boise, ID": the state after a comma, kept
	 * only when the name before the comma is a place in that state; and the few
	 * abbreviations written on their own ({@link #STANDALONE_REGION}).
	 */
	private List<Mention> stateAbbreviations(String text) {
		List<Mention> found = new ArrayList<>();
		Matcher m = STATE_AFTER_PLACE.matcher(text);
		while (m.find()) {
			String abbreviation = m.group(2);
			for (String key : STATE_ABBREVIATIONS.getOrDefault(abbreviation, List.of())) {
				String place = (region(key) != null) ? placeInState(m.group(1), key) : null;
				if (place == null) {
					continue;
				}
				found.add(new Mention(abbreviation, m.start(2), m.end(2), abbreviation, false, false, null, key));
				// the place itself, which NER may have called a person ("Lincoln, Neb.")
				int start = m.end(1) - place.length();
				found.add(new Mention(place, start, m.end(1), place, false, false, null));
				break;
			}
		}
		Matcher list = POSTAL_CODE_LIST.matcher(text);
		while (list.find()) {
			List<Mention> codes = new ArrayList<>();
			int plain = 0;
			Matcher code = POSTAL_CODE.matcher(list.group());
			while (code.find()) {
				String key = STATE_ABBREVIATIONS.getOrDefault(code.group(), List.of())
					.stream()
					.filter((k) -> k.startsWith("US."))
					.findFirst()
					.orElse(null);
				if (key == null || region(key) == null) {
					codes.clear();
					break;
				}
				plain += WORD_CODES.contains(code.group()) ? 0 : 1;
				int start = list.start() + code.start();
				codes.add(new Mention(code.group(), start, start + 2, code.group(), false, false, null, key));
			}
			// "NJ, PA and MD", not "ME and HI"
			if (codes.size() >= 2 && plain >= 1) {
				for (Mention c : codes) {
					if (found.stream().noneMatch((f) -> f.start() < c.end() && c.start() < f.end())) {
						found.add(c);
					}
				}
			}
		}
		Matcher alone = STANDALONE_REGION.matcher(text);
		while (alone.find()) {
			String abbreviation = alone.group(1);
			if (NUMBER_BEFORE.matcher(text.substring(Math.max(0, alone.start() - 8), alone.start())).find()) {
				continue;
			}
			String key = STATE_ABBREVIATIONS.get(abbreviation).get(0);
			if (region(key) != null) {
				found.add(new Mention(abbreviation, alone.start(), alone.end(), abbreviation, false, false, null, key));
			}
		}
		return found;
	}

	/**
	 * The name (or its last words) when it is a place or county in the state (region key
	 * "US.IL"), else null.
	 */
	private String placeInState(String name, String stateKey) {
		String[] words = name.split(" ");
		for (int from = 0; from < words.length; from++) {
			String tail = String.join(" ", java.util.Arrays.copyOfRange(words, from, words.length));
			for (GazetteerEntry e : this.index.lookup(tail)) {
				if (GazetteerData.key(e.countryCode(), e.admin1Code()).equals(stateKey)
						&& (e.precision() != Precision.REGION || "ADM2".equals(e.featureCode()))) {
					return tail;
				}
			}
		}
		return null;
	}

	/**
	 * Kursk in Kursk Oblast, Cork in County Cork: the region's seat or a big city, not a
	 * hamlet that shares the name (a village called Victoria in Victoria).
	 */
	private static boolean isSeat(GazetteerEntry place, GazetteerEntry region) {
		String code = (place.featureCode() != null) ? place.featureCode() : "";
		return code.equals("PPLC") || code.equals("PPLA") || place.population() >= BIG_CITY
				|| (code.equals("PPLA2") && "ADM2".equals(region.featureCode()));
	}

	/**
	 * A small town matched only by one of its alternate names, in a country nothing else
	 * in the text names while other countries are named.
	 */
	/**
	 * "analysts in Frankfurt" in a story naming Spain and Mexico: where the likeliest
	 * place for the text is a small town that bears the name only as an alternate name
	 * (Frankfort, Kentucky), a city of half a million or more that bears it too is what
	 * the name means (Frankfurt am Main); else the small town, for the caller to reject.
	 */
	private static GazetteerEntry bigCityOfThatName(List<GazetteerEntry> matches, GazetteerEntry best) {
		return matches.stream()
			.filter((e) -> e.precision().populated() && e.population() >= 5 * BIG_CITY && e != best)
			.max(Comparator.comparingLong(GazetteerEntry::population))
			.orElse(best);
	}

	private static boolean foreignAlias(Mention m, GazetteerEntry best, TextContext context,
			Map<String, Integer> regionMentions, String ownCountry) {
		if (!best.precision().populated() || ownName(m, best) || best.population() >= SMALL_TOWN) {
			return false;
		}
		int own = best.countryCode().equals(ownCountry) ? TextContext.COUNTRY_MENTION_WEIGHT : 0;
		int named = context.countryMentions.getOrDefault(best.countryCode(), 0) - own;
		boolean othersNamed = context.countryMentions.entrySet()
			.stream()
			.anyMatch((e) -> !e.getKey().equals(best.countryCode()) && e.getValue() > 0);
		String key = (best.admin1Code() != null) ? GazetteerData.key(best.countryCode(), best.admin1Code()) : null;
		return named <= 0 && othersNamed && (key == null || !regionMentions.containsKey(key));
	}

	/**
	 * "Paraguay's president flew from Asunción": a name a country bears is not a town
	 * that lists it only among its other names (Asunción lists "Paraguay", Panama City
	 * "Panama"), though that town is named in the text too.
	 */
	private static List<GazetteerEntry> withoutTownsNamedAfterCountry(List<GazetteerEntry> matches, Mention m) {
		if (matches.stream().noneMatch((e) -> e.precision() == Precision.COUNTRY)) {
			return matches;
		}
		return matches.stream().filter((e) -> !e.precision().populated() || ownName(m, e)).toList();
	}

	private static boolean ownName(Mention m, GazetteerEntry e) {
		return ownName(m.name(), e);
	}

	private static boolean ownName(String name, GazetteerEntry e) {
		String normalized = NameNormalizer.normalize(name);
		return normalized.equals(NameNormalizer.normalize(e.name()))
				|| normalized.equals(NameNormalizer.normalize(e.asciiName()));
	}

	/** The normalized name without its spaces and hyphens. */
	private static String withoutSpacing(String name) {
		return NameNormalizer.normalize(name).replace(" ", "").replace("-", "");
	}

	private ResolvedPlace toResolved(Mention m, GazetteerEntry e) {
		Long regionId = null;
		if (e.precision().populated() || "ADM2".equals(e.featureCode())) {
			GazetteerEntry region = this.index.region(e.countryCode(), e.admin1Code());
			regionId = (region != null) ? region.geonamesId() : null;
		}
		return new ResolvedPlace(m.text(), m.start(), m.end(), e.name(), e.geonamesId(), e.latitude(), e.longitude(),
				e.countryCode(), e.admin1Code(), e.precision().apiName(), regionId, e.locationId());
	}

	/**
	 * "Pat Ryder", "Washington Post": a capitalised word glued to the mention makes it
	 * part of a name.
	 */
	private static boolean partOfLongerName(String text, Mention m) {
		String after = text.substring(m.end());
		if (after.length() > 1 && after.charAt(0) == ' ' && Character.isUpperCase(after.charAt(1))
				&& !AFTER_REGION_WORD.matcher(after).find()
				&& !(m.text().endsWith(" County") && COUNTY_OFFICE_AFTER.matcher(after).find())) {
			return true;
		}
		int i = m.start() - 1;
		if (i > 0 && text.charAt(i) == ' ') {
			int j = i - 1;
			while (j >= 0 && Character.isLetter(text.charAt(j))) {
				j--;
			}
			String previous = text.substring(j + 1, i);
			// "A Linn County jury", "The Kent County sheriff": an article is no name
			return !previous.isEmpty() && Character.isUpperCase(previous.charAt(0)) && !sentenceInitial(text, j + 1)
					&& !LOCATIVES.contains(previous.toLowerCase(Locale.ROOT))
					&& !COMMON_WORDS.contains(previous.toLowerCase(Locale.ROOT));
		}
		return false;
	}

	/** "U.S. 40", "US 101": the name of a federal highway in the United States. */
	private static final Pattern US_HIGHWAY_NUMBER = Pattern.compile("U\\.S\\.|US");

	private static final Pattern ROUTE_NUMBER_AFTER = Pattern.compile("^\\s\\d{1,3}\\b(?![,.]\\d)");

	/** ", Street and": a name before it and one after it in a list. */
	private static final Pattern NAME_AND_COMMA_BEFORE = Pattern.compile("\\p{Lu}[\\p{L}.'\u2019-]*,\\s+$");

	private static final Pattern AND_NAME_AFTER = Pattern.compile("^(?:,|\\s+and|\\s+or)\\s+\\p{Lu}");

	private static boolean listedBetweenNames(String text, Mention m) {
		return NAME_AND_COMMA_BEFORE.matcher(text.substring(Math.max(0, m.start() - 40), m.start())).find()
				&& AND_NAME_AFTER.matcher(text.substring(m.end(), Math.min(text.length(), m.end() + 20))).find();
	}

	private static boolean locative(String text, int start) {
		return locative(text, start, LOCATIVES);
	}

	private static boolean locative(String text, int start, Set<String> cues) {
		int i = start - 1;
		while (i >= 0 && text.charAt(i) == ' ') {
			i--;
		}
		int j = i;
		while (j >= 0 && Character.isLetter(text.charAt(j))) {
			j--;
		}
		if (j == i) {
			return false;
		}
		String previous = text.substring(j + 1, i + 1).toLowerCase(Locale.ROOT);
		if (previous.equals("the") || (COMPASS_ADJECTIVES.contains(previous) && j + 1 != start)) {
			// "in the Donbas", "in northern Sumatra"
			return locative(text, j + 1, cues);
		}
		return cues.contains(previous) && !previous.equals("and");
	}

	private static boolean sentenceInitial(String text, int start) {
		int i = start - 1;
		while (i >= 0 && (text.charAt(i) == ' ' || text.charAt(i) == '"' || text.charAt(i) == '\u201c'
				|| text.charAt(i) == '\'' || text.charAt(i) == '\u2018')) {
			i--;
		}
		return i < 0 || text.charAt(i) == '.' || text.charAt(i) == '!' || text.charAt(i) == '?'
				|| text.charAt(i) == '\n' || text.charAt(i) == ':' || text.charAt(i) == '\u2014'
				|| text.charAt(i) == '\u2013';
	}

	/**
	 * "Read the report" vs "read": the capitalised word also occurs in lower case as a
	 * common word.
	 */
	private static boolean usedInLowerCase(String text, String word) {
		if (word.isEmpty() || !Character.isUpperCase(word.charAt(0)) || word.contains(" ")
				|| (word.length() > 1 && Character.isUpperCase(word.charAt(1)))) {
			return false;
		}
		String lower = word.toLowerCase(Locale.ROOT);
		Matcher m = Pattern.compile("\\b" + Pattern.quote(lower) + "\\b").matcher(text);
		return m.find();
	}

}
