package org.claimtrace.extraction.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.pipeline.CoreSentence;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;

/**
 * Counts victims described without a written number, from the dependency parse: "a man
 * was shot and killed" (1 killed), "she suffered injuries" (1 wounded), "the victim was
 * pronounced dead", "killed his wife and two children" (3 killed); plural phrases without
 * a number give unquantified claims ("they suffered casualties").
 */
class ImplicitCounter {

	private static final Set<String> ONE_DETERMINERS = Set.of("a", "an", "another", "one", "this", "that", "each");

	private static final Set<String> ANAPHORIC_DETERMINERS = Set.of("the", "this", "that", "his", "her", "their",
			"its");

	private static final Set<String> SINGULAR_PRONOUNS = Set.of("he", "she", "him", "her", "himself", "herself");

	private static final Set<String> PLURAL_PRONOUNS = Set.of("they", "them", "themselves");

	private static final Set<String> NEGATIVE_SUBJECTS = Set.of("nobody", "none", "noone", "no-one", "neither");

	private static final Set<String> STATIVE_GOVERNORS = Set.of("pronounce", "find", "leave", "declare", "lie", "lay",
			"remain", "confirm", "report", "believe", "presume", "shoot");

	private static final Set<String> SUFFER_LEMMAS = Set.of("suffer", "sustain", "take", "receive", "incur");

	private static final Set<String> HOSPITAL_VERBS = Set.of("take", "transport", "rush", "airlift", "fly", "bring",
			"admit", "treat", "carry", "drive", "evacuate", "hospitalize", "send", "remain", "go", "walk", "arrive",
			"show");

	/** "taken to jail", "placed under arrest", "booked into custody". */
	private static final Set<String> CUSTODY = Set.of("jail", "arrest", "custody", "prison", "detention");

	/** "taken to a hospital for a medical clearance": a check, not care for a wound. */
	private static final Set<String> CHECKS = Set.of("clearance", "evaluation", "examination", "exam", "checkup",
			"check-up", "precaution");

	/** Causes of injuries that are no gunshot: "from the crash", "in a fall". */
	private static final Set<String> OTHER_CAUSES = Set.of("crash", "wreck", "collision", "rollover", "fall",
			"stampede", "rush", "scramble", "panic", "crush", "evacuation", "exodus", "chaos", "confusion");

	/**
	 * Words opening an aside on injuries: "minor injuries, mostly scrapes and sprains,".
	 */
	private static final Set<String> INJURY_ASIDES = Set.of("mostly", "mainly", "largely", "including");

	private static final Set<String> CONDITION_ADJ = Set.of("critical", "serious", "stable", "grave", "fair",
			"life-threatening", "guarded", "good");

	private static final Set<String> HYPOTHETICAL_MODALS = Set.of("could", "would", "might", "may", "could've",
			"would've", "might've");

	/** "should have held back until one was hurt": what should have been, was not. */
	private static final Set<String> OBLIGATION_MODALS = Set.of("should", "should've");

	/** "what appeared to be a gunshot wound". */
	private static final Set<String> APPEAR_LEMMAS = Set.of("appear", "seem", "look");

	private static final Set<String> DEATH_NOUNS = Set.of("death", "killing", "slaying", "murder", "body");

	/**
	 * Things that get shot or hit that are not people, and the gatherings where shots are
	 * fired ("brought a gun to a child's birthday party and four people got shot"); other
	 * unknown nouns are taken as people.
	 */
	private static final Set<String> NON_HUMAN = Set.of("car", "vehicle", "truck", "van", "suv", "house", "home",
			"building", "window", "door", "wall", "dog", "cat", "animal", "horse", "deer", "bear", "bird", "cow",
			"tire", "apartment", "store", "business", "property", "shot", "round", "bullet", "gun", "weapon", "film",
			"video", "photo", "scene", "area", "incident", "shooting", "case", "crime", "fire", "police", "year", "day",
			"night", "time", "way", "thing", "lot", "part", "bus", "train", "plane", "boat", "school", "church",
			"street", "road", "city", "town", "country", "state", "drone", "aircraft", "tank", "helicopter", "airplane",
			"jet", "ship", "satellite", "network", "system", "camera", "item", "bag", "phone", "report", "condition",
			"driveway", "hospital", "wound", "injury", "head", "leg", "arm", "chest", "back", "neck", "stomach",
			"abdomen", "face", "hand", "foot", "shoulder", "hip", "side", "torso", "parking", "party", "gathering",
			"funeral", "wedding", "vigil", "cookout", "barbecue", "celebration", "game", "concert", "festival",
			"event");

	/** What a pet named by its name is: "Rex, a German shepherd", "Bella, a pit bull". */
	private static final Set<String> ANIMALS = Set.of("dog", "puppy", "cat", "kitten", "horse", "pony", "pet", "akita",
			"terrier", "retriever", "labrador", "poodle", "rottweiler", "bulldog", "beagle", "chihuahua", "mastiff",
			"husky", "shepherd", "bull", "collie", "spaniel", "dachshund", "doberman", "pinscher", "hound", "schnauzer",
			"corgi", "mare", "stallion", "gelding", "colt", "filly", "donkey", "mule", "goat", "sheep", "pig", "calf",
			"cattle", "livestock", "steer", "heifer", "llama", "alpaca", "elk", "moose", "coyote", "wolf");

	static final Map<String, Integer> ORDINALS = Map.of("second", 2, "third", 3, "fourth", 4, "fifth", 5, "sixth", 6,
			"2nd", 2, "3rd", 3, "4th", 4, "5th", 5);

	private static final Set<String> FATAL_EVENTS = Set.of("shooting", "attack", "stabbing", "incident", "crash",
			"shootout", "ambush", "explosion", "blast", "strike");

	private static final Map<String, Integer> PRECEDENCE = Map.of(Lexicon.KILLED, 4, Lexicon.KILLED_OR_WOUNDED, 3,
			Lexicon.WOUNDED, 2, Lexicon.SHOT, 1);

	private record Hit(String kind, IndexedWord victim, int predicate, boolean weak, boolean event, Listed listed) {

		Hit(String kind, IndexedWord victim, int predicate, boolean weak, boolean event) {
			this(kind, victim, predicate, weak, event, null);
		}

	}

	/**
	 * People listed as the subject right before a plural auxiliary, "his wife, her father
	 * and their infant were found dead": tokens {@code start..end}, {@code value} of them
	 * people, the last one's head {@code head}; {@code parsed} is the victim the parse
	 * gave (may be null or another word when the parser attached the list elsewhere).
	 */
	private record Listed(int start, int end, BigDecimal value, IndexedWord head, IndexedWord parsed) {
	}

	private record Count(BigDecimal value, boolean anaphoric, boolean numbered, boolean human, boolean unknown) {

		Count(BigDecimal value, boolean anaphoric, boolean numbered, boolean human) {
			this(value, anaphoric, numbered, human, false);
		}

	}

	/**
	 * @param earlier the figures found so far in the text, to count "they" in "two men
	 * were shot; they died"
	 */
	List<Figure> count(List<CoreSentence> sentences, int sentenceIndex, Set<Integer> usedKeywords,
			List<Figure> earlier) {
		CoreSentence sentence = sentences.get(sentenceIndex);
		SemanticGraph graph = sentence.dependencyParse();
		List<Figure> figures = new ArrayList<>();
		if (graph == null) {
			return figures;
		}
		List<CoreLabel> tokens = sentence.tokens();
		Map<Integer, Hit> byVictim = new LinkedHashMap<>();
		for (IndexedWord word : graph.vertexListSorted()) {
			int i = word.index() - 1;
			if (i < 0 || i >= tokens.size()) {
				continue;
			}
			Hit hit = hit(graph, word, tokens.get(i), headline(sentences, sentenceIndex));
			Listed listed = (hit == null || hit.event) ? null
					: listBeforeAuxiliary(graph, tokens, hit.predicate, hit.victim);
			if (listed != null) {
				hit = new Hit(hit.kind, listed.head, hit.predicate, hit.weak, false, listed);
			}
			if (hit != null && hit.victim != null && headline(sentences, sentenceIndex) && ownStateAfter(tokens, hit)) {
				// headline "Deputy wounded, suspect killed in shootout" parsed with the
				// deputy as the one killed: a person's own state follows the name; the
				// one killed is the person named right before it
				IndexedWord own = graph.getNodeByIndexSafe(hit.predicate);
				if (own == null || own.index() <= hit.victim.index() + 1 || !Lexicon.isHuman(own.backingLabel())) {
					continue;
				}
				hit = new Hit(hit.kind, own, hit.predicate, hit.weak, false);
			}
			if (hit != null && hit.event && negatedAbove(graph, word)) {
				// "we're not standing here talking about a homicide"
				continue;
			}
			if (hit == null || hit.victim == null || negated(graph, word, hit.victim)
					|| usedKeywords.contains(i) && (listed == null && joined(graph, hit.victim).isEmpty()
							|| !tokens.get(i).tag().startsWith("VB"))) {
				// a counted verb is counted again only for a longer list: "killed his
				// three sons as well as his wife" is 4
				continue;
			}
			Hit previous = byVictim.get(hit.victim.index());
			if (previous == null || PRECEDENCE.get(hit.kind) > PRECEDENCE.get(previous.kind)) {
				byVictim.put(hit.victim.index(), hit);
			}
		}
		for (Hit hit : byVictim.values()) {
			if (inPastYear(tokens, hit.predicate)) {
				continue;
			}
			if (inVest(graph, hit.predicate)
					&& (unhurtIn(tokens, hit.predicate + 1) || sentenceIndex + 1 < sentences.size()
							&& unhurtIn(sentences.get(sentenceIndex + 1).tokens(), 0))) {
				// "An officer was struck in his vest. He was not injured."
				continue;
			}
			if (hit.event) {
				CoreLabel event = tokens.get(hit.predicate);
				figures.add(new Figure("casualty", Lexicon.KILLED, BigDecimal.ONE, BigDecimal.ONE, null, "at_least",
						null, null, sentenceIndex, null, true, true, true, event.beginPosition(), event.endPosition()));
				continue;
			}
			if (hit.listed != null && listCounts(graph, hit.listed)) {
				Listed listed = hit.listed;
				figures.add(new Figure("casualty", hit.kind, listed.value, listed.value, null, "exact",
						Lexicon.text(tokens, listed.start, listed.end), null, sentenceIndex, null, true, false,
						hit.weak, tokens.get(listed.start).beginPosition(), tokens.get(listed.end).endPosition()));
				continue;
			}
			IndexedWord victim = (hit.listed != null) ? hit.listed.parsed : hit.victim;
			if (victim == null) {
				continue;
			}
			hit = new Hit(hit.kind, victim, hit.predicate, hit.weak, false);
			Count count = count(graph, hit.victim);
			// "the two victims were taken to the University of Mississippi Medical
			// Center":
			// a number no figure of the sentence counted
			boolean uncountedNumber = count.numbered && hasChild(graph, hit.victim, "det", "the") && count.value != null
					&& joined(graph, hit.victim).isEmpty()
					&& uncounted(earlier, sentenceIndex, tokens, span(graph, hit.victim));
			if (!count.human || (count.numbered && !uncountedNumber && (joined(graph, hit.victim).isEmpty()
					|| joined(graph, hit.victim).stream().allMatch((m) -> uncountedPlural(graph, m))))) {
				// "killed at least 50 soldiers and volunteer fighters": the number is
				// counted already, and the fighters are not counted
				continue;
			}
			if (count.unknown && (tokens.get(hit.predicate).tag().startsWith("JJ")
					|| STRIKING.contains(Lexicon.lemma(tokens.get(hit.predicate))))) {
				// "the plan is dead", "striking the ground near the suspect": only people
				// named as such are dead or struck
				continue;
			}
			int[] span = span(graph, hit.victim);
			Count place = single(graph, hit.victim);
			List<IndexedWord> members = joined(graph, hit.victim);
			if (fateOfItsOwn(graph, hit.victim, hit.kind)) {
				// "left 30 people dead and 50 wounded", parsed with the people as the
				// wounded too: their own "dead" says what befell them
				continue;
			}
			if (count.numbered && !members.isEmpty()
					&& countedBreakdown(earlier, sentenceIndex, tokens, graph, hit.victim, members, span)) {
				// "killed 40, including 12 children and five women killed in the strike":
				// each part is counted already, their sum nobody told
				continue;
			}
			if (place.unknown && place.value != null && count.value != null && !members.isEmpty()
					&& firstChild(graph, hit.victim, "case") != null && !isPerson(hit.victim.backingLabel())) {
				// "was killed near the park and a woman and a teenager were wounded",
				// parsed as one list after "near": the place is no victim (and when the
				// rest are counted already, "in the attack and 12 others", no figure)
				if (count.value.compareTo(place.value) <= 0) {
					continue;
				}
				count = new Count(count.value.subtract(place.value), count.anaphoric, count.numbered, count.human);
				span[0] = leftmostModifier(graph, members.get(0), 0) - 1;
			}
			if (span[0] + 1 < tokens.size() && "how".equals(Lexicon.lower(tokens.get(span[0])))
					&& Set.of("many", "much").contains(Lexicon.lower(tokens.get(span[0] + 1)))) {
				// "did not say how many people were killed": a question, no claim
				continue;
			}
			if (ofATotal(tokens, span)) {
				// "bringing the number of people killed this month to 27": people of a
				// total the count after it tells (not "an unknown number of people were
				// killed")
				continue;
			}
			// "inflicted heavy losses on the enemy": those the
			// losses were inflicted on, a group of unknown size
			boolean inflictedOn = Lexicon.KILLED_OR_WOUNDED.equals(hit.kind) && span[0] < span[1]
					&& "on".equals(Lexicon.lower(tokens.get(span[0]))) && hit.predicate < span[0];
			if (inflictedOn) {
				span[0]++;
			}
			BigDecimal value = inflictedOn ? null : count.value;
			IndexedWord listHead = children(graph, hit.victim, "conj:and").isEmpty() ? null
					: detachedListHead(graph, span[0]);
			while (listHead != null && value != null) {
				value = value.add(BigDecimal.ONE);
				span[0] = leftmostModifier(graph, listHead, 0) - 1;
				listHead = detachedListHead(graph, span[0]);
			}
			String party = Lexicon.text(tokens, span[0], span[1]);
			if (value == null && !inflictedOn && PLURAL_PRONOUNS.contains(Lexicon.lower(tokens.get(span[0])))) {
				party = PartyFinder.previousGroup(sentences, sentenceIndex, span[0], party);
				value = antecedentCount(earlier, sentenceIndex);
				if (value == null) {
					// "Both boys were rushed to a hospital, where they died"
					value = antecedentCount(figures, sentenceIndex);
				}
			}
			if (value == null && "all".equals(Lexicon.lower(tokens.get(span[0])))
					&& (span[0] == span[1]
							|| span[1] == span[0] + 2 && "of".equals(Lexicon.lower(tokens.get(span[0] + 1)))
									&& "them".equals(Lexicon.lower(tokens.get(span[1]))))) {
				// "We have five victims. All of them have non-life-threatening injuries":
				// all of the group told just before
				value = groupBefore(earlier, sentenceIndex);
			}
			if (value == null && span[0] == span[1] && "each".equals(Lexicon.lower(tokens.get(span[0])))) {
				// "Four teens were standing on the corner. Each suffered gunshot wounds":
				// each of the group told just before
				value = groupBefore(earlier, sentenceIndex);
			}
			Integer ordinal = ordinal(graph, hit.victim);
			if (ordinal != null && BigDecimal.ONE.equals(value) && hasChild(graph, hit.victim, "det", "a")
					&& ofTheRoleBefore(earlier, sentenceIndex, hit.victim)
					&& !(Lexicon.WOUNDED.equals(hit.kind)
							&& FigureExtractor.toldAlready(hit.victim.word().toLowerCase(Locale.ROOT), ordinal, earlier,
									sentenceIndex, tokens.get(span[0]).beginPosition()))) {
				// not "An officer was killed and another officer was wounded. A second
				// officer was taken to a trauma centre", one told already
				value = ordinalCount(earlier, sentences, sentenceIndex, hit.kind, ordinal);
			}
			// "left a driver dead and his passenger injured": his passenger is another
			IndexedWord participle = graph.getNodeByIndexSafe(hit.predicate + 1);
			boolean second = participle != null && hit.victim.equals(secondLeft(graph, participle));
			// "Three people were wounded and a woman was shot and killed": the parse may
			// hang "killed" on the first verb, leaving her only shot
			String kind = (Lexicon.SHOT.equals(hit.kind) || Lexicon.WOUNDED.equals(hit.kind))
					&& passive(tokens, hit.predicate) && Lexicon.killedRightAfter(tokens, hit.predicate)
							? Lexicon.KILLED : hit.kind;
			// "Two soldiers and at least 15 militants": a sum with a lower bound in it is
			// one
			String qualifier = (value == null) ? "unquantified"
					: lowerBoundIn(tokens, span[0], span[1]) ? "at_least" : "exact";
			figures.add(new Figure("casualty", kind, value, value, null, qualifier, party, null, sentenceIndex, null,
					true, count.anaphoric && !second, hit.weak, tokens.get(span[0]).beginPosition(),
					tokens.get(span[1]).endPosition()));
		}
		return figures;
	}

