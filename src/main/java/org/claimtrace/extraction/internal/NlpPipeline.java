package org.claimtrace.extraction.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.CoreDocument;
import edu.stanford.nlp.pipeline.DependencyParseAnnotator;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;

/**
 * One CoreNLP pipeline (tokenize, ssplit, pos, lemma, ner) plus a dependency parser that
 * runs only on the sentences the extractors look at: those with a number, a quote mark, a
 * reporting verb, a verb or noun that can cue an attribution, or a casualty word. Both
 * annotators are thread-safe, so one instance serves all requests.
 */
class NlpPipeline {

	/** Longer sentences are not dependency-parsed (bounded work per input). */
	static final int MAX_PARSED_TOKENS = 80;

	private static final Set<String> TRIGGER_LEMMAS = Set.of("say", "tell", "claim", "estimate", "accord", "warn",
			"add", "confirm", "deny", "assess", "report", "show", "state", "announce", "insist", "believe", "according",
			"allege", "dispute", "kill", "die", "dead", "wound", "injure", "hurt", "shoot", "hospitalize",
			"hospitalise", "casualty", "death", "injury", "body", "slay", "murder", "hospital", "condition", "fatally",
			"deploy", "capture", "missing", "suffer", "sustain", "deceased", "pronounce", "fatal", "deadly", "homicide",
			"gunshot", "critical", "shooting", "victim", "statement", "announcement", "remark", "comment", "allegation",
			"accusation", "assertion", "respond", "circulate", "publish", "release", "endorse", "graze", "life",
			"bullet", "gunfire", "strike", "hit", "doa");

	private static final Set<String> QUOTES = Set.of("\"", "``", "''", "“", "”", "‘", "’", "'", "`");

	private final StanfordCoreNLP pipeline;

	private final DependencyParseAnnotator parser;

	NlpPipeline() {
		Properties props = new Properties();
		props.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner");
		props.setProperty("tokenize.options", "splitHyphenated=true,invertible=true");
		props.setProperty("ssplit.newlineIsSentenceBreak", "always");
		// pasted headlines end in "| Site name" or "« Site name" before the body starts
		props.setProperty("ssplit.boundaryTokenRegex", "\\.|[!?]+|\\||«");
		props.setProperty("pos.maxlen", "200");
		props.setProperty("ner.model", "edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz");
		props.setProperty("ner.applyFineGrained", "false");
		props.setProperty("ner.buildEntityMentions", "true");
		props.setProperty("ner.applyNumericClassifiers", "true");
		// SUTime costs about half of the NER time: DateTagger marks dates and clock times
		// instead
		props.setProperty("ner.useSUTime", "false");
		props.setProperty("ner.maxtime", "2000");
		this.pipeline = new StanfordCoreNLP(props);
		Properties depProps = new Properties();
		depProps.setProperty("depparse.model", "edu/stanford/nlp/models/parser/nndep/english_UD.gz");
		depProps.setProperty("depparse.maxtime", "2000");
		this.parser = new DependencyParseAnnotator(depProps);
	}

	/**
	 * Annotates the cleaned text; sentences that hold a number, a quote mark, a reporting
	 * verb or a casualty word (and at most {@link #MAX_PARSED_TOKENS} tokens) get a
	 * dependency parse, the others have none.
	 */
	CoreDocument annotate(String cleanedText) {
		Annotation annotation = new Annotation(cleanedText);
		this.pipeline.annotate(annotation);
		List<CoreMap> selected = new ArrayList<>();
		for (CoreMap sentence : annotation.get(CoreAnnotations.SentencesAnnotation.class)) {
			DateTagger.tag(sentence.get(CoreAnnotations.TokensAnnotation.class));
			retagAdjectives(sentence.get(CoreAnnotations.TokensAnnotation.class));
			retagNounModifiers(sentence.get(CoreAnnotations.TokensAnnotation.class));
			retagNames(sentence.get(CoreAnnotations.TokensAnnotation.class));
			retagShotParticiples(sentence.get(CoreAnnotations.TokensAnnotation.class));
			retagReportingVerbs(sentence.get(CoreAnnotations.TokensAnnotation.class));
			retagParticiplesBetweenCommas(sentence.get(CoreAnnotations.TokensAnnotation.class));
			retagDatelineHyphen(sentence.get(CoreAnnotations.TokensAnnotation.class));
			relemmatizeKillings(sentence.get(CoreAnnotations.TokensAnnotation.class));
			if (needsParse(sentence)) {
				selected.add(sentence);
			}
		}
		if (!selected.isEmpty()) {
			Annotation subset = new Annotation(cleanedText);
			subset.set(CoreAnnotations.SentencesAnnotation.class, selected);
			this.parser.annotate(subset);
		}
		return new CoreDocument(annotation);
	}

