package org.claimtrace.extraction.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.CoreSentence;
import org.claimtrace.extraction.ExtractedPlace;
import org.claimtrace.extraction.TextSpan;
import org.claimtrace.location.PlaceResolver;
import org.claimtrace.location.ResolvedPlace;
import org.claimtrace.location.ToponymCandidate;

/**
 * Proposes toponym candidates, has the {@link PlaceResolver} decide and resolve them, and
 * picks each figure's place: the nearest in its clause, else in its sentence, else the
 * article's focus (the place mentioned most).
 */
class PlaceLinker {

	private static final Set<String> PLACE_NER = Set.of("LOCATION", "CITY", "COUNTRY", "STATE_OR_PROVINCE");

	private static final Set<String> NOT_PLACE_NER = Set.of("PERSON", "ORGANIZATION", "DATE", "TIME", "MONEY", "NUMBER",
			"PERCENT", "DURATION", "ORDINAL", "SET", "MISC", "TITLE", "NATIONALITY");

	private static final Set<String> SPEECH_WORDS = Set.of("said", "says", "say", "claimed", "claims", "told",
			"reported", "announced", "insisted", "denied", "confirmed", "warned", "estimated", "added");

	private static final Set<String> ORGANISATION_LOCATIVES = Set.of("in", "near", "outside", "to", "from", "into",
			"across", "around", "toward", "towards", "between", "through", "fled", "visited", "visiting", "toured");

	// after these a name NER calls a person is looked up as a place: locative
	// prepositions, and verbs whose object is a place ("troops entered Chasiv Yar")
	private static final Set<String> PERSON_LOCATIVES = Set.of("in", "near", "outside", "around", "across", "fled",
			"entered", "shelled", "bombed", "liberated", "recaptured", "annexed", "besieged", "leaving", "through",
			"via");

	/**
	 * "flights were diverted to Cork", "trains from Hobart": after these and "to" or
	 * "from", a name NER calls a person is a place (people are talked to, not travelled
	 * to).
	 */
	/** What runs between two places: "the highway between Darwin and Katherine". */
	private static final Set<String> ROUTES = Set.of("road", "roads", "route", "routes", "highway", "railway",
			"railroad", "border", "crossing", "flight", "flights", "train", "trains", "ferry", "ferries", "bus",
			"buses");

	private static final Set<String> TRAVEL = Set.of("diverted", "rerouted", "flight", "flights", "train", "trains",
			"bus", "buses", "ferry", "ferries", "travelled", "traveled", "flew", "drove", "sailed", "headed",
			"evacuated", "relocated", "road", "roads", "route", "routes", "highway", "commute", "commutes", "commuted",
			"commuting", "commuter", "commuters", "trip", "trips", "bookings", "sailings", "travellers", "travelers",
			"visitors", "tourists", "passengers", "railway", "railroad", "border", "crossing", "dispatched", "north",
			"south", "east", "west");

	/** "a 24-year-old man from Hamilton": after these and "from", a name is a place. */
	private static final Set<String> PEOPLE = Set.of("man", "men", "woman", "women", "boy", "boys", "girl", "girls",
			"teen", "teens", "teenager", "teenagers", "resident", "residents", "native", "family", "families", "couple",
			"driver", "motorist", "student", "students", "people", "person", "mother", "father");

	/**
	 * "Flint police", "a Tacoma officer": besides {@link #PEOPLE}, the people of a place.
	 */
	private static final Set<String> LOCALS = Set.of("police", "officer", "officers", "deputies", "firefighters",
			"mayor", "area");

	/**
	 * "a former Hamilton accountant", "a Dundee dentist": trades named after the town a
	 * person works in (besides {@link #PEOPLE} and {@link #LOCALS}).
	 */
	private static final Set<String> TRADES = Set.of("accountant", "dentist", "teacher", "doctor", "nurse",
			"businessman", "businesswoman", "pensioner", "grandmother", "grandfather", "farmer", "plumber", "builder",
			"shopkeeper", "landlord", "chef", "surgeon", "solicitor", "pharmacist", "vet", "butcher", "baker",
			"hairdresser", "taxi", "schoolteacher", "headteacher", "widow", "retiree");

	/** "Auburn council", "Dunedin hospital": a town's own bodies, in lower case. */
	private static final Set<String> TOWN_BODIES = Set.of("council", "councillors", "hospital", "police", "mayor",
			"officials", "residents", "schools");

	/**
	 * "residents of Lismore", "the outskirts of Napier": what follows "of" is a place.
	 */
	private static final Set<String> OF_PLACE = Set.of("residents", "citizens", "villagers", "mayor", "outskirts",
			"suburbs", "streets", "town", "city", "village", "government", "capital", "president", "north", "south",
			"east", "west", "coast", "centre", "center", "heart", "downtown", "port", "harbour", "harbor");

	/**
	 * "parts of Eudora", "areas of Hialeah", "the province of Cuneo": what follows "of"
	 * is a place (kept apart from {@link #OF_PLACE}: "parts of Harper's plan" is no
	 * place).
	 */
	private static final Set<String> AREAS_OF = Set.of("parts", "areas", "neighborhoods", "neighbourhoods", "province",
			"provinces", "region");

	/**
	 * "a Republican from Quincy", "fans from Buffalo": besides {@link #PEOPLE}, people
	 * who come from, or speak for, a place.
	 */
	private static final Set<String> REPRESENTATIVES = Set.of("republican", "republicans", "democrat", "democrats",
			"lawmaker", "lawmakers", "legislator", "legislators", "senator", "senators", "delegate", "delegates",
			"patients", "voters", "fans", "protesters", "villagers", "farmers", "fishermen", "commuters", "passengers",
			"pilgrims", "refugees", "evacuees", "traders", "tourists", "visitors", "migrants");

	/**
	 * "crews from Alberta", "troops from Mendoza": besides {@link #PEOPLE} and
	 * {@link #LOCALS}, who are sent from a place.
	 */
	private static final Set<String> HELPERS = Set.of("crews", "troops", "soldiers", "volunteers", "workers", "teams",
			"rescuers", "doctors", "nurses", "paramedics", "team", "crew", "unit", "units", "squad", "squads");

	/** "40 miles off Aberdeen", "anchored off Cork": after these and "off", a place. */
	private static final Set<String> OFFSHORE = Set.of("miles", "mile", "kilometres", "kilometers", "km", "metres",
			"meters", "anchored", "moored", "aground", "sank", "capsized", "waters", "just");

	/**
	 * "Victoria's premier", "Jordan's parliament": offices and features only a place has,
	 * after a possessive.
	 */
	private static final Set<String> PLACE_OFFICES = Set.of("premier", "governor", "parliament", "legislature", "coast",
			"coastline");

	/** Besides {@link #PLACE_OFFICES}, after a name NER calls a person. */
	private static final Set<String> PLACE_POSSESSIONS = Set.of("government", "capital", "lawmakers", "border",
			"borders");

	/** "the fire that destroyed Paradise": verbs whose object is a place. */
	private static final Set<String> DESTRUCTION = Set.of("destroyed", "flattened", "levelled", "leveled", "devastated",
			"evacuated", "flooded", "hit", "struck", "ravaged");

	/** "strikes on Khan Younis", "the shelling of Kharkiv": what follows is a place. */
	private static final Set<String> BOMBARDMENTS = Set.of("strike", "strikes", "airstrike", "airstrikes", "shelling",
			"bombardment", "bombing", "bombings", "offensive", "raid", "raids", "siege");

	private static final Set<String> NAME_PREFIXES = Set.of("St.", "St", "Saint", "Ste.", "Ste", "Sainte", "Ft.",
			"Fort", "Mt.", "Mount", "Port", "San", "Santa", "Lake", "Cape", "Prince");

	private static final Pattern LOCATED_SPEAKER = Pattern.compile("\\b(in|from|based in)( the)?\\s+$");

	/**
	 * "Spirit of Tasmania", "Pride of Rotterdam": ferries and ships named for a place.
	 */
	private static final Set<String> VESSEL_TITLES = Set.of("Spirit", "Pride");

	/**
	 * Words of a text about ships, where "Spirit of ..." and "Pride of ..." are ships.
	 */
	private static final Pattern SHIPPING = Pattern.compile(
			"(?i)\\b(?:ferry|ferries|ship|ships|vessels?|boats?|cruises?|sailings?|sailed|liners?|aboard|docked|crew|"
					+ "harbou?r|port)\\b");

	private static final Set<String> COORDINATORS = Set.of("and", "or", ",");

	// "of" joins names like "East Riding of Yorkshire", "Isle of Wight"; the
	// resolver keeps a joined name only if the gazetteer has it whole ("Bank of
	// England" stays "England")
	private static final Set<String> CONNECTORS = Set.of("upon", "on", "de", "du", "da", "do", "del", "la", "le", "sur",
			"am", "im", "en", "y", "of");

	/** "Bendigo, a former gold-rush town": appositive heads that make a name a place. */
	private static final Set<String> SETTLEMENTS = Set.of("town", "city", "village", "suburb", "hamlet", "township",
			"borough", "municipality", "capital", "port", "seaport", "metropolis");

