package org.claimtrace.extraction.internal;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import edu.stanford.nlp.ling.CoreLabel;

/** Word lists for figure extraction: casualty words, people, armed forces, units. */
final class Lexicon {

	static final String KILLED = "killed";

	static final String WOUNDED = "wounded";

	static final String KILLED_OR_WOUNDED = "killed_or_wounded";

	static final String CAPTURED = "captured";

	static final String MISSING = "missing";

	static final String DEPLOYED = "deployed";

	/**
	 * Hit by gunfire: wounded unless the article reports deaths (resolved per article).
	 */
	static final String SHOT = "shot";

	static final Set<String> ARTICLES = Set.of("a", "an", "the");

	/**
	 * Words of place or time that can open a phrase right after "shot at" when it means
	 * fired at ("were shot at outside a bar", "shot at from a car", "shot at during the
	 * chase"), whatever the tagger makes of them.
	 */
	static final Set<String> PLACE_PREPOSITIONS = Set.of("outside", "inside", "near", "behind", "beside", "across",
			"along", "from", "during", "while", "through");

	private static final Set<String> KILL_LEMMAS = Set.of("kill", "die", "slay", "murder", "assassinate", "behead",
			"succumb", "execute", "massacre", "slaughter", "martyr");

	/**
	 * Military euphemisms for killing, counted only before a number of people ("had
	 * neutralised more than 60 assailants"), never for "neutralized the threat".
	 */
	static final Set<String> EUPHEMISM_KILL_LEMMAS = Set.of("neutralise", "neutralize", "eliminate");

	private static final Set<String> KILL_WORDS = Set.of("dead", "death", "deaths", "fatalities", "fatality", "fatally",
			"slain", "deceased", "killed", "lifeless", "mortally", "doa");

	private static final Set<String> WOUND_LEMMAS = Set.of("wound", "injure", "hurt", "hospitalize", "hospitalise",
			"maim", "graze", "paralyze", "paralyse");

	private static final Set<String> WOUND_WORDS = Set.of("injuries", "injury", "injured", "wounded", "wounds", "wound",
			"hurt", "hospitalized", "hospitalised", "paralyzed", "paralysed");

	private static final Set<String> CASUALTY_WORDS = Set.of("casualties", "casualty");

	private static final Set<String> CAPTURE_WORDS = Set.of("captured", "prisoners", "captives", "pows", "pow",
			"hostages", "abducted", "kidnapped", "detained", "captivity");

	/** "gunmen abducted 40 students", "forces detained 300 protesters". */
	private static final Set<String> CAPTURE_LEMMAS = Set.of("capture", "abduct", "kidnap", "detain");

	/**
	 * A group counted by the number after "of": "a family of five", "its crew of four".
	 */
	static final Set<String> HOUSEHOLDS = Set.of("family", "families", "household", "households", "crew", "crews");

	private static final Set<String> DEPLOY_LEMMAS = Set.of("deploy", "station", "dispatch", "amass", "mass", "send",
			"use", "redeploy", "mobilize", "mobilise", "arrive");

	/**
	 * What hits a person when gunfire does, as lemmas: "a stray bullet struck a girl",
	 * "hit by gunfire", "struck by shotgun pellets", "hit by birdshot".
	 */
	private static final Set<String> GUNFIRE = Set.of("bullet", "gunfire", "round", "gunshot", "pellet", "shotgun",
			"buckshot", "birdshot", "shot");

	/**
	 * Verbs of violence other than shooting that kill when followed by "to death": "was
	 * stabbed to death", "beaten to death".
	 */
	static final Set<String> TO_DEATH_LEMMAS = Set.of("stab", "beat", "strangle", "bludgeon", "choke", "stomp", "kick",
			"hack", "club", "burn", "slash", "batter", "punch", "crush", "drag", "maul");

	/** "killed himself": the person the sentence is about. */
	static final Set<String> REFLEXIVE = Set.of("himself", "herself");

	/** Where a bullet hits a person: "grazed the woman's head". */
	static final Set<String> BODY_PARTS = Set.of("head", "leg", "arm", "chest", "back", "neck", "stomach", "abdomen",
			"face", "hand", "foot", "shoulder", "hip", "side", "torso", "thigh", "knee", "ankle", "buttock", "buttocks",
			"cheek", "jaw", "ear", "scalp", "finger", "wrist", "elbow", "groin", "heel", "toe");

	static final Set<String> MILITARY = Set.of("soldier", "troop", "troops", "force", "forces", "personnel", "fighter",
			"serviceman", "servicemen", "marine", "paratrooper", "militant", "mercenary", "reservist", "conscript",
			"recruit", "sailor", "infantryman", "commando", "army", "battalion", "brigade", "regiment", "division",
			"unit", "guardsman", "militia", "militiamen", "insurgent", "rebel", "peacekeeper", "guerrilla", "jihadist",
			"combatant", "reinforcement", "reinforcements", "airman", "airmen");