	/**
	 * Words that are only ever adjectives, which the tagger sometimes takes for nouns.
	 */
	private static final Set<String> ADJECTIVES = Set.of("teenage", "teenaged", "elderly", "unarmed", "pregnant");

	/**
	 * "killed his wife and teenage daughter": "teenage" tagged as a noun before a noun
	 * made the parser join "wife and teenage" and lose the daughter; it is an adjective.
	 */
	static void retagAdjectives(List<CoreLabel> tokens) {
		for (int k = 0; k + 1 < tokens.size(); k++) {
			CoreLabel token = tokens.get(k);
			if (ADJECTIVES.contains(token.word().toLowerCase(Locale.ROOT)) && !"JJ".equals(token.tag())
					&& tokens.get(k + 1).tag().startsWith("NN")) {
				token.setTag("JJ");
			}
		}
	}

	/**
	 * "A Ukrainian drone attack": the tagger took "drone" for a verb, and the parse then
	 * lost the sentence's real verb. A base-form verb between a determiner with its
	 * modifier and a noun cannot be a verb; it is a noun modifying the noun.
	 */
	private static final Set<String> ATTACK_GERUNDS = Set.of("shelling", "bombing", "bombardment", "firing", "shooting",
			"killing", "strafing", "mining", "blockading");

	static void retagNounModifiers(List<CoreLabel> tokens) {
		for (int k = 1; k + 1 < tokens.size(); k++) {
			CoreLabel token = tokens.get(k);
			// (a present-tense form only after "a": in "The dead include children"
			// it is the verb)
			if (k >= 2
					&& ("VB".equals(token.tag()) || "VBP".equals(token.tag())
							&& Set.of("a", "an").contains(tokens.get(k - 2).word().toLowerCase(Locale.ROOT)))
					&& tokens.get(k - 1).tag().matches("JJ|NNP") && tokens.get(k - 2).tag().matches("DT|PRP\\$")
					&& tokens.get(k + 1).tag().matches("NNS?")) {
				token.setTag("NN");
			}
			// "Russian shelling of Kherson wounded three": a gerund after an adjective
			// of nationality, with its "of", is the noun that is the subject
			if ("VBG".equals(token.tag()) && ATTACK_GERUNDS.contains(token.word().toLowerCase(Locale.ROOT))
					&& "of".equalsIgnoreCase(tokens.get(k + 1).word()) && !"PERSON".equals(tokens.get(k - 1).ner())
					&& (k == 1 || tokens.get(k - 2).tag().matches("DT|PRP\\$|IN|,"))
					&& tokens.get(k - 1).word().matches("[A-Z][a-z]+(ian|an|ese|ish|i)")
					&& tokens.get(k - 1).tag().matches("JJ|NNP")) {
				tokens.get(k - 1).setTag("JJ");
				token.setTag("NN");
			}
		}
	}