	/**
	 * After a settlement noun, what may end the appositive's head: "a town of 3,000", "a
	 * city where", "a port north of"; a following noun makes it a modifier instead ("a
	 * town councillor", "a city official").
	 */
	private static final Set<String> AFTER_SETTLEMENT = Set.of(",", ".", ";", "—", "–", "of", "in", "on", "near",
			"outside", "that", "where", "which", "known", "north", "south", "east", "west", "northeast", "northwest",
			"southeast", "southwest", "north-east", "north-west", "south-east", "south-west");

	private static final Set<String> CLAUSE_BREAKS = Set.of(",", ";", ":", "—", "–", "(", ")");

	private final PlaceResolver resolver;

	PlaceLinker(PlaceResolver resolver) {
		this.resolver = resolver;
	}

	/**
	 * @param metonyms indexes of places used as speakers or as modifiers of people, never
	 * a figure's place
	 * @param focus index of the first mention of the place mentioned most, or null
	 */
	record Places(List<ExtractedPlace> places, List<Integer> metonyms, Integer focus) {
	}

	static List<ToponymCandidate> candidates(String text, List<CoreSentence> sentences) {
		List<ToponymCandidate> candidates = new ArrayList<>();
		Set<String> personWords = wordsOfFullPersonNames(sentences);
		boolean shipping = SHIPPING.matcher(text).find();
		for (CoreSentence sentence : sentences) {
			List<CoreLabel> tokens = sentence.tokens();
			int i = 0;
			while (i < tokens.size()) {
				CoreLabel token = tokens.get(i);
				boolean ner = PLACE_NER.contains(token.ner());
				boolean capitalised = !ner && token.tag().startsWith("NNP") && !NOT_PLACE_NER.contains(token.ner())
						&& Character.isUpperCase(token.word().charAt(0));
				if (!ner && !capitalised) {
					i++;
					continue;
				}
				int j = i + 1;
				while (j < tokens.size() && (ner ? token.ner().equals(tokens.get(j).ner())
						: tokens.get(j).tag().startsWith("NNP") && !NOT_PLACE_NER.contains(tokens.get(j).ner())
								&& !PLACE_NER.contains(tokens.get(j).ner()))) {
					j++;
				}
				while (!ner && j + 1 < tokens.size() && "HYPH".equals(tokens.get(j).tag())
						&& tokens.get(j).beginPosition() == tokens.get(j - 1).endPosition()
						&& tokens.get(j + 1).beginPosition() == tokens.get(j).endPosition()
						&& capitalisedNoun(tokens.get(j + 1))) {
					// "Trois-Rivières": a hyphenated name NER did not tag
					j += 2;
				}
				if (!ner && j < tokens.size() && NAME_PREFIXES.contains(tokens.get(j - 1).word())
						&& (j == i + 1 || "HYPH".equals(tokens.get(j - 2).tag())) && capitalisedNoun(tokens.get(j))) {
					// "St. Paul", "Fort Myers": NER calls the saint's name a person (also
					// after a hyphen: "Minneapolis-St. Paul")
					j++;
				}
				int start = token.beginPosition();
				int end = tokens.get(j - 1).endPosition();
				if (ner && i > 0 && "Air".equals(tokens.get(i - 1).word())
						&& tokens.get(i - 1).endPosition() + 1 == start) {
					// "Air New Zealand", "Air India": an airline
					i = j;
					continue;
				}
				if (ner && i >= 2 && "of".equals(tokens.get(i - 1).word())
						&& VESSEL_TITLES.contains(tokens.get(i - 2).word()) && shipping) {
					// "the Spirit of Tasmania ferries", "the Pride of Kent": a ship's
					// name in a text about shipping (not "the Spirit of Detroit statue")
					i = j;
					continue;
				}
				if (ner && agencyWordBefore(tokens, i, j)) {
					// "Environment Canada", "Athletics Kenya", "Marine Atlantic": an
					// agency,
					// a federation or a company named with a common word and a place
					i = j;
					continue;
				}
				if (ner && j < tokens.size() && "ORGANIZATION".equals(tokens.get(j).ner())
						&& tokens.get(j).beginPosition() == end + 1 && capitalisedNoun(tokens.get(j))) {
					// "U.S. Customs and Border Protection": a place opening an
					// organisation's name is part of that name
					i = j;
					continue;
				}
				candidates.add(new ToponymCandidate(text.substring(start, end), start, end, ner));
				if (ner) {
					coordinatedParts(text, tokens, i, j, candidates);
					joinedByAnd(text, tokens, start, j, candidates);
				}
				i = j;
			}
			misTaggedAfterLocative(text, tokens, candidates);
			commonNounAfterLocative(text, tokens, candidates);
			personNamedTownBeforeLocals(tokens, personWords, candidates);
			describedAsSettlement(text, tokens, candidates);
			possessiveOfPlace(text, tokens, candidates);
			placesInOrganisationNames(text, tokens, candidates);
			cityNamedLikeOrganisation(text, tokens, candidates);
			joinedByConnector(text, tokens, candidates);
			upperCaseDateline(text, tokens, candidates);
			namedBeforeBased(tokens, candidates);
			arabicArticleName(text, tokens, candidates);
			namedBeforeRegionWord(text, tokens, candidates);
			untaggedRegionOfAPlace(text, tokens, candidates);
			stateBeforeItsGovernment(text, tokens, candidates);
			hyphenatedRoute(text, tokens, candidates);
			countyBeforeOffice(text, tokens, candidates);
			townsBeforeIrishCounty(text, tokens, candidates);
			irishCountyNamedLikePerson(text, tokens, candidates);
		}
		return candidates;
	}

	/**
	 * "County Cork and County Kerry": NER sometimes tags two places joined by "and" as
	 * one location; each part is proposed too (the resolver keeps the whole only if the
	 * gazetteer knows it: "Trinidad and Tobago").
	 */
	private static void coordinatedParts(String text, List<CoreLabel> tokens, int from, int to,
			List<ToponymCandidate> out) {
		List<ToponymCandidate> parts = new ArrayList<>();
		int start = from;
		for (int k = from; k <= to; k++) {
			boolean split = k == to || COORDINATORS.contains(tokens.get(k).word());
			if (!split) {
				continue;
			}
			if (k > start && capitalisedNoun(tokens.get(start))) {
				int begin = tokens.get(start).beginPosition();
				int end = tokens.get(k - 1).endPosition();
				parts.add(new ToponymCandidate(text.substring(begin, end), begin, end, true));
			}
			start = k + 1;
		}
		if (parts.size() > 1) {
			out.addAll(parts);
		}
	}

	/**
	 * "Bosnia and Herzegovina", "Antigua and Barbuda": NER tags the two names as places
	 * and the "and" between them as nothing; the whole is proposed too (the resolver
	 * keeps it only if the gazetteer knows it whole, and then over its parts); so is
	 * "Saint Vincent and the Grenadines".
	 */
	private static void joinedByAnd(String text, List<CoreLabel> tokens, int start, int j, List<ToponymCandidate> out) {
		int second = (j + 2 < tokens.size() && tokens.get(j + 1).word().equals("the")) ? j + 2 : j + 1;
		if (second >= tokens.size() || !tokens.get(j).word().equals("and")
				|| !PLACE_NER.contains(tokens.get(second).ner())) {
			return;
		}
		String ner = tokens.get(second).ner();
		int k = second + 1;
		while (k < tokens.size() && ner.equals(tokens.get(k).ner())) {
			k++;
		}
		int end = tokens.get(k - 1).endPosition();
		out.add(new ToponymCandidate(text.substring(start, end), start, end, true));
	}