	/**
	 * Military bodies of unknown size: "the unit suffered casualties" counts no one
	 * person.
	 */
	static final Set<String> MILITARY_BODIES = Set.of("army", "battalion", "brigade", "regiment", "division", "unit",
			"militia", "platoon", "squad", "garrison", "corps", "contingent", "detachment");

	static final Set<String> HUMAN = Set.of("man", "men", "woman", "women", "boy", "girl", "person", "people", "teen",
			"teenager", "child", "children", "kid", "baby", "infant", "toddler", "victim", "officer", "deputy",
			"trooper", "student", "resident", "driver", "passenger", "suspect", "gunman", "shooter", "father", "mother",
			"son", "daughter", "brother", "sister", "wife", "husband", "girlfriend", "boyfriend", "friend", "neighbor",
			"neighbour", "customer", "employee", "clerk", "worker", "owner", "civilian", "member", "youth", "juvenile",
			"adult", "male", "female", "individual", "pedestrian", "bystander", "guard", "agent", "patient", "cousin",
			"uncle", "aunt", "nephew", "niece", "grandmother", "grandfather", "relative", "couple", "someone",
			"somebody", "robber", "intruder", "homeowner", "cop", "policeman", "sergeant", "detective", "journalist",
			"reporter", "worshipper", "shopper", "tenant", "landlord", "partner", "fiancee", "fiance", "spouse",
			"grandson", "granddaughter", "stepfather", "stepson", "roommate", "classmate", "coworker", "co-worker",
			"security", "attendant", "bouncer", "security guard", "pastor", "teacher", "gentleman", "lady", "dad",
			"mom", "mum", "sibling", "twin", "occupant", "motorist", "cyclist", "rider", "hostage", "inmate",
			"prisoner", "villager", "farmer", "protester", "protestor", "demonstrator", "volunteer", "medic", "doctor",
			"nurse", "official", "peacekeeper", "pilot", "crew", "burglar", "carjacker", "assailant", "attacker",
			"thief", "perpetrator", "killer", "mugger", "sniper", "kidnapper", "accomplice", "fugitive", "assassin");

	/**
	 * Roles local news names victims by ("a high school coach was shot"): people for the
	 * counting, kept apart from {@link #HUMAN} so that "a Texas coach" leaves the place
	 * linking as it was.
	 */
	static final Set<String> ROLES = Set.of("coach", "player", "athlete", "teammate", "cashier", "bartender", "waiter",
			"waitress", "chef", "janitor", "mechanic", "contractor", "courier", "trucker", "firefighter", "paramedic",
			"marshal", "ranger", "sheriff", "veteran", "retiree", "hunter", "hiker", "jogger", "visitor", "guest",
			"tourist", "parishioner", "congregant", "churchgoer", "priest", "minister", "counselor", "lawyer",
			"attorney", "manager", "salesman", "vendor", "shopkeeper", "colleague", "newborn", "preschooler",
			"kindergartner", "grader", "schoolboy", "schoolgirl", "adolescent", "stepdaughter", "stepmother",
			"stepbrother", "stepsister", "grandchild", "acquaintance", "stranger", "witness", "babysitter", "nanny",
			"caregiver", "motorcyclist", "bicyclist", "rapper", "musician", "herder", "shepherd", "fisherman",
			"fishermen", "miner", "migrant", "refugee", "pilgrim", "settler", "labourer", "laborer", "trader", "pupil",
			"schoolchild", "schoolchildren", "detainee", "evacuee", "activist", "dissident", "campaigner", "lawmaker",
			"politician", "blogger", "terrorist", "extremist", "rescuer", "deminer", "sapper", "engineer", "operative",
			"missionary", "foreigner", "nun", "seminarian", "seafarer", "crewman", "crewmen", "diplomat", "expatriate",
			"patron", "diner", "spectator", "partygoer", "reveler", "reveller", "concertgoer", "moviegoer", "usher",
			"doorman", "valet", "barber", "teller", "lifeguard");

	private static final Map<String, String> UNITS = Map.ofEntries(Map.entry("km", "km"), Map.entry("kilometres", "km"),
			Map.entry("kilometers", "km"), Map.entry("kilometre", "km"), Map.entry("kilometer", "km"),
			Map.entry("miles", "mi"), Map.entry("mile", "mi"), Map.entry("mi", "mi"), Map.entry("m", "m"),
			Map.entry("metres", "m"), Map.entry("meters", "m"), Map.entry("metre", "m"), Map.entry("meter", "m"),
			Map.entry("feet", "ft"), Map.entry("ft", "ft"), Map.entry("yards", "yd"));

	private Lexicon() {
	}

	/**
	 * The words of tokens first..last (inclusive) with the spacing they had in the text.
	 */
	static String text(List<CoreLabel> tokens, int first, int last) {
		StringBuilder sb = new StringBuilder();
		for (int k = first; k <= last; k++) {
			if (k > first && tokens.get(k).beginPosition() > tokens.get(k - 1).endPosition()) {
				sb.append(' ');
			}
			sb.append(tokens.get(k).word());
		}
		return sb.toString();
	}

	static String lower(CoreLabel token) {
		return token.word().toLowerCase(Locale.ROOT);
	}

