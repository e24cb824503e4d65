package org.claimtrace.extraction.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.CoreDocument;
import edu.stanford.nlp.pipeline.CoreEntityMention;

/**
 * Resolves the sources of one document to canonical entities: named people (merged on
 * their surname), organisations of the canonical table, organisations named by the text
 * (with aliases learned from appositions), unnamed officials, and pronouns or titles
 * ("he", "it", "the spokesman") referring back to the most recent compatible mention. A
 * light stand-in for coreference, which is too slow here.
 * <p>
 * Person versus organisation: a named person is reported as the source under their own
 * name, with kind {@code official_person} when a title goes with the name ("President
 * Volodymyr Zelenskyy") and {@code person} otherwise. A spokesperson speaks for their
 * organisation, so "Pentagon spokesman Maj Gen Pat Ryder" is reported as the organisation
 * (sourceName "US Department of Defense") with the person's name among its aliases.
 */
class SourceResolver {

	private static final Set<String> PERSON_PRONOUNS = Set.of("he", "she", "him", "her", "his");

	private static final Set<String> MALE_PRONOUNS = Set.of("he", "him", "his");

	private static final Set<String> FEMALE_PRONOUNS = Set.of("she", "her");

	private static final Set<String> MALE_TITLES = Set.of("mr", "mr.", "spokesman", "congressman", "chairman", "king",
			"prince", "father", "son", "brother", "husband", "sir", "lord");

	private static final Set<String> FEMALE_TITLES = Set.of("mrs", "mrs.", "ms", "ms.", "miss", "spokeswoman",
			"congresswoman", "chairwoman", "queen", "princess", "mother", "daughter", "sister", "wife", "lady", "madam",
			"dame");

	private static final Set<String> THING_PRONOUNS = Set.of("it");

	private static final Set<String> PLURAL_PRONOUNS = Set.of("they", "them");

	private static final Set<String> SPOKES_WORDS = Set.of("spokesman", "spokeswoman", "spokesperson", "spokespeople",
			"spokesmen", "spokeswomen", "press secretary", "representative", "mouthpiece");

	private static final Set<String> PERSON_TITLES = Set.of("spokesman", "spokeswoman", "spokesperson", "president",
			"minister", "general", "commander", "senator", "governor", "mayor", "secretary", "chief", "leader",
			"ambassador", "director", "chairman", "chairwoman", "candidate", "nominee", "premier", "chancellor",
			"congressman", "congresswoman", "lawmaker", "prosecutor", "judge", "sheriff", "official", "lieutenant",
			"colonel", "major", "admiral", "head", "adviser", "advisor", "speaker", "sen.", "rep.", "gov.", "gen.",
			"col.", "lt.", "maj", "maj.", "gen", "brig", "sgt", "capt", "dr", "dr.", "mr.", "mrs.", "ms.", "mr", "mrs",
			"ms", "president-elect");

	/** "a spokesman for the Ukrainian air force": the body after the spokes word. */
	private static final Pattern SPOKES_APPOSITION = Pattern
		.compile("(?i)(?:an?\\s+|the\\s+)?(?:\\w+\\s+)?(?:spokesman|spokeswoman|spokesperson|representative)"
				+ "\\s+(?:for|of)\\s+(?:the\\s+)?([^,;]+?)\\s*");

	private static final Set<String> ORG_NOUNS = Set.of("ministry", "agency", "department", "directorate", "company",
			"group", "campaign", "institute", "think-tank", "centre", "center", "army", "military", "government",
			"administration", "office", "committee", "council", "organisation", "organization", "service", "foundation",
			"party", "firm", "newspaper", "network", "court", "commission", "force", "forces", "navy", "police",
			"guard");

	private static final Set<String> ORG_NER = Set.of("ORGANIZATION", "GPE", "COUNTRY", "CITY", "STATE_OR_PROVINCE",
			"NATIONALITY", "LOCATION");

	private final SourceCanonicalizer canonicalizer;

	private final List<CoreEntityMention> mentions;

	/** Canonical entities found so far, by canonical name. */
	private final Map<String, Entity> entities = new LinkedHashMap<>();

	/** Surname (lower case) to the person entity it names. */
	private final Map<String, Entity> surnames = new HashMap<>();

	/** Resolved sources so far, in text order, for "they" and "it". */
	private final List<Resolved> history = new ArrayList<>();