	/**
	 * "roads to Dundee", "in County Kerry": NER sometimes calls a place an organisation
	 * or a person; after a locative preposition such a name is proposed for a gazetteer
	 * lookup (the resolver still wants the gazetteer to know it).
	 */
	private static void misTaggedAfterLocative(String text, List<CoreLabel> tokens, List<ToponymCandidate> out) {
		// the token after the last name proposed here: "workers from Ladysmith and
		// Dundee" lists a second town after the first
		int proposedEnd = -1;
		for (int i = 1; i < tokens.size(); i++) {
			String ner = tokens.get(i).ner();
			boolean organisation = "ORGANIZATION".equals(ner);
			if (!(organisation || "PERSON".equals(ner)) || !tokens.get(i).tag().startsWith("NN")
					|| !Character.isUpperCase(tokens.get(i).word().charAt(0))
					|| (ner.equals(tokens.get(i - 1).ner()) && !toInsideNameAfterFrom(tokens, i))) {
				continue;
			}
			int j = i + 1;
			while (j < tokens.size() && ner.equals(tokens.get(j).ner()) && (tokens.get(j).tag().startsWith("NN")
					|| "FW".equals(tokens.get(j).tag()) || attachedHyphen(tokens, j))) {
				// "Kerem Shalom" (a foreign word), "Deir al-Balah" (hyphenated)
				j++;
			}
			if (j < tokens.size() && ner.equals(tokens.get(j).ner()) && tokens.get(j).word().equals("of")) {
				// "Bank of Ireland": the organisation's name goes on
				i = j - 1;
				continue;
			}
			String previous = tokens.get(i - 1).word().toLowerCase(Locale.ROOT);
			String before = (i >= 2) ? tokens.get(i - 2).word().toLowerCase(Locale.ROOT) : "";
			boolean afterLocative = (organisation ? ORGANISATION_LOCATIVES : PERSON_LOCATIVES).contains(previous)
					|| afterBombardment(previous, before)
					|| (previous.equals("from")
							&& (PEOPLE.contains(before) || Set.of("sent", "airlifted").contains(before)))
					|| ((previous.equals("to") || previous.equals("from")) && TRAVEL.contains(before))
					|| (previous.equals("from") && (LOCALS.contains(before) || HELPERS.contains(before)))
					|| (previous.equals("from") && PLACE_NER.contains(tokens.get(i - 2).ner()))
					|| (previous.equals("of") && personBefore(tokens, i - 1))
					|| (previous.equals("nearby") && PERSON_LOCATIVES.contains(before)) || betweenAfterTravel(tokens, i)
					|| toAfterFromPlace(tokens, i) || (previous.equals("of") && OF_PLACE.contains(before))
					|| (previous.equals("of") && AREAS_OF.contains(before) && !someonesProvince(tokens, i - 2))
					|| (previous.equals("from") && REPRESENTATIVES.contains(before))
					|| (previous.equals("from") && j + 1 < tokens.size() && tokens.get(j).word().equals("to")
							&& PLACE_NER.contains(tokens.get(j + 1).ner()))
					|| (previous.equals("off") && OFFSHORE.contains(before))
					|| (NEIGHBOURING.contains(previous) && PERSON_LOCATIVES.contains(before)) || asFarAs(tokens, i)
					|| (i - 1 == proposedEnd && (previous.equals("and") || previous.equals("or")))
					|| datelineCountry(tokens, i, j) || toInsideNameAfterFrom(tokens, i)
					|| towardAfterAdvance(tokens, i);
			// "Cork and Limerick", "Brisbane and Darwin": listed with a place
			String next = (j < tokens.size()) ? tokens.get(j).word() : ".";
			// a list goes on or ends after the name: "in Dayton, Harper says" is no list
			boolean listContinues = !previous.equals(",") || COORDINATORS.contains(next) || next.equals(".");
			boolean listedWithPlace = (COORDINATORS.contains(previous) && listContinues
					&& listHasPlaceBefore(tokens, i - 2) && !listOfSomeonesProvince(tokens, i - 2))
					|| (j + 1 < tokens.size() && COORDINATORS.contains(tokens.get(j).word())
							&& PLACE_NER.contains(tokens.get(j + 1).ner()));
			boolean ofPlace = previous.equals("of") && OF_PLACE.contains(before);
			if ((!ofPlace && (next.equals("'s") || next.equals("'") || next.equals("’s") || next.equals("’")))
					|| (next.equals(",") && j + 1 < tokens.size() && tokens.get(j + 1).word().equals("of"))) {
				// a person or a company: "in Harper's office", "toward Acme's
				// warehouse", "and Ortiz, of the 400 block" (but "residents of
				// Lismore's low-lying suburbs" live in a place)
				i = j - 1;
				continue;
			}
			// "Fort Myers", "Port Arthur": NER calls the whole name a person
			boolean placePrefix = NAME_PREFIXES.contains(tokens.get(i).word()) && j > i + 1;
			if (!afterLocative && !listedWithPlace && !placePrefix) {
				i = j - 1;
				continue;
			}
			int start = tokens.get(i).beginPosition();
			int end = tokens.get(j - 1).endPosition();
			// listed with a place NER recognised, the name counts as if NER had called it
			// a place ("cut off Napier and Gisborne": a town that is also a surname)
			out.add(new ToponymCandidate(text.substring(start, end), start, end, listedWithPlace));
			joinedByAnd(text, tokens, start, j, out);
			proposedEnd = j;
			i = j - 1;
		}
	}

	/**
	 * "students from Aarhus University to Silkeborg": NER runs an organisation on over
	 * "to" and the place the trip goes to; the name after a lower-case "to" inside a name
	 * that "from" opens is proposed.
	 */
	private static boolean toInsideNameAfterFrom(List<CoreLabel> tokens, int i) {
		String ner = tokens.get(i).ner();
		if (i < 3 || !tokens.get(i - 1).word().equals("to") || !ner.equals(tokens.get(i - 1).ner())) {
			return false;
		}
		int k = i - 2;
		while (k >= 0 && ner.equals(tokens.get(k).ner()) && capitalisedNoun(tokens.get(k))) {
			k--;
		}
		return k >= 0 && k < i - 2 && tokens.get(k).word().equals("from");
	}

	/** "in neighbouring Amhara": a place named beside the text's place. */
	private static final Set<String> NEIGHBOURING = Set.of("neighbouring", "neighboring", "nearby");

	private static final Set<String> FAR_DIRECTIONS = Set.of("north", "south", "east", "west", "away", "afield",
			"inland");

	/**
	 * "as far east as C\u00f3rdoba", "as far away as Tashkent": a place the text reaches.
	 */
	private static boolean asFarAs(List<CoreLabel> tokens, int i) {
		return i >= 4 && tokens.get(i - 1).word().equals("as")
				&& FAR_DIRECTIONS.contains(tokens.get(i - 2).word().toLowerCase(Locale.ROOT))
				&& tokens.get(i - 3).word().equalsIgnoreCase("far") && tokens.get(i - 4).word().equalsIgnoreCase("as");
	}

	/**
	 * "Naas and Newbridge in Co Kildare": names (a list of them) right before "in Co" or
	 * "in County" are towns of that county.
	 */
	private static void townsBeforeIrishCounty(String text, List<CoreLabel> tokens, List<ToponymCandidate> out) {
		forEachPersonOrOrganisationName(tokens, (i, j) -> {
			if (beforeIrishCounty(tokens, j)) {
				out.add(candidate(text, tokens, i, j));
			}
		});
	}

	/**
	 * "tourism in Co Clare": NER leaves "Co" out and calls the county's name a person;
	 * the county is proposed with its word (the resolver wants the gazetteer to know it).
	 */
	private static void irishCountyNamedLikePerson(String text, List<CoreLabel> tokens, List<ToponymCandidate> out) {
		forEachPersonOrOrganisationName(tokens, (i, j) -> {
			if (i > 0 && IRISH_COUNTY_WORDS.contains(tokens.get(i - 1).word()) && "O".equals(tokens.get(i - 1).ner())) {
				int start = tokens.get(i - 1).beginPosition();
				int end = tokens.get(j - 1).endPosition();
				out.add(new ToponymCandidate(text.substring(start, end), start, end, false));
			}
		});
	}

	private static final Set<String> IRISH_COUNTY_WORDS = Set.of("Co", "Co.", "County");

	private static boolean beforeIrishCounty(List<CoreLabel> tokens, int j) {
		int k = j;
		if (k + 1 < tokens.size() && tokens.get(k).word().equals("and") && capitalisedNoun(tokens.get(k + 1))) {
			k += 2;
			while (k < tokens.size() && capitalisedNoun(tokens.get(k))) {
				k++;
			}
		}
		return k + 2 < tokens.size() && tokens.get(k).word().equals("in")
				&& IRISH_COUNTY_WORDS.contains(tokens.get(k + 1).word()) && capitalisedNoun(tokens.get(k + 2));
	}

	/**
	 * "Basketball was the province of Jordan", "have long been the province of Chelsea":
	 * after "be", "become" or "remain" the province of someone is his domain ("is in the
	 * province of Cuneo" is a place).
	 */
	private static boolean someonesProvince(List<CoreLabel> tokens, int word) {
		if (!Set.of("province", "provinces", "region").contains(tokens.get(word).word().toLowerCase(Locale.ROOT))) {
			return false;
		}
		for (int k = word - 1; k >= 0 && k >= word - 4; k--) {
			CoreLabel t = tokens.get(k);
			if (Set.of("be", "become", "remain").contains(t.lemma())) {
				// not "the worst-hit area was the province of Cuneo"
				return k == 0 || !PLACE_SUBJECTS.contains(tokens.get(k - 1).word().toLowerCase(Locale.ROOT));
			}
			if (!(t.tag().equals("DT") || t.tag().startsWith("JJ") || t.tag().startsWith("RB"))) {
				return false;
			}
		}
		return false;
	}

	/** Subjects of "was the province of" that are places themselves. */
	private static final Set<String> PLACE_SUBJECTS = Set.of("area", "areas", "region", "place", "epicentre",
			"epicenter", "zone", "home", "destination", "site");

	/**
	 * "was the province of Houston and Dion": a list of the people whose domain it is.
	 */
	private static boolean listOfSomeonesProvince(List<CoreLabel> tokens, int k) {
		while (k > 0 && (capitalisedNoun(tokens.get(k)) || COORDINATORS.contains(tokens.get(k).word())
				|| tokens.get(k).word().equals(","))) {
			k--;
		}
		return k > 0 && tokens.get(k).word().equals("of") && someonesProvince(tokens, k - 1);
	}

