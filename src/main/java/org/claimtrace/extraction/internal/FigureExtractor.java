package org.claimtrace.extraction.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.pipeline.CoreDocument;
import edu.stanford.nlp.pipeline.CoreSentence;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;

/**
 * Finds casualty, force-size and distance figures: written numbers (with qualifiers,
 * ranges, vague plurals), counts implied by descriptions ("a man was shot and killed")
 * and unquantified claims ("suffered casualties").
 */
class FigureExtractor {

	private static final Set<String> EXCLUDED_NER = Set.of("DATE", "TIME", "MONEY", "PERCENT", "DURATION", "ORDINAL",
			"SET");

	private static final Set<String> STREET_WORDS = Set.of("block", "street", "st", "st.", "avenue", "ave", "ave.",
			"road", "rd", "rd.", "boulevard", "blvd", "blvd.", "drive", "dr.", "lane", "ln", "way", "court", "ct.",
			"place", "pl.", "highway", "parkway", "pkwy", "terrace", "circle", "trail", "hwy");

	/**
	 * Words that end a name a number word opens: "Seven Sisters Road", "Four Seasons
	 * Hotel".
	 */
	private static final Set<String> NAME_HEADS = Set.of("street", "st.", "avenue", "road", "boulevard", "lane",
			"drive", "way", "square", "bridge", "park", "day", "hotel", "inn", "resort", "center", "centre", "mall",
			"church", "school", "club", "stadium", "hall", "restaurant", "bar", "tavern", "pub", "lounge");

	private static final Set<String> NOT_COUNT_NEXT = Set.of("%", "percent", "per", "a.m.", "p.m.", "am", "pm",
			"o'clock", "th", "st", "nd", "rd", "caliber", "calibre", "mm", "gauge");

	private static final Set<String> SKIP_AFTER_NP = Set.of("were", "was", "are", "is", "have", "has", "had", "been",
			"being", "be", "reportedly", "also", "later", "all", "both", "reported", "confirmed", "believed", "thought",
			"to", "subsequently", "critically", "seriously", "badly", "mortally", "allegedly", "now", "who", "that",
			"each", "initially", "apparently", "of", "them", "whom", "the", "those", "these", "got", "get", "said",
			"feared", "left", "found", "recorded", "declared", "presumed", "lay", "lie", "remain", "remained", "'re",
			"'ve", "officially", "still", "either", "since", "just", "among", "likely", "probably", "possibly",
			"presumably", "purportedly", "supposedly", "already");

	/**
	 * No comma between the count and the word at {@code k}: "Thousands have fled since
	 * the offensive began, and 9 were killed on Sunday" gives a day's count.
	 */
	private static boolean sameClause(List<CoreLabel> tokens, NumberMention m, int k) {
		int from = Math.min(k, m.last);
		int to = Math.max(k, m.first);
		for (int j = from + 1; j < to; j++) {
			if (Set.of(",", ";", "--").contains(tokens.get(j).word())) {
				return false;
			}
		}
		return true;
	}

	/**
	 * "At least 200 people, mostly women and children, have been killed ... since the
	 * siege began": a toll in the perfect over a war's span, its clause going on past an
	 * aside on the counted at {@code comma} (not "Two people, including a 15-year-old,
	 * were killed in the deadliest shooting this year").
	 */
	private static boolean warTollPastAside(List<CoreLabel> tokens, NumberMention m, int comma) {
		int close = (comma < tokens.size() && comma - m.last <= 3) ? asideEnd(tokens, comma) : -1;
		boolean perfect = false;
		for (int k = close + 1; close > 0 && k < tokens.size()
				&& !Set.of(",", ";", ".", "but", "while").contains(Lexicon.lower(tokens.get(k))); k++) {
			String w = Lexicon.lower(tokens.get(k));
			perfect |= Set.of("has", "have").contains(w) && k <= close + 2;
			if (perfect && WAR_PERIODS.contains(w) && sinceThe(tokens, k)) {
				return true;
			}
		}
		return false;
	}

	/**
	 * A verb of a deed that did not happen: "could have taken", "nearly cost",
	 * "threatened to claim", "would take".
	 */
	private static boolean unrealized(List<CoreLabel> tokens, int verb) {
		int b = verb - 1;
		if (b >= 0 && Set.of("have", "has", "had", "be").contains(Lexicon.lower(tokens.get(b)))) {
			b--;
		}
		return b >= 0 && ("MD".equals(tokens.get(b).tag())
				|| Set.of("nearly", "almost", "to", "not", "never", "narrowly").contains(Lexicon.lower(tokens.get(b))));
	}

	/**
	 * At a comma opening an aside on the counted (", mostly women and children,", ",
	 * including two children,"): the index of the comma closing it, else -1.
	 */
	private static int asideEnd(List<CoreLabel> tokens, int comma) {
		int n = tokens.size();
		if (comma + 1 >= n || !",".equals(tokens.get(comma).word())
				|| !GROUP_ASIDES.contains(Lexicon.lower(tokens.get(comma + 1)))
						&& !SUBSET_CUES.contains(Lexicon.lower(tokens.get(comma + 1)))
						&& !ofThemAside(tokens, comma + 1)) {
			return -1;
		}
		int close = comma + 2;
		while (close < n && close - comma < 10 && !",".equals(tokens.get(close).word())) {
			close++;
		}
		return (close < n && ",".equals(tokens.get(close).word())) ? close : -1;
	}

	/**
	 * "The dead included (a volunteer and) two medics", "the dead numbered 60": from
	 * {@code q} before the count back over people listed before it to "the dead/injured
	 * include" or "number"; the index of the group's kind, else -1.
	 */
	private static int theDeadInclude(List<CoreLabel> tokens, int q) {
		int k = q;
		while (k >= 2 && q - k < 8 && !SUBSET_CUES.contains(Lexicon.lower(tokens.get(k)))
				&& !"numbered".equals(Lexicon.lower(tokens.get(k)))) {
			String w = tokens.get(k).word();
			// not past a comma or another number: "The dead included two brothers, ages
			// 19 and 21" counts no one 21
			if (Set.of(";", ".", ":", "--", ",").contains(w) || "CD".equals(tokens.get(k).tag())
					|| tokens.get(k).tag().startsWith("VB")) {
				return -1;
			}
			k--;
		}
		// "By nightfall the dead numbered at least 60": the whole toll
		// ("numbered" may be tagged an adjective)
		boolean numbered = "numbered".equals(Lexicon.lower(tokens.get(k))) && k == q;
		if (k < 2 || !numbered
				&& (!SUBSET_CUES.contains(Lexicon.lower(tokens.get(k))) || !tokens.get(k).tag().startsWith("VB"))
				|| !"the".equals(Lexicon.lower(tokens.get(k - 2)))) {
			return -1;
		}
		String kind = Lexicon.kindOf(tokens.get(k - 1));
		return (Lexicon.KILLED.equals(kind) || Lexicon.WOUNDED.equals(kind)) ? k - 1 : -1;
	}

	/**
	 * Where the subject of a distance starts: after an opening phrase and its comma when
	 * the subject is where someone is ("By Friday, Russian troops were about eight miles
	 * south of the city"; not "..., Russian forces have advanced 4km west of"), else at
	 * the sentence start.
	 */
	private static int subjectAfterOpening(List<CoreLabel> tokens, int before) {
		int comma = -1;
		for (int k = 0; k < before && comma < 0; k++) {
			if (",".equals(tokens.get(k).word())) {
				comma = k;
			}
		}
		int k = comma + 1;
		while (comma > 0 && k < before && tokens.get(k).tag().matches("DT|JJ|NNPS?|NNS?")) {
			k++;
		}
		boolean be = comma > 0 && k > comma + 1 && k < before && "be".equals(Lexicon.lemma(tokens.get(k)));
		return be ? comma + 1 : 0;
	}

	/** "since the war began", "since the invasion": a toll over the whole of it. */
	private static final Set<String> WAR_PERIODS = Set.of("war", "invasion", "conflict", "offensive", "siege",
			"uprising", "occupation", "outbreak", "ceasefire", "truce", "coup");

	/** Units only armies have: "a battalion of 600 volunteers" is a force. */
	private static final Set<String> ARMED_UNITS = Set.of("battalion", "brigade", "regiment", "platoon");

	/** "since the ground operation": an operation that is a war's, not a surgeon's. */
	private static final Set<String> GROUND_OPERATION = Set.of("ground", "military", "land", "air");

	/** "taken prisoner", "taken captive". */
	private static final Set<String> CAPTIVE_NOUNS = Set.of("prisoner", "prisoners", "captive", "captives", "hostage");

	private static final Set<String> SKIP_BEFORE_NUMBER = Set.of("the", "a", "an", "total", "of", "another", "his",
			"her", "their", "its", "all", "some", "just", "only", "least", "at");

	/**
	 * The index of the word before a count, from {@code k} back past articles,
	 * possessives and "at least" ("killed all five", "the bodies of four"); -1 if none.
	 */
	private static int wordBeforeCount(List<CoreLabel> tokens, int k) {
		while (k >= 0 && SKIP_BEFORE_NUMBER.contains(Lexicon.lower(tokens.get(k)))) {
			k--;
		}
		return k;
	}

	private static final Set<String> PARENTS = Set.of("mother", "father", "parent", "parents", "mom", "dad",
			"grandmother", "grandfather", "grandparent", "grandparents", "grandma", "grandpa");

	/** Injury nouns count wounds, not people ("six gunshot wounds"). */
	private static final Set<String> INJURY_NOUNS = Set.of("wounds", "wound", "injuries", "injury");

	private static final Set<String> ADVERB_KEYWORDS = Set.of("fatally", "mortally");

	/** Words of a qualifier before a count: "at least", "more than", "some". */
	private static final Set<String> COUNT_QUALIFIER_WORDS = Set.of("at", "least", "more", "than", "about", "some",
			"nearly", "almost", "over");

	private static final Set<String> SUBSET_CUES = Set.of("including", "includes", "include", "included", "incl.");

	/** Who the counted are, set off by commas: ", most of them women and children,". */
	private static final Set<String> GROUP_ASIDES = Set.of("most", "mostly", "many", "all", "half", "among", "almost",
			"nearly", "both", "several");

	private static final Set<String> VAGUE_NUMBER_ADJ = Set.of("significant", "large", "substantial", "growing",
			"unknown", "unspecified", "undisclosed", "considerable", "sizeable", "sizable", "small", "huge", "number");

	private static final Pattern NUMBER_WITH_UNIT = Pattern.compile("(\\d+(?:\\.\\d+)?)(km|mi|m)");

	private static final Pattern DIGIT_RANGE = Pattern.compile("(\\d[\\d,]*)[-–](\\d[\\d,]*)");

	// longer phrases before the shorter ones they end with: "no more than" before "more
	// than"
	private static final String[][] QUALIFIERS = { { "at", "least" }, { "no", "fewer", "than" },
			{ "no", "less", "than" }, { "no", "more", "than" }, { "more", "than" }, { "over" }, { "upwards", "of" },
			{ "in", "excess", "of" }, { "at", "most" }, { "up", "to" }, { "as", "many", "as" }, { "fewer", "than" },
			{ "less", "than" }, { "under" }, { "about" }, { "around" }, { "approximately" }, { "roughly" },
			{ "nearly" }, { "almost" }, { "some" }, { "an", "estimated" }, { "estimated" }, { "close", "to" },
			{ "an", "approximate" }, { "approx." }, { "about" }, { "within" } };

	private static final String[] QUALIFIER_NAMES = { "at_least", "at_least", "at_least", "at_most", "more_than",
			"more_than", "more_than", "more_than", "at_most", "up_to", "up_to", "at_most", "at_most", "at_most",
			"approximately", "approximately", "approximately", "approximately", "approximately", "approximately",
			"approximately", "estimate", "estimate", "approximately", "approximately", "approximately", "approximately",
			"at_most" };

	private final ImplicitCounter implicitCounter = new ImplicitCounter();

	List<Figure> extract(CoreDocument document) {
		List<Figure> figures = new ArrayList<>();
		List<Figure> periodTotals = new ArrayList<>();
		List<CoreSentence> sentences = document.sentences();
		boolean gunfireStory = sentences.stream()
			.flatMap((sentence) -> sentence.tokens().stream())
			.anyMatch((token) -> GUNFIRE_STORY.contains(Lexicon.lower(token)));
		boolean afterBackground = false;
		Boolean[] recentNotCourt = new Boolean[sentences.size()];
		for (int s = 0; s < sentences.size(); s++) {
			List<CoreLabel> tokens = sentences.get(s).tokens();
			Set<Integer> usedKeywords = new HashSet<>();
			int firstInSentence = figures.size();
			for (NumberMention mention : numbers(tokens)) {
				Figure figure = classify(s, tokens, mention, usedKeywords, figures, firstInSentence, gunfireStory);
				if (figure != null && figure.periodTotal()) {
					// no antecedent, parent or sibling of the event's counts
					periodTotals.add(figure);
				}
				else if (figure != null) {
					figures.add(figure);
				}
			}
			figures.addAll(agedGroups(s, tokens, usedKeywords));
			Figure named = namesAfterState(s, tokens, usedKeywords);
			if (named != null) {
				figures.add(named);
			}
			figures.addAll(vagueNumbers(s, tokens));
			figures.addAll(multipleEvents(s, tokens));
			figures.addAll(this.implicitCounter.count(sentences, s, usedKeywords, figures));
			// "wounded a woman and her two children" is three wounded, "two soldiers and
			// a
			// civilian were killed" three killed; the "two" inside the group is no figure
			// of its own
			List<Figure> groups = figures.subList(firstInSentence, figures.size())
				.stream()
				.filter((f) -> f.implicit() && "casualty".equals(f.category()))
				.toList();
			dropAnyWhere(figures, firstInSentence,
					(f) -> ("other_figure".equals(f.kind()) || Lexicon.DEPLOYED.equals(f.kind())) && groups.stream()
						.anyMatch((g) -> g != f && g.start() <= f.start() && f.end() <= g.end() && g.quantified()
								&& f.quantified() && g.min().compareTo(f.min()) > 0));
			countOneMoreToAnotherHospital(figures, firstInSentence, tokens);
			int incident = separateIncident(tokens);
			if (incident >= 0 && !leadOfSeparateIncidents(tokens, incident, figures, firstInSentence)) {
				int from = clauseStart(tokens, incident);
				dropOtherIncident(figures, firstInSentence, from, from);
			}
			int past = earlierIncident(tokens);
			if (past < 0 && earlierThanTheNth(sentences, s)) {
				past = tokens.get(0).beginPosition();
			}
			int dated = (past < 0) ? datedAtEnd(sentences, s) : -1;
			// "Man shot near park where teen was killed in June": the casualty before
			// "where" is the reported one
			boolean sameSentence = dated > tokens.get(0).beginPosition()
					&& figures.subList(firstInSentence, figures.size())
						.stream()
						.anyMatch((f) -> "casualty".equals(f.category()) && f.end() <= dated);
			if (dated >= 0) {
				past = dated;
			}
			boolean background = past >= 0 && (sameSentence || anchored(figures, sentences, s, past, recentNotCourt));
			if (background) {
				// a clause dated at its end is of that time throughout, "his uncle"
				// too ("His uncle was killed ... seven years ago")
				dropOtherIncident(figures, firstInSentence, past, (dated >= 0) ? past : newcomer(tokens, past));
			}
			else if (afterBackground && !datedRecently(tokens)) {
				dropOthersOfIt(figures, firstInSentence);
			}
			// "In March, the bar lost its licence. Two others were wounded": the "others"
			// are of an earlier incident only when that sentence told one
			afterBackground = background && toldIncident(tokens, past);
		}
		dropSuperseded(figures, sentences);
		List<Figure> resolved = resolveShotAndRepeats(figures, sentences);
		Figure total = victimsAcrossSentences(resolved, sentences, Lexicon.KILLED);
		Figure hurt = victimsAcrossSentences(resolved, sentences, Lexicon.WOUNDED);
		if (total != null) {
			resolved.add(total);
		}
		if (hurt != null) {
			resolved.add(hurt);
		}
		addPeriodTotals(resolved, periodTotals, sentences);
		return resolved;
	}

	/**
	 * Adds the totals over a stated period, each apart from the event's counts; within
	 * one, "At least 30 people have been shot since Friday, five of them fatally" is a
	 * tally of 30 hit, 5 of them dead (linked to it) and 25 wounded.
	 */
	private static void addPeriodTotals(List<Figure> resolved, List<Figure> periodTotals,
			List<CoreSentence> sentences) {
		int tally = -1;
		Figure shot = null;
		for (Figure figure : periodTotals) {
			if (figure.quantified() && !Lexicon.SHOT.equals(figure.kind())) {
				includedIn(resolved, figure, resolved.size(), sentences);
			}
			if (Lexicon.SHOT.equals(figure.kind()) && figure.quantified()) {
				// "42 people have been shot this year": hit, killed or not
				tally = resolved.size();
				shot = figure;
				resolved.add(figure.withKind(Lexicon.KILLED_OR_WOUNDED));
				continue;
			}
			if (shot != null && Lexicon.KILLED.equals(figure.kind()) && figure.quantified()
					&& figure.sentenceIndex() == shot.sentenceIndex() && figure.start() > shot.end()
					&& figure.min().compareTo(shot.min()) < 0 && partOfTally(figure, sentences)) {
				BigDecimal rest = shot.min().subtract(figure.min());
				resolved.add(figure.withParentIndex(tally));
				resolved.add(new Figure("casualty", Lexicon.WOUNDED, rest, rest, null, shot.qualifier(), shot.party(),
						null, shot.sentenceIndex(), null, true, false, false, shot.start(), shot.end(), true));
				shot = null;
				continue;
			}
			resolved.add(figure);
		}
	}

	/**
	 * "five of them fatally", "four fatally", "including three who died": the dead told
	 * as a part of the tally before them (not "and 5 people have died in house fires").
	 */
	private static boolean partOfTally(Figure dead, List<CoreSentence> sentences) {
		List<CoreLabel> tokens = sentences.get(dead.sentenceIndex()).tokens();
		int at = tokenAt(tokens, dead.start());
		if (at + 2 < tokens.size() && "of".equals(Lexicon.lower(tokens.get(at + 1)))
				&& Set.of("them", "whom", "those").contains(Lexicon.lower(tokens.get(at + 2)))) {
			// "nine of them died", "three of whom were killed"
			return true;
		}
		for (int k = at; k < tokens.size() && k <= at + 4; k++) {
			if (Set.of("fatally", "mortally").contains(Lexicon.lower(tokens.get(k)))
					|| "who".equals(Lexicon.lower(tokens.get(k))) && k + 1 < tokens.size()
							&& Set.of("died", "were", "was").contains(Lexicon.lower(tokens.get(k + 1)))) {
				return true;
			}
		}
		return subsetCueBefore(tokens, at) >= 0;
	}

	/** The index of the token at character {@code offset} (or the next one). */
	private static int tokenAt(List<CoreLabel> tokens, int offset) {
		int at = 0;
		while (at < tokens.size() && tokens.get(at).beginPosition() < offset) {
			at++;
		}
		return at;
	}

	/**
	 * "including (more than) N": the index of "including" before the count at {@code at}.
	 */
	private static int subsetCueBefore(List<CoreLabel> tokens, int at) {
		int k = at - 1;
		while (k >= 0 && COUNT_QUALIFIER_WORDS.contains(Lexicon.lower(tokens.get(k)))) {
			k--;
		}
		return (k >= 0 && SUBSET_CUES.contains(Lexicon.lower(tokens.get(k)))) ? k : -1;
	}

	/**
	 * "at least 61,000 Palestinians had been killed since the war began, including more
	 * than 18,000 children": the count after "including" (left a figure of nothing, the
	 * total being kept apart) is a part of the period's total at {@code index}.
	 */
	private static void includedIn(List<Figure> resolved, Figure total, int index, List<CoreSentence> sentences) {
		List<CoreLabel> tokens = sentences.get(total.sentenceIndex()).tokens();
		for (int i = 0; i < resolved.size(); i++) {
			Figure part = resolved.get(i);
			if (!"other_figure".equals(part.kind()) || part.sentenceIndex() != total.sentenceIndex()
					|| part.start() <= total.end() || !part.quantified() || part.min().compareTo(total.min()) >= 0) {
				continue;
			}
			int k = subsetCueBefore(tokens, tokenAt(tokens, part.start()));
			boolean between = k >= 1 && ",".equals(tokens.get(k - 1).word())
					&& tokens.get(k - 1).beginPosition() >= total.end();
			if (between && part.party() != null
					&& tokens.stream()
						.anyMatch((t) -> t.beginPosition() >= part.start() && t.beginPosition() < part.end() + 40
								&& Lexicon.isHuman(t))) {
				resolved.set(i,
						new Figure("casualty", total.kind(), part.min(), part.max(), null, part.qualifier(),
								part.party(), index, part.sentenceIndex(), null, false, false, false, part.start(),
								part.end(), true));
			}
		}
	}

	private static final Set<String> REVISED = Set.of("initially", "earlier", "originally", "previously", "first");

	private static final Set<String> REPORTING_LEMMAS = Set.of("say", "report", "tell", "state", "announce", "put",
			"list", "give", "count");

	/**
	 * "Police initially reported three people dead, but later said two had died", "Police
	 * had earlier said four people were killed", "An earlier version of this story said
	 * four people were wounded": a count told as what was first said gives way to another
	 * count of the same casualties.
	 */
	private static void dropSuperseded(List<Figure> figures, List<CoreSentence> sentences) {
		Set<Figure> superseded = Collections.newSetFromMap(new IdentityHashMap<>());
		for (Figure figure : figures) {
			if ("casualty".equals(figure.category()) && figure.quantified()
					&& firstSaid(sentences.get(figure.sentenceIndex()).tokens(), figure.start())) {
				superseded.add(figure);
			}
		}
		if (superseded.isEmpty()) {
			return;
		}
		// the other counts of each kind of casualty, once (not every count against every
		// other: a long text may tell hundreds); not "A man was also shot nearby" in
		// another sentence: one more person, not the count told again
		Map<String, Set<BigDecimal>> told = new HashMap<>();
		Map<String, Set<BigDecimal>> toldImplicitly = new HashMap<>();
		for (Figure f : figures) {
			if (!superseded.contains(f) && f.quantified()) {
				if (f.implicit()) {
					toldImplicitly
						.computeIfAbsent(casualtyClass(f.kind()) + "@" + f.sentenceIndex(), (k) -> new TreeSet<>())
						.add(f.min());
				}
				else {
					told.computeIfAbsent(casualtyClass(f.kind()), (k) -> new TreeSet<>()).add(f.min());
				}
			}
		}
		Set<Figure> dropped = Collections.newSetFromMap(new IdentityHashMap<>());
		for (Figure old : superseded) {
			if (otherThan(told.get(casualtyClass(old.kind())), old.min()) || otherThan(
					toldImplicitly.get(casualtyClass(old.kind()) + "@" + old.sentenceIndex()), old.min())) {
				dropped.add(old);
			}
		}
		for (Figure old : superseded) {
			if (dropped.stream().anyMatch((d) -> d.sentenceIndex() == old.sentenceIndex())) {
				// "Earlier reports said one person was killed and two others were hurt":
				// the first report was revised as a whole (one of the hurt died)
				dropped.add(old);
			}
		}
		if (!dropped.isEmpty()) {
			dropWhere(figures, 0, dropped::contains);
		}
	}

	private static boolean otherThan(Set<BigDecimal> counts, BigDecimal count) {
		return counts != null && (counts.size() > 1 || !counts.contains(count));
	}

	/** The kind of casualty a count tells, shot and wounded as one. */
	private static String casualtyClass(String kind) {
		return Lexicon.SHOT.equals(kind) ? Lexicon.WOUNDED : String.valueOf(kind);
	}

	/** The reporting verb nearest before {@code offset} is told as said first. */
	private static boolean firstSaid(List<CoreLabel> tokens, int offset) {
		int verb = -1;
		for (int k = 0; k < tokens.size() && tokens.get(k).beginPosition() < offset; k++) {
			if (tokens.get(k).tag().startsWith("VB") && REPORTING_LEMMAS.contains(Lexicon.lemma(tokens.get(k)))) {
				verb = k;
			}
		}
		for (int k = verb - 1; k >= 0 && verb - k <= 5; k--) {
			String word = Lexicon.lower(tokens.get(k));
			String next = Lexicon.lower(tokens.get(k + 1));
			if (REVISED.contains(word)
					&& (verb - k <= 2 && tokens.get(k).tag().startsWith("RB") || "version".equals(next))
					|| (REVISED.contains(word) || Set.of("initial", "early").contains(word))
							&& Set.of("report", "reports", "accounts").contains(next) && k + 2 == verb) {
				// "Earlier reports said", "Initial reports said"
				return true;
			}
		}
		return false;
	}

	private static final Set<String> MONTHS = Set.of("january", "february", "march", "april", "may", "june", "july",
			"august", "september", "october", "november", "december", "jan.", "feb.", "mar.", "apr.", "jun.", "jul.",
			"aug.", "sep.", "sept.", "oct.", "nov.", "dec.");

	/** Nouns of a deed done to people counted after "of": "the killing of two women". */
	private static final Map<String, String> DEED_NOUNS = Map.of("killing", Lexicon.KILLED, "killings", Lexicon.KILLED,
			"murder", Lexicon.KILLED, "murders", Lexicon.KILLED, "slaying", Lexicon.KILLED, "slayings", Lexicon.KILLED,
			"death", Lexicon.KILLED, "deaths", Lexicon.KILLED, "shooting", Lexicon.SHOT, "shootings", Lexicon.SHOT);

	private static final Set<String> OTHER_INCIDENT_ADJ = Set.of("separate", "unrelated", "different", "another");

	private static final Set<String> INCIDENT_NOUNS = Set.of("shooting", "shootings", "incident", "incidents", "case",
			"cases", "attack", "attacks", "crime", "crimes", "killing", "killings", "homicide", "homicides", "robbery",
			"robberies");

	/**
	 * Where a sentence tells of another incident than the one reported: "in a separate
	 * shooting", "in an unrelated incident", "in another attack", "in separate
	 * incidents"; the index of its "in", or -1. ("The earlier shooting" is often the
	 * reported one, told again.)
	 */
	static int separateIncident(List<CoreLabel> tokens) {
		for (int k = 0; k + 2 < tokens.size(); k++) {
			if (!"in".equals(Lexicon.lower(tokens.get(k)))) {
				continue;
			}
			int j = k + 1;
			if (Lexicon.ARTICLES.contains(Lexicon.lower(tokens.get(j)))) {
				j++;
			}
			boolean other = false;
			while (j < tokens.size() && j <= k + 4 && (OTHER_INCIDENT_ADJ.contains(Lexicon.lower(tokens.get(j)))
					|| tokens.get(j).tag().startsWith("JJ"))) {
				other |= OTHER_INCIDENT_ADJ.contains(Lexicon.lower(tokens.get(j)));
				j++;
			}
			if (other && j < tokens.size() && INCIDENT_NOUNS.contains(Lexicon.lower(tokens.get(j)))) {
				return k;
			}
		}
		return -1;
	}

	/**
	 * "Two men were shot and killed in separate incidents on Saturday": the victims the
	 * report opens with, in one clause with the plural incidents, are its own (not when a
	 * casualty was told before: "Hours earlier, a boy and his cousin were hurt in
	 * separate incidents").
	 */
	private static boolean leadOfSeparateIncidents(List<CoreLabel> tokens, int incident, List<Figure> figures,
			int firstInSentence) {
		int noun = incident + 1;
		while (noun < tokens.size() && !INCIDENT_NOUNS.contains(Lexicon.lower(tokens.get(noun)))) {
			noun++;
		}
		if (noun >= tokens.size() || !"NNS".equals(tokens.get(noun).tag())
				|| clauseStart(tokens, incident) != tokens.get(0).beginPosition()) {
			return false;
		}
		return figures.subList(0, firstInSentence)
			.stream()
			.noneMatch((f) -> "casualty".equals(f.category()) && f.quantified());
	}

	/**
	 * The offset where the clause holding token {@code at} starts (after a comma or
	 * semicolon).
	 */
	private static int clauseStart(List<CoreLabel> tokens, int at) {
		for (int b = at - 1; b >= 0; b--) {
			String w = tokens.get(b).word();
			if (w.equals(",") || w.equals(";") || w.equals("--") || w.equals("\u2014")) {
				return tokens.get(b).endPosition();
			}
		}
		return tokens.get(0).beginPosition();
	}

	/**
	 * "A man was killed Sunday, hours after a woman was wounded in a separate shooting":
	 * the casualty figures of the other incident's clause go, the rest of the sentence
	 * stays; parent links are renumbered.
	 */
	private static void dropOtherIncident(List<Figure> figures, int firstInSentence, int from, int anaphoricUntil) {
		// a victim told by a pronoun or "the victim" may be the reported one ("Last
		// month, he had been shot in the leg"), before {@code anaphoricUntil}; an event
		// ("a double homicide") is not
		dropWhere(figures, firstInSentence,
				(f) -> f.start() >= from && !(f.start() < anaphoricUntil && f.anaphoric() && f.party() != null));
	}

	/**
	 * Where the clause from {@code from} brings in a person anew ("In March, a man shot
	 * his girlfriend and her sister, killing both"), as an offset: the pronouns after it
	 * are that person's and of the earlier incident; the sentence's end when none.
	 */
	private static int newcomer(List<CoreLabel> tokens, int from) {
		for (CoreLabel token : tokens) {
			if (token.beginPosition() >= from && Set.of("a", "an").contains(Lexicon.lower(token))) {
				return token.beginPosition();
			}
		}
		return tokens.get(tokens.size() - 1).endPosition();
	}

	/**
	 * Drops the casualty figures of the sentence (from {@code firstInSentence}) that
	 * {@code drop} accepts; parent links are renumbered.
	 */
	private static void dropWhere(List<Figure> figures, int firstInSentence, Predicate<Figure> drop) {
		dropAnyWhere(figures, firstInSentence, (f) -> "casualty".equals(f.category()) && drop.test(f));
	}

	/** As {@link #dropWhere} for figures of any category. */
	private static void dropAnyWhere(List<Figure> figures, int firstInSentence, Predicate<Figure> drop) {
		Map<Integer, Integer> newIndex = new HashMap<>();
		List<Figure> kept = new ArrayList<>();
		for (int k = firstInSentence; k < figures.size(); k++) {
			Figure f = figures.get(k);
			if (drop.test(f)) {
				continue;
			}
			newIndex.put(k, firstInSentence + kept.size());
			kept.add(f);
		}
		figures.subList(firstInSentence, figures.size()).clear();
		for (Figure f : kept) {
			Integer parent = f.parentIndex();
			if (parent != null && parent >= firstInSentence) {
				f = f.withParentIndex(newIndex.get(parent));
			}
			figures.add(f);
		}
	}

	private static final String RELATIVE_NOUNS = "(brother|sister|son|daughter"
			+ "|wife|husband|girlfriend|boyfriend|friend|mother|father|mom|dad|cousin|uncle|aunt|nephew|niece|child"
			+ "|grandson|granddaughter|grandmother|grandfather|partner|fiancee?|roommate|neighbou?r|relative)";

	private static final Set<String> PAST_PERIODS = Set.of("month", "year", "summer", "spring", "fall", "autumn",
			"winter");

	private static final Set<String> PERIOD_UNITS = Set.of("month", "months", "year", "years");

	/**
	 * Where a sentence turns to an incident of an earlier time, as a character offset, or
	 * -1: a clause that opens with "Last month", "Earlier this year", "Two years ago",
	 * "In March", "In 2019" or "Back in ..."; "a year after" ("was wounded Tuesday, a
	 * year after two men were killed at the same corner"); "the anniversary of", "a spate
	 * of", "the previous shooting"; an incident dated by its year ("the scene of a 2012
	 * shooting"). Not "last week" or "earlier this week", which often retell the reported
	 * incident itself.
	 */
	static int earlierIncident(List<CoreLabel> tokens) {
		int n = tokens.size();
		for (int k = 0; k < n; k++) {
			String w = Lexicon.lower(tokens.get(k));
			String next = (k + 1 < n) ? Lexicon.lower(tokens.get(k + 1)) : "";
			String third = (k + 2 < n) ? Lexicon.lower(tokens.get(k + 2)) : "";
			boolean opens = k == 0 || ";".equals(tokens.get(k - 1).word());
			if (opens && ("last".equals(w) && (PAST_PERIODS.contains(next) || MONTHS.contains(next))
					|| "earlier".equals(w) && "this".equals(next) && Set.of("month", "year").contains(third)
					|| "back".equals(w) && "in".equals(next)
					|| "in".equals(w) && (MONTHS.contains(next) || next.matches("(19|20)\\d\\d"))
					// "on Oct. 4, two men were wounded there" beside a shooting dated
					// "Tuesday"
					|| "on".equals(w) && MONTHS.contains(next) && third.matches("\\d{1,2}") && k + 3 < n
							&& ",".equals(tokens.get(k + 3).word())
					|| countOfPeriods(tokens, k) && PERIOD_UNITS.contains(next) && "ago".equals(third))) {
				return tokens.get(k).beginPosition();
			}
			if (k >= 2 && "after".equals(w) && PERIOD_UNITS.contains(Lexicon.lower(tokens.get(k - 1)))
					&& countOfPeriods(tokens, k - 2)) {
				return tokens.get(k - 2).beginPosition();
			}
			// "two weeks after a similar case in Carthage, where ...": another incident
			if ("similar".equals(w) && INCIDENT_NOUNS.contains(next)) {
				return tokens.get(k > 0 && Lexicon.ARTICLES.contains(Lexicon.lower(tokens.get(k - 1))) ? k - 1 : k)
					.beginPosition();
			}
			if ("anniversary".equals(w) && "of".equals(next)
					|| SERIES.contains(w) && "of".equals(next) && !SHOTS.contains(third)
					|| Set.of("previous", "prior").contains(w) && INCIDENT_NOUNS.contains(next)) {
				return tokens.get(k).beginPosition();
			}
			if (k >= 1 && w.matches("(19|20)\\d\\d") && Lexicon.ARTICLES.contains(Lexicon.lower(tokens.get(k - 1)))
					&& INCIDENT_NOUNS.contains(next)) {
				return tokens.get(k - 1).beginPosition();
			}
		}
		return -1;
	}

	/**
	 * How many periods before a unit of time: "two", "a", "an", "several" (years ago).
	 */
	private static boolean countOfPeriods(List<CoreLabel> tokens, int i) {
		return isNumberToken(tokens, i) || Set.of("a", "an", "several").contains(Lexicon.lower(tokens.get(i)));
	}

	/**
	 * Where a sentence that ends dated to an earlier time tells of that time, as a
	 * character offset, or -1: "The boy's uncle was shot and killed on the same block
	 * seven years ago", "... near the park where a teen was killed in June" (from
	 * "where"), also "in 2019", "last summer". Not a sentence dated to a recent day as
	 * well ("A man shot in June died Tuesday"), nor "in June" before a day's number, nor
	 * a month or year an earlier sentence told ("A man who was shot in June died Tuesday.
	 * A second man was wounded in June": the reported incident's date; "Oct." is
	 * October). Only where the sentence brings in another person or place (see
	 * bringsInAnother), and not "where he died in February" (the reported victim's
	 * death): follow-ups retell their own incident with its month.
	 */
	private static int datedAtEnd(List<CoreSentence> sentences, int s) {
		List<CoreLabel> tokens = sentences.get(s).tokens();
		int end = tokens.size();
		while (end > 0 && tokens.get(end - 1).word().matches("\\p{Punct}+")) {
			end--;
		}
		if (end < 3 || datedRecently(tokens)) {
			return -1;
		}
		String next = Lexicon.lower(tokens.get(end - 2));
		String last = Lexicon.lower(tokens.get(end - 1));
		boolean dated = "ago".equals(last) && PERIOD_UNITS.contains(next) && countOfPeriods(tokens, end - 3)
				|| "last".equals(next) && PAST_PERIODS.contains(last)
				|| "in".equals(next) && (MONTHS.contains(last) || last.matches("(19|20)\\d\\d"))
						&& sentences.subList(0, s).stream().noneMatch((told) -> datesIncident(told.tokens(), last));
		if (!dated) {
			return -1;
		}
		for (int k = end - 3; k > 0; k--) {
			if ("where".equals(Lexicon.lower(tokens.get(k)))) {
				// "taken to a hospital, where he died in February": the reported victim's
				// death, told again; "park where teen was killed" brings in another
				boolean told = k + 1 < end && "PRP".equals(tokens.get(k + 1).tag());
				return told ? -1 : tokens.get(k).beginPosition();
			}
		}
		return bringsInAnother(tokens, end - 3) ? tokens.get(0).beginPosition() : -1;
	}

	private static final Pattern RELATIVE_OPENING = Pattern
		.compile("(?i)((his|her|their)|(the|a|an) \\S+ 's) (?:\\S+ )?(?:step-?)?" + RELATIVE_NOUNS + "\\b.*");

	/**
	 * Whether a sentence, before {@code until}, tells of another victim or place than the
	 * reported ones, so that its date at the end is of another incident: it opens with a
	 * relative ("His older brother was shot to death in 2018", "The boy's uncle was
	 * killed ... seven years ago"), tells "the same" place ("The same house was the scene
	 * of a fatal shooting in 2021") or a place as "the scene of a" shooting. A follow-up
	 * retells its own incident with a month ("Olu, 22, and two friends were shot outside
	 * a corner store in May", "She and two classmates were wounded outside the school
	 * last fall", "wounded in the drive-by, which happened last month"): not that.
	 */
	private static boolean bringsInAnother(List<CoreLabel> tokens, int until) {
		StringBuilder opening = new StringBuilder();
		for (int k = 0; k < Math.min(until, 6); k++) {
			opening.append(tokens.get(k).word()).append(' ');
		}
		if (RELATIVE_OPENING.matcher(opening).matches()) {
			return true;
		}
		for (int k = 0; k + 1 < until; k++) {
			String w = Lexicon.lower(tokens.get(k));
			String next = Lexicon.lower(tokens.get(k + 1));
			// not "in the same shooting", the reported one
			if ("same".equals(w) && !INCIDENT_NOUNS.contains(next) || "scene".equals(w) && "of".equals(next)
					&& k + 2 < until && Set.of("a", "an").contains(Lexicon.lower(tokens.get(k + 2)))) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Whether a sentence tells {@code date} (a month or a year) other than at its end
	 * after "in": "A man who was shot in June died Tuesday" dates the incident; "... near
	 * the house where a man died in 2021" another one.
	 */
	private static boolean datesIncident(List<CoreLabel> tokens, String date) {
		for (int k = 0; k < tokens.size(); k++) {
			if (!monthKey(date).equals(monthKey(Lexicon.lower(tokens.get(k))))) {
				continue;
			}
			int after = k + 1;
			while (after < tokens.size() && tokens.get(after).word().matches("\\p{Punct}+")) {
				after++;
			}
			if (after < tokens.size() || k == 0 || !"in".equals(Lexicon.lower(tokens.get(k - 1)))) {
				return true;
			}
		}
		return false;
	}

	/** A month by its first three letters ("Oct." is October), any other word as is. */
	private static String monthKey(String word) {
		return MONTHS.contains(word) ? word.substring(0, 3) : word;
	}

	/** "a spate of violence that began in May with ...": the incidents before. */
	private static final Set<String> SERIES = Set.of("spate", "string", "series", "rash", "wave");

	/**
	 * "heard a series of shots", "a string of gunshots": the reported shooting itself.
	 */
	private static final Set<String> SHOTS = Set.of("shots", "gunshots", "gunfire", "bullets", "rounds", "blasts",
			"explosions", "pops", "bangs");

	private static final Set<String> ORDINAL_WORDS = Set.of("second", "third", "fourth", "fifth", "sixth", "seventh",
			"eighth", "ninth", "tenth");

	/**
	 * "The shooting is the third police shooting this weekend. Earlier, two men were
	 * shot": a sentence that opens with "Earlier" (or "Hours earlier") after one that
	 * tells the reported incident is the n-th of a day.
	 */
	private static boolean earlierThanTheNth(List<CoreSentence> sentences, int s) {
		List<CoreLabel> tokens = sentences.get(s).tokens();
		int k = 0;
		if (tokens.size() > 2 && Set.of("hours", "minutes").contains(Lexicon.lower(tokens.get(0)))) {
			k = 1;
		}
		if (tokens.size() < k + 2 || !"earlier".equals(Lexicon.lower(tokens.get(k)))
				|| !",".equals(tokens.get(k + 1).word()) && !RECENT_DAYS.contains(Lexicon.lower(tokens.get(k + 1)))) {
			return false;
		}
		for (int b = Math.max(0, s - 2); b < s; b++) {
			List<CoreLabel> before = sentences.get(b).tokens();
			for (int j = 0; j < before.size(); j++) {
				if (!ORDINAL_WORDS.contains(Lexicon.lower(before.get(j)))) {
					continue;
				}
				for (int i = j + 1; i < before.size() && i <= j + 4; i++) {
					if (INCIDENT_NOUNS.contains(Lexicon.lower(before.get(i)))) {
						return true;
					}
				}
			}
		}
		return false;
	}

	/** A sentence dated to a recent day of its own ("on Saturday", "overnight"). */
	private static boolean datedRecently(List<CoreLabel> tokens) {
		return tokens.stream().anyMatch((token) -> RECENT_DAYS.contains(Lexicon.lower(token)));
	}

	private static final Pattern OTHERS = Pattern.compile("(?i).*\\bothers?\\b.*");

	/**
	 * "In 2012, a gunman killed three men at the complex. Three other people were
	 * wounded": right after an earlier incident told as background, the "others" are of
	 * that incident.
	 */
	private static void dropOthersOfIt(List<Figure> figures, int firstInSentence) {
		// not "the other victim", one of the reported shooting told of before
		dropWhere(figures, firstInSentence, (f) -> f.party() != null && OTHERS.matcher(f.party()).matches()
				&& !f.party().toLowerCase(Locale.ROOT).startsWith("the "));
	}

	private static final Set<String> RECENT_DAYS = Set.of("monday", "tuesday", "wednesday", "thursday", "friday",
			"saturday", "sunday", "today", "tonight", "yesterday", "overnight");

	private static final Set<String> COURT_WORDS = Set.of("sentenced", "sentencing", "convicted", "pleaded", "pled",
			"trial", "jury", "jurors", "verdict", "guilty", "indicted", "arraigned", "charged", "accused", "court",
			"testified", "prosecutors");

	/**
	 * An earlier incident is told beside the reported one only when that one has a figure
	 * already: a casualty before {@code offset} in a sentence dated to a recent day ("on
	 * Tuesday", "overnight"), not in one about a trial or a sentence (whose incident is
	 * the dated one).
	 */
	private static boolean anchored(List<Figure> figures, List<CoreSentence> sentences, int sentenceIndex, int offset,
			Boolean[] recentNotCourt) {
		for (Figure f : figures) {
			if (!"casualty".equals(f.category()) || !f.quantified()
					|| f.sentenceIndex() == sentenceIndex && f.end() > offset) {
				continue;
			}
			// each sentence is read once, however many figures and earlier incidents a
			// long text holds
			int s = f.sentenceIndex();
			if (recentNotCourt[s] == null) {
				boolean recent = false;
				boolean court = false;
				for (CoreLabel token : sentences.get(s).tokens()) {
					String word = Lexicon.lower(token);
					recent |= RECENT_DAYS.contains(word);
					court |= COURT_WORDS.contains(word);
				}
				recentNotCourt[s] = recent && !court;
			}
			if (recentNotCourt[s]) {
				return true;
			}
		}
		return false;
	}

	/**
	 * True when the clause from {@code offset} tells of an incident: a casualty word or
	 * an incident noun ("a gunman killed three men", "a shooting at the complex"), not
	 * only a date ("In March, the bar lost its licence").
	 */
	private static boolean toldIncident(List<CoreLabel> tokens, int offset) {
		return tokens.stream()
			.anyMatch((token) -> token.beginPosition() >= offset
					&& (Lexicon.kindOf(token) != null || INCIDENT_NOUNS.contains(Lexicon.lower(token))));
	}

	private static final Set<String> ANOTHER_VICTIM = Set.of("another", "other", "second", "third");

	/**
	 * Victims killed one by one in different sentences: "A police officer fatally shot
	 * Marcus Hill. The officer also shot and killed a neighbor" is at least 2 killed. A
	 * victim adds to the count when it is described anew (not "the victim" or "he"),
	 * outside a quotation, is not named before, and the text marks it as another victim
	 * ("also", "another man", "a second woman"): a differently named victim alone may be
	 * background ("in March, Y was shot and killed on the same block"). Null unless that
	 * count exceeds every killed figure. The same for the wounded: "A man was killed. A
	 * woman was wounded in the leg. Another man was also hurt" is 2 wounded. The
	 * attacker's own death adds to the victims he killed ("killed his two daughters. He
	 * later killed himself" is 3), told before or after them.
	 */
	static Figure victimsAcrossSentences(List<Figure> figures, List<CoreSentence> sentences, String kind) {
		BigDecimal largest = BigDecimal.ZERO;
		BigDecimal total = BigDecimal.ZERO;
		Set<String> names = new HashSet<>();
		Figure last = null;
		int counted = 0;
		Figure suicide = null;
		Figure pendingSuicide = null;
		Figure attackersVictims = null;
		boolean attackerAfter = false;
		List<String> descriptions = new ArrayList<>();
		Set<Figure> attacked = new HashSet<>();
		Set<String> ordinals = new HashSet<>();
		Figure selfDeath = null;
		Figure uncountedOrdinal = null;
		Figure numbered = null;
		List<Figure> countedFigures = new ArrayList<>();
		for (Figure figure : figures) {
			if (!kind.equals(figure.kind()) || !figure.quantified()) {
				continue;
			}
			largest = largest.max(figure.min());
			boolean restated = restated(figure, descriptions);
			if (indefinite(figure.party())) {
				descriptions.add(figure.party().toLowerCase(Locale.ROOT));
			}
			List<CoreLabel> tokens = sentences.get(figure.sentenceIndex()).tokens();
			Set<String> named = personWords(tokens, figure.start(), figure.end());
			boolean seen = named.stream().anyMatch(names::contains);
			boolean ownDeath = Lexicon.KILLED.equals(kind) && figure.implicit() && selfInflicted(figure, tokens)
					&& !insideQuote(tokens, figure.start());
			if (ownDeath) {
				suicide = figure;
			}
			// "took his own life" counts only with the victims of his that the text tells
			// (below): a victim told before may be another case ("Y, who took his own
			// life weeks after he shot a clerk")
			if (ownDeath && last != null && last.sentenceIndex() != figure.sentenceIndex()
					&& !OWN_DEATH_PHRASE.matcher(figure.party()).matches()) {
				// "... shot his wife and her sister. The gunman then killed himself."
				total = total.add(BigDecimal.ONE);
				last = figure;
				counted++;
				continue;
			}
			if (ownDeath && last == null && attacker(figure.party()) && !isReflexive(figure.party())) {
				// "The gunman was found dead from a self-inflicted wound. Dr. Lee died
				// later."
				pendingSuicide = figure;
				continue;
			}
			if (Lexicon.KILLED.equals(kind) && !ownDeath && "exact".equals(figure.qualifier())
					&& objectOfKilling(tokens, figure)
					&& (attackersVictims == null || figure.min().compareTo(attackersVictims.min()) > 0
							|| figure.min().compareTo(attackersVictims.min()) == 0
									&& headlineLine(sentences, attackersVictims.sentenceIndex()))) {
				// the body's own telling over the headline's: "Gunman kills co-worker ...
				// killing one co-worker ... before he died"
				attackersVictims = figure;
				if (andHimself(tokens, figure)) {
					// "killed his two children and then himself"
					suicide = figure;
					attackerAfter = true;
				}
			}
			if (Lexicon.KILLED.equals(kind) && !ownDeath && attackersVictims != null && figure != attackersVictims
					&& figure.implicit() && figure.sentenceIndex() == attackersVictims.sentenceIndex()
					&& figure.start() > attackersVictims.end()
					&& (isHeOrShe(figure.party()) || isHimOrHer(figure.party())) && afterBefore(tokens, figure)) {
				// "killed four people before he was shot dead by a deputy": the
				// attacker's own death, after his victims (not "killed a guard, and he
				// was pronounced dead at a hospital", the guard)
				suicide = figure;
			}
			// "a woman was shot and her son was pistol-whipped": a relative of the one
			// just introduced is another person
			boolean relative = figure.party() != null && RELATIVE.matcher(figure.party()).matches() && last != null
					&& last.sentenceIndex() == figure.sentenceIndex()
					&& (indefinite(last.party()) || attacked.contains(last));
			// "a deputy was killed and the suspect was fatally shot": the attacker
			// beside a victim newly told in the sentence is another person
			boolean attackerBeside = last != null && last.sentenceIndex() == figure.sentenceIndex()
					&& attacker(figure, tokens) && !attacker(last.party()) && !isReflexive(figure.party());
			// "Officer Ortiz died Friday. ... The suspect was killed by other officers":
			// the attacker after an officer's death, in a sentence of its own
			boolean attackerAfterOfficer = last != null && last.sentenceIndex() != figure.sentenceIndex()
					&& last.party() != null && OFFICER.matcher(last.party()).matches() && !attacker(last.party())
					&& attacker(figure, tokens) && !isReflexive(figure.party())
					&& !OFFICER.matcher(figure.party()).matches();
			// "A clerk was killed. The man who shot him was found dead": the one told by
			// his deed against the victim before is another person (not after "Gunman
			// dead": the attacker's death told again)
			attackerAfterOfficer |= last != null && last.sentenceIndex() != figure.sentenceIndex()
					&& !attacker(figure.party()) && attacker(figure, tokens) && !isReflexive(figure.party())
					&& !attacker(last.party());
			attackerBeside |= attackerAfterOfficer;
			// "A man shot his two daughters and then himself. One girl died ... The man
			// was pronounced dead": the one who shot himself, told by his noun
			boolean selfShooterDied = Lexicon.KILLED.equals(kind) && figure.implicit()
					&& selfShooter(figure, sentences, figure.sentenceIndex() - 1);
			if (selfShooterDied) {
				selfDeath = figure;
			}
			selfShooterDied &= last != null && last.sentenceIndex() != figure.sentenceIndex();
			attackerBeside |= selfShooterDied;
			// "... killing a 62-year-old woman. ... He died at the scene": a death told
			// of "he" or "she" after deaths only of the other sex is another person's
			boolean otherSexDeath = Lexicon.KILLED.equals(kind) && figure.implicit() && isHeOrShe(figure.party())
					&& last != null && last.sentenceIndex() != figure.sentenceIndex()
					&& otherSexThanAll(figure, figures, kind) && !heldDeath(figure, sentences);
			attackerBeside |= otherSexDeath;
			boolean shotDiedLater = Lexicon.KILLED.equals(kind) && figure.implicit() && last != null
					&& last.sentenceIndex() != figure.sentenceIndex() && laterDeathOfTheShot(figure, figures, last);
			attackerBeside |= shotDiedLater;
			// "The second victim died Saturday. The first victim died at the scene": each
			// ordinal tells another victim (not "a second was injured. The second
			// victim was taken to a hospital")
			String ordinal = ordinalOf(figure.party());
			boolean anotherOrdinal = ordinal != null && !ordinals.isEmpty() && !ordinals.contains(ordinal)
					&& !withinNthCount(ordinal, countedFigures);
			if (ordinal != null) {
				ordinals.add(ordinal);
			}
			// "a sheriff's deputy" is newly told, though a possessive makes it anaphoric
			boolean fresh = indefinite(figure.party()) || anotherOrdinal;
			if (!fresh && figure.party() != null && RELATIVE.matcher(figure.party()).matches()
					&& objectOfAttack(tokens, figure)) {
				// "A man shot his wife, and their son was wounded": the relative the
				// attacker shot is newly told
				fresh = true;
				attacked.add(figure);
			}
			if (!figure.implicit() && last == null && numbered == null && "exact".equals(figure.qualifier())
					&& figure.parentIndex() == null && !OTHERS.matcher(String.valueOf(figure.party())).matches()
					&& !headlineLine(sentences, figure.sentenceIndex())) {
				numbered = figure;
			}
			if (!figure.implicit() || figure.anaphoric() && !relative && !attackerBeside && !fresh
					|| figure.parentIndex() != null || quotedBefore(tokens, figure.start())
					|| ImplicitCounter.pastedHeadline(sentences.get(figure.sentenceIndex()))
					|| headlineLine(sentences, figure.sentenceIndex())) {
				names.addAll(named);
				if (ordinal != null && figure.implicit() && uncountedOrdinal == null) {
					uncountedOrdinal = figure;
				}
				continue;
			}
			boolean distinct;
			if (last == null) {
				distinct = true;
				if (numbered != null && numbered.sentenceIndex() == figure.sentenceIndex()
						&& figure.start() > numbered.end() && indefinite(figure.party())
						&& hurtAfter(tokens, figure.end()) && joinedByAnd(tokens, numbered, figure)
						&& !breakdownAfter(tokens, figure) && !groupToldAgain(numbered, sentences)
						&& !headlineTellsGroupAlone(numbered, figures, sentences)) {
					// "Three bystanders were wounded and a deputy was shot": a person
					// newly hurt beside a numbered group adds to it (not "and a boy is
					// in critical condition", one of them; not "Two people were wounded
					// — a man was shot ... and a woman was grazed", its breakdown)
					total = numbered.min();
					counted++;
					countedFigures.add(numbered);
				}
			}
			else if (seen) {
				distinct = false;
			}
			else if (last.sentenceIndex() == figure.sentenceIndex()) {
				// "A woman was shot in the leg and a man was grazed": two victims newly
				// introduced in one sentence; "a man ... he" or the same words are one
				// introduced; "a woman was shot and her son was pistol-whipped": her
				// relative is another person
				distinct = (indefinite(last.party()) || attacked.contains(last))
						&& (indefinite(figure.party()) || relative || attackerBeside)
						&& !last.party().equalsIgnoreCase(figure.party());
			}
			else {
				distinct = markedAsAnother(tokens, figure) && !restated && !nthOfAnUntoldRole(figure, figures)
						&& !nthOfAllTold(figure, figures) || attackerAfterOfficer || anotherOrdinal || selfShooterDied
						|| otherSexDeath || shotDiedLater;
			}
			names.addAll(named);
			if (distinct) {
				// "An officer was shot. A second officer was wounded": the n-th counted
				// as n holds the ones before it
				boolean throughOrdinal = figure.party() != null && figure.min().compareTo(BigDecimal.ONE) > 0
						&& NTH_NEWLY_TOLD.matcher(figure.party()).lookingAt();
				if (throughOrdinal && !ofTheOrdinalsRoleAlone(figure, countedFigures)) {
					// "A police officer and two bystanders were wounded. A second officer
					// was also shot": one more
					total = total.add(BigDecimal.ONE);
				}
				else {
					total = throughOrdinal ? total.max(figure.min()) : total.add(figure.min());
				}
				last = figure;
				counted++;
				countedFigures.add(figure);
				if (anotherOrdinal && uncountedOrdinal != null) {
					// the ordinal told first, "the second victim", is another one
					total = total.add(uncountedOrdinal.min());
					countedFigures.add(uncountedOrdinal);
					counted++;
					uncountedOrdinal = null;
				}
			}
		}
		if (pendingSuicide != null && counted >= 1) {
			total = total.add(BigDecimal.ONE);
			counted++;
		}
		if (counted < 2) {
			total = BigDecimal.ZERO;
		}
		if (suicide != null && attackersVictims != null
				&& (suicide.sentenceIndex() != attackersVictims.sentenceIndex()
						|| attackerAfter && suicide == attackersVictims
						|| suicide != attackersVictims && suicide.start() > attackersVictims.end())
				&& attackersVictims.min().add(BigDecimal.ONE).compareTo(total) > 0) {
			// "A man shot and killed his two daughters. He later killed himself": 3
			total = attackersVictims.min().add(BigDecimal.ONE);
			last = suicide;
		}
		if (selfDeath != null) {
			// "A man shot his two daughters and then himself. One girl died ... The man
			// was pronounced dead": the dead he shot and he
			BigDecimal shotDead = BigDecimal.ZERO;
			for (Figure dead : figures) {
				if (dead != selfDeath && Lexicon.KILLED.equals(dead.kind()) && dead.quantified()
						&& dead.sentenceIndex() < selfDeath.sentenceIndex() && !attackersDeath(dead)
						&& !(dead.party() != null
								&& dead.party().toLowerCase(Locale.ROOT).matches("(both|all|they)\\b.*"))) {
					shotDead = shotDead.max(dead.min());
				}
			}
			if (shotDead.signum() > 0 && shotDead.add(BigDecimal.ONE).compareTo(total) > 0) {
				total = shotDead.add(BigDecimal.ONE);
				last = selfDeath;
			}
		}
		if (Lexicon.KILLED.equals(kind) && suicide != null) {
			Figure group = deadOfGroupWithAttacker(figures, suicide);
			if (group != null && group.min().compareTo(total) > 0) {
				total = group.min();
				last = suicide;
			}
		}
		if (Lexicon.WOUNDED.equals(kind)) {
			Figure withSelf = woundedWithHimself(figures, sentences);
			if (withSelf != null && withSelf.min().compareTo(total) > 0) {
				total = withSelf.min();
				last = withSelf;
			}
		}
		Figure withOthers = othersAdded(figures, kind);
		if (withOthers != null && withOthers.min().compareTo(total) > 0) {
			total = withOthers.min();
			last = withOthers;
		}
		Figure listedInHeadline = headlineVictims(figures, sentences, kind);
		if (listedInHeadline != null && listedInHeadline.min().compareTo(total) > 0) {
			total = listedInHeadline.min();
			last = listedInHeadline;
		}
		if (total.compareTo(largest) <= 0) {
			return null;
		}
		return new Figure("casualty", kind, total, total, null, "at_least", null, null, last.sentenceIndex(), null,
				true, true, false, last.start(), last.end());
	}

	/**
	 * "shot his two stepdaughters ... before taking his own life. The younger girl died;
	 * the older girl is in critical condition": the shot group told before the attacker's
	 * own death in its sentence, of whom some died (the survivors counted from it, see
	 * {@link #survivor}); those dead and the attacker, as a figure holding that count, or
	 * null.
	 */
	private static Figure deadOfGroupWithAttacker(List<Figure> figures, Figure suicide) {
		for (Figure group : figures) {
			if (!Lexicon.KILLED_OR_WOUNDED.equals(group.kind()) || !group.quantified()
					|| group.sentenceIndex() != suicide.sentenceIndex() || group.end() > suicide.start()) {
				continue;
			}
			for (Figure survivors : figures) {
				if (survivors != group && Lexicon.WOUNDED.equals(survivors.kind()) && survivors.quantified()
						&& survivors.start() == group.start() && survivors.end() == group.end()
						&& survivors.min().compareTo(group.min()) < 0) {
					BigDecimal dead = group.min().subtract(survivors.min()).add(BigDecimal.ONE);
					return new Figure("casualty", Lexicon.KILLED, dead, dead, null, "exact", null, null,
							suicide.sentenceIndex(), null, true, false, false, suicide.start(), suicide.end());
				}
			}
		}
		return null;
	}

	/** Ordinals from "second" on, in order. */
	private static final List<String> ORDINALS_FROM_SECOND = List.of("second", "third", "fourth", "fifth", "sixth",
			"seventh", "eighth", "ninth", "tenth");

	/**
	 * "A man is dead and another is in hospital. ... A second man was taken to a trauma
	 * centre": a hurt n-th of a noun counts the people of that noun told before, the dead
	 * among them ("another" is one of them), so it is one told already when they number n
	 * and one of them died (not "A man was killed and a woman was wounded. A second woman
	 * was grazed").
	 */
	private static boolean nthOfAllTold(Figure figure, List<Figure> figures) {
		if (!Lexicon.WOUNDED.equals(figure.kind()) || figure.party() == null) {
			return false;
		}
		String[] words = figure.party().toLowerCase(Locale.ROOT).split("\\s+");
		int nth = (words.length > 2 && "a".equals(words[0])) ? ORDINALS_FROM_SECOND.indexOf(words[1]) + 2 : 0;
		return nth >= 2 && toldAlready(words[words.length - 1], nth, figures, figure.sentenceIndex(), figure.start());
	}

	/** Nouns of an n-th that counts every victim: "a second victim". */
	private static final Set<String> ANY_VICTIM = Set.of("victim", "person");

	/**
	 * Whether the people of {@code noun} told before offset {@code start} of sentence
	 * {@code sentenceIndex} ("another" and "another man" are of it; every victim is of
	 * "victim") number {@code nth} already, the dead among them, so that a hurt n-th of
	 * that noun is one of them.
	 */
	static boolean toldAlready(String noun, int nth, List<Figure> figures, int sentenceIndex, int start) {
		BigDecimal told = BigDecimal.ZERO;
		boolean dead = false;
		for (Figure f : figures) {
			if (!f.quantified() || f.party() == null
					|| !Lexicon.KILLED.equals(f.kind()) && !Lexicon.WOUNDED.equals(f.kind())
					|| f.sentenceIndex() > sentenceIndex || f.sentenceIndex() == sentenceIndex && f.end() > start) {
				continue;
			}
			String[] own = f.party().toLowerCase(Locale.ROOT).split("\\s+");
			String head = own[own.length - 1];
			if (ofNoun(head, noun) || "another".equals(head) || ANY_VICTIM.contains(noun)) {
				told = told.add(f.min());
				dead |= Lexicon.KILLED.equals(f.kind());
			}
		}
		return dead && told.compareTo(BigDecimal.valueOf(nth)) >= 0;
	}

	/** The narrower nouns a noun of an n-th covers: "a second teen" after "a girl". */
	private static final Map<String, Set<String>> NARROWER = Map.of("teen", Set.of("teenager", "boy", "girl", "youth"),
			"teenager", Set.of("teen", "boy", "girl", "youth"), "child",
			Set.of("boy", "girl", "toddler", "infant", "baby", "kid"), "officer",
			Set.of("deputy", "trooper", "sergeant", "policeman", "policewoman", "detective", "agent"));

	private static final Pattern AGED = Pattern.compile("(\\d{1,3})-year-old");

	/**
	 * Whether a victim told with head noun {@code head} is one of {@code noun}: the same
	 * noun, a narrower one, or an age of it ("a 15-year-old" is a teen).
	 */
	private static boolean ofNoun(String head, String noun) {
		if (head.equals(noun) || NARROWER.getOrDefault(noun, Set.of()).contains(head)) {
			return true;
		}
		Matcher aged = AGED.matcher(head);
		if (!aged.matches()) {
			return false;
		}
		int age = Integer.parseInt(aged.group(1));
		return Set.of("teen", "teenager").contains(noun) && age >= 13 && age <= 19
				|| Set.of("child", "kid").contains(noun) && age < 13;
	}

	/** "A second employee": the n-th of a role, its noun in group 2. */
	private static final Pattern NTH_OF_ROLE = Pattern.compile("(?i)an? (second|third|fourth|fifth|sixth) ([a-z-]+)");

	/**
	 * "Two were killed and a third was wounded. A second employee, 38, was shot": the
	 * n-th of a role no victim told before had (the second of the employees) is not
	 * marked as another victim by its ordinal; "a second victim", "a second officer"
	 * after "an officer" are.
	 */
	private static boolean nthOfAnUntoldRole(Figure figure, List<Figure> figures) {
		Matcher matcher = (figure.party() != null) ? NTH_OF_ROLE.matcher(figure.party().strip()) : null;
		if (matcher == null || !matcher.matches()) {
			return false;
		}
		String role = matcher.group(2).toLowerCase(Locale.ROOT);
		if (ImplicitCounter.ANY_VICTIM.contains(role)) {
			return false;
		}
		for (Figure before : figures) {
			if (before == figure) {
				break;
			}
			if ("casualty".equals(before.category()) && ImplicitCounter.ofRole(before.party(), role)) {
				return false;
			}
		}
		return true;
	}

	/** Nouns of an n-th that counts every victim before it: "a second victim". */
	private static final Set<String> ANY_ROLE = Set.of("victim", "person", "people", "individual");

	/**
	 * Whether the victims counted before an n-th of a role ("a second officer") are all
	 * of that role, each group told alone ("An officer was shot"; not "A police officer
	 * and two bystanders were wounded", "A deputy and a clerk"); an n-th of no role or of
	 * any victim ("a third", "a second victim") always is.
	 */
	private static boolean ofTheOrdinalsRoleAlone(Figure figure, List<Figure> counted) {
		Matcher matcher = NTH_OF_ROLE.matcher(figure.party().strip());
		if (!matcher.matches()) {
			return true;
		}
		String role = matcher.group(2).toLowerCase(Locale.ROOT);
		return ANY_ROLE.contains(role) || counted.stream()
			.allMatch((f) -> f.party() != null && ImplicitCounter.ofRole(f.party(), role)
					&& !MIXED_GROUP.matcher(f.party()).find());
	}

	private static final Pattern MIXED_GROUP = Pattern.compile("(?i)( and |, | as well as | with )");

	/** "A second officer", "a third": the n-th newly told, of any noun. */
	private static final Pattern NTH_NEWLY_TOLD = Pattern.compile("(?i)an? (second|third|fourth|fifth|sixth)\\b");

	private static final Pattern ORDINAL_VICTIM = Pattern
		.compile("(?i)(the|an?) (first|second|third|fourth|fifth)( (victim|man|woman|person|teen|boy|girl))?");

	/** The ordinal of "the second victim", "the first man", or null. */
	private static String ordinalOf(String party) {
		if (party == null) {
			return null;
		}
		Matcher matcher = ORDINAL_VICTIM.matcher(party.strip());
		return matcher.matches() ? matcher.group(2).toLowerCase(Locale.ROOT) : null;
	}

	/**
	 * Whether a counted "a second man has died", taken as the n-th of n dead, already
	 * holds the victim of a lower ordinal ("The first victim, a woman, died at the
	 * scene"); not "The second victim died", one death.
	 */
	private static boolean withinNthCount(String ordinal, List<Figure> countedFigures) {
		int rank = "first".equals(ordinal) ? 1 : ImplicitCounter.ORDINALS.getOrDefault(ordinal, 0);
		for (Figure counted : countedFigures) {
			String other = ordinalOf(counted.party());
			Integer otherRank = (other != null) ? ImplicitCounter.ORDINALS.get(other) : null;
			if (otherRank != null && rank > 0 && rank < otherRank
					&& counted.min().compareTo(BigDecimal.valueOf(otherRank)) == 0) {
				return true;
			}
		}
		return false;
	}

	/** "he" or "she" as the whole party of a figure. */
	private static boolean isHeOrShe(String party) {
		return party != null && Set.of("he", "she").contains(party.toLowerCase(Locale.ROOT));
	}

	/**
	 * Whether every figure of {@code kind} before {@code figure} whose people have a sex
	 * has the other one, at least one has, and no casualty of a person of no known sex is
	 * told after the last of them.
	 */
	private static boolean otherSexThanAll(Figure figure, List<Figure> figures, String kind) {
		String own = sexOf(figure.party());
		boolean other = false;
		for (Figure before : figures) {
			if (before == figure) {
				break;
			}
			if (!"casualty".equals(before.category()) || before.party() == null) {
				continue;
			}
			String sex = sexOf(before.party());
			if (own.equals(sex) && (kind.equals(before.kind()) && before.quantified())) {
				return false;
			}
			// a casualty told after the deaths of the other sex, of no known sex or
			// another kind ("Dale Porter, 41, was hit. ... he was fatally shot"), may
			// be the one "he" tells of
			other = sex != null && !own.equals(sex) && kind.equals(before.kind()) && before.quantified()
					|| other && sex != null && !own.equals(sex);
		}
		return other;
	}

	/** "himself" or "herself" as a figure's party. */
	private static boolean isReflexive(String party) {
		return party != null && Lexicon.REFLEXIVE.contains(party.toLowerCase(Locale.ROOT));
	}

	/** "before he was shot dead", "until she was killed": the pronoun after "before". */
	private static boolean afterBefore(List<CoreLabel> tokens, Figure figure) {
		for (int k = 1; k < tokens.size(); k++) {
			if (tokens.get(k).beginPosition() >= figure.start() && tokens.get(k).endPosition() <= figure.end()
					&& Set.of("he", "she").contains(Lexicon.lower(tokens.get(k)))) {
				return Set.of("before", "until").contains(Lexicon.lower(tokens.get(k - 1)));
			}
			if (tokens.get(k).beginPosition() >= figure.start() && tokens.get(k).endPosition() <= figure.end()
					&& Set.of("him", "her").contains(Lexicon.lower(tokens.get(k)))) {
				// "... before police officers shot him dead": the clause opened by
				// "before", with no break between
				for (int j = k - 1; j > 0 && j >= k - 6; j--) {
					String w = Lexicon.lower(tokens.get(j));
					if (Set.of("before", "until").contains(w)) {
						return true;
					}
					if (tokens.get(j).tag().matches("[,.:;]") || Set.of("but", "who", "that").contains(w)) {
						return false;
					}
				}
				return false;
			}
		}
		return false;
	}

	private static boolean isHimOrHer(String party) {
		return party != null && Set.of("him", "her").contains(party.toLowerCase(Locale.ROOT));
	}

	/**
	 * "A man shot his wife and turned his pistol on himself and is in critical
	 * condition": the attacker wounded by his own hand adds to the wounded he shot before
	 * in that sentence. Null if none.
	 */
	private static Figure woundedWithHimself(List<Figure> figures, List<CoreSentence> sentences) {
		Figure best = null;
		for (Figure self : figures) {
			if (!Lexicon.WOUNDED.equals(self.kind()) || !self.quantified() || self.party() == null
					|| !Lexicon.REFLEXIVE.contains(self.party().replaceFirst("(?i)^on ", "").toLowerCase(Locale.ROOT))
					|| !shotOrTurnedOn(self, sentences.get(self.sentenceIndex()).tokens())) {
				// not "one drove himself to a hospital"
				continue;
			}
			for (Figure victims : figures) {
				if (Lexicon.WOUNDED.equals(victims.kind()) && victims.quantified() && victims != self
						&& victims.sentenceIndex() == self.sentenceIndex() - 1 && otherSexThanSelf(victims, self)) {
					// "A woman was taken to a hospital after he shot her. He then shot
					// himself in the leg": one of the other sex in the sentence before
					BigDecimal sum = victims.min().add(self.min());
					if (best == null || sum.compareTo(best.min()) > 0) {
						best = new Figure("casualty", Lexicon.WOUNDED, sum, sum, null, "at_least", null, null,
								self.sentenceIndex(), null, true, true, false, self.start(), self.end());
					}
					continue;
				}
				if (Lexicon.WOUNDED.equals(victims.kind()) && victims.quantified() && victims != self
						&& victims.sentenceIndex() == self.sentenceIndex() && victims.end() <= self.start()
						&& !attacker(victims.party()) && !isWhoShot(victims, self, sentences.get(self.sentenceIndex()))
						&& !toldAgainAsPronoun(victims, self, figures, sentences.get(self.sentenceIndex()))) {
					BigDecimal sum = victims.min().add(self.min());
					if (best == null || sum.compareTo(best.min()) > 0) {
						best = new Figure("casualty", Lexicon.WOUNDED, sum, sum, null, "at_least", null, null,
								self.sentenceIndex(), null, true, true, false, self.start(), self.end());
					}
				}
			}
		}
		boolean deathTold = figures.stream().anyMatch((f) -> Lexicon.KILLED.equals(f.kind()) && f.quantified());
		for (Figure victims : figures) {
			List<CoreLabel> tokens = sentences.get(victims.sentenceIndex()).tokens();
			if (!deathTold && Lexicon.WOUNDED.equals(victims.kind()) && victims.quantified()
					&& !attacker(victims.party()) && objectOfAttack(tokens, victims) && andHimself(tokens, victims)) {
				// "A man shot his wife and then himself": no death told, both wounded
				BigDecimal sum = victims.min().add(BigDecimal.ONE);
				if (best == null || sum.compareTo(best.min()) > 0) {
					best = new Figure("casualty", Lexicon.WOUNDED, sum, sum, null, "at_least", null, null,
							victims.sentenceIndex(), null, true, true, false, victims.start(), victims.end());
				}
			}
		}
		return best;
	}

	/**
	 * Whether the one person of {@code victims} is of the other sex than the reflexive of
	 * {@code self} ("a woman", "her" beside "himself").
	 */
	private static boolean otherSexThanSelf(Figure victims, Figure self) {
		String reflexive = self.party().replaceFirst("(?i)^on ", "").toLowerCase(Locale.ROOT);
		String own = "himself".equals(reflexive) ? "m" : "herself".equals(reflexive) ? "f" : null;
		String other = sexOf(victims.party());
		return own != null && other != null && !own.equals(other) && BigDecimal.ONE.compareTo(victims.min()) == 0;
	}

	/**
	 * Whether {@code victims} is the subject of the verb that {@code self} is the object
	 * of, the one who shot himself ("The man shot himself in the foot and was
	 * hospitalized"), not someone he shot before.
	 */
	private static boolean isWhoShot(Figure victims, Figure self, CoreSentence sentence) {
		SemanticGraph graph = sentence.dependencyParse();
		if (graph == null) {
			return false;
		}
		IndexedWord verb = verbOfReflexive(graph, self);
		while (verb != null) {
			for (SemanticGraphEdge edge : graph.outgoingEdgeList(verb)) {
				IndexedWord subject = edge.getDependent();
				if (edge.getRelation().toString().startsWith("nsubj")) {
					return victims.start() <= subject.beginPosition() && subject.endPosition() <= victims.end();
				}
			}
			// "... shot his wife and turned the gun on himself": the subject of the first
			// verb
			SemanticGraphEdge up = graph.incomingEdgeList(verb).stream().findFirst().orElse(null);
			verb = (up != null && up.getRelation().toString().startsWith("conj")) ? up.getGovernor() : null;
		}
		return false;
	}

	/**
	 * "A 40-year-old man was taken to a hospital after he shot himself in the hand": one
	 * person told before, then as "he" who shot himself, with no one else hurt between
	 * them and no other sex told ("a woman was wounded when he shot her, and then he shot
	 * himself" is two).
	 */
	private static boolean toldAgainAsPronoun(Figure victims, Figure self, List<Figure> figures,
			CoreSentence sentence) {
		if (!BigDecimal.ONE.equals(victims.min()) || victims.party() == null) {
			return false;
		}
		String pronoun = subjectOfReflexive(self, sentence);
		if (pronoun == null || !Set.of("he", "she").contains(pronoun)) {
			return false;
		}
		Set<String> others = "he".equals(pronoun) ? SHE_WORDS : HE_WORDS;
		for (String word : victims.party().toLowerCase(Locale.ROOT).split("[^a-z]+")) {
			if (others.contains(word)) {
				return false;
			}
		}
		for (Figure between : figures) {
			if (between != victims && between != self && between.sentenceIndex() == self.sentenceIndex()
					&& "casualty".equals(between.category()) && between.start() >= victims.end()
					&& between.end() <= self.start()) {
				return false;
			}
		}
		return true;
	}

	/**
	 * The lower-cased subject of the verb that {@code self} is the object of, or null.
	 */
	private static String subjectOfReflexive(Figure self, CoreSentence sentence) {
		SemanticGraph graph = sentence.dependencyParse();
		if (graph == null) {
			return null;
		}
		IndexedWord verb = verbOfReflexive(graph, self);
		IndexedWord subject = (verb != null) ? firstDependent(graph, verb, "nsubj") : null;
		return (subject != null) ? subject.word().toLowerCase(Locale.ROOT) : null;
	}

	/** The verb whose object is the reflexive {@code self} ("shot" of "shot himself"). */
	private static IndexedWord verbOfReflexive(SemanticGraph graph, Figure self) {
		IndexedWord reflexive = null;
		for (IndexedWord word : graph.vertexListSorted()) {
			if (word.endPosition() == self.end()) {
				reflexive = word;
			}
		}
		return (reflexive != null) ? graph.getParent(reflexive) : null;
	}

	private static IndexedWord firstDependent(SemanticGraph graph, IndexedWord governor, String relation) {
		for (SemanticGraphEdge edge : graph.outgoingEdgeList(governor)) {
			if (edge.getRelation().toString().equals(relation)) {
				return edge.getDependent();
			}
		}
		return null;
	}

	/** "shot himself", "turned the gun on himself": the word before the reflexive. */
	private static boolean shotOrTurnedOn(Figure self, List<CoreLabel> tokens) {
		for (int k = 1; k < tokens.size(); k++) {
			if (tokens.get(k).endPosition() == self.end()) {
				String before = Lexicon.lower(tokens.get(k - 1));
				return "on".equals(before) || "shoot".equals(Lexicon.lemma(tokens.get(k - 1)));
			}
		}
		return false;
	}

	private static final Pattern OTHERS_GROUP = Pattern
		.compile("(?i)(\\S+ )?(others|other (people|men|women|children|[a-z-]+s))");

	/**
	 * "One man was shot in the stomach and two others were grazed": "others" of the same
	 * kind add to the figure told just before them (in that sentence or the one before)
	 * when it is of that kind; not "the other three", a part of a group told already.
	 * Null if none.
	 */
	private static Figure othersAdded(List<Figure> figures, String kind) {
		List<Figure> told = new ArrayList<>();
		for (Figure figure : figures) {
			if ("casualty".equals(figure.category()) && figure.quantified() && figure.parentIndex() == null) {
				told.add(figure);
			}
		}
		told.sort(Comparator.comparingInt(Figure::sentenceIndex).thenComparingInt(Figure::start));
		Figure best = null;
		for (int k = 0; k < told.size(); k++) {
			Figure figure = told.get(k);
			Figure before = null;
			for (int j = k - 1; j >= 0 && before == null; j--) {
				Figure earlier = told.get(j);
				// not a figure whose words hold these ("the stomach and two others")
				if (earlier.sentenceIndex() < figure.sentenceIndex() || earlier.end() <= figure.start()) {
					before = earlier;
				}
			}
			boolean others = figure.party() != null && OTHERS_GROUP.matcher(figure.party()).matches()
					&& !figure.party().toLowerCase(Locale.ROOT).startsWith("the ");
			// "A bartender and two other employees were wounded": the conjunction holding
			// the others counts them with the person, one group (the headline's "two
			// others" above are the same people)
			others &= told.stream()
				.noneMatch((holder) -> holder != figure && holder.sentenceIndex() == figure.sentenceIndex()
						&& holder.start() <= figure.start() && holder.end() >= figure.end()
						&& holder.min().compareTo(figure.min()) > 0);
			// "others" contrast with the figure right before them, whatever its kind:
			// "one man was killed and two others were wounded" adds nothing
			if (others && kind.equals(figure.kind()) && before != null && kind.equals(before.kind())
					&& "exact".equals(figure.qualifier()) && before.sentenceIndex() >= figure.sentenceIndex() - 1) {
				BigDecimal sum = before.min().add(figure.min());
				if (best == null || sum.compareTo(best.min()) > 0) {
					best = new Figure("casualty", kind, sum, sum, null, "at_least", null, null, figure.sentenceIndex(),
							null, true, true, false, figure.start(), figure.end());
				}
			}
		}
		return best;
	}

	/**
	 * A headline on a line of its own above the body ("Man killed by deputies near
	 * Kingman", no full stop): the first sentence, without an end mark, with more after
	 * it. Its victims are the body's, told again.
	 */
	private static boolean headlineLine(List<CoreSentence> sentences, int sentenceIndex) {
		if (sentenceIndex != 0 || sentences.size() < 2 || sentences.get(0).tokens().isEmpty()) {
			return false;
		}
		List<CoreLabel> tokens = sentences.get(0).tokens();
		String last = tokens.get(tokens.size() - 1).word();
		return !Set.of(".", "!", "?", "''", "\"", "\u201d", "'", ":", ";").contains(last);
	}

	/**
	 * A headline that names two victims of the same kind by different bare nouns: "Father
	 * shot, son pistol-whipped in holdup |" is 2 wounded. Null unless there are two or
	 * more.
	 */
	private static Figure headlineVictims(List<Figure> figures, List<CoreSentence> sentences, String kind) {
		Set<String> nouns = new HashSet<>();
		Figure lastOne = null;
		for (Figure figure : figures) {
			if (!kind.equals(figure.kind()) || !figure.implicit() || figure.party() == null
					|| !BigDecimal.ONE.equals(figure.min())
					|| !ImplicitCounter.pastedHeadline(sentences.get(figure.sentenceIndex()))) {
				continue;
			}
			String noun = figure.party().toLowerCase(Locale.ROOT);
			if (lastOne != null && lastOne.sentenceIndex() != figure.sentenceIndex() || !Lexicon.HUMAN.contains(noun)) {
				return null;
			}
			nouns.add(noun);
			lastOne = figure;
		}
		if (nouns.size() < 2) {
			return null;
		}
		BigDecimal value = BigDecimal.valueOf(nouns.size());
		return new Figure("casualty", kind, value, value, null, "at_least", null, null, lastOne.sentenceIndex(), null,
				true, true, false, lastOne.start(), lastOne.end());
	}

	/**
	 * Victims right after a verb of killing ("killed his two daughters", "fatally shot
	 * his wife"): the attacker's victims, which leave out the attacker.
	 */
	private static boolean objectOfKilling(List<CoreLabel> tokens, Figure figure) {
		for (int k = tokens.size() - 1; k >= 0; k--) {
			if (tokens.get(k).beginPosition() != figure.start()) {
				continue;
			}
			int j = wordBeforeCount(tokens, k - 1);
			if (j < 0 || !tokens.get(j).tag().startsWith("VB")) {
				return false;
			}
			// "killed his two daughters", "fatally shot his wife", "shot his neighbor to
			// death"
			boolean shot = Lexicon.SHOT.equals(Lexicon.kindOf(tokens.get(j)));
			return Lexicon.KILLED.equals(Lexicon.kindOf(tokens.get(j)))
					|| shot && j > 0 && ADVERB_KEYWORDS.contains(Lexicon.lower(tokens.get(j - 1)))
					|| shot && toDeathAfter(tokens, figure);
		}
		return false;
	}

	/** "to death" right after the figure's words. */
	private static boolean toDeathAfter(List<CoreLabel> tokens, Figure figure) {
		for (int m = 0; m + 1 < tokens.size(); m++) {
			if (tokens.get(m).beginPosition() >= figure.end()) {
				return "to".equals(Lexicon.lower(tokens.get(m))) && "death".equals(Lexicon.lower(tokens.get(m + 1)));
			}
		}
		return false;
	}

	/**
	 * "his two children and then himself", "two children, then himself": the attacker
	 * listed after his victims.
	 */
	private static boolean andHimself(List<CoreLabel> tokens, Figure figure) {
		for (int k = 0; k < tokens.size(); k++) {
			if (tokens.get(k).beginPosition() < figure.end()) {
				continue;
			}
			for (int j = k; j < tokens.size() && j < k + 4; j++) {
				String joiner = Lexicon.lower(tokens.get(j));
				boolean comma = ",".equals(joiner);
				if (!"and".equals(joiner) && !comma) {
					continue;
				}
				int next = j + 1;
				if (next < tokens.size()
						&& Set.of("then", "later", "finally").contains(Lexicon.lower(tokens.get(next)))) {
					next++;
				}
				else if (comma) {
					// "killed two children, then himself"; not "killed two men, himself
					// a father of three"
					return false;
				}
				return next < tokens.size() && Lexicon.REFLEXIVE.contains(Lexicon.lower(tokens.get(next)));
			}
			return false;
		}
		return false;
	}

	/** "shot his wife", "wounded her brother": the figure is the object of an attack. */
	private static boolean objectOfAttack(List<CoreLabel> tokens, Figure figure) {
		for (int k = 1; k < tokens.size(); k++) {
			if (tokens.get(k).beginPosition() == figure.start()) {
				CoreLabel verb = tokens.get(k - 1);
				return verb.tag().matches("VBD|VBZ|VBG") && Set.of(Lexicon.KILLED, Lexicon.WOUNDED, Lexicon.SHOT)
					.contains(String.valueOf(Lexicon.kindOf(verb)));
			}
		}
		return false;
	}

	/**
	 * "A woman was shot ... Officers found a man dead ... The woman died at the
	 * hospital": a death told by "the" and the noun of one shot before the death counted
	 * last, whose own death was not told, is hers (not "A man was killed and a woman
	 * wounded. The man died at the scene").
	 */
	private static boolean laterDeathOfTheShot(Figure figure, List<Figure> figures, Figure last) {
		Matcher matcher = (figure.party() != null) ? THE_NOUN.matcher(figure.party().strip()) : null;
		if (matcher == null || !matcher.matches()) {
			return false;
		}
		String noun = matcher.group(1).toLowerCase(Locale.ROOT);
		boolean shot = false;
		for (Figure earlier : figures) {
			if (earlier == figure) {
				break;
			}
			String head = Lexicon.headNoun(earlier.party());
			if (!noun.equals(head)) {
				continue;
			}
			if (Lexicon.KILLED.equals(earlier.kind()) || earlier == last) {
				return false;
			}
			boolean beforeLast = earlier.sentenceIndex() < last.sentenceIndex()
					|| earlier.sentenceIndex() == last.sentenceIndex() && earlier.end() <= last.start();
			shot |= indefinite(earlier.party()) && earlier.implicit() && beforeLast
					&& Set.of(Lexicon.KILLED_OR_WOUNDED, Lexicon.SHOT, Lexicon.WOUNDED).contains(earlier.kind());
		}
		return shot;
	}

	/**
	 * Whether the victim's clause is joined to the numbered group's by "and" alone
	 * ("Three bystanders were wounded and a deputy was shot"; not after a dash, colon or
	 * semicolon that opens a breakdown: "Two teens were shot: a 15-year-old was hit").
	 */
	private static boolean joinedByAnd(List<CoreLabel> tokens, Figure numbered, Figure figure) {
		CoreLabel previous = null;
		for (CoreLabel token : tokens) {
			if (token.beginPosition() >= figure.start()) {
				break;
			}
			if (token.beginPosition() >= numbered.end()) {
				if (token.word().matches("[:;\u2013\u2014]|-+")) {
					return false;
				}
				previous = token;
			}
		}
		return previous != null && "and".equalsIgnoreCase(previous.word());
	}

	/**
	 * Whether another person newly hurt follows the victim in its sentence: "a man was
	 * shot in the leg and a woman was grazed" breaks down a group told before.
	 */
	private static boolean breakdownAfter(List<CoreLabel> tokens, Figure figure) {
		for (int k = 0; k + 1 < tokens.size(); k++) {
			if (tokens.get(k).beginPosition() < figure.end() || !"and".equalsIgnoreCase(tokens.get(k).word())
					|| !Set.of("a", "an").contains(Lexicon.lower(tokens.get(k + 1)))) {
				continue;
			}
			for (int j = k + 2; j < tokens.size() && j <= k + 5; j++) {
				if (hurtAfter(tokens, tokens.get(j).endPosition())) {
					return true;
				}
			}
		}
		return false;
	}

	/**
	 * Whether a later sentence refers back to the numbered group by its number as if it
	 * held everyone: "All four are expected to survive", "the other two have minor
	 * wounds" (of three) or "Both were" (of two); not "All three bystanders", the group
	 * alone by its own noun.
	 */
	private static boolean groupToldAgain(Figure numbered, List<CoreSentence> sentences) {
		String noun = Lexicon.headNoun(numbered.party());
		for (int s = numbered.sentenceIndex() + 1; s < sentences.size(); s++) {
			List<CoreLabel> tokens = sentences.get(s).tokens();
			for (int k = 0; k + 1 < tokens.size(); k++) {
				String word = Lexicon.lower(tokens.get(k));
				BigDecimal value = NumberWords.tokenValue(tokens.get(k + 1).word());
				String after = (k + 2 < tokens.size()) ? Lexicon.lower(tokens.get(k + 2)) : "";
				boolean ownNoun = after.equals(noun) && !Set.of("people", "victims", "persons").contains(noun);
				if (value != null && !ownNoun && ("all".equals(word) && value.compareTo(numbered.min()) == 0
						|| "other".equals(word) && value.add(BigDecimal.ONE).compareTo(numbered.min()) == 0)) {
					return true;
				}
				String next = Lexicon.lower(tokens.get(k + 1));
				if ("both".equals(word) && !next.equals(noun) && BigDecimal.valueOf(2).compareTo(numbered.min()) == 0) {
					return true;
				}
			}
		}
		return false;
	}

	/**
	 * Whether a headline above gives the numbered group's number and no victim beside it
	 * ("Three shot at cookout" above "Three people were shot, and a teen was shot in the
	 * head": he is one of them; not "Stray bullet hits girl as two men wounded").
	 */
	private static boolean headlineTellsGroupAlone(Figure numbered, List<Figure> figures,
			List<CoreSentence> sentences) {
		boolean same = false;
		for (Figure f : figures) {
			if (!numbered.kind().equals(f.kind()) || !headlineLine(sentences, f.sentenceIndex())) {
				continue;
			}
			if (f.implicit()) {
				return false;
			}
			same |= numbered.min().compareTo(f.min()) == 0;
		}
		return same;
	}

	/**
	 * Whether a verb of hurting follows the victim ending at {@code offset}, past
	 * auxiliaries and adverbs ("a deputy was shot", "a man also was hit"; not "a boy was
	 * in critical condition").
	 */
	private static boolean hurtAfter(List<CoreLabel> tokens, int offset) {
		for (int i = 0; i < tokens.size(); i++) {
			CoreLabel token = tokens.get(i);
			if (token.beginPosition() < offset) {
				continue;
			}
			String kind = Lexicon.kindOf(token);
			if (Lexicon.WOUNDED.equals(kind) || Lexicon.SHOT.equals(kind) || token.tag().startsWith("VBN")
					&& Set.of("hit", "strike", "graze").contains(Lexicon.lemma(token))) {
				// not "a woman was shot and killed"
				return !Lexicon.killedRightAfter(tokens, i);
			}
			if (!token.tag().matches("RB|VBD|VBZ|VBP")
					|| !Set.of("be", "also", "later").contains(Lexicon.lemma(token))) {
				return false;
			}
		}
		return false;
	}

	private static boolean indefinite(String party) {
		return party != null && party.toLowerCase(Locale.ROOT).matches("(a|an|another) \\S.*");
	}

	private static final Pattern OWN_DEATH_PHRASE = Pattern.compile("(?i)(his|her) own life|suicide");

	/**
	 * The attacker's own death: "killed himself", "the suspect was found dead from a
	 * self-inflicted gunshot wound".
	 */
	private static boolean selfInflicted(Figure figure, List<CoreLabel> tokens) {
		String party = (figure.party() != null) ? figure.party().toLowerCase().replaceFirst("^on ", "") : "";
		if (Lexicon.REFLEXIVE.contains(party) || OWN_DEATH_PHRASE.matcher(party).matches()) {
			// "killed himself", "before taking his own life", "then committed suicide",
			// "turned the gun on himself"
			return true;
		}
		if (party.matches("(?s).*\\b(suspect|gunman|shooter|attacker)\\b.*")) {
			return tokens.stream().anyMatch((token) -> SELF_INFLICTED.contains(Lexicon.lower(token)));
		}
		// "Her husband was found dead nearby with a self-inflicted gunshot wound": a
		// relative's own wound in his clause (not "killed by her husband, who then
		// died of a self-inflicted wound", hers)
		if (!RELATIVE.matcher(party).lookingAt()) {
			return false;
		}
		for (CoreLabel token : tokens) {
			String word = Lexicon.lower(token);
			if (token.beginPosition() < figure.end()) {
				continue;
			}
			if (Set.of("who", "whom", "before", "after", "then", ";").contains(word)) {
				return false;
			}
			if (SELF_INFLICTED.contains(word)) {
				return true;
			}
		}
		return false;
	}

	/**
	 * A victim marked only by "also" and described with the very words of an earlier
	 * victim of the same kind: "A woman shot and killed a man in her home. Deputies also
	 * found a man dead from a gunshot wound" tells of the same man again (a second man
	 * would be "another man"); "Officers also found a woman dead" is another victim.
	 */
	private static boolean restated(Figure figure, List<String> descriptions) {
		String party = figure.party();
		if (!indefinite(party) || party.toLowerCase(Locale.ROOT).startsWith("another ")) {
			return false;
		}
		return descriptions.contains(party.toLowerCase(Locale.ROOT));
	}

	/**
	 * "The officer also killed a neighbor", "another man died", "a second victim died".
	 */
	private static boolean markedAsAnother(List<CoreLabel> tokens, Figure figure) {
		for (CoreLabel token : tokens) {
			String word = Lexicon.lower(token);
			boolean inParty = token.beginPosition() >= figure.start() && token.endPosition() <= figure.end();
			if (inParty && ANOTHER_VICTIM.contains(word)
					|| "also".equals(word) && token.endPosition() <= figure.start()) {
				return true;
			}
		}
		return false;
	}

	private static boolean quotedBefore(List<CoreLabel> tokens, int offset) {
		return tokens.stream().anyMatch((token) -> token.endPosition() <= offset && isQuote(token));
	}

	/** Within a quotation: an odd number of quotation marks before the offset. */
	private static boolean insideQuote(List<CoreLabel> tokens, int offset) {
		return tokens.stream().filter((token) -> token.endPosition() <= offset && isQuote(token)).count() % 2 == 1;
	}

	/** The words of persons' names within [start, end), lower case. */
	private static Set<String> personWords(List<CoreLabel> tokens, int start, int end) {
		Set<String> words = new HashSet<>();
		for (CoreLabel token : tokens) {
			if (token.beginPosition() >= start && token.endPosition() <= end && "PERSON".equals(token.ner())) {
				words.add(Lexicon.lower(token));
			}
		}
		return words;
	}

	/**
	 * "Shot" means wounded unless the article reports deaths; drops likely repeats of a
	 * victim who died.
	 */
	static List<Figure> resolveShotAndRepeats(List<Figure> figures, List<CoreSentence> sentences) {
		// "people kill people" in a reader's comment is not a death in the story; the
		// attacker's own death says nothing of those he shot
		// nor is "She died at the scene" after "shot her husband and then shot herself":
		// her own death
		Set<Figure> attackersOwn = attackersDeathsTold(figures);
		boolean deaths = figures.stream()
			.anyMatch((f) -> Lexicon.KILLED.equals(f.kind()) && f.quantified() && !attackersDeath(f)
					&& !attackersOwn.contains(f));
		List<Figure> derived = new ArrayList<>();
		Set<Figure> outlived = new HashSet<>();
		for (Figure figure : figures) {
			Figure survivor = survivor(figure, figures, sentences);
			if (survivor != null) {
				derived.add(survivor);
				Figure lead = deadCountedBefore(figure, figures, sentences);
				if (lead != null) {
					// "One man was killed and four others were wounded ... One of them
					// later died": the dead of the lead and those of the hurt who died
					BigDecimal dead = lead.min().add(figure.min().subtract(survivor.min()));
					derived.add(new Figure("casualty", Lexicon.KILLED, dead, dead, null, lead.qualifier(), null, null,
							figure.sentenceIndex(), null, true, false, false, figure.start(), figure.end()));
				}
				else if (figure.min().subtract(survivor.min()).compareTo(BigDecimal.ONE) > 0
						&& largestKilled(figures).compareTo(figure.min().subtract(survivor.min())) < 0) {
					// "Three men were shot. A, 24, was pronounced dead, while B, 30, died
					// at a hospital": the dead of them, told one by one
					BigDecimal dead = figure.min().subtract(survivor.min());
					derived.add(new Figure("casualty", Lexicon.KILLED, dead, dead, null, "exact", null, null,
							figure.sentenceIndex(), null, true, false, false, figure.start(), figure.end()));
				}
				if (Lexicon.WOUNDED.equals(figure.kind())) {
					outlived.add(figure);
				}
			}
		}
		List<Figure> kept = new ArrayList<>();
		int[] newIndex = new int[figures.size()];
		for (int i = 0; i < figures.size(); i++) {
			Figure figure = figures.get(i);
			newIndex[i] = -1;
			boolean livedAfterShot = false;
			if (Lexicon.SHOT.equals(figure.kind())) {
				boolean died = shotHimselfAndDiedAfter(figure, figures);
				livedAfterShot = !died && deaths && livedAfterShot(figure, sentences);
				boolean lived = shotHimselfAndLived(figure, sentences) || livedAfterShot
						|| !died && (!deaths || besideAnotherDeath(figure, figures, sentences)
								|| groupBeforeNewDeath(figure, figures, sentences));
				figure = figure.withKind(lived ? Lexicon.WOUNDED : died ? Lexicon.KILLED : Lexicon.KILLED_OR_WOUNDED);
			}
			if (outlived.contains(figures.get(i))) {
				// "Two people were wounded. ... The 19-year-old victim died."
				figure = figure.withKind(Lexicon.KILLED_OR_WOUNDED);
			}
			boolean repeat = deaths && !livedAfterShot && figure.implicit() && Lexicon.WOUNDED.equals(figure.kind())
					&& !shotHimselfAndLived(figure, sentences)
					&& (figure.anaphoric() || figure.weak() || namedAsKilled(figure, figures, sentences))
					&& (!otherVictim(figure.party()) || diedWhereTaken(figure, sentences))
					&& !otherOrdinalThanTheDead(figure, figures) && !survives(figure, figures, sentences)
					&& !pronounForAnother(figure, figures, sentences) && !beforeAnotherDeath(figure, figures, sentences)
					&& !relativeOfTheDead(figure, figures) && !attackerBesideTheDead(figure, figures)
					&& !attackerWhereOnlyOfficersDied(figure, figures);
			if (!repeat) {
				newIndex[i] = kept.size();
				kept.add(figure);
			}
		}
		List<Figure> result = new ArrayList<>(kept.size());
		for (Figure figure : kept) {
			Integer parent = figure.parentIndex();
			result.add((parent == null) ? figure
					: figure.withParentIndex((newIndex[parent] >= 0) ? newIndex[parent] : null));
		}
		result.addAll(derived);
		return result;
	}

	private static final Pattern LIVES = Pattern.compile("(?i)expected to (survive|recover|live|be ok)"
			+ "|non-life[- ]threatening|(stable|good|fair|critical|serious) condition|treated and released"
			+ "|\\b(is|are|was|were) recovering|minor injur"
			// "has been released" (from the hospital, not on bond or from jail)
			+ "|(?<!\\b(?:name|names|identity|video|footage|image|images|photo|photos|statement|report|details) )"
			+ "\\b(has|have) been released(?! (on|from ((police|county|federal|state) )?(jail|custody|prison)))"
			+ "|released from (the |a )?hospital"
			// "was treated at the hospital and released the next day"
			+ "|treated (at|in) (the |a )?([\\w.'-]+ ){0,3}hospital and released");

	/** "has been released, but he died Tuesday": a death told after the survival. */
	private static final Pattern DIED_AFTER = Pattern
		.compile("(?i)^\\W*((but|and|later|then|he|she)\\W+)*(died|passed away|succumbed)\\b");

	private static final Set<String> SHE_WORDS = Set.of("she", "her", "woman", "girl", "wife", "mother", "daughter",
			"sister", "girlfriend", "grandmother", "aunt");

	private static final Set<String> HE_WORDS = Set.of("he", "him", "man", "boy", "husband", "father", "son", "brother",
			"boyfriend", "grandfather", "uncle");

	/**
	 * "shot her in the shoulder before officers killed him. She is expected to survive",
	 * "One officer was hit in the leg and is recovering": one person shot, whose survival
	 * is told right after, in the same clause or by a pronoun opening the next sentence,
	 * is wounded whatever other death the text tells.
	 */
	private static boolean livedAfterShot(Figure shot, List<CoreSentence> sentences) {
		if (!BigDecimal.ONE.equals(shot.min()) || shot.party() == null || isReflexive(shot.party())) {
			return false;
		}
		List<CoreLabel> tokens = sentences.get(shot.sentenceIndex()).tokens();
		int end = shot.end();
		// a count's figure ends at the number: its noun comes before the verb
		boolean verb = false;
		for (CoreLabel token : tokens) {
			if (token.beginPosition() < shot.end()) {
				continue;
			}
			String lower = Lexicon.lower(token);
			if (Set.of(";", "he", "she", "they").contains(lower) || Lexicon.KILLED.equals(Lexicon.kindOf(token)) || verb
					&& token.tag().startsWith("NN") && (Lexicon.isHuman(token) || "PERSON".equals(token.ner()))) {
				break;
			}
			verb |= token.tag().startsWith("VB");
			end = token.endPosition();
		}
		int sentenceStart = tokens.isEmpty() ? 0 : tokens.get(0).beginPosition();
		String text = sentences.get(shot.sentenceIndex()).text();
		int from = Math.max(0, shot.end() - sentenceStart);
		int to = Math.min(text.length(), Math.max(from, end - sentenceStart));
		if (LIVES.matcher(text.substring(from, to)).find() && !DIED_AFTER.matcher(text.substring(to)).find()) {
			return true;
		}
		if (shot.sentenceIndex() + 1 >= sentences.size()) {
			return false;
		}
		CoreSentence next = sentences.get(shot.sentenceIndex() + 1);
		if (next.tokens().isEmpty()) {
			return false;
		}
		String pronoun = Lexicon.lower(next.tokens().get(0));
		String[] words = shot.party().toLowerCase(Locale.ROOT).split("\\s+");
		String head = words[words.length - 1];
		boolean agrees = "she".equals(pronoun) && !HE_WORDS.contains(head)
				|| "he".equals(pronoun) && !SHE_WORDS.contains(head);
		return agrees && LIVES.matcher(next.text()).find() && ImplicitCounter.livedAfter(next.tokens());
	}

	/**
	 * "A man was stabbed to death and his roommate was shot in the hand": one person shot
	 * after another's death told in the same sentence, or before another newly told
	 * person's, is not that death told again.
	 */
	private static boolean besideAnotherDeath(Figure shot, List<Figure> figures, List<CoreSentence> sentences) {
		if (!shot.implicit() || !BigDecimal.ONE.equals(shot.min()) || shot.party() == null
				|| shot.anaphoric() && !RELATIVE.matcher(shot.party()).matches() || isHeOrShe(shot.party())
				|| isReflexive(shot.party())) {
			return false;
		}
		return figures.stream()
			.anyMatch((f) -> Lexicon.KILLED.equals(f.kind()) && f.sentenceIndex() == shot.sentenceIndex()
					&& f.end() <= shot.start() && f.party() != null && !attackersDeath(f)
					&& !f.party().equalsIgnoreCase(shot.party()))
				|| beforeAnotherDeath(shot, figures, sentences);
	}

	/**
	 * "A deputy was struck in the vest and a man was killed": one newly told person shot
	 * before the death of another newly told in the same sentence (not "and the victim
	 * died").
	 */
	private static boolean beforeAnotherDeath(Figure shot, List<Figure> figures, List<CoreSentence> sentences) {
		if (!shot.implicit() || !BigDecimal.ONE.equals(shot.min()) || !indefinite(shot.party())) {
			return false;
		}
		List<CoreLabel> tokens = sentences.get(shot.sentenceIndex()).tokens();
		// each the subject of its own clause: not "a man shot and killed an intruder"
		return verbAfter(tokens, shot) && !diedToo(shot, sentences) && newPersonDiesAfter(shot, figures, tokens);
	}

	/**
	 * Whether a newly told person ("a man", "a teenager") dies after {@code shot} in its
	 * sentence, as the subject of a clause of his own and not "also" or "found" dead.
	 */
	private static boolean newPersonDiesAfter(Figure shot, List<Figure> figures, List<CoreLabel> tokens) {
		return figures.stream()
			.anyMatch((f) -> Lexicon.KILLED.equals(f.kind()) && f.sentenceIndex() == shot.sentenceIndex()
					&& f.start() >= shot.end() && f.implicit() && BigDecimal.ONE.equals(f.min())
					&& indefinite(f.party()) && !attackersDeath(f) && !f.party().equalsIgnoreCase(shot.party())
					&& verbAfter(tokens, f) && !alsoOrFoundAfter(tokens, f));
	}

	/**
	 * "Two men were shot and a teenager was shot and killed": a numbered group shot
	 * before the death of another, newly told person in its sentence, each the subject of
	 * its own clause (not "Two men were shot and one was killed").
	 */
	private static boolean groupBeforeNewDeath(Figure shot, List<Figure> figures, List<CoreSentence> sentences) {
		if (!shot.quantified() || shot.min().compareTo(BigDecimal.ONE) <= 0) {
			return false;
		}
		List<CoreLabel> tokens = sentences.get(shot.sentenceIndex()).tokens();
		boolean subject = tokens.stream()
			.filter((token) -> token.beginPosition() >= shot.end() && !token.tag().matches("NNS?|JJ|CD"))
			.findFirst()
			.map((token) -> token.tag().startsWith("VB"))
			.orElse(false);
		return subject && newPersonDiesAfter(shot, figures, tokens);
	}

	private static final Pattern MURDER_SUICIDE = Pattern.compile("(?i)\\bmurder[- ]suicide");

	private static final Pattern BOTH_DIED = Pattern.compile("(?i)^both\\b.*\\b(died|dead|killed|succumbed)\\b");

	/**
	 * "A man was shot and a teen was killed ... Both died at the scene", "The man died at
	 * the hospital Sunday", "Police said the man also died", in what police called a
	 * murder-suicide: the one shot first died too.
	 */
	private static boolean diedToo(Figure shot, List<CoreSentence> sentences) {
		String head = Lexicon.headNoun(shot.party());
		Pattern theOneDied = Pattern.compile("(?i)\\bthe " + Pattern.quote(head)
				+ "( also| later)? (died|was pronounced dead|succumbed|was declared dead)\\b");
		for (int i = shot.sentenceIndex(); i < sentences.size(); i++) {
			String text = sentences.get(i).text();
			if (MURDER_SUICIDE.matcher(text).find() || i > shot.sentenceIndex()
					&& (BOTH_DIED.matcher(text.strip()).find() || theOneDied.matcher(text).find())) {
				return true;
			}
		}
		return false;
	}

	/**
	 * "a woman was also killed", "a man was found dead": the death told beside another.
	 */
	private static boolean alsoOrFoundAfter(List<CoreLabel> tokens, Figure figure) {
		int seen = 0;
		for (CoreLabel token : tokens) {
			if (token.beginPosition() >= figure.end() && seen++ < 4) {
				String word = token.word().toLowerCase(Locale.ROOT);
				if ("also".equals(word) || "found".equals(word) || "too".equals(word)) {
					return true;
				}
			}
		}
		return false;
	}

	/** Whether the word right after the figure's words is a verb or an auxiliary. */
	private static boolean verbAfter(List<CoreLabel> tokens, Figure figure) {
		for (CoreLabel token : tokens) {
			if (token.beginPosition() >= figure.end()) {
				return token.tag().startsWith("VB") || "MD".equals(token.tag());
			}
		}
		return false;
	}

	/**
	 * "... shot his neighbor to death and then shot himself. He died at a hospital": the
	 * attacker who shot another in the same sentence and then himself, of whom the next
	 * sentence, opening with "he" or "she", tells a death. Without another victim there
	 * ("The girl shot herself ... She was pronounced dead") the death told next is the
	 * same one.
	 */
	private static boolean shotHimselfAndDiedAfter(Figure figure, List<Figure> figures) {
		return diedAfterShootingHimself(figure, figures) != null;
	}

	/**
	 * The deaths told of an attacker right after he shot another and then himself
	 * ({@link #shotHimselfAndDiedAfter}): his own, not one of those he shot.
	 */
	private static Set<Figure> attackersDeathsTold(List<Figure> figures) {
		Set<Figure> result = new HashSet<>();
		for (Figure figure : figures) {
			if (Lexicon.SHOT.equals(figure.kind()) || Lexicon.KILLED.equals(figure.kind())) {
				Figure death = diedAfterShootingHimself(figure, figures);
				if (death != null) {
					result.add(death);
				}
			}
		}
		return result;
	}

	/**
	 * The "He died ..." of {@link #shotHimselfAndDiedAfter}, or null; the pronoun agrees
	 * with the reflexive ("shot his wife and then shot himself. She died" tells the
	 * wife's death); the attacker's noun needs no agreement ("... later shot himself. The
	 * gunman was found dead").
	 */
	private static Figure diedAfterShootingHimself(Figure figure, List<Figure> figures) {
		// "turned the gun on herself"
		String self = (figure.party() != null) ? figure.party().toLowerCase(Locale.ROOT).replaceFirst("^on ", "")
				: null;
		if (!isReflexive(self)) {
			return null;
		}
		String pronoun = self.startsWith("her") ? "she" : "he";
		boolean shotAnotherFirst = figures.stream()
			.anyMatch((f) -> f.sentenceIndex() == figure.sentenceIndex() && f.end() <= figure.start()
					&& f.party() != null && !isReflexive(f.party())
					&& (Lexicon.KILLED.equals(f.kind()) || Lexicon.WOUNDED.equals(f.kind())
							|| Lexicon.KILLED_OR_WOUNDED.equals(f.kind()) || Lexicon.SHOT.equals(f.kind())));
		if (!shotAnotherFirst) {
			return null;
		}
		// "The husband was flown to a hospital. She died at the scene.": one sentence
		// between that tells no death and of no "he" or "she"
		int next = figure.sentenceIndex() + 1;
		boolean skippable = figures.stream()
			.noneMatch((f) -> f.sentenceIndex() == next && (Lexicon.KILLED.equals(f.kind()) || isHeOrShe(f.party())));
		return figures.stream()
			.filter((f) -> Lexicon.KILLED.equals(f.kind())
					&& (f.sentenceIndex() == next || skippable && f.sentenceIndex() == next + 1) && f.implicit()
					&& (pronoun.equalsIgnoreCase(f.party()) || attacker(f.party()) && !isReflexive(f.party()))
					&& BigDecimal.ONE.equals(f.min()))
			.findFirst()
			.orElse(null);
	}

	/**
	 * "... then shot himself. He was in critical condition": the attacker who shot
	 * himself and lived, told in the rest of that sentence or a next one about him
	 * ({@link ImplicitCounter#livedAfter}, as for "turned the gun on himself").
	 */
	private static boolean shotHimselfAndLived(Figure figure, List<CoreSentence> sentences) {
		if (!isReflexive(figure.party())) {
			return false;
		}
		List<CoreLabel> rest = sentences.get(figure.sentenceIndex())
			.tokens()
			.stream()
			.filter((t) -> t.beginPosition() >= figure.end())
			.toList();
		if (ImplicitCounter.livedAfter(rest)) {
			return true;
		}
		if (figure.sentenceIndex() + 1 >= sentences.size()) {
			return false;
		}
		List<CoreLabel> next = sentences.get(figure.sentenceIndex() + 1).tokens();
		return !next.isEmpty() && Set.of("he", "she").contains(Lexicon.lower(next.get(0)))
				&& ImplicitCounter.livedAfter(next);
	}

	/**
	 * "A bystander was killed and the gunman was wounded by police": the attacker beside
	 * a dead person newly told in the same sentence is another person.
	 */
	private static boolean attackerBesideTheDead(Figure wounded, List<Figure> figures) {
		if (!attacker(wounded.party()) || isReflexive(wounded.party())) {
			return false;
		}
		return figures.stream()
			.anyMatch((f) -> Lexicon.KILLED.equals(f.kind()) && f.sentenceIndex() == wounded.sentenceIndex()
					&& f.end() <= wounded.start() && indefinite(f.party()) && !attacker(f.party()));
	}

	private static final Pattern OFFICER = Pattern
		.compile("(?i).*\\b(officers?|deputy|deputies|troopers?|policem[ae]n|patrolm[ae]n|sergeants?|detectives?"
				+ "|marshals?|agents?|cops?)\\b.*");

	/**
	 * "A police officer died in the line of duty ... His partner returned fire and
	 * wounded the suspect": where only officers died, the wounded suspect is none of
	 * them.
	 */
	private static boolean attackerWhereOnlyOfficersDied(Figure wounded, List<Figure> figures) {
		if (!attacker(wounded.party()) || isReflexive(wounded.party())) {
			return false;
		}
		List<Figure> deaths = figures.stream()
			.filter((f) -> Lexicon.KILLED.equals(f.kind()) && f.quantified())
			.toList();
		return !deaths.isEmpty() && deaths.stream()
			.allMatch((f) -> f.party() != null && OFFICER.matcher(f.party()).matches() && !attacker(f.party()));
	}

	/**
	 * A wounded victim named as one of the dead: "Jakell Reed was shot and killed. ...
	 * Reed received gunshot wounds to the chest" tells of his wounds, not of another
	 * victim. Every name word of the wounded must be in the dead person's name.
	 */
	private static boolean namedAsKilled(Figure wounded, List<Figure> figures, List<CoreSentence> sentences) {
		Set<String> named = personWords(sentences.get(wounded.sentenceIndex()).tokens(), wounded.start(),
				wounded.end());
		if (named.isEmpty()) {
			return false;
		}
		for (Figure figure : figures) {
			if (Lexicon.KILLED.equals(figure.kind()) && figure.quantified()
					&& BigDecimal.ONE.compareTo(figure.min()) == 0
					&& personWords(sentences.get(figure.sentenceIndex()).tokens(), figure.start(), figure.end())
						.containsAll(named)) {
				return true;
			}
		}
		return false;
	}

	private static final Pattern THE_NOUN = Pattern.compile("(?i)the ([a-z]+)");

	/**
	 * "A man and two women were shot. The man died": the dead person is told as the one
	 * of his kind the group names.
	 */
	private static boolean singleOfTheGroup(Figure death, Figure group) {
		if (death.party() == null || group.party() == null) {
			return false;
		}
		Matcher the = THE_NOUN.matcher(death.party().strip());
		if (!the.matches()) {
			return false;
		}
		String noun = the.group(1).toLowerCase(Locale.ROOT);
		return Pattern.compile("\\b(a|an|one) ([a-z-]+ )?" + Pattern.quote(noun) + "\\b")
			.matcher(group.party().toLowerCase(Locale.ROOT))
			.find();
	}

	/**
	 * "José Ortiz and his nephew were shot. Ortiz died": the dead person's name is among
	 * the names of the group.
	 */
	private static boolean namedAmong(Figure death, Figure group, List<CoreSentence> sentences) {
		if (singleOfTheGroup(death, group)) {
			return true;
		}
		Set<String> named = personWords(sentences.get(death.sentenceIndex()).tokens(), death.start(), death.end());
		// the names up to the verb: "Ana Ruiz and her son, Diego Ruiz, were shot"
		List<CoreLabel> tokens = sentences.get(group.sentenceIndex()).tokens();
		int end = group.end();
		for (CoreLabel token : tokens) {
			if (token.beginPosition() >= group.end() && token.tag().startsWith("VB")) {
				break;
			}
			end = Math.max(end, token.endPosition());
		}
		return !named.isEmpty() && personWords(tokens, group.start(), end).containsAll(named);
	}

	private static final Pattern RELATIVE = Pattern
		.compile("(?i)(his|her|their) (?:\\S+ )?(?:step-?)?" + RELATIVE_NOUNS);

	/**
	 * "A man was shot and killed on Sunday. His brother suffered gunshot wounds": the
	 * relative of someone is another person, not the dead man told of again, unless one
	 * of the dead is named so ("killed his wife ... his wife was taken to a hospital") or
	 * a death is told in that sentence.
	 */
	private static boolean relativeOfTheDead(Figure wounded, List<Figure> figures) {
		Matcher relative = (wounded.party() != null) ? RELATIVE.matcher(wounded.party()) : null;
		if (relative == null || !relative.matches()) {
			return false;
		}
		String noun = relative.group(2).toLowerCase(Locale.ROOT);
		// "his wife was taken to a hospital, where she died": the relative is the dead
		return figures.stream()
			.filter((f) -> Lexicon.KILLED.equals(f.kind()))
			.noneMatch((f) -> f.party() != null && (f.party().toLowerCase(Locale.ROOT).contains(noun)
					|| f.sentenceIndex() == wounded.sentenceIndex()
							&& Set.of("he", "she").contains(f.party().toLowerCase(Locale.ROOT))));
	}

	private static final Pattern SURVIVAL = Pattern
		.compile("(?i)expected to (survive|recover|be ok)|non-life[- ]threatening|(stable|good|fair) condition"
				+ "|treated and released|minor injur");

	/**
	 * "The 19-year-old was treated for his injuries and is expected to survive": not the
	 * victim who died (unless a death is told in that sentence too).
	 */
	private static boolean survives(Figure figure, List<Figure> figures, List<CoreSentence> sentences) {
		int index = figure.sentenceIndex();
		CoreSentence sentence = sentences.get(index);
		Matcher survival = SURVIVAL.matcher(sentence.text());
		if (!survival.find()) {
			return false;
		}
		if (figures.stream().noneMatch((f) -> f.sentenceIndex() == index && Lexicon.KILLED.equals(f.kind()))) {
			return true;
		}
		// "The woman died at the hospital; the man is in stable condition", "A girl is in
		// stable condition and her stepfather is dead": the survival told right after
		// this victim, with no one else's death between, is his
		if (figure.party() == null || sentence.tokens().isEmpty()) {
			return false;
		}
		int at = sentence.tokens().get(0).beginPosition() + survival.start();
		return at >= figure.end() && figures.stream()
			.noneMatch((f) -> f.sentenceIndex() == index && Lexicon.KILLED.equals(f.kind())
					&& (f.start() < at && f.end() > figure.start() || f.party() == null
							|| f.party().equalsIgnoreCase(figure.party())));
	}

	/**
	 * "Another man was inside the van. He was wounded in the leg": a pronoun right after
	 * a sentence that brings in a new other person ("another", "one other", "a second"),
	 * of whom no death is told.
	 */
	private static boolean pronounForAnother(Figure figure, List<Figure> figures, List<CoreSentence> sentences) {
		if (!isHeOrShe(figure.party())) {
			return false;
		}
		int previous = figure.sentenceIndex() - 1;
		// "He had jumped to the back seat." in between tells of the same man
		while (previous > 0 && figure.sentenceIndex() - previous < 3 && !sentences.get(previous).tokens().isEmpty()
				&& figure.party().equalsIgnoreCase(sentences.get(previous).tokens().get(0).word())) {
			previous--;
		}
		int introduced = previous;
		if (previous < 0 || figures.stream()
			.anyMatch((f) -> f.sentenceIndex() >= introduced && f.sentenceIndex() < figure.sentenceIndex()
					&& Lexicon.KILLED.equals(f.kind()))) {
			return false;
		}
		List<CoreLabel> tokens = sentences.get(previous).tokens();
		for (int k = 0; k + 1 < tokens.size(); k++) {
			String word = Lexicon.lower(tokens.get(k));
			boolean newPerson = "another".equals(word) || ANOTHER_VICTIM.contains(word) && k > 0
					&& Set.of("a", "an", "one").contains(Lexicon.lower(tokens.get(k - 1)));
			if (!newPerson) {
				// "the other man" may be one told of before
				continue;
			}
			for (int j = k + 1; j < tokens.size() && j <= k + 3; j++) {
				if (Lexicon.isHuman(tokens.get(j))) {
					return true;
				}
			}
		}
		return false;
	}

	/**
	 * "The second victim has died. ... The first victim was wounded": an ordinal other
	 * than every ordinal the dead were told by.
	 */
	private static boolean otherOrdinalThanTheDead(Figure figure, List<Figure> figures) {
		String own = ordinalOf(figure.party());
		if (own == null) {
			return false;
		}
		boolean other = false;
		for (Figure dead : figures) {
			if (Lexicon.KILLED.equals(dead.kind()) && dead.quantified()) {
				String ordinal = ordinalOf(dead.party());
				if (own.equals(ordinal)) {
					return false;
				}
				other |= ordinal != null;
			}
		}
		return other;
	}

	/**
	 * "A second man was taken to UAB Hospital, where he died": he is the one who died.
	 */
	private static boolean diedWhereTaken(Figure figure, List<CoreSentence> sentences) {
		List<CoreLabel> tokens = sentences.get(figure.sentenceIndex()).tokens();
		int from = 0;
		while (from < tokens.size() && tokens.get(from).beginPosition() < figure.end()) {
			from++;
		}
		return ImplicitCounter.diedThere(tokens, from);
	}

	/**
	 * "the other man", "another victim", "a second woman", "a third man": not the victim
	 * who died.
	 */
	private static boolean otherVictim(String party) {
		return party != null
				&& party.toLowerCase().matches("(?s).*\\b(other|another|second|third|fourth|fifth|surviving)\\b.*");
	}

	/**
	 * "Three people were shot, one fatally" / "two shot, one died": the shot who did not
	 * die are wounded, unless a wounded figure is given in that sentence. Also "Two
	 * people were wounded. ... The 19-year-old victim died" (a later death of one of
	 * them); null if no one of the figure's victims is reported dead.
	 */
	private static Figure survivor(Figure hurt, List<Figure> figures, List<CoreSentence> sentences) {
		boolean shot = Lexicon.SHOT.equals(hurt.kind());
		if (!shot && !Lexicon.WOUNDED.equals(hurt.kind()) || !hurt.quantified()
				|| hurt.implicit() && !(shot && hurt.min().compareTo(BigDecimal.ONE) > 0)
				|| !Set.of("exact", "at_least").contains(hurt.qualifier()) || hurt.parentIndex() != null
				|| !shot && ImplicitCounter.pastedHeadline(sentences.get(hurt.sentenceIndex()))) {
			return null;
		}
		BigDecimal dead = null;
		Figure firstDeath = null;
		boolean wounded = false;
		boolean doerDied = false;
		// "Two people were killed and three others were injured ... she later died": the
		// dead were counted before the hurt in their sentence, so a death told later is
		// one of them unless told of the hurt ("one of the injured died")
		boolean deadCountedBefore = deadCountedBefore(hurt, figures, sentences) != null;
		for (Figure other : figures) {
			int distance = other.sentenceIndex() - hurt.sentenceIndex();
			// "the 19-year-old victim died" may come a few sentences further on
			int reach = (other.implicit() && other.anaphoric()) ? 6 : 3;
			if (distance < 0 || distance > reach || !other.quantified() || other == hurt) {
				continue;
			}
			// the attacker's own death ("shot two people and then took his own life")
			// is none of the shot
			// nor is "he" in the sentence that told them ("killed four and wounded six
			// others before he was shot dead")
			boolean death = Lexicon.KILLED.equals(other.kind()) && "exact".equals(other.qualifier())
					&& !attackersDeath(other) && !(distance == 0 && isHeOrShe(other.party()));
			// "found with gunshot wounds; two of them died" in one sentence, the death
			// after them
			boolean ofThem = death && (distance > 0 || other.start() > hurt.end())
					&& ((!hurt.implicit() || groupNamesNoun(hurt, other)) && oneOfThem(other, sentences)
							|| namedAmong(other, hurt, sentences));
			if (ofThem && groupBetween(hurt, other, figures)) {
				// "left one dead and three others wounded. ... four people got shot. One
				// of them didn't make it": one of the group told last
				continue;
			}
			if (deadCountedBefore && !(ofThem && oneOfTheGroupSaid(other, sentences))) {
				continue;
			}
			if (hurt.implicit() && !ofThem) {
				// listed people ("Ana Ruiz and her son were shot"): only a death told of
				// one of them by name
				continue;
			}
			if (death && distance > 0 && doersDeath(hurt, other, sentences)) {
				// "A driver plowed into a crowd, injuring three. The driver was then shot
				// and killed": the one who hurt them
				doerDied = true;
				continue;
			}
			if (death && otherSex(hurt, other)) {
				// "A man and two women were shot. The man died": none of the women
				continue;
			}
			if (death && dead == null && (shot && distance <= 1 || ofThem)) {
				dead = other.min();
				firstDeath = other;
			}
			else if (death && firstDeath != null && (shot && distance <= 1 || ofThem)
					&& anotherNamedDeath(firstDeath, other, sentences)) {
				// "Andre Jackson, 24, died on the sidewalk, while Corey Davis, 30, died
				// later at a hospital": two of them died, each named
				dead = dead.add(other.min());
			}
			else if (death && firstDeath != null && shot && other.sentenceIndex() > firstDeath.sentenceIndex()
					&& isHeOrShe(other.party()) && opensWithNextOne(sentences.get(other.sentenceIndex()).tokens())) {
				// "Three men were shot. One man died at the scene. A second man was taken
				// to a hospital, where he died": another of them died
				dead = dead.add(BigDecimal.ONE);
			}
			else if (death && firstDeath != null && shot && other.sentenceIndex() > firstDeath.sentenceIndex()
					&& deathOfTheOtherSex(firstDeath, other, sentences)) {
				// "Four people were shot. A man died. The woman died Sunday": a second
				// of them died, not the man told again
				dead = dead.add(BigDecimal.ONE);
			}
			wounded |= shot && Lexicon.WOUNDED.equals(other.kind()) && !other.implicit() && distance == 0;
		}
		if (dead == null && doerDied && shot && !wounded) {
			// "A man shot two people. He died at the scene": only the doer died, those
			// he shot are wounded
			return new Figure("casualty", Lexicon.WOUNDED, hurt.min(), hurt.max(), null, hurt.qualifier(), hurt.party(),
					null, hurt.sentenceIndex(), null, true, false, false, hurt.start(), hurt.end());
		}
		if (dead != null && !deadCountedBefore) {
			// "A second person has died ... Three men were shot. One died at the scene":
			// the n-th death tells how many of them have died by now
			BigDecimal toll = deathToll(figures);
			if (toll != null && toll.compareTo(dead) > 0 && toll.compareTo(hurt.min()) < 0) {
				dead = toll;
			}
		}
		if (dead == null || wounded || dead.compareTo(hurt.min()) >= 0) {
			return null;
		}
		BigDecimal rest = hurt.min().subtract(dead);
		// "at least six people were shot, one fatally": at least five wounded
		return new Figure("casualty", Lexicon.WOUNDED, rest, rest, null, hurt.qualifier(), hurt.party(), null,
				hurt.sentenceIndex(), null, true, false, false, hurt.start(), hurt.end());
	}

	/** "A second man ...", "Another victim ...": the sentence tells of the next one. */
	private static boolean opensWithNextOne(List<CoreLabel> tokens) {
		int k = (!tokens.isEmpty() && Set.of("a", "the").contains(Lexicon.lower(tokens.get(0)))) ? 1 : 0;
		return k + 1 < tokens.size()
				&& Set.of("second", "third", "fourth", "another").contains(Lexicon.lower(tokens.get(k)))
				&& Lexicon.isHuman(tokens.get(k + 1));
	}

	/**
	 * Two deaths of one person each, one of a man, the other of a woman, the second told
	 * as a death of wounds ("The woman died Sunday"): not one of another cause ("died ...
	 * of a heart attack", "collapsed and died"), a killing ("was killed by a hit-and-run
	 * driver", "Police shot and killed a woman"), one "found dead", nor that of someone
	 * arrested ("A woman was arrested. She died Sunday in jail").
	 */
	private static boolean deathOfTheOtherSex(Figure first, Figure other, List<CoreSentence> sentences) {
		if (!BigDecimal.ONE.equals(first.min()) || !BigDecimal.ONE.equals(other.min()) || !otherSex(first, other)) {
			return false;
		}
		List<CoreLabel> tokens = sentences.get(other.sentenceIndex()).tokens();
		int died = -1;
		for (int k = 0; k < tokens.size() && died < 0; k++) {
			if (tokens.get(k).beginPosition() >= other.end() && Lexicon.KILLED.equals(Lexicon.kindOf(tokens.get(k)))) {
				died = k;
			}
		}
		if (died < 0 || !Set.of("die", "succumb").contains(Lexicon.lemma(tokens.get(died)))
				|| died >= 2 && "and".equals(Lexicon.lower(tokens.get(died - 1)))
						&& tokens.get(died - 2).tag().startsWith("VB")
						&& Lexicon.kindOf(tokens.get(died - 2)) == null) {
			return false;
		}
		boolean cause = false;
		boolean ofWounds = false;
		for (int k = died + 1; k < tokens.size(); k++) {
			String word = Lexicon.lower(tokens.get(k));
			cause |= Set.of("of", "from").contains(word);
			ofWounds |= Set.of("wound", "wounds", "injury", "injuries", "gunshot", "gunfire", "bullet").contains(word);
		}
		if (cause && !ofWounds) {
			return false;
		}
		return !heldDeath(other, sentences);
	}

	/**
	 * A death in jail or custody, or of "he" or "she" told arrested just before ("A woman
	 * was arrested. She died Sunday in jail"): none of the shot.
	 */
	private static boolean heldDeath(Figure death, List<CoreSentence> sentences) {
		Set<String> held = Set.of("custody", "jail");
		if (sentences.get(death.sentenceIndex())
			.tokens()
			.stream()
			.anyMatch((token) -> held.contains(Lexicon.lower(token)))) {
			return true;
		}
		return isHeOrShe(death.party()) && death.sentenceIndex() > 0
				&& sentences.get(death.sentenceIndex() - 1)
					.tokens()
					.stream()
					.anyMatch((token) -> held.contains(Lexicon.lower(token))
							|| Set.of("arrested", "detained", "booked").contains(Lexicon.lower(token)));
	}

	private static BigDecimal largestKilled(List<Figure> figures) {
		BigDecimal largest = BigDecimal.ZERO;
		for (Figure figure : figures) {
			if (Lexicon.KILLED.equals(figure.kind()) && figure.quantified() && !figure.periodTotal()
					&& figure.min().compareTo(largest) > 0) {
				largest = figure.min();
			}
		}
		return largest;
	}

	/**
	 * A second person's death told by name in the sentence of the first's, each one
	 * person, the names apart ("A, 24, was pronounced dead, while B, 30, died at a
	 * hospital"); not the same person told again ("A died. A, 24, was a student").
	 */
	private static boolean anotherNamedDeath(Figure first, Figure other, List<CoreSentence> sentences) {
		if (other.sentenceIndex() != first.sentenceIndex() || other.min().compareTo(BigDecimal.ONE) != 0
				|| first.min().compareTo(BigDecimal.ONE) != 0) {
			return false;
		}
		List<CoreLabel> tokens = sentences.get(first.sentenceIndex()).tokens();
		Set<String> firstNames = personWords(tokens, first.start(), first.end());
		Set<String> otherNames = personWords(tokens, other.start(), other.end());
		int told = 0;
		for (CoreLabel token : tokens) {
			if (token.beginPosition() >= other.start() && told++ < 12
					&& (Set.of("whose", "who").contains(Lexicon.lower(token))
							|| token.word().matches("(19|20)\\d\\d"))) {
				// "B, whose brother C died in a 2019 shooting, was hospitalized": another
				// time's death
				return false;
			}
		}
		return !firstNames.isEmpty() && !otherNames.isEmpty() && Collections.disjoint(firstNames, otherNames);
	}

	/**
	 * Whether another counted group of the shot or hurt, of another size (the same size
	 * is the same group told again), stands between {@code hurt} and the {@code death}
	 * told of "one of them".
	 */
	private static boolean groupBetween(Figure hurt, Figure death, List<Figure> figures) {
		for (Figure group : figures) {
			if (group == hurt || group.implicit() || !group.quantified() || group.min().compareTo(BigDecimal.ONE) <= 0
					|| group.min().compareTo(hurt.min()) == 0
					|| !Set.of(Lexicon.WOUNDED, Lexicon.KILLED_OR_WOUNDED, Lexicon.SHOT).contains(group.kind())) {
				continue;
			}
			boolean afterHurt = group.sentenceIndex() > hurt.sentenceIndex()
					|| group.sentenceIndex() == hurt.sentenceIndex() && group.start() >= hurt.end();
			boolean beforeDeath = group.sentenceIndex() < death.sentenceIndex()
					|| group.sentenceIndex() == death.sentenceIndex() && group.end() <= death.start();
			if (afterHurt && beforeDeath) {
				return true;
			}
		}
		return false;
	}

	private static final Pattern NTH_DEATH = Pattern.compile(
			"(?i)an? (second|third|fourth|fifth|sixth)( [a-z-]+)?( (victim|man|woman|person|teen|teenager|boy|girl))?");

	/**
	 * The largest count a new n-th death tells ("A second person has died", "a third
	 * victim died": 2, 3), or null.
	 */
	private static BigDecimal deathToll(List<Figure> figures) {
		BigDecimal toll = null;
		for (Figure figure : figures) {
			if (Lexicon.KILLED.equals(figure.kind()) && figure.implicit() && figure.quantified()
					&& figure.party() != null && NTH_DEATH.matcher(figure.party().strip()).matches()
					&& figure.min().compareTo(BigDecimal.ONE) > 0) {
				toll = (toll == null) ? figure.min() : toll.max(figure.min());
			}
		}
		return toll;
	}

	/**
	 * The count of the dead told before the hurt in their sentence and joined to them by
	 * "and" ("Two people were killed and three others were injured"), or null.
	 */
	private static Figure deadCountedBefore(Figure hurt, List<Figure> figures, List<CoreSentence> sentences) {
		return figures.stream()
			.filter((f) -> f != hurt && f.sentenceIndex() == hurt.sentenceIndex() && Lexicon.KILLED.equals(f.kind())
					&& f.quantified() && (!f.implicit() || otherVictim(hurt.party())) && f.end() <= hurt.start()
					&& joinedByAnd(sentences.get(hurt.sentenceIndex()).tokens(), f.end(), hurt.start()))
			.findFirst()
			.orElse(null);
	}

	/**
	 * The head noun of a sentence's doer, lower case, when it opens the sentence as "A
	 * man", "An armed driver" and its verb follows ("A man rammed ...", "A woman shot
	 * ..."), with the token index of that verb; else null.
	 */
	private static int[] doer(List<CoreLabel> tokens) {
		if (tokens.size() < 3 || !Set.of("a", "an").contains(Lexicon.lower(tokens.get(0)))) {
			return null;
		}
		for (int k = 1; k < tokens.size() - 1 && k <= 4; k++) {
			if (tokens.get(k).tag().startsWith("NN")) {
				return "VBD".equals(tokens.get(k + 1).tag()) && Lexicon.isHuman(tokens.get(k)) ? new int[] { k, k + 1 }
						: null;
			}
		}
		return null;
	}

	/**
	 * Whether {@code death}, in a later sentence, tells of the doer who opens the
	 * sentence of {@code hurt}, hurt people being the object after his verb: "he", "she"
	 * or "the" and the doer's noun.
	 */
	private static boolean doersDeath(Figure hurt, Figure death, List<CoreSentence> sentences) {
		List<CoreLabel> tokens = sentences.get(hurt.sentenceIndex()).tokens();
		int[] doer = doer(tokens);
		if (doer == null || death.party() == null || hurt.start() < tokens.get(doer[1]).endPosition()) {
			return false;
		}
		String party = death.party().strip().toLowerCase(Locale.ROOT);
		String noun = Lexicon.lower(tokens.get(doer[0]));
		String doersSex = sexOf(noun);
		return party.equals("the " + noun)
				|| Set.of("he", "she").contains(party) && (doersSex == null || doersSex.equals(sexOf(party)));
	}

	/**
	 * Whether {@code figure} is "the" and the noun of the doer who opens a sentence up to
	 * {@code upTo} in which he shot others and himself ("A man shot his wife and then
	 * himself").
	 */
	private static boolean selfShooter(Figure figure, List<CoreSentence> sentences, int upTo) {
		if (figure.party() == null) {
			return false;
		}
		String party = figure.party().strip().toLowerCase(Locale.ROOT);
		for (int s = 0; s <= upTo && s < figure.sentenceIndex(); s++) {
			List<CoreLabel> tokens = sentences.get(s).tokens();
			int[] doer = doer(tokens);
			if (doer != null && party.equals("the " + Lexicon.lower(tokens.get(doer[0])))
					&& tokens.stream().anyMatch((t) -> Lexicon.REFLEXIVE.contains(Lexicon.lower(t)))) {
				return true;
			}
		}
		return false;
	}

	/**
	 * "Two men and a woman were shot. One of the men died": the noun of the death's party
	 * is a word of the listed group's.
	 */
	private static boolean groupNamesNoun(Figure group, Figure death) {
		if (group.party() == null || death.party() == null || death.party().isBlank()) {
			return false;
		}
		String[] words = death.party().toLowerCase(Locale.ROOT).split("\\s+");
		return List.of(group.party().toLowerCase(Locale.ROOT).split("\\s+")).contains(words[words.length - 1]);
	}

	/** A wound or death one gave oneself. */
	private static final Set<String> SELF_INFLICTED = Set.of("self-inflicted", "inflicted", "suicide");

	/** A figure's people told as men or boys and the other's as women or girls. */
	private static boolean otherSex(Figure one, Figure other) {
		String a = sexOf(one.party());
		String b = sexOf(other.party());
		return a != null && b != null && !a.equals(b);
	}

	private static final Set<String> MEN = Set.of("man", "men", "boy", "boys", "he", "him");

	private static final Set<String> WOMEN = Set.of("woman", "women", "girl", "girls", "she", "her");

	private static String sexOf(String party) {
		if (party == null || party.isBlank() || party.contains(" and ")) {
			return null;
		}
		String[] words = party.toLowerCase(Locale.ROOT).split("\\s+");
		String head = words[words.length - 1];
		return MEN.contains(head) ? "m" : WOMEN.contains(head) ? "f" : null;
	}

	/**
	 * A death told of one of the victims counted before: "the victim died", "he was
	 * pronounced dead", "one of them died".
	 */
	private static boolean oneOfThem(Figure death, List<CoreSentence> sentences) {
		if (death.implicit() && death.anaphoric()) {
			return true;
		}
		return oneOfTheGroupSaid(death, sentences);
	}

	/**
	 * "Two people were killed and three others were injured": an "and" between the two
	 * counts, not "Two of the five people shot".
	 */
	private static boolean joinedByAnd(List<CoreLabel> tokens, int from, int to) {
		boolean and = false;
		for (CoreLabel token : tokens) {
			if (token.beginPosition() >= from && token.endPosition() <= to) {
				String w = Lexicon.lower(token);
				if ("of".equals(w)) {
					return false;
				}
				and |= "and".equals(w);
			}
		}
		return and;
	}

	/**
	 * "did not", "didn't", "never" at {@code k} before a denied survival that the
	 * pipeline made a death ("didn't make it", "did not survive"): words to pass on the
	 * way to the verb.
	 */
	private static boolean survivalDenied(List<CoreLabel> tokens, int k) {
		for (int j = k; j < tokens.size() && j < k + 3; j++) {
			String word = Lexicon.lower(tokens.get(j));
			if ("die".equals(Lexicon.lemma(tokens.get(j))) && word.matches("make|made|survive|survived")) {
				return true;
			}
			if (!Set.of("did", "does", "do", "not", "n't", "never").contains(word)) {
				return false;
			}
		}
		return false;
	}

	/**
	 * "One of them died", "One was pronounced dead": the text says the dead was one of a
	 * group.
	 */
	private static boolean oneOfTheGroupSaid(Figure death, List<CoreSentence> sentences) {
		List<CoreLabel> tokens = sentences.get(death.sentenceIndex()).tokens();
		if (death.party() == null && !tokens.isEmpty() && tokens.get(0).beginPosition() == death.start()
				&& "one".equals(Lexicon.lower(tokens.get(0)))) {
			// "Officers found two men with gunshot wounds. One was pronounced dead"
			return true;
		}
		for (int k = 0; k + 2 < tokens.size(); k++) {
			if (tokens.get(k).beginPosition() == death.start()) {
				if (death.party() == null && "one".equals(Lexicon.lower(tokens.get(k))) && k > 0
						&& "where".equals(Lexicon.lower(tokens.get(k - 1))) && subjectOne(tokens, k + 1)) {
					// "Both were taken to hospitals, where one later died": a bare "one"
					// as the subject of the clause of the hospital (not "Eleven were
					// injured and one was killed")
					return true;
				}
				return "of".equals(Lexicon.lower(tokens.get(k + 1)))
						&& Set.of("them", "the", "those").contains(Lexicon.lower(tokens.get(k + 2)));
			}
		}
		return false;
	}

	/**
	 * Whether the tokens from {@code k} make a bare "one" before them the subject of a
	 * verb ("where one later died", "and one died"): adverbs, then a verb or a modal.
	 */
	private static boolean subjectOne(List<CoreLabel> tokens, int k) {
		int j = k;
		while (j < tokens.size() && tokens.get(j).tag().startsWith("RB")) {
			j++;
		}
		return j < tokens.size() && (tokens.get(j).tag().startsWith("VB") || "MD".equals(tokens.get(j).tag()));
	}

	/** "the gunman was killed", "killed himself", "took his own life". */
	private static boolean attackersDeath(Figure death) {
		return attacker(death.party()) || death.party() != null && OWN_DEATH_PHRASE.matcher(death.party()).matches();
	}

	/**
	 * The attacker by his noun ("the gunman") or by his deed: "the man who shot him",
	 * "the woman who stabbed them".
	 */
	private static boolean attacker(Figure figure, List<CoreLabel> tokens) {
		if (attacker(figure.party())) {
			return true;
		}
		for (int k = 0; k + 1 < tokens.size(); k++) {
			if (tokens.get(k).beginPosition() >= figure.end()) {
				return Set.of("who", "that").contains(Lexicon.lower(tokens.get(k)))
						&& tokens.get(k + 1).tag().matches("VBD|VBZ")
						&& DEED_LEMMAS.contains(Lexicon.lemma(tokens.get(k + 1)));
			}
		}
		return false;
	}

	private static final Set<String> DEED_LEMMAS = Set.of("shoot", "kill", "stab", "attack", "ambush", "open", "fire");

	private static boolean attacker(String party) {
		return party != null && party.toLowerCase()
			.matches("(?s).*\\b(suspect|gunman|shooter|attacker|robber|himself|herself)\\b.*");
	}

	record NumberMention(int first, int last, BigDecimal min, BigDecimal max, String qualifier, int qualifierStart,
			String unit) {
	}

	static List<NumberMention> numbers(List<CoreLabel> tokens) {
		List<NumberMention> mentions = new ArrayList<>();
		int n = tokens.size();
		int i = 0;
		while (i < n) {
			CoreLabel token = tokens.get(i);
			String word = Lexicon.lower(token);
			Matcher withUnit = NUMBER_WITH_UNIT.matcher(word);
			if (withUnit.matches()) {
				BigDecimal v = new BigDecimal(withUnit.group(1));
				mentions.add(qualify(tokens, i, i, v, v, withUnit.group(2)));
				i++;
				continue;
			}
			Matcher digitRange = DIGIT_RANGE.matcher(word);
			if (digitRange.matches() && !excluded(tokens, i, i)) {
				BigDecimal lo = new BigDecimal(digitRange.group(1).replace(",", ""));
				BigDecimal hi = new BigDecimal(digitRange.group(2).replace(",", ""));
				if (lo.compareTo(hi) < 0) {
					mentions.add(withRange(qualify(tokens, i, i, lo, hi, null)));
				}
				i++;
				continue;
			}
			Long vague = NumberWords.vague(word);
			if (vague != null && !isNumberToken(tokens, i - 1) && !EXCLUDED_NER.contains(token.ner())
					&& (!"scores".equals(word) || (i + 1 < n && "of".equals(Lexicon.lower(tokens.get(i + 1)))))) {
				int last = i;
				Long scale = (i + 2 < n && "of".equals(Lexicon.lower(tokens.get(i + 1))))
						? NumberWords.vague(tokens.get(i + 2).word()) : null;
				if (scale != null && scale >= 1_000L && scale > vague) {
					// "tens of thousands", "hundreds of thousands": one count
					vague = vague * scale;
					last = i + 2;
				}
				int first = i;
				if (i > 0 && last + 1 < n && "``".equals(tokens.get(i - 1).tag())
						&& "''".equals(tokens.get(last + 1).tag())) {
					// killed "dozens" of militants: the quote marks go with the count
					first = i - 1;
					last++;
				}
				NumberMention m = qualify(tokens, first, last, BigDecimal.valueOf(vague), BigDecimal.valueOf(vague),
						null);
				mentions.add(new NumberMention(m.first, m.last, m.min, m.max,
						"exact".equals(m.qualifier) ? "at_least" : m.qualifier, m.qualifierStart, null));
				i = last + 1;
				continue;
			}
			if (!isNumberToken(tokens, i)) {
				i++;
				continue;
			}
			int first = i;
			int last = runEnd(tokens, i);
			List<String> words = words(tokens, first, last);
			boolean half = false;
			if ("dozen".equals(word) && i > 0 && Lexicon.lower(tokens.get(i - 1)).matches("a|half")) {
				first = i - 1;
				// "half a dozen", "a half dozen": six
				half = "half".equals(Lexicon.lower(tokens.get(i - 1)))
						|| i > 1 && "half".equals(Lexicon.lower(tokens.get(i - 2)));
				first = (half && "a".equals(Lexicon.lower(tokens.get(i - 1)))) ? i - 2 : first;
			}
			BigDecimal value = NumberWords.value(words);
			if (half && value != null && words.size() == 1) {
				value = BigDecimal.valueOf(6);
			}
			i = last + 1;
			if (value == null || excluded(tokens, first, last)) {
				continue;
			}
			BigDecimal max = value;
			int end = last;
			boolean range = false;
			if (risenFrom(tokens, first, last)) {
				// "has risen from 12 to 19": the toll is now 19, the 12 no figure
				continue;
			}
			if (last + 2 < n && Set.of("to", "-", "–", "or").contains(Lexicon.lower(tokens.get(last + 1)))
					&& isNumberToken(tokens, last + 2)) {
				int secondLast = runEnd(tokens, last + 2);
				BigDecimal second = NumberWords.value(words(tokens, last + 2, secondLast));
				if (second != null && second.compareTo(value) > 0) {
					max = second;
					end = secondLast;
					range = true;
				}
			}
			else if (first > 0 && "between".equals(Lexicon.lower(tokens.get(first - 1))) && last + 2 < n
					&& "and".equals(Lexicon.lower(tokens.get(last + 1))) && isNumberToken(tokens, last + 2)) {
				int secondLast = runEnd(tokens, last + 2);
				BigDecimal second = NumberWords.value(words(tokens, last + 2, secondLast));
				if (second != null) {
					max = second;
					end = secondLast;
					range = true;
					first = first - 1;
				}
			}
			i = end + 1;
			if (range && dayOfMonth(tokens, end)) {
				// days of a month: "between 15 and 21 June", "15-21 June"
				continue;
			}
			NumberMention m = qualify(tokens, first, end, value, max, null);
			mentions.add(range ? withRange(m) : m);
		}
		return mentions;
	}

	/** Verbs of a count changing "from" one number "to" another. */
	private static final Set<String> CHANGE_VERBS = Set.of("rise", "climb", "increase", "grow", "jump", "soar", "go");

	/**
	 * The number {@code first..last} in "rose from 12 to 19", "has climbed from 40 to
	 * 52": the old count of a change, not the low end of a range.
	 */
	private static boolean risenFrom(List<CoreLabel> tokens, int first, int last) {
		int n = tokens.size();
		if (first < 2 || last + 2 >= n || !"from".equals(Lexicon.lower(tokens.get(first - 1)))
				|| !"to".equals(Lexicon.lower(tokens.get(last + 1)))) {
			return false;
		}
		// "to more than 100", "to at least 19"
		int to = last + 2;
		while (to < n && to - last < 5 && !isNumberToken(tokens, to)
				&& COUNT_QUALIFIER_WORDS.contains(Lexicon.lower(tokens.get(to)))) {
			to++;
		}
		if (to >= n || !isNumberToken(tokens, to)) {
			return false;
		}
		return changeVerbBefore(tokens, first - 1) >= 0;
	}

	/**
	 * The "from" of "from 40 to" when {@code to} is that "to" (past the old count); -1 if
	 * none.
	 */
	private static int fromOfChange(List<CoreLabel> tokens, int to) {
		if (!"to".equals(Lexicon.lower(tokens.get(to)))) {
			return -1;
		}
		int j = to - 1;
		while (j >= 0 && isNumberToken(tokens, j)) {
			j--;
		}
		return (j >= 0 && j < to - 1 && "from".equals(Lexicon.lower(tokens.get(j)))) ? j : -1;
	}

	/**
	 * The verb of a count's change before the "from" at {@code from}: "rose from", "went
	 * up from", "raised the toll from"; -1 if none.
	 */
	private static int changeVerbBefore(List<CoreLabel> tokens, int from) {
		int v = from - 1;
		if (v >= 1 && "up".equals(Lexicon.lower(tokens.get(v)))) {
			v--;
		}
		if (v >= 0 && CHANGE_VERBS.contains(Lexicon.lemma(tokens.get(v)))) {
			return v;
		}
		// "raised the toll from", "raised the toll of its soldiers killed from"
		for (int t = v; t >= 2 && v - t < 6; t--) {
			if (Set.of("toll", "number", "figure", "tally", "count").contains(Lexicon.lower(tokens.get(t)))
					&& "the".equals(Lexicon.lower(tokens.get(t - 1)))
					&& Set.of("raise", "revise", "lift", "increase").contains(Lexicon.lemma(tokens.get(t - 2)))) {
				return t - 2;
			}
			if (",".equals(tokens.get(t).word()) || tokens.get(t).tag().matches("VBD|VBZ|VBP|MD")) {
				return -1;
			}
		}
		return -1;
	}

	private static NumberMention withRange(NumberMention m) {
		return new NumberMention(m.first, m.last, m.min, m.max, "range", m.qualifierStart, m.unit);
	}

	private static List<String> words(List<CoreLabel> tokens, int first, int last) {
		List<String> words = new ArrayList<>();
		for (int k = first; k <= last; k++) {
			words.add(Lexicon.lower(tokens.get(k)));
		}
		return words;
	}

	private static int runEnd(List<CoreLabel> tokens, int start) {
		int last = start;
		boolean digits = NumberWords.isDigits(tokens.get(start).word());
		for (int k = start + 1; k < tokens.size(); k++) {
			String w = Lexicon.lower(tokens.get(k));
			if (NumberWords.isScale(w)) {
				last = k;
			}
			else if (!digits && ("-".equals(w) || "and".equals(w)) && k + 1 < tokens.size()
					&& !NumberWords.isDigits(tokens.get(k + 1).word()) && isNumberToken(tokens, k + 1)
					&& NumberWords.vague(tokens.get(k + 1).word()) == null) {
				last = k + 1;
				k++;
			}
			else if (!digits && isNumberToken(tokens, k) && !NumberWords.isDigits(w) && NumberWords.vague(w) == null
					&& (!"dozen".equals(w) || k == start + 1)) {
				// "two dozen": 24
				last = k;
			}
			else {
				break;
			}
		}
		return last;
	}

	private static boolean isNumberToken(List<CoreLabel> tokens, int i) {
		if (i < 0 || i >= tokens.size()) {
			return false;
		}
		CoreLabel token = tokens.get(i);
		String word = token.word();
		if (NumberWords.vague(word) != null) {
			return false;
		}
		if (NumberWords.isDigits(word)) {
			return true;
		}
		if (Character.isUpperCase(word.charAt(0)) && i + 2 < tokens.size()
				&& Character.isUpperCase(tokens.get(i + 1).word().charAt(0))
				&& NAME_HEADS.contains(Lexicon.lower(tokens.get(i + 2)))) {
			// "Seven Sisters Road", "Three Kings Day", "Four Seasons Hotel": a name
			return false;
		}
		return NumberWords.tokenValue(word) != null && ("CD".equals(token.tag()) || "NUMBER".equals(token.ner())
				|| "dozen".equalsIgnoreCase(word) || "one".equalsIgnoreCase(word) || capitalizedCount(tokens, i));
	}

	/**
	 * A number word with a capital that the tagger took for a name, at the start of a
	 * sentence or in a title-case headline: "Eleven people were injured", "Seven Wounded
	 * Men": counted when a plural noun or a person follows.
	 */
	private static boolean capitalizedCount(List<CoreLabel> tokens, int i) {
		String word = tokens.get(i).word();
		if (!Character.isUpperCase(word.charAt(0)) || i + 1 >= tokens.size()) {
			return false;
		}
		int k = i + 1;
		while (k + 1 < tokens.size() && k - i < 3 && tokens.get(k).tag().matches("JJ|NNP")
				&& !Lexicon.isHuman(tokens.get(k))) {
			// "Eleven Ukrainian marines": a nationality or adjective before the noun
			k++;
		}
		CoreLabel next = tokens.get(k);
		return next.tag().matches("NNP?S") || Lexicon.isHuman(next) && next.tag().startsWith("NN");
	}

	/**
	 * "wounded seven people early Sunday", "killed two men late Friday": a date after the
	 * counted noun ends its phrase.
	 */
	private static boolean dateAfterNoun(List<CoreLabel> tokens, int after, int k) {
		if (k == after || !tokens.get(k - 1).tag().startsWith("NN")) {
			return false;
		}
		CoreLabel token = tokens.get(k);
		CoreLabel next = (k + 1 < tokens.size()) ? tokens.get(k + 1) : null;
		return RECENT_DAYS.contains(Lexicon.lower(token)) || Set.of("early", "late").contains(Lexicon.lower(token))
				&& next != null && (RECENT_DAYS.contains(Lexicon.lower(next)) || MONTHS.contains(Lexicon.lower(next)));
	}

	/** A day of a month before the month's name: "21" in "between 15 and 21 June". */
	private static boolean dayOfMonth(List<CoreLabel> tokens, int day) {
		return day + 1 < tokens.size() && MONTHS.contains(Lexicon.lower(tokens.get(day + 1)))
				&& Character.isUpperCase(tokens.get(day + 1).word().charAt(0))
				&& tokens.get(day).word().matches("([1-9]|[12]\\d|3[01])(st|nd|rd|th)?");
	}

	/**
	 * Years, dates, times, ages, addresses, money, percentages, phone numbers and the
	 * like.
	 */
	private static boolean excluded(List<CoreLabel> tokens, int first, int last) {
		int n = tokens.size();
		CoreLabel token = tokens.get(first);
		String word = Lexicon.lower(token);
		// "advanced 2km over three days": the tagger may take the distance into the
		// duration
		String unitAfter = (last + 1 < n) ? Lexicon.unit(tokens.get(last + 1).word()) : null;
		// (also "held positions 800 metres from the trenches for 110 days")
		boolean distance = unitAfter != null;
		if ((EXCLUDED_NER.contains(token.ner()) || EXCLUDED_NER.contains(tokens.get(last).ner()))
				&& !countOfPeopleInDuration(tokens, last) && !distance) {
			return true;
		}
		String prev = (first > 0) ? Lexicon.lower(tokens.get(first - 1)) : "";
		String next = (last + 1 < n) ? Lexicon.lower(tokens.get(last + 1)) : "";
		String next2 = (last + 2 < n) ? Lexicon.lower(tokens.get(last + 2)) : "";
		String next3 = (last + 3 < n) ? Lexicon.lower(tokens.get(last + 3)) : "";
		if (word.startsWith(".") || NOT_COUNT_NEXT.contains(next) || next.startsWith("-year")
				|| next.equals("-") && (next2.startsWith("year") || next2.startsWith("month")
						|| next2.startsWith("week") || next2.startsWith("day") || NOT_COUNT_NEXT.contains(next2))) {
			return true;
		}
		if ((next.startsWith("year") || next.startsWith("month")) && (next2.equals("old") || next2.equals("-"))) {
			return true;
		}
		if (dayOfMonth(tokens, last)) {
			// a day of the month the tagger left out of a date: "between 15 and 21 June"
			return true;
		}
		String prev2 = (first > 1) ? Lexicon.lower(tokens.get(first - 2)) : "";
		if ("of".equals(prev) && (Set.of("age", "ages").contains(prev2) || PARENTS.contains(prev2))) {
			// "aged 20", "a mother of four"
			return true;
		}
		if ("of".equals(prev) && first == last && word.matches("\\d{1,2}") && first >= 3
				&& "NN".equals(tokens.get(first - 2).tag()) && Lexicon.isHuman(tokens.get(first - 2))
				&& !Lexicon.HOUSEHOLDS.contains(prev2)
				&& Set.of("a", "an").contains(Lexicon.lower(tokens.get(first - 3)))) {
			// "a boy of 16 was shot to death": his age (not "a family of five")
			return true;
		}
		if (Set.of("and", "to", "through", "-", "–").contains(prev) && first >= 3
				&& "CD".equals(tokens.get(first - 2).tag())
				&& !(last + 1 < n && tokens.get(last + 1).tag().matches("NN.*|JJ.*|CD"))
				&& (Set.of("aged", "age", "ages").contains(Lexicon.lower(tokens.get(first - 3)))
						|| first >= 4 && "of".equals(Lexicon.lower(tokens.get(first - 3)))
								&& Set.of("age", "ages").contains(Lexicon.lower(tokens.get(first - 4))))) {
			// "aged 20 and 24", "between the ages of 14 and 19": the second age
			return true;
		}
		if (Set.of("aged", "age", "ages", "$", "#", "no.", "number", "no", "page", "pages", "p.", "rank", "magnitude")
			.contains(prev) || prev.startsWith("$") || "magnitude".equals(next)
				|| "-".equals(next) && "magnitude".equals(next2)) {
			// "a magnitude 6.8 earthquake", "a 6.8 magnitude quake": its strength
			return true;
		}
		if (",".equals(prev) && Set.of(",", ".", ")", ";", "and", "-rrb-", "").contains(next) && first >= 2
				&& isPersonOrHuman(tokens.get(first - 2))) {
			return true;
		}
		if ("(".equals(prev) || "-lrb-".equals(prev)) {
			// "Smith (19)", not "12 people (eight soldiers and four civilians)"
			if (first >= 2 && isPersonOrHuman(tokens.get(first - 2))
					&& !(last + 1 < tokens.size() && tokens.get(last + 1).tag().startsWith("NN"))) {
				return true;
			}
		}
		if (STREET_WORDS.contains(next) || STREET_WORDS.contains(next2) && tokens.get(last + 1).tag().startsWith("NNP")
				|| STREET_WORDS.contains(next3) && tokens.get(last + 1).tag().startsWith("NNP")
						&& tokens.get(last + 2).tag().startsWith("NNP")) {
			return true;
		}
		if (next.matches("\\d{3}-\\d{4}") || word.matches("\\d{3}-\\d{3,4}")) {
			return true;
		}
		if (roadNumber(tokens, first, prev)) {
			return true;
		}
		if (first > 0 && tokens.get(first - 1).tag().startsWith("NNP")
				&& !tokens.get(first - 1).ner().equals("LOCATION")
				&& !(last + 1 < n && tokens.get(last + 1).tag().startsWith("NN"))) {
			return true;
		}
		if (word.matches("(19|20)\\d\\d") && !(last + 1 < n && tokens.get(last + 1).tag().equals("NNS"))) {
			return true;
		}
		// not "police said that one of the victims had died": "that" opening a clause
		boolean clauseThat = "that".equals(prev) && "of".equals(next) && first >= 2
				&& tokens.get(first - 2).tag().startsWith("VB");
		// "Not one of the 40 passengers was hurt": nobody
		// (and "He was not one of the 12 people killed": no one, the 12 stay)
		boolean notOne = "one".equals(word) && "not".equals(prev) && !"but".equals(next);
		return "one".equals(word) && Set.of("no", "any", "every", "each", "the", "this", "that").contains(prev)
				&& !clauseThat || notOne;
	}

	/**
	 * The death verb that follows a relative clause from {@code from} as the main verb:
	 * "(who were shot at a home on Elm Street on Thursday) have died"; -1 if another verb
	 * or clause comes first.
	 */
	private static int deathAfterRelative(List<CoreLabel> tokens, int from) {
		for (int k = from; k < tokens.size() && k - from < 20; k++) {
			CoreLabel token = tokens.get(k);
			String w = Lexicon.lower(token);
			if (Lexicon.KILLED.equals(Lexicon.kindOf(token)) && token.tag().matches("VBD|VBN")) {
				// "who were shot ... have died", "... were killed"; not "had killed a
				// clerk"
				// (a deed of theirs)
				String before = (k > 0) ? Lexicon.lower(tokens.get(k - 1)) : "";
				boolean befell = "die".equals(Lexicon.lemma(token))
						|| Set.of("was", "were", "been").contains(before) && "VBN".equals(token.tag());
				return (befell && k > from && !",".equals(tokens.get(k - 1).word())) ? k : -1;
			}
			if (token.tag().startsWith("VB") && !Set.of("have", "has", "had", "both", "later", "since").contains(w)
					|| token.tag().matches("[,.:;]") || Set.of("who", "that", "which", "and", "but").contains(w)) {
				return -1;
			}
		}
		return -1;
	}

	/**
	 * A road's number: "I-10", "US-19", "SR-60" (letters joined to the number by a
	 * hyphen), "Interstate 10", "Route 30".
	 */
	private static boolean roadNumber(List<CoreLabel> tokens, int first, String prev) {
		if (ROAD_WORDS.contains(prev)) {
			return true;
		}
		if (!"-".equals(prev) || first < 2) {
			return false;
		}
		CoreLabel letters = tokens.get(first - 2);
		CoreLabel hyphen = tokens.get(first - 1);
		return letters.word().matches("[A-Z]{1,3}") && letters.endPosition() == hyphen.beginPosition()
				&& hyphen.endPosition() == tokens.get(first).beginPosition();
	}

	private static final Set<String> ROAD_WORDS = Set.of("interstate", "route", "highway", "hwy", "hwy.", "rt.",
			"u.s.");

	/**
	 * "wounding three women, got 30 years in prison": the tagger's duration bleeds onto a
	 * count of people; a number right before a human noun outside the duration is a
	 * count.
	 */
	private static boolean countOfPeopleInDuration(List<CoreLabel> tokens, int last) {
		if (last + 1 >= tokens.size()) {
			return false;
		}
		int k = last + 1;
		while (k + 1 < tokens.size() && k - last <= 2
				&& (tokens.get(k).tag().matches("JJ|NNP") || isQuote(tokens.get(k)))
				&& !"DURATION".equals(tokens.get(k).ner()) && Lexicon.kindOf(tokens.get(k)) == null) {
			// (also "about 1,000 'terrorists' had been killed")
			// "1,430 Russian soldiers had been eliminated over the past 24 hours"
			k++;
		}
		CoreLabel next = tokens.get(k);
		// "47 soldiers killed and about 90 wounded in two weeks",
		// "injured 580 others in three months": the tagger
		// stretched the duration back over the counts
		return "DURATION".equals(tokens.get(last).ner()) && !"DURATION".equals(next.ner())
				&& (next.tag().startsWith("NN")
						&& (Lexicon.isHuman(next) || Lexicon.isMilitary(next) || "others".equals(Lexicon.lower(next)))
						|| Lexicon.kindOf(next) != null || BODY_WORDS.contains(Lexicon.lower(next)));
	}

	private static boolean isPersonOrHuman(CoreLabel token) {
		return "PERSON".equals(token.ner()) || Lexicon.isHuman(token);
	}

	private static NumberMention qualify(List<CoreLabel> tokens, int first, int last, BigDecimal min, BigDecimal max,
			String unit) {
		// "nearly a hundred", "about a dozen": the qualifier stands before the article
		int before = (first >= 1 && Set.of("a", "an").contains(Lexicon.lower(tokens.get(first - 1)))
				&& Set.of("hundred", "thousand", "dozen", "million").contains(Lexicon.lower(tokens.get(first))))
						? first - 1 : first;
		// a post's or a fact box's shorthand: "80+ martyrs", "~300 enemy casualties"
		if (last + 2 < tokens.size() && "+".equals(tokens.get(last + 1).word()) && min != null && min.equals(max)
				&& Character.isLowerCase(tokens.get(last + 2).word().charAt(0))
				&& (Lexicon.isHuman(tokens.get(last + 2)) || Lexicon.kindOf(tokens.get(last + 2)) != null)) {
			// (of people or casualties: not "18+ age rating", "3+ goals", nor a label's
			// "Killed: 300+ Wounded: 500+")
			return new NumberMention(first, last + 1, min, max, "at_least", first, unit);
		}
		if (first >= 1 && "~".equals(tokens.get(first - 1).word())) {
			return new NumberMention(first, last, min, max, "approximately", first - 1, unit);
		}
		for (int q = 0; q < QUALIFIERS.length; q++) {
			String[] phrase = QUALIFIERS[q];
			int start = before - phrase.length;
			if (start < 0) {
				continue;
			}
			boolean match = true;
			for (int k = 0; k < phrase.length; k++) {
				if (!phrase[k].equals(Lexicon.lower(tokens.get(start + k)))) {
					match = false;
					break;
				}
			}
			if (match) {
				return new NumberMention(first, last, min, max, QUALIFIER_NAMES[q], start, unit);
			}
		}
		return new NumberMention(first, last, min, max, "exact", first, unit);
	}

	/**
	 * "Two men were shot at by a driver", "shot at the officers", "shot at but missed":
	 * fired at, maybe missed; not "shot at a party", "shot at about 2 a.m." or "shot at a
	 * friend's house" (where, when). {@code k} is the word after "at".
	 */
	private static boolean firedAt(List<CoreLabel> tokens, int k) {
		if (k >= tokens.size()) {
			return true;
		}
		String word = Lexicon.lower(tokens.get(k));
		if ("least".equals(word)) {
			// "shot at least twice": hit
			return false;
		}
		if (Lexicon.PLACE_PREPOSITIONS.contains(word) && Character.isLowerCase(tokens.get(k).word().charAt(0))) {
			// (not a name: "shot at Inside Out Lounge")
			// "were shot at outside a gas station", however "outside" is tagged
			return true;
		}
		for (int j = k; j < tokens.size() && j <= k + 2; j++) {
			if (Set.of("times", "repeatedly", "twice").contains(Lexicon.lower(tokens.get(j)))) {
				// "shot at repeatedly", "shot at several times", "shot at twice"
				return true;
			}
		}
		if (Lexicon.ARTICLES.contains(word) || Set.of("his", "her", "their").contains(word)) {
			k++;
		}
		while (k < tokens.size() && tokens.get(k).tag().startsWith("JJ")) {
			k++;
		}
		if (k >= tokens.size()) {
			return true;
		}
		CoreLabel next = tokens.get(k);
		boolean owner = k + 1 < tokens.size() && "POS".equals(tokens.get(k + 1).tag());
		if (Lexicon.isHuman(next) || "PRP".equals(next.tag()) || "police".equals(Lexicon.lower(next))) {
			return !owner;
		}
		return next.tag().matches("IN|CC|[.,:]")
				&& !Set.of("about", "around", "approximately", "roughly", "nearly", "almost", "just", "in", "on")
					.contains(Lexicon.lower(next));
	}

	/**
	 * A group told by its own participle: "two of the four people hurt in the shooting
	 * were released" (four were hurt); not "one of the two victims died".
	 */
	private static boolean describedGroup(List<CoreLabel> tokens, int from) {
		int k = from;
		while (k < tokens.size() && k < from + 3 && tokens.get(k).tag().matches("JJ|NNS?")
				&& Lexicon.kindOf(tokens.get(k)) == null) {
			k++;
		}
		if (k == from || k >= tokens.size() || !Lexicon.isHuman(tokens.get(k - 1))) {
			return false;
		}
		if ("VBD".equals(tokens.get(k).tag()) && "shoot".equals(Lexicon.lemma(tokens.get(k)))) {
			// "two of the four people shot at a party have been released": "shot" tagged
			// as
			// the verb of the sentence, whose verb comes later
			return laterMainVerb(tokens, k + 1) >= 0;
		}
		return "VBN".equals(tokens.get(k).tag()) && Lexicon.kindOf(tokens.get(k)) != null
				&& !Lexicon.DEPLOYED.equals(Lexicon.kindOf(tokens.get(k)));
	}

	/**
	 * A verb of state after a reduced clause ("... shot at a party on Sunday have died",
	 * "remain hospitalized"), not one joined by "and" ("shot him and was arrested") and
	 * not the reporting verb.
	 */
	private static int laterMainVerb(List<CoreLabel> tokens, int from) {
		for (int k = from; k < tokens.size() && k < from + 20; k++) {
			CoreLabel token = tokens.get(k);
			if (Set.of(",", ";", ":").contains(token.word()) || "and".equals(Lexicon.lower(tokens.get(k - 1)))) {
				if (Set.of(";", ":").contains(token.word())) {
					return -1;
				}
				continue;
			}
			if (token.tag().matches("VBP|VBZ|VBD|MD")) {
				return ("MD".equals(token.tag())
						|| Set.of("have", "be", "remain", "die").contains(Lexicon.lemma(token))) ? k : -1;
			}
		}
		return -1;
	}

	/**
	 * "Two of the five people shot at a bar have died": what befell the part, told by the
	 * verb after the group's own participle; the index of a death word there, or -1.
	 */
	private static int partDied(List<CoreLabel> tokens, NumberMention m) {
		int n = tokens.size();
		int group = m.last + 3;
		if (group >= n || !ofTheGroup(tokens, m.last + 1) || !isNumberToken(tokens, m.last + 3)
				|| !describedGroup(tokens, group + 1)) {
			return -1;
		}
		int participle = group + 1;
		while (participle < n && Lexicon.kindOf(tokens.get(participle)) == null) {
			participle++;
		}
		int verb = laterMainVerb(tokens, participle + 1);
		if (verb < 0) {
			return -1;
		}
		int k = verb;
		while (k + 1 < n && k < verb + 3
				&& Set.of("have", "be", "since", "also", "now", "later").contains(Lexicon.lemma(tokens.get(k)))) {
			k++;
		}
		return Lexicon.KILLED.equals(Lexicon.kindOf(tokens.get(k))) ? k : -1;
	}

	/**
	 * The token after the possessive of "of the city's" or "of Kyiv's" with its "of" at
	 * {@code of}, when a plural of people or a number follows it; else -1.
	 */
	private static int possessedAfterOf(List<CoreLabel> tokens, int of) {
		int n = tokens.size();
		if (of >= n || !"of".equals(Lexicon.lower(tokens.get(of)))) {
			return -1;
		}
		int k = of + 1;
		if (k < n && "the".equals(Lexicon.lower(tokens.get(k)))) {
			k++;
		}
		int start = k;
		while (k < n && k - start < 3 && tokens.get(k).tag().matches("NNP|NNPS|NN")) {
			k++;
		}
		if (k == start || k + 1 >= n || !"POS".equals(tokens.get(k).tag())) {
			return -1;
		}
		k++;
		boolean number = isNumberToken(tokens, k);
		int noun = number ? k + 1 : k;
		return (noun < n && tokens.get(noun).tag().matches("NNS|NNPS")
				&& (Lexicon.isHuman(tokens.get(noun)) || Lexicon.isMilitary(tokens.get(noun)))) ? k : -1;
	}

	/**
	 * The "of" of "two of the city's 40 officers" before the number at {@code first}, or
	 * -1: the 40 is the whole group, not a count of casualties.
	 */
	private static int ofBeforePossessor(List<CoreLabel> tokens, int first) {
		int k = first - 1;
		if (k < 2 || !"POS".equals(tokens.get(k).tag())) {
			return -1;
		}
		int end = k;
		k--;
		while (k >= 1 && end - k <= 3 && tokens.get(k).tag().matches("NNP|NNPS|NN")) {
			k--;
		}
		if (k == end - 1) {
			return -1;
		}
		if ("the".equals(Lexicon.lower(tokens.get(k)))) {
			k--;
		}
		return (k >= 1 && "of".equals(Lexicon.lower(tokens.get(k))) && possessedAfterOf(tokens, k) == first) ? k : -1;
	}

	/**
	 * "of the", "of those", "of these", "of his" at {@code k}: a part of a group follows.
	 */
	private static boolean ofTheGroup(List<CoreLabel> tokens, int k) {
		return k + 1 < tokens.size() && "of".equals(Lexicon.lower(tokens.get(k)))
				&& Set.of("the", "those", "these", "his", "her", "their", "its", "our", "my", "your")
					.contains(Lexicon.lower(tokens.get(k + 1)));
	}

	/**
	 * "the victims, ages 18 and 21, were both shot": as many people as ages listed after
	 * a plural (not a range, "ages 16 to 22"), when a casualty word follows the list.
	 */
	private static List<Figure> agedGroups(int sentenceIndex, List<CoreLabel> tokens, Set<Integer> usedKeywords) {
		List<Figure> found = new ArrayList<>();
		int n = tokens.size();
		for (int i = 0; i + 3 < n; i++) {
			if (!"NNS".equals(tokens.get(i).tag()) || !Lexicon.isHuman(tokens.get(i))
					|| !",".equals(tokens.get(i + 1).word())) {
				continue;
			}
			// "the victims, ages 18 and 21," or "the cousins, 17 and 19,"
			boolean agesWord = Set.of("ages", "aged").contains(Lexicon.lower(tokens.get(i + 2)));
			if (!agesWord && !tokens.get(i + 2).word().matches("\\d{1,2}")) {
				continue;
			}
			int ages = 0;
			int k = agesWord ? i + 3 : i + 2;
			while (k < n && (tokens.get(k).word().matches("\\d{1,3}") || "and".equals(Lexicon.lower(tokens.get(k)))
					|| ",".equals(tokens.get(k).word()) && k + 1 < n
							&& tokens.get(k + 1).word().matches("\\d{1,3}|and"))) {
				if (tokens.get(k).word().matches("\\d{1,3}")) {
					ages++;
				}
				k++;
			}
			if (ages < 2 || k >= n || !",".equals(tokens.get(k).word())) {
				continue;
			}
			int p = k + 1;
			while (p < n && p - k < 5 && Lexicon.kindOf(tokens.get(p)) == null
					&& SKIP_AFTER_NP.contains(Lexicon.lower(tokens.get(p)))) {
				p++;
			}
			String kind = (p < n) ? Lexicon.kindOf(tokens.get(p)) : null;
			// not "The robbers, 20 and 23, shot a clerk": the aged are the attackers
			if (!Set.of(Lexicon.KILLED, Lexicon.WOUNDED, Lexicon.SHOT).contains(String.valueOf(kind))
					|| usedKeywords.contains(p) || !tokens.get(p).tag().matches("VBN|VBD|JJ")
					|| activeWithObject(tokens, p)) {
				continue;
			}
			int died = Lexicon.SHOT.equals(kind) ? diedLaterInClause(tokens, p) : -1;
			if (died >= 0) {
				kind = Lexicon.KILLED;
				usedKeywords.add(died);
			}
			usedKeywords.add(p);
			BigDecimal value = BigDecimal.valueOf(ages);
			found.add(new Figure("casualty", kind, value, value, null, "exact", Lexicon.text(tokens, i, k - 1), null,
					sentenceIndex, null, false, false, Lexicon.SHOT.equals(kind), tokens.get(i).beginPosition(),
					tokens.get(k - 1).endPosition()));
		}
		return found;
	}

	/**
	 * "Killed were Ann Cole, 19; Tom Reed, 22; and Lu Chen, 20", "Among the dead were
	 * ...", "Those injured were ...": as many people as names listed after the state.
	 */
	private static Figure namesAfterState(int sentenceIndex, List<CoreLabel> tokens, Set<Integer> usedKeywords) {
		int n = tokens.size();
		int k = 0;
		boolean among = k < n && "among".equals(Lexicon.lower(tokens.get(k)));
		if (k < n && Set.of("among", "those").contains(Lexicon.lower(tokens.get(k)))) {
			k++;
		}
		if (k < n && "the".equals(Lexicon.lower(tokens.get(k)))) {
			k++;
		}
		if (k + 2 >= n) {
			return null;
		}
		if (k == 0) {
			Figure labelled = labelledVictims(sentenceIndex, tokens, usedKeywords);
			if (labelled != null) {
				return labelled;
			}
		}
		String kind = Lexicon.kindOf(tokens.get(k));
		if (among && (Lexicon.KILLED.equals(kind) || Lexicon.WOUNDED.equals(kind))
				&& Set.of("was", "is").contains(Lexicon.lower(tokens.get(k + 1)))) {
			return oneAmongThe(sentenceIndex, tokens, usedKeywords, k, kind);
		}
		if (!Lexicon.KILLED.equals(kind) && !Lexicon.WOUNDED.equals(kind)
				|| !Set.of("were", "are").contains(Lexicon.lower(tokens.get(k + 1)))) {
			return null;
		}
		int keyword = k;
		int names = 0;
		int last = -1;
		int listEnd = namesEnd(tokens, k + 2);
		for (int i = k + 2; i < listEnd; i++) {
			boolean person = "PERSON".equals(tokens.get(i).ner());
			if (person && (i == k + 2 || !"PERSON".equals(tokens.get(i - 1).ner()))) {
				names++;
			}
			if (person) {
				last = i;
			}
		}
		if (names == 0) {
			return null;
		}
		usedKeywords.add(keyword);
		BigDecimal value = BigDecimal.valueOf(names);
		return new Figure("casualty", kind, value, value, null, "exact", Lexicon.text(tokens, k + 2, last), null,
				sentenceIndex, null, false, false, false, tokens.get(k + 2).beginPosition(),
				tokens.get(last).endPosition());
	}

	private static final Set<String> VICTIM_LABELS = Set.of("victim", "victims", "deceased", "dead", "killed",
			"injured", "wounded");

	/**
	 * A release's labelled lines: "Deceased: Ann Cole, 36, of Ocala.", "Injured: Tom
	 * Reed, 33, and Lu Chen, 20", "Second victim: Jane Roe, 29, gunshot wound to the
	 * arm." As many people as names (a person-tagged name followed by an age) after the
	 * label; of the label's kind, or for "Victim:" of the state told after them
	 * ("deceased", "a gunshot wound"); null for other labels ("Arrested: ...", "Suspect:
	 * ...").
	 */
	private static Figure labelledVictims(int sentenceIndex, List<CoreLabel> tokens, Set<Integer> usedKeywords) {
		int n = tokens.size();
		int label = (n > 2 && ordinalWord(tokens.get(0))) ? 1 : 0;
		if (label + 2 >= n || !":".equals(tokens.get(label + 1).word())
				|| !VICTIM_LABELS.contains(Lexicon.lower(tokens.get(label)))) {
			return null;
		}
		String kind = Lexicon.kindOf(tokens.get(label));
		int names = 0;
		int first = -1;
		int last = -1;
		for (int i = label + 2; i + 2 < n; i++) {
			if ("PERSON".equals(tokens.get(i).ner()) && !"PERSON".equals(tokens.get(i + 1).ner())
					&& ",".equals(tokens.get(i + 1).word()) && tokens.get(i + 2).word().matches("\\d{1,3}")) {
				names++;
				first = (first < 0) ? leftOfName(tokens, i) : first;
				last = i + 2;
			}
		}
		if (names == 0) {
			return null;
		}
		if (!Lexicon.KILLED.equals(kind) && !Lexicon.WOUNDED.equals(kind)) {
			kind = null;
			for (int i = last + 1; i < n && kind == null; i++) {
				String state = Lexicon.kindOf(tokens.get(i));
				if (Lexicon.KILLED.equals(state) || Lexicon.WOUNDED.equals(state)) {
					kind = state;
					usedKeywords.add(i);
				}
			}
			if (kind == null) {
				return null;
			}
		}
		else {
			usedKeywords.add(label);
		}
		BigDecimal value = BigDecimal.valueOf(names);
		return new Figure("casualty", kind, value, value, null, "exact", Lexicon.text(tokens, first, last), null,
				sentenceIndex, null, false, false, false, tokens.get(first).beginPosition(),
				tokens.get(last).endPosition());
	}

	private static boolean ordinalWord(CoreLabel token) {
		return Set.of("first", "second", "third", "fourth", "fifth", "another", "other").contains(Lexicon.lower(token));
	}

	private static int leftOfName(List<CoreLabel> tokens, int end) {
		int i = end;
		while (i > 0 && "PERSON".equals(tokens.get(i - 1).ner())) {
			i--;
		}
		return i;
	}

	/**
	 * "Among the dead was a teacher at the school", "Among the injured is Tom Reed": one
	 * person, named or told as a person before the first comma or preposition (not "Among
	 * the dead was a dog").
	 */
	private static Figure oneAmongThe(int sentenceIndex, List<CoreLabel> tokens, Set<Integer> usedKeywords, int keyword,
			String kind) {
		int end = namesEnd(tokens, keyword + 2);
		int last = -1;
		for (int i = keyword + 2; i < end; i++) {
			CoreLabel token = tokens.get(i);
			if (Set.of(",", ";").contains(token.word()) || "IN".equals(token.tag())) {
				break;
			}
			if ("PERSON".equals(token.ner()) || Lexicon.isHuman(token) || Lexicon.lower(token).endsWith("year-old")) {
				last = i;
			}
		}
		if (last < 0) {
			return null;
		}
		usedKeywords.add(keyword);
		return new Figure("casualty", kind, BigDecimal.ONE, BigDecimal.ONE, null, "exact",
				Lexicon.text(tokens, keyword + 2, last), null, sentenceIndex, null, false, false, false,
				tokens.get(keyword + 2).beginPosition(), tokens.get(last).endPosition());
	}

	/**
	 * Where a list of names after "Killed were" ends: before the reporting clause that
	 * may follow it (", Sheriff Dale Hart said", ", according to Chief Ray Moss"), which
	 * names the one who told, not a victim; else the end of the sentence.
	 */
	private static int namesEnd(List<CoreLabel> tokens, int from) {
		int comma = -1;
		for (int i = from; i < tokens.size(); i++) {
			String word = Lexicon.lower(tokens.get(i));
			if (Set.of(",", ";").contains(word)) {
				comma = i;
			}
			else if (comma >= 0 && ("according".equals(word) || tokens.get(i).tag().startsWith("VB")
					&& REPORTING_LEMMAS.contains(Lexicon.lemma(tokens.get(i))))) {
				return comma;
			}
		}
		return tokens.size();
	}

	private static final Set<String> DASHES = Set.of("—", "--", "–");

	/** After "of one family" at {@code p}: the index past it, else {@code p}. */
	private static int afterOfPhrase(List<CoreLabel> tokens, int p) {
		// "soldiers from the 47th brigade" as "members of the family"
		if (p >= tokens.size() || !Set.of("of", "from").contains(Lexicon.lower(tokens.get(p)))) {
			return p;
		}
		int k = p + 1;
		int noun = -1;
		while (k < tokens.size() && k - p <= 7 && tokens.get(k).tag().matches("DT|CD|PRP\\$|JJ|NNP?S?|POS")) {
			if (tokens.get(k).tag().startsWith("NN")) {
				noun = k;
			}
			k++;
		}
		if (noun != k - 1) {
			return p;
		}
		if (k + 2 < tokens.size() && ("(".equals(tokens.get(k).word()) || "-LRB-".equals(tokens.get(k).tag()))
				&& (")".equals(tokens.get(k + 2).word()) || "-RRB-".equals(tokens.get(k + 2).tag()))) {
			// "fighters of Islamic State West Africa Province (ISWAP)"
			return k + 3;
		}
		return k;
	}

	/**
	 * "held in captivity" at {@code p}; "in Ukrainian custody" only of soldiers (not "two
	 * suspects in federal custody", an arrest).
	 */
	private static boolean inCustody(List<CoreLabel> tokens, int p, boolean soldiers) {
		int k = (p < tokens.size() && "held".equals(Lexicon.lower(tokens.get(p)))) ? p + 1 : p;
		if (k >= tokens.size() || !"in".equals(Lexicon.lower(tokens.get(k)))) {
			return false;
		}
		for (int j = k + 1; j < tokens.size() && j - k <= 3; j++) {
			String word = Lexicon.lower(tokens.get(j));
			// custody only a country's ("in Ukrainian custody", not "in military
			// custody", "in Navy custody", arrests)
			CoreLabel owner = (j > k + 1) ? tokens.get("POS".equals(tokens.get(j - 1).tag()) ? j - 2 : j - 1) : null;
			boolean country = owner != null && (Set.of("NATIONALITY", "COUNTRY", "LOCATION").contains(owner.ner())
					|| "JJ".equals(owner.tag()) && Character.isUpperCase(owner.word().charAt(0)));
			if ("captivity".equals(word) || soldiers && "custody".equals(word) && country) {
				// "Three soldiers in Ukrainian custody died of their wounds": the death
				return !casualtyVerbAfter(tokens, j + 1);
			}
			if (!tokens.get(j).tag().matches("JJ|NNP|PRP\\$|DT")) {
				return false;
			}
		}
		return false;
	}

	/** "... but were not shot" from {@code from} to the sentence's end. */
	private static boolean hurtButNotShot(List<CoreLabel> tokens, int from) {
		boolean hurt = false;
		for (int k = from; k + 3 < tokens.size(); k++) {
			CoreLabel token = tokens.get(k);
			if (!hurt && token.tag().startsWith("VB") && Lexicon.WOUNDED.equals(Lexicon.kindOf(token))) {
				// "hurt", "injured" (not "wounded by shrapnel but not shot")
				if (!Set.of("hurt", "injure").contains(Lexicon.lemma(token))) {
					return false;
				}
				hurt = true;
			}
			if (";".equals(token.word()) || hurt && token.tag().startsWith("NN") && Lexicon.isHuman(token)) {
				// another clause or another person: "...; the gunman's brother ... was
				// not shot"
				return false;
			}
			if (hurt && "but".equals(Lexicon.lower(tokens.get(k)))
					&& Set.of("was", "were").contains(Lexicon.lower(tokens.get(k + 1)))
					&& "not".equals(Lexicon.lower(tokens.get(k + 2)))
					&& Set.of("shot", "struck").contains(Lexicon.lower(tokens.get(k + 3)))) {
				return true;
			}
		}
		return false;
	}

	/** A killed or wounded verb from {@code from} to the clause's end. */
	private static boolean casualtyVerbAfter(List<CoreLabel> tokens, int from) {
		for (int k = from; k < tokens.size(); k++) {
			CoreLabel token = tokens.get(k);
			if (Set.of(";", "and", "but").contains(Lexicon.lower(token))) {
				return false;
			}
			String kind = token.tag().startsWith("VB") ? Lexicon.kindOf(token) : null;
			if (Lexicon.KILLED.equals(kind) || Lexicon.WOUNDED.equals(kind)) {
				return true;
			}
		}
		return false;
	}

	/**
	 * "in Ukrainian custody" at {@code p} before a casualty verb ("Three soldiers in
	 * Ukrainian custody died of their wounds"): the verb, else p.
	 */
	private static int pastCustody(List<CoreLabel> tokens, int p) {
		if (p >= tokens.size() || !"in".equals(Lexicon.lower(tokens.get(p)))) {
			return p;
		}
		for (int j = p + 1; j < tokens.size() - 1 && j - p <= 3; j++) {
			if (Set.of("custody", "captivity").contains(Lexicon.lower(tokens.get(j)))) {
				// a death, a wound or a disappearance after it ("are missing", "have gone
				// missing", "remain unaccounted for"; not "were exchanged", which the
				// custody tells)
				int v = j + 1;
				while (v + 1 < tokens.size() && (MAIN_AUXILIARIES.contains(Lexicon.lower(tokens.get(v)))
						|| Set.of("been", "gone", "remain", "remained").contains(Lexicon.lower(tokens.get(v))))) {
					v++;
				}
				String kind = Lexicon.kindOf(tokens.get(v));
				return tokens.get(j + 1).tag().startsWith("VB")
						&& (Lexicon.KILLED.equals(kind) || Lexicon.WOUNDED.equals(kind) || Lexicon.MISSING.equals(kind))
								? j + 1 : p;
			}
		}
		return p;
	}

	/** After "on both sides", "on the Russian side" at {@code p}: past it, else p. */
	private static int afterSidePhrase(List<CoreLabel> tokens, int p) {
		if (p >= tokens.size() || !"on".equals(Lexicon.lower(tokens.get(p)))) {
			return p;
		}
		for (int k = p + 1; k < tokens.size() && k - p <= 3; k++) {
			String word = Lexicon.lower(tokens.get(k));
			if (Set.of("side", "sides").contains(word)) {
				// not "on the other side of the street", a place
				return (k + 1 < tokens.size() && "of".equals(Lexicon.lower(tokens.get(k + 1)))) ? p : k + 1;
			}
			if (!tokens.get(k).tag().matches("DT|JJ|NNP|PRP\\$")) {
				return p;
			}
		}
		return p;
	}

	private static final Set<String> MAIN_AUXILIARIES = Set.of("had", "have", "has", "were", "was", "are", "is");

	/**
	 * "Two soldiers manning a checkpoint", "Four people attending a wedding": a present
	 * participle with its object after the counted people tells who they are; the people
	 * end before it (not "two people lying dead").
	 */
	private static boolean participleWithObject(List<CoreLabel> tokens, int after, int k) {
		return k > after && k + 1 < tokens.size() && "VBG".equals(tokens.get(k).tag())
				&& "NNS".equals(tokens.get(k - 1).tag())
				&& (Lexicon.isHuman(tokens.get(k - 1)) || Lexicon.isMilitary(tokens.get(k - 1)))
				&& tokens.get(k + 1).tag().matches("DT|PRP\\$|JJ|NNS?|CD") && Lexicon.kindOf(tokens.get(k + 1)) == null;
	}

	/**
	 * Tags that may open what follows a present participle after the counted people: a
	 * phrase, or its object ("Two soldiers manning a checkpoint were killed").
	 */
	private static final String OBJECT_OR_PHRASE_TAGS = "IN|TO|RB|DT|PRP\\$|JJ|NNS?|CD";

	/**
	 * "troops sent to Russia had been killed": past the participle phrase at {@code p} (a
	 * participle, then a preposition and its noun) to the auxiliary of a casualty verb
	 * after it; else p.
	 */
	private static int pastReducedRelative(List<CoreLabel> tokens, int p) {
		int n = tokens.size();
		String told = (p < n) ? Lexicon.kindOf(tokens.get(p)) : null;
		// not a casualty participle: "Two soldiers captured near Krynky were wounded";
		// but the wounded may die ("Two children wounded in the shelling later died")
		boolean hurt = Lexicon.WOUNDED.equals(told) || Lexicon.SHOT.equals(told);
		if (hurt && p + 2 < n && "VBN".equals(tokens.get(p).tag()) && "when".equals(Lexicon.lower(tokens.get(p + 1)))) {
			// "Two soldiers wounded when their vehicle hit a mine later died": past the
			// clause of how they were hurt, with its one verb, only to a death told as
			// later ("... later died", "... died later"); not "Six soldiers wounded when
			// their convoy was ambushed were evacuated, and two later died" (their own
			// verb, then others' deaths)
			Set<String> later = Set.of("later", "subsequently", "eventually");
			int verbs = 0;
			for (int k = p + 2; k + 1 < n && k - p < 16; k++) {
				CoreLabel token = tokens.get(k);
				if ("VBD".equals(token.tag()) && Set.of("die", "perish").contains(Lexicon.lemma(token))
						&& (later.contains(Lexicon.lower(tokens.get(k - 1)))
								|| later.contains(Lexicon.lower(tokens.get(k + 1))))) {
					return (verbs == 1) ? k : p;
				}
				if (Set.of(",", ";", "and", "but", "where", "while").contains(Lexicon.lower(token))) {
					return p;
				}
				verbs += token.tag().matches("VBD|VBZ|VBP|MD") ? 1 : 0;
			}
			return p;
		}
		if (p + 2 >= n || !tokens.get(p).tag().matches("VBN|VBD|VBG")
				|| told != null && !Lexicon.DEPLOYED.equals(told) && !(hurt && "VBN".equals(tokens.get(p).tag()))
				|| SKIP_AFTER_NP.contains(Lexicon.lower(tokens.get(p)))
				|| !tokens.get(p + 1)
					.tag()
					.matches("VBG".equals(tokens.get(p).tag()) ? OBJECT_OR_PHRASE_TAGS : "IN|TO|RB")
				|| "VBG".equals(tokens.get(p).tag()) && told != null || timeClauseAt(tokens, p + 1)) {
			// not "Hundreds of people gathered since two teenagers were shot dead"
			return p;
		}
		for (int k = p + 2; k < n && k - p < 9; k++) {
			String word = Lexicon.lower(tokens.get(k));
			int bare = Set.of("later", "subsequently", "eventually").contains(word) ? k + 1 : k;
			if (bare < n && "VBD".equals(tokens.get(bare).tag())
					&& Set.of("die", "perish").contains(Lexicon.lemma(tokens.get(bare)))) {
				// "Twelve miners trapped underground since Monday died", "Two children
				// wounded in the shelling later died"
				return bare;
			}
			if (hurt) {
				// the wounded are the wounded unless they died; an auxiliary, a verb or a
				// clause of their own ends the phrase ("Two deputies shot in the exchange
				// survived; the gunman died"; not "Two of the four people wounded in the
				// shooting have died", some of them)
				if (MAIN_AUXILIARIES.contains(word) || tokens.get(k).tag().matches("VBD|VBZ|VBP|MD|WDT|WP|:")
						|| Set.of(";", ",", "but", "and", "while", "when", "as").contains(word)) {
					return p;
				}
				continue;
			}
			if (MAIN_AUXILIARIES.contains(word)) {
				int v = k + 1;
				boolean passive = !word.startsWith("ha");
				while (v < n && v - k < 3
						&& Set.of("been", "also", "since", "later", "now").contains(Lexicon.lower(tokens.get(v)))) {
					passive |= "been".equals(Lexicon.lower(tokens.get(v)));
					v++;
				}
				String kind = (v < n) ? Lexicon.kindOf(tokens.get(v)) : null;
				// their own fate: "had been killed", "were killed", "had died";
				// not someone else's deed ("militants had killed dozens")
				// nor "were killing civilians"
				boolean theirFate = passive && v < n
						&& ("VBN".equals(tokens.get(v).tag()) || Lexicon.MISSING.equals(kind))
						|| v < n && Set.of("die", "perish").contains(Lexicon.lemma(tokens.get(v)));
				return (kind != null && !Lexicon.DEPLOYED.equals(kind) && tokens.get(v).tag().startsWith("V")
						&& theirFate) ? k : p;
			}
			boolean objectsParticiple = "VBN".equals(tokens.get(k).tag()) && "VBG".equals(tokens.get(p).tag())
					&& k > p + 1;
			// "Two medics treating soldiers wounded in the attack were later killed": the
			// object's own participle is passed
			if (!tokens.get(k).tag().matches("IN|TO|DT|JJ|NNP?S?|CD|PRP\\$|POS") && !objectsParticiple
					|| timeClauseAt(tokens, k)) {
				// not "500 officers sent to the area after three protesters were killed"
				// (but "40 workers trapped in the mine since Tuesday were killed")
				return p;
			}
		}
		return p;
	}

	/** Prepositions of a place phrase right after the counted people. */
	private static final Set<String> PLACE_PREPOSITIONS = Set.of("in", "on", "aboard", "inside", "at", "near");

	/**
	 * "in the car were killed", "aboard the bus died": past a short place phrase at
	 * {@code p} to the auxiliary (or death verb) of the people's fate after it; else p.
	 */
	private static int pastPlacePhrase(List<CoreLabel> tokens, int p) {
		int n = tokens.size();
		if (p + 3 >= n || !PLACE_PREPOSITIONS.contains(Lexicon.lower(tokens.get(p)))) {
			return p;
		}
		// a place named after the preposition (not "two men inside were hurt")
		for (int k = p + 2; k + 1 < n && k - p < 7; k++) {
			String word = Lexicon.lower(tokens.get(k));
			if ("VBD".equals(tokens.get(k).tag()) && Set.of("die", "perish").contains(Lexicon.lemma(tokens.get(k)))) {
				return k;
			}
			if (Set.of("was", "were").contains(word)) {
				String kind = Lexicon.kindOf(tokens.get(k + 1));
				return "VBN".equals(tokens.get(k + 1).tag()) && kind != null && !Lexicon.CAPTURED.equals(kind)
						&& !Lexicon.DEPLOYED.equals(kind) ? k : p;
			}
			if (!tokens.get(k).tag().matches("DT|JJ|NNP?S?|CD|POS|PRP\\$")) {
				return p;
			}
		}
		return p;
	}

	/**
	 * "loyal to the former government", "linked to the Islamic State", "allied with the
	 * army": whom the counted at {@code p} side with, passed when their verb of a
	 * casualty follows ("were killed", "were reportedly killed").
	 */
	private static int pastAllegiance(List<CoreLabel> tokens, int p) {
		int n = tokens.size();
		if (p >= 1 && p < n && Set.of("to", "with").contains(Lexicon.lower(tokens.get(p)))) {
			// the noun phrase may end past the adjective
			p--;
		}
		if (p + 3 >= n
				|| !Set.of("loyal", "linked", "allied", "affiliated", "aligned").contains(Lexicon.lower(tokens.get(p)))
				|| !Set.of("to", "with").contains(Lexicon.lower(tokens.get(p + 1)))) {
			return p;
		}
		for (int k = p + 2; k + 1 < n && k - p < 9; k++) {
			if (Set.of("was", "were").contains(Lexicon.lower(tokens.get(k)))) {
				int v = k + 1;
				while (v < n && "RB".equals(tokens.get(v).tag())) {
					v++;
				}
				String kind = (v < n) ? Lexicon.kindOf(tokens.get(v)) : null;
				return v < n && "VBN".equals(tokens.get(v).tag()) && kind != null && !Lexicon.CAPTURED.equals(kind)
						&& !Lexicon.DEPLOYED.equals(kind) ? k : p;
			}
			if (!tokens.get(k).tag().matches("DT|JJ|NNP?S?|CD|POS|PRP\\$|HYPH")
					&& !"of".equals(Lexicon.lower(tokens.get(k)))) {
				return p;
			}
		}
		return p;
	}

	/**
	 * "between the ages of 14 and 19", "ages 15 to 17", "aged 20": the ages of the
	 * counted at {@code p}, passed when a verb or an aside follows them.
	 */
	private static int pastAgeRange(List<CoreLabel> tokens, int p) {
		int n = tokens.size();
		int k = p;
		if (k + 3 < n && "between".equals(Lexicon.lower(tokens.get(k)))
				&& "the".equals(Lexicon.lower(tokens.get(k + 1))) && "ages".equals(Lexicon.lower(tokens.get(k + 2)))
				&& "of".equals(Lexicon.lower(tokens.get(k + 3)))) {
			k += 4;
		}
		else if (k < n && Set.of("ages", "aged").contains(Lexicon.lower(tokens.get(k)))) {
			k++;
		}
		else {
			return p;
		}
		if (k >= n || !"CD".equals(tokens.get(k).tag())) {
			return p;
		}
		k++;
		if (k + 1 < n && Set.of("and", "to", "through", "-", "–").contains(Lexicon.lower(tokens.get(k)))
				&& "CD".equals(tokens.get(k + 1).tag())
				&& !(k + 2 < n && tokens.get(k + 2).tag().matches("NN.*|JJ.*|CD"))) {
			// not "aged 15 and three adults": a second count
			k += 2;
		}
		return (k < n
				&& (SKIP_AFTER_NP.contains(Lexicon.lower(tokens.get(k))) || Lexicon.kindOf(tokens.get(k)) != null)) ? k
						: p;
	}

	/** The "since" of "since the (full-scale) war" before {@code k}, else -1. */
	private static int sinceBefore(List<CoreLabel> tokens, int k) {
		for (int j = k - 1; j >= 0 && j >= k - 7; j--) {
			if ("since".equals(Lexicon.lower(tokens.get(j)))) {
				return j;
			}
		}
		return -1;
	}

	/**
	 * "Four hostages held in Gaza since October were killed": the "since" at
	 * {@code since} dates a participle of state after the counted people (how long they
	 * were held), not the toll.
	 */
	private static boolean heldSince(List<CoreLabel> tokens, NumberMention m, int since) {
		for (int k = m.last + 1; k < since && k <= m.last + 3; k++) {
			if ("VBN".equals(tokens.get(k).tag()) && tokens.get(k - 1).tag().startsWith("NN")) {
				// right after the people's noun (not "have been killed since"), no fate
				// between it and "since" ("300 civilians registered killed since March")
				String kind = Lexicon.kindOf(tokens.get(k));
				for (int j = k + 1; j < since; j++) {
					if (Lexicon.kindOf(tokens.get(j)) != null) {
						return false;
					}
				}
				return kind == null || Lexicon.CAPTURED.equals(kind);
			}
		}
		return false;
	}

	/**
	 * A time clause opening at {@code k} ("after three protesters were killed"), not a
	 * time word before a date ("since Tuesday").
	 */
	private static boolean timeClauseAt(List<CoreLabel> tokens, int k) {
		return TIME_CLAUSE_WORDS.contains(Lexicon.lower(tokens.get(k))) && !dateAfter(tokens, k + 1);
	}

	/** A date at {@code k} past its determiners: "Tuesday", "last week". */
	private static boolean dateAfter(List<CoreLabel> tokens, int k) {
		while (k < tokens.size() && tokens.get(k).tag().matches("DT|JJ|CD")
				&& !Set.of("DATE", "TIME", "DURATION").contains(tokens.get(k).ner())) {
			k++;
		}
		return k < tokens.size() && Set.of("DATE", "TIME", "DURATION").contains(tokens.get(k).ner());
	}

	private static final Set<String> TIME_CLAUSE_WORDS = Set.of("after", "since", "as", "when", "while", "before",
			"until", "because", "where", "once");

	/**
	 * After "— a grandmother, her daughter and a boy —" at {@code p}: past it, else p.
	 */
	private static int afterDashAside(List<CoreLabel> tokens, int p) {
		if (p >= tokens.size() || !DASHES.contains(tokens.get(p).word())) {
			return p;
		}
		for (int k = p + 1; k < tokens.size() && k - p < 25; k++) {
			if (DASHES.contains(tokens.get(k).word())) {
				return k + 1;
			}
		}
		return p;
	}

	/**
	 * "shot once in the chest and died": the index of a death verb that the same subject
	 * takes after "and" in the clause of {@code shot}, or -1.
	 */
	private static int diedLaterInClause(List<CoreLabel> tokens, int shot) {
		for (int k = shot + 1; k + 1 < tokens.size() && k - shot < 12; k++) {
			String word = Lexicon.lower(tokens.get(k));
			if (Set.of(",", ";", ":", ".", "but", "while", "when", "after", "as", "who", "and/or", "or")
				.contains(word)) {
				return -1;
			}
			if ("and".equals(word)) {
				int v = k + 1;
				if (v < tokens.size()
						&& Set.of("later", "then", "subsequently").contains(Lexicon.lower(tokens.get(v)))) {
					v++;
				}
				return (v < tokens.size() && tokens.get(v).tag().matches("VBD|VBN")
						&& Lexicon.KILLED.equals(Lexicon.kindOf(tokens.get(v)))) ? v : -1;
			}
		}
		return -1;
	}

	private static final Set<String> NONE_WORDS = Set.of("none", "neither", "nobody");

	/**
	 * "survived", "survived the crash": survival of the event (not "survived the
	 * layoffs").
	 */
	private static boolean survivedEvent(List<CoreLabel> tokens, int from) {
		for (int k = from; k < tokens.size() && k - from < 5; k++) {
			if ("survive".equals(Lexicon.lemma(tokens.get(k))) && tokens.get(k).tag().startsWith("VB")) {
				if (k + 1 >= tokens.size() || Set.of(".", ",", ";").contains(tokens.get(k + 1).word())) {
					return true;
				}
				return k + 2 < tokens.size() && "the".equals(Lexicon.lower(tokens.get(k + 1)))
						&& Set
							.of("crash", "attack", "blast", "fire", "explosion", "sinking", "shooting", "strike",
									"bombing", "collapse", "shelling", "raid", "massacre", "accident")
							.contains(Lexicon.lower(tokens.get(k + 2)));
			}
		}
		return false;
	}

	/**
	 * "survived" a few nouns after a count ("none of the 60 crew members survived"), not
	 * negated.
	 */
	private static boolean survivedAfter(List<CoreLabel> tokens, int from) {
		for (int k = from; k < tokens.size() && k - from < 5; k++) {
			CoreLabel token = tokens.get(k);
			if ("survive".equals(Lexicon.lemma(token)) && token.tag().startsWith("VB")) {
				// not "survived unhurt", "survived longer than five years", "survived
				// for"
				CoreLabel next = (k + 1 < tokens.size()) ? tokens.get(k + 1) : null;
				return next == null || !next.tag().matches("JJ.*|RB.*|IN") || "in".equals(Lexicon.lower(next));
			}
			if (!token.tag().matches("NN.*|JJ|RB|VBD|VBZ|VBP|MD") || "not".equals(Lexicon.lower(token))) {
				return false;
			}
		}
		return false;
	}

	/** A wound or a death (not a capture or a force) a few words after {@code first}. */
	private static boolean woundOrDeathAfter(List<CoreLabel> tokens, int first) {
		// past an aside: "None of Batts' six grandchildren, ages 3 to 14, was hurt"
		for (int j = first + 1; j < tokens.size() && j <= first + 12; j++) {
			if (",".equals(tokens.get(j).word()) && j + 1 < tokens.size()
					&& Set.of("who", "which").contains(Lexicon.lower(tokens.get(j + 1)))) {
				// "None of the family's four children, who were asleep, was hurt"
				int close = j + 2;
				while (close < tokens.size() && close - j < 10 && !",".equals(tokens.get(close).word())) {
					close++;
				}
				j = close;
				continue;
			}
			if (Set.of(";", "but", "that", "which", "who", "since").contains(Lexicon.lower(tokens.get(j)))
					|| ",".equals(tokens.get(j).word()) && j + 1 < tokens.size()
							&& Set.of("and", "but", "while").contains(Lexicon.lower(tokens.get(j + 1)))) {
				// "None of the group's 12 hostages were freed; two died": the death is
				// of another clause
				return false;
			}
			String kind = Lexicon.kindOf(tokens.get(j));
			if (kind != null && !Lexicon.CAPTURED.equals(kind) && !Lexicon.DEPLOYED.equals(kind)) {
				return true;
			}
		}
		return false;
	}

	/**
	 * "none of the 14 passengers", "neither of his two sons", "neither the clerk nor his
	 * two customers", "nor any of the 14 passengers": a number no one of.
	 */
	private static boolean noneOf(List<CoreLabel> tokens, int first) {
		int k = first - 1;
		if (k >= 1 && "POS".equals(tokens.get(k).tag())
				&& (woundOrDeathAfter(tokens, first) || survivedEvent(tokens, first + 1))) {
			// "None of the ship's 20 crewmen were hurt" (not "None of the group's 12
			// hostages has been freed")
			k--;
			while (k >= 1 && tokens.get(k).tag().matches("NNP?S?")) {
				k--;
			}
		}
		if (k >= 0 && tokens.get(k).tag().matches("DT|PRP\\$")) {
			k--;
		}
		if (k >= 0 && "nor".equals(Lexicon.lower(tokens.get(k)))) {
			return true;
		}
		if (k < 1 || !"of".equals(Lexicon.lower(tokens.get(k)))) {
			return false;
		}
		String before = Lexicon.lower(tokens.get(k - 1));
		return NONE_WORDS.contains(before) || Set.of("any", "one").contains(before) && k >= 2
				&& Set.of("nor", "not").contains(Lexicon.lower(tokens.get(k - 2)))
				&& !(k >= 3 && "be".equals(Lexicon.lemma(tokens.get(k - 3))));
	}

	private Figure classify(int sentenceIndex, List<CoreLabel> tokens, NumberMention m, Set<Integer> usedKeywords,
			List<Figure> figures, int firstInSentence, boolean gunfireStory) {
		int n = tokens.size();
		int after = m.last + 1;
		int counted = "''".equals(tokens.get(m.last).tag()) ? m.last - 1 : m.last;
		int possessed = possessedAfterOf(tokens, after);
		if (after < n && "of".equals(Lexicon.lower(tokens.get(after)))
				&& (NumberWords.vague(tokens.get(counted).word()) != null
						|| "dozen".equalsIgnoreCase(tokens.get(m.last).word()))) {
			after++;
		}
		else if (after + 2 < n && ofTheGroup(tokens, after) && (tokens.get(after + 2).tag().matches("NNS|JJ|VBN")
				|| Set.of("staff", "personnel").contains(Lexicon.lower(tokens.get(after + 2))))) {
			// "two of the victims": the number counts the noun after "of the"; "310 of
			// its staff"
			after += 2;
		}
		else if (after + 3 < n && ofTheGroup(tokens, after) && isNumberToken(tokens, after + 2)
				&& tokens.get(after + 3).tag().matches("NNS|JJ|VBN")) {
			// "one of the two victims died"
			after += 3;
		}
		else if (possessed >= 0) {
			// "two of the city's 40 officers", "three of Kyiv's firefighters"
			after = (possessed + 1 < n && isNumberToken(tokens, possessed)) ? possessed + 1 : possessed;
		}
		// "none of the 14 passengers were hurt" counts no one, but "none of the 60 crew
		// members survived" counts the dead
		boolean noneSurvived = noneOf(tokens, m.first);
		if (noneSurvived && !survivedAfter(tokens, after)) {
			return null;
		}
		int ofWhole = (m.first >= 3 && ofTheGroup(tokens, m.first - 2)) ? m.first - 2
				: ofBeforePossessor(tokens, m.first);
		if (ofWhole >= 1 && isNumberToken(tokens, ofWhole - 1) && !describedGroup(tokens, m.last + 1)
				&& !(ofWhole >= 2 && "not".equals(Lexicon.lower(tokens.get(ofWhole - 2))))) {
			// "two" in "one of the two victims died" counts the whole group, not the dead
			return null;
		}
		String unit = (m.unit != null) ? m.unit : (after < n ? Lexicon.unit(tokens.get(after).word()) : null);
		if (unit == null && m.unit == null && after + 1 < n && "nautical".equals(Lexicon.lower(tokens.get(after)))
				&& "mi".equals(Lexicon.unit(tokens.get(after + 1).word()))) {
			// "about 50 nautical miles south-west of the port"
			unit = "nmi";
		}
		if (unit != null) {
			if (m.first >= 2 && isOpeningBracket(tokens.get(m.first - 1))
					&& (m.first >= 3 && Lexicon.unit(tokens.get(m.first - 2).word()) != null
							&& isNumberToken(tokens, m.first - 3)
							|| tokens.get(m.first - 2).word().matches("\\d[\\d.,]*(km|m|mi|miles)"))) {
				// "about 8 km (5 miles) from the city": the same distance converted
				return null;
			}
			int lengthVerb = wordBeforeCount(tokens, m.qualifierStart - 1);
			if (lengthVerb >= 0 && Set.of("stretch", "span").contains(Lexicon.lemma(tokens.get(lengthVerb)))) {
				// "the berm that stretches some 31km around the city": a length
				return null;
			}
			int unitEnd = (m.unit != null) ? m.last : after;
			int dash = (unitEnd + 1 < n && Set.of("-", "--").contains(tokens.get(unitEnd + 1).word())) ? unitEnd + 2
					: unitEnd + 1;
			if (dash < n && Set.of("long", "wide", "deep", "high", "-long", "-wide")
				.contains(Lexicon.lower(tokens.get(dash))) && dash > unitEnd + 1) {
				// "The 740km-long Line of Control": a length
				return null;
			}
			// "within 5 km of", "within only 3 km of"
			boolean within = false;
			for (int k = Math.max(0, m.qualifierStart - 3); k <= m.qualifierStart && k < n; k++) {
				within |= "within".equals(Lexicon.lower(tokens.get(k)));
			}
			// "advanced 5 km of ground", "some 2 km of open field from the village": how
			// far, not a length
			boolean advanced = lengthVerb >= 0 && Set.of("advance", "push", "gain", "penetrate", "progress")
				.contains(Lexicon.lemma(tokens.get(lengthVerb)));
			// "2 km of open field from the village" (not "10 km of trenches from the
			// river")
			boolean from = false;
			for (int k = unitEnd + 2; k < n && k <= unitEnd + 6; k++) {
				from |= "from".equals(Lexicon.lower(tokens.get(k)))
						&& TERRAIN.contains(Lexicon.lower(tokens.get(k - 1)));
			}
			if (!within && !advanced && !from && unitEnd + 2 < n && "of".equals(Lexicon.lower(tokens.get(unitEnd + 1)))
					&& tokens.get(unitEnd + 2).tag().matches("JJ|NN|NNS|VBN")) {
				// "built 14 kilometres of new road", "10 km of trenches": a length,
				// not how far from a place ("within 5 km of the border" is)
				return null;
			}
			return distance(sentenceIndex, tokens, m, unit);
		}
		if (after + 2 < n && "-".equals(tokens.get(after).word())
				&& "strong".equals(Lexicon.lower(tokens.get(after + 1)))) {
			// "a 3,000-strong contingent of Kenyan police officers": a force's size
			String party = nominalAfter(tokens, after + 2, "DT");
			int ofAt = after + 2;
			while (ofAt < n && tokens.get(ofAt).tag().matches("NN.*|JJ.*")) {
				ofAt++;
			}
			String members = (ofAt + 1 < n && "of".equals(Lexicon.lower(tokens.get(ofAt))))
					? nominalAfter(tokens, ofAt + 1, "DT") : null;
			return counted("force_size", Lexicon.DEPLOYED, m,
					(party != null && members != null) ? party + " of " + members : party, null, sentenceIndex, tokens);
		}
		int unitBefore = m.qualifierStart - 2;
		// "The battalion, roughly 400 men strong, ...": its size in men
		int strong = (after + 1 < n && "NNS".equals(tokens.get(after).tag())
				&& (Lexicon.isHuman(tokens.get(after)) || Lexicon.isMilitary(tokens.get(after)))) ? after + 1 : after;
		if (strong < n && "strong".equals(Lexicon.lower(tokens.get(strong))) && unitBefore >= 0
				&& ",".equals(tokens.get(unitBefore + 1).word()) && tokens.get(unitBefore).tag().startsWith("NN")
				&& Lexicon.isMilitary(tokens.get(unitBefore))) {
			// "The 155th brigade, some 5,800 strong, ...": the unit's size in apposition
			return counted("force_size", Lexicon.DEPLOYED, m, nounPhraseEndingAt(tokens, unitBefore), null,
					sentenceIndex, tokens);
		}
		if (after + 2 < n && "-".equals(tokens.get(after).word()) && "NN".equals(tokens.get(after + 1).tag())
				&& tokens.get(after).beginPosition() == tokens.get(m.last).endPosition()
				&& tokens.get(after).endPosition() == tokens.get(after + 1).beginPosition()
				&& tokens.get(after + 2).tag().startsWith("NN") && Lexicon.unit(tokens.get(after + 1).word()) == null
				&& !Lexicon.isHuman(tokens.get(after + 1)) && !Lexicon.isMilitary(tokens.get(after + 1))) {
			// "a four-storey building", "a three-day bombardment": the number describes a
			// thing, it counts nobody
			return null;
		}
		String kind = null;
		int keyword = -1;
		boolean released = false;
		String tollParty = null;
		boolean quotedNoun = after + 2 < n && "``".equals(tokens.get(after).tag());
		if (quotedNoun) {
			// 'said 40 "terrorists" were killed': the quote marks hold the noun
			after++;
		}
		int npEnd = after;
		if (npEnd + 1 < n && "more".equals(Lexicon.lower(tokens.get(npEnd))) && "RBR".equals(tokens.get(npEnd).tag())
				&& !"than".equals(Lexicon.lower(tokens.get(npEnd + 1)))) {
			// "and dozens more injured": after a vague count "more" may be tagged an
			// adverb; it still belongs to the counted
			npEnd++;
		}
		while (npEnd < n && npEnd - after < 6 && isNounPhraseTag(tokens.get(npEnd))
				&& Lexicon.kindOf(tokens.get(npEnd)) == null && !dateAfterNoun(tokens, after, npEnd)
				&& !participleWithObject(tokens, after, npEnd)
				&& !(npEnd > after && pastAgeRange(tokens, npEnd) > npEnd)) {
			npEnd++;
		}
		int head = -1;
		for (int k = npEnd - 1; k >= after; k--) {
			if (tokens.get(k).tag().startsWith("NN")) {
				head = k;
				break;
			}
		}
		int p = npEnd;
		if (quotedNoun && p < n && "''".equals(tokens.get(p).tag())) {
			p++;
		}
		if (head >= 0 && Lexicon.isHuman(tokens.get(head))) {
			// "three members of one family were shot", "two residents of the building"
			p = afterOfPhrase(tokens, p);
			// "Three members of one family — a grandmother, her daughter and a boy — were
			// shot": the dashes hold who they are
			p = afterDashAside(tokens, p);
			// "70 of its soldiers and civilians have died"; not an object ("captured 30
			// soldiers and civilians were killed")
			int verbBefore = wordBeforeCount(tokens, m.qualifierStart - 1);
			if (verbBefore < 0 || !tokens.get(verbBefore).tag().startsWith("VB")
					|| REPORTING_LEMMAS.contains(Lexicon.lemma(tokens.get(verbBefore)))) {
				p = afterConjoinedPeople(tokens, p);
			}
		}
		if (head >= 0) {
			// "70 combatants on both sides had died"
			p = afterSidePhrase(tokens, p);
			p = pastCustody(tokens, p);
			// "3,000 of the troops sent to Russia had been killed": past the participle
			// that tells who they are, to the verb that tells what befell them
			p = pastReducedRelative(tokens, p);
			if (p >= 1 && p < n && "IN".equals(tokens.get(p).tag()) && "VBG".equals(tokens.get(p - 1).tag())) {
				// "About 70 people sheltering in the church were killed": the noun phrase
				// took in the participle
				int past = pastReducedRelative(tokens, p - 1);
				p = (past != p - 1) ? past : p;
			}
			// "Five people in the car were killed"
			p = pastPlacePhrase(tokens, p);
			// "Dozens of gunmen loyal to the former government were killed"
			p = pastAllegiance(tokens, p);
			// "seven people between the ages of 14 and 19 were hit"
			p = pastAgeRange(tokens, p);
		}
		int tagFirst = (p > m.last && head >= 0) ? reportTagAside(tokens, p) : -1;
		if (tagFirst > p && tagFirst + 1 < n && (SUBSET_CUES.contains(Lexicon.lower(tokens.get(tagFirst + 1)))
				|| GROUP_ASIDES.contains(Lexicon.lower(tokens.get(tagFirst + 1))))) {
			// "Five people, police said, including two children, were wounded": the tag
			// before the aside
			p = tagFirst;
		}
		if (p + 1 < n && ",".equals(tokens.get(p).word()) && (SUBSET_CUES.contains(Lexicon.lower(tokens.get(p + 1)))
				|| GROUP_ASIDES.contains(Lexicon.lower(tokens.get(p + 1))) || ofThemAside(tokens, p + 1))) {
			// "Four people, including the gunman, were killed", "30 people, most of them
			// women and children, had been killed"
			int width = asideWidth(tokens, p);
			int close = p + 2;
			while (close < n && close - p < width && !",".equals(tokens.get(close).word())
					&& Lexicon.kindOf(tokens.get(close)) == null) {
				close++;
			}
			// not before a participle of the next clause: "a school sheltering 300
			// people, most of them women, killing 12"
			boolean aside = SUBSET_CUES.contains(Lexicon.lower(tokens.get(p + 1)))
					|| close + 1 < n && !"VBG".equals(tokens.get(close + 1).tag());
			if (close < n && close - p < width && ",".equals(tokens.get(close).word()) && aside) {
				// "Twelve people, including two children, the governor said, were
				// wounded": a tag after the aside
				int tag = reportTagAside(tokens, close);
				p = (tag > close) ? tag + 1 : close + 1;
			}
		}
		int verbSearch = p;
		if (p < n && Lexicon.kindOf(tokens.get(p)) != null) {
			keyword = p;
		}
		else {
			while (p < n && p - verbSearch < 6 && Lexicon.kindOf(tokens.get(p)) == null
					&& (SKIP_AFTER_NP.contains(Lexicon.lower(tokens.get(p))) || listedAs(tokens, p)
							|| "``".equals(tokens.get(p).tag()) && p + 1 < n
									&& (Lexicon.kindOf(tokens.get(p + 1)) != null || euphemismKill(tokens.get(p + 1)))
							|| "RB".equals(tokens.get(p).tag()) && !"not".equals(Lexicon.lower(tokens.get(p)))
							|| pronouncedDead(tokens, p) || survivalDenied(tokens, p))) {
				p++;
			}
			int close = p + 1;
			int asideParticiple = -1;
			int tag = (p > m.last && head >= 0) ? reportTagAside(tokens, p) : -1;
			if (tag > p) {
				// "Two soldiers, the army said, were killed": the tag sits between the
				// counted and what befell them
				close = tag;
			}
			else if (p < n && ",".equals(tokens.get(p).word()) && p >= 2
					&& "of".equals(Lexicon.lower(tokens.get(m.last + 1)))
					&& Set.of("them", "victims", "people").contains(Lexicon.lower(tokens.get(p - 1)))) {
				// "One of them, a 19-year-old woman, died": the apposition names the one
				while (close < n && close - p < 10 && !",".equals(tokens.get(close).word())
						&& Lexicon.kindOf(tokens.get(close)) == null) {
					close++;
				}
			}
			else if (p + 1 < n && ",".equals(tokens.get(p).word()) && p > m.last && head >= 0
					&& Lexicon.isHuman(tokens.get(head))
					&& Set.of("a", "an").contains(Lexicon.lower(tokens.get(p + 1)))) {
				// "One person, a 22-year-old man, was taken to a hospital": who the
				// person is
				while (close < n && close - p < 10 && !",".equals(tokens.get(close).word())
						&& Lexicon.kindOf(tokens.get(close)) == null && !tokens.get(close).tag().startsWith("VB")) {
					close++;
				}
			}
			else if (p + 1 < n && ",".equals(tokens.get(p).word()) && p > m.last && head >= 0
					&& Lexicon.isHuman(tokens.get(head)) && "PERSON".equals(tokens.get(p + 1).ner())) {
				// "Two brothers, Luis and Marco Vega, were shot": their names in
				// apposition
				while (close < n && close - p < 10 && ("PERSON".equals(tokens.get(close).ner())
						|| "and".equals(Lexicon.lower(tokens.get(close))))) {
					close++;
				}
			}
			else if (p + 1 < n && ",".equals(tokens.get(p).word()) && p > m.last && ages(tokens.get(p + 1))) {
				// "Two brothers, ages 17 and 20, were wounded": their ages in apposition
				while (close < n && close - p < 8 && !",".equals(tokens.get(close).word()) && (ages(tokens.get(close))
						|| Set.of("and", "to", "through", "-", "–").contains(Lexicon.lower(tokens.get(close))))) {
					close++;
				}
			}
			else if (p + 2 < n && ",".equals(tokens.get(p).word()) && p > m.last && head >= 0 && p == head + 1
					&& (Lexicon.isHuman(tokens.get(head)) || Lexicon.isMilitary(tokens.get(head)))
					&& "VBN".equals(tokens.get(p + 1).tag()) && Lexicon.kindOf(tokens.get(p + 1)) != null) {
				// "Two soldiers, wounded in the blast, died", "Three officers, injured in
				// the crash, were treated": what the verb after the aside says, else the
				// aside's participle
				asideParticiple = p + 1;
				while (close < n && close - p < 10 && !",".equals(tokens.get(close).word())) {
					close++;
				}
			}
			// (a reporting tag may run to 12 words: ", the shadow government's human
			// rights ministry said on Friday,")
			if (close > p + 1 && close < n && (close - p < 10 || close == tag)
					&& ",".equals(tokens.get(close).word())) {
				p = close + 1;
				while (p < n && p - close < 4 && Lexicon.kindOf(tokens.get(p)) == null
						&& SKIP_AFTER_NP.contains(Lexicon.lower(tokens.get(p)))) {
					p++;
				}
				// "Two gunmen, wounded in the shootout, killed three officers": their
				// own deed after the aside; what befell them is the participle
				boolean deed = p + 1 < n && "VBD".equals(tokens.get(p).tag())
						&& tokens.get(p + 1).tag().matches("CD|DT|NNS?|PRP\\$?");
				if (asideParticiple >= 0 && (p >= n || Lexicon.kindOf(tokens.get(p)) == null || deed)) {
					p = asideParticiple;
				}
			}
			if (p < n && Lexicon.kindOf(tokens.get(p)) != null && (p > npEnd || head >= 0)) {
				keyword = p;
			}
		}
		if (keyword < 0 && p < n && p > npEnd && head >= 0 && Lexicon.violentDeath(tokens, p)) {
			// "two men were stabbed to death"
			keyword = p;
		}
		if (keyword < 0 && p + 1 < n && p > npEnd && head >= 0 && "in".equals(Lexicon.lower(tokens.get(p)))) {
			// "more than 8,000 Ukrainians remain in Russian captivity": held
			for (int k = p + 1; k < n && k <= p + 3; k++) {
				if ("captivity".equals(Lexicon.lower(tokens.get(k)))) {
					keyword = k;
				}
			}
		}
		if (keyword < 0 && p == npEnd && head >= 0) {
			keyword = stateAfterCoordinate(tokens, m, p);
		}
		boolean euphemism = keyword < 0 && p < n && p > npEnd && head >= 0 && "VBN".equals(tokens.get(p).tag())
				&& euphemismKill(tokens.get(p)) && Lexicon.isMilitary(tokens.get(head));
		if (euphemism) {
			// '1,430 Russian soldiers had been "eliminated"': passive, so
			// the soldiers are the ones killed
			keyword = p;
		}
		// "two of the injured died": the hurt are the group the count is taken from, the
		// verb after them what befell the two
		boolean hurtGroup = keyword >= 0 && keyword == npEnd && keyword == after && after >= m.last + 3
				&& ofTheGroup(tokens, after - 2) && Lexicon.WOUNDED.equals(Lexicon.kindOf(tokens.get(keyword)));
		if (keyword >= 0 && keyword == npEnd
				&& (hurtGroup || Lexicon.CAPTURED.equals(Lexicon.kindOf(tokens.get(keyword)))
						&& tokens.get(keyword).tag().startsWith("NN"))) {
			// "two prisoners were killed in the riot": the prisoners are who, the verb
			// after them what happened
			int v = keyword + 1;
			if (v + 1 < n && "of".equals(Lexicon.lower(tokens.get(v)))
					&& "war".equals(Lexicon.lower(tokens.get(v + 1)))) {
				// "177 prisoners of war have been executed"
				v += 2;
			}
			while (v < n && v - keyword < 7 && Lexicon.kindOf(tokens.get(v)) == null
					&& SKIP_AFTER_NP.contains(Lexicon.lower(tokens.get(v)))) {
				v++;
			}
			String later = (v < n) ? Lexicon.kindOf(tokens.get(v)) : null;
			int killedAfterHeld = (v < n && (later == null || Lexicon.CAPTURED.equals(later))
					&& "VBN".equals(tokens.get(v).tag())) ? passiveKillAfter(tokens, v + 1) : -1;
			if (later != null && !Lexicon.CAPTURED.equals(later) && !Lexicon.DEPLOYED.equals(later)
					&& tokens.get(v).tag().startsWith("V")) {
				head = hurtGroup ? -1 : keyword;
				npEnd = keyword + 1;
				keyword = v;
			}
			else if (killedAfterHeld >= 0) {
				// "Four hostages held in Gaza since October were killed"
				head = keyword;
				npEnd = keyword + 1;
				keyword = killedAfterHeld;
			}
			else {
				// "executed five prisoners of war", "shot two hostages": the verb before
				// them says what happened to the captives
				int q = wordBeforeCount(tokens, m.qualifierStart - 1);
				String before = (q >= 0) ? Lexicon.kindOf(tokens.get(q)) : null;
				if (before != null && !Lexicon.CAPTURED.equals(before) && !Lexicon.DEPLOYED.equals(before)
						&& (tokens.get(q).tag().startsWith("V") || shotDead(tokens, q))) {
					head = keyword;
					npEnd = keyword + 1;
					keyword = q;
				}
			}
		}
		if (keyword >= 0 && keyword == m.last + 1 && keyword + 1 < n
				&& tokens.get(keyword + 1).tag().matches("JJ|NNP?S?") && tokens.get(keyword).tag().matches("VBG|VBN|JJ")
				&& Lexicon.CAPTURED.equals(Lexicon.kindOf(tokens.get(keyword)))) {
			// "executed seven surrendering Russian soldiers": the verb before the count
			// says what befell the captives the modifier tells
			int q = wordBeforeCount(tokens, m.qualifierStart - 1);
			String before = (q >= 0) ? Lexicon.kindOf(tokens.get(q)) : null;
			if (Lexicon.KILLED.equals(before) && tokens.get(q).tag().startsWith("V")) {
				keyword = q;
			}
		}
		if (keyword >= 0 && keyword == npEnd && "VBN".equals(tokens.get(keyword).tag())
				&& Lexicon.DEPLOYED.equals(Lexicon.kindOf(tokens.get(keyword)))) {
			// "killed about 50 foreign mercenaries stationed at a depot": the
			// participle says where they were, the verb before the count what
			// befell them
			int q = wordBeforeCount(tokens, m.qualifierStart - 1);
			String before = (q >= 0) ? Lexicon.kindOf(tokens.get(q)) : null;
			if (before != null && !Lexicon.DEPLOYED.equals(before) && tokens.get(q).tag().startsWith("V")) {
				keyword = q;
			}
		}
		if (keyword >= 0 && npEnd < n && Set.of("who", "that").contains(Lexicon.lower(tokens.get(npEnd)))
				&& Set.of(Lexicon.SHOT, Lexicon.WOUNDED).contains(Lexicon.kindOf(tokens.get(keyword)))) {
			// "Two men who were shot at an apartment complex on Thursday have died": the
			// relative clause tells who they are, the main verb after it their fate
			int fate = deathAfterRelative(tokens, keyword + 1);
			if (fate >= 0) {
				keyword = fate;
			}
		}
		if (keyword >= 0 && keyword == npEnd && "VBN".equals(tokens.get(keyword).tag())
				&& Lexicon.CAPTURED.equals(Lexicon.kindOf(tokens.get(keyword)))) {
			// "Two soldiers captured near Krynky were executed": the participle says who
			// they were, the passive verb after it what befell them
			int later = passiveKillAfter(tokens, keyword + 1);
			if (later >= 0) {
				keyword = later;
			}
		}
		if (keyword >= 0) {
			kind = Lexicon.violentDeath(tokens, keyword) || euphemism ? Lexicon.KILLED
					: Lexicon.kindOf(tokens.get(keyword));
			boolean countsPeople = countsPeople(tokens, head);
			// "deployed about 400 police officers": a force of police too
			if (Lexicon.DEPLOYED.equals(kind)
					&& (head < 0 || !Lexicon.isMilitary(tokens.get(head)) && !forceSent(tokens, head, keyword))
					|| keyword > npEnd && !countsPeople || activeWithObject(tokens, keyword)
					|| ADVERB_KEYWORDS.contains(Lexicon.lower(tokens.get(keyword))) && keyword + 1 < n
							&& activeWithObject(tokens, keyword + 1)
					|| INJURY_NOUNS.contains(Lexicon.lower(tokens.get(keyword)))) {
				kind = null;
				keyword = -1;
			}
		}
		if (kind == null && m.last + 3 < n && "of".equals(Lexicon.lower(tokens.get(m.last + 1)))
				&& "them".equals(Lexicon.lower(tokens.get(m.last + 2)))
				&& SEVERITY_ADVERBS.contains(Lexicon.lower(tokens.get(m.last + 3)))) {
			// "Nine people were injured, three of them seriously": the badly hurt
			kind = Lexicon.WOUNDED;
			keyword = m.last + 3;
		}
		// "among the injured was one child" the implicit count reads
		int amongGroup = (kind == null && head >= 0 && countsPeople(tokens, head)
				&& m.min.compareTo(BigDecimal.ONE) > 0) ? amongTheGroup(tokens, m) : -1;
		if (amongGroup >= 0) {
			// "Among the dead were four paramedics"
			kind = Lexicon.kindOf(tokens.get(amongGroup));
			keyword = amongGroup;
		}
		if (kind == null && head >= 0 && (Lexicon.isHuman(tokens.get(head)) || Lexicon.isMilitary(tokens.get(head)))
				&& inCustody(tokens, p, Lexicon.isMilitary(tokens.get(head)))) {
			// "20 young soldiers in Ukrainian custody", "were held in captivity"
			kind = Lexicon.CAPTURED;
		}
		if (kind == null && head >= 0 && Lexicon.isHuman(tokens.get(head)) && underRubble(tokens, npEnd)) {
			// "Up to 70 people may still be trapped under the rubble"
			kind = Lexicon.MISSING;
		}
		if (kind == null && noneSurvived && p >= npEnd && p < n && head >= 0 && countsPeople(tokens, head)
				&& "survive".equals(Lexicon.lemma(tokens.get(p)))) {
			kind = Lexicon.KILLED;
			keyword = p;
		}
		if (kind == null && p > npEnd && head >= 0 && countsPeople(tokens, head) && lostLives(tokens, p)) {
			// "60 aid workers have lost their lives"
			kind = Lexicon.KILLED;
			keyword = p;
		}
		if (kind == null && p < n && p > npEnd && head >= 0 && Lexicon.isHuman(tokens.get(head)) && released(tokens, p)
				&& tokens.stream().anyMatch((t) -> CAPTIVITY_WORDS.contains(Lexicon.lower(t)))) {
			// "100 soldiers were freed in the prisoner swap": freed captives, not a force
			// (not "released from hospital")
			released = true;
		}
		if (kind == null && p + 1 < n && (p > npEnd || p == npEnd && "VBN".equals(tokens.get(p).tag())) && head >= 0
				&& countsPeople(tokens, head) && "take".equals(Lexicon.lemma(tokens.get(p)))
				&& tokens.get(p).tag().startsWith("VB")
				&& (CAPTIVE_NOUNS.contains(Lexicon.lower(tokens.get(p + 1))) || "alive"
					.equals(Lexicon.lower(tokens.get(p + 1)))
						&& !(p + 2 < n && Set.of("from", "out", "to").contains(Lexicon.lower(tokens.get(p + 2)))))) {
			// "300 soldiers were taken prisoner", "two soldiers were taken alive", "the
			// 251
			// people taken hostage"
			kind = Lexicon.CAPTURED;
			keyword = p + 1;
		}
		if (kind == null && head > after && CAPTIVE_NOUNS.contains(Lexicon.lower(tokens.get(head)))
				&& tokens.get(head - 1).tag().startsWith("NN")) {
			// "taking 14 Ukrainian soldiers prisoner": the verb before the count
			int q = wordBeforeCount(tokens, m.qualifierStart - 1);
			if (q >= 0 && "take".equals(Lexicon.lemma(tokens.get(q))) && tokens.get(q).tag().startsWith("VB")) {
				kind = Lexicon.CAPTURED;
				keyword = head;
				npEnd = head;
				head--;
			}
		}
		if (kind == null && head >= 0 && heldCaptive(tokens, m, head)) {
			// "JNIM fighters are holding at least 20 foreigners"
			kind = Lexicon.CAPTURED;
		}
		if (kind == null && after < n && "shot".equals(Lexicon.lower(tokens.get(after)))
				&& m.min.compareTo(BigDecimal.ONE) > 0) {
			// headline "Three shot, one dead": a noun would be "shots"
			kind = Lexicon.SHOT;
			keyword = after;
			head = -1;
		}
		if (kind == null && head >= 0 && Lexicon.isHuman(tokens.get(head)) && p < n
				&& (struckByGunfire(tokens, p) || gunfireStory && p > npEnd && hitAndNothingMore(tokens, p))) {
			// "two men were struck by gunfire"; "two people who were hit" in a story of
			// gunfire
			kind = Lexicon.SHOT;
			keyword = p;
		}
		int verbOfCount = wordBeforeCount(tokens, m.qualifierStart - 1);
		// not "killed 12 civilians at a hospital": the verb before the count tells
		// (a verb of wounding agrees with the hospital)
		boolean toldBefore = verbOfCount >= 0 && tokens.get(verbOfCount).tag().startsWith("VB")
				&& Lexicon.KILLED.equals(Lexicon.kindOf(tokens.get(verbOfCount)));
		if (kind == null && head >= 0 && !bodiesOf(tokens, m) && !toldBefore
				&& (Lexicon.isHuman(tokens.get(head)) || "others".equals(Lexicon.lower(tokens.get(head))))
				&& (hospitalAfter(tokens, npEnd) || injuriesAfter(tokens, p) || injuriesAfter(tokens, npEnd)
						|| fightingForLife(tokens, npEnd) || hospitalAfter(tokens, p) || hospitalJoined(tokens, p)
						|| carriedToNameHurt(tokens, p) || inCondition(tokens, p) || allWithInjuries(tokens, npEnd)
						|| treatedAndReleased(tokens, p))
				&& !ImplicitCounter.injuriesOfOtherCause(tokens, npEnd) && !ImplicitCounter.diedThere(tokens, p)) {
			// not "taken to a hospital with injuries from the crash", nor "taken to
			// a hospital, where he died"
			kind = Lexicon.WOUNDED;
		}
		if (kind == null && head < 0 && m.qualifierStart >= 2 && ":".equals(tokens.get(m.qualifierStart - 1).word())) {
			// "Killed: 4 | Wounded: 27 | Missing: 2", a summary pasted as a table: the
			// label before the colon, opening the line or a cell
			int label = m.qualifierStart - 2;
			String labelKind = Lexicon.kindOf(tokens.get(label));
			if (labelKind != null && !Lexicon.DEPLOYED.equals(labelKind)
					&& Character.isUpperCase(tokens.get(label).word().charAt(0))
					&& (label == 0 || Set.of("|", ";").contains(tokens.get(label - 1).word()))) {
				kind = labelKind;
				keyword = label;
			}
		}
		if (kind == null) {
			int q = m.qualifierStart - 1;
			// 'had "neutralised" more than 60 assailants': past the quote marks too
			while (q >= 0 && (SKIP_BEFORE_NUMBER.contains(Lexicon.lower(tokens.get(q)))
					|| tokens.get(q).tag().matches("''|``"))) {
				q--;
			}
			if (q >= 1 && q + 1 < m.qualifierStart && "of".equals(Lexicon.lower(tokens.get(q + 1)))
					&& Lexicon.HOUSEHOLDS.contains(Lexicon.lower(tokens.get(q)))) {
				// "killed a family of five": the verb before the family
				q = wordBeforeCount(tokens, q - 1);
			}
			if (q >= 0) {
				String leftKind = Lexicon.kindOf(tokens.get(q));
				// "The dead included (a volunteer and) two medics": the group's kind
				int dead = theDeadInclude(tokens, q);
				String leftWord = Lexicon.lower(tokens.get(q));
				String coordinated = coordinatedKind(tokens, q, figures, firstInSentence);
				boolean countsPeople = countsPeople(tokens, head);
				if (leftKind != null && !Lexicon.DEPLOYED.equals(leftKind) && tokens.get(q).tag().startsWith("V")
						&& countsPeople) {
					kind = leftKind;
					keyword = q;
				}
				else if (Lexicon.EUPHEMISM_KILL_LEMMAS.contains(Lexicon.lemma(tokens.get(q)))
						&& tokens.get(q).tag().startsWith("V") && head >= 0 && Lexicon.isHuman(tokens.get(head))) {
					kind = Lexicon.KILLED;
					keyword = q;
				}
				else if ("seize".equals(Lexicon.lemma(tokens.get(q))) && tokens.get(q).tag().startsWith("V")
						&& head >= 0 && countsPeople) {
					// "gunmen seized more than 130 pupils": people seized are taken (not
					// "seized 40 rifles")
					kind = Lexicon.CAPTURED;
					keyword = q;
				}
				else if (Set.of("life", "lives").contains(leftWord) && q >= 2
						&& "the".equals(Lexicon.lower(tokens.get(q - 1)))
						&& Set.of("claim", "take", "cost").contains(Lexicon.lemma(tokens.get(q - 2)))
						&& tokens.get(q - 2).tag().startsWith("V") && countsPeople && !unrealized(tokens, q - 2)) {
					// "the strike claimed the lives of six aid workers" (not "saved
					// the lives of")
					kind = Lexicon.KILLED;
					keyword = q;
				}
				else if ((countsPeople || head < 0) && dead >= 0) {
					// "The dead included a British volunteer and two Ukrainian medics"
					keyword = dead;
					kind = Lexicon.kindOf(tokens.get(keyword));
				}
				else if ("on".equals(leftWord) && q >= 1 && head >= 0
						&& (Lexicon.isHuman(tokens.get(head)) || Lexicon.isMilitary(tokens.get(head)))
						&& !Lexicon.MILITARY_BODIES.contains(Lexicon.lemma(tokens.get(head)))
						&& Set.of("casualties", "losses").contains(Lexicon.lower(tokens.get(q - 1)))) {
					// "inflicted casualties on 40 soldiers": those hit, not a force (not
					// "losses on two brigades", units)
					kind = Lexicon.KILLED_OR_WOUNDED;
					keyword = q - 1;
				}
				else if ("lose".equals(Lexicon.lemma(tokens.get(q))) && tokens.get(q).tag().startsWith("V") && head >= 0
						&& (Lexicon.isMilitary(tokens.get(head)) || Lexicon.isHuman(tokens.get(head))
								&& (militaryBefore(tokens, q) || sideLost(tokens, q)))) {
					// "the brigade lost 40 soldiers": losses are the killed and the
					// wounded
					kind = Lexicon.KILLED_OR_WOUNDED;
					keyword = q;
				}
				else if (Lexicon.MILITARY_BODIES.contains(leftWord) && q + 1 < m.qualifierStart
						&& "of".equals(Lexicon.lower(tokens.get(q + 1))) && countsPeople && head >= 0
						&& (Lexicon.isMilitary(tokens.get(head)) || "men".equals(Lexicon.lower(tokens.get(head)))
								|| ARMED_UNITS.contains(leftWord))) {
					// "deployed a brigade of 4,000 men", "a battalion of 600 volunteers":
					// the unit's size (of soldiers or men, or a unit only armies have;
					// not "an army of 500 volunteers", "a division of 2,000 workers")
					kind = Lexicon.DEPLOYED;
				}
				else if ("with".equals(leftWord) && q >= 2 && "contact".equals(Lexicon.lower(tokens.get(q - 1)))
						&& "lose".equals(Lexicon.lemma(tokens.get(q - 2))) && countsPeople
						&& !(q >= 3 && Set.of("never", "not", "n't").contains(Lexicon.lower(tokens.get(q - 3))))) {
					// "lost contact with 18 soldiers": missing
					kind = Lexicon.MISSING;
					keyword = q - 1;
				}
				else if (coordinated != null && countsPeople) {
					// "killed 12 Ukrainian soldiers and 30 Russian troops": the second
					// count
					// shares the verb of the first
					kind = coordinated;
				}
				else if (leftKind == null && head >= 0 && Lexicon.isHuman(tokens.get(head))
						&& struckByGunfire(tokens, q)) {
					// "opened fire on the crowd, hitting two women"
					kind = Lexicon.SHOT;
					keyword = q;
				}
				else if (DEED_NOUNS.containsKey(leftWord) && head >= 0 && Lexicon.isHuman(tokens.get(head))
						&& q + 1 < m.qualifierStart && "of".equals(Lexicon.lower(tokens.get(q + 1)))) {
					// "sentenced for the 2014 killing of two women", "the deaths of three
					// people"
					kind = DEED_NOUNS.get(leftWord);
				}
				else if (Set.of("losses", "loss").contains(leftWord) && q + 1 < m.qualifierStart
						&& "of".equals(Lexicon.lower(tokens.get(q + 1))) && head >= 0
						&& Lexicon.isHuman(tokens.get(head))) {
					// "inflicted losses of up to 250 servicemen": the killed and the
					// wounded
					kind = Lexicon.KILLED_OR_WOUNDED;
					keyword = q;
				}
				else if (released(tokens, q) && head >= 0 && Lexicon.isHuman(tokens.get(head))) {
					// "a prisoner swap returned 103 soldiers home": freed captives, not a
					// force
					released = true;
				}
				else if (BODY_WORDS.contains(leftWord) && tokens.get(q).tag().startsWith("NN")) {
					kind = Lexicon.KILLED;
				}
				else if (deadAndHurtBefore(tokens, q)) {
					kind = Lexicon.KILLED_OR_WOUNDED;
				}
				else if (deathTollBefore(tokens, q)) {
					kind = Lexicon.KILLED;
					tollParty = numberedPeopleBefore(tokens, q);
				}
				else {
					// "Russian casualties in October averaged 1,500 a day"
					kind = tallyNounKind(tokens, q);
				}
			}
		}
		if (kind == null && head >= 0 && Set.of("life", "body", "corpse").contains(Lexicon.lemma(tokens.get(head)))) {
			// "claimed 20 lives", "footage of at least 10 bodies"
			kind = Lexicon.KILLED;
		}
		if (keyword >= 0 && (Lexicon.KILLED.equals(kind) || Lexicon.WOUNDED.equals(kind) || Lexicon.SHOT.equals(kind))
				&& keyword + 2 < n) {
			String joiner = Lexicon.lower(tokens.get(keyword + 1));
			String other = Lexicon.kindOf(tokens.get(keyword + 2));
			if (("or".equals(joiner) || "and".equals(joiner) || "and/or".equals(joiner)) && other != null
					&& !other.equals(kind) && !Lexicon.SHOT.equals(other) && !Lexicon.SHOT.equals(kind)
					&& (Lexicon.KILLED.equals(other) || Lexicon.WOUNDED.equals(other))) {
				kind = Lexicon.KILLED_OR_WOUNDED;
				usedKeywords.add(keyword + 2);
			}
			else if (Lexicon.SHOT.equals(kind) && "and".equals(joiner)
					&& (Lexicon.KILLED.equals(other) || Lexicon.WOUNDED.equals(other))) {
				kind = other;
				usedKeywords.add(keyword + 2);
			}
			else if (Lexicon.SHOT.equals(kind) && ("dead".equals(joiner)
					|| "to".equals(joiner) && "death".equals(Lexicon.lower(tokens.get(keyword + 2))))) {
				kind = Lexicon.KILLED;
			}
			else if (Lexicon.SHOT.equals(kind)
					&& ("at".equals(joiner) && firedAt(tokens, keyword + 2) || "down".equals(joiner))) {
				kind = null;
				keyword = -1;
			}
		}
		if (keyword >= 0 && keyword > 0 && Lexicon.SHOT.equals(kind)
				&& Set.of("fatally", "mortally").contains(Lexicon.lower(tokens.get(keyword - 1)))) {
			kind = Lexicon.KILLED;
		}
		int died = (keyword >= 0 && Lexicon.SHOT.equals(kind)) ? diedLaterInClause(tokens, keyword) : -1;
		if (died >= 0) {
			// "were each shot once in the chest and died at the hospital"
			kind = Lexicon.KILLED;
			usedKeywords.add(died);
		}
		int partDied = partDied(tokens, m);
		if (partDied >= 0) {
			// "Two of the five people shot have died": the two are of the dead
			kind = Lexicon.KILLED;
			keyword = partDied;
		}
		if (keyword >= 0) {
			usedKeywords.add(keyword);
		}
		if (kind == null) {
			// "bringing to 400 the number of soldiers killed since the offensive began"
			int of = tollAfterCount(tokens, m);
			int before = (of < 0) ? tollBeforeCount(tokens, m) : -1;
			if (before >= 0
					&& (figures.size() <= firstInSentence || "total".equals(Lexicon.lower(tokens.get(before))))) {
				// "raising the toll from the strike on a school in Gaza City to 14",
				// "brought the number of civilians killed in the region since 2022 to
				// more than 250" (with no figure before it in the sentence to sum, but
				// for an explicit "pulled another 12 bodies ..., bringing the total
				// killed to 60")
				of = before;
			}
			if (of >= 0) {
				kind = "toll".equals(Lexicon.lower(tokens.get(of))) ? Lexicon.KILLED
						: "total".equals(Lexicon.lower(tokens.get(of))) ? totalKind(tokens, of)
								: tollKindAfter(tokens, of);
				tollParty = numberedPeopleAt(tokens, of, n);
				Figure last = null;
				for (int f = figures.size() - 1; f >= firstInSentence && last == null; f--) {
					last = "casualty".equals(figures.get(f).category()) ? figures.get(f) : null;
				}
				// (of the same kind: not "3 civilians were hurt, bringing the total
				// killed")
				if (tollParty == null && "total".equals(Lexicon.lower(tokens.get(of))) && last != null
						&& (last.kind().equals(kind) || Lexicon.KILLED_OR_WOUNDED.equals(kind)) && last.party() != null
						&& !BODY_WORDS.contains(
								last.party().substring(last.party().lastIndexOf(' ') + 1).toLowerCase(Locale.ROOT))) {
					// "Another 5 people died, bringing the total killed to 12": of those
					// (not of "200 homes", nor of "12 bodies")
					tollParty = last.party();
				}
			}
		}
		Figure runningTotal = null;
		String numberedParty = null;
		if (kind == null && head < 0) {
			// "Wagner fighters, estimated to number about 25,000": the count of the noun
			// before the verb
			head = numberedGroup(tokens, m);
			runningTotal = (head < 0) ? runningTotal(tokens, m, figures, firstInSentence) : null;
			numberedParty = (head < 0) ? null : nounPhraseEndingAt(tokens, head);
			if (head >= 0 && Lexicon.CAPTURED.equals(Lexicon.kindOf(tokens.get(head)))) {
				// "The hostages, who number about 100": the captives' count
				kind = Lexicon.CAPTURED;
			}
		}
		if (Lexicon.CAPTURED.equals(kind) && bodiesOf(tokens, m)) {
			// "recovered the bodies of two hostages": dead captives
			kind = Lexicon.KILLED;
		}
		String category = "casualty";
		if (kind == null && !released && head >= 0 && countsPeople(tokens, head)) {
			// "The battalion, numbering about 600 men": the size of a military body
			int body = numberedGroup(tokens, m);
			if (body >= 0 && (Lexicon.isMilitary(tokens.get(body))
					|| Lexicon.MILITARY_BODIES.contains(Lexicon.lower(tokens.get(body))))) {
				kind = Lexicon.DEPLOYED;
			}
		}
		int verbBeforeCount = wordBeforeCount(tokens, m.qualifierStart - 1);
		// (not "caught between two armed forces", bodies counted, not people)
		boolean fewForces = head >= 1 && "forces".equals(Lexicon.lower(tokens.get(head))) && m.min != null
				&& m.min.intValue() < 10
				&& Set.of("armed", "rival", "opposing", "foreign", "allied", "warring", "different")
					.contains(Lexicon.lower(tokens.get(head - 1)));
		if (kind == null && !released && head >= 0 && !fewForces
				&& (Lexicon.isMilitary(tokens.get(head))
						|| numberedParty != null && Lexicon.MILITARY_BODIES.contains(Lexicon.lower(tokens.get(head)))
						|| verbBeforeCount >= 0 && tokens.get(verbBeforeCount).tag().startsWith("V")
								&& forceSent(tokens, head, verbBeforeCount))) {
			// "has deployed about 400 police officers": police sent as a force
			kind = Lexicon.DEPLOYED;
		}
		if (Lexicon.DEPLOYED.equals(kind)) {
			category = "force_size";
		}
		if (kind == null && runningTotal != null) {
			// "sent 3,000 more troops, bringing its total deployment to 14,000": the same
			// kind of figure, summed
			String party = (runningTotal.party() == null) ? null
					: runningTotal.party().replaceFirst("^(?i)(more|additional|further|extra|another|new) ", "");
			Figure total = counted(runningTotal.category(), runningTotal.kind(), m, party, null, sentenceIndex, tokens);
			// "bringing its total losses since the invasion to 700,000"
			// "bringing the number of people killed in the town this month to 27"
			boolean period = statisticalPeriod(tokens, m) || periodInTotal(tokens, m);
			return "casualty".equals(total.category()) && period ? total.asPeriodTotal() : total;
		}
		Integer parentOfBare = (kind == null && head < 0 && m.qualifierStart >= 1
				&& SUBSET_CUES.contains(Lexicon.lower(tokens.get(m.qualifierStart - 1))))
						? subsetParent(tokens, m, figures, firstInSentence) : null;
		if (parentOfBare == null && kind == null && head < 0) {
			parentOfBare = partitiveWhole(tokens, m, figures, firstInSentence);
			String partOf = (parentOfBare == null) ? partitiveKind(tokens, m) : null;
			if (partOf != null) {
				// "Of the dead, 12 were soldiers"
				return counted("casualty", partOf, m, null, null, sentenceIndex, tokens);
			}
		}
		if (parentOfBare != null && !"other_figure".equals(figures.get(parentOfBare).kind())) {
			// "deployed about 50,000 troops, including some 11,000 from North Korea": a
			// part of the figure before, of its kind
			Figure whole = figures.get(parentOfBare);
			boolean from = after + 1 < n && "from".equals(Lexicon.lower(tokens.get(after)))
					&& tokens.get(after + 1).tag().startsWith("NNP");
			String party = from ? Lexicon.text(tokens, after + 1, properNounEnd(tokens, after + 1)) : null;
			return counted(whole.category(), whole.kind(), m, party, parentOfBare, sentenceIndex, tokens);
		}
		Figure gapped = (kind == null && head < 0) ? gappedFrom(tokens, m, figures, firstInSentence) : null;
		if (gapped != null) {
			// "three people were killed in Pokrovsk and two in Myrnohrad": the verb
			// of the clause before, left out
			return counted(gapped.category(), gapped.kind(), m, gapped.party(), null, sentenceIndex, tokens);
		}
		if (Lexicon.WOUNDED.equals(kind) && hurtButNotShot(tokens, m.last + 1)) {
			// "Two other people were hurt in the rush to leave but were not shot": no
			// gunshot wounds
			kind = null;
		}
		if (kind == null) {
			if (head < 0) {
				return null;
			}
			kind = "other_figure";
			category = "other_figure";
		}
		if ("casualty".equals(category) && waitedUntil(tokens, m)) {
			return null;
		}
		// "1,024 civilians have been killed since February": kept, but apart from the
		// counts of the event itself
		boolean periodTotal = "casualty".equals(category) && statisticalPeriod(tokens, m);
		String party = (numberedParty != null) ? numberedParty
				: party(tokens, after, head, npEnd, keyword, m.qualifierStart);
		if (party == null && tollParty != null) {
			// "the number of soldiers who have died ... rose to 330": the soldiers
			party = tollParty;
		}
		String qualifier = m.qualifier;
		String cue = null;
		if (estimated(tokens, m.qualifierStart)) {
			cue = "estimated";
			if ("exact".equals(qualifier)) {
				qualifier = "estimate";
			}
		}
		Integer parent = subsetParent(tokens, m, figures, firstInSentence);
		boolean amongThose = amongGroup < 0 && amongThose(tokens, npEnd, kind) && !ownEvent(tokens, npEnd);
		if (parent == null && (amongGroup >= 0 || amongThose)) {
			// "Five people were killed. Among the dead were two children": of those five;
			// "Three journalists were among those killed"
			for (int k = firstInSentence - 1; k >= 0 && figures.get(k).sentenceIndex() >= sentenceIndex - 2; k--) {
				Figure before = figures.get(k);
				if (kind.equals(before.kind()) && before.quantified() && before.max().compareTo(m.min) > 0) {
					boolean sameSide = !amongThose || namesWithin(tokens, m.last + 1, npEnd, before.party());
					parent = sameSide ? k : null;
					break;
				}
			}
		}
		if (parent != null && ("other_figure".equals(kind)
				|| Lexicon.DEPLOYED.equals(kind) && "casualty".equals(figures.get(parent).category()))) {
			// "killed 12 people (eight soldiers and ...)": soldiers of the dead
			kind = figures.get(parent).kind();
			category = figures.get(parent).category();
		}
		if ("other_figure".equals(kind) && BigDecimal.ONE.equals(m.min)
				&& !NumberWords.isDigits(tokens.get(m.first).word())) {
			return null;
		}
		Figure figure = new Figure(category, kind, m.min, m.max, null, qualifier, party, parent, sentenceIndex, cue,
				false, false, false, tokens.get(m.first).beginPosition(), tokens.get(m.last).endPosition());
		return periodTotal ? figure.asPeriodTotal() : figure;
	}

	/**
	 * Background statistics rather than the reported event: "nine officers were shot this
	 * year", "in 2007, when 28 were killed", "40 killed so far". Looks back to the
	 * sentence start and forward to the end of the clause.
	 */
	static boolean statisticalPeriod(List<CoreLabel> tokens, NumberMention m) {
		int n = tokens.size();
		if (gerundObject(tokens, m) || deedOfOne(tokens, m) || deathsOf(tokens, m)) {
			return false;
		}
		int end = m.last + 1;
		while (end < n && (!Set.of(",", ";", ".", "but", "while").contains(Lexicon.lower(tokens.get(end)))
				|| dateComma(tokens, end))) {
			end++;
		}
		int close = end + 1;
		while (end <= m.last + 3 && close < n && close - end <= 8
				&& !Set.of(",", ";", ".").contains(tokens.get(close).word())) {
			close++;
		}
		if (end <= m.last + 3 && close + 1 < n && ",".equals(tokens.get(end).word())
				&& ",".equals(tokens.get(close).word())
				&& Set.of("has", "have", "had").contains(Lexicon.lower(tokens.get(close + 1)))) {
			// past an aside on the count's people to its perfect: "1,479 people, most of
			// them civilians, had been killed ... since March 6" (not "Two people,
			// including a boy, were killed Saturday in the deadliest shooting this year")
			end = close + 1;
			while (end < n && !Set.of(",", ";", ".", "but", "while").contains(Lexicon.lower(tokens.get(end)))) {
				end++;
			}
		}
		if (warTollPastAside(tokens, m, end)) {
			return true;
		}
		if (tallyOverDate(tokens, m, end) || roundupSinceDay(tokens, m)) {
			return true;
		}
		if (m.min.compareTo(BigDecimal.TEN) <= 0 && byOneDoer(tokens, m.last + 1, end)) {
			// (a few: "1,795 women were killed by a man in 2019" is a national tally)
			return false;
		}
		// a clause of its own after a semicolon: "... received 31 tanks in 2023; three
		// soldiers were wounded" (not "42 people have been shot this year; nine of them
		// died", nor after an opening "Since the war began in 2022, ...;", which frames
		// the whole sentence, unless the clause names a day of its own: "; on Sunday it
		// killed five more")
		int clause = 0;
		for (int k = 0; k < m.first; k++) {
			if (";".equals(tokens.get(k).word())) {
				clause = k + 1;
			}
		}
		boolean ofThem = m.last + 2 < n && "of".equals(Lexicon.lower(tokens.get(m.last + 1)))
				&& Set.of("them", "those", "whom").contains(Lexicon.lower(tokens.get(m.last + 2)));
		boolean framed = clause > 0 && "since".equals(Lexicon.lower(tokens.get(0)));
		for (int k = clause; k < m.first && framed; k++) {
			// a day or time of its own: "on March 3", "last week", "this morning"
			String w = Lexicon.lower(tokens.get(k));
			framed = !WEEKDAYS.contains(w) && !MONTHS.contains(w)
					&& !Set.of("DATE", "TIME").contains(tokens.get(k).ner())
					&& !Set
						.of("overnight", "morning", "evening", "night", "week", "weekend", "month", "earlier", "later")
						.contains(w);
		}
		if (ofThem || framed) {
			clause = 0;
		}
		for (int k = clause; k < end; k++) {
			if (k >= m.first && k <= m.last
					|| superlativeBetween(tokens, Math.max(k - 7, k > m.last ? m.last : -1), k)) {
				// "killed nine people, the deadliest strike this year": no total
				continue;
			}
			String w = Lexicon.lower(tokens.get(k));
			String prev = (k > 0) ? Lexicon.lower(tokens.get(k - 1)) : "";
			if (Set.of("year", "years").contains(w)
					&& Set.of("this", "last", "per", "each", "every", "past", "previous").contains(prev)
					|| "far".equals(w) && "so".equals(prev) || Set.of("year-to-date", "annually").contains(w)
					|| w.matches("(19|20)\\d\\d") && Set.of("in", "since", "during", "of").contains(prev)
							&& !incidentBetween(tokens, m.last + 1, k)
					|| w.matches("(19|20)\\d\\d") && sinceClauseBefore(tokens, m, k)
					|| ("since".equals(prev) || k >= 2 && Set.of("early", "late", "mid").contains(prev)
							&& "since".equals(Lexicon.lower(tokens.get(k - 2))))
							&& MONTHS.contains(w)
							&& (k + 1 >= n || !tokens.get(k + 1).word().matches("\\d{1,2}(st|nd|rd|th)?")
									|| "1".equals(tokens.get(k + 1).word())
									|| k > m.last && perfectCount(tokens, m, -1))
							&& !heldSince(tokens, m, "since".equals(prev) ? k - 1 : k - 2)
					|| "year".equals(w) && k >= 3 && "the".equals(prev) && "of".equals(Lexicon.lower(tokens.get(k - 2)))
							&& Set.of("start", "beginning").contains(Lexicon.lower(tokens.get(k - 3)))
					|| (WAR_PERIODS.contains(w) || "operation".equals(w) && GROUND_OPERATION.contains(prev))
							&& sinceThe(tokens, k) && (sameClause(tokens, m, k) || openingSince(tokens, m, k))
							&& !firstSince(tokens, k) && !heldSince(tokens, m, sinceBefore(tokens, k))
					|| "since".equals(w) && k > m.last && warBeganSince(tokens, k) && perfectCount(tokens, m, -1)
					// "has killed at least 80 people since Thursday"
					|| "since".equals(prev) && WEEKDAYS.contains(w) && k > m.last && perfectCount(tokens, m, -1)
							&& !heldSince(tokens, m, k - 1) && !(k + 1 < n && "POS".equals(tokens.get(k + 1).tag()))
							&& !stateSince(tokens, m, k)
					// "has killed about 20,000 militants in the same period"
					|| "period".equals(w) && "same".equals(prev) && k >= 3
							&& Set.of("in", "over", "during").contains(Lexicon.lower(tokens.get(k - 3))) && k > m.last
							&& sameClause(tokens, m, k)
					// "have killed at least 71 civilians since 18 June"
					|| "since".equals(prev) && k > m.last && w.matches("\\d{1,2}(st|nd|rd|th)?") && k + 1 < n
							&& MONTHS.contains(Lexicon.lower(tokens.get(k + 1))) && perfectCount(tokens, m, -1)
							&& !heldSince(tokens, m, k - 1)
					|| k == 0 && openingDate(tokens, m) || WAR_PERIODS.contains(w) && warHasKilled(tokens, k, m)
					|| Set.of("violence", "insurgency", "fighting").contains(w)
							&& warHasKilled(tokens, k, m) && !dayOfTheClause(tokens, k, m)
					|| spanOfWeeks(tokens, k, m) || spanOfWar(tokens, k, m)
					|| "alone".equals(w)
							&& (MONTHS.contains(prev) || SPANS.contains(prev) || prev.matches("(19|20)\\d\\d"))
							&& (sameClause(tokens, m, k) || (k <= 3
									|| k <= 6 && Set.of("in", "during", "over").contains(Lexicon.lower(tokens.get(0))))
									&& k + 1 < m.first && sameClause(tokens, m, k + 1))
					|| Set.of("war", "conflict", "invasion", "occupation").contains(w) && k > m.last
							&& inTheWar(tokens, k) && sameClause(tokens, m, k)) {
				// "150,000 people have died in the conflict": its toll; "in October
				// alone"
				// "since January, 19 people have been killed", "since Jan. 1", "since the
				// start of the year" (not "since the May 3 shooting")
				return true;
			}
		}
		return false;
	}

	/**
	 * "At least 27 people have been shot, four fatally, across the city since Friday
	 * evening": a weekend's tally in the perfect, told up to a day (not "since Friday's
	 * shooting").
	 */
	private static boolean roundupSinceDay(List<CoreLabel> tokens, NumberMention m) {
		int n = tokens.size();
		// the tally's own count: "27 people have been shot", its verb
		// right after its noun phrase; a count after it ("four fatally",
		// "two of them fatally") is of the tally
		int tally = -1;
		for (int k = 0; k + 3 < n && k <= m.first; k++) {
			if (isNumberToken(tokens, k) && perfectCasualtyAfter(tokens, k + 1)) {
				tally = k;
			}
		}
		if (tally < 0 || tally != m.first && tally != m.last && !ofTheTally(tokens, m)) {
			return false;
		}
		for (int k = tally + 1; k + 1 < n; k++) {
			String w = Lexicon.lower(tokens.get(k));
			if (Set.of(";", ".", "and", "but", "while", "after", "when").contains(w)) {
				return false;
			}
			if ("since".equals(w) && RECENT_DAYS.contains(Lexicon.lower(tokens.get(k + 1)))) {
				return !(k + 2 < n && "POS".equals(tokens.get(k + 2).tag()));
			}
			// "since last Friday"
			if ("since".equals(w) && "last".equals(Lexicon.lower(tokens.get(k + 1))) && k + 2 < n
					&& WEEKDAYS.contains(Lexicon.lower(tokens.get(k + 2)))) {
				return !(k + 3 < n && "POS".equals(tokens.get(k + 3).tag()));
			}
		}
		return false;
	}

	/**
	 * "people have been shot": a noun phrase, then "have/has been" and a casualty verb.
	 */
	private static boolean perfectCasualtyAfter(List<CoreLabel> tokens, int from) {
		int k = from;
		while (k < tokens.size() && k - from < 4 && tokens.get(k).tag().matches("NNS?|NNPS?|JJ")) {
			k++;
		}
		if (k + 2 >= tokens.size() || k == from || !Set.of("have", "has").contains(Lexicon.lower(tokens.get(k)))
				|| !"been".equals(Lexicon.lower(tokens.get(k + 1)))) {
			return false;
		}
		// (not "have been hospitalized since Sunday")
		return "VBN".equals(tokens.get(k + 2).tag())
				&& Set.of("shot", "killed", "wounded", "injured", "hurt", "murdered", "slain")
					.contains(Lexicon.lower(tokens.get(k + 2)));
	}

	/**
	 * "four fatally", "two of them fatally", "including two who died": a part of a tally.
	 */
	private static boolean ofTheTally(List<CoreLabel> tokens, NumberMention m) {
		for (int k = m.last + 1; k < tokens.size() && k - m.last <= 3; k++) {
			String w = Lexicon.lower(tokens.get(k));
			if (Set.of("fatally", "died", "dead", "killed").contains(w)) {
				return true;
			}
		}
		return false;
	}

	/**
	 * "in the war", "in Sudan's war", "in the country's civil war": {@code k} is the war
	 * word.
	 */
	private static boolean inTheWar(List<CoreLabel> tokens, int k) {
		// not "in Sudan's war zone of Darfur", "in Russia's war-ravaged east"
		if (k + 1 < tokens.size() && (tokens.get(k + 1).tag().startsWith("NN") || "HYPH".equals(tokens.get(k + 1).tag())
				|| "-".equals(tokens.get(k + 1).word()))) {
			return false;
		}
		int j = k - 1;
		if (j >= 0 && "JJ".equals(tokens.get(j).tag())) {
			j--;
		}
		if (j >= 2 && "POS".equals(tokens.get(j).tag())) {
			j--;
			int owner = j;
			while (j >= 1 && owner - j < 2 && tokens.get(j).tag().matches("NNP|NN")) {
				j--;
			}
			if (j == owner) {
				return false;
			}
			if (j >= 1 && "the".equals(Lexicon.lower(tokens.get(j)))) {
				j--;
			}
			return j >= 0 && "in".equals(Lexicon.lower(tokens.get(j)));
		}
		return j >= 1 && Set.of("the", "its", "their").contains(Lexicon.lower(tokens.get(j)))
				&& "in".equals(Lexicon.lower(tokens.get(j - 1)));
	}

	/**
	 * "the first attack since the ceasefire", "the deadliest day since the truce": one
	 * event measured against the period, not a total over it ({@code k} is the period
	 * word).
	 */
	private static boolean firstSince(List<CoreLabel> tokens, int k) {
		int since = k - 1;
		while (since >= 0 && k - since <= 3 && !"since".equals(Lexicon.lower(tokens.get(since)))) {
			since--;
		}
		if (since < 1 || !"since".equals(Lexicon.lower(tokens.get(since)))) {
			return false;
		}
		// the noun phrase "since" is attached to: "the most serious breach", "a second
		// attack", "the deadliest day"; not a total ("the most recent toll since",
		// "a third of the 300 deaths since")
		if (TOTAL_NOUNS.contains(Lexicon.lower(tokens.get(since - 1)))) {
			return false;
		}
		for (int i = since - 1; i >= 0 && since - i <= 6; i--) {
			CoreLabel token = tokens.get(i);
			String w = Lexicon.lower(token);
			String tag = token.tag();
			if (Set.of("first", "latest", "second", "third", "another", "deadliest", "worst", "biggest", "largest")
				.contains(w) || "JJS".equals(tag) && !Set.of("least", "most").contains(w)
					|| "RBS".equals(tag) && i + 1 < since && tokens.get(i + 1).tag().startsWith("JJ")) {
				return true;
			}
			if (i == since - 1 && tag.equals("NN") && SINGLE_EVENTS.contains(w)) {
				// "a violation since the ceasefire": one event
				return true;
			}
			if (Set.of("daily", "average", "day").contains(w)) {
				// "has killed 4 people daily on average since the ceasefire": a rate
				return true;
			}
			if (!tag.matches("NN.*|JJ.*|RB.*|DT|CD|POS|IN|PRP\\$")) {
				return false;
			}
		}
		return false;
	}

	/**
	 * "Since the ceasefire, at least 104 people have been killed", "Since the war began,
	 * ...": the sentence opens on the period ({@code k}), the count after it.
	 */
	private static boolean openingSince(List<CoreLabel> tokens, NumberMention m, int k) {
		if (k >= m.first || tokens.isEmpty() || !"since".equals(Lexicon.lower(tokens.get(0)))) {
			return false;
		}
		int commas = 0;
		int opening = 0;
		for (int j = 1; j < m.first; j++) {
			String w = tokens.get(j).word();
			if (Set.of(";", ":").contains(w)) {
				return false;
			}
			if (",".equals(w)) {
				commas++;
				opening = j;
			}
		}
		if (commas != 1) {
			return false;
		}
		int end = m.last + 1;
		while (end < tokens.size() && !Set.of(",", ";", ".").contains(tokens.get(end).word())) {
			end++;
		}
		for (int j = opening + 1; j < m.first; j++) {
			if ("but".equals(Lexicon.lower(tokens.get(j)))) {
				// "Since the truce, no one has died, but a strike killed 4": another
				// clause
				return false;
			}
		}
		// past a report of the count: "said on Monday that", "has said that"
		int from = opening + 1;
		boolean reported = false;
		for (int j = opening + 1; j < m.first; j++) {
			if (isReportingVerb(tokens.get(j)) || reported && "that".equals(Lexicon.lower(tokens.get(j)))) {
				reported = true;
				from = j + 1;
			}
		}
		if (perfectCount(tokens, m, opening)) {
			// "104 people have been killed", "Israeli fire has killed 12", "officials
			// say that 12,000 have died": a running total, unless one event did it ("a
			// single strike has killed 40", nor on one day ("Israeli strikes on Tuesday
			// have killed 45"; not a day of the report: "said on Monday that", "as of
			// Sunday", "according to the ministry's Tuesday update")
			for (int j = opening + 1; j < end; j++) {
				String w = Lexicon.lower(tokens.get(j));
				if ("according".equals(w)
						|| "as".equals(w) && j + 1 < end && "of".equals(Lexicon.lower(tokens.get(j + 1)))) {
					break;
				}
				if (oneEvent(tokens, j) && indefiniteBefore(tokens, j, opening)
						|| j >= from && (WEEKDAYS.contains(w) || "overnight".equals(w))) {
					return false;
				}
			}
			return true;
		}
		// in the simple past a total only without a mark of one event in the count's
		// clause: "Israeli strikes killed 300 people", "12 Palestinians were killed by
		// Israeli fire"; not "the ambush killed 47 soldiers", "gunmen killed nine at a
		// checkpoint overnight", "a man who killed 3", "killed when forces shelled"
		for (int j = from; j < end; j++) {
			String w = Lexicon.lower(tokens.get(j));
			if (WEEKDAYS.contains(w)
					|| MONTHS.contains(w) && tokens.get(j).tag().startsWith("NNP") && !monthOfSpan(tokens, j)
					|| Set.of("overnight", "when").contains(w)
					|| "last".equals(w) && j + 1 < end
							&& Set.of("week", "night", "month", "weekend").contains(Lexicon.lower(tokens.get(j + 1)))
					|| "day".equals(w) && j >= 1
							&& Set.of("one", "a", "single").contains(Lexicon.lower(tokens.get(j - 1)))
					|| j < m.first && Set.of("who", "which", "that").contains(w)
					|| oneEvent(tokens, j) && "NN".equals(tokens.get(j).tag())
							&& (j + 1 >= end || !tokens.get(j + 1).tag().startsWith("NN")) && determined(tokens, j)
							&& !onAPlace(tokens, j)) {
				// (the head of its phrase: not "sniper fire", "the bombing campaign"; not
				// a mass noun, "in Israeli bombing", or a campaign on a place, "in the
				// bombing of Gaza")
				return false;
			}
		}
		return true;
	}

	/**
	 * "the ambush", "last week's blast", "a strike": a noun with a determiner before it.
	 */
	private static boolean determined(List<CoreLabel> tokens, int j) {
		int k = j - 1;
		while (k >= 0 && (tokens.get(k).tag().matches("JJ.*|NN.*|VBN|HYPH|CD")
				|| "drone".equals(Lexicon.lower(tokens.get(k))))) {
			// "a car bomb", "a dawn raid", "a drone strike" (the tagger may read "drone"
			// as a verb)
			k--;
		}
		// "in one day of shelling"
		return k >= 0
				&& (tokens.get(k).tag().matches("DT|POS|PRP\\$") || k >= 1 && "of".equals(Lexicon.lower(tokens.get(k)))
						&& Set.of("day", "night").contains(Lexicon.lower(tokens.get(k - 1))));
	}

	/** "the bombing of Gaza", "the assault on Gaza": a campaign on a place. */
	private static boolean onAPlace(List<CoreLabel> tokens, int j) {
		int k = j + 1;
		if (k + 1 >= tokens.size() || !Set.of("of", "on", "against").contains(Lexicon.lower(tokens.get(k)))) {
			return false;
		}
		k++;
		if ("DT".equals(tokens.get(k).tag()) && k + 1 < tokens.size()) {
			k++;
		}
		// (the tagger may miss the place: "the bombing of Mariupol")
		return "LOCATION".equals(tokens.get(k).ner()) || "NNP".equals(tokens.get(k).tag());
	}

	/** A month that bounds a span: "from March to June", "between February and May". */
	private static boolean monthOfSpan(List<CoreLabel> tokens, int j) {
		String before = (j >= 1) ? Lexicon.lower(tokens.get(j - 1)) : "";
		if (Set.of("from", "between").contains(before)) {
			return true;
		}
		return Set.of("to", "and", "until", "through").contains(before) && j >= 3
				&& MONTHS.contains(Lexicon.lower(tokens.get(j - 2)))
				&& Set.of("from", "between").contains(Lexicon.lower(tokens.get(j - 3)));
	}

	/** A verb of a reporting tag: "said", "confirmed", "reported". */
	private static boolean isReportingVerb(CoreLabel token) {
		return token.tag().startsWith("VB") && TAG_VERBS.contains(Lexicon.lemma(token));
	}

	/**
	 * "Since October 7, 2023, more than 1,050 Palestinians have been killed", "During the
	 * same period, at least 44 Israelis have been killed": a sentence opening with a date
	 * or a period told before, set off by a comma, before a count in the perfect.
	 */
	private static boolean openingDate(List<CoreLabel> tokens, NumberMention m) {
		if (tokens.size() < 5) {
			return false;
		}
		String first = Lexicon.lower(tokens.get(0));
		int comma;
		// "Since March 6," or "Since 18 June,"
		if ("since".equals(first) && (MONTHS.contains(Lexicon.lower(tokens.get(1)))
				&& tokens.get(2).word().matches("\\d{1,2}(st|nd|rd|th)?")
				|| MONTHS.contains(Lexicon.lower(tokens.get(2)))
						&& tokens.get(1).word().matches("\\d{1,2}(st|nd|rd|th)?"))) {
			comma = 3;
			if (comma + 1 < tokens.size() && ",".equals(tokens.get(comma).word())
					&& tokens.get(comma + 1).word().matches("(19|20)\\d\\d")) {
				comma += 2;
			}
		}
		else if (Set.of("during", "over", "in").contains(first) && "the".equals(Lexicon.lower(tokens.get(1)))
				&& "same".equals(Lexicon.lower(tokens.get(2))) && "period".equals(Lexicon.lower(tokens.get(3)))) {
			comma = 4;
		}
		else {
			return false;
		}
		return comma < m.first && ",".equals(tokens.get(comma).word()) && perfectCount(tokens, m, comma);
	}

	/**
	 * The count's own verb in the perfect, past adverbs, an aside after the counted and
	 * "been among": "12 people have been killed", "have also been killed", "40 people,
	 * including 10 children, have been killed", "have been among the dead", "Israeli fire
	 * has killed 12".
	 */
	private static boolean perfectCount(List<CoreLabel> tokens, NumberMention m, int opening) {
		for (int j = opening + 1; j + 1 < m.first; j++) {
			if (Set.of("has", "have", "had").contains(Lexicon.lower(tokens.get(j)))) {
				// the count's own verb ("Israeli fire has killed 12", "have also
				// killed"), not a report's ("officials have confirmed that the strike
				// killed 40")
				int v = j + 1;
				while (v < m.first && tokens.get(v).tag().startsWith("RB")) {
					v++;
				}
				// (or a side's losses: "Russia has suffered 790,000 troops killed or
				// wounded")
				if (v < m.first && "VBN".equals(tokens.get(v).tag()) && (Lexicon.kindOf(tokens.get(v)) != null
						|| Set.of("suffer", "sustain", "lose", "incur").contains(Lexicon.lemma(tokens.get(v))))) {
					return true;
				}
			}
		}
		int j = m.last + 1;
		// (past the count's noun too: "1,479 people, most of them civilians, had been")
		int noun = j;
		while (noun < tokens.size() && noun < j + 3 && tokens.get(noun).tag().matches("NNS?|NNPS?|JJ")) {
			noun++;
		}
		if (noun > j && noun < tokens.size() && ",".equals(tokens.get(noun).word())) {
			j = noun;
		}
		if (j < tokens.size() && ",".equals(tokens.get(j).word())) {
			// past an aside: "40 people, including 10 children, have been killed"
			int width = asideWidth(tokens, j);
			int close = j + 1;
			while (close < tokens.size() && close - j < width && !",".equals(tokens.get(close).word())) {
				close++;
			}
			j = close + 1;
		}
		for (int limit = j + 5; j + 1 < tokens.size() && j <= limit; j++) {
			String w = Lexicon.lower(tokens.get(j));
			// (also a report's past perfect: "said 1,479 people had been killed since")
			if (Set.of("has", "have", "had").contains(w)) {
				int v = j + 1;
				while (v < tokens.size()
						&& (tokens.get(v).tag().startsWith("RB") || "been".equals(Lexicon.lower(tokens.get(v))))) {
					v++;
				}
				return v < tokens.size()
						&& (Lexicon.kindOf(tokens.get(v)) != null || "among".equals(Lexicon.lower(tokens.get(v))));
			}
			if (",".equals(tokens.get(j).word())
					|| tokens.get(j).tag().startsWith("VB") && !"VBP".equals(tokens.get(j).tag())
							&& !Set.of("are", "is", "believed", "thought", "feared", "to").contains(w)) {
				return false;
			}
		}
		return false;
	}

	/**
	 * How far the comma closing an aside opened by the comma at {@code comma} may stand:
	 * further after "including" ("including a 17-year-old boy and his 72-year-old
	 * grandmother" is 16 tokens).
	 */
	private static int asideWidth(List<CoreLabel> tokens, int comma) {
		return (comma + 1 < tokens.size() && SUBSET_CUES.contains(Lexicon.lower(tokens.get(comma + 1)))) ? 20 : 10;
	}

	/** A noun of one event at {@code j}: "blast", "the ambush", "a suicide bomber". */
	private static boolean oneEvent(List<CoreLabel> tokens, int j) {
		String w = Lexicon.lower(tokens.get(j));
		return ONE_EVENT_NOUNS.contains(w) || SINGLE_EVENTS.contains(w) || ONE_EVENT_EXTRA.contains(w);
	}

	private static boolean indefiniteBefore(List<CoreLabel> tokens, int j, int opening) {
		for (int i = Math.max(opening + 1, j - 3); i < j; i++) {
			if (Set.of("a", "an", "one", "single", "deadliest", "first", "latest", "second", "worst", "this")
				.contains(Lexicon.lower(tokens.get(i)))) {
				return true;
			}
		}
		return false;
	}

	/** Single happenings and doers besides attacks: "the crash", "a suicide bomber". */
	private static final Set<String> ONE_EVENT_EXTRA = Set.of("crash", "landslide", "mudslide", "avalanche",
			"earthquake", "collapse", "stampede", "bomber", "gunman", "sniper", "wedding", "checkpoint", "massacre");

	private static final Set<String> WEEKDAYS = Set.of("monday", "tuesday", "wednesday", "thursday", "friday",
			"saturday", "sunday", "yesterday", "today", "tonight");

	/** What happens once: "a single mortar round", "the deadliest day", "in one day". */
	private static final Set<String> ONE_EVENT_NOUNS = Set.of("airstrike", "round", "bomb", "blast", "explosion",
			"shell", "missile", "drone", "day", "night", "shooting", "ambush");

	/** Open ground a distance is told across: "2 km of open field from the village". */
	private static final Set<String> TERRAIN = Set.of("ground", "land", "territory", "terrain", "field", "fields",
			"forest", "farmland", "steppe", "desert", "countryside", "plain", "plains");

	/** Totals a period word may follow: "the 300 deaths since the truce". */
	private static final Set<String> TOTAL_NOUNS = Set.of("toll", "tolls", "tally", "count", "deaths", "dead",
			"casualties", "figure", "figures", "number", "killings", "fatalities", "losses");

	/** One event measured against a period: "a violation since the truce". */
	private static final Set<String> SINGLE_EVENTS = Set.of("attack", "strike", "violation", "breach", "raid",
			"incident", "bombing", "assault", "clash", "flare-up", "escalation");

	private static boolean superlativeBetween(List<CoreLabel> tokens, int from, int to) {
		for (int i = Math.max(from + 1, 1); i < to; i++) {
			if ("JJS".equals(tokens.get(i).tag()) && "the".equals(Lexicon.lower(tokens.get(i - 1)))
					&& !Set.of("most", "least", "latest").contains(Lexicon.lower(tokens.get(i)))) {
				return true;
			}
		}
		return false;
	}

	private static final Set<String> SPANS = Set.of("week", "weeks", "month", "months", "half", "quarter", "year",
			"years");

	/**
	 * "More than 4,000 people were killed in Lebanon in 14 months of cross-border
	 * fighting": a span of a war, after the count in its clause (months or years; "two
	 * weeks of fighting" is a battle's).
	 */
	private static boolean spanOfWar(List<CoreLabel> tokens, int k, NumberMention m) {
		if (k <= m.last + 1 || k + 2 >= tokens.size()
				|| !Set.of("month", "months", "year", "years").contains(Lexicon.lower(tokens.get(k)))
				|| !isNumberToken(tokens, k - 1) || !"of".equals(Lexicon.lower(tokens.get(k + 1)))
				|| !Set.of("in", "over", "during").contains(Lexicon.lower(tokens.get(k - 2)))) {
			return false;
		}
		for (int j = k + 2; j < tokens.size() && j <= k + 5; j++) {
			String w = Lexicon.lower(tokens.get(j));
			if (WAR_PERIODS.contains(w)
					|| Set.of("fighting", "clashes", "hostilities", "shelling", "bombardment").contains(w)) {
				return sameClause(tokens, m, k);
			}
			if (!tokens.get(j).tag().matches("JJ|NN|NNP|HYPH|DT")) {
				return false;
			}
		}
		return false;
	}

	/**
	 * A span of weeks or more, as the count's own clause or the sentence's opening phrase
	 * states it: "killed 1,500 people in the first three months of the year", "In the
	 * past two weeks, 40 civilians have died". Not a day ("over the past day", a daily
	 * report), and not "the third shooting in the past month" in another clause.
	 */
	private static boolean spanOfWeeks(List<CoreLabel> tokens, int k, NumberMention m) {
		if (!SPANS.contains(Lexicon.lower(tokens.get(k)))) {
			return false;
		}
		int j = k - 1;
		while (j > 0 && isNumberToken(tokens, j)) {
			j--;
		}
		if (j < 2 || !Set.of("first", "past", "last", "previous").contains(Lexicon.lower(tokens.get(j)))
				|| !"the".equals(Lexicon.lower(tokens.get(j - 1)))
				|| !Set.of("in", "over", "during", "within").contains(Lexicon.lower(tokens.get(j - 2)))) {
			return false;
		}
		boolean numbered = j < k - 1;
		if (!numbered && k + 1 < tokens.size() && "of".equals(Lexicon.lower(tokens.get(k + 1)))) {
			// "in the last week of June", "during the first week of the
			// offensive": a time, not a span
			return false;
		}
		if (k > m.last) {
			for (int i = m.last + 1; i < j - 2; i++) {
				// "in what police called the third shooting in the past week"
				String w = Lexicon.lower(tokens.get(i));
				if (tokens.get(i).tag().matches("WP|WDT|JJS") || ORDINAL_WORDS.contains(w)
						|| Set.of("first", "latest", "another").contains(w)) {
					return false;
				}
			}
			return sameClause(tokens, m, k);
		}
		// "In the past two weeks, 40 civilians have been killed": a tally told in the
		// perfect; not "In the past week, a gunman killed four people"
		boolean perfect = false;
		for (int i = k + 1; i < tokens.size() && i <= m.last + 4; i++) {
			perfect |= Set.of("has", "have").contains(Lexicon.lower(tokens.get(i)));
		}
		return j == 2 && k < m.first && perfect;
	}

	/** Holders of captives named by a common noun: "the group has been holding". */
	private static final Set<String> HOLDING_GROUPS = Set.of("group", "militia", "gang", "faction", "movement",
			"organisation", "organization", "government", "regime", "junta", "kidnapper", "captor", "hijacker",
			"pirate", "abductor");

	/**
	 * "are holding at least 20 foreigners", "JNIM holds 20 foreigners", "gunmen holding
	 * 20 passengers": people held by those who hold them, not by a thing ("a bus holding
	 * 40 pilgrims", "the shelter is holding 300 displaced people", "the hall holds 500").
	 */
	private static boolean heldCaptive(List<CoreLabel> tokens, NumberMention m, int head) {
		int q = wordBeforeCount(tokens, m.qualifierStart - 1);
		if (q < 1 || !Set.of("holding", "holds", "hold", "held").contains(Lexicon.lower(tokens.get(q)))
				|| !tokens.get(q).tag().startsWith("VB") || !countsPeople(tokens, head)) {
			return false;
		}
		boolean asCaptive = head + 1 < tokens.size()
				&& Set.of("hostage", "captive").contains(Lexicon.lower(tokens.get(head + 1)))
				|| head >= 1 && Set.of("hostage", "captive").contains(Lexicon.lower(tokens.get(head)))
						&& tokens.get(head - 1).tag().startsWith("NN") && Lexicon.isHuman(tokens.get(head - 1));
		if (asCaptive) {
			// "held 4 people hostage", "holds about 1,000 Russian soldiers captive"
			return true;
		}
		if ("held".equals(Lexicon.lower(tokens.get(q)))) {
			// "the hall held 500 people"
			return false;
		}
		int[] firstDeed = subjectOfFirstVerb(tokens, q);
		if (firstDeed != null) {
			// "Gunmen stormed a boarding school in Kebbi state before dawn on Monday and
			// are holding 80 pupils": who stormed holds; the armed whatever they did
			// first, others after a deed of force (else the scan below decides:
			// "Teachers said gunmen stormed the school and are holding 80 pupils")
			CoreLabel holder = tokens.get(firstDeed[0]);
			boolean reported = false;
			for (int k = firstDeed[1]; k < q; k++) {
				// "Doctors who treated the wounded said the militants are holding 40"
				reported |= isReportingVerb(tokens.get(k));
			}
			if (isCarer(holder) && !reported) {
				// "Rescuers broke in and are holding 12 miners"
				return false;
			}
			boolean armedMan = firstDeed[0] >= 1 && "armed".equals(Lexicon.lower(tokens.get(firstDeed[0] - 1)));
			if (isArmed(holder) || armedMan
					|| !isCarer(holder) && forceful(tokens, firstDeed[1]) && (Lexicon.isHuman(holder)
							|| holder.tag().startsWith("NNP") && !"LOCATION".equals(holder.ner()))) {
				return true;
			}
		}
		// past a thing the holders took: "Rescuers reached the mine and are holding 12
		// miners" holds no captives, whoever the miners are; past a thing not taken by
		// force ("Delta cancelled the flight and is holding 150 passengers") only the
		// armed hold captives
		boolean afterObject = false;
		boolean forced = false;
		for (int k = q - 1; k >= 0 && k >= q - 20; k--) {
			CoreLabel holder = tokens.get(k);
			if (",".equals(holder.word())) {
				// past an aside: "The militants, who seized the town last week, are
				// holding"
				int open = k - 1;
				while (open >= 0 && !",".equals(tokens.get(open).word())) {
					open--;
				}
				if (open < 0) {
					return false;
				}
				k = open;
				continue;
			}
			if (holder.tag().matches("NN.*|PRP") && !Set.of("DATE", "TIME", "DURATION").contains(holder.ner())) {
				if (isCarer(holder) && (afterObject || SHELTERED.contains(Lexicon.lemma(tokens.get(head)))
						|| IN_CARE.contains(Lexicon.lemma(tokens.get(head))))) {
					// "Doctors are holding 30 patients", "Teachers are holding 300
					// students in the gym"
					return false;
				}
				boolean object = k >= 2 && holder.tag().startsWith("NN") && "DT".equals(tokens.get(k - 1).tag())
						&& tokens.get(k - 2).tag().matches("VB[DNZP]?");
				boolean armed = isArmed(holder);
				if (afterObject && !forced && !object) {
					return armed;
				}
				if (!(object && "and".equals(Lexicon.lower(tokens.get(k + 1)))) && (Lexicon.isHuman(holder) || armed)) {
					// (not the people of "Teachers sheltered the children and are
					// holding")
					return true;
				}
				if (object) {
					// "Gunmen stormed the school and are now holding 50 students": the
					// thing is an object; who holds them is before its verb
					afterObject = true;
					forced = forceful(tokens, k - 2);
					k -= 2;
					continue;
				}
				// a name or a pronoun may be a place or a thing ("Wembley holds
				// 90,000 people", "It holds 60,000"): only of people not sheltered
				boolean named = holder.tag().matches("NNPS?") && !"LOCATION".equals(holder.ner())
						&& !Set.of("hospital", "stadium", "arena", "centre", "center", "camp", "prison", "school")
							.contains(Lexicon.lower(holder));
				boolean pronoun = Set.of("he", "she", "we", "they").contains(Lexicon.lower(holder));
				return (named || pronoun) && !SHELTERED.contains(Lexicon.lemma(tokens.get(head)));
			}
		}
		return false;
	}

	/**
	 * For "X stormed the school and are holding": the indices of the noun right before
	 * the sentence's first finite verb and of that verb, when "and" (and an auxiliary)
	 * joins the holding verb at {@code q} to it; or the noun before a relative clause and
	 * the clause's verb ("Militants who ambushed a convoy near Kaya are holding"); else
	 * null.
	 */
	private static int[] subjectOfFirstVerb(List<CoreLabel> tokens, int q) {
		int j = q - 1;
		if (j >= 0 && Set.of("are", "is", "were", "was", "now", "still").contains(Lexicon.lower(tokens.get(j)))) {
			j--;
		}
		if (j >= 0 && Set.of("are", "is", "were", "was").contains(Lexicon.lower(tokens.get(j)))) {
			j--;
		}
		boolean joined = j >= 0 && "and".equals(Lexicon.lower(tokens.get(j)));
		int verb = -1;
		for (int k = 0; k < (joined ? j : q); k++) {
			CoreLabel token = tokens.get(k);
			if (Set.of(",", ";", ":").contains(token.word())) {
				return null;
			}
			if (Set.of("who", "that", "which").contains(Lexicon.lower(token)) && !joined) {
				// the relative clause tells what the holders did: "militants who
				// ambushed a convoy"
				int noun = k - 1;
				int deed = k + 1;
				while (deed < q && "RB".equals(tokens.get(deed).tag())) {
					deed++;
				}
				return (noun >= 0 && tokens.get(noun).tag().startsWith("NN") && deed < q
						&& tokens.get(deed).tag().startsWith("VB")) ? new int[] { noun, deed } : null;
			}
			if (token.tag().matches("VBD|VBZ|VBP")) {
				verb = k;
				break;
			}
		}
		if (!joined || verb < 1) {
			return null;
		}
		int noun = verb - 1;
		while (noun >= 0 && "RB".equals(tokens.get(noun).tag())) {
			noun--;
		}
		return (noun >= 0 && tokens.get(noun).tag().startsWith("NN")) ? new int[] { noun, verb } : null;
	}

	/**
	 * A deed of force at {@code k}: "stormed", "seized", "broke into", "opened fire",
	 * "set fire to", "blew up", "took over".
	 */
	private static boolean forceful(List<CoreLabel> tokens, int k) {
		String lemma = Lexicon.lemma(tokens.get(k));
		String next = (k + 1 < tokens.size()) ? Lexicon.lower(tokens.get(k + 1)) : "";
		return FORCE_VERBS.contains(lemma)
				|| Set.of("break", "burst", "force", "barge").contains(lemma)
						&& Set.of("into", "in", "through", "their", "his", "its").contains(next)
				|| Set.of("open", "set").contains(lemma) && "fire".equals(next)
				|| "blow".equals(lemma) && "up".equals(next)
				// (not "Coaches who took the team", "Managers entered the factory")
				|| "take".equals(lemma) && Set.of("over", "control", "hostage", "hostages").contains(next);
	}

	/** Forces, holding groups and shooters: holders of captives whatever they did. */
	private static boolean isArmed(CoreLabel holder) {
		return Lexicon.isMilitary(holder) || HOLDING_GROUPS.contains(Lexicon.lemma(holder))
				|| HOLDING_GROUPS.contains(Lexicon.lower(holder).replaceFirst("s$", ""))
				|| SHOOTERS.contains(Lexicon.lower(holder));
	}

	private static boolean isCarer(CoreLabel holder) {
		return CARERS.contains(Lexicon.lemma(holder)) || CARERS.contains(Lexicon.lower(holder));
	}

	/**
	 * "a firefight that left 19 militants and one soldier dead": the state after the last
	 * of the counts "left" befalls each; its index, or -1.
	 */
	private static int stateAfterCoordinate(List<CoreLabel> tokens, NumberMention m, int and) {
		int q = wordBeforeCount(tokens, m.qualifierStart - 1);
		if (q < 0 || !"leave".equals(Lexicon.lemma(tokens.get(q))) || and + 2 >= tokens.size()
				|| !"and".equals(Lexicon.lower(tokens.get(and)))
				|| !tokens.get(and + 1).tag().equals("CD") && !"a".equals(Lexicon.lower(tokens.get(and + 1)))) {
			return -1;
		}
		Set<String> states = Set.of("dead", "injured", "wounded", "hurt");
		int k = and + 2;
		while (k < tokens.size() && k - and < 7 && tokens.get(k).tag().matches("JJ|NNS?|NNPS?|HYPH")
				&& !states.contains(Lexicon.lower(tokens.get(k)))) {
			k++;
		}
		return (k > and + 2 && k < tokens.size() && states.contains(Lexicon.lower(tokens.get(k)))) ? k : -1;
	}

	/** "dead" after a verb of shooting: "shooting dead nine prisoners". */
	private static boolean shotDead(List<CoreLabel> tokens, int k) {
		return k >= 1 && "dead".equals(Lexicon.lower(tokens.get(k)))
				&& Set.of("shoot", "gun").contains(Lexicon.lemma(tokens.get(k - 1)));
	}

	/** Deeds of force after which those who did them hold captives. */
	private static final Set<String> FORCE_VERBS = Set.of("storm", "seize", "occupy", "barricade", "raid", "hijack",
			"attack", "overrun", "capture", "abduct", "kidnap", "ambush", "invade", "surround", "commandeer", "grab",
			"besiege");

	/** People who hold others in their care, never captive. */
	private static final Set<String> CARERS = Set.of("doctor", "doctors", "nurse", "nurses", "teacher", "teachers",
			"volunteer", "volunteers", "firefighter", "firefighters", "paramedic", "paramedics", "medic", "medics",
			"staff", "rescuer", "rescuers", "caregiver", "caregivers");

	/** Besides the sheltered, who carers hold in their care: "40 newborns". */
	private static final Set<String> IN_CARE = Set.of("child", "children", "pupil", "kid", "baby", "victim", "survivor",
			"newborn", "infant", "toddler");

	/** People a place or a vehicle may hold: "they were holding 60 pilgrims". */
	private static final Set<String> SHELTERED = Set.of("people", "person", "passenger", "resident", "patient",
			"refugee", "migrant", "pilgrim", "family", "evacuee", "spectator", "fan", "worshipper", "student");

	/** The dead as found: "the bodies of four men", "the remains of 19 migrants". */
	private static final Set<String> BODY_WORDS = Set.of("bodies", "body", "remains", "corpses");

	private static boolean bodiesOf(List<CoreLabel> tokens, NumberMention m) {
		int q = wordBeforeCount(tokens, m.qualifierStart - 1);
		return q >= 0 && BODY_WORDS.contains(Lexicon.lower(tokens.get(q))) && tokens.get(q).tag().startsWith("NN");
	}

	/**
	 * A side of a war lost people: "Russia said it lost eight men", "Ukraine has lost 40
	 * soldiers" (the subject a country, a group or "it" right before the verb).
	 */
	private static boolean sideLost(List<CoreLabel> tokens, int q) {
		int s = q - 1;
		if (s >= 0 && Set.of("has", "have", "had").contains(Lexicon.lower(tokens.get(s)))) {
			s--;
		}
		return s >= 0 && (Set.of("it", "we").contains(Lexicon.lower(tokens.get(s)))
				|| Set.of("LOCATION", "ORGANIZATION").contains(tokens.get(s).ner()));
	}

	/**
	 * Trapped or buried under rubble, a few words after the people: missing until found
	 * ("believed to be buried under the rubble", "may still be trapped under debris").
	 */
	private static boolean underRubble(List<CoreLabel> tokens, int from) {
		for (int k = from; k < tokens.size() && k < from + 6; k++) {
			CoreLabel token = tokens.get(k);
			if (Set.of(",", ";", "and", "but").contains(Lexicon.lower(token))) {
				return false;
			}
			if (Set.of("trap", "bury").contains(Lexicon.lemma(token)) && "VBN".equals(token.tag())) {
				for (int j = k + 1; j < tokens.size() && j <= k + 4; j++) {
					if (Set.of("rubble", "debris", "ruins", "wreckage").contains(Lexicon.lower(tokens.get(j)))) {
						return true;
					}
				}
				return false;
			}
		}
		return false;
	}

	/** Whether the word after token {@code k} is one of {@code words}. */
	private static boolean followedBy(List<CoreLabel> tokens, int k, Set<String> words) {
		return k + 1 < tokens.size() && words.contains(Lexicon.lower(tokens.get(k + 1)));
	}

	/** People other than soldiers a verb of deploying sends as a force. */
	private static final Set<String> DEPLOYED_FORCES = Set.of("officer", "police", "policeman", "personnel",
			"peacekeeper", "guard", "gendarme", "agent");

	/** Verbs that send a force (not "used force", "arrived at the scene"). */
	private static final Set<String> SENDING_LEMMAS = Set.of("deploy", "redeploy", "send", "dispatch", "mobilize",
			"mobilise", "station");

	/**
	 * "deployed about 400 police officers", "300 officers were sent": people who are no
	 * soldiers ({@code head}) sent as a force by the verb at {@code verb}.
	 */
	private static boolean forceSent(List<CoreLabel> tokens, int head, int verb) {
		return DEPLOYED_FORCES.contains(Lexicon.lemma(tokens.get(head)))
				&& SENDING_LEMMAS.contains(Lexicon.lemma(tokens.get(verb)));
	}

	private static final Set<String> SEVERITY_ADVERBS = Set.of("seriously", "critically", "badly", "gravely",
			"severely");

	/**
	 * "near Krynky were executed": a passive verb of killing after a short phrase of
	 * place or time; its index, else -1.
	 */
	private static int passiveKillAfter(List<CoreLabel> tokens, int from) {
		int found = passiveKillAt(tokens, from);
		// "Three suspects detained after the officer had died were
		// released": a death told in a clause of time has a subject
		// of its own, the captives a verb after it
		return (found >= 0 && clauseOfTimeBetween(tokens, from, found) && finiteVerbAfter(tokens, found + 1)) ? -1
				: found;
	}

	/** Words that open a clause of their own after a verb. */
	private static final Set<String> CLAUSE_OPENERS = Set.of("when", "as", "that", "who", "which", "where", "after",
			"before", "because", "while", "until", "since", "shortly");

	/** A word opening a clause of time between {@code from} and {@code to}. */
	private static boolean clauseOfTimeBetween(List<CoreLabel> tokens, int from, int to) {
		for (int k = from; k < to; k++) {
			if (Set.of("after", "before", "when", "until", "since", "as", "because", "while")
				.contains(Lexicon.lower(tokens.get(k)))) {
				return true;
			}
		}
		return false;
	}

	/**
	 * "were released", "was freed": the verb of a clause, within a few words (not one of
	 * a clause of its own: "were killed when troops raided the compound", "in a fire that
	 * broke out").
	 */
	private static boolean finiteVerbAfter(List<CoreLabel> tokens, int from) {
		for (int k = from; k < tokens.size() && k - from < 8; k++) {
			CoreLabel token = tokens.get(k);
			if (Set.of(",", ";", ".", "and", "but").contains(Lexicon.lower(token)) || token.tag().matches("WDT|WP|WRB")
					|| CLAUSE_OPENERS.contains(Lexicon.lower(token))) {
				return false;
			}
			// "were killed in a strike the army carried out", "in an airstrike
			// Hamas says Israel carried out": a verb right after a noun of its own
			// is a relative clause's ("in Tuesday's raid were released" is not)
			boolean relative = k > from && tokens.get(k - 1).tag().matches("NNS?|NNPS?|PRP")
					&& !FINITE_AUXILIARIES.contains(Lexicon.lower(token));
			if (token.tag().matches("VBD|VBZ|VBP|MD") && !relative) {
				return true;
			}
		}
		return false;
	}

	private static final Set<String> FINITE_AUXILIARIES = Set.of("was", "were", "is", "are", "has", "have", "had");

	/** The passive kill itself, wherever its clause belongs. */
	private static int passiveKillAt(List<CoreLabel> tokens, int from) {
		for (int k = from; k + 1 < tokens.size() && k - from < 8; k++) {
			String word = Lexicon.lower(tokens.get(k));
			if (Set.of("was", "were").contains(word)) {
				int v = (k + 2 < tokens.size() && "later".equals(Lexicon.lower(tokens.get(k + 1)))) ? k + 2 : k + 1;
				String kind = Lexicon.kindOf(tokens.get(v));
				// "were wounded" leaves them captives, hurt
				return Lexicon.KILLED.equals(kind) && "VBN".equals(tokens.get(v).tag()) ? v : -1;
			}
			if (Set.of("have", "has", "had").contains(word)) {
				// "Three hostages held since October have been killed",
				// "Hundreds of people detained since October have died in
				// custody"
				int v = (k + 2 < tokens.size() && "since".equals(Lexicon.lower(tokens.get(k + 1)))) ? k + 2 : k + 1;
				boolean been = "been".equals(Lexicon.lower(tokens.get(v)));
				v = (been && v + 1 < tokens.size()) ? v + 1 : v;
				boolean died = Set.of("die", "perish").contains(Lexicon.lemma(tokens.get(v)));
				return (been || died) && Lexicon.KILLED.equals(Lexicon.kindOf(tokens.get(v)))
						&& "VBN".equals(tokens.get(v).tag()) ? v : -1;
			}
			if (!tokens.get(k).tag().matches("IN|NNP?S?|DT|JJ|CD")) {
				return -1;
			}
		}
		return -1;
	}

	/**
	 * "Among the dead were four paramedics", "among the injured was one child": the index
	 * of the dead or hurt the count is of, else -1.
	 */
	private static int amongTheGroup(List<CoreLabel> tokens, NumberMention m) {
		int be = m.qualifierStart - 1;
		if (be < 3 || !Set.of("were", "was", "are", "is").contains(Lexicon.lower(tokens.get(be)))) {
			return -1;
		}
		String kind = Lexicon.kindOf(tokens.get(be - 1));
		// "Among the 19 dead were four journalists", "Among the 40 people killed were
		// six children", "Among those killed were three children": the group's own
		// count and noun before its kind
		int the = be - 2;
		if (the >= 1 && "NNS".equals(tokens.get(the).tag()) && Lexicon.isHuman(tokens.get(the))) {
			the--;
		}
		if (the >= 1 && isNumberToken(tokens, the)) {
			the--;
		}
		if (the < 1 || !Set.of("the", "those").contains(Lexicon.lower(tokens.get(the)))
				|| !"among".equals(Lexicon.lower(tokens.get(the - 1)))) {
			return -1;
		}
		return (Lexicon.KILLED.equals(kind) || Lexicon.WOUNDED.equals(kind)) ? be - 1 : -1;
	}

	/**
	 * "were among those killed", "was among the dead", "were also among those who died"
	 * at {@code p} after the count's noun phrase, the group of its own kind.
	 */
	private static boolean amongThose(List<CoreLabel> tokens, int p, String kind) {
		int n = tokens.size();
		int k = p;
		if (kind == null || k >= n || !Set.of("were", "was", "are", "is").contains(Lexicon.lower(tokens.get(k)))) {
			return false;
		}
		k++;
		if (k < n && tokens.get(k).tag().startsWith("RB")) {
			k++;
		}
		if (k + 2 >= n || !"among".equals(Lexicon.lower(tokens.get(k)))
				|| !Set.of("those", "the").contains(Lexicon.lower(tokens.get(k + 1)))) {
			return false;
		}
		k += 2;
		if ("who".equals(Lexicon.lower(tokens.get(k))) && k + 1 < n) {
			k++;
			if (Set.of("were", "was").contains(Lexicon.lower(tokens.get(k))) && k + 1 < n) {
				k++;
			}
		}
		return kind.equals(Lexicon.kindOf(tokens.get(k)));
	}

	/**
	 * "were among those killed when a roadside bomb struck": an event of its own, not the
	 * toll told before.
	 */
	private static boolean ownEvent(List<CoreLabel> tokens, int from) {
		for (int k = from; k < tokens.size(); k++) {
			if (Set.of("when", "after").contains(Lexicon.lower(tokens.get(k)))
					&& tokens.get(k).tag().matches("WRB|IN")) {
				return true;
			}
		}
		return false;
	}

	/**
	 * True when every capitalised word of tokens from..to-1 ("Two Israeli soldiers") is
	 * in the party of the toll before: not "50 Hamas fighters".
	 */
	private static boolean namesWithin(List<CoreLabel> tokens, int from, int to, String party) {
		for (int k = from; k < to && k < tokens.size(); k++) {
			String w = tokens.get(k).word();
			if (Character.isUpperCase(w.charAt(0)) && (party == null || !party.contains(w))) {
				return false;
			}
		}
		return true;
	}

	/**
	 * "soldiers and civilians" at the "and" after the first people: the index past the
	 * second, else {@code p}.
	 */
	private static int afterConjoinedPeople(List<CoreLabel> tokens, int p) {
		if (p + 1 >= tokens.size() || !Set.of("and", "or").contains(Lexicon.lower(tokens.get(p)))) {
			return p;
		}
		int k = p + 1;
		// "Two Nigerian soldiers and at least 15 militants died": a second count of its
		// own people shares the verb
		int counted = k;
		while (counted < tokens.size() && counted - k < 2
				&& COUNT_QUALIFIER_WORDS.contains(Lexicon.lower(tokens.get(counted)))) {
			counted++;
		}
		if (counted + 1 < tokens.size() && "CD".equals(tokens.get(counted).tag())) {
			k = counted + 1;
		}
		int first = k;
		// "Two officers and at least 10 gang members were killed"
		while (k + 1 < tokens.size() && k - first < 2 && tokens.get(k).tag().matches("JJ|NNP|NN")) {
			k++;
		}
		boolean people = "NNS".equals(tokens.get(k).tag()) && Lexicon.isHuman(tokens.get(k))
				&& Lexicon.kindOf(tokens.get(k)) == null;
		return (people && (k + 1 >= tokens.size() || !tokens.get(k + 1).tag().startsWith("NN"))) ? k + 1 : p;
	}

	/**
	 * "are listed as missing", "were declared dead", "went missing": the words before the
	 * state.
	 */
	private static boolean listedAs(List<CoreLabel> tokens, int p) {
		String word = Lexicon.lower(tokens.get(p));
		if ("go".equals(Lexicon.lemma(tokens.get(p))) && p + 1 < tokens.size()
				&& "missing".equals(Lexicon.lower(tokens.get(p + 1)))) {
			return true;
		}
		boolean listed = Set.of("listed", "registered", "declared", "classified", "officially").contains(word);
		boolean as = "as".equals(word) && p > 0
				&& Set.of("listed", "registered", "declared", "classified").contains(Lexicon.lower(tokens.get(p - 1)));
		return listed || as;
	}

	/** "have lost their lives": died. */
	private static boolean lostLives(List<CoreLabel> tokens, int p) {
		return p + 2 < tokens.size() && "lose".equals(Lexicon.lemma(tokens.get(p)))
				&& tokens.get(p).tag().startsWith("VB")
				&& Set.of("their", "his", "her").contains(Lexicon.lower(tokens.get(p + 1)))
				&& Set.of("life", "lives").contains(Lexicon.lower(tokens.get(p + 2)));
	}

	private static final Set<String> RELEASE_LEMMAS = Set.of("free", "release", "exchange", "swap", "repatriate");

	private static final Set<String> CAPTIVITY_WORDS = Set.of("swap", "exchange", "captivity", "captive", "prisoner",
			"prisoners", "pows");

	/**
	 * A verb of setting captives free at {@code q}: "freed", "released", "swapped"; and
	 * "returned" in a sentence about a swap or captivity.
	 */
	private static boolean released(List<CoreLabel> tokens, int q) {
		if (!tokens.get(q).tag().startsWith("VB")) {
			return false;
		}
		String lemma = Lexicon.lemma(tokens.get(q));
		if (RELEASE_LEMMAS.contains(lemma)) {
			return true;
		}
		return Set.of("return", "bring").contains(lemma)
				&& tokens.stream().anyMatch((t) -> CAPTIVITY_WORDS.contains(Lexicon.lower(t)));
	}

	/**
	 * "since the war", "since the full-scale invasion", "since the Russian invasion": the
	 * war word at {@code k} after "since the" and at most three tokens describing it.
	 */
	private static boolean sinceThe(List<CoreLabel> tokens, int k) {
		int the = k - 1;
		while (the >= 2 && k - the <= 3 && tokens.get(the).tag().matches("JJ|NNP|NN|VBN|HYPH")) {
			// "the full-scale invasion" is tokenised full / - / scale
			the--;
		}
		if (the >= 4 && "of".equals(Lexicon.lower(tokens.get(the - 1)))
				&& Set.of("start", "beginning", "outset").contains(Lexicon.lower(tokens.get(the - 2)))
				&& "the".equals(Lexicon.lower(tokens.get(the - 3)))) {
			// "since the start of the war"
			the -= 3;
		}
		return the >= 1 && "the".equals(Lexicon.lower(tokens.get(the)))
				&& "since".equals(Lexicon.lower(tokens.get(the - 1)));
	}

	/**
	 * Things, disasters and one-off events a "since" clause may turn on, in any number:
	 * no war's period ("since the stadium collapsed", "since the floods began").
	 */
	private static final Set<String> ONE_OFF_LEMMAS = Set.of("fire", "blaze", "wildfire", "bushfire", "volcano",
			"mount", "eruption", "explosion", "blast", "building", "bridge", "mine", "tunnel", "roof", "dam", "ceiling",
			"wall", "house", "stadium", "factory", "tower", "block", "hotel", "mall", "storm", "hurricane", "typhoon",
			"cyclone", "tornado", "flood", "flooding", "earthquake", "quake", "landslide", "mudslide", "avalanche",
			"tsunami", "school", "year", "semester", "term", "season", "festival", "hajj", "pilgrimage", "drug",
			"epidemic", "outbreak", "pandemic", "standoff", "crash", "derailment", "stampede");

	/**
	 * Deeds that are one-off only in the singular: "since the raid began", but "since the
	 * raids began" is a campaign.
	 */
	private static final Set<String> ONE_OFF_DEEDS = Set.of("raid", "strike", "shooting", "riot", "ambush", "massacre");

	/** Words of war and unrest, which outweigh a one-off word: "the strike campaign". */
	private static final Set<String> UNREST_WORDS = Set.of("war", "invasion", "conflict", "offensive", "siege",
			"uprising", "occupation", "ceasefire", "truce", "coup", "fighting", "clashes", "hostilities", "violence",
			"unrest", "protests", "demonstrations", "talks", "regime", "operation", "campaign", "insurgency",
			"rebellion", "shelling", "bombardment", "bombing", "airstrikes", "assault", "blockade", "crackdown", "air");

	/**
	 * Whether the noun phrase from {@code from} (to a preposition, a verb or a stop, at
	 * most 6 words) names a one-off event or thing and no war or unrest: true, false, or
	 * null when it names neither.
	 */
	private static Boolean oneOffPhrase(List<CoreLabel> tokens, int from, int to) {
		Boolean oneOff = null;
		for (int k = Math.max(0, from); k < to && k < tokens.size() && k - from < 6; k++) {
			CoreLabel token = tokens.get(k);
			String w = Lexicon.lower(token);
			if (token.tag().matches("IN|TO|VB.*|MD|WDT|WRB|CC|RB") || Set.of(",", ";", ".", ":", "ago").contains(w)) {
				break;
			}
			if (Set.of("DATE", "DURATION", "TIME").contains(token.ner())) {
				// a time says nothing of the event: "started four years ago", "the
				// 2014 war"
				continue;
			}
			if (UNREST_WORDS.contains(w)) {
				return false;
			}
			boolean indefiniteAttack = "attack".equals(w) && k >= 1
					&& tokens.subList(from, k)
						.stream()
						.anyMatch((before) -> Set.of("a", "an").contains(Lexicon.lower(before)));
			if (ONE_OFF_LEMMAS.contains(Lexicon.lemma(token)) || ONE_OFF_DEEDS.contains(w) || indefiniteAttack) {
				oneOff = true;
			}
		}
		return oneOff;
	}

	/**
	 * Verbs that open a war or a siege: "since fighting broke out", "since the RSF laid
	 * siege".
	 */
	private static final Set<String> WAR_START_LEMMAS = Set.of("begin", "start", "erupt", "break", "lay", "seize",
			"launch", "invade", "escalate", "resume", "collapse", "take");

	/**
	 * "780 civilians have been killed since the RSF laid siege to the city in May",
	 * "since fighting broke out in April": a clause after "since" at {@code since} whose
	 * verb opens a war, so a count in the perfect before it is a total over the war so
	 * far.
	 */
	private static boolean warBeganSince(List<CoreLabel> tokens, int since) {
		// (up to "since its full-scale invasion of Ukraine began")
		for (int k = since + 1; k < tokens.size() && k - since <= 9; k++) {
			CoreLabel token = tokens.get(k);
			if ("VBD".equals(token.tag()) || "VBP".equals(token.tag()) && "broke".equals(Lexicon.lower(token))) {
				String lemma = Lexicon.lemma(token);
				String next = (k + 1 < tokens.size()) ? Lexicon.lower(tokens.get(k + 1)) : "";
				if (!WAR_START_LEMMAS.contains(lemma) || "break".equals(lemma) && !"out".equals(next)) {
					return false;
				}
				if ("lay".equals(lemma)) {
					return "siege".equals(next);
				}
				if ("take".equals(lemma)) {
					return Set.of("power", "control").contains(next);
				}
				// what began, broke out, was launched or collapsed (its subject or
				// object, not a place after it) is no one-off event or thing of its
				// own: not "since the fire broke out", "since the stadium collapsed",
				// "since police launched the raid"; but "since fighting broke out near
				// the dam"
				int object = ("out".equals(next)) ? k + 2 : k + 1;
				Boolean subject = oneOffPhrase(tokens, since + 1, k);
				Boolean launched = oneOffPhrase(tokens, object, tokens.size());
				// (a war in either outweighs a one-off word in the other: "since
				// Mount Lebanon militias launched the offensive")
				return Boolean.FALSE.equals(subject) || Boolean.FALSE.equals(launched)
						|| !Boolean.TRUE.equals(subject) && !Boolean.TRUE.equals(launched);
			}
			if (Set.of(",", ";", ".").contains(token.word()) || token.tag().startsWith("VB")) {
				return false;
			}
		}
		return false;
	}

	/**
	 * "6,000 civilians have been killed since the army seized power in February 2021": a
	 * "since" clause after the count that ends in a year.
	 */
	private static boolean sinceClauseBefore(List<CoreLabel> tokens, NumberMention m, int year) {
		for (int k = year - 1; k > m.last && k >= year - 10; k--) {
			String word = Lexicon.lower(tokens.get(k));
			if (Set.of(",", ";", "when", "after").contains(word) && !dateComma(tokens, k)) {
				return false;
			}
			if ("since".equals(word)) {
				return true;
			}
		}
		return false;
	}

	/** The comma of "October 7, 2023", which ends no clause. */
	private static boolean dateComma(List<CoreLabel> tokens, int k) {
		return k >= 1 && k + 1 < tokens.size() && ",".equals(tokens.get(k).word())
				&& tokens.get(k - 1).word().matches("\\d{1,2}") && tokens.get(k + 1).word().matches("(19|20)\\d\\d");
	}

	/** Verbs of keeping a tally: "counted 112 civilian deaths in March". */
	private static final Set<String> TALLY_LEMMAS = Set.of("count", "record", "document", "register", "tally", "log");

	/**
	 * A monitor's tally over a named month or year: a counting verb before the number and
	 * a date after "in" or "during" in the same clause.
	 */
	private static boolean tallyOverDate(List<CoreLabel> tokens, NumberMention m, int end) {
		int q = wordBeforeCount(tokens, m.qualifierStart - 1);
		if (q < 0 || !tokens.get(q).tag().startsWith("VB") || !TALLY_LEMMAS.contains(Lexicon.lemma(tokens.get(q)))) {
			return false;
		}
		for (int k = m.last + 2; k < end; k++) {
			if ("DATE".equals(tokens.get(k).ner())
					&& Set.of("in", "during").contains(Lexicon.lower(tokens.get(k - 1)))) {
				return true;
			}
		}
		return false;
	}

	/**
	 * "The war, which began in 2023, has killed tens of thousands": the war itself is the
	 * subject (its first words), so the count is its toll so far.
	 */
	private static boolean warHasKilled(List<CoreLabel> tokens, int k, NumberMention m) {
		int the = k - 1;
		while (the > 0 && k - the < 3 && tokens.get(the).tag().matches("JJ|NNP|NN|HYPH")) {
			the--;
		}
		// "The UN estimates that the war ... has killed", "says the war has killed": the
		// war opens a reported clause
		boolean reported = the >= 2 && "the".equals(Lexicon.lower(tokens.get(the)))
				&& ("that".equals(Lexicon.lower(tokens.get(the - 1)))
						|| REPORTING_LEMMAS.contains(Lexicon.lemma(tokens.get(the - 1)))
								&& tokens.get(the - 1).tag().matches("VBZ|VBD|VBP")
						|| Set.of("estimate", "believe").contains(Lexicon.lemma(tokens.get(the - 1))));
		if (k >= m.first || !reported && (k > 3 || !"the".equals(Lexicon.lower(tokens.get(0))))) {
			return false;
		}
		if (reported && (k + 1 < tokens.size() && "POS".equals(tokens.get(k + 1).tag()) || onADay(tokens, m))) {
			// "says the war's deadliest strike has killed 50", "the offensive has killed
			// 12 civilians on Tuesday": one strike, one day
			return false;
		}
		for (int j = k + 1; j + 1 < m.qualifierStart; j++) {
			String kind = Lexicon.kindOf(tokens.get(j + 1));
			if (Set.of("has", "have").contains(Lexicon.lower(tokens.get(j))) && "VBN".equals(tokens.get(j + 1).tag())
					&& kind != null && !Lexicon.DEPLOYED.equals(kind)) {
				return true;
			}
		}
		return false;
	}

	/**
	 * A day or a night in the count's own clause, from the war noun at {@code from} to
	 * the clause's end: "The fighting on Saturday has killed 56", "The violence has
	 * killed 12 people today" (one day's toll); not in a report around it ("Officials
	 * said on Tuesday that the violence has killed 300") nor after "since" ("since Monday
	 * morning", "since last night"), unless that is today ("since this morning").
	 */
	private static boolean dayOfTheClause(List<CoreLabel> tokens, int from, NumberMention m) {
		int since = -10;
		for (int k = from; k < tokens.size(); k++) {
			String word = Lexicon.lower(tokens.get(k));
			if (k > m.last && Set.of(",", ";", ".").contains(tokens.get(k).word())) {
				break;
			}
			if ("since".equals(word)) {
				since = k;
			}
			if ((Set.of("overnight", "yesterday", "today", "tonight", "morning", "night", "evening", "afternoon")
				.contains(word) || WEEKDAYS.contains(word)) && k - since > 3) {
				return true;
			}
			// (but "since this morning", "since dawn", "since midnight" are today's)
			if ((Set.of("today", "tonight", "dawn", "daybreak", "midnight").contains(word)
					|| "this".equals(word) && k + 1 < tokens.size()
							&& Set.of("morning", "afternoon", "evening").contains(Lexicon.lower(tokens.get(k + 1))))
					&& k - since <= 3) {
				return true;
			}
		}
		return false;
	}

	/**
	 * A day named after the count in its clause: "on Tuesday", "overnight", "yesterday".
	 */
	private static boolean onADay(List<CoreLabel> tokens, NumberMention m) {
		for (int k = m.last + 1; k < tokens.size() && !Set.of(",", ";", ".").contains(tokens.get(k).word()); k++) {
			String word = Lexicon.lower(tokens.get(k));
			if (Set.of("overnight", "yesterday", "today").contains(word) || "DATE".equals(tokens.get(k).ner())
					&& word.matches("monday|tuesday|wednesday|thursday|friday|saturday|sunday")) {
				return true;
			}
		}
		return false;
	}

	/**
	 * The count as the object of one person's deed: "Last year, he shot and killed two
	 * men outside a bar" (a sentencing story's crime), not a tally like "police shot 12
	 * people this year" or "he has killed three people since 2019".
	 */
	private static boolean deedOfOne(List<CoreLabel> tokens, NumberMention m) {
		int g = wordBeforeCount(tokens, m.qualifierStart - 1);
		if (g < 1 || !tokens.get(g).tag().matches("VBD|VBG") || Lexicon.kindOf(tokens.get(g)) == null) {
			return false;
		}
		// "he opened fire at a party, killing one man and wounding four others": a
		// participle's doer is in the clause before the comma
		boolean participle = "VBG".equals(tokens.get(g).tag());
		for (int k = g - 1; k >= 0; k--) {
			String word = Lexicon.lower(tokens.get(k));
			if (",".equals(word) && !participle || ";".equals(word) || Set.of("have", "has", "had").contains(word)) {
				return false;
			}
			if (Set.of("he", "she").contains(word)
					|| participle && "who".equals(word) && k >= 1 && "NN".equals(tokens.get(k - 1).tag())) {
				// "A man who fired into a party bus in 2021, wounding three women, was
				// sentenced": one doer's deed
				return true;
			}
		}
		return false;
	}

	/**
	 * "three siblings who were shot and killed by their father in their home in 2016",
	 * "killed by a gunman at a church in 2015": one doer, named after "by" in the clause,
	 * did the deed of one incident, not a year's total (not "killed by police in 2016",
	 * "by officers" or "by gunfire").
	 */
	private static boolean byOneDoer(List<CoreLabel> tokens, int from, int end) {
		for (int k = from; k + 1 < end; k++) {
			if (!"by".equals(Lexicon.lower(tokens.get(k)))) {
				continue;
			}
			int j = k + 1;
			if (j < end && ("PRP$".equals(tokens.get(j).tag())
					|| Lexicon.ARTICLES.contains(Lexicon.lower(tokens.get(j))))) {
				j++;
			}
			while (j < end && tokens.get(j).tag().matches("JJ|NNP") && j + 1 < end
					&& tokens.get(j + 1).tag().startsWith("NN")) {
				j++;
			}
			return j < end && "NN".equals(tokens.get(j).tag()) && Lexicon.isHuman(tokens.get(j))
					&& !"police".equals(Lexicon.lower(tokens.get(j)));
		}
		return false;
	}

	/**
	 * "sentenced for the shooting deaths of two men outside a nightclub in 2020": the
	 * count after a deed noun and "of", one dated deed, not a statistic.
	 */
	private static boolean deathsOf(List<CoreLabel> tokens, NumberMention m) {
		int of = m.qualifierStart - 1;
		if (of < 2 || !"of".equals(Lexicon.lower(tokens.get(of)))) {
			return false;
		}
		String deed = Lexicon.lower(tokens.get(of - 1));
		String before = Lexicon.lower(tokens.get(of - 2));
		// not "the deaths of 40 people in 2018", a tally
		return Set.of("shooting", "stabbing").contains(before) && DEED_NOUNS.containsKey(deed)
				|| "the".equals(before) && Set.of("killing", "killings", "slaying", "slayings").contains(deed);
	}

	/**
	 * One incident told between the count and its year: "three men who were wounded when
	 * the defendant opened fire at a party in 2016", "two people killed in a shooting at
	 * a bar in 2014" (a dated deed, not a tally like "14 people were killed in 2015").
	 */
	private static boolean incidentBetween(List<CoreLabel> tokens, int from, int to) {
		for (int k = from; k < to; k++) {
			String word = Lexicon.lower(tokens.get(k));
			if ("when".equals(word) || k > from && Set.of("a", "an").contains(Lexicon.lower(tokens.get(k - 1)))
					&& Set.of("shooting", "attack", "robbery", "incident", "stabbing", "ambush", "shootout")
						.contains(word)) {
				return true;
			}
		}
		return false;
	}

	/**
	 * The count as the object of a gerund after a preposition, "accused of killing two
	 * people outside a bar in 2014", "charged with wounding three men": one deed, dated,
	 * not a statistic.
	 */
	private static boolean gerundObject(List<CoreLabel> tokens, NumberMention m) {
		int g = m.qualifierStart - 1;
		if (g < 1 || !"VBG".equals(tokens.get(g).tag()) || Lexicon.kindOf(tokens.get(g)) == null) {
			return false;
		}
		int before = g - 1;
		if (ADVERB_KEYWORDS.contains(Lexicon.lower(tokens.get(before)))) {
			before--;
		}
		return before >= 0 && Set.of("of", "with", "for").contains(Lexicon.lower(tokens.get(before)));
	}

	private static final Set<String> UNREALISED_MODALS = Set.of("should", "would", "could", "might", "should've",
			"would've", "could've");

	/**
	 * A casualty that did not happen: "they should have held back until one of them was
	 * hurt", "he would stay until two were dead".
	 */
	static boolean waitedUntil(List<CoreLabel> tokens, NumberMention m) {
		for (int k = m.qualifierStart - 1; k >= 0 && k >= m.qualifierStart - 3; k--) {
			if ("until".equals(Lexicon.lower(tokens.get(k)))) {
				for (int j = 0; j < k; j++) {
					if (UNREALISED_MODALS.contains(Lexicon.lower(tokens.get(j)))) {
						return true;
					}
				}
				return false;
			}
		}
		return false;
	}

	/** A word of an age in apposition: "ages 17 and 20", "aged 19", "both 16". */
	private static boolean ages(CoreLabel token) {
		String word = Lexicon.lower(token);
		return Set.of("ages", "aged", "age", "both").contains(word) || word.matches("\\d{1,2}");
	}

	/**
	 * The kind of the figure that a count is coordinated with: in "killed 12 Ukrainian
	 * soldiers and 30 Russian troops", {@code and} at {@code q} follows the noun phrase
	 * of the figure 12. Null unless that figure is a casualty.
	 */
	private static String coordinatedKind(List<CoreLabel> tokens, int q, List<Figure> figures, int firstInSentence) {
		if (!Set.of("and", "or").contains(Lexicon.lower(tokens.get(q)))) {
			return null;
		}
		int k = q - 1;
		while (k >= 0 && q - k <= 5 && tokens.get(k).tag().matches("NN.*|JJ|VBN")) {
			k--;
		}
		if (k < 0 || k == q - 1) {
			return null;
		}
		int numberEnd = tokens.get(k).endPosition();
		for (int f = figures.size() - 1; f >= firstInSentence; f--) {
			Figure figure = figures.get(f);
			if (figure.end() == numberEnd && "casualty".equals(figure.category())) {
				return figure.kind();
			}
		}
		// "shot and killed his wife and two of their children": a person named as the
		// object of a verb of killing or wounding before a count of a group ("his
		// mother and two neighbors" is one list, counted whole)
		if (k >= 1 && "PRP$".equals(tokens.get(k).tag()) && tokens.get(k - 1).tag().matches("VBD|VBN|VBG")
				&& "and".equals(Lexicon.lower(tokens.get(q))) && Lexicon.isHuman(tokens.get(q - 1))
				&& q + 2 < tokens.size() && "of".equals(Lexicon.lower(tokens.get(q + 2)))) {
			String kind = Lexicon.kindOf(tokens.get(k - 1));
			return (Lexicon.KILLED.equals(kind) || Lexicon.WOUNDED.equals(kind)) ? kind : null;
		}
		return null;
	}

	/**
	 * "The battalion lost 60 men": a military subject just before the verb at {@code q}.
	 */
	private static boolean militaryBefore(List<CoreLabel> tokens, int q) {
		for (int k = q - 1; k >= 0 && q - k <= 4; k--) {
			if (Lexicon.isMilitary(tokens.get(k))) {
				return true;
			}
		}
		return false;
	}

	/** "two men", "two Smiths", "three others" (after a count, others are people). */
	private static boolean countsPeople(List<CoreLabel> tokens, int head) {
		// "40,000 Palestinians", "30 North Koreans": a people named by their nationality
		// (a plural proper noun)
		return head < 0 || Lexicon.isHuman(tokens.get(head)) || "PERSON".equals(tokens.get(head).ner())
				|| "others".equals(Lexicon.lower(tokens.get(head))) || "NNPS".equals(tokens.get(head).tag())
				|| peopleAfterVagueCount(tokens, head);
	}

	/**
	 * "Dozens of Rohingya", "hundreds of Masalit": a people the tagger takes for a
	 * singular proper noun, counted by a vague number before "of".
	 */
	private static boolean peopleAfterVagueCount(List<CoreLabel> tokens, int head) {
		// the tagger may take the people for a place ("hundreds of Masalit")
		return head >= 2 && "NNP".equals(tokens.get(head).tag())
				&& Set.of("O", "NATIONALITY", "RELIGION", "MISC", "LOCATION").contains(tokens.get(head).ner())
				&& "of".equals(Lexicon.lower(tokens.get(head - 1)))
				&& NumberWords.vague(tokens.get(head - 2).word()) != null;
	}

	/** "two people were taken to hospital", "sent 3 people to the hospital". */
	private static boolean hospitalAfter(List<CoreLabel> tokens, int from) {
		for (int k = from; k < tokens.size() && k < from + 9; k++) {
			String word = Lexicon.lower(tokens.get(k));
			if (word.startsWith("hospital")) {
				return k > 0
						&& (Set.of("to", "the", "a", "area", "local", "in").contains(Lexicon.lower(tokens.get(k - 1)))
								|| namedHospital(tokens, k) && carriedBefore(tokens, from, k))
						&& !forACheck(tokens, k + 1);
			}
			if ("center".equals(word) && namedHospital(tokens, k)
					&& (carriedBefore(tokens, from, k) || arrivedWithWounds(tokens, from, k))) {
				// "taken to Harborview Medical Center"
				return !forACheck(tokens, k + 1);
			}
			if (Set.of(",", ";", ".", "and", "but").contains(word)) {
				return false;
			}
		}
		return false;
	}

	/**
	 * "Two victims were taken to Grady Memorial Hospital and a third to Atlanta Medical
	 * Center": the next one, told by its ordinal after "and" with the verb left out, is
	 * one more of the wounded.
	 */
	private static void countOneMoreToAnotherHospital(List<Figure> figures, int firstInSentence,
			List<CoreLabel> tokens) {
		for (int i = firstInSentence; i < figures.size(); i++) {
			Figure figure = figures.get(i);
			if (!Lexicon.WOUNDED.equals(figure.kind()) || figure.implicit() || !figure.quantified()
					|| !"exact".equals(figure.qualifier())) {
				continue;
			}
			boolean carried = false;
			for (int k = 0; k + 3 < tokens.size(); k++) {
				CoreLabel token = tokens.get(k);
				if (token.beginPosition() < figure.end()) {
					continue;
				}
				carried |= token.tag().startsWith("VB") && TO_HOSPITAL.contains(Lexicon.lemma(token));
				Integer ordinal = ImplicitCounter.ORDINALS.get(Lexicon.lower(tokens.get(k + 2)));
				if (carried && "and".equals(Lexicon.lower(token))
						&& Set.of("a", "an").contains(Lexicon.lower(tokens.get(k + 1))) && ordinal != null
						&& BigDecimal.valueOf(ordinal).compareTo(figure.min().add(BigDecimal.ONE)) == 0
						&& "to".equals(Lexicon.lower(tokens.get(k + 3)))) {
					figures.set(i, figure.withValue(BigDecimal.valueOf(ordinal)));
					break;
				}
			}
		}
	}

	/** Verbs that bring a person to hospital: "taken", "rushed", "airlifted". */
	private static final Set<String> TO_HOSPITAL = Set.of("take", "rush", "transport", "airlift", "fly", "hospitalize",
			"admit", "treat");

	/**
	 * A verb of {@link #TO_HOSPITAL} between {@code from} and the hospital's name: "were
	 * taken to Harborview Medical Center", not "doctors at St. Luke's Hospital" or
	 * "detectives drove to Mercy Medical Center".
	 */
	private static boolean carriedBefore(List<CoreLabel> tokens, int from, int hospital) {
		for (int k = Math.max(0, from); k < hospital; k++) {
			if (tokens.get(k).tag().startsWith("VB") && TO_HOSPITAL.contains(Lexicon.lemma(tokens.get(k)))) {
				return true;
			}
		}
		return false;
	}

	/**
	 * "Two men arrived at Atrium Health Carolinas Medical Center on Sunday night with
	 * gunshot wounds": an arrival at the hospital with wounds after it (not "arrived at
	 * Lakeview Medical Center to speak with the family").
	 */
	private static boolean arrivedWithWounds(List<CoreLabel> tokens, int from, int hospital) {
		boolean arrived = false;
		for (int k = Math.max(0, from); k < hospital; k++) {
			arrived |= tokens.get(k).tag().startsWith("VB") && "arrive".equals(Lexicon.lemma(tokens.get(k)));
		}
		for (int k = hospital + 1; arrived && k + 1 < tokens.size() && k <= hospital + 8; k++) {
			if ("with".equals(Lexicon.lower(tokens.get(k)))) {
				for (int j = k + 1; j < tokens.size() && j <= k + 3; j++) {
					if (Set.of("wound", "wounds", "injuries").contains(Lexicon.lower(tokens.get(j)))) {
						return true;
					}
				}
			}
		}
		return false;
	}

	/** "for evaluation", "as a precaution": a check, not care for a wound. */
	private static boolean forACheck(List<CoreLabel> tokens, int from) {
		for (int k = from; k < tokens.size() && k < from + 4; k++) {
			// "treated ... for smoke inhalation": no wound
			if (Set
				.of("evaluation", "precaution", "examination", "exam", "clearance", "checkup", "check-up", "smoke",
						"inhalation", "observation", "exhaustion", "dehydration", "shock", "anxiety")
				.contains(Lexicon.lower(tokens.get(k)))) {
				return true;
			}
		}
		return false;
	}

	/**
	 * A hospital by its name, "St. Mary's Hospital", "Harborview Medical Center", "Mercy
	 * Trauma Center", reached by "to" or "at" a few words before.
	 */
	private static boolean namedHospital(List<CoreLabel> tokens, int k) {
		CoreLabel token = tokens.get(k);
		if (!Character.isUpperCase(token.word().charAt(0)) || k < 2) {
			return false;
		}
		if ("center".equals(Lexicon.lower(token))
				&& !Set.of("medical", "trauma").contains(Lexicon.lower(tokens.get(k - 1)))) {
			return false;
		}
		for (int j = k - 1; j >= 0 && j >= k - 5; j--) {
			String word = Lexicon.lower(tokens.get(j));
			if (Set.of("to", "at").contains(word)) {
				return true;
			}
			boolean name = tokens.get(j).tag().startsWith("NN")
					&& Character.isUpperCase(tokens.get(j).word().charAt(0));
			if (!name && !"POS".equals(tokens.get(j).tag()) && !word.matches("st\\.|'s")) {
				return false;
			}
		}
		return false;
	}

	/**
	 * "One person suffered a cut to his head in the fight and was taken to a hospital": a
	 * second predicate of the counted subject, joined by "and", that takes them to
	 * hospital; not after another subject or clause ("and police were taken", ", and").
	 */
	private static boolean hospitalJoined(List<CoreLabel> tokens, int verb) {
		if (verb >= tokens.size() || !tokens.get(verb).tag().startsWith("VB")) {
			return false;
		}
		for (int k = verb + 1; k + 2 < tokens.size() && k < verb + 20; k++) {
			String word = Lexicon.lower(tokens.get(k));
			if (Set.of(",", ";", ".", "but", "while", "when", "after", "who", "which", "that").contains(word)) {
				return false;
			}
			if ("and".equals(word)) {
				int v = k + 1;
				if (Set.of("was", "were", "later", "then").contains(Lexicon.lower(tokens.get(v)))) {
					v++;
				}
				if (v < tokens.size() && Set.of("was", "were").contains(Lexicon.lower(tokens.get(v)))) {
					v++;
				}
				return v < tokens.size() && "VBN".equals(tokens.get(v).tag())
						&& TO_HOSPITAL.contains(Lexicon.lemma(tokens.get(v))) && hospitalAfter(tokens, v);
			}
		}
		return false;
	}

	/**
	 * "struck by a stray bullet", "hit by gunfire", or "hitting" while firing ("opened
	 * fire, hitting two women").
	 */
	private static boolean struckByGunfire(List<CoreLabel> tokens, int k) {
		if (!Set.of("strike", "hit").contains(Lexicon.lemma(tokens.get(k))) || !tokens.get(k).tag().startsWith("VB")) {
			return false;
		}
		if (k + 1 < tokens.size() && "by".equals(Lexicon.lower(tokens.get(k + 1)))) {
			for (int j = k + 2; j < tokens.size() && j <= k + 5; j++) {
				if (Lexicon.isGunfire(tokens.get(j))) {
					return true;
				}
			}
			return false;
		}
		if ("VBN".equals(tokens.get(k).tag()) && (hitInAPart(tokens, k) || hitWhenFired(tokens, k))) {
			return true;
		}
		if (tokens.get(k).tag().matches("VBD|VBZ") && shooterBefore(tokens, k)) {
			// "the gunman struck four customers"
			return true;
		}
		if (!"VBG".equals(tokens.get(k).tag())) {
			return false;
		}
		for (int j = k - 1; j >= 0 && j >= k - 10; j--) {
			String word = Lexicon.lower(tokens.get(j));
			if (Set.of("fire", "fired", "firing", "shots").contains(word)) {
				return true;
			}
		}
		return false;
	}

	/** Who fires: the subject that makes "struck" or "hit" a shooting. */
	private static final Set<String> SHOOTERS = Set.of("gunman", "gunmen", "shooter", "shooters", "sniper", "snipers");

	/**
	 * "the gunman struck", "the shooter, who fled, hit": a shooter right before the verb.
	 */
	private static boolean shooterBefore(List<CoreLabel> tokens, int k) {
		int j = k - 1;
		while (j >= 0 && k - j <= 2 && "RB".equals(tokens.get(j).tag())) {
			j--;
		}
		return j >= 0 && SHOOTERS.contains(Lexicon.lower(tokens.get(j)));
	}

	/** Words that make a text a story of gunfire. */
	private static final Set<String> GUNFIRE_STORY = Set.of("gunfire", "gunshot", "gunshots", "shots", "shooting",
			"shootout", "gunman", "gunmen", "shooter", "bullet", "bullets");

	/**
	 * "two people who were hit", "Police say two were struck": "hit" or "struck" in the
	 * passive with no agent or instrument after it ("hit by a car", "struck with a
	 * bottle") and no object.
	 */
	private static boolean hitAndNothingMore(List<CoreLabel> tokens, int k) {
		if (!Set.of("strike", "hit").contains(Lexicon.lemma(tokens.get(k))) || !"VBN".equals(tokens.get(k).tag())
				|| k < 1 || !Set.of("was", "were", "been", "are", "is", "be", "being", "got", "get")
					.contains(Lexicon.lower(tokens.get(k - 1)))) {
			return false;
		}
		if (k + 1 >= tokens.size()) {
			return true;
		}
		CoreLabel next = tokens.get(k + 1);
		return Set
			.of(",", ".", ";", "and", "''", "\"", "'", "--", "—", "when", "during", "as", "after", "while", "outside",
					"inside", "near", "at", "on", "in", "early", "late", "last", "overnight")
			.contains(Lexicon.lower(next))
				&& !(k + 2 < tokens.size() && "on".equals(Lexicon.lower(next))
						&& Set.of("the", "his", "her").contains(Lexicon.lower(tokens.get(k + 2))));
	}

	/**
	 * "two of them children", "the vast majority of them civilians": an aside from
	 * {@code k} on part of the counted.
	 */
	private static boolean ofThemAside(List<CoreLabel> tokens, int k) {
		for (int j = k; j + 1 < tokens.size() && j - k < 5; j++) {
			String w = Lexicon.lower(tokens.get(j));
			if (",".equals(w) || tokens.get(j).tag().startsWith("VB")) {
				return false;
			}
			if ("of".equals(w) && Set.of("them", "whom").contains(Lexicon.lower(tokens.get(j + 1)))) {
				return j > k;
			}
		}
		return false;
	}

	/** Verbs of a reporting tag set inside a clause: ", the company confirmed,". */
	private static final Set<String> TAG_VERBS = Set.of("say", "report", "tell", "state", "announce", "confirm", "add",
			"estimate", "claim", "allege", "believe");

	/** "a statement posted on Telegram", "a video released late on Friday". */
	private static final Set<String> PUBLISHED = Set.of("post", "publish", "release", "issue", "share", "broadcast",
			"air", "upload", "circulate");

	/** At a comma closing a reporting tag: the index of the comma opening it, else -1. */
	private static int tagAsideOpening(List<CoreLabel> tokens, int close) {
		for (int c = close - 3; c >= 1 && close - c <= 16; c--) {
			if (",".equals(tokens.get(c).word())) {
				return (reportTagAside(tokens, c) == close) ? c : -1;
			}
		}
		return -1;
	}

	/**
	 * At a comma opening a reporting tag (", the army said,", ", police say,", ",
	 * according to the ministry,"): the index of the comma closing it, else -1. The tag
	 * is a short run of nouns and names ending in a reporting verb, or "according to" and
	 * a short noun phrase.
	 */
	private static int reportTagAside(List<CoreLabel> tokens, int comma) {
		int n = tokens.size();
		if (comma + 2 >= n || !",".equals(tokens.get(comma).word())) {
			return -1;
		}
		boolean according = "according".equals(Lexicon.lower(tokens.get(comma + 1)))
				&& "to".equals(Lexicon.lower(tokens.get(comma + 2)));
		int k = according ? comma + 3 : comma + 1;
		boolean reported = according;
		for (; k < n && k - comma <= (reported ? 16 : 12); k++) {
			CoreLabel token = tokens.get(k);
			if (",".equals(token.word())) {
				return (reported && k > comma + 2) ? k : -1;
			}
			if (reported && !according) {
				// ", the ministry said on Sunday,", ", police said in a statement,", ",
				// the ministry said in a statement posted on Telegram late on Friday,"
				if (!token.tag().matches("IN|DT|NNP?S?|JJ|CD|RB|PRP\\$?|POS") && !(token.tag().matches("VB[ND]")
						&& tokens.get(k - 1).tag().startsWith("NN") && PUBLISHED.contains(Lexicon.lemma(token)))) {
					return -1;
				}
				continue;
			}
			if (!according && isReportingVerb(token) && k > comma + 1) {
				reported = true;
			}
			else if (!token.tag().matches("NNP?S?|DT|JJ|POS|PRP\\$?|CC|IN|CD")) {
				return -1;
			}
		}
		return -1;
	}

	/**
	 * "One was pronounced dead", "two were declared dead", "one was pronounced deceased":
	 * the verb before the state.
	 */
	private static boolean pronouncedDead(List<CoreLabel> tokens, int k) {
		return k + 1 < tokens.size() && Set.of("pronounced", "declared").contains(Lexicon.lower(tokens.get(k)))
				&& Set.of("dead", "deceased").contains(Lexicon.lower(tokens.get(k + 1)));
	}

	/**
	 * "Five people were hit when someone fired into the crowd": a clause of firing right
	 * after the participle (not "were hit when the truck ran the light").
	 */
	private static boolean hitWhenFired(List<CoreLabel> tokens, int k) {
		if (k + 1 >= tokens.size() || !Set.of("when", "as", "after").contains(Lexicon.lower(tokens.get(k + 1)))) {
			return false;
		}
		for (int j = k + 2; j < tokens.size() && j <= k + 12; j++) {
			String word = Lexicon.lower(tokens.get(j));
			if (Set.of(".", ";").contains(word)) {
				return false;
			}
			if (Set.of("fired", "fire", "firing", "shots", "gunfire", "bullets", "sprayed", "shooting")
				.contains(word)) {
				return true;
			}
		}
		return false;
	}

	/**
	 * "Two men were hit in the legs", "were hit, one in the leg and one in the hip": a
	 * part of the body right after the participle, and no other agent or instrument after
	 * it ("by line drives", "with a bottle").
	 */
	private static boolean hitInAPart(List<CoreLabel> tokens, int k) {
		int in = k + 1;
		if (in + 2 < tokens.size() && ",".equals(tokens.get(in).word())
				&& "one".equals(Lexicon.lower(tokens.get(in + 1)))) {
			in += 2;
		}
		if (in + 2 >= tokens.size() || !"in".equals(Lexicon.lower(tokens.get(in)))
				|| !Set.of("the", "his", "her", "their").contains(Lexicon.lower(tokens.get(in + 1)))
				|| !Lexicon.BODY_PARTS.contains(Lexicon.lemma(tokens.get(in + 2)))) {
			return false;
		}
		for (int j = in + 3; j < tokens.size(); j++) {
			if (Set.of("by", "with").contains(Lexicon.lower(tokens.get(j)))) {
				return false;
			}
		}
		return true;
	}

	/** "two women are fighting for their lives". */
	private static boolean fightingForLife(List<CoreLabel> tokens, int from) {
		for (int k = from; k + 2 < tokens.size() && k < from + 4; k++) {
			if ("fight".equals(Lexicon.lemma(tokens.get(k))) && "for".equals(Lexicon.lower(tokens.get(k + 1)))) {
				int life = ("their".equals(Lexicon.lower(tokens.get(k + 2)))
						|| tokens.get(k + 2).tag().startsWith("PRP")) ? k + 3 : k + 2;
				return life < tokens.size() && Lexicon.lower(tokens.get(life)).matches("life|lives");
			}
		}
		return false;
	}

	/**
	 * "two of the victims had gunshot wounds", "three people suffered injuries", "two men
	 * with gunshot wounds".
	 */
	private static boolean injuriesAfter(List<CoreLabel> tokens, int verb) {
		if (verb >= tokens.size() || !Set.of("have", "suffer", "sustain", "receive", "with", "treat", "suffering")
			.contains(Lexicon.lemma(tokens.get(verb)))) {
			return false;
		}
		int last = verb + 4;
		for (int k = verb + 1; k + 3 < tokens.size() && k <= verb + 2; k++) {
			// "with what appeared to be a gunshot wound"
			if ("what".equals(Lexicon.lower(tokens.get(k)))
					&& Set.of("appear", "seem").contains(Lexicon.lemma(tokens.get(k + 1)))
					&& "to".equals(Lexicon.lower(tokens.get(k + 2))) && "be".equals(Lexicon.lower(tokens.get(k + 3)))) {
				last += 4;
			}
		}
		for (int k = verb + 1; k < tokens.size() && k <= last; k++) {
			if (INJURY_NOUNS.contains(Lexicon.lower(tokens.get(k)))) {
				return true;
			}
		}
		return false;
	}

	/**
	 * "two women were taken to Riverside Methodist with minor wounds", "rushed to St.
	 * Luke's in critical condition": carried to a place named without "Hospital", their
	 * wounds or condition told right after the name (not "taken to Central Booking").
	 */
	private static boolean carriedToNameHurt(List<CoreLabel> tokens, int verb) {
		int n = tokens.size();
		if (verb + 3 >= n || !TO_HOSPITAL.contains(Lexicon.lemma(tokens.get(verb)))
				|| !"to".equals(Lexicon.lower(tokens.get(verb + 1)))) {
			return false;
		}
		int start = verb + 2;
		int k = start;
		while (k < n && k - start < 5 && (tokens.get(k).tag().startsWith("NNP") || "POS".equals(tokens.get(k).tag()))) {
			if (CUSTODY.contains(Lexicon.lower(tokens.get(k)))) {
				return false;
			}
			k++;
		}
		if (k == start || k >= n) {
			return false;
		}
		if ("in".equals(Lexicon.lower(tokens.get(k)))) {
			for (int j = k + 1; j < n && j <= k + 3; j++) {
				if ("condition".equals(Lexicon.lower(tokens.get(j)))) {
					return true;
				}
			}
			return false;
		}
		return "with".equals(Lexicon.lower(tokens.get(k))) && injuriesAfter(tokens, k);
	}

	/**
	 * "three victims, all with minor injuries": the injuries of them all in an aside
	 * after the people.
	 */
	private static boolean allWithInjuries(List<CoreLabel> tokens, int npEnd) {
		return npEnd + 2 < tokens.size() && ",".equals(tokens.get(npEnd).word())
				&& Set.of("all", "both", "each").contains(Lexicon.lower(tokens.get(npEnd + 1)))
				&& "with".equals(Lexicon.lower(tokens.get(npEnd + 2))) && injuriesAfter(tokens, npEnd + 2);
	}

	private static final Set<String> CONDITIONS = Set.of("critical", "serious", "stable", "grave", "fair", "guarded",
			"satisfactory");

	/**
	 * "two other worshippers were in critical condition", "three men remain in stable
	 * condition": people whose condition is told, as a hospital tells it (not "in good
	 * spirits", "in critical need of").
	 */
	private static boolean inCondition(List<CoreLabel> tokens, int p) {
		if (p + 2 >= tokens.size() || !"in".equals(Lexicon.lower(tokens.get(p)))) {
			return false;
		}
		int k = p + 1;
		boolean state = false;
		while (k < tokens.size() && k <= p + 4
				&& (tokens.get(k).tag().matches("JJ|RB|CC|,") || CONDITIONS.contains(Lexicon.lower(tokens.get(k))))) {
			state |= CONDITIONS.contains(Lexicon.lower(tokens.get(k)));
			k++;
		}
		return state && k < tokens.size() && "condition".equals(Lexicon.lower(tokens.get(k)));
	}

	/**
	 * "two people were treated and released from a hospital" after they were hit by
	 * bullet fragments: hurt, in a sentence of gunfire or treated for wounds; not
	 * "treated and released for smoke inhalation" or "after the crash".
	 */
	private static boolean treatedAndReleased(List<CoreLabel> tokens, int p) {
		int n = tokens.size();
		if (p + 2 >= n || !"treated".equals(Lexicon.lower(tokens.get(p)))
				|| !"and".equals(Lexicon.lower(tokens.get(p + 1)))
				|| !"released".equals(Lexicon.lower(tokens.get(p + 2)))) {
			return false;
		}
		for (int k = p + 3; k < n && k <= p + 8; k++) {
			if ("for".equals(Lexicon.lower(tokens.get(k)))) {
				for (int j = k + 1; j < n && j <= k + 4; j++) {
					if (INJURY_NOUNS.contains(Lexicon.lower(tokens.get(j)))) {
						return true;
					}
				}
				return false;
			}
		}
		// in a sentence of gunfire: not "two officers were treated and released after the
		// crash"
		return tokens.stream()
			.anyMatch((t) -> Lexicon.isGunfire(t) || "shoot".equals(Lexicon.lemma(t))
					|| "shooting".equals(Lexicon.lower(t)));
	}

	private static final Set<String> CUSTODY = Set.of("jail", "booking", "prison", "court", "headquarters", "precinct",
			"station", "detention");

	/**
	 * "two men shot a woman", "two officers fatally shot a man", "two deputies shot and
	 * killed a man": the number counts the shooters.
	 */
	private static boolean activeWithObject(List<CoreLabel> tokens, int keyword) {
		if (!"VBD".equals(tokens.get(keyword).tag()) || keyword + 1 >= tokens.size()
				|| "die".equals(Lexicon.lemma(tokens.get(keyword)))
				|| Set.of("DATE", "TIME").contains(tokens.get(keyword + 1).ner())) {
			// "two victims died Monday": no object
			return false;
		}
		int before = keyword - 1;
		if (before >= 1 && ADVERB_KEYWORDS.contains(Lexicon.lower(tokens.get(before)))) {
			// "two officers fatally shot a man": what comes before the adverb
			before--;
		}
		String previous = Lexicon.lower(tokens.get(before));
		if (Set.of("were", "was", "been", "being", "are", "is", "and", "fatally", "mortally").contains(previous)
				&& (before < 1 || !Set.of("who", "that").contains(Lexicon.lower(tokens.get(before - 1))))) {
			return false;
		}
		int object = keyword + 1;
		if (object + 2 < tokens.size() && "and".equals(Lexicon.lower(tokens.get(object)))
				&& "VBD".equals(tokens.get(object + 1).tag()) && Lexicon.kindOf(tokens.get(object + 1)) != null) {
			// "shot and killed a man"
			object += 2;
		}
		return tokens.get(object).tag().matches("DT|PRP|PRP\\$|NNP?S?|CD");
	}

	private static boolean isNounPhraseTag(CoreLabel token) {
		String tag = token.tag();
		// "one victim suffering from a wound": "suffering" may be tagged a noun
		return (tag.startsWith("NN") || tag.startsWith("JJ") || "HYPH".equals(tag)
				|| "VBG".equals(tag) && !Lexicon.lower(token).equals("including"))
				&& !"suffering".equals(Lexicon.lower(token));
	}

	/** A word of killing or death before token {@code k} of the sentence. */
	private static boolean killedBefore(List<CoreLabel> tokens, int k) {
		for (int j = 0; j < k; j++) {
			if (Lexicon.KILLED.equals(Lexicon.kindOf(tokens.get(j)))) {
				return true;
			}
		}
		return false;
	}

	/**
	 * "The number of dead and injured from the strike rose to 87": one count of both,
	 * told by a verb of a toll right before the count at {@code q}.
	 */
	private static boolean deadAndHurtBefore(List<CoreLabel> tokens, int q) {
		int verb = (q >= 1 && Set.of("to", "at").contains(Lexicon.lower(tokens.get(q)))) ? q - 1 : q;
		if (!TOLL_VERBS.contains(Lexicon.lemma(tokens.get(verb)))) {
			return false;
		}
		while (verb >= 1 && TOLL_AUXILIARIES.contains(Lexicon.lower(tokens.get(verb - 1)))) {
			verb--;
		}
		for (int k = verb - 1; k >= 3 && k > verb - 15; k--) {
			if (Set.of(",", ";").contains(tokens.get(k).word())) {
				return false;
			}
			if (Set.of("injured", "wounded").contains(Lexicon.lower(tokens.get(k)))
					&& "and".equals(Lexicon.lower(tokens.get(k - 1))) && numberOfDead(tokens, k - 2)) {
				return true;
			}
		}
		return false;
	}

	private static boolean deathTollBefore(List<CoreLabel> tokens, int q) {
		// "The toll rose from 40 to 52": from before the old count
		int fromAt = fromOfChange(tokens, q);
		int start = (fromAt >= 1) ? fromAt - 1 : q;
		for (int k = start; k >= 0 && k > start - 6; k--) {
			if (Set.of(",", ";", "and", "but").contains(Lexicon.lower(tokens.get(k)))
					|| "CD".equals(tokens.get(k).tag())) {
				// "The number of dead rose to 12, and 300 people were evacuated"
				break;
			}
			if ("toll".equals(Lexicon.lower(tokens.get(k))) && !tollOfOthers(tokens, k) || numberOfDead(tokens, k)) {
				// "put the death toll at 12", "put the number of dead at 5,937" (not "the
				// toll of wounded")
				return true;
			}
			if (k >= 2 && Set.of("figure", "number", "tally", "count").contains(Lexicon.lower(tokens.get(k)))
					&& "the".equals(Lexicon.lower(tokens.get(k - 1))) && "put".equals(Lexicon.lemma(tokens.get(k - 2)))
					&& followedBy(tokens, k, Set.of("at", "closer", "nearer", "as", "near", "around", "higher"))
					&& killedBefore(tokens, k - 2)) {
				// "rebels have killed some 3,000 people, the UN said, while the
				// government put the figure at more than 7,000": the same dead (not
				// "put the figure for damaged homes at 300")
				return true;
			}
		}
		// "the death toll from Saturday's shooting at a warehouse rose to five": the
		// toll is the subject of the verb the count completes
		int verb = TOLL_VERBS.contains(Lexicon.lemma(tokens.get(q))) ? q
				: (q >= 1 && Set.of("to", "at").contains(Lexicon.lower(tokens.get(q)))
						&& TOLL_VERBS.contains(Lexicon.lemma(tokens.get(q - 1)))) ? q - 1 : -1;
		if (verb < 0 && q >= 3 && "to".equals(Lexicon.lower(tokens.get(q))) && isNumberToken(tokens, q - 1)
				&& "from".equals(Lexicon.lower(tokens.get(q - 2)))
				&& TOLL_VERBS.contains(Lexicon.lemma(tokens.get(q - 3)))) {
			// "has risen from 12 to 19"
			verb = q - 3;
		}
		while (verb >= 2 && TOLL_AUXILIARIES.contains(Lexicon.lower(tokens.get(verb - 1)))) {
			// "the death toll ... has risen to 35"
			verb--;
		}
		for (int k = verb - 1; k >= 1; k--) {
			String word = Lexicon.lower(tokens.get(k));
			if (tokens.get(k).tag().startsWith("VB") && numberWhoDied(tokens, k)) {
				// "the number of soldiers who have died in the operation rose to 330"
				return true;
			}
			int since = sinceClauseStart(tokens, k);
			if (since > 0) {
				// "the number of soldiers who have died since the ground operation began
				// rose to 330": the time clause's verb is not the toll's
				k = since;
				continue;
			}
			int aside = ",".equals(word) ? tagAsideOpening(tokens, k) : -1;
			if (aside > 0) {
				// "The death toll from the strike, regional officials said on Monday, had
				// risen to 16": past the reporting tag to the toll
				k = aside;
				continue;
			}
			if (Set.of(",", ";", "and", "but", "when", "after").contains(word)
					|| tokens.get(k).tag().startsWith("VB") && !"HYPH".equals(tokens.get(k - 1).tag())
							&& !(tokens.get(k).tag().matches("VBG|VB|VBP") && "DT".equals(tokens.get(k - 1).tag()))
							&& !("VBN".equals(tokens.get(k).tag()) && tokens.get(k + 1).tag().startsWith("NN"))) {
				// not the "hit" of "the earthquake-hit region", "the shelling" or "a
				// drone" a noun, or "displaced" of "a camp for displaced people"
				return false;
			}
			if ("toll".equals(word)
					&& ("death".equals(Lexicon.lower(tokens.get(k - 1))) || k + 1 < tokens.size()
							&& "of".equals(Lexicon.lower(tokens.get(k + 1))) && !tollOfOthers(tokens, k))
					|| numberOfDead(tokens, k)) {
				// "the death toll ... rose to 35", "the number of dead ... rose to 27",
				// "the toll of its dead from a drone attack ... had risen to 19"
				return true;
			}
		}
		return false;
	}

	/**
	 * The plural noun a count sizes through a verb of number: "Wagner fighters, estimated
	 * to number about 25,000"; -1 if none.
	 */
	private static int numberedGroup(List<CoreLabel> tokens, NumberMention m) {
		int q = m.qualifierStart - 1;
		if (q < 1 || !Set.of("number", "total").contains(Lexicon.lemma(tokens.get(q)))
				|| !tokens.get(q - 1).tag().matches("VB.*|TO|IN|NNS|RB|,|WP|WDT")) {
			return -1;
		}
		for (int k = q - 1; k >= 0 && k > q - 10; k--) {
			CoreLabel token = tokens.get(k);
			if ("NN".equals(token.tag()) && (Lexicon.MILITARY_BODIES.contains(Lexicon.lower(token))
					|| "force".equals(Lexicon.lower(token)))) {
				// "The brigade, which numbered around 2,000", "The Kenya-led force now
				// numbers about 1,000 officers"; not a body in a phrase of others ("The
				// prisoners held by the battalion, who numbered about 200", "Villagers
				// who fled the army, numbering ...")
				int before = k - 1;
				while (before >= 0 && (tokens.get(before).tag().matches("DT|JJ|NNPS?|POS|CD|PRP\\$|HYPH")
						|| "VBN".equals(tokens.get(before).tag()) && before >= 1
								&& "HYPH".equals(tokens.get(before - 1).tag()))) {
					before--;
				}
				return (before >= 0 && tokens.get(before).tag().matches("IN|TO|VB.*")) ? -1 : k;
			}
			if ("NNS".equals(token.tag()) || "NNPS".equals(token.tag())) {
				int det = (k >= 1 && "DT".equals(tokens.get(k - 1).tag())) ? k - 2 : k - 1;
				if (det >= 0 && "of".equals(Lexicon.lower(tokens.get(det)))) {
					// "Relatives of the hostages, who number about 200": the relatives
					return -1;
				}
				return countsPeople(tokens, k) ? k : -1;
			}
			if (!NUMBERED_SKIP.contains(Lexicon.lower(token)) && !"RB".equals(token.tag())
					&& !placeAfterIn(tokens, k)) {
				return -1;
			}
		}
		return -1;
	}

	/** A place after "in": "the hostages still in Gaza, who number about 50". */
	private static boolean placeAfterIn(List<CoreLabel> tokens, int k) {
		int in = k;
		// "still in Gaza", "still in the Gaza Strip", "in northern Gaza"
		while (in > 0 && tokens.get(in).tag().matches("NNPS?|DT|JJ")) {
			in--;
		}
		return in < k && "in".equals(Lexicon.lower(tokens.get(in)));
	}

	/** A figure of the count {@code m} as written: its values, qualifier and span. */
	private static Figure counted(String category, String kind, NumberMention m, String party, Integer parent,
			int sentenceIndex, List<CoreLabel> tokens) {
		return new Figure(category, kind, m.min, m.max, null, m.qualifier, party, parent, sentenceIndex, null, false,
				false, false, tokens.get(m.first).beginPosition(), tokens.get(m.last).endPosition());
	}

	/** The index of the last proper noun of the run that starts at {@code k}. */
	private static int properNounEnd(List<CoreLabel> tokens, int k) {
		int end = k;
		while (end + 1 < tokens.size() && tokens.get(end + 1).tag().startsWith("NNP")) {
			end++;
		}
		return end;
	}

	/** "Wagner fighters" for the noun "fighters": its modifiers before it. */
	private static String nounPhraseEndingAt(List<CoreLabel> tokens, int head) {
		int start = head;
		while (start > 0 && start > head - 4 && tokens.get(start - 1).tag().matches("NNP?S?|JJ|VBN")) {
			start--;
		}
		StringBuilder phrase = new StringBuilder();
		for (int k = start; k <= head; k++) {
			phrase.append((k > start) ? " " : "").append(tokens.get(k).word());
		}
		return phrase.toString();
	}

	private static boolean euphemismKill(CoreLabel token) {
		return Lexicon.EUPHEMISM_KILL_LEMMAS.contains(Lexicon.lemma(token)) && token.tag().startsWith("V");
	}

	/** What may stand between a group and the verb that numbers it. */
	private static final Set<String> NUMBERED_SKIP = Set.of(",", "to", "estimated", "believed", "thought", "said",
			"reported", "who", "which", "that", "are", "were", "is", "was", "now", "in", "all", "together", "has",
			"have", "had");

	private static final Set<String> TOTAL_WORDS = Set.of("total", "overall", "number", "tally", "count");

	/**
	 * "killed" in "the number of people killed in the town": a casualty verb's
	 * participle.
	 */
	private static boolean casualtyParticiple(CoreLabel token) {
		return "VBN".equals(token.tag()) && Lexicon.kindOf(token) != null;
	}

	/**
	 * A time the total a count completes runs over: "the number of people killed in the
	 * town this month to 27", "the total number of injured since Friday to 40".
	 */
	private static boolean periodInTotal(List<CoreLabel> tokens, NumberMention m) {
		int to = m.qualifierStart - 1;
		for (int k = to - 1; k >= 1 && k >= to - 10 && !TOTAL_WORDS.contains(Lexicon.lower(tokens.get(k))); k--) {
			String w = Lexicon.lower(tokens.get(k));
			if ("since".equals(w)
					|| SPANS.contains(w) && Set.of("this", "last", "past").contains(Lexicon.lower(tokens.get(k - 1)))) {
				return true;
			}
		}
		return false;
	}

	/**
	 * "Of the 47 people wounded, eight are in critical condition": the figure an opening
	 * "Of the N ..." names as the whole a bare count after its comma is part of; null if
	 * none.
	 */
	private static Integer partitiveWhole(List<CoreLabel> tokens, NumberMention m, List<Figure> figures,
			int firstInSentence) {
		int comma = m.qualifierStart - 1;
		int of = partitiveOf(tokens, comma);
		if (of < 0 || !copularAfter(tokens, m)) {
			return null;
		}
		for (int k = figures.size() - 1; k >= firstInSentence; k--) {
			Figure whole = figures.get(k);
			if (whole.start() > tokens.get(of).beginPosition() && whole.end() <= tokens.get(comma).beginPosition()) {
				return whole.quantified() && whole.max().compareTo(m.min) > 0 ? k : null;
			}
		}
		return null;
	}

	/**
	 * The "of" of an opening "Of the ...," that ends at {@code comma} ("Of the 47 people
	 * wounded,", "Police said that of the dead,"); -1 if none.
	 */
	private static int partitiveOf(List<CoreLabel> tokens, int comma) {
		if (comma < 2 || !",".equals(tokens.get(comma).word())) {
			return -1;
		}
		for (int k = comma - 2; k >= 0 && k >= comma - 10; k--) {
			String w = Lexicon.lower(tokens.get(k));
			if (Set.of(",", ";", ":").contains(w)) {
				return -1;
			}
			if ("of".equals(w) && Set.of("the", "those", "these").contains(Lexicon.lower(tokens.get(k + 1)))
					&& (k == 0 || Set.of("that", "and", "but").contains(Lexicon.lower(tokens.get(k - 1))))) {
				return k;
			}
		}
		return -1;
	}

	/**
	 * "eight are in critical condition", "12 were soldiers", "11 remain in hospital": a
	 * count that is or stays something (not "14 were later released", "three have since
	 * been found alive").
	 */
	private static boolean copularAfter(List<CoreLabel> tokens, NumberMention m) {
		int a = m.last + 1;
		if (a >= tokens.size() || !Set.of("be", "remain").contains(Lexicon.lemma(tokens.get(a)))
				|| !tokens.get(a).tag().matches("VB[DPZ]")) {
			return false;
		}
		a++;
		while (a < tokens.size() && "RB".equals(tokens.get(a).tag())) {
			a++;
		}
		return a < tokens.size() && !tokens.get(a).tag().startsWith("VB");
	}

	/**
	 * "Of the dead, 12 were soldiers", "Of the wounded, three are in critical condition":
	 * the kind of the casualties an opening "Of the ...," names without a count; null if
	 * none.
	 */
	private static String partitiveKind(List<CoreLabel> tokens, NumberMention m) {
		int comma = m.qualifierStart - 1;
		if (comma >= 0 && "and".equals(Lexicon.lower(tokens.get(comma)))) {
			// "Of the dead, 12 were soldiers and 30 were civilians": the second count
			// after the same opening
			int k = comma - 1;
			while (k >= 0 && comma - k <= 8 && !",".equals(tokens.get(k).word())) {
				k--;
			}
			if (k < 0 || comma - k > 8 || !isNumberToken(tokens, k + 1)) {
				return null;
			}
			comma = k;
		}
		int of = partitiveOf(tokens, comma);
		if (of < 0 || comma != of + 3 || !copularAfter(tokens, m)) {
			return null;
		}
		String kind = Lexicon.kindOf(tokens.get(of + 2));
		return Set.of(Lexicon.KILLED, Lexicon.WOUNDED, Lexicon.KILLED_OR_WOUNDED, Lexicon.CAPTURED, Lexicon.MISSING)
			.contains(kind) ? kind : null;
	}

	/**
	 * "three people were killed in Pokrovsk and two in Myrnohrad", "on Monday and two
	 * more on Tuesday": the casualty figure just before a bare count whose verb is left
	 * out, the preposition after the count repeated from that figure's clause; null if
	 * none.
	 */
	private static Figure gappedFrom(List<CoreLabel> tokens, NumberMention m, List<Figure> figures,
			int firstInSentence) {
		int n = tokens.size();
		int and = m.qualifierStart - 1;
		if (and < 2 || !"and".equals(Lexicon.lower(tokens.get(and))) || figures.size() <= firstInSentence) {
			return null;
		}
		int prep = m.last + 1;
		if (prep < n && "more".equals(Lexicon.lower(tokens.get(prep)))) {
			prep++;
		}
		if (prep + 1 >= n || !Set.of("in", "at", "near", "on").contains(Lexicon.lower(tokens.get(prep)))) {
			return null;
		}
		if (tokens.get(and - 1).tag().equals("CD")) {
			// "on March 13 and 14", "on Routes 9 and 22", "aged 15 and 16": a pair of
			// numbers
			return null;
		}
		int comma = -1;
		for (int k = prep + 1; k < n && !Set.of(";", ".", "and", "but").contains(Lexicon.lower(tokens.get(k))); k++) {
			CoreLabel token = tokens.get(k);
			if (",".equals(token.word())) {
				comma = k;
			}
			boolean tag = comma >= 0 && k - comma <= 6 && REPORTING_LEMMAS.contains(Lexicon.lemma(token));
			if (token.tag().matches("VB[DPZN]?") && !tag) {
				// "and 20 in the building were evacuated", "and four in the house,
				// including a baby, survived": a clause of its own (the tag ", the
				// governor said" is none)
				return null;
			}
		}
		Figure before = figures.get(figures.size() - 1);
		if (!before.quantified() || !"casualty".equals(before.category()) || before.parentIndex() != null) {
			return null;
		}
		String word = Lexicon.lower(tokens.get(prep));
		for (int k = and - 1; k >= 0 && tokens.get(k).beginPosition() >= before.end(); k--) {
			if (word.equals(Lexicon.lower(tokens.get(k)))) {
				return before;
			}
		}
		return null;
	}

	/**
	 * The earlier figure of this sentence a bare count sums up: "sent 3,000 more troops,
	 * bringing its total deployment to roughly 14,000"; null if none.
	 */
	private static Figure runningTotal(List<CoreLabel> tokens, NumberMention m, List<Figure> figures,
			int firstInSentence) {
		int k = m.qualifierStart - 1;
		if (k < 3 || !"to".equals(Lexicon.lower(tokens.get(k))) || figures.size() <= firstInSentence) {
			return null;
		}
		k--;
		int to = k + 1;
		// "its total deployment", "the overall number", "its total losses since the
		// invasion": the total word a few nouns and a phrase of time before "to"
		// ("since the start of the full-scale invasion": the hyphen is
		// a token of its own)
		while (k >= 1 && to - k <= 13 && !TOTAL_WORDS.contains(Lexicon.lower(tokens.get(k)))
				&& (tokens.get(k).tag().matches("NNS?|NNP|IN|DT|JJ|CD|PRP\\$|HYPH")
						|| casualtyParticiple(tokens.get(k)))) {
			k--;
		}
		if (k < 1 || !TOTAL_WORDS.contains(Lexicon.lower(tokens.get(k)))) {
			return null;
		}
		if (k + 2 < to && "of".equals(Lexicon.lower(tokens.get(k + 1)))) {
			// "the number of dead", not "the number of attacks on hospitals"
			int noun = k + 2;
			while (noun + 1 < to && tokens.get(noun).tag().matches("DT|JJ|PRP\\$")
					&& Lexicon.kindOf(tokens.get(noun)) == null) {
				noun++;
			}
			if (Lexicon.kindOf(tokens.get(noun)) == null && !Lexicon.isHuman(tokens.get(noun))) {
				return null;
			}
		}
		k--;
		if (k >= 1 && TOTAL_WORDS.contains(Lexicon.lower(tokens.get(k)))) {
			// "the total number of injured"
			k--;
		}
		if (k >= 1 && tokens.get(k).tag().matches("PRP\\$|DT")) {
			k--;
		}
		if (k < 0 || !TOLL_RAISING_LEMMAS.contains(Lexicon.lemma(tokens.get(k)))) {
			return null;
		}
		Figure earlier = figures.get(figures.size() - 1);
		return earlier.quantified() && !"other_figure".equals(earlier.kind()) ? earlier : null;
	}

	/**
	 * "put Russian losses at 1,250", "put Russian losses over the past day at 1,250",
	 * "estimated Ukrainian casualties at 400": the tally a speaker puts at the count
	 * ({@code q} is the "at"); null if none.
	 */
	private static String putAt(List<CoreLabel> tokens, int q) {
		String counted = null;
		for (int k = q - 1; k >= 1 && k >= q - 10; k--) {
			CoreLabel token = tokens.get(k);
			if (!token.tag().startsWith("VB")) {
				continue;
			}
			String kindHere = Lexicon.kindOf(token);
			if (counted == null && token.tag().matches("VBN|VBD") && tokens.get(k - 1).tag().matches("NNP?S")
					&& numberOf(tokens, k - 2) && (Lexicon.KILLED.equals(kindHere) || Lexicon.WOUNDED.equals(kindHere)
							|| Lexicon.KILLED_OR_WOUNDED.equals(kindHere))) {
				// "put the number of Russians killed in Kursk since August at 20,000"
				counted = kindHere;
				continue;
			}
			if (!Set.of("put", "place", "estimate", "peg").contains(Lexicon.lemma(token))) {
				return null;
			}
			if (counted != null) {
				return counted;
			}
			for (int j = k + 1; j < q; j++) {
				CoreLabel noun = tokens.get(j);
				String kind = Lexicon.kindOf(noun);
				if ("losses".equals(Lexicon.lower(noun)) && !tokens.get(j - 1).tag().startsWith("NN")) {
					return Lexicon.KILLED_OR_WOUNDED;
				}
				if ("NNS".equals(noun.tag()) && (Lexicon.KILLED.equals(kind) || Lexicon.WOUNDED.equals(kind)
						|| Lexicon.KILLED_OR_WOUNDED.equals(kind))) {
					return kind;
				}
			}
			return null;
		}
		return null;
	}

	/**
	 * The kind of a casualty noun that is the subject of the verb a count completes:
	 * "Russian casualties in October averaged 1,500 a day", "losses ran into the
	 * hundreds", "injuries have climbed to 40"; null if there is none.
	 */
	private static String tallyNounKind(List<CoreLabel> tokens, int q) {
		if (q < 1) {
			return null;
		}
		String word = Lexicon.lower(tokens.get(q));
		String before = Lexicon.lemma(tokens.get(q - 1));
		int at = "at".equals(word) ? q
				: (q + 1 < tokens.size() && "at".equals(Lexicon.lower(tokens.get(q + 1)))) ? q + 1 : -1;
		if (at >= 0) {
			String put = putAt(tokens, at);
			if (put != null) {
				return put;
			}
		}
		int from = fromOfChange(tokens, q);
		int changed = (from >= 0) ? changeVerbBefore(tokens, from) : -1;
		int verb;
		if (Set.of("to", "at").contains(word) && TOLL_VERBS.contains(before)
				|| "into".equals(word) && "run".equals(before)) {
			verb = q - 1;
		}
		else if (changed >= 0) {
			// "Deaths rose from 100 to 150", "The number of wounded grew from 20 to 35"
			verb = changed;
		}
		else if (TALLY_VERBS.contains(Lexicon.lemma(tokens.get(q))) && tokens.get(q).tag().startsWith("VB")) {
			verb = q;
		}
		else {
			return null;
		}
		while (verb >= 2 && (TOLL_AUXILIARIES.contains(Lexicon.lower(tokens.get(verb - 1)))
				|| "RB".equals(tokens.get(verb - 1).tag()))) {
			// "deaths have already exceeded 40"
			if ("MD".equals(tokens.get(verb - 1).tag())) {
				// "casualties could exceed 10,000": a forecast, not a count
				return null;
			}
			verb--;
		}
		for (int k = verb - 1; k >= 0 && k >= verb - 8; k--) {
			CoreLabel token = tokens.get(k);
			if (casualtyParticiple(token) && k >= 3 && Lexicon.isHuman(tokens.get(k - 1))
					&& "of".equals(Lexicon.lower(tokens.get(k - 2)))
					&& TOTAL_WORDS.contains(Lexicon.lower(tokens.get(k - 3)))) {
				// "The number of people killed in the floods rose to 40"
				return Lexicon.kindOf(token);
			}
			String numbered = Lexicon.kindOf(token);
			if (numbered != null && !Lexicon.DEPLOYED.equals(numbered)
					&& (numberOf(tokens, k - 1) || k >= 2 && "of".equals(Lexicon.lower(tokens.get(k - 1)))
							&& "toll".equals(Lexicon.lower(tokens.get(k - 2))))) {
				// "the number of wounded", "the number of missing"
				return numbered;
			}
			if (Set.of(",", ";", "and", "but", "when", "after", "while").contains(Lexicon.lower(token))
					|| token.tag().startsWith("VB") && !(k >= 1 && "HYPH".equals(tokens.get(k - 1).tag()))
							&& !"VBG".equals(token.tag())) {
				return null;
			}
			if ("NNS".equals(token.tag()) && "losses".equals(Lexicon.lower(token))) {
				// "Russian losses", not "job losses"
				return (k >= 1 && tokens.get(k - 1).tag().startsWith("NN")) ? null : Lexicon.KILLED_OR_WOUNDED;
			}
			String kind = Lexicon.kindOf(token);
			if ("NNS".equals(token.tag()) && (Lexicon.KILLED.equals(kind) || Lexicon.WOUNDED.equals(kind)
					|| Lexicon.KILLED_OR_WOUNDED.equals(kind))) {
				return kind;
			}
		}
		return null;
	}

	/** Verbs that give a tally its size: "casualties averaged 1,500 a day". */
	private static final Set<String> TALLY_VERBS = Set.of("average", "total", "number", "exceed", "top", "surpass",
			"pass");

	/**
	 * "the toll of wounded", "the toll of people arrested", "the toll of its injured": a
	 * toll of others than the dead, told by the first word of a kind in the phrase after
	 * "of" (not "the toll of its dead", "of soldiers killed", "of the war", "of
	 * victims").
	 */
	private static boolean tollOfOthers(List<CoreLabel> tokens, int toll) {
		if (toll + 2 >= tokens.size() || !"of".equals(Lexicon.lower(tokens.get(toll + 1)))) {
			return false;
		}
		boolean captives = false;
		for (int k = toll + 2; k < tokens.size() && k <= toll + 6; k++) {
			CoreLabel token = tokens.get(k);
			String w = Lexicon.lower(token);
			if ("who".equals(w) && k + 1 < tokens.size() && "died".equals(Lexicon.lower(tokens.get(k + 1)))) {
				// "the toll of hostages who died in captivity"
				return false;
			}
			if (isNumberToken(tokens, k) || "CD".equals(token.tag()) || token.tag().matches("VB[DZP]|MD|IN|TO")
					|| Set.of(",", ";", ".").contains(w)) {
				return captives;
			}
			String kind = Lexicon.kindOf(token);
			if (Lexicon.KILLED.equals(kind) || Set.of("dead", "deaths", "died", "fatalities", "lives").contains(w)) {
				return false;
			}
			if (HELD_PEOPLE.contains(w)) {
				// "the toll of hostages" counts captives, "of hostages killed" the dead
				captives = true;
				continue;
			}
			if (kind != null || OTHER_TOLLS.contains(w)) {
				return true;
			}
		}
		return captives;
	}

	/** What else a toll may count: "the toll of arrests", "of hospitalised". */
	private static final Set<String> OTHER_TOLLS = Set.of("wounded", "injured", "injuries", "hurt", "missing",
			"displaced", "evacuated", "homeless", "arrested", "arrests", "detained", "detentions", "hospitalised",
			"hospitalized", "kidnapped", "abducted", "casualties", "infections", "infected", "cases", "sick");

	/**
	 * People a toll may count while held or displaced, unless a word of death follows.
	 */
	private static final Set<String> HELD_PEOPLE = Set.of("hostage", "hostages", "captive", "captives", "prisoners",
			"detainees", "refugees", "evacuees");

	/** "dead" in "the number of dead". */
	private static boolean numberOfDead(List<CoreLabel> tokens, int k) {
		return numberOf(tokens, k - 1) && Set.of("dead", "deaths", "fatalities").contains(Lexicon.lower(tokens.get(k)));
	}

	/**
	 * The people a "number of" before {@code q} counts ("the number of Israeli soldiers
	 * who have died ... rose to"), or null.
	 */
	private static String numberedPeopleBefore(List<CoreLabel> tokens, int q) {
		for (int of = q - 1; of >= 1 && of > q - 20; of--) {
			if (numberOf(tokens, of)) {
				return numberedPeopleAt(tokens, of, q);
			}
		}
		return null;
	}

	/**
	 * The people after the "of" of "the number of" at {@code of}, before {@code limit}.
	 */
	private static String numberedPeopleAt(List<CoreLabel> tokens, int of, int limit) {
		int end = of + 1;
		while (end < limit && tokens.get(end).tag().matches("JJ|NNPS?|NNS")) {
			end++;
		}
		return (end > of + 1 && "NNS".equals(tokens.get(end - 1).tag()) && Lexicon.isHuman(tokens.get(end - 1)))
				? Lexicon.text(tokens, of + 1, end - 1) : null;
	}

	/**
	 * "bringing to 400 the number of soldiers killed", "raising to 35 the death toll": a
	 * toll told after its count. The index of the "of" of "the number of" (or of "toll"),
	 * or -1.
	 */
	private static int tollAfterCount(List<CoreLabel> tokens, NumberMention m) {
		int n = tokens.size();
		int to = m.qualifierStart - 1;
		if (to < 1 || !"to".equals(Lexicon.lower(tokens.get(to)))
				|| !TOLL_RAISING_LEMMAS.contains(Lexicon.lemma(tokens.get(to - 1)))) {
			return -1;
		}
		int j = m.last + 1;
		if (j < n && "the".equals(Lexicon.lower(tokens.get(j)))) {
			j++;
		}
		if (j + 1 < n && "death".equals(Lexicon.lower(tokens.get(j)))
				&& "toll".equals(Lexicon.lower(tokens.get(j + 1)))) {
			return j + 1;
		}
		return (j + 1 < n && numberOf(tokens, j + 1) && tollKindAfter(tokens, j + 1) != null) ? j + 1 : -1;
	}

	/**
	 * "raising the toll from the strike on a school sheltering displaced families to 14",
	 * "brought the number of civilians killed in the region since 2022 to more than 250":
	 * a toll raised to the count after "to". The index of "toll" (not a toll of others)
	 * or of the "of" of "the number of" a casualty word follows, or -1.
	 */
	private static int tollBeforeCount(List<CoreLabel> tokens, NumberMention m) {
		int to = m.qualifierStart - 1;
		if (to < 4 || !"to".equals(Lexicon.lower(tokens.get(to)))) {
			return -1;
		}
		for (int k = to - 1; k >= 2 && to - k <= 18; k--) {
			CoreLabel token = tokens.get(k);
			String w = Lexicon.lower(token);
			if (isNumberToken(tokens, k) && !token.word().matches("(19|20)\\d\\d") || Set.of(",", ";", ":").contains(w)
					|| token.tag().matches("VB[DZP]|MD|WDT|WP")) {
				// (a year may date the toll: "since 2022")
				return -1;
			}
			// (also "bringing the total killed in Monday's strike to 60")
			boolean toll = ("toll".equals(w) || "total".equals(w) && k + 1 < to
					&& Set.of("killed", "dead").contains(Lexicon.lower(tokens.get(k + 1)))) && !tollOfOthers(tokens, k);
			boolean number = "number".equals(w) && k + 1 < to && numberOf(tokens, k + 1)
					&& tollKindAfter(tokens, k + 1) != null;
			if (!toll && !number) {
				continue;
			}
			int verb = k - 1;
			if (verb >= 1 && "death".equals(Lexicon.lower(tokens.get(verb)))) {
				verb--;
			}
			if (verb >= 1 && tokens.get(verb).tag().matches("DT|PRP\\$")) {
				verb--;
			}
			// (not a target: "aims to bring the number of road deaths down to 500";
			// but "the new deaths would bring the number of soldiers killed to 120")
			boolean raised = verb >= 0
					&& (tokens.get(verb).tag().matches("VB[DGNZP]") || verb >= 2 && "VB".equals(tokens.get(verb).tag())
							&& "MD".equals(tokens.get(verb - 1).tag())
							&& DEATH_SUBJECTS.contains(Lexicon.lower(tokens.get(verb - 2)))
							&& !forecast(tokens, verb - 1))
					&& TOLL_RAISING_LEMMAS.contains(Lexicon.lemma(tokens.get(verb)))
					&& !"down".equals(Lexicon.lower(tokens.get(to - 1)));
			return raised ? (toll ? k : k + 1) : -1;
		}
		return -1;
	}

	/**
	 * The kind of "the total killed" or "the total dead and wounded" at {@code total}.
	 */
	private static String totalKind(List<CoreLabel> tokens, int total) {
		return (total + 3 < tokens.size() && Set.of("and", "or").contains(Lexicon.lower(tokens.get(total + 2)))
				&& Lexicon.WOUNDED.equals(Lexicon.kindOf(tokens.get(total + 3)))) ? Lexicon.KILLED_OR_WOUNDED
						: Lexicon.KILLED;
	}

	/**
	 * "Two men have been hospitalized since Sunday": a state held since a day, not a
	 * count of the days' dead (nor "since Friday's shooting", an incident).
	 */
	private static boolean stateSince(List<CoreLabel> tokens, NumberMention m, int day) {
		for (int k = m.last + 1; k < day; k++) {
			if (Set
				.of("hospitalize", "hospitalise", "treat", "admit", "hold", "detain", "remain", "stay", "missing",
						"miss", "unaccounted")
				.contains(Lexicon.lemma(tokens.get(k)))) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Whether the modal at {@code modal} forecasts deaths to come: "Renewed shelling
	 * could bring the number of civilians killed to 5,000", "might bring" (not "the new
	 * deaths would bring the number of soldiers killed to 120").
	 */
	private static boolean forecast(List<CoreLabel> tokens, int modal) {
		// (but "the new deaths may bring the number ... to 2,000": deaths counted, the
		// count unsure)
		if (Set.of("might", "may").contains(Lexicon.lower(tokens.get(modal))) && !Set
			.of("deaths", "death", "killings", "bodies", "victims", "casualties", "fatalities", "finds", "losses")
			.contains(Lexicon.lower(tokens.get(modal - 1)))) {
			return true;
		}
		for (int k = modal - 2; k >= 0 && k >= modal - 4
				&& tokens.get(k).tag().matches("DT|JJ.*|NN.*|VBG|VBN|RB.*"); k--) {
			if (Set.of("more", "further", "renewed", "continued", "continuing", "escalating", "additional", "any",
					"prolonged", "sustained", "future", "intensified", "intensifying", "expanded", "wider", "heavier")
				.contains(Lexicon.lower(tokens.get(k)))) {
				return true;
			}
		}
		return false;
	}

	/**
	 * What a modal toll counts in: "the new deaths would bring the number of soldiers
	 * killed to 120" (not "the plan would bring ... to 500 by 2030", a target).
	 */
	private static final Set<String> DEATH_SUBJECTS = Set.of("deaths", "death", "killings", "bodies", "victims",
			"casualties", "fatalities", "attack", "attacks", "strike", "strikes", "airstrike", "airstrikes", "bombing",
			"bombings", "shelling", "bombardment", "explosion", "explosions", "blast", "blasts", "raid", "raids",
			"finds", "losses", "fighting", "clashes");

	/** Verbs that bring a toll or a total to a count: "bringing the toll to 14". */
	private static final Set<String> TOLL_RAISING_LEMMAS = Set.of("bring", "raise", "take", "push", "lift");

	/** The casualty kind a few words after the "of" of "the number of", or null. */
	private static String tollKindAfter(List<CoreLabel> tokens, int of) {
		for (int v = of + 1; v < tokens.size() && v < of + 8; v++) {
			String kind = Lexicon.kindOf(tokens.get(v));
			if (kind != null) {
				return (Lexicon.CAPTURED.equals(kind) || Lexicon.DEPLOYED.equals(kind)) ? null : kind;
			}
			if (!tokens.get(v).tag().matches("JJ|NNP?S?|DT")) {
				return null;
			}
		}
		return null;
	}

	/** "number of" with its "of" at {@code of}. */
	private static boolean numberOf(List<CoreLabel> tokens, int of) {
		return of >= 1 && "of".equals(Lexicon.lower(tokens.get(of)))
				&& "number".equals(Lexicon.lower(tokens.get(of - 1)));
	}

	/**
	 * "the number of Israeli soldiers who have died", "the number of soldiers killed":
	 * {@code k} is the death verb of a relative clause on the people numbered.
	 */
	private static boolean numberWhoDied(List<CoreLabel> tokens, int k) {
		if (!Lexicon.KILLED.equals(Lexicon.kindOf(tokens.get(k)))) {
			return false;
		}
		int j = k - 1;
		while (j >= 0 && k - j <= 2
				&& Set.of("have", "has", "had", "been", "were", "was").contains(Lexicon.lower(tokens.get(j)))) {
			j--;
		}
		boolean reduced = j == k - 1 && "VBN".equals(tokens.get(k).tag()) && j >= 0
				&& tokens.get(j).tag().matches("NNPS?|NNS");
		if (reduced) {
			// "the number of soldiers killed since the war began"
			j = k;
		}
		else if (j < 0 || !Set.of("who", "that").contains(Lexicon.lower(tokens.get(j)))) {
			return false;
		}
		int noun = j - 1;
		while (noun >= 0 && j - noun <= 3 && tokens.get(noun).tag().matches("JJ|NNPS?|NNS")) {
			noun--;
		}
		return noun < j - 1 && noun >= 0 && numberOf(tokens, noun);
	}

	/**
	 * The "since" opening a short time clause whose verb is at {@code verb} ("since the
	 * war began"), or -1.
	 */
	private static int sinceClauseStart(List<CoreLabel> tokens, int verb) {
		for (int j = verb - 1; j >= 1 && j >= verb - 5; j--) {
			String word = Lexicon.lower(tokens.get(j));
			if ("since".equals(word)) {
				return j;
			}
			if (tokens.get(j).tag().startsWith("VB") || Set.of(",", ";", "and", "but").contains(word)) {
				return -1;
			}
		}
		return -1;
	}

	private static final Set<String> TOLL_AUXILIARIES = Set.of("has", "have", "had", "'s", "will", "would", "could",
			"may", "might");

	/** Verbs of a death toll that grows or stands: "rose to five", "stands at 12". */
	private static final Set<String> TOLL_VERBS = Set.of("rise", "climb", "increase", "grow", "jump", "reach", "stand",
			"go");

	private static boolean estimated(List<CoreLabel> tokens, int before) {
		for (int k = 0; k < before; k++) {
			if ("estimate".equals(Lexicon.lemma(tokens.get(k)))) {
				return true;
			}
		}
		return false;
	}

	private static Integer subsetParent(List<CoreLabel> tokens, NumberMention m, List<Figure> figures,
			int firstInSentence) {
		int q = m.qualifierStart - 1;
		boolean subset = q >= 0 && SUBSET_CUES.contains(Lexicon.lower(tokens.get(q)));
		if (!subset && q >= 1) {
			String two = Lexicon.lower(tokens.get(q - 1)) + " " + Lexicon.lower(tokens.get(q));
			subset = Set.of("among them", "of whom", "of which", "among whom", "of those", "of them").contains(two);
		}
		if (!subset && m.last + 2 < tokens.size()) {
			String two = Lexicon.lower(tokens.get(m.last + 1)) + " " + Lexicon.lower(tokens.get(m.last + 2));
			subset = Set.of("of whom", "of them", "of those", "of which").contains(two);
		}
		if (!subset && q >= 2 && Set.of("and", ",").contains(Lexicon.lower(tokens.get(q)))
				&& tokens.get(q - 1).tag().startsWith("NN") && Lexicon.isHuman(tokens.get(q - 1))
				&& figures.size() > firstInSentence) {
			// "including 12 children and five women": a second part of the same whole
			Figure before = figures.get(figures.size() - 1);
			int j = q - 2;
			while (j >= 0 && tokens.get(j).tag().matches("JJ|NNS?")) {
				j--;
			}
			int after = m.last + 1;
			while (after < tokens.size() && tokens.get(after).tag().matches("JJ|NNS?")) {
				after++;
			}
			// (not "including two children, and 15 others were wounded": a clause of
			// its own)
			boolean ownVerb = after < tokens.size() && (tokens.get(after).tag().matches("VBZ|VBP|MD")
					|| Set.of("be", "have").contains(Lexicon.lemma(tokens.get(after))));
			if (!ownVerb && before.parentIndex() != null && j >= 1 && isNumberToken(tokens, j)
					&& tokens.get(j).endPosition() == before.end()
					&& SUBSET_CUES.contains(Lexicon.lower(tokens.get(j - 1)))) {
				return before.parentIndex();
			}
		}
		int among = subset ? -1 : amongTheGroup(tokens, m);
		// "Among the 19 dead were four journalists", "Among the 40 people killed were six
		// children": part of the counted group
		subset |= among > 0 && (isNumberToken(tokens, among - 1)
				|| among > 1 && "NNS".equals(tokens.get(among - 1).tag()) && isNumberToken(tokens, among - 2));
		int dash = (subset || q < 0 || !breakdownMember(tokens, m)) ? -1 : dashBreakdown(tokens, q);
		if (dash >= 0) {
			// "killed nine civilians — five women and four children —": the figure the
			// dash follows
			for (int k = figures.size() - 1; k >= firstInSentence; k--) {
				Figure candidate = figures.get(k);
				if (candidate.end() <= tokens.get(dash).beginPosition()) {
					boolean holds = candidate.quantified() && candidate.max().compareTo(m.min) > 0
							&& !"other_figure".equals(candidate.kind());
					return holds ? k : null;
				}
			}
			return null;
		}
		if (!subset) {
			return null;
		}
		for (int k = figures.size() - 1; k >= firstInSentence; k--) {
			Figure candidate = figures.get(k);
			if (candidate.quantified() && candidate.max().compareTo(m.min) >= 0) {
				return k;
			}
		}
		return null;
	}

	/**
	 * "five women" in "— five women and four children —": people with no verb of their
	 * own ("— 12 tanks were destroyed", "— 30 soldiers were stationed" are no parts).
	 */
	private static boolean breakdownMember(List<CoreLabel> tokens, NumberMention m) {
		int noun = m.last + 1;
		if (noun + 1 >= tokens.size() || !tokens.get(noun).tag().startsWith("NN")
				|| !Lexicon.isHuman(tokens.get(noun))) {
			return false;
		}
		return Set.of("and", ",", "—", "–", "--", ")", "-RRB-", "or").contains(tokens.get(noun + 1).word());
	}

	/**
	 * The dash or bracket that opens a breakdown of people just counted ("nine civilians
	 * — five women and four children", "12 people (eight soldiers and four civilians)")
	 * when {@code q}, the word before a count, lies inside it; else -1.
	 */
	private static int dashBreakdown(List<CoreLabel> tokens, int q) {
		for (int k = q; k >= 1 && q - k < 8; k--) {
			String w = tokens.get(k).word();
			if (Set.of("—", "–", "--", "(", "-LRB-").contains(w)) {
				CoreLabel noun = tokens.get(k - 1);
				return (noun.tag().equals("NNS") || "people".equals(Lexicon.lower(noun))) ? k : -1;
			}
			if (!(tokens.get(k).tag().matches("CD|NNS?|JJ|CC") || ",".equals(w))) {
				return -1;
			}
		}
		return -1;
	}

	/**
	 * Whom the figure concerns: "on the Russian side", ", all North Koreans", or the
	 * counted noun phrase.
	 */
	private static String party(List<CoreLabel> tokens, int npStart, int head, int npEnd, int keyword, int countStart) {
		int n = tokens.size();
		int captive = (head >= 0) ? head : keyword;
		if (captive >= npStart && (keyword < npStart || head < keyword || head < 0 && captive == npStart)
				&& tokens.get(captive).tag().startsWith("NN")
				&& Lexicon.CAPTURED.equals(Lexicon.kindOf(tokens.get(captive)))) {
			// "59 hostages remain", "executed five prisoners of war": the captives
			int end = (captive + 2 < n && "of".equals(Lexicon.lower(tokens.get(captive + 1)))
					&& "war".equals(Lexicon.lower(tokens.get(captive + 2)))) ? captive + 2 : captive;
			return Lexicon.text(tokens, npStart, end);
		}
		int from = Math.max(Math.max(npEnd, keyword + 1), npStart);
		for (int k = from; k < n && k < from + 8; k++) {
			String w = Lexicon.lower(tokens.get(k));
			if (",".equals(w) && k + 1 < n
					&& Set.of("all", "mostly", "most", "many", "both").contains(Lexicon.lower(tokens.get(k + 1)))) {
				String party = nominalAfter(tokens, k + 2, "RB");
				if (party != null) {
					return party;
				}
			}
			if ("side".equals(w) && k >= 2) {
				int start = k - 1;
				while (start > from && !Set.of("on", "the").contains(Lexicon.lower(tokens.get(start - 1)))) {
					start--;
				}
				return Lexicon.text(tokens, start, k);
			}
			if (("among".equals(w) || "of".equals(w)) && head >= 0 && Lexicon.kindOf(tokens.get(head)) != null) {
				String party = nominalAfter(tokens, k + 1, "DT");
				if (party != null) {
					return party;
				}
			}
		}
		if (head >= 0 && (Lexicon.kindOf(tokens.get(head)) == null
				|| Lexicon.CAPTURED.equals(Lexicon.kindOf(tokens.get(head))) && head < keyword)) {
			// "two prisoners were killed": the prisoners
			if (head == npStart && GENERIC_FORCES.contains(Lexicon.lower(tokens.get(head)))) {
				// "North Korea has deployed some 11,000 troops", "Ukrainian forces had
				// lost up to 300 troops": bare troops are the subject's, "troops (North
				// Korea)"
				String side = sideOfSubject(tokens, countStart, OWNING_LEMMAS);
				if (side != null) {
					return Lexicon.text(tokens, npStart, head) + " (" + side + ")";
				}
			}
			return Lexicon.text(tokens, npStart, head);
		}
		if (head < 0 && keyword > npStart && keyword - npStart <= 2 && tokens.get(keyword).tag().startsWith("NN")) {
			boolean described = true;
			for (int k = npStart; k < keyword; k++) {
				described &= tokens.get(k).tag().matches("JJ|NNPS?");
			}
			if (described) {
				// "112 civilian deaths", "40 Russian casualties": who died
				return Lexicon.text(tokens, npStart, keyword - 1);
			}
		}
		if (head < 0 && keyword == npStart && tokens.get(keyword).tag().matches("JJ|VBN")) {
			// "60 wounded soldiers": who the wounded are follows the adjective
			for (int k = keyword + 1; k < n && k - keyword < 4 && tokens.get(k).tag().matches("JJ|NNS?"); k++) {
				if (tokens.get(k).tag().startsWith("NN") && Lexicon.isHuman(tokens.get(k))) {
					return Lexicon.text(tokens, keyword + 1, k);
				}
			}
		}
		String side = sideOfSubject(tokens, countStart, LOSS_LEMMAS);
		return (side != null) ? side : sideOfTallyPutAt(tokens, countStart);
	}

	/** "put Russian losses at 1,250": whose losses, the words before the noun. */
	private static String sideOfTallyPutAt(List<CoreLabel> tokens, int countStart) {
		int at = countStart - 1;
		if (at < 2 || !"at".equals(Lexicon.lower(tokens.get(at))) || putAt(tokens, at) == null) {
			return null;
		}
		for (int j = at - 1; j >= 1 && j >= at - 8; j--) {
			String word = Lexicon.lower(tokens.get(j));
			if (Set.of("losses", "casualties", "deaths").contains(word)) {
				int start = j;
				while (start >= 1 && tokens.get(start - 1).tag().matches("JJ|NNPS?")) {
					start--;
				}
				return (start < j) ? Lexicon.text(tokens, start, j - 1) : null;
			}
		}
		return null;
	}

	private static final Set<String> LOSS_LEMMAS = Set.of("suffer", "sustain", "incur", "lose", "take");

	/**
	 * Verbs whose subject owns the troops counted after them: "has deployed 11,000
	 * troops".
	 */
	private static final Set<String> OWNING_LEMMAS = Set.of("suffer", "sustain", "incur", "lose", "deploy", "send",
			"station", "mass", "commit", "dispatch", "contribute", "field");

	/** Plural nouns of soldiers that name no side of their own. */
	private static final Set<String> GENERIC_FORCES = Set.of("troops", "soldiers", "servicemen", "personnel",
			"fighters", "men");

	/**
	 * The side named as the subject of the verb right before the count: "Russia suffered
	 * more than 1,500 casualties", "Russian forces have lost 300 ..." (with
	 * {@code lemmas} the verbs of loss); null otherwise.
	 */
	private static String sideOfSubject(List<CoreLabel> tokens, int countStart, Set<String> lemmas) {
		int verb = countStart - 1;
		if (verb < 1 || !tokens.get(verb).tag().startsWith("VB") || !lemmas.contains(Lexicon.lemma(tokens.get(verb)))) {
			return null;
		}
		int end = verb - 1;
		if (end > 0 && "RB".equals(tokens.get(end).tag()) || "likely".equals(Lexicon.lower(tokens.get(end)))) {
			// "Russia has likely suffered"
			end--;
		}
		if (end > 0 && Set.of("has", "have", "had", "will", "would").contains(Lexicon.lower(tokens.get(end)))) {
			// "Russian forces have lost", "Britain will send"
			end--;
		}
		end = pastPhrasesOfPlace(tokens, end);
		int start = end;
		boolean side = false;
		while (start >= 0 && tokens.get(start).tag().matches("NNP?S?|JJ|POS")) {
			side |= Set.of("LOCATION", "ORGANIZATION", "COUNTRY", "NATIONALITY").contains(tokens.get(start).ner())
					|| Lexicon.isMilitary(tokens.get(start));
			start--;
		}
		return (side && end > start && tokens.get(end).tag().startsWith("NN")) ? Lexicon.text(tokens, start + 1, end)
				: null;
	}

	/**
	 * "North Korean forces fighting for Russia in Kursk Oblast have suffered": from the
	 * end of a phrase of a name before the verb back past the phrases and the participle
	 * to the subject's head ("forces"); {@code end} itself when no such phrase ends
	 * there.
	 */
	private static int pastPhrasesOfPlace(List<CoreLabel> tokens, int end) {
		int k = end;
		while (k >= 0 && tokens.get(k).tag().matches("NNPS?|DT")) {
			k--;
		}
		// (the tagger may take "Kursk Oblast" for an organisation)
		if (k == end || k < 1 || !"IN".equals(tokens.get(k).tag())) {
			return end;
		}
		for (int j = k - 1; j >= 1 && k - j <= 6; j--) {
			String tag = tokens.get(j).tag();
			if (tag.matches("VBG|VBN") && tokens.get(j - 1).tag().matches("NNS?")) {
				// the participle after the subject's head
				return j - 1;
			}
			if (!tag.matches("NNP?S?|DT|IN|JJ|CC")) {
				return end;
			}
		}
		return end;
	}

	/**
	 * The adjectives and nouns from {@code from} on, after skipping words tagged
	 * {@code skipTag}; null if none.
	 */
	private static String nominalAfter(List<CoreLabel> tokens, int from, String skipTag) {
		int n = tokens.size();
		int start = from;
		while (start < n && skipTag.equals(tokens.get(start).tag())) {
			start++;
		}
		int end = start;
		while (end < n && (tokens.get(end).tag().startsWith("NN") || tokens.get(end).tag().startsWith("JJ"))) {
			end++;
		}
		return (end > start) ? Lexicon.text(tokens, start, end - 1) : null;
	}

	private static boolean isOpeningBracket(CoreLabel token) {
		return "(".equals(token.word()) || "-LRB-".equals(token.tag());
	}

	/**
	 * Whether the word before "lines" may name a side's or a battle's lines: any word but
	 * a civil one ("the Syrian lines", "the opposition lines", "our lines", "from the
	 * lines"; not "the power lines", "the production lines", "the police lines").
	 */
	private static boolean sidesLines(CoreLabel before) {
		return !CIVIL_LINES.contains(Lexicon.lower(before));
	}

	/**
	 * Lines that are no front line: "2 km from the power lines", "the railway lines".
	 */
	private static final Set<String> CIVIL_LINES = Set.of("power", "railway", "rail", "railroad", "tram", "bus",
			"metro", "subway", "train", "telephone", "phone", "transmission", "electricity", "electric", "pylon", "gas",
			"water", "pipeline", "supply", "party", "fault", "fishing", "shipping", "ferry", "coast", "tree", "picket",
			"bread", "voltage", "high-voltage", "cable", "communication", "communications", "fibre", "fiber", "finish",
			"starting", "county", "state", "district", "property", "boundary", "production", "assembly", "telegraph",
			"drainage", "sewage", "sewer", "utility", "irrigation", "electrical", "ticket", "food", "police", "queue",
			"underground", "tube", "product");

	/**
	 * Ground an army holds: "held positions 800 metres from", "a bridgehead 3 km from".
	 */
	private static final Set<String> MILITARY_POSITIONS = Set.of("positions", "position", "trenches", "trench", "lines",
			"line", "front", "bridgehead", "foothold", "strongpoint", "stronghold", "belt", "defences", "defenses",
			"outpost", "outposts");

	/** Verbs of a front coming nearer: "advanced to within 4km of". */
	private static final Set<String> ADVANCE_LEMMAS = Set.of("advance", "push", "edge", "close", "creep", "inch",
			"press");

	private static Figure distance(int sentenceIndex, List<CoreLabel> tokens, NumberMention m, String unit) {
		int n = tokens.size();
		int after = m.last + ((m.unit != null) ? 1 : 2);
		if (after < n && isOpeningBracket(tokens.get(after))) {
			// "8 km (5 miles) from the city": what follows the conversion
			int close = after + 1;
			while (close < n && close < after + 5 && !")".equals(tokens.get(close).word())
					&& !"-RRB-".equals(tokens.get(close).tag())) {
				close++;
			}
			if (close < n && close < after + 5) {
				after = close + 1;
			}
		}
		boolean fromPlace = false;
		for (int k = after; k < n && k < after + 3; k++) {
			if (Set.of("from", "outside", "away", "of", "short").contains(Lexicon.lower(tokens.get(k)))) {
				fromPlace = true;
			}
		}
		int clauseStart = subjectAfterOpening(tokens, m.qualifierStart);
		int subjectEnd = clauseStart;
		// (also "Russian and North Korean units", "Moscow's forces")
		while (subjectEnd < m.qualifierStart && (tokens.get(subjectEnd).tag().matches("DT|JJ|NNPS?|NNS?|HYPH|POS")
				|| "-".equals(tokens.get(subjectEnd).word())
				|| "and".equals(Lexicon.lower(tokens.get(subjectEnd))) && subjectEnd > clauseStart)) {
			subjectEnd++;
		}
		int subjectStart = (subjectEnd > clauseStart && "DT".equals(tokens.get(clauseStart).tag())) ? clauseStart + 1
				: clauseStart;
		boolean forces = false;
		for (int k = subjectStart; k < subjectEnd; k++) {
			// (also "Russian assault groups")
			forces |= Lexicon.isMilitary(tokens.get(k)) || k + 1 < subjectEnd
					&& Set.of("assault", "sabotage", "reconnaissance").contains(Lexicon.lower(tokens.get(k)))
					&& Lexicon.lower(tokens.get(k + 1)).matches("groups?|teams?|squads?");
		}
		String party = (subjectEnd > subjectStart && forces) ? Lexicon.text(tokens, subjectStart, subjectEnd - 1)
				: null;
		// what is measured, when named right before the figure: "minefields up to 2km
		// deep"
		int end = m.qualifierStart - 1;
		int start = end;
		while (start >= 0 && tokens.get(start).tag().matches("JJ|NNPS?|NNS?")) {
			start--;
		}
		if (end > start && tokens.get(end).tag().startsWith("NN")) {
			party = Lexicon.text(tokens, start + 1, end);
			// "Stepnohirsk, a village 25 km from the city": the village's distance,
			// not the forces'
			forces &= Lexicon.isMilitary(tokens.get(end))
					|| MILITARY_POSITIONS.contains(Lexicon.lower(tokens.get(end)));
		}
		boolean frontLine = false;
		for (int k = after; k < n && k < after + 4; k++) {
			// "30 kilometres behind the front line", "5km from the front"
			// (and "a town 10 km from the Russian lines")
			frontLine |= "front".equals(Lexicon.lower(tokens.get(k))) && k > after
					&& "the".equals(Lexicon.lower(tokens.get(k - 1)))
					|| "lines".equals(Lexicon.lower(tokens.get(k))) && k > after
							&& "from".equals(Lexicon.lower(tokens.get(after))) && sidesLines(tokens.get(k - 1));
		}
		int to = m.qualifierStart - 1;
		// the advance's own subject, right before its verb: "units had
		// nonetheless advanced", "as fighting edged"
		int mover = to - 2;
		while (mover >= 0 && tokens.get(mover).tag().matches("RB|MD|VBD|VBZ|VBP|VBN")
				&& !ADVANCE_LEMMAS.contains(Lexicon.lemma(tokens.get(mover)))) {
			mover--;
		}
		boolean armed = forces || mover >= 0
				&& (Lexicon.isMilitary(tokens.get(mover)) || Set.of("fighting", "front", "clashes", "battle", "combat")
					.contains(Lexicon.lower(tokens.get(mover))));
		if (to >= 1 && fromPlace && armed && "to".equals(Lexicon.lower(tokens.get(to)))
				&& ADVANCE_LEMMAS.contains(Lexicon.lemma(tokens.get(to - 1)))) {
			// "pushed to within 2km of the city", "fighting edged to within 50
			// miles of Mandalay": how near the front has come
			frontLine = true;
		}
		String kind = (fromPlace && forces || frontLine) ? "front_line_distance" : "distance";
		return new Figure("distance", kind, m.min, m.max, unit, m.qualifier, party, null, sentenceIndex, null, false,
				false, false, tokens.get(m.first).beginPosition(), tokens.get(m.last).endPosition());
	}

	/**
	 * "a significant number of North Korean soldiers": unquantified force or casualty
	 * claims.
	 */
	private static List<Figure> vagueNumbers(int sentenceIndex, List<CoreLabel> tokens) {
		List<Figure> result = new ArrayList<>();
		int n = tokens.size();
		for (int i = 2; i < n; i++) {
			if (!"number".equals(Lexicon.lower(tokens.get(i)))
					|| !VAGUE_NUMBER_ADJ.contains(Lexicon.lower(tokens.get(i - 1)))
					|| !"a".equals(Lexicon.lower(tokens.get(i - 2)))) {
				continue;
			}
			int k = i + 1;
			while (k < n && isQuote(tokens.get(k))) {
				k++;
			}
			if (k >= n || !"of".equals(Lexicon.lower(tokens.get(k)))) {
				continue;
			}
			int start = k + 1;
			int end = start;
			while (end < n && isNounPhraseTag(tokens.get(end)) && Lexicon.kindOf(tokens.get(end)) == null) {
				end++;
			}
			if (end == start) {
				continue;
			}
			CoreLabel head = tokens.get(end - 1);
			String kind = null;
			for (int j = end; j < n && j < end + 6 && kind == null; j++) {
				String candidate = Lexicon.kindOf(tokens.get(j));
				if (candidate != null && !Lexicon.DEPLOYED.equals(candidate)) {
					kind = candidate;
				}
			}
			if (kind == null && Lexicon.isMilitary(head)) {
				kind = Lexicon.DEPLOYED;
			}
			if (kind == null) {
				continue;
			}
			String category = Lexicon.DEPLOYED.equals(kind) ? "force_size" : "casualty";
			result.add(new Figure(category, kind, null, null, null, "unquantified",
					Lexicon.text(tokens, start, end - 1), null, sentenceIndex, null, false, false, false,
					tokens.get(i - 2).beginPosition(), tokens.get(i).endPosition()));
		}
		return result;
	}

	private static final Map<String, Integer> MULTIPLES = Map.of("double", 2, "triple", 3, "quadruple", 4);

	/**
	 * "a double homicide" (2 killed), "a triple shooting" (3 shot), "a murder-suicide" (2
	 * killed; not "an attempted murder-suicide"); anaphoric, as the victims are usually
	 * also counted one by one. None in a sentence that opens with a condition.
	 */
	private static List<Figure> multipleEvents(int sentenceIndex, List<CoreLabel> tokens) {
		List<Figure> result = new ArrayList<>();
		if (!tokens.isEmpty() && Set.of("if", "unless").contains(Lexicon.lower(tokens.get(0)))) {
			// "If the baby dies, it becomes a triple homicide"
			return result;
		}
		int n = tokens.size();
		for (int i = 0; i < n; i++) {
			String w = Lexicon.lower(tokens.get(i));
			String kind = null;
			int count = 0;
			int last = i;
			Integer multiple = MULTIPLES.get(w);
			if (multiple != null && i + 1 < n) {
				String next = Lexicon.lower(tokens.get(i + 1));
				if (next.equals("-") && i + 2 < n) {
					last = i + 2;
					next = Lexicon.lower(tokens.get(last));
				}
				else {
					last = i + 1;
				}
				if (Set
					.of("homicide", "homicides", "murder", "murders", "slaying", "slayings", "killing", "killings",
							"fatal")
					.contains(next)) {
					kind = Lexicon.KILLED;
				}
				else if (Set.of("shooting", "shootings").contains(next)) {
					kind = Lexicon.SHOT;
				}
				count = multiple;
			}
			else if ((w.equals("murder-suicide")
					|| w.equals("murder") && i + 2 < n && "-".equals(Lexicon.lower(tokens.get(i + 1)))
							&& "suicide".equals(Lexicon.lower(tokens.get(i + 2))))
					&& !(i > 0 && Set.of("attempted", "attempt", "failed").contains(Lexicon.lower(tokens.get(i - 1))))
					&& !followedBy(tokens, w.equals("murder") ? i + 2 : i, Set.of("attempt", "attempts", "try"))) {
				// "an attempted murder-suicide", "a murder-suicide
				// attempt": one of the two survived, counted one by one
				kind = Lexicon.KILLED;
				count = 2;
				last = w.equals("murder") ? i + 2 : i;
			}
			if (kind == null) {
				continue;
			}
			BigDecimal value = BigDecimal.valueOf(count);
			result.add(new Figure("casualty", kind, value, value, null, "exact", null, null, sentenceIndex, null, true,
					true, Lexicon.SHOT.equals(kind), tokens.get(i).beginPosition(), tokens.get(last).endPosition()));
			i = last;
		}
		return result;
	}

	static boolean isQuote(CoreLabel token) {
		return token.word().matches("[\"“”‘’'`]+|``|''");
	}

}