	/** The last source that is one person described, not named, and where it ends. */
	private Entity lastUnnamedPerson;

	private int lastUnnamedPersonEnd;

	SourceResolver(SourceCanonicalizer canonicalizer, CoreDocument document) {
		this.canonicalizer = canonicalizer;
		// the entity mentions include pronouns ("his"), which are no names
		this.mentions = (document.entityMentions() != null) ? document.entityMentions()
			.stream()
			.filter((mention) -> !mention.tokens().get(0).tag().startsWith("PRP"))
			.toList() : List.of();
		for (CoreEntityMention mention : this.mentions) {
			if ("PERSON".equals(mention.entityType())) {
				person(mention);
			}
		}
	}

	/** "Wafa", "Interfax", "Al Jazeera": one to four capitalised words, no article. */
	private static boolean properName(String text) {
		return text.matches("(\\p{Lu}[\\p{L}'-]*)( \\p{Lu}[\\p{L}'-]*){0,3}")
				&& !Set.of("The", "A", "An").contains(text.split(" ")[0]);
	}

	/** A source named only by what it is ("state news agency"), not a person. */
	private static boolean genericName(Entity entity) {
		return !entity.person && entity.name.equals(entity.name.toLowerCase(Locale.ROOT));
	}

	/**
	 * Resolves a source.
	 * @param tokens the source's tokens as written, without appositions or relative
	 * clauses
	 * @param referent tokens the source stands for when it is a relative pronoun ("who"),
	 * else null
	 * @param apposition an apposition to the source ("a Kyiv-based think-tank"), or null
	 */
	Resolved resolve(List<CoreLabel> tokens, List<CoreLabel> referent, String apposition) {
		Resolved resolved = resolveTokens((referent != null) ? referent : tokens);
		Matcher spokes = (apposition != null) ? SPOKES_APPOSITION.matcher(apposition.strip()) : null;
		if (spokes != null && spokes.matches() && resolved.entity().spokesFor == null
				&& Set.of(SourceCanonicalizer.PERSON, SourceCanonicalizer.OFFICIAL_PERSON)
					.contains(resolved.entity().kind)
				&& ORG_NOUNS.contains(spokes.group(1).replaceAll(".*\\s", "").toLowerCase(Locale.ROOT))) {
			// "Yuriy Ihnat, a spokesman for the Ukrainian air force, said": he speaks for
			// the air force, as "Pentagon spokesman Pat Ryder" does for the Pentagon
			Entity organisation = organisation(spokes.group(1), List.of());
			resolved.entity().spokesFor = organisation;
			organisation.aliases.add(resolved.entity().name);
			resolved = new Resolved(organisation, resolved.written());
			this.history.add(resolved);
			return resolved;
		}
		if (apposition != null && properName(apposition.strip()) && genericName(resolved.entity())) {
			// "the state news agency Wafa reported": the agency's own name is the
			// source's
			Entity entity = resolved.entity();
			entity.aliases.add(entity.name);
			this.entities.remove(entity.name);
			entity.name = apposition.strip();
			this.entities.put(entity.name, entity);
		}
		else if (apposition != null && !apposition.isBlank()) {
			resolved.entity().aliases.add(apposition.strip());
			if (resolved.entity().kind.equals(SourceCanonicalizer.OTHER)) {
				String kind = SourceCanonicalizer.kindFromWords(apposition);
				if (kind != null) {
					resolved.entity().kind = kind;
				}
			}
		}
		this.history.add(resolved);
		return resolved;
	}