	/**
	 * "Rep. Mark Hadley of Findlay", "Sen. Maria Cantwell of Washington": a full person
	 * name ends right before {@code of}; what follows is where the person is from or
	 * stands for.
	 */
	private static boolean personBefore(List<CoreLabel> tokens, int of) {
		return of >= 2 && "PERSON".equals(tokens.get(of - 1).ner()) && "PERSON".equals(tokens.get(of - 2).ner());
	}

	/**
	 * "trains from München to Wien and Praha": the names after "to" in a route that
	 * starts from a place NER recognised are places too ("a letter from Smith to Jones"
	 * starts from no place).
	 */
	private static boolean toAfterFromPlace(List<CoreLabel> tokens, int i) {
		int k = i - 1;
		while (k > 0 && (COORDINATORS.contains(tokens.get(k).word()) || capitalisedNoun(tokens.get(k)))
				&& !tokens.get(k).word().equals("to")) {
			k--;
		}
		if (k < 2 || !tokens.get(k).word().equals("to")) {
			return false;
		}
		boolean place = false;
		int f = k - 1;
		while (f >= 0 && capitalisedNoun(tokens.get(f))) {
			place |= PLACE_NER.contains(tokens.get(f).ner());
			f--;
		}
		return place && f >= 0 && f < k - 1 && tokens.get(f).word().equalsIgnoreCase("from");
	}

	/**
	 * "the highway between Darwin and Katherine": both names after "between" and a route
	 * word are places ("a dispute between Smith and Jones" and "the trip between Obama
	 * and Castro" are not).
	 */
	private static boolean betweenAfterTravel(List<CoreLabel> tokens, int i) {
		int k = i - 1;
		if (tokens.get(k).word().equalsIgnoreCase("and")) {
			k--;
			while (k > 0 && Character.isUpperCase(tokens.get(k).word().charAt(0))) {
				k--;
			}
		}
		return k >= 1 && tokens.get(k).word().equalsIgnoreCase("between")
				&& ROUTES.contains(tokens.get(k - 1).word().toLowerCase(Locale.ROOT));
	}

	/**
	 * "commuters from Reading", "between Bristol and Bath", "destroyed Paradise": a town
	 * named like an everyday word, capitalised in mid-sentence, gets a common-noun or
	 * verb tag and no entity. After a locative word, or listed with a place NER
	 * recognised, it is proposed for a gazetteer lookup. Sentences written in title case
	 * (headlines) give no evidence through capitals and are skipped.
	 */
	private static void commonNounAfterLocative(String text, List<CoreLabel> tokens, List<ToponymCandidate> out) {
		if (titleCase(tokens)) {
			return;
		}
		for (int i = 1; i < tokens.size(); i++) {
			CoreLabel token = tokens.get(i);
			String word = token.word();
			if (token.tag().startsWith("NNP") || !"O".equals(token.ner()) || word.length() < 3
					|| !Character.isUpperCase(word.charAt(0)) || !lowerCaseAfterInitial(word)
					|| sentenceOpening(tokens, i)) {
				continue;
			}
			String previous = tokens.get(i - 1).word().toLowerCase(Locale.ROOT);
			String before = (i >= 2) ? tokens.get(i - 2).word().toLowerCase(Locale.ROOT) : "";
			boolean afterLocative = ORGANISATION_LOCATIVES.contains(previous) || DESTRUCTION.contains(previous)
					|| afterBombardment(previous, before);
			boolean listedWithPlace = COORDINATORS.contains(previous) && i >= 2
					&& PLACE_NER.contains(tokens.get(i - 2).ner());
			if (afterLocative || listedWithPlace) {
				out.add(new ToponymCandidate(word, token.beginPosition(), token.endPosition(), listedWithPlace));
			}
		}
	}

	/** Lower-case words after a region's name: "Imo state", "Leyte province". */
	private static final Set<String> REGION_WORDS = Set.of("state", "province", "county", "region", "district",
			"governorate", "prefecture", "oblast");

	/**
	 * "the governor of Imo state": NER calls some regions organisations or persons; a
	 * name of one or two words right before a lower-case region word is proposed with
	 * that word (the resolver looks it up among regions).
	 */
	private static void namedBeforeRegionWord(String text, List<CoreLabel> tokens, List<ToponymCandidate> out) {
		forEachPersonOrOrganisationName(tokens, (i, j) -> {
			if (j - i <= 2 && j < tokens.size() && REGION_WORDS.contains(tokens.get(j).word())) {
				int start = tokens.get(i).beginPosition();
				int end = tokens.get(j).endPosition();
				out.add(new ToponymCandidate(text.substring(start, end), start, end, false));
			}
		});
	}

	/** What NER makes of a region's name it does not know as a place. */
	private static final Set<String> PARTLY_TAGGED = Set.of("O", "PERSON", "ORGANIZATION");

	/**
	 * "Syria's Deir ez-Zor governorate", "Iraq's Salah ad-Din governorate": a name NER
	 * leaves untagged or tags in part (its lower-case particle), between a place's
	 * possessive and a lower-case region word, is proposed with that word like
	 * {@link #namedBeforeRegionWord}.
	 */
	private static void untaggedRegionOfAPlace(String text, List<CoreLabel> tokens, List<ToponymCandidate> out) {
		for (int i = 2; i < tokens.size(); i++) {
			CoreLabel possessive = tokens.get(i - 1);
			if (!PARTLY_TAGGED.contains(tokens.get(i).ner()) || !Character.isUpperCase(tokens.get(i).word().charAt(0))
					|| !Set.of("'s", "’s").contains(possessive.word())
					|| !PLACE_NER.contains(tokens.get(i - 2).ner())) {
				continue;
			}
			int j = i + 1;
			// "ez-Zor", however the tokenizer splits it
			while (j < tokens.size() && j - i < 5 && PARTLY_TAGGED.contains(tokens.get(j).ner())
					&& (Character.isUpperCase(tokens.get(j).word().charAt(0)) || tokens.get(j).word().contains("-")
							|| attachedHyphen(tokens, j) || (j + 1 < tokens.size() && attachedHyphen(tokens, j + 1)))) {
				j++;
			}
			if (j < tokens.size() && REGION_WORDS.contains(tokens.get(j).word())) {
				int start = tokens.get(i).beginPosition();
				int end = tokens.get(j).endPosition();
				out.add(new ToponymCandidate(text.substring(start, end), start, end, false));
			}
		}
	}

	private static final Set<String> STATE_BODIES = Set.of("government", "governor", "police", "command", "assembly",
			"officials", "commissioner", "capital", "lawmakers", "legislature");

	/**
	 * "The Ogun State government", "the Rivers State police command": NER takes a state
	 * named with a capital "State" into an organisation when a lower-case body follows;
	 * the state is a toponym ("the Lagos State Government", with a capital, is the
	 * government's name).
	 */
	private static void stateBeforeItsGovernment(String text, List<CoreLabel> tokens, List<ToponymCandidate> out) {
		forEachPersonOrOrganisationName(tokens, (i, j) -> {
			if (j - i >= 2 && j - i <= 3 && tokens.get(j - 1).word().equals("State") && j < tokens.size()
					&& STATE_BODIES.contains(tokens.get(j).word())) {
				int start = tokens.get(i).beginPosition();
				int end = tokens.get(j - 1).endPosition();
				out.add(new ToponymCandidate(text.substring(start, end), start, end, false));
			}
		});
	}

	private static final Set<String> ROUTE_NOUNS = Set.of("road", "highway", "expressway", "motorway", "railway",
			"rail", "route", "corridor", "pipeline", "flight", "flights", "bus", "buses", "train", "trains", "ferry");

	/**
	 * "the Nakuru-Eldoret highway", "the Lagos-Ibadan expressway": two names joined by a
	 * hyphen before a route noun are the route's ends, whatever NER calls them; each is
	 * proposed for a lookup.
	 */
	private static void hyphenatedRoute(String text, List<CoreLabel> tokens, List<ToponymCandidate> out) {
		for (int k = 0; k + 3 < tokens.size(); k++) {
			CoreLabel first = tokens.get(k);
			CoreLabel hyphen = tokens.get(k + 1);
			CoreLabel second = tokens.get(k + 2);
			if (!hyphen.word().equals("-") || hyphen.beginPosition() != first.endPosition()
					|| second.beginPosition() != hyphen.endPosition() || !capitalisedNoun(first)
					|| !capitalisedNoun(second) || !ROUTE_NOUNS.contains(tokens.get(k + 3).word())) {
				continue;
			}
			for (CoreLabel end : List.of(first, second)) {
				if (!PLACE_NER.contains(end.ner())) {
					out.add(new ToponymCandidate(end.word(), end.beginPosition(), end.endPosition(), false));
				}
			}
		}
	}