	/**
	 * "Mahmoud Basal, a civil defence spokesman, said ...": the tagger took the surname
	 * for an adjective, and the parser then made the name what was said. A capitalised
	 * word that NER puts in a person's name beside a proper noun of the same name is a
	 * proper noun.
	 */
	static void retagNames(List<CoreLabel> tokens) {
		for (int k = 0; k < tokens.size(); k++) {
			CoreLabel token = tokens.get(k);
			if (!"PERSON".equals(token.ner()) || !token.tag().matches("JJ|VBN|VBD|VBG|NN|RB")
					|| !Character.isUpperCase(token.word().charAt(0))) {
				continue;
			}
			boolean besideName = k > 0 && properPersonName(tokens.get(k - 1))
					|| k + 1 < tokens.size() && properPersonName(tokens.get(k + 1));
			if (besideName) {
				token.setTag("NNP");
			}
		}
	}

	private static boolean properPersonName(CoreLabel token) {
		return "PERSON".equals(token.ner()) && "NNP".equals(token.tag());
	}

	/**
	 * "Economists polled by Reuters forecast that ...": the tagger read the name and the
	 * reporting verb after it as one noun, and the parse lost the verb. A speech verb's
	 * form tagged as a noun right after a name that follows a preposition (not "the
	 * Reuters forecast that ..."), with a clause opened by "that" after it, is the verb.
	 */
	static void retagReportingVerbs(List<CoreLabel> tokens) {
		for (int k = 2; k + 2 < tokens.size(); k++) {
			CoreLabel token = tokens.get(k);
			String lemma = (token.lemma() != null) ? token.lemma().toLowerCase(Locale.ROOT) : "";
			if (!token.tag().matches("NNS?")
					|| !AttributionExtractor.isSpeechVerb(lemma)
							&& !lemma.matches("show|reveal|indicate|suggest|confirm")
					|| !"that".equalsIgnoreCase(tokens.get(k + 1).word())
					|| !tokens.get(k + 2).tag().matches("DT|PRP|NNPS?|NNS|CD|EX")) {
				continue;
			}
			int name = k - 1;
			while (name > 0 && tokens.get(name).tag().startsWith("NNP")) {
				name--;
			}
			if (name < k - 1 && name >= 1 && "by".equalsIgnoreCase(tokens.get(name).word())
					&& tokens.get(name - 1).tag().matches("VBN|NNS?|NNPS?")) {
				token.setTag(token.tag().equals("NNS") ? "VBZ" : "VBD");
				continue;
			}
			// "The minutes of the meeting show that ...": the verb agrees with the head
			// before "of" (a plural head and the base form, or a singular one and "-s")
			int of = k - 1;
			while (of > 0 && tokens.get(of).tag().matches("NN.*|JJ.*|DT|CD")) {
				of--;
			}
			// only verbs of showing: "Parts of the Senate report that the committee
			// released" and "a wave of fresh claims that" are nouns before a relative
			// clause
			if (of < k - 1 && of >= 1 && "of".equalsIgnoreCase(tokens.get(of).word())
					&& lemma.matches("show|reveal|indicate|suggest|confirm")) {
				String head = tokens.get(of - 1).tag();
				if ("NN".equals(token.tag()) && head.matches("NNP?S")) {
					token.setTag("VBP");
				}
				else if ("NNS".equals(token.tag()) && head.matches("NNP?")) {
					token.setTag("VBZ");
				}
			}
		}
	}

	/**
	 * "KYIV, Ukraine (AP) - Ukraine's foreign minister said ...": the parser reads a
	 * dateline closed by a hyphen as the subject; closed by a dash, as the dateline it
	 * is. The hyphen after a place in capitals (perhaps a country after a comma and an
	 * agency in brackets) opening the sentence becomes a dash (the text is left as it
	 * is).
	 */
	static void retagDatelineHyphen(List<CoreLabel> tokens) {
		if (tokens.size() < 4 || !tokens.get(0).word().matches("[A-Z][A-Z.'’]{2,}")) {
			return;
		}
		int k = 1;
		while (k < tokens.size() && tokens.get(k).word().matches("[A-Z][A-Z.'’]+")) {
			k++;
		}
		if (k + 1 < tokens.size() && ",".equals(tokens.get(k).word())
				&& Character.isUpperCase(tokens.get(k + 1).word().charAt(0))) {
			k += 2;
			while (k < tokens.size() && k < 6 && Character.isUpperCase(tokens.get(k).word().charAt(0))
					&& !"-LRB-".equals(tokens.get(k).tag())) {
				k++;
			}
		}
		if (k + 2 < tokens.size() && "-LRB-".equals(tokens.get(k).tag())) {
			int close = k + 1;
			while (close < tokens.size() && close - k <= 4 && !"-RRB-".equals(tokens.get(close).tag())) {
				close++;
			}
			k = close + 1;
		}
		if (k + 1 < tokens.size() && "-".equals(tokens.get(k).word())
				&& Character.isUpperCase(tokens.get(k + 1).word().charAt(0))) {
			tokens.get(k).setWord("—");
			tokens.get(k).setValue("—");
			tokens.get(k).setTag(":");
		}
	}