	private Resolved resolveTokens(List<CoreLabel> tokens) {
		int start = tokens.get(0).beginPosition();
		String text = text(tokens);
		String lower = text.toLowerCase(Locale.ROOT);
		CoreLabel head = tokens.get(tokens.size() - 1);
		String headWord = head.word().toLowerCase(Locale.ROOT);
		if (tokens.size() == 1 && PERSON_PRONOUNS.contains(headWord)) {
			if (this.lastUnnamedPerson != null && !personNamedBetween(this.lastUnnamedPersonEnd, start)) {
				// "A battalion commander, who asked not to be named, told the FT ...
				// 'We are holding,' he said": the one described since the last name
				return new Resolved(this.lastUnnamedPerson, text);
			}
			return resolved(lastPersonBefore(start, null, Gender.of(headWord)), text, SourceCanonicalizer.PERSON);
		}
		if (tokens.size() == 1 && THING_PRONOUNS.contains(headWord)) {
			return resolved(lastOrganisationBefore(start, null), text, SourceCanonicalizer.OTHER);
		}
		if (tokens.size() == 1 && PLURAL_PRONOUNS.contains(headWord)) {
			return resolved(lastPluralBefore(), text, SourceCanonicalizer.UNNAMED_OFFICIALS);
		}
		List<CoreEntityMention> inside = mentionsIn(tokens);
		CoreEntityMention person = inside.stream()
			.filter((mention) -> "PERSON".equals(mention.entityType()))
			.reduce((first, second) -> second)
			.orElse(null);
		boolean spokes = SPOKES_WORDS.stream().anyMatch(lower::contains);
		if (person != null && groupOfSomeone(tokens, person)) {
			// "Residents of Uri said", "relatives of Ali Khan said": the group speaks,
			// not the place the tagger took for a person nor the person it belongs to
			return new Resolved(
					describedPerson(tokens, entity(strip(text), SourceCanonicalizer.UNNAMED_OFFICIALS, null)), text);
		}
		if (person != null && this.canonicalizer.lookup(text).isPresent() && !surnameOfSomeone(text)) {
			// "Kyiv says ...": the tagger may take a capital that stands for its
			// government for a person; the table of known bodies holds no people,
			// so it knows better
			return new Resolved(organisation(text, inside), text);
		}
		if (person != null) {
			Entity entity = person(person);
			Entity organisation = spokes ? spokesOrganisation(tokens, inside) : null;
			if (organisation != null) {
				entity.spokesFor = organisation;
				organisation.aliases.add(entity.name);
			}
			if (hasTitle(tokens, person)) {
				entity.kind = SourceCanonicalizer.OFFICIAL_PERSON;
			}
			return new Resolved((entity.spokesFor != null) ? entity.spokesFor : entity, text);
		}
		boolean definite = tokens.get(0).word().equalsIgnoreCase("the");
		if (spokes) {
			Entity organisation = spokesOrganisation(tokens, inside);
			if (organisation != null) {
				return new Resolved(organisation, text);
			}
			if (definite) {
				return resolved(lastPersonBefore(start, headWord), text, SourceCanonicalizer.OFFICIAL_PERSON);
			}
		}
		if (inside.isEmpty() && definite && tokens.size() <= 3 && PERSON_TITLES.contains(headWord)) {
			return resolved(lastPersonBefore(start, headWord), text, SourceCanonicalizer.OFFICIAL_PERSON);
		}
		if (inside.isEmpty() && definite && tokens.size() <= 3 && ORG_NOUNS.contains(headWord)) {
			Entity known = lastOrganisationBefore(start, headWord);
			if (known != null) {
				return new Resolved(known, text);
			}
		}
		if (SourceCanonicalizer.isUnnamed(headWord) && !spokes) {
			return new Resolved(
					describedPerson(tokens, entity(strip(text), SourceCanonicalizer.UNNAMED_OFFICIALS, null)), text);
		}
		return new Resolved(describedPerson(tokens, organisation(text, inside)), text);
	}

	/**
	 * Remembers a source that is one person described, not named ("a Ukrainian battalion
	 * commander"), for a "he" or "she" before the next name.
	 */
	private Entity describedPerson(List<CoreLabel> tokens, Entity entity) {
		String head = tokens.get(tokens.size() - 1).word().toLowerCase(Locale.ROOT);
		if (DESCRIBED_PEOPLE.contains(head)
				&& Set.of("a", "an", "one").contains(tokens.get(0).word().toLowerCase(Locale.ROOT))) {
			this.lastUnnamedPerson = entity;
			this.lastUnnamedPersonEnd = tokens.get(tokens.size() - 1).endPosition();
		}
		return entity;
	}

	/** "Washington, 34, said", after "Deon Washington": the name is a person's. */
	private boolean surnameOfSomeone(String text) {
		return this.mentions.stream()
			.anyMatch((mention) -> "PERSON".equals(mention.entityType()) && mention.tokens().size() > 1
					&& mention.text().endsWith(" " + text));
	}

	private boolean personNamedBetween(int from, int to) {
		return this.mentions.stream()
			.anyMatch((mention) -> "PERSON".equals(mention.entityType()) && mention.charOffsets().first() >= from
					&& mention.charOffsets().second() <= to);
	}