	/**
	 * "a Cork-based builders' group": what a firm is based in is a place, whatever NER
	 * calls the name (it often calls it an organisation); proposed for a lookup.
	 */
	private static final Set<String> ARABIC_ARTICLES = Set.of("Al", "El");

	/**
	 * "linking Doha with Al Wakrah", "Metro extension to Al Wakrah opens": NER calls a
	 * place named with the Arabic article a person ("Al Sharpton"). The whole name is
	 * proposed for a lookup (the resolver takes it only if the gazetteer knows it, with
	 * the evidence it asks of any name NER did not call a place), unless the name speaks
	 * or owns something.
	 */
	private static void arabicArticleName(String text, List<CoreLabel> tokens, List<ToponymCandidate> out) {
		for (int i = 0; i + 1 < tokens.size(); i++) {
			CoreLabel token = tokens.get(i);
			if (!"PERSON".equals(token.ner()) || !ARABIC_ARTICLES.contains(token.word())
					|| (i > 0 && "PERSON".equals(tokens.get(i - 1).ner()))) {
				continue;
			}
			int j = i + 1;
			while (j < tokens.size() && "PERSON".equals(tokens.get(j).ner()) && capitalisedNoun(tokens.get(j))) {
				j++;
			}
			String next = (j < tokens.size()) ? Lexicon.lower(tokens.get(j)) : ".";
			if (j == i + 1 || (j < tokens.size() && "PERSON".equals(tokens.get(j).ner())) || next.equals("'s")
					|| next.equals("’s") || SPEECH_WORDS.contains(next)) {
				continue;
			}
			int start = token.beginPosition();
			int end = tokens.get(j - 1).endPosition();
			out.add(new ToponymCandidate(text.substring(start, end), start, end, false));
			i = j - 1;
		}
	}

	private static void namedBeforeBased(List<CoreLabel> tokens, List<ToponymCandidate> out) {
		for (int i = 0; i + 2 < tokens.size(); i++) {
			CoreLabel token = tokens.get(i);
			if (PLACE_NER.contains(token.ner()) || !token.tag().startsWith("NN")
					|| !Character.isUpperCase(token.word().charAt(0)) || !lowerCaseAfterInitial(token.word())
					|| token.word().length() < 3 || !"HYPH".equals(tokens.get(i + 1).tag())
					|| tokens.get(i + 1).beginPosition() != token.endPosition()
					|| tokens.get(i + 2).beginPosition() != tokens.get(i + 1).endPosition()
					|| !tokens.get(i + 2).word().equalsIgnoreCase("based")
					|| (i > 0 && capitalisedNoun(tokens.get(i - 1)))) {
				continue;
			}
			out.add(new ToponymCandidate(token.word(), token.beginPosition(), token.endPosition(), false));
		}
	}

	/**
	 * "Flint police said", "a Kenosha man": NER calls some towns persons. A one-word
	 * person name right before police or local people, that is not a first name and not
	 * part of a full person name anywhere in the text, is proposed for a lookup; the
	 * resolver takes it only with the evidence it asks of any name NER did not call a
	 * place. (Any one-word person name would bring in surnames of politicians and
	 * suspects.)
	 */
	private static void personNamedTownBeforeLocals(List<CoreLabel> tokens, Set<String> personWords,
			List<ToponymCandidate> out) {
		for (int i = 0; i + 1 < tokens.size(); i++) {
			CoreLabel token = tokens.get(i);
			CoreLabel previous = (i > 0) ? tokens.get(i - 1) : null;
			if (!"PERSON".equals(token.ner()) || (previous != null && "PERSON".equals(previous.ner()))
					|| "PERSON".equals(tokens.get(i + 1).ner()) || !capitalisedNoun(token)
					|| !lowerCaseAfterInitial(token.word()) || personWords.contains(token.word())
					|| FirstNames.gender(token.word()) != SourceResolver.Gender.UNKNOWN
					|| (previous != null && (capitalisedNoun(previous) || previous.word().endsWith(".")))) {
				continue;
			}
			String next = tokens.get(i + 1).word().toLowerCase(Locale.ROOT);
			if (LOCALS.contains(next) || PEOPLE.contains(next) || TRADES.contains(next)) {
				out.add(new ToponymCandidate(token.word(), token.beginPosition(), token.endPosition(), false));
			}
		}
	}

	/**
	 * "Bendigo, a former gold-rush town north-west of Melbourne": NER calls some towns
	 * persons or organisations, even at the start of a sentence. A capitalised name
	 * followed by an appositive whose head is a settlement noun is proposed as a place
	 * ("Smith, a town councillor" is not: there the noun modifies another).
	 */
	private static void describedAsSettlement(String text, List<CoreLabel> tokens, List<ToponymCandidate> out) {
		forEachPersonOrOrganisationName(tokens, (i, j) -> {
			if (j + 2 < tokens.size() && tokens.get(j).word().equals(",")
					&& Lexicon.ARTICLES.contains(Lexicon.lower(tokens.get(j + 1))) && settlementHead(tokens, j + 2)) {
				out.add(candidate(text, tokens, i, j));
			}
		});
	}

	/**
	 * "Victoria's premier", "Jordan's parliament": NER calls some states and countries
	 * persons; a name whose possessive is an office or feature only places have is
	 * proposed as a place.
	 */
	private static void possessiveOfPlace(String text, List<CoreLabel> tokens, List<ToponymCandidate> out) {
		forEachPersonOrOrganisationName(tokens, (i, j) -> {
			if (j - i <= 3 && placePossession(tokens, j, tokens.get(i).ner())) {
				out.add(candidate(text, tokens, i, j));
			}
		});
	}

	/** A name, tokens [i, j), that NER tagged as a person or organisation. */
	private interface NameRun {

		void at(int i, int j);

	}

	/** Offices of a US county, named with it: "Erie County Executive Mark Poloncarz". */
	private static final Set<String> COUNTY_OFFICES = Set.of("Executive", "Judge", "Sheriff", "Commissioner",
			"Commissioners", "Attorney", "Prosecutor", "Clerk", "Coroner", "Administrator", "Assessor", "Treasurer",
			"Supervisor", "Supervisors");

	/**
	 * "Erie County Executive Mark Poloncarz", "Harris County Judge Lina Hidalgo": NER
	 * takes the county into the office's name; the county (one or two words before
	 * "County") is proposed on its own.
	 */
	private static void countyBeforeOffice(String text, List<CoreLabel> tokens, List<ToponymCandidate> out) {
		forEachPersonOrOrganisationName(tokens, (i, j) -> {
			for (int k = i + 1; k + 1 < j && k <= i + 2; k++) {
				if (tokens.get(k).word().equals("County") && COUNTY_OFFICES.contains(tokens.get(k + 1).word())) {
					out.add(new ToponymCandidate(
							text.substring(tokens.get(i).beginPosition(), tokens.get(k).endPosition()),
							tokens.get(i).beginPosition(), tokens.get(k).endPosition(), false));
					return;
				}
			}
		});
	}

	/**
	 * Calls {@code run} once for each run of capitalised tokens NER tagged PERSON or
	 * ORGANIZATION (one tag per run).
	 */
	private static void forEachPersonOrOrganisationName(List<CoreLabel> tokens, NameRun run) {
		for (int i = 0; i < tokens.size(); i++) {
			String ner = tokens.get(i).ner();
			if (!("PERSON".equals(ner) || "ORGANIZATION".equals(ner)) || !capitalisedNoun(tokens.get(i))
					|| (i > 0 && ner.equals(tokens.get(i - 1).ner()))) {
				continue;
			}
			int j = i + 1;
			while (j < tokens.size() && ner.equals(tokens.get(j).ner()) && capitalisedNoun(tokens.get(j))) {
				j++;
			}
			run.at(i, j);
			i = j - 1;
		}
	}

	private static ToponymCandidate candidate(String text, List<CoreLabel> tokens, int i, int j) {
		int start = tokens.get(i).beginPosition();
		int end = tokens.get(j - 1).endPosition();
		return new ToponymCandidate(text.substring(start, end), start, end, true);
	}

	/**
	 * After the name at {@code j}: "'s premier", and for a person-tagged name "'s
	 * capital".
	 */
	private static boolean placePossession(List<CoreLabel> tokens, int j, String ner) {
		if (j + 1 >= tokens.size() || !(tokens.get(j).word().equals("'s") || tokens.get(j).word().equals("’s"))) {
			return false;
		}
		String noun = tokens.get(j + 1).word().toLowerCase(Locale.ROOT);
		return PLACE_OFFICES.contains(noun) || ("PERSON".equals(ner) && PLACE_POSSESSIONS.contains(noun));
	}