	/**
	 * Whether no casualty figure of the sentence found so far covers the tokens of
	 * {@code span}.
	 */
	private static boolean uncounted(List<Figure> earlier, int sentenceIndex, List<CoreLabel> tokens, int[] span) {
		int from = tokens.get(span[0]).beginPosition();
		int to = tokens.get(span[1]).endPosition();
		return earlier.stream()
			.noneMatch((f) -> f.sentenceIndex() == sentenceIndex && "casualty".equals(f.category()) && f.start() < to
					&& f.end() > from);
	}

	/**
	 * A casualty in a sentence that opens with a year ("In 1998, a bartender was shot and
	 * killed at the same bar", "In May 2009, ..."): an earlier case told as background. A
	 * year after the casualty ("officers who shot a man in 2015") may date the case the
	 * article is about, and counts.
	 */
	static boolean inPastYear(List<CoreLabel> tokens, int predicate) {
		if (tokens.size() < 3 || !Set.of("in", "during").contains(Lexicon.lower(tokens.get(0)))) {
			return false;
		}
		for (int k = 1; k <= 3 && k < predicate; k++) {
			String word = Lexicon.lower(tokens.get(k));
			if (",".equals(word)) {
				return false;
			}
			if (word.matches("(19|20)\\d\\d")) {
				return k + 1 < predicate && ",".equals(tokens.get(k + 1).word());
			}
		}
		return false;
	}

	/**
	 * The count of the latest casualty figure of this or the previous sentence, if it
	 * counts more than one.
	 */
	private static BigDecimal antecedentCount(List<Figure> earlier, int sentenceIndex) {
		for (int i = earlier.size() - 1; i >= 0; i--) {
			Figure figure = earlier.get(i);
			if (figure.sentenceIndex() < sentenceIndex - 1) {
				return null;
			}
			if ("casualty".equals(figure.category()) && figure.quantified() && "exact".equals(figure.qualifier())
					&& figure.min().compareTo(BigDecimal.ONE) > 0) {
				return figure.min();
			}
		}
		return null;
	}

	/**
	 * The count of the latest group of people of the previous sentence or this one ("two
	 * brothers", "four teens"), counted as casualties or not, if more than one.
	 */
	private static BigDecimal groupBefore(List<Figure> earlier, int sentenceIndex) {
		for (int i = earlier.size() - 1; i >= 0; i--) {
			Figure figure = earlier.get(i);
			if (figure.sentenceIndex() < sentenceIndex - 1) {
				return null;
			}
			String head = Lexicon.headNoun(figure.party());
			boolean people = Lexicon.HUMAN.contains(head) || Lexicon.ROLES.contains(head)
					|| head.endsWith("s") && (Lexicon.HUMAN.contains(head.substring(0, head.length() - 1))
							|| Lexicon.ROLES.contains(head.substring(0, head.length() - 1)))
					|| Set.of("men", "women", "people", "children").contains(head);
			if (Set.of("casualty", "other_figure").contains(figure.category()) && figure.quantified()
					&& "exact".equals(figure.qualifier()) && figure.min().compareTo(BigDecimal.ONE) > 0 && people) {
				return figure.min();
			}
		}
		return null;
	}

	/** "second" in "a second victim" or "a third was wounded", or null. */
	private static Integer ordinal(SemanticGraph graph, IndexedWord victim) {
		Integer own = ORDINALS.get(victim.word().toLowerCase());
		if (own != null) {
			return own;
		}
		for (IndexedWord modifier : children(graph, victim, "amod")) {
			Integer value = ORDINALS.get(modifier.word().toLowerCase());
			if (value != null) {
				return value;
			}
		}
		return null;
	}

	/** Nouns of a victim whatever his role: "a second victim", "a third man". */
	static final Set<String> ANY_VICTIM = Set.of("victim", "person", "man", "woman", "boy", "girl", "teen", "teenager",
			"child", "kid", "male", "female", "adult", "juvenile", "individual", "youth", "toddler", "infant", "baby",
			"people");