	/** One person a source describes without naming: "a senior official". */
	private static final Set<String> DESCRIBED_PEOPLE = Set.of("commander", "official", "officer", "soldier",
			"resident", "doctor", "nurse", "medic", "paramedic", "surgeon", "diplomat", "aide", "witness", "survivor",
			"volunteer", "fighter", "serviceman", "analyst", "expert", "lawmaker", "activist", "villager", "pilot",
			"worker", "source", "politician", "adviser", "advisor", "negotiator", "prosecutor", "investigator");

	private Resolved resolved(Entity entity, String text, String fallbackKind) {
		if (entity != null) {
			return new Resolved(entity, text);
		}
		return new Resolved(entity(strip(text), fallbackKind, null), text);
	}

	private Entity organisation(String text, List<CoreEntityMention> inside) {
		var known = this.canonicalizer.lookup(text);
		if (known.isEmpty() && inside.size() == 1 && inside.get(0).text().length() * 2 >= strip(text).length()) {
			known = this.canonicalizer.lookup(inside.get(0).text());
		}
		if (known.isPresent()) {
			Entity entity = entity(known.get().name(), known.get().kind(), known.get().aliases());
			if (!SourceCanonicalizer.normalize(known.get().name()).equals(SourceCanonicalizer.normalize(text))) {
				entity.aliases.add(strip(text));
			}
			return entity;
		}
		String kind = SourceCanonicalizer.kindFromWords(text);
		if (kind == null) {
			boolean place = !inside.isEmpty() && inside.stream().allMatch((m) -> !"ORGANIZATION".equals(m.entityType()))
					&& inside.get(0).text().length() * 2 >= strip(text).length();
			kind = place ? SourceCanonicalizer.GOVERNMENT : SourceCanonicalizer.OTHER;
		}
		return entity(strip(text), kind, null);
	}

	/**
	 * Whether the tokens open with a plural group of unnamed people before "of" and the
	 * person mention after it: "Residents of Uri".
	 */
	private static boolean groupOfSomeone(List<CoreLabel> tokens, CoreEntityMention person) {
		for (int i = 1; i < tokens.size() - 1 && i <= 3; i++) {
			CoreLabel group = tokens.get(i - 1);
			if ("of".equalsIgnoreCase(tokens.get(i).word())) {
				return "NNS".equals(group.tag()) && SourceCanonicalizer.isUnnamed(group.word().toLowerCase(Locale.ROOT))
						&& person.charOffsets().first() > tokens.get(i).beginPosition();
			}
			if ("in".equalsIgnoreCase(tokens.get(i).word())) {
				// "police in Lakki Marwat said": people in a place
				// (not "the spokesman in Kyiv, Oleh Nikolenko")
				return group.tag().matches("NNS?") && group.word().equals(group.word().toLowerCase(Locale.ROOT))
						&& person.charOffsets().first() > tokens.get(i).beginPosition()
						&& tokens.stream().noneMatch((t) -> ",".equals(t.word()));
			}
		}
		return false;
	}

	/**
	 * Whom a spokesperson speaks for: the body named after "for" or "of" when its head is
	 * an organisation noun ("a spokesman for the Kharkiv regional military
	 * administration"; not "Kharkiv", the place inside it), else the first organisation
	 * or place named.
	 */
	private Entity spokesOrganisation(List<CoreLabel> tokens, List<CoreEntityMention> inside) {
		for (int i = 0; i + 1 < tokens.size(); i++) {
			String word = tokens.get(i).word().toLowerCase(Locale.ROOT);
			if ((word.equals("for") || word.equals("of")) && i > 0
					&& SPOKES_WORDS.contains(tokens.get(i - 1).word().toLowerCase(Locale.ROOT))) {
				List<CoreLabel> body = tokens.subList(i + 1, tokens.size());
				String head = body.get(body.size() - 1).word().toLowerCase(Locale.ROOT);
				if (ORG_NOUNS.contains(head) && body.stream().noneMatch((t) -> "PERSON".equals(t.ner()))) {
					return organisation(text(body), mentionsIn(body));
				}
				break;
			}
		}
		return organisationIn(inside);
	}

	private Entity organisationIn(List<CoreEntityMention> inside) {
		for (CoreEntityMention mention : inside) {
			if (ORG_NER.contains(mention.entityType())) {
				return organisation(mention.text(), List.of(mention));
			}
		}
		return null;
	}