	static String lemma(CoreLabel token) {
		return (token.lemma() != null) ? token.lemma().toLowerCase(Locale.ROOT) : lower(token);
	}

	/** The casualty or force kind a single word signals, or null. */
	static String kindOf(CoreLabel token) {
		String word = lower(token);
		String lemma = lemma(token);
		String tag = token.tag();
		// a military report's abbreviations: "4 KIA, 17 WIA and 2 MIA"
		switch (token.word()) {
			case "KIA":
				return KILLED;
			case "WIA":
				return WOUNDED;
			case "MIA":
				return MISSING;
			default:
				break;
		}
		if (KILL_WORDS.contains(word) || (KILL_LEMMAS.contains(lemma) && tag.startsWith("V"))) {
			return KILLED;
		}
		if (WOUND_WORDS.contains(word) || (WOUND_LEMMAS.contains(lemma) && tag.startsWith("V"))) {
			return WOUNDED;
		}
		if (CASUALTY_WORDS.contains(word)) {
			return KILLED_OR_WOUNDED;
		}
		if ("shoot".equals(lemma) && ("VBN".equals(tag) || "VBD".equals(tag) || "VBG".equals(tag))) {
			return SHOT;
		}
		if (CAPTURE_WORDS.contains(word) || (CAPTURE_LEMMAS.contains(lemma) && tag.startsWith("V"))) {
			return CAPTURED;
		}
		if ("surrender".equals(lemma) && tag.startsWith("V")) {
			// "200 marines surrendered"
			return CAPTURED;
		}
		// ("forcibly disappeared", "127 people who disappeared")
		if ("missing".equals(word) || "unaccounted".equals(word) || "disappeared".equals(word)) {
			return MISSING;
		}
		if (DEPLOY_LEMMAS.contains(lemma) && tag.startsWith("V")) {
			return DEPLOYED;
		}
		return null;
	}

	static boolean isMilitary(CoreLabel token) {
		String word = lower(token);
		// "Marines": a proper plural the lemmatizer leaves as it is
		return MILITARY.contains(word) || MILITARY.contains(lemma(token)) || pluralOf(token, MILITARY);
	}

	/** A noun plural the lemmatizer leaves as it is, of a word in {@code singulars}. */
	private static boolean pluralOf(CoreLabel token, Set<String> singulars) {
		String word = lower(token);
		return word.length() > 3 && word.endsWith("s") && token.tag().startsWith("NN")
				&& singulars.contains(word.substring(0, word.length() - 1));
	}

	static boolean isHuman(CoreLabel token) {
		String word = lower(token);
		// "teens" when the lemmatizer leaves the plural
		boolean plural = pluralOf(token, HUMAN);
		boolean role = ROLES.contains(word) || ROLES.contains(lemma(token)) || pluralOf(token, ROLES);
		// "a cook", "the dishwashers", "310 of its staff": roles whose word is also a
		// verb or part of a title ("Staff Sgt."), only as nouns
		boolean nounRole = token.tag().startsWith("NN") && NOUN_ROLES.contains(word.replaceFirst("s$", ""));
		return HUMAN.contains(word) || HUMAN.contains(lemma(token)) || plural || role || nounRole || isMilitary(token);
	}

	private static final Set<String> NOUN_ROLES = Set.of("cook", "dishwasher", "busboy", "line-cook", "national",
			"staff", "staffer");

	/**
	 * "stabbed to death", "beaten to death": a verb of {@link #TO_DEATH_LEMMAS} at
	 * {@code k} followed by "to death".
	 */
	static boolean violentDeath(List<CoreLabel> tokens, int k) {
		return k + 2 < tokens.size() && tokens.get(k).tag().startsWith("VB")
				&& TO_DEATH_LEMMAS.contains(lemma(tokens.get(k))) && "to".equals(lower(tokens.get(k + 1)))
				&& "death".equals(lower(tokens.get(k + 2)));
	}

	/** A bullet, a round, gunfire, a shot or pellets ({@link #GUNFIRE}). */
	static boolean isGunfire(CoreLabel token) {
		return GUNFIRE.contains(lemma(token)) || GUNFIRE.contains(lower(token));
	}

	static String unit(String word) {
		return UNITS.get(word.toLowerCase(Locale.ROOT));
	}

	/**
	 * "shot and killed", "shot and later died": a death told right after the verb of
	 * hurting at {@code verb}.
	 */
	static boolean killedRightAfter(List<CoreLabel> tokens, int verb) {
		int k = verb + 1;
		if (k >= tokens.size() || !"and".equals(lower(tokens.get(k)))) {
			return false;
		}
		k++;
		while (k < tokens.size() && "RB".equals(tokens.get(k).tag())) {
			k++;
		}
		return k < tokens.size() && tokens.get(k).tag().matches("VB[DN]")
				&& Set.of("kill", "die").contains(lemma(tokens.get(k)));
	}

	/** The last word of a party, lower-cased: "the man" gives "man"; "" for none. */
	static String headNoun(String party) {
		return (party != null) ? party.strip().replaceAll(".*\\s", "").toLowerCase(Locale.ROOT) : "";
	}

}