	/**
	 * "the Dallas Cowboys", "the University of Georgia": the place a team, paper or
	 * university is named after is no toponym, but tells the resolver where the text is
	 * (the stadium "in Arlington" is the Texas one). Proposed as context only.
	 */
	private static void placesInOrganisationNames(String text, List<CoreLabel> tokens, List<ToponymCandidate> out) {
		for (int i = 0; i < tokens.size(); i++) {
			if (!"ORGANIZATION".equals(tokens.get(i).ner())
					|| (i > 0 && "ORGANIZATION".equals(tokens.get(i - 1).ner()))) {
				continue;
			}
			int j = i + 1;
			int of = -1;
			while (j < tokens.size() && "ORGANIZATION".equals(tokens.get(j).ner())) {
				if (of < 0 && tokens.get(j).word().equals("of")) {
					of = j;
				}
				j++;
			}
			// "University of Georgia": what follows "of"; "Dallas Cowboys": all but
			// the last word
			int from = (of > 0) ? of + 1 : i;
			int to = (of > 0) ? j : j - 1;
			boolean name = to > from && to - from <= 3;
			for (int k = from; name && k < to; k++) {
				name = capitalisedNoun(tokens.get(k));
			}
			if (name) {
				int start = tokens.get(from).beginPosition();
				int end = tokens.get(to - 1).endPosition();
				// "Cardiff council", "Leeds police": NER takes a lower-case noun after a
				// place into an organisation that has no name of its own; the place is a
				// toponym ("Cardiff Council" with a capital is the council's name)
				boolean lowerCaseHead = of < 0 && tokens.get(j - 1).tag().startsWith("NN")
						&& Character.isLowerCase(tokens.get(j - 1).word().charAt(0));
				out.add(new ToponymCandidate(text.substring(start, end), start, end, lowerCaseHead, !lowerCaseHead));
			}
			i = j - 1;
		}
	}

	/** A settlement noun heads the noun phrase starting at {@code from}. */
	private static boolean settlementHead(List<CoreLabel> tokens, int from) {
		for (int k = from; k < Math.min(tokens.size() - 1, from + 6); k++) {
			String word = tokens.get(k).word().toLowerCase(Locale.ROOT);
			if (SETTLEMENTS.contains(word)) {
				return AFTER_SETTLEMENT.contains(tokens.get(k + 1).word().toLowerCase(Locale.ROOT));
			}
			if (CLAUSE_BREAKS.contains(word) || tokens.get(k).tag().startsWith("V")) {
				return false;
			}
		}
		return false;
	}

	/** The words of every person name of two or more words in the text. */
	private static Set<String> wordsOfFullPersonNames(List<CoreSentence> sentences) {
		Set<String> words = new java.util.HashSet<>();
		for (CoreSentence sentence : sentences) {
			List<CoreLabel> tokens = sentence.tokens();
			int i = 0;
			while (i < tokens.size()) {
				if (!"PERSON".equals(tokens.get(i).ner())) {
					i++;
					continue;
				}
				int j = i + 1;
				while (j < tokens.size() && "PERSON".equals(tokens.get(j).ner())) {
					j++;
				}
				if (j - i >= 2) {
					for (int k = i; k < j; k++) {
						words.add(tokens.get(k).word());
					}
				}
				i = j;
			}
		}
		return words;
	}

	/**
	 * "Ho Chi Minh City": NER sometimes calls a city named "... City" an organisation or
	 * a person; the span is proposed for a lookup (the resolver keeps it only if the
	 * gazetteer has it, so "Leicester City" the club stays out).
	 */
	private static void cityNamedLikeOrganisation(String text, List<CoreLabel> tokens, List<ToponymCandidate> out) {
		for (int i = 0; i < tokens.size(); i++) {
			String ner = tokens.get(i).ner();
			if (!("ORGANIZATION".equals(ner) || "PERSON".equals(ner))
					|| (i > 0 && ner.equals(tokens.get(i - 1).ner()))) {
				continue;
			}
			int j = i + 1;
			while (j < tokens.size() && ner.equals(tokens.get(j).ner())) {
				j++;
			}
			if (j - i >= 2 && tokens.get(j - 1).word().equals("City")) {
				int start = tokens.get(i).beginPosition();
				int end = tokens.get(j - 1).endPosition();
				out.add(new ToponymCandidate(text.substring(start, end), start, end, false));
			}
			i = j - 1;
		}
	}

	/** "troops advanced toward Bakhmut": moves of a force, whose goal is a place. */
	private static final Set<String> ADVANCES = Set.of("advanced", "advancing", "retreated", "retreating", "withdrew",
			"withdrawing", "marched", "marching");

	/** "fell back", "pulled back": a force's retreat, not a player's run back. */
	private static final Set<String> FALLS_BACK = Set.of("fell", "falling", "pulled", "pulling");

	/**
	 * "fighters pulled back toward Mayadin", "troops advanced towards Kupiansk": the goal
	 * of a force's move is a place (NER calls some towns persons).
	 */
	private static boolean towardAfterAdvance(List<CoreLabel> tokens, int i) {
		if (i < 2 || !Set.of("toward", "towards").contains(Lexicon.lower(tokens.get(i - 1)))) {
			return false;
		}
		String before = Lexicon.lower(tokens.get(i - 2));
		return (ADVANCES.contains(before) && forceMoves(tokens, i - 2)) || (before.equals("back") && i >= 3
				&& FALLS_BACK.contains(Lexicon.lower(tokens.get(i - 3))) && forceMoves(tokens, i - 3));
	}

	/**
	 * A team's or a firm's as often as an army's: "the defensive unit", "the sales
	 * force".
	 */
	private static final Set<String> NOT_ONLY_MILITARY = Set.of("unit", "force", "division", "divisions");

	/**
	 * Who moves is a force: the nearest noun before the verb, past adverbs, auxiliaries
	 * and a verb joined to it ("soldiers regrouped and then marched"), is a military word
	 * ("the left back retreated", "voters in army towns retreated" and "soldiers cheered
	 * as the winger fell back" are no moves of a force).
	 */
	private static boolean forceMoves(List<CoreLabel> tokens, int verb) {
		for (int k = verb - 1; k >= 0; k--) {
			CoreLabel token = tokens.get(k);
			String tag = token.tag();
			if (tag.startsWith("NN")) {
				String word = Lexicon.lower(token);
				return (Lexicon.isMilitary(token) || Lexicon.MILITARY_BODIES.contains(word))
						&& !NOT_ONLY_MILITARY.contains(word);
			}
			if (!(tag.startsWith("RB") || tag.startsWith("VB") || "MD".equals(tag) || "CC".equals(tag))) {
				return false;
			}
		}
		return false;
	}

	/** "strikes on Khan Younis", "the shelling of Kharkiv". */
	private static boolean afterBombardment(String previous, String before) {
		return (previous.equals("on") || previous.equals("of")) && BOMBARDMENTS.contains(before);
	}

	/**
	 * Capitalised words that open a place's name or qualify a place ("Western Australia",
	 * "Greater Manchester", "Mainland China"), never an agency's word.
	 */
	private static final Set<String> PLACE_QUALIFIERS = Set.of("North", "South", "East", "West", "Northern", "Southern",
			"Eastern", "Western", "Central", "Northeast", "Northwest", "Southeast", "Southwest", "Upper", "Lower",
			"Greater", "Inner", "Outer", "New", "Old", "Great", "Little", "Mainland", "Metropolitan", "Rural",
			"Coastal", "Downtown", "Saint", "San", "Santa", "Port", "Fort", "Mount", "Lake", "Cape", "Le", "La", "El",
			"Al", "Papua", "Sierra", "Costa", "Puerto", "Saudi", "Sri", "Burkina", "Guinea", "Timor");

	/**
	 * "Environment Canada issued a warning", "Athletics Kenya officials": a single
	 * capitalised word NER leaves out, right before the place and not a word that opens
	 * or qualifies a place's name, with a lower-case word after the place (in a
	 * title-case headline every word is capitalised).
	 */
	private static boolean agencyWordBefore(List<CoreLabel> tokens, int i, int j) {
		if (i == 0) {
			return false;
		}
		CoreLabel previous = tokens.get(i - 1);
		String word = previous.word();
		return "NNP".equals(previous.tag()) && "O".equals(previous.ner()) && word.length() > 2
				&& Character.isUpperCase(word.charAt(0)) && lowerCaseAfterInitial(word)
				&& previous.endPosition() + 1 == tokens.get(i).beginPosition() && !PLACE_QUALIFIERS.contains(word)
				&& (i == 1 || !capitalisedNoun(tokens.get(i - 2))) && j < tokens.size()
				&& Character.isLowerCase(tokens.get(j).word().charAt(0));
	}

	/** "Reading", not "READING" or "McAllen": only the first letter may be a capital. */
	private static boolean lowerCaseAfterInitial(String word) {
		return word.substring(1).chars().allMatch(Character::isLowerCase);
	}

	private static boolean sentenceOpening(List<CoreLabel> tokens, int i) {
		for (int k = i - 1; k >= 0; k--) {
			String w = tokens.get(k).word();
			if (!(w.equals("\"") || w.equals("``") || w.equals("\u201c") || w.equals("'") || w.equals("(")
					|| w.equals("-LRB-"))) {
				return false;
			}
		}
		return true;
	}