	private boolean hasTitle(List<CoreLabel> tokens, CoreEntityMention person) {
		for (CoreLabel token : tokens) {
			if (token.beginPosition() >= person.charOffsets().first()) {
				break;
			}
			if ("TITLE".equals(token.ner()) || PERSON_TITLES.contains(token.word().toLowerCase(Locale.ROOT))) {
				return true;
			}
		}
		return false;
	}

	private Entity person(CoreEntityMention mention) {
		String name = withoutTitles(mention.text().replace('’', '\'').replaceAll("'s?$", "").strip());
		String[] words = name.split("\\s+");
		String surname = words[words.length - 1].toLowerCase(Locale.ROOT);
		Entity entity = this.surnames.get(surname);
		if (entity == null && words.length == 1) {
			entity = this.entities.values()
				.stream()
				.filter((candidate) -> candidate.person
						&& candidate.name.toLowerCase(Locale.ROOT).startsWith(surname + " "))
				.findFirst()
				.orElse(null);
		}
		if (entity == null) {
			entity = entity(name, SourceCanonicalizer.PERSON, null);
			entity.person = true;
			this.surnames.put(surname, entity);
		}
		else if (words.length > entity.name.split("\\s+").length) {
			// a fuller form of a name seen before becomes the canonical name
			entity.aliases.add(entity.name);
			this.entities.remove(entity.name);
			entity.name = name;
			this.entities.put(name, entity);
		}
		else if (!name.equals(entity.name)) {
			entity.aliases.add(name);
		}
		if (words.length > 1) {
			this.surnames.put(surname, entity);
		}
		return entity;
	}

	private Entity lastPersonBefore(int offset, String title) {
		return lastPersonBefore(offset, title, Gender.UNKNOWN);
	}

	/**
	 * The person named last before an offset; for "he" or "she", the last one not known
	 * to be of the other gender (from a title or the first name).
	 */
	private Entity lastPersonBefore(int offset, String title, Gender gender) {
		CoreEntityMention best = null;
		for (CoreEntityMention mention : this.mentions) {
			if (mention.charOffsets().second() > offset) {
				break;
			}
			if ("PERSON".equals(mention.entityType()) && (title == null || titled(mention, title))) {
				if (gender == Gender.UNKNOWN || !gender.opposite().equals(genderOf(mention))) {
					best = mention;
				}
			}
		}
		if (best == null) {
			return null;
		}
		Entity entity = this.surnames.get(surnameOf(best));
		return (entity != null && entity.spokesFor != null) ? entity.spokesFor : entity;
	}

	/** A named person's gender from a title before the name or the first name. */
	private Gender genderOf(CoreEntityMention mention) {
		List<CoreLabel> sentence = mention.sentence().tokens();
		int first = mention.tokens().get(0).index() - 1;
		for (int i = first - 1; i >= 0 && i >= first - 3; i--) {
			String word = sentence.get(i).word().toLowerCase(Locale.ROOT);
			if (MALE_TITLES.contains(word)) {
				return Gender.MALE;
			}
			if (FEMALE_TITLES.contains(word)) {
				return Gender.FEMALE;
			}
		}
		Entity entity = this.surnames.get(surnameOf(mention));
		String name = (entity != null) ? entity.name : withoutTitles(mention.text());
		String[] words = name.split("\\s+");
		return (words.length > 1) ? FirstNames.gender(words[0]) : Gender.UNKNOWN;
	}

	private boolean titled(CoreEntityMention mention, String title) {
		List<CoreLabel> sentence = mention.sentence().tokens();
		int first = mention.tokens().get(0).index() - 1;
		for (int i = first - 1; i >= 0 && i >= first - 5; i--) {
			if (sentence.get(i).word().equalsIgnoreCase(title)) {
				return true;
			}
		}
		String after = mention.sentence()
			.text()
			.substring(Math.min(mention.sentence().text().length(),
					mention.charOffsets().second() - mention.sentence().charOffsets().first()));
		return after.length() < 60 ? after.toLowerCase(Locale.ROOT).contains(title)
				: after.substring(0, 60).toLowerCase(Locale.ROOT).contains(title);
	}