	/**
	 * Whether an n-th of a role ("a second employee", "a third officer") follows others
	 * of that role told in this sentence or the three before ("An officer was shot"); an
	 * n-th of no role ("a second victim", "a third") always does. "Two were killed and a
	 * third wounded. A second employee was shot": the second of the employees, not of the
	 * victims.
	 */
	private static boolean ofTheRoleBefore(List<Figure> earlier, int sentenceIndex, IndexedWord victim) {
		String role = Lexicon.lemma(victim.backingLabel()).toLowerCase(Locale.ROOT);
		if (ORDINALS.containsKey(role) || ANY_VICTIM.contains(role)) {
			return true;
		}
		for (Figure figure : earlier) {
			if (figure.sentenceIndex() >= sentenceIndex - 3 && ofRole(figure.party(), role)) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Whether the head noun of {@code party}, or of one of its joined groups ("A police
	 * officer and two bystanders"), is {@code role}, or its plural.
	 */
	static boolean ofRole(String party, String role) {
		if (party == null) {
			return false;
		}
		for (String group : party.split("(?i)\\s*(,|\\band\\b|\\bas well as\\b)\\s*")) {
			String head = Lexicon.headNoun(group);
			String singular = head.endsWith("ies") ? head.substring(0, head.length() - 3) + "y"
					: head.endsWith("men") ? head.substring(0, head.length() - 3) + "man"
							: head.endsWith("s") ? head.substring(0, head.length() - 1) : head;
			if (role.equals(head) || role.equals(singular)) {
				return true;
			}
		}
		return false;
	}

	/**
	 * "One man was shot. A second victim was wounded": a new ("a") n-th victim counts n
	 * when the n-1 before it were hurt the same way (killed, or shot/wounded), else 1
	 * ("two were killed and a third was wounded"); an n-th death told before any other
	 * casualty is the n-th of the incident.
	 */
	private static BigDecimal ordinalCount(List<Figure> earlier, List<CoreSentence> sentences, int sentenceIndex,
			String kind, int ordinal) {
		BigDecimal before = BigDecimal.valueOf(ordinal - 1L);
		if (Lexicon.KILLED.equals(kind) && earlier.stream()
			.noneMatch((f) -> "casualty".equals(f.category()) && !(Lexicon.KILLED.equals(f.kind())
					&& headlineAbove(sentences, f.sentenceIndex()) && (sameOrdinal(sentences.get(0), ordinal)
							|| BigDecimal.valueOf(ordinal).compareTo(f.min()) == 0)))) {
			// "A third person has died from injuries suffered in last week's shooting",
			// told first (under a headline "Third victim dies", "Death toll rises to 3"
			// or none): the n-th death of it; not under "Three hurt in bar shooting"
			return BigDecimal.valueOf(ordinal);
		}
		for (Figure figure : earlier) {
			if (figure.sentenceIndex() >= sentenceIndex - 3 && "casualty".equals(figure.category())
					&& figure.quantified() && before.compareTo(figure.min()) == 0
					&& !(figure.weak() && Lexicon.WOUNDED.equals(figure.kind()))
					&& Lexicon.KILLED.equals(figure.kind()) == Lexicon.KILLED.equals(kind)) {
				return BigDecimal.valueOf(ordinal);
			}
		}
		return BigDecimal.ONE;
	}

	/**
	 * Whether the victim of {@code hit} is directly followed by another state than the
	 * hit's, and a comma comes before the hit's predicate ("Deputy wounded, suspect
	 * killed" for the killing; not "Man wounded in Friday shooting dies").
	 */
	private static boolean ownStateAfter(List<CoreLabel> tokens, Hit hit) {
		int after = hit.victim.index();
		if (after >= tokens.size() || hit.predicate <= after) {
			return false;
		}
		String state = Lexicon.kindOf(tokens.get(after));
		// a comma between: "Man wounded in Friday shooting dies" is one man
		boolean comma = tokens.subList(after + 1, hit.predicate).stream().anyMatch((t) -> ",".equals(t.word()));
		return (Lexicon.KILLED.equals(state) || Lexicon.WOUNDED.equals(state)) && !state.equals(hit.kind) && comma;
	}

	/**
	 * A headline ("Man shot, killed near park |"): the first sentence, or one that ends
	 * where a pasted headline meets the site name.
	 */
	private static boolean headline(List<CoreSentence> sentences, int sentenceIndex) {
		return sentenceIndex == 0 || pastedHeadline(sentences.get(sentenceIndex));
	}

	/**
	 * A headline on a line of its own above the body ("Fourth victim dies after bar
	 * shooting", no end mark): the first of several sentences.
	 */
	private static boolean headlineAbove(List<CoreSentence> sentences, int sentenceIndex) {
		if (sentenceIndex != 0 || sentences.size() < 2 || sentences.get(0).tokens().isEmpty()) {
			return false;
		}
		List<CoreLabel> tokens = sentences.get(0).tokens();
		return !Set.of(".", "!", "?", "''", "\"", "\u201d", "'", ":", ";")
			.contains(tokens.get(tokens.size() - 1).word());
	}

	/** Whether the sentence names the ordinal: "Fourth victim dies" for 4. */
	private static boolean sameOrdinal(CoreSentence sentence, int ordinal) {
		return sentence.tokens()
			.stream()
			.anyMatch((t) -> Integer.valueOf(ordinal).equals(ORDINALS.get(t.word().toLowerCase(Locale.ROOT))));
	}

	/** A headline that runs into the site name: "Man shot, killed near park |". */
	static boolean pastedHeadline(CoreSentence sentence) {
		List<CoreLabel> tokens = sentence.tokens();
		String last = tokens.isEmpty() ? "" : tokens.get(tokens.size() - 1).word();
		return "|".equals(last) || "«".equals(last);
	}

	private static Hit hit(SemanticGraph graph, IndexedWord word, CoreLabel token, boolean headline) {
		String lemma = Lexicon.lemma(token);
		String tag = token.tag();
		String kind = Lexicon.kindOf(token);
		if ("VB".equals(tag) && accomplished(graph, word)) {
			// "was able to get a gun and shoot himself"
			kind = "shoot".equals(lemma) ? Lexicon.SHOT : kind;
			tag = "VBD";
		}
		IndexedWord object = firstChild(graph, word, "obj");
		if ("shoot".equals(lemma) && tag.matches("VBZ|VBP") && object != null
				&& Lexicon.REFLEXIVE.contains(object.word().toLowerCase())) {
			// headline "Boy shoots himself at range"
			kind = Lexicon.SHOT;
		}
		IndexedWord npmod = firstChild(graph, word, "obl:npmod");
		if ("shoot".equals(lemma) && "VBG".equals(tag) && object == null && npmod != null
				&& Lexicon.REFLEXIVE.contains(npmod.word().toLowerCase(Locale.ROOT))
				&& hasAdverb(graph, word, "fatally", "mortally")) {
			// "... before fatally shooting himself", parsed with "himself" as a noun's
			// modifier: the attacker's own death
			return new Hit(Lexicon.KILLED, npmod, word.index() - 1, false, false);
		}
		IndexedWord next = graph.getNodeByIndexSafe(word.index() + 1);
		if ("VBG".equals(tag) && next != null
				&& Set.of("suspect", "suspects", "gunman", "shooter").contains(next.word().toLowerCase())) {
			// "shooting suspect Tom Baker" did the shooting
			return null;
		}
		if ("VB".equals(tag) || Lexicon.DEPLOYED.equals(kind) || Lexicon.CAPTURED.equals(kind)
				|| Lexicon.MISSING.equals(kind)) {
			return null;
		}
		// not "Smith, 45, shot his wife"
		IndexedWord aged = (headline && firstChild(graph, word, "obj") == null) ? agedPersonBefore(graph, word) : null;
		if (aged != null) {
			// headline "Teen, 17, Shot In Leg", "Man, 20, killed in shooting"
			String told = (kind == null && "shot".equalsIgnoreCase(word.word())) ? Lexicon.SHOT : kind;
			IndexedWord adverb = graph.getNodeByIndexSafe(word.index() - 1);
			if (Lexicon.SHOT.equals(told) && adverb != null
					&& ADVERB_FATAL.contains(adverb.word().toLowerCase(Locale.ROOT))) {
				told = Lexicon.KILLED;
			}
			if (Lexicon.KILLED.equals(told) || Lexicon.WOUNDED.equals(told) || Lexicon.SHOT.equals(told)) {
				return new Hit(told, aged, word.index() - 1, Lexicon.SHOT.equals(told), false);
			}
		}
		boolean stateAsNoun = "NN".equals(tag) && HEADLINE_STATES.contains(lemma);
		if (headline && ("NNP".equals(tag) || stateAsNoun)
				&& (Lexicon.KILLED.equals(kind) || Lexicon.WOUNDED.equals(kind))) {
			// title-case headline "Man Hurt In Shooting" with "Hurt" taken for a name;
			// "Woman hurt, man dead after ..." with "hurt" taken for a noun
			IndexedWord person = firstChild(graph, word, "compound");
			return (person != null && person.index() < word.index()
					&& (Lexicon.isHuman(person.backingLabel()) || isPerson(person.backingLabel())))
							? new Hit(kind, person, word.index() - 1, false, false) : null;
		}
		if ("doa".equals(Lexicon.lower(token)) && hasChild(graph, word, "cop", null)) {
			// "where he was DOA": dead on arrival
			IndexedWord subject = firstChild(graph, word, "nsubj");
			return (subject != null) ? new Hit(Lexicon.KILLED, subject, word.index() - 1, false, false) : null;
		}
		if (tag.startsWith("NN")) {
			return nounHit(graph, word, lemma, kind);
		}
		if (kind == null && tag.startsWith("VB") && offLifeSupport(graph, word)) {
			// "was taken off life support Tuesday", "took her off life support": a death
			kind = Lexicon.KILLED;
		}
		if (kind == null && "turn".equals(lemma) && tag.startsWith("VB")) {
			// "before turning the gun on himself": the attacker's own death
			IndexedWord self = gunTurnedOn(graph, word);
			if (self == null) {
				return null;
			}
			// "... and is in critical condition": he lived
			String told = survivedTurn(graph, self) ? Lexicon.WOUNDED : Lexicon.KILLED;
			return new Hit(told, self, word.index() - 1, false, false);
		}
		if (kind == null && "whip".equals(lemma) && tag.startsWith("VB") && pistolWhipped(graph, word)) {
			// "her son was pistol-whipped": hurt with the gun
			kind = Lexicon.WOUNDED;
		}
		if (kind == null && STRIKING.contains(lemma) && struckByGunfire(graph, word)) {
			// "a stray bullet struck a girl", "was hit by gunfire", "returned fire,
			// striking the man in the leg"
			kind = Lexicon.SHOT;
		}
		if (kind == null && tag.startsWith("VB") && Lexicon.TO_DEATH_LEMMAS.contains(lemma)
				&& hasChild(graph, word, "obl:to", "death")) {
			// "was stabbed to death", "beaten to death"; not "the question has been
			// beaten to death"
			IndexedWord beaten = victim(graph, word, tag, 0, headline);
			if (beaten != null && beaten.tag().startsWith("NN") && !Lexicon.isHuman(beaten.backingLabel())
					&& !isPerson(beaten.backingLabel())) {
				return null;
			}
			kind = Lexicon.KILLED;
		}
		if (kind == null || "fatally".equals(Lexicon.lower(token)) || "mortally".equals(Lexicon.lower(token))) {
			return null;
		}
		if (Lexicon.SHOT.equals(kind)) {
			if (hasAdverb(graph, word, "fatally", "mortally") || hasChild(graph, word, "obl:to", "death")
					|| hasChild(graph, word, "xcomp", "dead")) {
				kind = Lexicon.KILLED;
			}
			else if (shotAtPerson(graph, word) || unhurtAfter(graph, word)) {
				return null;
			}
		}
		if (hypothetical(graph, word) || "succumb".equals(lemma) && !succumbedToWounds(graph, word)) {
			return null;
		}
		boolean weak = Lexicon.SHOT.equals(kind);
		IndexedWord victim = victim(graph, word, tag, 0, headline);
		IndexedWord clause = firstChild(graph, word, "csubj:pass");
		IndexedWord shotOne = (clause != null) ? firstChild(graph, clause, "nsubj") : null;
		if (shotOne != null && offLifeSupport(graph, word)) {
			// "A woman shot outside a bar on Friday was removed from life support" parsed
			// with the shooting as the subject: the one shot
			victim = shotOne;
		}
		if (victim != null && "support".equalsIgnoreCase(victim.word())) {
			// "life support" is no one
			victim = null;
		}
		IndexedWord time = graph.getParent(word);
		IndexedWord found = (time != null) ? graph.getParent(time) : null;
		if (Lexicon.KILLED.equals(kind) && "JJ".equals(tag) && found != null && found.tag().startsWith("VB")
				&& TIME_UNITS.contains(Lexicon.lemma(time.backingLabel()))
				&& "amod".equals(graph.getEdge(time, word).getRelation().toString())) {
			// "was found dead hours later": the parser hung "dead" on the hours; the dead
			// is who was found
			IndexedWord subject = subject(graph, found);
			victim = (subject != null) ? subject : victim;
		}
		else if (Lexicon.KILLED.equals(kind) && "JJ".equals(tag) && victim == null && found != null
				&& "find".equals(Lexicon.lemma(found.backingLabel()))) {
			// "was found dead nearby with a wound": "dead" hung on the word after it
			victim = subject(graph, found);
		}
		if ((Lexicon.WOUNDED.equals(kind) || Lexicon.KILLED.equals(kind))
				&& (tag.matches("VBN|JJ") || "VBD".equals(tag) && firstChild(graph, word, "obj") == null)) {
			// the second person after "left", however the parser hung the state
			IndexedWord second = secondLeft(graph, word);
			victim = (second != null) ? second : victim;
		}
		if (Lexicon.WOUNDED.equals(kind) && victim != null && Lexicon.REFLEXIVE.contains(victim.word().toLowerCase())) {
			// "fell from the wall, injuring himself": hurt, not by the gunfire
			return null;
		}
		return new Hit(kind, victim, word.index() - 1, weak, false);
	}

	private static final Set<String> OFF_LIFE_SUPPORT_VERBS = Set.of("take", "remove");

	/**
	 * Whether {@code verb} takes someone off life support: "taken off life support",
	 * "removed from life support", "took her off life support" (the object between).
	 */
	private static boolean offLifeSupport(SemanticGraph graph, IndexedWord verb) {
		if (!OFF_LIFE_SUPPORT_VERBS.contains(Lexicon.lemma(verb.backingLabel())) || lifeSupportNoDeath(graph, verb)) {
			return false;
		}
		for (int k = verb.index() + 1; k <= verb.index() + 3; k++) {
			IndexedWord word = graph.getNodeByIndexSafe(k);
			// "taken off of life support"
			int of = (word != null && "off".equalsIgnoreCase(word.word()) && graph.getNodeByIndexSafe(k + 1) != null
					&& "of".equalsIgnoreCase(graph.getNodeByIndexSafe(k + 1).word())) ? 1 : 0;
			IndexedWord life = graph.getNodeByIndexSafe(k + 1 + of);
			IndexedWord support = graph.getNodeByIndexSafe(k + 2 + of);
			if (word != null && life != null && support != null
					&& Set.of("off", "from").contains(word.word().toLowerCase(Locale.ROOT))
					&& "life".equalsIgnoreCase(life.word()) && "support".equalsIgnoreCase(support.word())) {
				return true;
			}
		}
		return false;
	}

	/** Words of a recovery or of a plan beside "taken off life support". */
	private static final Set<String> LIFE_SUPPORT_NO_DEATH = Set.of("breathe", "breathing", "upgrade", "wake", "awake",
			"recovery", "recover", "improve", "improving", "expect", "plan", "hope", "stable", "conscious", "alert",
			"survive", "responsive");

	/**
	 * "has been taken off life support and is breathing on her own", "... and has been
	 * upgraded to fair condition", "after he woke up", "is expected to be removed from
	 * life support", "will be taken off life support": a recovery or a plan, no death.
	 */
	private static boolean lifeSupportNoDeath(SemanticGraph graph, IndexedWord verb) {
		for (IndexedWord word : graph.vertexSet()) {
			String lemma = Lexicon.lemma(word.backingLabel()).toLowerCase(Locale.ROOT);
			if (LIFE_SUPPORT_NO_DEATH.contains(lemma)
					|| LIFE_SUPPORT_NO_DEATH.contains(word.word().toLowerCase(Locale.ROOT))) {
				return true;
			}
		}
		for (IndexedWord aux : children(graph, verb, "aux")) {
			String word = aux.word().toLowerCase(Locale.ROOT);
			if ("to".equals(word) || "MD".equals(aux.tag())) {
				return true;
			}
		}
		return hasChild(graph, verb, "mark", "to");
	}

	private static final Set<String> TIME_UNITS = Set.of("minute", "hour", "day", "week", "month");

	private static final Set<String> ADVERB_FATAL = Set.of("fatally", "mortally");

	/** Whether the verb at {@code predicate} (a token index) is struck "in his vest". */
	private static boolean inVest(SemanticGraph graph, int predicate) {
		IndexedWord verb = graph.getNodeByIndexSafe(predicate + 1);
		return verb != null && children(graph, verb, "obl:in").stream()
			.anyMatch((part) -> "vest".equals(Lexicon.lemma(part.backingLabel())));
	}

	/**
	 * Whether the tokens from {@code from} say someone was not hurt ("and was not
	 * injured", "He was not hurt").
	 */
	private static boolean unhurtIn(List<CoreLabel> next, int from) {
		for (int k = from; k < next.size(); k++) {
			String w = Lexicon.lower(next.get(k));
			if (Set.of("unhurt", "uninjured", "unharmed").contains(w) || Set.of("not", "n't").contains(w)
					&& k + 1 < next.size() && Lexicon.WOUNDED.equals(Lexicon.kindOf(next.get(k + 1)))) {
				return true;
			}
			// "and escaped injury", "The vest stopped the bullet", "did not suffer any
			// injuries"
			String two = (k + 1 < next.size()) ? w + " " + Lexicon.lower(next.get(k + 1)) : w;
			if (Set.of("escaped injury", "escaped injuries", "stopped the", "any injuries", "no injuries").contains(two)
					|| "vest".equals(w) && k + 1 < next.size()
							&& Set.of("stop", "absorb", "save").contains(Lexicon.lemma(next.get(k + 1)))) {
				return true;
			}
		}
		return false;
	}

	/**
	 * "was struck by a bullet that lodged in his vest, but he was not injured": a clause
	 * joined to the hit that says the same person (no other subject, or "he"/"she") was
	 * not hurt.
	 */
	private static boolean unhurtAfter(SemanticGraph graph, IndexedWord hitVerb) {
		for (SemanticGraphEdge edge : graph.outgoingEdgeIterable(hitVerb)) {
			IndexedWord conj = edge.getDependent();
			if (!edge.getRelation().toString().startsWith("conj") || conj.index() < hitVerb.index()) {
				continue;
			}
			String word = conj.word().toLowerCase(Locale.ROOT);
			boolean unhurt = Set.of("unhurt", "uninjured", "unharmed").contains(word)
					|| Lexicon.WOUNDED.equals(Lexicon.kindOf(conj.backingLabel()))
							&& (hasChild(graph, conj, "advmod", "not") || hasChild(graph, conj, "advmod", "n't"));
			IndexedWord subject = subject(graph, conj);
			if (unhurt && (subject == null || SINGULAR_PRONOUNS.contains(subject.word().toLowerCase(Locale.ROOT)))) {
				return true;
			}
		}
		return false;
	}

	/** State words a headline tells of a person, which the tagger may take for nouns. */
	private static final Set<String> HEADLINE_STATES = Set.of("hurt", "injured", "wounded", "dead", "killed");

	/**
	 * "The crash left a driver dead and his passenger seriously injured", "left one man
	 * dead and another hospitalized": the second person after "left", whose state the
	 * parser hangs on "left" or on the person; the noun right before the participle (and
	 * an adverb), after "and" and a first state word, "left" before them.
	 */
	private static IndexedWord secondLeft(SemanticGraph graph, IndexedWord participle) {
		int k = participle.index() - 1;
		IndexedWord adverb = graph.getNodeByIndexSafe(k);
		if (adverb != null && adverb.tag().startsWith("RB")) {
			k--;
		}
		IndexedWord person = graph.getNodeByIndexSafe(k);
		if (person == null || !(person.tag().startsWith("NN") || "another".equalsIgnoreCase(person.word()))) {
			return null;
		}
		for (int j = k - 1; j >= 1 && j >= k - 8; j--) {
			IndexedWord word = graph.getNodeByIndexSafe(j);
			if (word == null) {
				return null;
			}
			if ("and".equalsIgnoreCase(word.word())) {
				IndexedWord state = graph.getNodeByIndexSafe(j - 1);
				return (state != null && Lexicon.kindOf(state.backingLabel()) != null && leftBefore(graph, j - 1))
						? person : null;
			}
			if (!word.tag().matches("DT|PRP\\$|JJ|CD|NNS?|NNPS?|IN|HYPH|POS")) {
				return null;
			}
		}
		return null;
	}

	/** "left" or "leaving" within ten words before {@code index}. */
	private static boolean leftBefore(SemanticGraph graph, int index) {
		for (int j = index - 1; j >= 1 && j >= index - 10; j--) {
			IndexedWord word = graph.getNodeByIndexSafe(j);
			if (word != null && word.tag().startsWith("VB") && "leave".equals(Lexicon.lemma(word.backingLabel()))) {
				return true;
			}
		}
		return false;
	}

	/**
	 * "Teen, 17, Shot": the person right before an age in commas (and an adverb), the way
	 * headlines name a victim.
	 */
	private static IndexedWord agedPersonBefore(SemanticGraph graph, IndexedWord word) {
		int index = word.index() - 1;
		IndexedWord adverb = graph.getNodeByIndexSafe(index);
		if (adverb != null && adverb.tag().startsWith("RB")) {
			index--;
		}
		IndexedWord close = graph.getNodeByIndexSafe(index);
		IndexedWord age = graph.getNodeByIndexSafe(index - 1);
		IndexedWord open = graph.getNodeByIndexSafe(index - 2);
		IndexedWord person = graph.getNodeByIndexSafe(index - 3);
		if (close == null || age == null || open == null || person == null || !",".equals(close.word())
				|| !",".equals(open.word()) || !age.word().matches("\\d{1,2}")) {
			return null;
		}
		return (Lexicon.isHuman(person.backingLabel()) || isPerson(person.backingLabel())) ? person : null;
	}

	private static final Set<String> GUNS = Set.of("gun", "weapon", "rifle", "pistol", "handgun", "shotgun", "firearm",
			"revolver");

	private static final Set<String> SURVIVED = Set.of("survived", "survive", "recover", "recovering", "hospital",
			"critical", "wounded", "injured", "hospitalized", "hospitalised", "condition");

	/** "turned the gun on himself": the reflexive, or null. */
	private static IndexedWord gunTurnedOn(SemanticGraph graph, IndexedWord turn) {
		IndexedWord gun = firstChild(graph, turn, "obj");
		IndexedWord self = firstChild(graph, turn, "obl:on");
		if (gun == null || self == null || !GUNS.contains(Lexicon.lemma(gun.backingLabel()))
				|| !Lexicon.REFLEXIVE.contains(self.word().toLowerCase(Locale.ROOT))) {
			return null;
		}
		return self;
	}

	/**
	 * Whether the words after an attacker's shot at himself ("turned the gun on himself",
	 * "then shot himself") tell that he lived: "... and is in critical condition", "He
	 * survived". The person last named before a survival word is the one who survived:
	 * "..., and their son was wounded" is another's, "as officers arrived; he is in
	 * critical condition" the attacker's; a death told of him ("and died at a hospital")
	 * outweighs the hospital.
	 */
	static boolean livedAfter(List<CoreLabel> after) {
		boolean another = false;
		boolean lived = false;
		for (CoreLabel token : after) {
			String lower = Lexicon.lower(token);
			if (Set.of("he", "she").contains(lower)) {
				another = false;
			}
			else if (token.tag().startsWith("NN") && (Lexicon.isHuman(token) || isPerson(token))) {
				another = true;
			}
			else if (!another && Lexicon.KILLED.equals(Lexicon.kindOf(token))) {
				return false;
			}
			else if (!another && SURVIVED.contains(lower)) {
				lived = true;
			}
		}
		return lived;
	}

	private static boolean survivedTurn(SemanticGraph graph, IndexedWord self) {
		List<CoreLabel> after = new ArrayList<>();
		for (IndexedWord word : graph.vertexListSorted()) {
			if (word.index() > self.index()) {
				after.add(word.backingLabel());
			}
		}
		return livedAfter(after);
	}

	/** "pistol-whipped", tokenized "pistol", "-", "whipped". */
	private static boolean pistolWhipped(SemanticGraph graph, IndexedWord whipped) {
		IndexedWord dash = graph.getNodeByIndexSafe(whipped.index() - 1);
		IndexedWord pistol = graph.getNodeByIndexSafe(whipped.index() - 2);
		return dash != null && pistol != null && "-".equals(dash.word())
				&& Set.of("pistol", "gun").contains(pistol.word().toLowerCase(Locale.ROOT));
	}

	/**
	 * "Succumbed to her injuries", "later succumbed": a death; not "succumbed to
	 * pressure".
	 */
	private static boolean succumbedToWounds(SemanticGraph graph, IndexedWord verb) {
		if (firstChild(graph, verb, "obj") != null || children(graph, verb, "conj:and").stream()
			.anyMatch((conj) -> conj.tag().startsWith("VB") && !"die".equals(Lexicon.lemma(conj.backingLabel())))) {
			// "the mayor finally succumbed and approved the budget": giving in
			return false;
		}
		for (IndexedWord cause : children(graph, verb, "obl:to")) {
			String kind = Lexicon.kindOf(cause.backingLabel());
			if (kind == null && !Set.of("gunshot", "shot", "shotgun").contains(Lexicon.lemma(cause.backingLabel()))) {
				return false;
			}
		}
		return true;
	}

	/**
	 * "Struck" or "hit" by gunfire: a bullet as the subject ("a bullet struck a girl") or
	 * the agent ("was hit by a stray bullet"), or hit while firing ("opened fire, hitting
	 * two men").
	 */
	private static boolean struckByGunfire(SemanticGraph graph, IndexedWord verb) {
		for (SemanticGraphEdge edge : graph.outgoingEdgeIterable(verb)) {
			String relation = edge.getRelation().toString();
			if ((relation.equals("nsubj") || relation.equals("obl:by") || relation.equals("obl:agent"))
					&& Lexicon.isGunfire(edge.getDependent().backingLabel())) {
				return true;
			}
		}
		if ("VBN".equals(verb.tag()) && hasChild(graph, verb, "aux:pass", null)
				&& !hasChild(graph, verb, "obl:with", null) && !hasChild(graph, verb, "obl:by", null)
				&& !hasChild(graph, verb, "obl:agent", null)
				&& children(graph, verb, "obl:in").stream()
					.anyMatch((part) -> Lexicon.BODY_PARTS.contains(Lexicon.lemma(part.backingLabel()))
							|| "vest".equals(Lexicon.lemma(part.backingLabel())))) {
			// "The driver was hit in the shoulder": a person struck in a part of the body
			// (not "hit in the head with a bottle", "by a falling branch"); "an officer
			// was
			// struck in his protective vest" (hurt, unless told unhurt)
			return true;
		}
		boolean gerund = "VBG".equals(verb.tag());
		if (!gerund && !"VBD".equals(verb.tag())) {
			return false;
		}
		for (SemanticGraphEdge edge : graph.incomingEdgeIterable(verb)) {
			String relation = edge.getRelation().toString();
			String governor = Lexicon.lemma(edge.getGovernor().backingLabel());
			boolean firing = "shoot".equals(governor) || "fire".equals(governor)
					|| hasChild(graph, edge.getGovernor(), "obj", "fire");
			// "fired, striking the robber"; "returned fire and struck the gunman"
			boolean joined = gerund
					&& (relation.startsWith("advcl") || relation.equals("xcomp") || relation.equals("dep"))
					|| relation.startsWith("conj");
			if (joined && firing) {
				return true;
			}
		}
		return false;
	}

	/**
	 * A verb in its base form that tells of a deed done: "was able to shoot himself",
	 * "managed to kill two guards" (not "will be able to", "did not manage to").
	 */
	private static boolean accomplished(SemanticGraph graph, IndexedWord verb) {
		for (SemanticGraphEdge edge : graph.incomingEdgeIterable(verb)) {
			String relation = edge.getRelation().toString();
			if (relation.equals("xcomp") || relation.equals("dep")) {
				if (succeeded(graph, edge.getGovernor())) {
					return true;
				}
			}
			else if (relation.startsWith("conj")) {
				// "was able to get a gun and shoot himself"
				for (SemanticGraphEdge outer : graph.incomingEdgeIterable(edge.getGovernor())) {
					String outerRelation = outer.getRelation().toString();
					if ((outerRelation.equals("xcomp") || outerRelation.equals("dep"))
							&& succeeded(graph, outer.getGovernor())) {
						return true;
					}
				}
			}
		}
		return false;
	}

	/** "was able", "managed": not "will be able", "did not manage". */
	private static boolean succeeded(SemanticGraph graph, IndexedWord governor) {
		if (hasAdverb(graph, governor, "not", "n't", "never") || !children(graph, governor, "aux").isEmpty()) {
			return false;
		}
		String lemma = Lexicon.lemma(governor.backingLabel());
		return "able".equals(lemma)
				&& (hasChild(graph, governor, "cop", "was") || hasChild(graph, governor, "cop", "were"))
				|| "manage".equals(lemma) && "VBD".equals(governor.tag());
	}

	/**
	 * "nearly killing the clerk", "could have killed someone", "if the baby dies",
	 * "should have held back until one was hurt": a death or injury that did not happen.
	 */
	private static boolean hypothetical(SemanticGraph graph, IndexedWord predicate) {
		if (hasAdverb(graph, predicate, "nearly", "almost", "possibly", "narrowly", "potentially")) {
			return true;
		}
		if (hypotheticalModal(graph, predicate)) {
			return true;
		}
		for (SemanticGraphEdge edge : graph.incomingEdgeIterable(predicate)) {
			// "He could have been shot and killed": the modal is on the first verb
			// (not "could have been killed, but he was only wounded": a verb with
			// an auxiliary of its own)
			if (edge.getRelation().toString().startsWith("conj") && edge.getGovernor().index() < predicate.index()
					&& children(graph, predicate, "aux").isEmpty() && children(graph, predicate, "aux:pass").isEmpty()
					&& edge.getGovernor().tag().startsWith("VB") && hypotheticalModal(graph, edge.getGovernor())) {
				return true;
			}
		}
		// "should have held back until one of them was hurt"
		IndexedWord governor = graph.getParent(predicate);
		if (governor != null && hasChild(graph, predicate, "mark", "until")
				&& graph.getEdge(governor, predicate).getRelation().toString().startsWith("advcl")) {
			for (IndexedWord auxiliary : children(graph, governor, "aux")) {
				String modal = auxiliary.word().toLowerCase();
				if (HYPOTHETICAL_MODALS.contains(modal) || OBLIGATION_MODALS.contains(modal)) {
					return true;
				}
			}
		}
		// "if the baby dies"
		return hasChild(graph, predicate, "mark", "if") || hasChild(graph, predicate, "mark", "unless");
	}

	/**
	 * "shot at the officers" (fired at, maybe missed), not "shot at an apartment complex"
	 * or "shot at 9 p.m.": the target of "at" is a person, or "at" ends the phrase ("was
	 * shot at but not hit").
	 */
	private static boolean shotAtPerson(SemanticGraph graph, IndexedWord shot) {
		for (IndexedWord target : children(graph, shot, "obl:at")) {
			CoreLabel token = target.backingLabel();
			if (Lexicon.isHuman(token) || isPerson(token) || "PRP".equals(token.tag())
					|| "police".equalsIgnoreCase(token.word())) {
				return true;
			}
		}
		IndexedWord next = graph.getNodeByIndexSafe(shot.index() + 1);
		if (next == null || !"at".equalsIgnoreCase(next.word())) {
			return false;
		}
		int at = shot.index() + 1;
		IndexedWord after = graph.getNodeByIndexSafe(at + 1);
		if (after != null && "DT".equals(after.tag())) {
			at++;
			after = graph.getNodeByIndexSafe(at + 1);
		}
		IndexedWord following = graph.getNodeByIndexSafe(at + 2);
		boolean owner = following != null && "POS".equals(following.tag());
		// "shot at police - Channel 7": a person right after "at", however it was parsed
		// (not "shot at a friend's house")
		// "was shot at during the chase", "shot at from a car" (not "shot at about 2
		// a.m.")
		boolean preposition = after != null
				&& (after.tag().matches("IN|RB") || Lexicon.PLACE_PREPOSITIONS.contains(after.word()))
				&& !Set.of("about", "around", "approximately", "roughly", "nearly", "almost", "just")
					.contains(after.word().toLowerCase(Locale.ROOT));
		return after == null || preposition || after.tag().matches("CC|[.,:]") || "by".equalsIgnoreCase(after.word())
				|| "PRP".equals(after.tag())
				|| !owner && ("police".equalsIgnoreCase(after.word()) || Lexicon.isHuman(after.backingLabel()));
	}

	private static Hit nounHit(SemanticGraph graph, IndexedWord word, String lemma, String kind) {
		IndexedWord governor = graph.getParent(word);
		// "Each sustained gunshot wounds, police said": the phrase made the subject of
		// the reporting verb after it
		boolean reported = governor != null && governor.index() > word.index()
				&& REPORTING_LEMMAS.contains(Lexicon.lemma(governor.backingLabel()))
				&& "nsubj".equals(graph.getEdge(governor, word).getRelation().toString());
		if ((governor == null || reported) && Lexicon.WOUNDED.equals(kind) && word.index() <= 4
				&& hasChild(graph, word, "det", "each") && children(graph, word, "amod").stream()
					.anyMatch((m) -> Set.of("suffered", "sustained").contains(m.word().toLowerCase(Locale.ROOT)))) {
			// "Each suffered gunshot wounds" read as one noun phrase: "each" is who
			// suffered them
			IndexedWord each = firstChild(graph, word, "det");
			return (each != null && each.index() == 1) ? new Hit(Lexicon.WOUNDED, each, word.index() - 1, false, false)
					: null;
		}
		if (governor == null) {
			// "The victim is in critical condition": the noun heads the clause
			if ("condition".equals(lemma) && hasAmod(graph, word) && hasChild(graph, word, "cop", null)) {
				IndexedWord subject = firstChild(graph, word, "nsubj");
				return (subject != null) ? new Hit(Lexicon.WOUNDED, subject, word.index() - 1, true, false) : null;
			}
			return null;
		}
		String relation = graph.getEdge(governor, word).getRelation().toString();
		if ("bullet".equals(lemma) && relation.equals("obj") && "take".equals(Lexicon.lemma(governor.backingLabel()))
				&& !hypothetical(graph, governor) && children(graph, governor, "obl:from").isEmpty()
				&& Stream
					.concat(children(graph, governor, "obl:to").stream(), children(graph, governor, "obl:in").stream())
					.anyMatch((part) -> Lexicon.BODY_PARTS.contains(Lexicon.lemma(part.backingLabel())))
				&& !datedElsewhere(graph, governor)) {
			// "took a bullet to the back", "in the leg": hit (not "would take a bullet
			// for
			// them", "took a bullet from the wall", "out of the door frame", "for his
			// sister", "in a 2019 shootout", another day's wound)
			return new Hit(Lexicon.WOUNDED, subject(graph, governor), word.index() - 1, false, false);
		}
		IndexedWord seeming = governor;
		IndexedWord outer = graph.getParent(governor);
		if (Set.of("xcomp", "obl:like", "nmod:like").contains(relation) && outer != null
				&& APPEAR_LEMMAS.contains(Lexicon.lemma(governor.backingLabel()))
				&& hasChild(graph, governor, "nsubj", "what")) {
			// "with what appeared to be a gunshot wound", "from what looked like
			// wounds": the wound as the object of "with" or "from"
			String outerRelation = graph.getEdge(outer, governor).getRelation().toString();
			governor = outer;
			relation = outerRelation.replaceFirst("^(acl|advcl)", outer.tag().startsWith("NN") ? "nmod" : "obl");
		}
		String govLemma = Lexicon.lemma(governor.backingLabel());
		IndexedWord from = relation.equals("obl:from") ? firstChild(graph, word, "case") : null;
		IndexedWord beforeFrom = (from != null) ? graph.getNodeByIndexSafe(from.index() - 1) : null;
		if ("suffering".equalsIgnoreCase(governor.word())
				|| beforeFrom != null && "suffering".equalsIgnoreCase(beforeFrom.word())) {
			// "suffering" taken for a noun: "found one victim suffering from a wound",
			// "was found suffering from wounds" (as if found from the wounds)
			govLemma = "suffer";
		}
		if (hasChild(graph, word, "amod", "attempted")) {
			// "attempted homicide": nobody died
			return null;
		}
		if (Lexicon.WOUNDED.equals(kind) && relation.equals("obl:for")
				&& Set.of("treat", "hospitalize", "hospitalise").contains(govLemma)) {
			if (injuriesOfOtherCause(graph, governor)) {
				// "were treated for injuries from falls"
				return null;
			}
			// "was treated for his injuries"
			return new Hit(Lexicon.WOUNDED, subject(graph, governor), word.index() - 1, true, false);
		}
		if ("life".equals(lemma) && relation.equals("obj") && "take".equals(govLemma)
				&& hasChild(graph, word, "amod", "own")
				|| "suicide".equals(lemma) && relation.equals("obj") && "commit".equals(govLemma)) {
			// "before taking his own life", "then committed suicide": the attacker's
			// own death, the phrase itself standing for him
			return new Hit(Lexicon.KILLED, word, word.index() - 1, false, false);
		}
		if ("life".equals(lemma) && relation.equals("obl:for") && "fight".equals(govLemma)) {
			// "he is fighting for his life"
			return new Hit(Lexicon.WOUNDED, subject(graph, governor), word.index() - 1, true, false);
		}
		if ((Lexicon.KILLED_OR_WOUNDED.equals(kind) || "loss".equals(lemma)) && relation.equals("obj")
				&& "inflict".equals(govLemma)) {
			// "inflicted significant losses on the Russian side": losses of those they
			// were inflicted on (the parse hangs "on" on the verb or on the losses)
			IndexedWord on = firstChild(graph, governor, "obl:on");
			on = (on != null) ? on : firstChild(graph, word, "nmod:on");
			if (on != null) {
				return new Hit(Lexicon.KILLED_OR_WOUNDED, on, word.index() - 1, false, false);
			}
		}
		if ((Lexicon.WOUNDED.equals(kind) || Lexicon.KILLED_OR_WOUNDED.equals(kind) || "loss".equals(lemma))
				&& relation.equals("obj") && (SUFFER_LEMMAS.contains(govLemma) || "have".equals(govLemma)
						&& Lexicon.WOUNDED.equals(kind) && !children(graph, word, "amod").isEmpty())) {
			// "All of them have non-life-threatening injuries": injuries of a kind had
			if (injuriesOfOtherCause(graph, word) && !alsoShot(graph, governor)) {
				// "suffered minor injuries in the crash" (not one "struck by gunfire ...
				// and
				// suffered injuries in the crash that followed")
				return null;
			}
			String k = Lexicon.WOUNDED.equals(kind) ? Lexicon.WOUNDED : Lexicon.KILLED_OR_WOUNDED;
			return new Hit(k, subject(graph, governor), word.index() - 1, false, false);
		}
		if (hospitalNoun(graph, word) && relation.startsWith("obl") && HOSPITAL_VERBS.contains(govLemma)) {
			if (notForWounds(graph, governor)) {
				return null;
			}
			IndexedWord victim = subject(graph, governor);
			if (!"VBN".equals(governor.tag()) && firstChild(graph, governor, "obj") != null) {
				victim = firstChild(graph, governor, "obj");
			}
			return new Hit(Lexicon.WOUNDED, victim, word.index() - 1, true, false);
		}
		if ("hospital".equals(lemma) && hasChild(graph, word, "case", "in") && firstChild(graph, word, "nsubj") != null
				&& hasChild(graph, word, "cop", null)) {
			return new Hit(Lexicon.WOUNDED, firstChild(graph, word, "nsubj"), word.index() - 1, true, false);
		}
		if ("condition".equals(lemma) && hasAmod(graph, word)) {
			IndexedWord subject = firstChild(graph, word, "nsubj");
			if (subject == null) {
				subject = firstChild(graph, governor, "nsubj:pass");
			}
			if (subject == null) {
				subject = firstChild(graph, governor, "obj");
			}
			if (subject == null && governor.tag().startsWith("NN") && relation.startsWith("acl")) {
				// "The victim, who was driving, ... is in critical condition"
				subject = governor;
			}
			return new Hit(Lexicon.WOUNDED, (subject != null) ? subject : subject(graph, governor), word.index() - 1,
					true, false);
		}
		if (Lexicon.WOUNDED.equals(kind) && (relation.equals("nmod:with") || relation.equals("obl:with"))
				&& injuriesOfOtherCause(graph, governor)) {
			// "were taken to a hospital with injuries from the crash"
			return null;
		}
		if (Lexicon.WOUNDED.equals(kind) && (relation.equals("nmod:with") || relation.equals("obl:with")
				|| relation.equals("obl:from") && "suffer".equals(govLemma))) {
			IndexedWord victim = governor;
			IndexedWord arrival = graph.getParent(governor);
			if (hospitalNoun(graph, governor) && arrival != null) {
				// "arrived at a trauma center with gunshot wounds": who arrived
				victim = subject(graph, arrival);
			}
			else if (!governor.tag().startsWith("NN") && !yearOldHead(graph, governor) || "suffer".equals(govLemma)) {
				victim = firstChild(graph, governor, "obj");
				if (victim == null || "suffering".equalsIgnoreCase(victim.word())) {
					victim = subject(graph, governor);
				}
			}
			// weak: describes the victim when found, a later death supersedes it
			return new Hit(Lexicon.WOUNDED, victim, word.index() - 1, true, false);
		}
		if (FATAL_EVENTS.contains(lemma) && hasAmodWord(graph, word, "fatal", "deadly") || "homicide".equals(lemma)
				&& !relation.equals("compound")
				&& !((relation.startsWith("obl") || relation.startsWith("obj")) && negated(graph, governor, word))) {
			// not "we're not talking about homicides this morning"
			// (but "The homicide did not appear to be random")
			return new Hit(Lexicon.KILLED, word, word.index() - 1, true, true);
		}
		if (DEATH_NOUNS.contains(lemma)) {
			IndexedWord victim = firstChild(graph, word, "nmod:of");
			if (victim == null) {
				victim = firstChild(graph, word, "nmod:poss");
			}
			return (victim != null) ? new Hit(Lexicon.KILLED, victim, word.index() - 1, false, false) : null;
		}
		return null;
	}

	/**
	 * Whether injuries told from {@code from} on, in its clause, came from a crash or a
	 * fall ("with injuries from the crash", "injuries suffered in the wreck"), not from
	 * gunfire.
	 */
	static boolean injuriesOfOtherCause(List<CoreLabel> tokens, int from) {
		boolean injuries = false;
		for (int k = Math.max(0, from); k < tokens.size(); k++) {
			String word = Lexicon.lower(tokens.get(k));
			if (injuries && ",".equals(word) && k + 1 < tokens.size()
					&& INJURY_ASIDES.contains(Lexicon.lower(tokens.get(k + 1)))) {
				// "suffered minor injuries, mostly scrapes and
				// sprains, in the rush to flee": past the aside
				int close = k + 2;
				while (close < tokens.size() && close <= k + 8 && !",".equals(tokens.get(close).word())) {
					if (Set.of("gunshot", "gunfire", "shot", "bullet").contains(Lexicon.lower(tokens.get(close)))) {
						// "injuries, including two with gunshot wounds, in the panic"
						return false;
					}
					close++;
				}
				return close < tokens.size() && close <= k + 8 && otherCauseAfter(tokens, close + 1, close + 3);
			}
			if (Set.of(",", ";", ".", "but", "while", "after").contains(word)) {
				return false;
			}
			if (!Set.of("injuries", "injury", "wounds").contains(word)) {
				continue;
			}
			if (k > 0 && Set.of("gunshot", "bullet", "gun").contains(Lexicon.lower(tokens.get(k - 1)))) {
				// "suffered gunshot wounds in the panic outside the club"
				return false;
			}
			injuries = true;
			if (otherCauseAfter(tokens, k + 1, k + 5)) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Whether "from" or "in" at {@code from..to} brings a cause of injuries that is no
	 * gunshot: "from the crash", "from falls", "in the rush to flee"; the cause heads its
	 * phrase (not "from the Fall Fest shooting", "from the Stampede Days shooting").
	 */
	private static boolean otherCauseAfter(List<CoreLabel> tokens, int from, int to) {
		for (int j = from; j < tokens.size() && j <= to; j++) {
			String next = Lexicon.lower(tokens.get(j));
			for (int c = j + 1; Set.of("from", "in", "during").contains(next) && c < tokens.size() && c <= j + 2; c++) {
				String cause = tokens.get(c).word();
				boolean head = c + 1 == tokens.size() || !tokens.get(c + 1).tag().startsWith("NN")
						|| Set.of("DATE", "TIME").contains(tokens.get(c + 1).ner());
				if (OTHER_CAUSES.contains(cause.replaceFirst("s$", "")) && head) {
					return true;
				}
			}
		}
		return false;
	}

	/**
	 * ", where he died", ", where she was pronounced dead" from {@code from} on (not
	 * "where they died", which the count of the group tells).
	 */
	static boolean diedThere(List<CoreLabel> tokens, int from) {
		for (int k = Math.max(0, from); k + 2 < tokens.size(); k++) {
			if ("where".equals(Lexicon.lower(tokens.get(k)))
					&& Set.of("he", "she").contains(Lexicon.lower(tokens.get(k + 1)))) {
				int v = ("later".equals(Lexicon.lower(tokens.get(k + 2)))) ? k + 3 : k + 2;
				// ", where he was DOA", ", where he was dead on arrival"
				return v < tokens.size() && Lexicon.KILLED.equals(Lexicon.kindOf(tokens.get(v)))
						|| v + 2 < tokens.size() && "pronounced".equals(Lexicon.lower(tokens.get(v + 1)))
								&& "dead".equals(Lexicon.lower(tokens.get(v + 2)))
						|| v + 1 < tokens.size() && "was".equals(Lexicon.lower(tokens.get(v)))
								&& Lexicon.lower(tokens.get(v + 1)).matches("doa|dead");
			}
		}
		return false;
	}

	/** "was struck by gunfire and suffered injuries": the sufferer was shot too. */
	private static boolean alsoShot(SemanticGraph graph, IndexedWord verb) {
		IndexedWord parent = graph.getParent(verb);
		return parent != null && "conj".equals(graph.getEdge(parent, verb).getRelation().getShortName())
				&& Set.of("shoot", "strike", "hit", "wound").contains(Lexicon.lemma(parent.backingLabel()));
	}

	/**
	 * "in a 2019 shootout", "last year", "years ago": another time in one of the verb's
	 * phrases.
	 */
	private static boolean datedElsewhere(SemanticGraph graph, IndexedWord verb) {
		for (IndexedWord child : graph.getChildList(verb)) {
			String relation = graph.getEdge(verb, child).getRelation().toString();
			if (!relation.startsWith("obl") && !relation.startsWith("nmod") && !"advmod".equals(relation)) {
				continue;
			}
			for (IndexedWord part : graph.descendants(child)) {
				String word = part.word().toLowerCase(Locale.ROOT);
				if ("CD".equals(part.tag()) && word.matches("(19|20)\\d\\d") || "ago".equals(word)
						|| "year".equals(word) && graph.getChildList(part)
							.stream()
							.anyMatch((c) -> Set.of("last", "previous", "that")
								.contains(c.word().toLowerCase(Locale.ROOT)))) {
					return true;
				}
			}
		}
		return false;
	}

	private static boolean injuriesOfOtherCause(SemanticGraph graph, IndexedWord from) {
		List<CoreLabel> tokens = graph.vertexListSorted().stream().map(IndexedWord::backingLabel).toList();
		int at = 0;
		while (at < tokens.size() && tokens.get(at).index() < from.index()) {
			at++;
		}
		return injuriesOfOtherCause(tokens, at);
	}

	/**
	 * "a hospital", "Grant Medical Center", "a trauma center": where the hurt are taken.
	 */
	private static boolean hospitalNoun(SemanticGraph graph, IndexedWord word) {
		String lemma = Lexicon.lemma(word.backingLabel()).toLowerCase(Locale.ROOT);
		return "hospital".equals(lemma)
				|| Set.of("center", "centre").contains(lemma) && (hasChild(graph, word, "compound", "medical")
						|| hasChild(graph, word, "compound", "trauma") || hasChild(graph, word, "amod", "medical"))
				|| medicalCenterName(graph, word);
	}

	/**
	 * "the University of Mississippi Medical Center", however parsed: a name that goes on
	 * in capitals (and "of") to "Medical Center" or "Hospital".
	 */
	private static boolean medicalCenterName(SemanticGraph graph, IndexedWord word) {
		if (!"NNP".equals(word.tag())) {
			return false;
		}
		for (int k = word.index() + 1; k <= word.index() + 6; k++) {
			IndexedWord next = graph.getNodeByIndexSafe(k);
			if (next == null || !("NNP".equals(next.tag()) || "of".equals(next.word()))) {
				return false;
			}
			IndexedWord before = graph.getNodeByIndexSafe(k - 1);
			if ("Hospital".equals(next.word()) || Set.of("Center", "Centre").contains(next.word()) && before != null
					&& Set.of("Medical", "Trauma").contains(before.word())) {
				return true;
			}
		}
		return false;
	}

	/**
	 * A trip to hospital that tells of no gunshot wound: a check before jail ("was taken
	 * to a hospital for a medical clearance and then booked into jail", "taken to a
	 * hospital and placed under arrest"), the care of an injury of one's own making
	 * ("injured himself on the icy ramp and was taken to a hospital") or of one from a
	 * crash ("taken to a hospital with injuries from the crash").
	 */
	private static boolean notForWounds(SemanticGraph graph, IndexedWord verb) {
		List<IndexedWord> clause = new ArrayList<>(List.of(verb));
		IndexedWord governor = graph.getParent(verb);
		if (governor != null && graph.getEdge(governor, verb).getRelation().toString().startsWith("conj")) {
			clause.add(governor);
			clause.addAll(children(graph, governor, "conj:and"));
		}
		clause.addAll(children(graph, verb, "conj:and"));
		IndexedWord person = subject(graph, verb);
		for (IndexedWord predicate : clause) {
			if (person == null || !person.equals(subject(graph, predicate))) {
				// "the victim was taken to a hospital and the suspect to jail"
				continue;
			}
			for (SemanticGraphEdge edge : graph.outgoingEdgeIterable(predicate)) {
				String relation = edge.getRelation().toString();
				String dependent = Lexicon.lemma(edge.getDependent().backingLabel());
				if (relation.startsWith("obl") && CUSTODY.contains(dependent)
						|| relation.equals("obl:for") && CHECKS.contains(dependent)
						|| relation.equals("obj") && Lexicon.REFLEXIVE.contains(dependent)
								&& Lexicon.WOUNDED.equals(Lexicon.kindOf(predicate.backingLabel()))) {
					return true;
				}
			}
			if (Set.of("arrest", "book", "jail", "charge").contains(Lexicon.lemma(predicate.backingLabel()))
					&& predicate != verb || injuriesOfOtherCause(graph, predicate)) {
				return true;
			}
		}
		return false;
	}

	/**
	 * @param headline the sentence is a headline, where "Man shot, killed" drops the
	 * auxiliary of a passive
	 */
	private static IndexedWord victim(SemanticGraph graph, IndexedWord predicate, String tag, int depth,
			boolean headline) {
		IndexedWord passive = firstChild(graph, predicate, "nsubj:pass");
		if (passive == null) {
			// "a man who appeared to have been shot"
			passive = firstChild(graph, predicate, "nsubj:pass:xsubj");
		}
		if (passive != null) {
			IndexedWord afterDateline = humanAfterDateline(graph, passive, predicate);
			return (afterDateline != null) ? afterDateline : passive;
		}
		IndexedWord clauseOwner = graph.getParent(predicate);
		if (clauseOwner != null && hasChild(graph, predicate, "aux:pass", "being")
				&& graph.getEdge(clauseOwner, predicate).getRelation().toString().startsWith("advcl")) {
			// "a driver is recovering after being shot": the subject of the clause
			IndexedWord owner = firstChild(graph, clauseOwner, "nsubj");
			return (owner != null) ? owner : firstChild(graph, clauseOwner, "nsubj:pass");
		}
		IndexedWord object = firstChild(graph, predicate, "obj");
		if (object != null && !tag.startsWith("JJ")) {
			IndexedWord owner = firstChild(graph, object, "nmod:poss");
			// "a bullet grazed the woman's head": the woman is hurt
			return (owner != null && Lexicon.BODY_PARTS.contains(Lexicon.lemma(object.backingLabel()))) ? owner
					: object;
		}
		IndexedWord loose = looseObject(graph, predicate, tag);
		if (loose != null) {
			return loose;
		}
		IndexedWord beforeAuxiliary = nounBeforeAuxiliary(graph, predicate);
		if (beforeAuxiliary != null) {
			return beforeAuxiliary;
		}
		IndexedWord shared = sharedObject(graph, predicate, tag);
		if (shared != null) {
			return shared;
		}
		IndexedWord subject = tellerLent(graph, predicate, firstChild(graph, predicate, "nsubj"));
		IndexedWord npmod = firstChild(graph, predicate, "obl:npmod");
		if (tag.startsWith("JJ") && npmod != null && npmod.index() < predicate.index()
				&& (Lexicon.isHuman(npmod.backingLabel()) || isPerson(npmod.backingLabel()))) {
			// "left one guard wounded and a customer dead" with "a customer" taken
			// for a measure of "dead"
			return npmod;
		}
		IndexedWord absolute = firstChild(graph, predicate, "dep");
		if (tag.startsWith("JJ") && absolute != null && absolute.index() < predicate.index()
				&& (hasChild(graph, predicate, "mark", "with") || hasChild(graph, predicate, "case", "with"))
				&& (Lexicon.isHuman(absolute.backingLabel()) || isPerson(absolute.backingLabel()))) {
			// "the chase ended with the driver dead": the person before the state after
			// "with"
			return absolute;
		}
		String lemma = Lexicon.lemma(predicate.backingLabel());
		boolean passiveReading = hasChild(graph, predicate, "obl:by", null)
				|| hasChild(graph, predicate, "obl:to", "death") || hasChild(graph, predicate, "xcomp", "dead");
		boolean headlinePassive = headline && ("VBD".equals(tag) || "VBN".equals(tag)) && subject != null
				&& (Lexicon.isHuman(subject.backingLabel()) || isPerson(subject.backingLabel()));
		// "one person is dead and another injured": a participle without its auxiliary,
		// joined to a clause that has one (not "the officer shot and killed a man")
		boolean elliptical = "VBN".equals(tag) && children(graph, predicate, "aux").isEmpty()
				&& children(graph, predicate, "cop").isEmpty() && stativeBefore(graph, predicate);
		// "A second man wounded in the same shooting is recovering" parsed with the man
		// as the subject of the participle, its clause the subject of the main verb: a
		// reduced relative clause, the man hurt
		IndexedWord owner = graph.getParent(predicate);
		elliptical |= "VBN".equals(tag) && children(graph, predicate, "aux").isEmpty()
				&& children(graph, predicate, "cop").isEmpty() && subject != null
				&& Lexicon.isHuman(subject.backingLabel()) && subject.index() < predicate.index() && owner != null
				&& graph.getEdge(owner, predicate).getRelation().toString().startsWith("csubj");
		if (subject != null && "die".equals(lemma) && "shot".equalsIgnoreCase(subject.word())) {
			// "A clerk shot during a robbery on Sept. 14 died" with "shot" taken for a
			// noun
			IndexedWord compound = firstChild(graph, subject, "compound");
			if (compound != null && (Lexicon.isHuman(compound.backingLabel()) || isPerson(compound.backingLabel()))) {
				return compound;
			}
		}
		if (subject != null && ("die".equals(lemma) || "succumb".equals(lemma) || tag.startsWith("JJ") || passiveReading
				|| headlinePassive || elliptical)) {
			return subject;
		}
		if (subject == null && "die".equals(lemma)) {
			IndexedWord dated = datedOwner(graph, predicate);
			if (dated != null) {
				return dated;
			}
			IndexedWord before = nounBeforeAside(graph, predicate);
			if (before != null) {
				return before;
			}
		}
		IndexedWord governor = graph.getParent(predicate);
		if (governor == null) {
			return null;
		}
		String relation = graph.getEdge(governor, predicate).getRelation().toString();
		if (relation.equals("orphan") && governor.tag().startsWith("NN")) {
			// "left a boy dead and his brother seriously injured": the verb left out
			return governor;
		}
		boolean listed = relation.equals("dep") && Lexicon.kindOf(governor.backingLabel()) != null
				&& governor.index() < predicate.index();
		if ((relation.startsWith("conj") || listed) && depth < 3) {
			return victim(graph, governor, governor.tag(), depth + 1, headline);
		}
		if (relation.startsWith("acl") && "shot".equalsIgnoreCase(governor.word())) {
			// headline "Woman shot, killed in ..." with "shot" taken for a noun
			IndexedWord compound = firstChild(graph, governor, "compound");
			if (compound != null && Lexicon.isHuman(compound.backingLabel())) {
				return compound;
			}
		}
		if ((relation.startsWith("acl") || relation.equals("amod")) && governor.tag().startsWith("NN")) {
			// "a man shot in the head", "a shooting victim"; not "the shooting suspect"
			// or "a gunman shooting at cars", who did the shooting
			// ("killing Jamal Berry" taken for a modifier is still a killing of him)
			boolean doer = "VBG".equals(tag) && !"victim".equals(Lexicon.lemma(governor.backingLabel()))
					&& !governor.tag().startsWith("NNP");
			// "| KXYZ NewsThe shooting happened": the site name glued to the story's
			// first word, not a person
			boolean glued = governor.word().matches(".*[a-z](The|A|An|This)");
			// "a paralyzed veteran": a lasting state, told of someone, not a wound of
			// the story (unlike "was left paralyzed")
			boolean paralyzed = predicate.word().toLowerCase(Locale.ROOT).matches("paraly[sz]ed");
			boolean lasting = paralyzed && (relation.equals("amod") || datedAfter(graph, predicate));
			if (doer || glued || lasting) {
				return null;
			}
			if (relation.equals("acl:relcl") && fateClause(graph, governor)) {
				return clauseListStart(graph, governor);
			}
			return relation.equals("amod") && predicate.index() > governor.index() ? listStart(graph, governor)
					: governor;
		}
		boolean pronounced = "pronounced".equalsIgnoreCase(governor.word());
		if ((relation.equals("obj") || relation.equals("xcomp") || relation.equals("dep") && pronounced)
				&& (STATIVE_GOVERNORS.contains(Lexicon.lemma(governor.backingLabel())) || pronounced)) {
			IndexedWord other = firstChild(graph, governor, "nsubj:pass");
			if (other == null) {
				for (IndexedWord child : children(graph, governor, "obj")) {
					if (!child.equals(predicate)) {
						other = child;
					}
				}
			}
			if (other == null && ("VBN".equals(governor.tag()) || pronounced
					|| "remain".equals(Lexicon.lemma(governor.backingLabel())) && relation.equals("xcomp"))) {
				// "the girl remains hospitalized": the subject of "remains"
				other = firstChild(graph, governor, "nsubj");
			}
			IndexedWord outer = graph.getParent(governor);
			if (other == null && outer != null && outer.tag().startsWith("NN")
					&& graph.getEdge(outer, governor).getRelation().toString().startsWith("acl")) {
				other = outer;
			}
			return other;
		}
		return null;
	}

	private static IndexedWord subject(SemanticGraph graph, IndexedWord verb) {
		IndexedWord subject = firstChild(graph, verb, "nsubj:pass");
		if (subject == null) {
			subject = firstChild(graph, verb, "nsubj");
		}
		IndexedWord governor = graph.getParent(verb);
		if (subject == null && governor != null && governor.tag().startsWith("NN")
				&& graph.getEdge(governor, verb).getRelation().toString().startsWith("acl")) {
			subject = governor;
		}
		if (subject == null && governor != null && "VBG".equals(verb.tag())
				&& graph.getEdge(governor, verb).getRelation().toString().equals("xcomp")) {
			// "he was found suffering from gunshot wounds"
			subject = firstChild(graph, governor, "nsubj:pass");
		}
		return subject;
	}

	/**
	 * "Deputies said the gunman shot a woman and then died of a self-inflicted wound":
	 * the parser joined "died" to "said" and lent it the teller; who died is the subject
	 * of the clause told before it. Otherwise the subject as given.
	 */
	private static IndexedWord tellerLent(SemanticGraph graph, IndexedWord verb, IndexedWord subject) {
		IndexedWord governor = graph.getParent(verb);
		if (subject == null || governor == null
				|| !graph.getEdge(governor, verb).getRelation().toString().startsWith("conj")
				|| !REPORTING_LEMMAS.contains(Lexicon.lemma(governor.backingLabel()))
				|| !subject.equals(firstChild(graph, governor, "nsubj")) || subject.index() > governor.index()) {
			return subject;
		}
		IndexedWord reported = firstChild(graph, governor, "ccomp");
		IndexedWord told = (reported != null && reported.index() < verb.index()) ? firstChild(graph, reported, "nsubj")
				: null;
		return (told != null) ? told : subject;
	}

	/** Verbs of telling whose subject the parser may lend to a verb joined after them. */
	private static final Set<String> REPORTING_LEMMAS = Set.of("say", "tell", "report", "add");

	/**
	 * The object of an active verb the parser left loose: "An officer shot and killed a
	 * man" with "officer shot" taken for a compound noun, "a man" a mere dependent of it.
	 * The noun phrase right after the verb, attached to it or to the verb it is joined
	 * to.
	 */
	private static IndexedWord looseObject(SemanticGraph graph, IndexedWord predicate, String tag) {
		IndexedWord governor = graph.getParent(predicate);
		if ("VBG".equals(tag) && governor != null && governor.index() > predicate.index()
				&& graph.getEdge(governor, predicate).getRelation().toString().equals("dep")
				&& REPORTING_LEMMAS.contains(Lexicon.lemma(governor.backingLabel()))) {
			// "shelled Marhanets overnight, wounding a 54-year-old man, the governor
			// said",
			// parsed with the man as the subject of "said" and the governor his
			// apposition
			IndexedWord subject = firstChild(graph, governor, "nsubj");
			if (subject != null && subject.index() > predicate.index() && subject.index() < governor.index()
					&& subject.tag().startsWith("NN") && firstChild(graph, subject, "appos") != null
					&& adjacentAfter(graph, predicate, subject)) {
				return subject;
			}
			return null;
		}
		if (!"VBD".equals(tag)) {
			return null;
		}
		List<IndexedWord> candidates = new ArrayList<>(children(graph, predicate, "dep"));
		if (governor != null && graph.getEdge(governor, predicate).getRelation().toString().startsWith("conj")) {
			candidates.addAll(children(graph, governor, "dep"));
		}
		for (IndexedWord teller : children(graph, predicate, "ccomp")) {
			// "shelling wounded a man, the governor said" parsed with the man as the
			// subject of "said" and the governor his apposition
			IndexedWord subject = firstChild(graph, teller, "nsubj");
			if (subject != null && subject.index() < teller.index() && firstChild(graph, subject, "appos") != null) {
				candidates.add(subject);
			}
		}
		for (IndexedWord candidate : candidates) {
			if (candidate.index() <= predicate.index() || !candidate.tag().startsWith("NN")) {
				continue;
			}
			if (adjacentAfter(graph, predicate, candidate)) {
				return candidate;
			}
		}
		return null;
	}

	/**
	 * Whether only the words of a noun phrase stand between the predicate and the noun.
	 */
	private static boolean adjacentAfter(SemanticGraph graph, IndexedWord predicate, IndexedWord noun) {
		boolean adjacent = true;
		for (int index = predicate.index() + 1; index < noun.index(); index++) {
			IndexedWord between = graph.getNodeByIndexSafe(index);
			adjacent &= between != null && between.tag().matches("DT|PRP\\$|JJ.*|CD|NN.*|HYPH");
		}
		return adjacent;
	}

	/**
	 * A subject the parser took from the dateline across its dash ("GREAT FALLS, Mont. —
	 * After the clerk of a store was shot, ..."): the first person named between the dash
	 * and the verb is the victim. Null when the subject is not before such a dash.
	 */
	private static IndexedWord humanAfterDateline(SemanticGraph graph, IndexedWord subject, IndexedWord predicate) {
		// a dateline: a place in capitals (the tagger may take it for a plural noun:
		// "BOZEMAN") or a state's abbreviation ("Mont."), the dash right after it
		boolean capitals = subject.tag().startsWith("NN") && subject.word().matches(".*[A-Z]{3,}");
		boolean abbreviation = subject.tag().startsWith("NNP") && subject.word().matches("[A-Z][a-z]{0,4}\\.");
		if (!capitals && !abbreviation) {
			return null;
		}
		int dash = -1;
		for (int index = subject.index() + 1; index < predicate.index() && index <= subject.index() + 4; index++) {
			IndexedWord word = graph.getNodeByIndexSafe(index);
			if (word != null && Set.of("—", "--", "–").contains(word.word())) {
				dash = index;
			}
		}
		if (dash < 0) {
			return null;
		}
		for (int index = dash + 1; index < predicate.index(); index++) {
			IndexedWord word = graph.getNodeByIndexSafe(index);
			if (word != null && word.tag().startsWith("NN")
					&& (Lexicon.isHuman(word.backingLabel()) || isPerson(word.backingLabel()))) {
				return word;
			}
		}
		return null;
	}

	/**
	 * The parser sometimes leaves "X and Y were shot" without a subject: take the noun
	 * before the auxiliary.
	 */
	private static IndexedWord nounBeforeAuxiliary(SemanticGraph graph, IndexedWord predicate) {
		IndexedWord auxiliary = firstChild(graph, predicate, "aux:pass");
		if (auxiliary == null) {
			return null;
		}
		for (int index = auxiliary.index() - 1; index >= 1; index--) {
			IndexedWord candidate = graph.getNodeByIndexSafe(index);
			if (candidate == null || candidate.tag().startsWith("RB") || isQuote(candidate)) {
				continue;
			}
			if (!candidate.tag().startsWith("NN") && !candidate.tag().equals("PRP")) {
				return null;
			}
			// "an officer and a citizen were injured": count from the first conjunct
			for (SemanticGraphEdge edge : graph.incomingEdgeIterable(candidate)) {
				if (edge.getGovernor().tag().startsWith("NN") && edge.getRelation().toString().startsWith("conj")) {
					return edge.getGovernor();
				}
			}
			return candidate;
		}
		return null;
	}

	/** "old" heading "a 15-year-old". */
	private static boolean yearOldHead(SemanticGraph graph, IndexedWord word) {
		if (!"old".equalsIgnoreCase(word.word())) {
			return false;
		}
		for (IndexedWord child : graph.getChildren(word)) {
			if (child.word().toLowerCase().matches("years?|months?")) {
				return true;
			}
		}
		return false;
	}

	private static boolean isQuote(IndexedWord word) {
		return word.tag().equals("``") || word.tag().equals("''");
	}

	private static boolean negated(SemanticGraph graph, IndexedWord predicate, IndexedWord victim) {
		for (SemanticGraphEdge edge : graph.outgoingEdgeIterable(predicate)) {
			String w = edge.getDependent().word().toLowerCase();
			if ((edge.getRelation().toString().startsWith("advmod") || edge.getRelation().toString().equals("neg"))
					&& Set.of("not", "n't", "never").contains(w)) {
				return true;
			}
		}
		if (none(graph, victim)) {
			return true;
		}
		for (IndexedWord subject : children(graph, predicate, "nsubj")) {
			// "neither shot hit him", "no bullet struck her": the shots denied
			if (!subject.equals(victim) && none(graph, subject)) {
				return true;
			}
		}
		return false;
	}

	/** "could", "would", "might" ... among the auxiliaries of {@code verb}. */
	private static boolean hypotheticalModal(SemanticGraph graph, IndexedWord verb) {
		return children(graph, verb, "aux").stream()
			.anyMatch((auxiliary) -> HYPOTHETICAL_MODALS.contains(auxiliary.word().toLowerCase()));
	}

	/**
	 * An event noun talked "about" under a "not" or "never" on one of the two verbs above
	 * it: "not standing here talking about a homicide".
	 */
	private static boolean negatedAbove(SemanticGraph graph, IndexedWord word) {
		IndexedWord verb = graph.getParent(word);
		if (verb == null || !hasChild(graph, word, "case", "about")) {
			// only what is talked about: "The homicide did not appear to be
			// random", "have not made any arrests in the fatal shooting" are
			// still deaths
			return false;
		}
		for (int hops = 0; hops < 2 && verb != null; hops++, verb = graph.getParent(verb)) {
			if (verb.tag().startsWith("VB") && children(graph, verb, "advmod").stream()
				.anyMatch((adverb) -> Set.of("not", "n't", "never").contains(adverb.word().toLowerCase()))) {
				return true;
			}
		}
		return false;
	}

	/** "left paralyzed in a 2009 shooting": a year a few words on dates an old wound. */
	private static boolean datedAfter(SemanticGraph graph, IndexedWord word) {
		for (int i = word.index() + 1; i <= word.index() + 6; i++) {
			IndexedWord next = graph.getNodeByIndexSafe(i);
			if (next != null && next.word().matches("(19|20)\\d\\d")) {
				return true;
			}
		}
		return false;
	}

	/**
	 * "nobody", "no officers", "neither officer", "neither the clerk nor his customers";
	 * "neither shot", where the parser leaves "neither" a bare dependent.
	 */
	private static boolean none(SemanticGraph graph, IndexedWord word) {
		if (NEGATIVE_SUBJECTS.contains(word.word().toLowerCase())) {
			return true;
		}
		for (SemanticGraphEdge edge : graph.outgoingEdgeIterable(word)) {
			String relation = edge.getRelation().toString();
			if ((relation.startsWith("det") || relation.startsWith("cc:preconj") || "dep".equals(relation))
					&& Set.of("no", "neither").contains(edge.getDependent().word().toLowerCase())) {
				return true;
			}
			if ("not".equalsIgnoreCase(edge.getDependent().word())
					&& ("one".equalsIgnoreCase(word.word()) || graph.outgoingEdgeList(word)
						.stream()
						.anyMatch((e) -> e.getRelation().toString().startsWith("det")
								&& "one".equalsIgnoreCase(e.getDependent().word())))) {
				// "Not one of the 40 passengers was hurt", "not one person"
				return true;
			}
		}
		return false;
	}

	private static boolean lowerBoundIn(List<CoreLabel> tokens, int from, int to) {
		for (int k = from + 1; k <= to; k++) {
			String two = Lexicon.lower(tokens.get(k - 1)) + " " + Lexicon.lower(tokens.get(k));
			if (Set.of("at least", "more than", "no fewer", "no less").contains(two)) {
				return true;
			}
		}
		return false;
	}

	private static Count count(SemanticGraph graph, IndexedWord head) {
		Count total = single(graph, head);
		List<IndexedWord> appositions = children(graph, head, "appos");
		if (total.value == null && total.human && head.tag().startsWith("NNS") && !appositions.isEmpty()
				&& !children(graph, appositions.get(0), "conj:and").isEmpty()) {
			// "The victims, a 20-year-old man and a 22-year-old woman, were taken to a
			// hospital": the listed victims count
			Set<IndexedWord> members = new LinkedHashSet<>(appositions);
			members.addAll(children(graph, appositions.get(0), "conj:and"));
			BigDecimal listed = BigDecimal.ZERO;
			for (IndexedWord member : members) {
				Count one = single(graph, member);
				if (!one.human || one.value == null) {
					return total;
				}
				listed = listed.add(one.value);
			}
			return new Count(listed, total.anaphoric, false, true);
		}
		if (namesOfTheGroup(graph, head, total)) {
			return total;
		}
		int ownState = stateIndex(graph, head);
		// "A, who died at the scene, and B, who is in critical condition": a person with
		// a fate told in a clause of his own ends the people that clause tells of
		List<IndexedWord> members = new ArrayList<>(List.of(head));
		for (IndexedWord conj : joined(graph, head)) {
			if (members.stream().anyMatch((member) -> fateClause(graph, member, conj.index()))) {
				break;
			}
			members.add(conj);
			Count other = single(graph, conj);
			// the last: "left a driver dead and his passenger injured", where the
			// adjective before the second person tells of the first only
			if (!other.human || other.value == null || total.value == null || subjectOfNextClause(graph, head, conj)
					|| otherState(graph, head, conj) || ownState >= 0 && conj.index() > ownState) {
				continue;
			}
			total = new Count(total.value.add(other.value), total.anaphoric && other.anaphoric,
					total.numbered || other.numbered, true);
		}
		return total;
	}

	/**
	 * "Three sisters, Mia, Ava and Zoe Clark, were wounded": as many names as the counted
	 * group, listed after a comma right after it, name its members (the parser joins them
	 * to the group as a list).
	 */
	private static boolean namesOfTheGroup(SemanticGraph graph, IndexedWord head, Count total) {
		IndexedWord comma = graph.getNodeByIndexSafe(head.index() + 1);
		if (!total.numbered || total.value == null || comma == null || !",".equals(comma.word())) {
			return false;
		}
		List<IndexedWord> members = joined(graph, head);
		return members.size() > 1 && BigDecimal.valueOf(members.size()).compareTo(total.value) == 0
				&& members.stream().mapToInt(IndexedWord::index).min().getAsInt() == head.index() + 2
				&& members.stream().allMatch((m) -> isPerson(m.backingLabel()));
	}

	/**
	 * "A man shot during a carjacking on Oct. 3 died Monday" with "died" hung on the
	 * date: the subject of the clause the date belongs to, or null.
	 */
	private static IndexedWord datedOwner(SemanticGraph graph, IndexedWord verb) {
		IndexedWord date = graph.getParent(verb);
		if (date == null || !"dep".equals(graph.getEdge(date, verb).getRelation().toString())
				|| !(date.tag().startsWith("NNP") || "CD".equals(date.tag())) || date.index() > verb.index()) {
			return null;
		}
		IndexedWord clause = graph.getParent(date);
		if (clause == null || !clause.tag().startsWith("VB")) {
			return null;
		}
		IndexedWord owner = firstChild(graph, clause, "nsubj");
		owner = (owner != null) ? owner : firstChild(graph, clause, "nsubj:pass");
		return (owner != null && owner.index() < date.index()
				&& (Lexicon.isHuman(owner.backingLabel()) || isPerson(owner.backingLabel()))) ? owner : null;
	}

	/**
	 * The person before an aside that the parser left without a subject: "The teen, whose
	 * name was not released, died at the scene".
	 */
	private static IndexedWord nounBeforeAside(SemanticGraph graph, IndexedWord verb) {
		IndexedWord comma = graph.getNodeByIndexSafe(verb.index() - 1);
		if (comma == null || !",".equals(comma.word())) {
			return null;
		}
		for (int index = comma.index() - 1; index > 1 && index > comma.index() - 15; index--) {
			IndexedWord open = graph.getNodeByIndexSafe(index);
			if (open == null || !",".equals(open.word())) {
				continue;
			}
			IndexedWord next = graph.getNodeByIndexSafe(index + 1);
			IndexedWord noun = graph.getNodeByIndexSafe(index - 1);
			boolean aside = next != null && (Set.of("who", "whose", "whom", "identified", "described")
				.contains(next.word().toLowerCase(Locale.ROOT)) || "CD".equals(next.tag()));
			return (aside && noun != null && noun.tag().startsWith("NN")
					&& (Lexicon.isHuman(noun.backingLabel()) || isPerson(noun.backingLabel()))) ? noun : null;
		}
		return null;
	}

	/**
	 * "A man shot and killed his wife" with "his wife" the object of "shot" only: the
	 * object after both verbs is the second verb's too.
	 */
	private static IndexedWord sharedObject(SemanticGraph graph, IndexedWord verb, String tag) {
		if (!"VBD".equals(tag)) {
			return null;
		}
		for (IndexedWord first : conjoinedBefore(graph, verb)) {
			IndexedWord object = firstChild(graph, first, "obj");
			if (object != null && object.index() > verb.index()) {
				return object;
			}
		}
		return null;
	}

	/** The words a word is joined to by a conjunction that stand before it. */
	private static List<IndexedWord> conjoinedBefore(SemanticGraph graph, IndexedWord word) {
		List<IndexedWord> before = new ArrayList<>();
		for (SemanticGraphEdge edge : graph.incomingEdgeIterable(word)) {
			if (edge.getRelation().toString().startsWith("conj") && edge.getGovernor().index() < word.index()) {
				before.add(edge.getGovernor());
			}
		}
		return before;
	}

	/**
	 * The clause a participle is joined to is passive or stative: "is dead and another
	 * injured", "was killed and two others wounded".
	 */
	private static boolean stativeBefore(SemanticGraph graph, IndexedWord participle) {
		for (IndexedWord first : conjoinedBefore(graph, participle)) {
			if (first.tag().startsWith("JJ") || hasChild(graph, first, "cop", null)
					|| hasChild(graph, first, "aux:pass", null)) {
				return true;
			}
		}
		return false;
	}

	/**
	 * A relative clause of a person that tells a fate: "who died at the scene", "who is
	 * in critical condition", "who was shot in the arm" (not "who lived nearby").
	 */
	private static boolean fateClause(SemanticGraph graph, IndexedWord person) {
		return fateClause(graph, person, Integer.MAX_VALUE);
	}

	/**
	 * A fate clause ({@link #fateClause}) that stands before the word at {@code limit}.
	 */
	private static boolean fateClause(SemanticGraph graph, IndexedWord person, int limit) {
		for (IndexedWord clause : children(graph, person, "acl:relcl")) {
			if (clause.index() > limit) {
				continue;
			}
			if (Lexicon.kindOf(clause.backingLabel()) != null
					|| "condition".equals(Lexicon.lemma(clause.backingLabel()))) {
				return true;
			}
			for (SemanticGraphEdge edge : graph.outgoingEdgeIterable(clause)) {
				if (Lexicon.kindOf(edge.getDependent().backingLabel()) != null) {
					return true;
				}
			}
		}
		return false;
	}

	/**
	 * "A, 26, and B, 24, who were both pronounced dead": the people listed before the one
	 * a fate clause hangs on, back to one with a fate clause of his own.
	 */
	private static IndexedWord clauseListStart(SemanticGraph graph, IndexedWord last) {
		for (SemanticGraphEdge edge : graph.incomingEdgeIterable(last)) {
			IndexedWord first = edge.getGovernor();
			if (edge.getRelation().toString().equals("conj:and") && first.index() < last.index()
					&& !fateClause(graph, first, last.index()) && state(graph, first, true) == null) {
				for (IndexedWord member : joined(graph, first)) {
					if (member.index() < last.index() && fateClause(graph, member, last.index())) {
						return last;
					}
				}
				return first;
			}
		}
		return last;
	}

	/**
	 * "left a man and his son dead": an adjective after the last person of a list tells
	 * of them all; the first person listed, unless that one has a fate of his own.
	 */
	private static IndexedWord listStart(SemanticGraph graph, IndexedWord last) {
		for (SemanticGraphEdge edge : graph.incomingEdgeIterable(last)) {
			IndexedWord first = edge.getGovernor();
			if (edge.getRelation().toString().equals("conj:and") && first.index() < last.index()
					&& state(graph, first, true) == null) {
				return first;
			}
		}
		return last;
	}

	/**
	 * A listed person with a fate of his own: "left a boy dead and his brother seriously
	 * injured" are one dead and one hurt, not two of either; the conjunct's own verb left
	 * out ("orphan") or both described by different casualty words.
	 */
	private static boolean otherState(SemanticGraph graph, IndexedWord head, IndexedWord conj) {
		String own = state(graph, conj, true);
		if (own == null) {
			return false;
		}
		String first = state(graph, head, false);
		return first != null && !first.equals(own) || state(graph, conj, false) == null;
	}

	/** Where the casualty adjective after a person stands ("a driver dead"), or -1. */
	private static int stateIndex(SemanticGraph graph, IndexedWord person) {
		IndexedWord adjective = stateWord(graph, person, false, true);
		return (adjective != null) ? adjective.index() : -1;
	}

	/**
	 * The casualty kind a person's modifier tells ("dead", "injured"), or null; with
	 * {@code orphan} also the verb the parser left without its clause.
	 */
	private static String state(SemanticGraph graph, IndexedWord person, boolean orphan) {
		IndexedWord modifier = stateWord(graph, person, orphan, false);
		return (modifier != null) ? Lexicon.kindOf(modifier.backingLabel()) : null;
	}

	/**
	 * The first casualty modifier of a person (not a mere "shot"): an adjective, with
	 * {@code orphan} also a verb left without its clause, with {@code after} only one
	 * after the person.
	 */
	private static IndexedWord stateWord(SemanticGraph graph, IndexedWord person, boolean orphan, boolean after) {
		for (SemanticGraphEdge edge : graph.outgoingEdgeIterable(person)) {
			String relation = edge.getRelation().toString();
			IndexedWord dependent = edge.getDependent();
			String kind = Lexicon.kindOf(dependent.backingLabel());
			if ((relation.equals("amod") || orphan && relation.equals("orphan")) && kind != null
					&& !Lexicon.SHOT.equals(kind) && (!after || dependent.index() > person.index())) {
				return dependent;
			}
		}
		return null;
	}

	/** "returned fire, striking the robber": verbs of a bullet hitting someone. */
	private static final Set<String> STRIKING = Set.of("strike", "hit");

	/** Nouns that name a group of so many people ("the trio", "the pair"). */
	private static final Map<String, BigDecimal> GROUP_NOUNS = Map.of("pair", BigDecimal.valueOf(2), "trio",
			BigDecimal.valueOf(3), "foursome", BigDecimal.valueOf(4));

	/** "a pair of teenagers": the fixed quantifier the parser hangs on the noun. */
	private static boolean pairOf(SemanticGraph graph, IndexedWord node) {
		IndexedWord quantifier = firstChild(graph, node, "det:qmod");
		return quantifier != null && graph.getChildren(quantifier)
			.stream()
			.anyMatch((c) -> "pair".equalsIgnoreCase(c.word()) && c.index() == quantifier.index() + 1);
	}

	/** Nouns that name two people. */
	private static final Set<String> PAIRS = Set.of("couple", "parents", "twins");

	/** "were", "have been": the auxiliary after a listed subject. */
	private static final Set<String> LIST_AUXILIARIES = Set.of("were", "are", "'re", "have", "had");

	/**
	 * The people listed as the subject of a plural passive or stative ("his wife, her
	 * father and their infant were found dead", "a clerk and two customers were shot and
	 * wounded"), read from the words because the parser often attaches such a list to a
	 * preposition before it ("in custody after his wife, ..."). Null unless two or more
	 * noun phrases joined by commas and a final "and" end right before the auxiliary, at
	 * least one of them a person, and none a plural without a number ("police and two
	 * bystanders"). Animals and things in the list do not count ("his wife and her
	 * father's dog" is one).
	 */
	private static Listed listBeforeAuxiliary(SemanticGraph graph, List<CoreLabel> tokens, int predicate,
			IndexedWord parsed) {
		int aux = predicate - 1;
		while (aux >= 0 && predicate - aux <= 5 && !LIST_AUXILIARIES.contains(Lexicon.lower(tokens.get(aux)))) {
			CoreLabel token = tokens.get(aux);
			// "were found shot and killed", "were both critically wounded"
			if (!token.tag().matches("VBN|RB") && !Set.of("and", "both", "all").contains(Lexicon.lower(token))) {
				return null;
			}
			aux--;
		}
		if (aux < 1 || predicate - aux > 5) {
			return null;
		}
		int k = skipAge(tokens, aux - 1, true);
		if (k < 0) {
			return null;
		}
		int end = k;
		int segments = 0;
		BigDecimal value = BigDecimal.ZERO;
		IndexedWord last = null;
		IndexedWord first = null;
		boolean joinedByAnd = false;
		boolean commaAnd = false;
		int listStart = k;
		while (k >= 0) {
			IndexedWord head = graph.getNodeByIndexSafe(k + 1);
			CoreLabel token = tokens.get(k);
			// "two ushers" with "ushers" taken for a verb
			boolean countedNoun = "VBZ".equals(token.tag()) && k > 0 && "CD".equals(tokens.get(k - 1).tag());
			boolean nounHead = token.tag().startsWith("NN") || countedNoun || Lexicon.lower(token).matches("(.*-)?old")
					&& head != null && (yearOldHead(graph, head) || Lexicon.lower(token).endsWith("-old"));
			if (head == null || !nounHead) {
				break;
			}
			if (countedNoun) {
				k--;
			}
			while (k >= 0
					&& (tokens.get(k).tag().matches("NN.*|JJ.*|POS|CD|HYPH") || "-".equals(tokens.get(k).word()))) {
				k--;
			}
			if (k >= 0 && tokens.get(k).tag().matches("DT|PRP\\$")) {
				k--;
			}
			int start = k + 1;
			BigDecimal one = listedPeople(tokens, start, head);
			if (one == null) {
				// "police and two bystanders": not countable
				return null;
			}
			boolean person = one.signum() > 0 && (isPerson(head.backingLabel()) || Lexicon.isHuman(head.backingLabel())
					|| Lexicon.lower(head.backingLabel()).matches("(.*-)?old")
					|| "PRP$".equals(tokens.get(start).tag()));
			if (!person && start > 0 && tokens.get(start - 1).tag().matches("IN|TO")) {
				// "was killed at the scene and two others were wounded", "near the
				// park and a woman ...": a thing after a preposition ends the list (not
				// "after his wife, her father and their infant were")
				return countableList(graph, segments, joinedByAnd, commaAnd, value, first)
						? new Listed(listStart, end, value, last, parsed) : null;
			}
			if (k >= 0 && "by".equals(Lexicon.lower(tokens.get(k))) && segments >= 1) {
				// "was shot by a gunman and a woman and a child were wounded": the
				// first after "by" is the agent, the list starts after it (and the
				// parse's victim, joined to the agent, is not to be trusted)
				return countableList(graph, segments, joinedByAnd, commaAnd, value, first)
						? new Listed(listStart, end, value, last, null) : null;
			}
			listStart = start;
			value = value.add(one);
			first = head;
			last = (last == null) ? head : last;
			segments++;
			if (k < 1 || !Set.of(",", "and").contains(Lexicon.lower(tokens.get(k)))) {
				if (k >= 0 && "of".equals(Lexicon.lower(tokens.get(k)))
						|| !countableList(graph, segments, joinedByAnd, commaAnd, value, first)) {
					// "the parents of a boy and a girl were", "heard a shot, and two men
					// were", "killed a guard and two customers were wounded"
					return null;
				}
				return new Listed(start, end, value, last, parsed);
			}
			boolean and = "and".equals(Lexicon.lower(tokens.get(k)));
			if (segments == 1 && !and) {
				return null;
			}
			joinedByAnd |= and;
			k--;
			boolean comma = and && ",".equals(tokens.get(k).word());
			if (comma) {
				k--;
			}
			int beforeAge = k;
			k = skipAge(tokens, k, false);
			// "Smith, 45, and Jones, 30, were": the comma closes the age
			commaAnd |= comma && k == beforeAge;
		}
		return null;
	}

	/**
	 * Whether the noun phrases read so far make a list of people to count: two or more,
	 * joined by a final "and" (three when that "and" follows a comma closing no age),
	 * someone among them, and not the object of a verb of killing before them.
	 */
	private static boolean countableList(SemanticGraph graph, int segments, boolean joinedByAnd, boolean commaAnd,
			BigDecimal value, IndexedWord first) {
		return segments >= 2 && joinedByAnd && value.signum() != 0 && !(commaAnd && segments < 3)
				&& !objectOfVerb(graph, first);
	}

	/**
	 * How many people one listed noun phrase ({@code start} to {@code head}) names: 1 for
	 * a person ("her father", "Mrs. Alvarez", "a 19-year-old", "a janitor"), its number
	 * for a counted group ("two ushers"), 0 for an animal or a thing ("her father's
	 * dog"), null for a group without a number ("police").
	 */
	private static BigDecimal listedPeople(List<CoreLabel> tokens, int start, IndexedWord head) {
		CoreLabel token = head.backingLabel();
		String word = Lexicon.lower(token);
		String lemma = Lexicon.lemma(token);
		boolean yearOld = word.equals("old") || word.endsWith("-old");
		boolean unknown = token.tag().matches("NN.*|VBZ") && "O".equals(token.ner()) && !NON_HUMAN.contains(lemma)
				&& !ANIMALS.contains(lemma) && !NON_HUMAN.contains(word) && !ANIMALS.contains(word);
		if (isPerson(token)) {
			return BigDecimal.ONE;
		}
		if (!Lexicon.isHuman(token) && !yearOld && !unknown) {
			return BigDecimal.ZERO;
		}
		for (int k = start; k < head.index() - 1; k++) {
			String next = (k + 1 < tokens.size()) ? Lexicon.lower(tokens.get(k + 1)) : "";
			if ("CD".equals(tokens.get(k).tag()) && !"-".equals(next) && !next.startsWith("year")
					&& NumberWords.tokenValue(tokens.get(k).word()) != null) {
				// "two ushers", not "a 19-year-old"
				return NumberWords.tokenValue(tokens.get(k).word());
			}
		}
		if (PAIRS.contains(word)) {
			// "a couple", "her parents", "their twins"
			return BigDecimal.valueOf(2);
		}
		boolean plural = token.tag().endsWith("S") || Set.of("people", "children", "men", "women").contains(word);
		return plural ? null : BigDecimal.ONE;
	}

	/**
	 * The listed people count instead of the parse's victim when that is no countable
	 * person ("custody" in "is in custody after his wife, her father and their infant
	 * were found dead") or counts fewer.
	 */
	private static boolean listCounts(SemanticGraph graph, Listed listed) {
		if (listed.parsed == null) {
			return true;
		}
		Count parsed = count(graph, listed.parsed);
		return !parsed.human || parsed.value == null || parsed.unknown || listed.value.compareTo(parsed.value) > 0;
	}

	/**
	 * "killed a guard": the object of a verb of killing, wounding or shooting before it
	 * (not of "say", which the parser may take for the verb of "say Smith, 45, and Jones,
	 * 30, were shot").
	 */
	private static boolean objectOfVerb(SemanticGraph graph, IndexedWord noun) {
		for (SemanticGraphEdge edge : graph.incomingEdgeIterable(noun)) {
			String relation = edge.getRelation().toString();
			IndexedWord verb = edge.getGovernor();
			String lemma = Lexicon.lemma(verb.backingLabel());
			if ((relation.equals("obj") || relation.equals("iobj")) && verb.index() < noun.index()
					&& (Lexicon.kindOf(verb.backingLabel()) != null || STRIKING.contains(lemma)
							|| "fire".equals(lemma))) {
				return true;
			}
		}
		return false;
	}

	/**
	 * "killed a guard and two customers were wounded": a conjunct of an object that is
	 * the subject of the next clause (the parser joined it to the object list).
	 */
	private static boolean subjectOfNextClause(SemanticGraph graph, IndexedWord head, IndexedWord conj) {
		IndexedWord next = graph.getNodeByIndexSafe(conj.index() + 1);
		if (next == null || !Set.of("were", "was", "are", "is").contains(next.word().toLowerCase(Locale.ROOT))) {
			return false;
		}
		IndexedWord governor = graph.getParent(head);
		return governor != null && governor.index() < head.index()
				&& graph.getEdge(governor, head).getRelation().toString().equals("obj");
	}

	/**
	 * ", 30," after a name: an age in apposition, skipped; {@code closing} when the comma
	 * after the age is at {@code k}.
	 */
	private static int skipAge(List<CoreLabel> tokens, int k, boolean closing) {
		int age = closing ? k - 1 : k;
		if (age >= 1 && (!closing || ",".equals(tokens.get(k).word())) && "CD".equals(tokens.get(age).tag())
				&& ",".equals(tokens.get(age - 1).word())) {
			return age - 2;
		}
		return k;
	}

	/**
	 * The person listed before a list the parser cut short: "after his girlfriend, her
	 * son and their baby were found dead" (girlfriend taken as the object of "after"); a
	 * person named with a possessive right before a comma and the list.
	 */
	private static IndexedWord detachedListHead(SemanticGraph graph, int spanStart) {
		IndexedWord comma = graph.getNodeByIndexSafe(spanStart);
		IndexedWord before = graph.getNodeByIndexSafe(spanStart - 1);
		if (comma == null || before == null || !",".equals(comma.word()) || !before.tag().startsWith("NN")
				|| !Lexicon.isHuman(before.backingLabel()) || firstChild(graph, before, "nmod:poss") == null) {
			return null;
		}
		IndexedWord governor = graph.getParent(before);
		if (governor == null) {
			return null;
		}
		String relation = graph.getEdge(governor, before).getRelation().toString();
		return (relation.startsWith("nmod") || relation.startsWith("obl") || relation.equals("appos")) ? before : null;
	}

	/**
	 * The victims listed with this one: "X and Y", "X as well as Y", "X along with Y",
	 * and a list in apposition, "a woman, her brother and her sister" (an apposition
	 * alone renames: "his girlfriend, a nurse").
	 */
	private static boolean uncountedPlural(SemanticGraph graph, IndexedWord member) {
		return member.tag().matches("NNP?S") && firstChild(graph, member, "nummod") == null;
	}

	/** Whether the victim's own adjective tells another fate than {@code kind}. */
	private static boolean fateOfItsOwn(SemanticGraph graph, IndexedWord victim, String kind) {
		IndexedWord own = stateWord(graph, victim, false, true);
		// (right after the victim: not "another of the injured")
		String state = (own != null && own.index() == victim.index() + 1) ? Lexicon.kindOf(own.backingLabel()) : null;
		return state != null && !state.equals(kind) && Set.of(Lexicon.KILLED, Lexicon.WOUNDED).contains(kind);
	}

	/**
	 * Whether a list with "including" in it is counted member by member by casualty
	 * figures of the sentence already: a breakdown of a total ("including 12 children and
	 * five women", "20 people, including 12 children, and five women"), no group of its
	 * own to sum ("Two men and three women were wounded" is five).
	 */
	private static boolean countedBreakdown(List<Figure> earlier, int sentenceIndex, List<CoreLabel> tokens,
			SemanticGraph graph, IndexedWord victim, List<IndexedWord> members, int[] span) {
		boolean breakdown = false;
		for (int k = Math.max(0, span[0] - 1); k <= span[1] && k < tokens.size(); k++) {
			breakdown |= Set.of("including", "among").contains(Lexicon.lower(tokens.get(k)));
		}
		if (!breakdown) {
			return false;
		}
		List<IndexedWord> all = new ArrayList<>(members);
		all.add(victim);
		for (IndexedWord member : all) {
			IndexedWord number = firstChild(graph, member, "nummod");
			if (number == null || uncounted(earlier, sentenceIndex, tokens,
					new int[] { number.index() - 1, number.index() - 1 })) {
				return false;
			}
		}
		return true;
	}

	private static List<IndexedWord> joined(SemanticGraph graph, IndexedWord head) {
		List<IndexedWord> result = new ArrayList<>();
		for (IndexedWord member : children(graph, head, "conj:and")) {
			// "his wife and teenage daughter" parsed with the adjective as the member
			IndexedWord next = graph.getNodeByIndexSafe(member.index() + 1);
			boolean adjective = member.tag().startsWith("JJ") && next != null && next.tag().startsWith("NN")
					&& (Lexicon.isHuman(next.backingLabel()) || isPerson(next.backingLabel()));
			result.add(adjective ? next : member);
		}
		result.addAll(children(graph, head, "nmod:along_with"));
		result.addAll(children(graph, head, "conj:as_well_as"));
		List<IndexedWord> appositions = children(graph, head, "appos");
		boolean singular = "NN".equals(head.tag()) || "NNP".equals(head.tag());
		if (result.isEmpty() && !appositions.isEmpty() && singular && firstChild(graph, head, "nummod") == null) {
			IndexedWord first = appositions.get(0);
			List<IndexedWord> rest = children(graph, first, "conj:and");
			if (!rest.isEmpty()) {
				result.add(first);
				result.addAll(rest);
			}
		}
		if (result.isEmpty()) {
			result.addAll(listedObjects(graph, head));
		}
		if (result.isEmpty()) {
			result.addAll(objectsAfterPlace(graph, head));
		}
		return result;
	}

	/**
	 * "killed a man at a bus stop and a woman in a car", "shot a man in the leg and a
	 * woman in the arm": the parser joins the second person to the place or body part, as
	 * another phrase of the verb; that person is a second object.
	 */
	private static List<IndexedWord> objectsAfterPlace(SemanticGraph graph, IndexedWord head) {
		List<IndexedWord> result = new ArrayList<>();
		for (SemanticGraphEdge edge : graph.incomingEdgeIterable(head)) {
			if (!"obj".equals(edge.getRelation().toString())) {
				continue;
			}
			IndexedWord verb = edge.getGovernor();
			for (SemanticGraphEdge phrase : graph.outgoingEdgeIterable(verb)) {
				IndexedWord other = phrase.getDependent();
				if (!phrase.getRelation().toString().startsWith("obl") || other.index() <= head.index()
						|| !"NN".equals(other.tag())
						|| !isPerson(other.backingLabel()) && !Lexicon.isHuman(other.backingLabel())) {
					continue;
				}
				// joined to a thing (not a person) said after the first object
				boolean afterThing = graph.incomingEdgeList(other)
					.stream()
					.anyMatch((in) -> "conj:and".equals(in.getRelation().toString())
							&& in.getGovernor().index() > head.index() && in.getGovernor().index() < other.index()
							&& in.getGovernor().tag().startsWith("NN") && !isPerson(in.getGovernor().backingLabel())
							&& !Lexicon.isHuman(in.getGovernor().backingLabel()));
				// not the subject of a verb of its own: "and a security guard chased
				// him", "and a woman in the car was unhurt", "and a woman who was
				// with him escaped"
				// (a clause of its own on her, "in a car that was parked nearby", "as
				// she waited", takes one verb; a clause of time ends the search)
				int verbs = 0;
				boolean relative = false;
				for (IndexedWord w = graph.getNodeByIndexSafe(other.index() + 1); w != null
						&& !w.word().matches("[,;.]"); w = graph.getNodeByIndexSafe(w.index() + 1)) {
					if (w.word().matches("(?i)as|while|when|because|after|before|until")) {
						break;
					}
					relative |= w.tag().matches("WP|WDT") || "that".equalsIgnoreCase(w.word());
					verbs += w.tag().matches("VBD|VBZ|VBP|MD") ? 1 : 0;
				}
				boolean subject = verbs > (relative ? 1 : 0);
				if (afterThing && !subject && firstChild(graph, other, "det") != null && !result.contains(other)) {
					result.add(other);
				}
			}
		}
		return result;
	}

	/**
	 * "killed a woman, her husband and their two children", which the parser reads as
	 * three objects of the verb: the objects after the first, the first of them after a
	 * comma, and the people joined to them.
	 */
	private static List<IndexedWord> listedObjects(SemanticGraph graph, IndexedWord head) {
		List<IndexedWord> result = new ArrayList<>();
		IndexedWord comma = graph.getNodeByIndexSafe(head.index() + 1);
		if (comma == null || !",".equals(comma.word())) {
			return result;
		}
		// the relatives of the first, "her husband and their two children", are the
		// victims; "a clerk, the sheriff and the district attorney said" names who said
		// it
		boolean trailingReport = graph.vertexSet()
			.stream()
			.anyMatch((w) -> w.index() > head.index() && w.tag().startsWith("VB")
					&& REPORTING_LEMMAS.contains(Lexicon.lemma(w.backingLabel())));
		for (SemanticGraphEdge edge : graph.incomingEdgeIterable(head)) {
			if (!"obj".equals(edge.getRelation().toString())) {
				continue;
			}
			IndexedWord verb = edge.getGovernor();
			List<IndexedWord> later = new ArrayList<>(
					children(graph, verb, "obj").stream().filter((o) -> o.index() > head.index()).toList());
			for (SemanticGraphEdge clause : graph.outgoingEdgeIterable(verb)) {
				// "killed a woman, her husband and their two children in Odesa, the
				// governor said": the parser made the later people the subjects of "said"
				IndexedWord said = clause.getDependent();
				if (Set.of("parataxis", "ccomp").contains(clause.getRelation().toString())
						&& REPORTING_LEMMAS.contains(Lexicon.lemma(said.backingLabel()))) {
					List<IndexedWord> subjects = children(graph, said, "nsubj").stream()
						.filter((o) -> o.index() > head.index() && o.index() < said.index())
						.toList();
					// a list ends "and their two children"; "killed a farmer, his
					// wife said" is one
					if (subjects.size() > 1 && subjects.stream().anyMatch((o) -> hasChild(graph, o, "cc", "and"))) {
						later.addAll(subjects);
					}
				}
			}
			if (trailingReport && !later.stream().allMatch((o) -> firstChild(graph, o, "nmod:poss") != null)) {
				continue;
			}
			later.sort(Comparator.comparingInt(IndexedWord::index));
			for (IndexedWord object : later) {
				if (!result.contains(object)) {
					result.add(object);
				}
				children(graph, object, "conj:and").stream().filter((c) -> !result.contains(c)).forEach(result::add);
			}
		}
		return result;
	}

	private static Count single(SemanticGraph graph, IndexedWord node) {
		CoreLabel token = node.backingLabel();
		String word = Lexicon.lower(token);
		if (SINGULAR_PRONOUNS.contains(word)) {
			return new Count(BigDecimal.ONE, true, false, true);
		}
		if (PLURAL_PRONOUNS.contains(word)) {
			return new Count(null, true, false, true);
		}
		if ("both".equals(word)) {
			return new Count(BigDecimal.valueOf(2), true, false, true);
		}
		if (Set.of("nobody", "none", "no-one").contains(word)) {
			// "three young men killed on this street, and nobody ever gets arrested": no
			// one to count
			return new Count(null, false, false, false);
		}
		if ("another".equals(word)) {
			// "one man died and another was wounded"
			return new Count(BigDecimal.ONE, false, false, true);
		}
		if ("each".equals(word) && graph.getChildren(node).stream().noneMatch((c) -> c.tag().startsWith("NN"))) {
			// "Each suffered gunshot wounds": each of a group told before (counted by
			// the caller)
			return new Count(null, true, false, true);
		}
		IndexedWord qmod = firstChild(graph, node, "det:qmod");
		if (qmod != null && "CD".equals(qmod.tag()) && NumberWords.tokenValue(qmod.word()) != null
				&& Lexicon.isHuman(token)) {
			// "Two of the people inside the car were wounded" (a count the figure rules
			// did not tie to the verb past the phrase)
			return new Count(NumberWords.tokenValue(qmod.word()), false, false, true);
		}
		if ("CD".equals(token.tag()) && NumberWords.tokenValue(token.word()) != null
				&& children(graph, node, "nmod:of").stream().anyMatch((of) -> Lexicon.isHuman(of.backingLabel()))) {
			// "killed his wife and two of their children": two people, numbered
			return new Count(NumberWords.tokenValue(token.word()), false, true, true);
		}
		IndexedWord nummod = firstChild(graph, node, "nummod");
		IndexedWord comma = graph.getNodeByIndexSafe(node.index() + 1);
		if (nummod != null && nummod.index() == node.index() + 2 && comma != null && ",".equals(comma.word())
				&& isPerson(token)) {
			// "Olu, 22, and two friends": the number after the name is his age
			nummod = null;
		}
		if (nummod != null) {
			BigDecimal v = NumberWords.tokenValue(nummod.word());
			return new Count(v, false, true, Lexicon.isHuman(token) || v != null && isPerson(token));
		}
		if (animalByApposition(graph, node)) {
			return new Count(null, false, false, false);
		}
		if (Lexicon.HOUSEHOLDS.contains(word)) {
			for (IndexedWord of : children(graph, node, "nmod:of")) {
				BigDecimal v = "CD".equals(of.tag()) ? NumberWords.tokenValue(of.word()) : null;
				if (v != null) {
					// "killed a family of five": five, counted as a number
					return new Count(v, false, true, true);
				}
			}
		}
		if ("number".equals(word)
				&& children(graph, node, "nmod:of").stream().anyMatch((of) -> Lexicon.isHuman(of.backingLabel()))) {
			// "An unknown number of people were killed": people, not one
			return new Count(null, false, false, true);
		}
		if (Set.of("number", "total", "tally", "toll").contains(word)) {
			// "bringing the number killed this week to nine": a total, no one
			return new Count(null, false, false, false);
		}
		if (Lexicon.MILITARY_BODIES.contains(word) || Lexicon.MILITARY_BODIES.contains(Lexicon.lemma(token))
				|| "side".equals(Lexicon.lemma(token))) {
			// "the unit suffered casualties", "both sides suffered heavy casualties": a
			// body of soldiers of unknown size
			return new Count(null, false, false, true);
		}
		boolean person = isPerson(token);
		// "the 20-year-old was treated": "old" heads the phrase
		boolean yearOld = yearOldHead(graph, node);
		for (IndexedWord child : graph.getChildren(node)) {
			// "a 25-year-old", not "the old treaty"
			IndexedWord before = graph.getNodeByIndexSafe(child.index() - 1);
			yearOld |= child.word().toLowerCase().equals("old") && before != null
					&& before.word().toLowerCase().matches("-|years?|months?|.*-years?|.*-months?");
		}
		if ((ANIMALS.contains(word) || ANIMALS.contains(Lexicon.lemma(token))) && breedNamed(graph, node)) {
			// "found the 12-year-old mare with a gunshot wound": an animal, whatever its
			// age
			return new Count(null, false, false, false);
		}
		boolean unknownNoun = token.tag().startsWith("NN") && "O".equals(token.ner())
				&& !NON_HUMAN.contains(Lexicon.lemma(token));
		if (!person && !Lexicon.isHuman(token) && !yearOld && !unknownNoun && !ORDINALS.containsKey(word)) {
			return new Count(null, false, false, false);
		}
		if (person || ORDINALS.containsKey(word)) {
			return new Count(BigDecimal.ONE, false, false, true);
		}
		if ("couple".equals(word)) {
			return new Count(BigDecimal.valueOf(2), false, false, true);
		}
		IndexedWord det = firstChild(graph, node, "det");
		if (GROUP_NOUNS.containsKey(word)) {
			// "the trio were taken to a hospital", "the pair died"
			return new Count(GROUP_NOUNS.get(word),
					det != null && ANAPHORIC_DETERMINERS.contains(Lexicon.lower(det.backingLabel())), false, true);
		}
		if (pairOf(graph, node)) {
			// "A pair of teenagers were shot"
			return new Count(BigDecimal.valueOf(2), false, false, true);
		}
		IndexedWord poss = firstChild(graph, node, "nmod:poss");
		String d = (det != null) ? det.word().toLowerCase() : (poss != null ? poss.word().toLowerCase() : "");
		boolean both = "both".equals(d);
		for (IndexedWord child : graph.getChildren(node)) {
			// "hitting both robbers" with "both" parsed as a loose dependent
			both |= child.index() < node.index() && "both".equalsIgnoreCase(child.word());
		}
		if (both) {
			return new Count(BigDecimal.valueOf(2), false, false, true);
		}
		boolean plural = token.tag().endsWith("S") || "people".equals(word) || "children".equals(word)
				|| word.equals("men") || word.equals("women");
		if (plural && (hasChild(graph, node, "amod", "twin") || hasChild(graph, node, "compound", "twin"))) {
			// "twin brothers were shot dead"
			return new Count(BigDecimal.valueOf(2), ANAPHORIC_DETERMINERS.contains(d), false, true);
		}
		IndexedWord quantifier = firstChild(graph, node, "det:qmod");
		if (plural && quantifier != null && "one".equals(Lexicon.lower(quantifier.backingLabel()))) {
			// "One of the men involved in the gunfight was also shot": one of a group
			// (which may be told before, so it adds no one to it)
			return new Count(BigDecimal.ONE, true, false, true);
		}
		if (plural) {
			return new Count(null, ANAPHORIC_DETERMINERS.contains(d), false, true);
		}
		boolean unknown = unknownNoun && !Lexicon.isHuman(token) && !yearOld;
		if (ONE_DETERMINERS.contains(d)) {
			return new Count(BigDecimal.ONE, false, false, true, unknown);
		}
		return new Count(BigDecimal.ONE, ANAPHORIC_DETERMINERS.contains(d) || poss != null, false, true, unknown);
	}

	/**
	 * "a German shepherd" names a dog, "killed a shepherd" a man. True for every other
	 * animal word.
	 */
	private static boolean breedNamed(SemanticGraph graph, IndexedWord node) {
		if (!Set.of("shepherd", "shepherds").contains(node.word().toLowerCase(Locale.ROOT))) {
			return true;
		}
		IndexedWord before = graph.getNodeByIndexSafe(node.index() - 1);
		return before != null
				&& Set.of("german", "australian", "belgian", "anatolian", "dutch", "caucasian", "asian", "english")
					.contains(before.word().toLowerCase(Locale.ROOT));
	}

	/**
	 * A pet named only by its name, the apposition telling what it is: "Rex, a German
	 * shepherd, suffered two gunshot wounds" (not "Rex Moore, a plumber, ...").
	 */
	private static boolean animalByApposition(SemanticGraph graph, IndexedWord node) {
		if (!node.backingLabel().tag().startsWith("NNP")) {
			return false;
		}
		for (IndexedWord appos : children(graph, node, "appos")) {
			IndexedWord det = firstChild(graph, appos, "det");
			boolean indefinite = det != null && Set.of("a", "an").contains(det.word().toLowerCase(Locale.ROOT));
			if (indefinite && (ANIMALS.contains(appos.word().toLowerCase(Locale.ROOT))
					|| ANIMALS.contains(Lexicon.lemma(appos.backingLabel())))) {
				return true;
			}
		}
		return false;
	}

	private static boolean isPerson(CoreLabel token) {
		return "PERSON".equals(token.ner());
	}

	private static int[] span(SemanticGraph graph, IndexedWord head) {
		int first = leftmostModifier(graph, head, 0);
		int last = head.index();
		for (SemanticGraphEdge edge : graph.outgoingEdgeIterable(head)) {
			String relation = edge.getRelation().toString();
			if (relation.equals("flat")
					|| relation.equals("conj:and") && !otherState(graph, head, edge.getDependent())) {
				last = Math.max(last, edge.getDependent().index());
			}
		}
		for (IndexedWord object : listedObjects(graph, head)) {
			last = Math.max(last, object.index());
		}
		return new int[] { first - 1, last - 1 };
	}

	private static int leftmostModifier(SemanticGraph graph, IndexedWord node, int depth) {
		int first = node.index();
		if (depth > 3) {
			return first;
		}
		for (SemanticGraphEdge edge : graph.outgoingEdgeIterable(node)) {
			String relation = edge.getRelation().toString();
			if (edge.getDependent().index() < node.index() && (relation.startsWith("det") || relation.equals("amod")
					|| relation.equals("compound") || relation.equals("nummod") || relation.equals("nmod:poss")
					|| relation.equals("case") || relation.equals("advmod") || relation.startsWith("obl:tmod"))) {
				first = Math.min(first, leftmostModifier(graph, edge.getDependent(), depth + 1));
			}
		}
		return first;
	}

	private static boolean hasAdverb(SemanticGraph graph, IndexedWord word, String... adverbs) {
		for (SemanticGraphEdge edge : graph.outgoingEdgeIterable(word)) {
			if (edge.getRelation().toString().startsWith("advmod")
					&& Set.of(adverbs).contains(edge.getDependent().word().toLowerCase())) {
				return true;
			}
		}
		return false;
	}

	private static boolean hasAmodWord(SemanticGraph graph, IndexedWord word, String... adjectives) {
		return hasChild(graph, word, "amod", adjectives[0]) || hasChild(graph, word, "amod", adjectives[1]);
	}

	private static boolean hasChild(SemanticGraph graph, IndexedWord word, String relation, String childWord) {
		for (SemanticGraphEdge edge : graph.outgoingEdgeIterable(word)) {
			if (edge.getRelation().toString().equals(relation)
					&& (childWord == null || childWord.equalsIgnoreCase(edge.getDependent().word()))) {
				return true;
			}
		}
		return false;
	}

	private static boolean hasAmod(SemanticGraph graph, IndexedWord word) {
		for (SemanticGraphEdge edge : graph.outgoingEdgeIterable(word)) {
			if (edge.getRelation().toString().equals("amod")
					&& CONDITION_ADJ.contains(edge.getDependent().word().toLowerCase())) {
				return true;
			}
		}
		return false;
	}

	private static List<IndexedWord> children(SemanticGraph graph, IndexedWord node, String relation) {
		List<IndexedWord> result = new ArrayList<>();
		for (SemanticGraphEdge edge : graph.outgoingEdgeIterable(node)) {
			if (edge.getRelation().toString().equals(relation)) {
				result.add(edge.getDependent());
			}
		}
		return result;
	}

	private static IndexedWord firstChild(SemanticGraph graph, IndexedWord node, String relation) {
		for (SemanticGraphEdge edge : graph.outgoingEdgeIterable(node)) {
			if (edge.getRelation().toString().equals(relation)) {
				return edge.getDependent();
			}
		}
		return null;
	}

	/**
	 * The people of a total that a count after "to" tells: "the number of people killed
	 * ... to 27".
	 */
	private static boolean ofATotal(List<CoreLabel> tokens, int[] span) {
		int start = span[0];
		if (span[1] + 1 < tokens.size() && "of".equals(Lexicon.lower(tokens.get(span[1] + 1)))) {
			// the parse may make "the number" itself the one who died ("the number of
			// soldiers who have died since ... rose to 330")
			start = span[1] + 1;
		}
		if (start < 1 || !"of".equals(Lexicon.lower(tokens.get(start)))
				|| !Set.of("number", "total", "tally", "count", "toll")
					.contains(Lexicon.lower(tokens.get(start - 1)))) {
			return false;
		}
		for (int k = Math.max(span[1], start) + 1; k + 1 < tokens.size(); k++) {
			// (also "to more than 90", "to at least 40")
			int count = k + 1;
			while (count < tokens.size() && count - k <= 3
					&& Set.of("more", "than", "at", "least", "over", "nearly", "almost", "about", "some", "around")
						.contains(Lexicon.lower(tokens.get(count)))) {
				count++;
			}
			if ("to".equals(Lexicon.lower(tokens.get(k))) && count < tokens.size()
					&& "CD".equals(tokens.get(count).tag())) {
				return true;
			}
		}
		// "bringing to more than 200 the number of people killed": the count before it
		for (int k = start - 3; k >= 0 && k >= start - 7 && "CD".equals(tokens.get(start - 3).tag()); k--) {
			if ("to".equals(Lexicon.lower(tokens.get(k)))) {
				return true;
			}
		}
		return false;
	}

	/**
	 * "was shot", "were also shot": the verb at {@code verb} after a form of "be" (not "a
	 * man shot and killed").
	 */
	private static boolean passive(List<CoreLabel> tokens, int verb) {
		int k = verb - 1;
		while (k >= 0 && "RB".equals(tokens.get(k).tag())) {
			k--;
		}
		return k >= 0 && "be".equals(Lexicon.lemma(tokens.get(k)));
	}

}