	/** Most words capitalised: a headline, whose capitals say nothing. */
	private static boolean titleCase(List<CoreLabel> tokens) {
		int words = 0;
		int capitalised = 0;
		for (CoreLabel t : tokens) {
			String w = t.word();
			if (w.length() > 3 && Character.isLetter(w.charAt(0))) {
				words++;
				if (Character.isUpperCase(w.charAt(0))) {
					capitalised++;
				}
			}
		}
		return words >= 3 && capitalised * 2 > words;
	}

	/**
	 * "Newcastle upon Tyne", "Stoke on Trent", "Rio de Janeiro": capitalised words joined
	 * by a lower-case connector, proposed whole (the resolver keeps it only if the
	 * gazetteer knows the whole name); so are "St. Vincent and the Grenadines", whose
	 * parts NER calls a person and an organisation.
	 */
	private static void joinedByConnector(String text, List<CoreLabel> tokens, List<ToponymCandidate> out) {
		for (int i = 0; i + 2 < tokens.size(); i++) {
			if (!capitalisedNoun(tokens.get(i)) || (i > 0 && capitalisedNoun(tokens.get(i - 1)))) {
				continue;
			}
			int j = i + 1;
			while (j < tokens.size() && capitalisedNoun(tokens.get(j))) {
				j++;
			}
			int end = -1;
			if (j + 2 < tokens.size() && tokens.get(j).word().equals("and") && tokens.get(j + 1).word().equals("the")
					&& capitalisedNoun(tokens.get(j + 2))) {
				j += 3;
				while (j < tokens.size() && capitalisedNoun(tokens.get(j))) {
					j++;
				}
				end = tokens.get(j - 1).endPosition();
			}
			while (j + 1 < tokens.size() && CONNECTORS.contains(tokens.get(j).word())
					&& (capitalisedNoun(tokens.get(j + 1)) || capitalisedWord(tokens.get(j + 1)))
					&& !NOT_A_NAME_PART.contains(tokens.get(j + 1).ner())) {
				// "Rio Grande do Sul on Wednesday": the name ends before a day
				// the tagger may call a foreign last word a common noun ("Rio Grande do
				// Sul")
				j += 2;
				while (j < tokens.size() && capitalisedNoun(tokens.get(j))
						&& !NOT_A_NAME_PART.contains(tokens.get(j).ner())) {
					j++;
				}
				end = tokens.get(j - 1).endPosition();
			}
			for (int k = i + 1; end < 0 && k + 1 < j; k++) {
				// "Sault Ste. Marie", "Baie-St. Paul": a saint's name inside a place's
				// name, which NER splits in two
				if (SAINTS.contains(tokens.get(k).word())) {
					end = tokens.get(j - 1).endPosition();
				}
			}
			if (end > 0) {
				int start = tokens.get(i).beginPosition();
				out.add(new ToponymCandidate(text.substring(start, end), start, end, false));
			}
		}
	}

	private static final Set<String> SAINTS = Set.of("St.", "Ste.", "Saint", "Sainte");

	private static final Set<String> NOT_A_NAME_PART = Set.of("DATE", "TIME", "DURATION", "SET");

	/**
	 * "LEEDS — The Environment Agency said": an upper-case name opening a line before a
	 * dash, a comma or a parenthesis is a dateline, whatever NER calls it (it often calls
	 * one an organisation); proposed for a lookup (the resolver checks the dateline shape
	 * again).
	 */
	private static final Set<String> DATELINE_DASHES = Set.of("—", "–", "--", "(", "-LRB-");

	/**
	 * "DUBAI, United Arab Emirates —": NER calls the country of a dateline an
	 * organisation; after an upper-case town and a comma, before the dateline's dash, the
	 * name is proposed for a lookup.
	 */
	private static boolean datelineCountry(List<CoreLabel> tokens, int i, int j) {
		return i >= 2 && tokens.get(i - 1).word().equals(",") && upperCaseWord(tokens.get(i - 2).word())
				&& j < tokens.size() && DATELINE_DASHES.contains(tokens.get(j).word());
	}

	private static void upperCaseDateline(String text, List<CoreLabel> tokens, List<ToponymCandidate> out) {
		if (tokens.isEmpty()) {
			return;
		}
		int begin = tokens.get(0).beginPosition();
		if (begin == 0 || text.charAt(begin - 1) == '\n') {
			upperCaseDatelineAt(text, tokens, 0, out);
		}
		for (int k = 1; k < tokens.size(); k++) {
			// the sentence splitter may glue a headline line on
			if (text.lastIndexOf('\n', tokens.get(k).beginPosition() - 1) >= tokens.get(k - 1).endPosition()) {
				upperCaseDatelineAt(text, tokens, k, out);
			}
		}
	}

	private static void upperCaseDatelineAt(String text, List<CoreLabel> tokens, int i, List<ToponymCandidate> out) {
		int j = i;
		while (j < tokens.size() && (upperCaseWord(tokens.get(j).word()) || j > i && j + 1 < tokens.size()
				&& upperCaseConnector(tokens.get(j).word()) && upperCaseWord(tokens.get(j + 1).word()))) {
			j++;
		}
		if (j == i || j >= tokens.size() || PLACE_NER.contains(tokens.get(i).ner())
				|| !DATELINE_AFTER.contains(tokens.get(j).word())) {
			return;
		}
		int start = tokens.get(i).beginPosition();
		int end = tokens.get(j - 1).endPosition();
		out.add(new ToponymCandidate(text.substring(start, end), start, end, false));
	}

	/**
	 * "PORT OF SPAIN", "SANTIAGO DE CHILE": a short joining word inside an upper-case
	 * name.
	 */
	private static boolean upperCaseConnector(String word) {
		return word.equals(word.toUpperCase(Locale.ROOT)) && CONNECTORS.contains(word.toLowerCase(Locale.ROOT));
	}

	private static final Set<String> DATELINE_AFTER = Set.of("—", "–", "-", "--", ",", "(", "-LRB-");

	private static boolean upperCaseWord(String word) {
		if (word.length() < 3) {
			return false;
		}
		for (int k = 0; k < word.length(); k++) {
			char c = word.charAt(k);
			if (Character.isLetter(c) ? !Character.isUpperCase(c) : c != '\'' && c != '.') {
				return false;
			}
		}
		return true;
	}

	/**
	 * "Melbourne, Geelong, Ballarat and": a list of capitalised names, walking back from
	 * {@code k}, that holds a place.
	 */
	private static boolean listHasPlaceBefore(List<CoreLabel> tokens, int k) {
		for (int i = k; i >= 0 && i > k - 12; i--) {
			CoreLabel token = tokens.get(i);
			if (PLACE_NER.contains(token.ner())) {
				return true;
			}
			if ("PERSON".equals(token.ner())) {
				// "in Berlin, Harper and Lopez": a list of people
				return false;
			}
			if (!token.word().equals(",") && !capitalisedNoun(token)) {
				// "In Canoas and São Leopoldo": a list opened by a locative
				return i < k && PERSON_LOCATIVES.contains(Lexicon.lower(token)) && !token.word().equals("through");
			}
		}
		return false;
	}

	private static boolean attachedHyphen(List<CoreLabel> tokens, int j) {
		return "HYPH".equals(tokens.get(j).tag()) && j + 1 < tokens.size()
				&& tokens.get(j).beginPosition() == tokens.get(j - 1).endPosition()
				&& tokens.get(j + 1).beginPosition() == tokens.get(j).endPosition()
				&& tokens.get(j + 1).ner().equals(tokens.get(j).ner());
	}

	private static boolean capitalisedWord(CoreLabel token) {
		return token.tag().startsWith("NN") && Character.isUpperCase(token.word().charAt(0))
				&& lowerCaseAfterInitial(token.word());
	}

	private static boolean capitalisedNoun(CoreLabel token) {
		return token.tag().startsWith("NNP") && Character.isUpperCase(token.word().charAt(0));
	}

	Places resolve(String text, List<CoreSentence> sentences) {
		List<ResolvedPlace> resolved = new ArrayList<>(this.resolver.resolve(text, candidates(text, sentences)));
		resolved.addAll(sameNameAsAPlace(text, sentences, resolved));
		resolved.sort(Comparator.comparingInt(ResolvedPlace::start));
		List<ExtractedPlace> places = new ArrayList<>();
		List<Integer> metonyms = new ArrayList<>();
		Map<String, Integer> mentions = new HashMap<>();
		Map<String, Integer> firstIndex = new HashMap<>();
		for (ResolvedPlace place : resolved) {
			int index = places.size();
			places.add(new ExtractedPlace(new TextSpan(place.text(), place.start(), place.end()), place.name(),
					place.geonamesId(), place.latitude(), place.longitude(), place.countryCode(), place.precision(),
					place.regionGeonamesId(), place.locationId()));
			if (speaksAfter(text, place.start(), place.end()) || modifiesGroup(text, place.end())) {
				metonyms.add(index);
				continue;
			}
			String key = (place.geonamesId() != null) ? place.geonamesId().toString() : place.name();
			mentions.merge(key, 1, Integer::sum);
			firstIndex.putIfAbsent(key, index);
		}
		Integer focus = mentions.entrySet()
			.stream()
			.max(Comparator.<Map.Entry<String, Integer>>comparingInt(Map.Entry::getValue)
				.thenComparing((e) -> -firstIndex.get(e.getKey())))
			.map((e) -> firstIndex.get(e.getKey()))
			.orElse(null);
		return new Places(places, metonyms, focus);
	}