	/**
	 * "The senator, asked about the payments, said ...", "The email, sent two days
	 * before, suggests ...": the tagger took the participle between commas after the
	 * subject for a past verb, and the parse made it the main verb (and "said" a
	 * punctuation mark). A past verb right after a comma that follows a noun phrase
	 * opening the sentence, whose phrase closes with a comma before a finite verb, is the
	 * participle (not "Mr. Hale, said Ms. Ruiz, was ...", a speech verb before its
	 * speaker).
	 */
	static void retagParticiplesBetweenCommas(List<CoreLabel> tokens) {
		for (int k = 2; k + 2 < tokens.size(); k++) {
			CoreLabel token = tokens.get(k);
			if (!"VBD".equals(token.tag()) || !",".equals(tokens.get(k - 1).word())
					|| !tokens.get(k - 2).tag().matches("NNS?|NNPS?|PRP")
					|| !tokens.subList(0, k - 1)
						.stream()
						.allMatch((t) -> t.tag().matches("DT|JJ.*|NN.*|POS|PRP\\$|CD"))) {
				continue;
			}
			String lemma = (token.lemma() != null) ? token.lemma().toLowerCase(Locale.ROOT) : "";
			if (AttributionExtractor.isSpeechVerb(lemma) && tokens.get(k + 1).tag().matches("DT|NNPS?|PRP\\$?")) {
				continue;
			}
			int comma = k + 1;
			while (comma < tokens.size() && !tokens.get(comma).word().equals(",")
					&& !tokens.get(comma).tag().matches("VBD|VBZ|VBP|MD|``|''|:")) {
				comma++;
			}
			int verb = comma + 1;
			while (verb < tokens.size() && tokens.get(verb).tag().startsWith("RB")) {
				verb++;
			}
			if (comma < tokens.size() && tokens.get(comma).word().equals(",") && verb < tokens.size()
					&& tokens.get(verb).tag().matches("VBD|VBZ|VBP|MD")) {
				token.setTag("VBN");
			}
		}
	}

	private static final Set<String> BE_FORMS = Set.of("was", "were", "is", "are", "been", "'re");

	private static final Set<String> FLOATING = Set.of("each", "both", "all");

	/**
	 * "were each shot once", "were both shot in the legs": after a floating quantifier
	 * the tagger takes "shot" for a noun ("each shot"); after a form of "be" it is the
	 * participle.
	 */
	static void retagShotParticiples(List<CoreLabel> tokens) {
		for (int k = 1; k < tokens.size(); k++) {
			CoreLabel token = tokens.get(k);
			if (!"shot".equalsIgnoreCase(token.word()) || !token.tag().startsWith("NN")) {
				continue;
			}
			boolean floating = k >= 2 && FLOATING.contains(tokens.get(k - 1).word().toLowerCase(Locale.ROOT))
					&& BE_FORMS.contains(tokens.get(k - 2).word().toLowerCase(Locale.ROOT));
			if (floating || personShotIn(tokens, k)) {
				token.setTag("VBN");
				token.setLemma("shoot");
			}
		}
	}

	/** Harm that "fatally" makes a death: "fatally wounded a man", "fatally injured". */
	private static final Set<String> FATAL_HARM_LEMMAS = Set.of("wound", "injure", "hurt");