	private Entity lastOrganisationBefore(int offset, String noun) {
		for (int i = this.history.size() - 1; i >= 0; i--) {
			Entity entity = this.history.get(i).entity();
			if (!entity.person && !entity.kind.equals(SourceCanonicalizer.UNNAMED_OFFICIALS)
					&& (noun == null || entity.mentions(noun))) {
				return entity;
			}
		}
		if (noun != null) {
			return null;
		}
		CoreEntityMention best = null;
		for (CoreEntityMention mention : this.mentions) {
			if (mention.charOffsets().second() > offset) {
				break;
			}
			if ("ORGANIZATION".equals(mention.entityType())) {
				best = mention;
			}
		}
		return (best != null) ? organisation(best.text(), List.of(best)) : null;
	}

	private Entity lastPluralBefore() {
		for (int i = this.history.size() - 1; i >= 0; i--) {
			Entity entity = this.history.get(i).entity();
			if (!entity.person) {
				return entity;
			}
		}
		return null;
	}

	private List<CoreEntityMention> mentionsIn(List<CoreLabel> tokens) {
		int start = tokens.get(0).beginPosition();
		int end = tokens.get(tokens.size() - 1).endPosition();
		List<CoreEntityMention> inside = new ArrayList<>();
		for (CoreEntityMention mention : this.mentions) {
			if (mention.charOffsets().first() >= start && mention.charOffsets().second() <= end) {
				inside.add(mention);
			}
		}
		return inside;
	}

	private Entity entity(String name, String kind, List<String> tableAliases) {
		Entity entity = this.entities.computeIfAbsent(name, (key) -> new Entity(key, kind));
		if (tableAliases != null) {
			entity.tableAliases.addAll(tableAliases);
		}
		return entity;
	}

	/**
	 * "Maj Gen Pat Ryder" is "Pat Ryder": the NER sometimes takes titles into the name.
	 */
	private static String withoutTitles(String name) {
		String[] words = name.split("\\s+");
		int first = 0;
		while (first < words.length - 1 && PERSON_TITLES.contains(words[first].toLowerCase(Locale.ROOT))) {
			first++;
		}
		return String.join(" ", List.of(words).subList(first, words.length));
	}

	private static String surnameOf(CoreEntityMention mention) {
		String[] words = mention.text().replace('’', '\'').replaceAll("'s?$", "").strip().split("\\s+");
		return words[words.length - 1].toLowerCase(Locale.ROOT);
	}

	private static String strip(String text) {
		return text.strip().replaceFirst("^(?i)(the)\\s+", "").replaceAll("[,;:]+$", "").strip();
	}

	static String text(List<CoreLabel> tokens) {
		StringBuilder text = new StringBuilder();
		for (int i = 0; i < tokens.size(); i++) {
			if (i > 0) {
				text.append(tokens.get(i).before());
			}
			text.append(tokens.get(i).originalText());
		}
		return text.toString();
	}

	/** A document's canonical source; mutable while the document is read. */
	static final class Entity {

		private String name;

		private String kind;

		private boolean person;

		private Entity spokesFor;

		private final Set<String> aliases = new LinkedHashSet<>();

		private final Set<String> tableAliases = new LinkedHashSet<>();

		private Entity(String name, String kind) {
			this.name = name;
			this.kind = kind;
		}

		String name() {
			return this.name;
		}

		String kind() {
			return this.kind;
		}

		/** Names the text uses first, then the table's, without the canonical name. */
		List<String> aliases() {
			Set<String> all = new LinkedHashSet<>(this.aliases);
			all.addAll(this.tableAliases);
			String key = SourceCanonicalizer.normalize(this.name);
			Set<String> seen = new LinkedHashSet<>();
			seen.add(key);
			List<String> result = new ArrayList<>();
			for (String alias : all) {
				if (seen.add(SourceCanonicalizer.normalize(alias))) {
					result.add(alias);
				}
			}
			return result;
		}

		private boolean mentions(String noun) {
			return (this.name + " " + String.join(" ", this.aliases)).toLowerCase(Locale.ROOT).contains(noun);
		}

	}

	/** What a source span resolved to. */
	record Resolved(Entity entity, String written) {
	}

	enum Gender {

		MALE, FEMALE, UNKNOWN;

		static Gender of(String pronoun) {
			String word = pronoun.toLowerCase(Locale.ROOT);
			return MALE_PRONOUNS.contains(word) ? MALE : FEMALE_PRONOUNS.contains(word) ? FEMALE : UNKNOWN;
		}

		Gender opposite() {
			return (this == MALE) ? FEMALE : (this == FEMALE) ? MALE : UNKNOWN;
		}

	}

}