	/**
	 * "Franklin approves 1,200 new homes / FRANKLIN, Tenn. —", "CHIANG MAI, Thailand —
	 * Chiang Mai had the worst air": NER calls a headline's or a sentence opening's name
	 * a person where the text names that place elsewhere; a name NER calls a person (not
	 * a word of a full person name in the text, nor after a title) that matches a place
	 * resolved elsewhere in the text is that place.
	 */
	private static List<ResolvedPlace> sameNameAsAPlace(String text, List<CoreSentence> sentences,
			List<ResolvedPlace> resolved) {
		Map<String, ResolvedPlace> byName = new HashMap<>();
		for (ResolvedPlace place : resolved) {
			if (place.latitude() != null) {
				byName.putIfAbsent(place.text().toLowerCase(Locale.ROOT), place);
			}
		}
		if (byName.isEmpty()) {
			return List.of();
		}
		Set<String> personWords = wordsOfFullPersonNames(sentences);
		List<ResolvedPlace> out = new ArrayList<>();
		for (CoreSentence sentence : sentences) {
			List<CoreLabel> tokens = sentence.tokens();
			for (int i = 0; i < tokens.size(); i++) {
				String ner = tokens.get(i).ner();
				if (untaggedNameOfAPlace(text, tokens, i, personWords)) {
					int start = tokens.get(i).beginPosition();
					int end = tokens.get(i).endPosition();
					ResolvedPlace same = byName.get(tokens.get(i).word().toLowerCase(Locale.ROOT));
					if (same != null && resolved.stream().noneMatch((r) -> r.start() < end && start < r.end())) {
						out.add(new ResolvedPlace(text.substring(start, end), start, end, same.name(),
								same.geonamesId(), same.latitude(), same.longitude(), same.countryCode(),
								same.admin1Code(), same.precision(), same.regionGeonamesId(), same.locationId()));
					}
					continue;
				}
				if (!("PERSON".equals(ner) || "ORGANIZATION".equals(ner))
						|| !Character.isUpperCase(tokens.get(i).word().charAt(0))
						|| (i > 0 && ner.equals(tokens.get(i - 1).ner()))) {
					continue;
				}
				int j = i + 1;
				while (j < tokens.size() && ner.equals(tokens.get(j).ner())
						&& Character.isUpperCase(tokens.get(j).word().charAt(0))) {
					j++;
				}
				CoreLabel previous = (i > 0) ? tokens.get(i - 1) : null;
				// "Auburn council votes": NER calls the town before its council an
				// organisation (and may tag it an adjective)
				// "Border crossing at Douglas reopens / DOUGLAS, Ariz. —": NER calls a
				// headline's one-word town an organisation too (not the headline's
				// subject, often a team: "Porto beat Benfica")
				boolean townOrganisation = "ORGANIZATION".equals(ner) && j == i + 1
						&& ((j < tokens.size() && TOWN_BODIES.contains(tokens.get(j).word()))
								|| (headlineLine(text, tokens.get(i).beginPosition()) && !sentenceOpening(tokens, i)));
				if (!("PERSON".equals(ner) || townOrganisation) || j - i > 3
						|| (j == i + 1 && personWords.contains(tokens.get(i).word()))
						|| (j < tokens.size() && ner.equals(tokens.get(j).ner()))
						|| (previous != null && ("TITLE".equals(previous.ner()) || capitalisedNoun(previous)
								|| previous.word().endsWith(".")
										&& Character.isUpperCase(previous.word().charAt(0))))) {
					i = j - 1;
					continue;
				}
				int start = tokens.get(i).beginPosition();
				int end = tokens.get(j - 1).endPosition();
				ResolvedPlace same = byName.get(text.substring(start, end).toLowerCase(Locale.ROOT));
				boolean taken = resolved.stream().anyMatch((r) -> r.start() < end && start < r.end());
				if (same != null && !taken) {
					out.add(new ResolvedPlace(text.substring(start, end), start, end, same.name(), same.geonamesId(),
							same.latitude(), same.longitude(), same.countryCode(), same.admin1Code(), same.precision(),
							same.regionGeonamesId(), same.locationId()));
				}
				i = j - 1;
			}
		}
		return out;
	}

	/**
	 * "Mobile port wins grant / MOBILE, Ala. —", "grew up in Independence": a lone
	 * capitalised word NER tags as nothing (a town named like a word) in a headline line,
	 * or inside a sentence, not part of a longer name nor a word of a full person name in
	 * the text; {@link #sameNameAsAPlace} takes it where the text names that place.
	 */
	private static boolean untaggedNameOfAPlace(String text, List<CoreLabel> tokens, int i, Set<String> personWords) {
		CoreLabel token = tokens.get(i);
		// a word, not an abbreviation ("300 B.C.")
		if (!"O".equals(token.ner()) || !"NNP".equals(token.tag()) || token.word().length() < 3
				|| !Character.isUpperCase(token.word().charAt(0)) || !lowerCaseAfterInitial(token.word())
				|| personWords.contains(token.word()) || (i > 0 && capitalisedNoun(tokens.get(i - 1)))
				|| (i + 1 < tokens.size() && capitalisedNoun(tokens.get(i + 1)))
				|| (i >= 2 && tokens.get(i - 1).word().equals("of") && capitalisedNoun(tokens.get(i - 2)))) {
			// "the Port of Mobile": a name of its own
			return false;
		}
		return !sentenceOpening(tokens, i) || headlineLine(text, token.beginPosition());
	}

	/**
	 * The text's first line, with more lines after it and no full stop at its end: a
	 * headline.
	 */
	private static boolean headlineLine(String text, int offset) {
		int newline = text.indexOf('\n');
		return newline > offset && text.lastIndexOf('\n', offset) < 0
				&& !text.substring(0, newline).strip().endsWith(".");
	}

	/**
	 * The place for a figure at [start, end) in the given sentence, avoiding places that
	 * are speakers.
	 */
	static Integer placeFor(Places places, CoreSentence sentence, int start, List<TextSpan> sourceSpans) {
		int sentenceStart = sentence.charOffsets().first;
		int sentenceEnd = sentence.charOffsets().second;
		int[] clause = clause(sentence, start);
		Integer best = null;
		int bestScore = Integer.MAX_VALUE;
		for (int i = 0; i < places.places().size(); i++) {
			TextSpan mention = places.places().get(i).mention();
			if (mention.start() < sentenceStart || mention.end() > sentenceEnd || places.metonyms().contains(i)
					|| inside(mention, sourceSpans)) {
				continue;
			}
			boolean sameClause = mention.start() >= clause[0] && mention.end() <= clause[1];
			int score = Math.abs(mention.start() - start) + (sameClause ? 0 : 100_000);
			if (score < bestScore) {
				bestScore = score;
				best = i;
			}
		}
		return (best != null) ? best : places.focus();
	}

	private static int[] clause(CoreSentence sentence, int offset) {
		List<CoreLabel> tokens = sentence.tokens();
		int start = sentence.charOffsets().first;
		int end = sentence.charOffsets().second;
		for (CoreLabel token : tokens) {
			if (CLAUSE_BREAKS.contains(token.word())) {
				if (token.endPosition() <= offset) {
					start = token.endPosition();
				}
				else if (token.beginPosition() > offset) {
					end = token.beginPosition();
					break;
				}
			}
		}
		return new int[] { start, end };
	}

	private static boolean inside(TextSpan mention, List<TextSpan> spans) {
		for (TextSpan span : spans) {
			if (span != null && mention.start() >= span.start() && mention.end() <= span.end()) {
				return true;
			}
		}
		return false;
	}

	/**
	 * A place used as a speaker: "Kyiv said"; not where the speakers are ("officials in
	 * the Gaza Strip said").
	 */
	private static boolean speaksAfter(String text, int start, int end) {
		return SPEECH_WORDS.contains(nextWord(text, end))
				&& !LOCATED_SPEAKER.matcher(text.substring(Math.max(0, start - 10), start)).find();
	}

	/**
	 * A place used as a modifier of people: "North Korea soldiers", "Ukraine officials".
	 */
	private static boolean modifiesGroup(String text, int end) {
		String next = nextWord(text, end);
		String singular = next.endsWith("s") ? next.substring(0, next.length() - 1) : next;
		return !next.isEmpty() && Character.isLowerCase(next.charAt(0))
				&& (Lexicon.HUMAN.contains(next) || Lexicon.MILITARY.contains(next) || Lexicon.HUMAN.contains(singular)
						|| Lexicon.MILITARY.contains(singular));
	}

	private static String nextWord(String text, int end) {
		int i = end;
		while (i < text.length() && text.charAt(i) == ' ') {
			i++;
		}
		int j = i;
		while (j < text.length() && Character.isLetter(text.charAt(j))) {
			j++;
		}
		return text.substring(i, j);
	}

}