	/**
	 * Killings told without a word of death: "was gunned down", "fatally stabbed his
	 * brother" and "two deputies fatally wounded a man" take the lemma "kill", so that
	 * they count as "was killed" does (not "gun the engine", "stabbed him in the arm",
	 * "wounded a man").
	 */
	static void relemmatizeKillings(List<CoreLabel> tokens) {
		for (int k = 0; k < tokens.size(); k++) {
			CoreLabel token = tokens.get(k);
			if (!token.tag().startsWith("VB")) {
				continue;
			}
			String lemma = (token.lemma() != null) ? token.lemma().toLowerCase(Locale.ROOT) : "";
			boolean gunnedDown = "gun".equals(lemma) && k + 1 < tokens.size()
					&& "down".equalsIgnoreCase(tokens.get(k + 1).word());
			boolean fatally = k > 0
					&& Set.of("fatally", "mortally").contains(tokens.get(k - 1).word().toLowerCase(Locale.ROOT))
					&& (Lexicon.TO_DEATH_LEMMAS.contains(lemma) || FATAL_HARM_LEMMAS.contains(lemma));
			if (gunnedDown || fatally) {
				token.setLemma("kill");
			}
			else if (notSurvived(tokens, k, lemma)) {
				token.setLemma("die");
			}
		}
	}

	/**
	 * "One of them didn't make it", "did not survive", "never made it": a survival denied
	 * is a death (the verb at {@code k} right after "not", "n't" or "never", with an
	 * auxiliary between at most).
	 */
	private static boolean notSurvived(List<CoreLabel> tokens, int k, String lemma) {
		boolean madeIt = "make".equals(lemma) && k + 1 < tokens.size()
				&& "it".equalsIgnoreCase(tokens.get(k + 1).word());
		if (!madeIt && !"survive".equals(lemma)) {
			return false;
		}
		for (int j = k - 1; j >= Math.max(0, k - 2); j--) {
			String word = tokens.get(j).word().toLowerCase(Locale.ROOT);
			if (Set.of("not", "n't", "never").contains(word)) {
				return true;
			}
			if (!tokens.get(j).tag().startsWith("RB")) {
				return false;
			}
		}
		return false;
	}

	/**
	 * "ended with a driver shot in the arm": a person right before "shot in the/his" and
	 * a part of the body (not "a shot in the arm", a boost).
	 */
	private static boolean personShotIn(List<CoreLabel> tokens, int k) {
		CoreLabel before = tokens.get(k - 1);
		if (k + 3 >= tokens.size() || !before.tag().startsWith("NN")
				|| !Lexicon.isHuman(before) && !"PERSON".equals(before.ner())
				|| !"in".equalsIgnoreCase(tokens.get(k + 1).word())
				|| !Set.of("the", "his", "her", "their").contains(tokens.get(k + 2).word().toLowerCase(Locale.ROOT))) {
			return false;
		}
		return Lexicon.BODY_PARTS.contains(tokens.get(k + 3).word().toLowerCase(Locale.ROOT));
	}

	void warmUp() {
		annotate("Officials said on Monday that 2,000 soldiers were deployed near Kyiv, and “two men were killed”.");
	}

	static boolean needsParse(CoreMap sentence) {
		List<CoreLabel> tokens = sentence.get(CoreAnnotations.TokensAnnotation.class);
		if (tokens.isEmpty() || tokens.size() > MAX_PARSED_TOKENS) {
			return false;
		}
		for (CoreLabel token : tokens) {
			String lemma = token.lemma() == null ? token.word().toLowerCase() : token.lemma().toLowerCase();
			if ("CD".equals(token.tag()) || QUOTES.contains(token.word()) || TRIGGER_LEMMAS.contains(lemma)
					|| AttributionExtractor.isCueLemma(lemma) || NumberWords.isNumberWord(token.word())) {
				return true;
			}
		}
		return AttributionExtractor.hasCuePhrase(tokens);
	}

}
