package org.claimtrace.extraction.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.CoreSentence;

/**
 * Decides per figure whether the text marks it unverified ("could not independently
 * verify", which also covers the preceding sentences of the same paragraph), confirmed,
 * disputed ("denied") or hedged ("purportedly", "allegedly", "claimed").
 */
class VerificationDetector {

	static final String UNVERIFIED = "unverified";

	static final String CONFIRMED = "confirmed";

	static final String DISPUTED = "disputed";

	static final String NOT_STATED = "not_stated";

	/**
	 * How many preceding sentences of the same paragraph a "could not verify" sentence
	 * covers.
	 */
	private static final int UNVERIFIED_REACH = 3;

	private static final Pattern UNVERIFIABLE = Pattern.compile("\\b(could ?n[o']t|can ?n[o']t|cannot|unable to"
			+ "|impossible to|(was|were) not able to|(has|have|had) not been( able to)?|not (been )?)\\s*(be )?"
			+ "(independently |immediately |separately )?(verif|confirm|corroborat)\\w*|\\bunverified\\b|\\bunconfirmed\\b"
			// "Neither claim could be independently verified"
			+ "|\\b(neither|none)\\b[^.;]{0,40}\\b(could|can|has|have)\\s+(be|been)\\s+(independently\\s+)?(verif|confirm)");

	/**
	 * "a figure it has not substantiated", "claimed, without providing evidence, that":
	 * unverified, but only what the sentence itself reports.
	 */
	private static final Pattern UNSUBSTANTIATED = Pattern
		.compile("\\b(not|n't|never)\\s+(been\\s+)?substantiat\\w*|\\bunsubstantiated\\b"
				+ "|\\bwithout (providing |offering |giving |citing )?(any )?evidence\\b");

	/** A disclaimer about one claim: "The claim could not be verified". */
	private static final Pattern ONE_CLAIM = Pattern.compile("\\W*(the|this|that|its|his|her|their)\\s+(claim|report"
			+ "|figure|account|statement|assertion|video|footage|image|photo|tally)\\b");

	private static final Pattern NOT_CONFIRMED = Pattern
		.compile("\\b(not|n't|never|yet to)\\s+(yet\\s+)?(officially\\s+|publicly\\s+)?(confirm|verif)\\w*");

	private static final Pattern CONFIRMED_CUE = Pattern.compile("\\b(confirmed|confirms|confirm|verified)\\b");

	private static final Pattern DISPUTED_CUE = Pattern
		.compile("\\b(denied|denies|deny|denying|disputed|disputes|dispute|rejected|rejects|refuted|refutes)\\b"
				+ "|\\bdismiss(ed|es)?\\s+(as\\b|(the\\s+)?(claims?|reports?|figures?|accounts?)\\b)"
				// "a figure the army called \"pure fiction\"", "branded the reports lies"
				+ "|\\b(called|calls|branded|brands|labell?ed|described|termed)\\s+(it\\s+|them\\s+|the\\s+\\w+\\s+)?(as\\s+)?"
				+ "[\"“]?(pure\\s+|complete\\s+|utter\\s+|an?\\s+)?(fiction|fabrication|fabricated|false|lies|lie|propaganda"
				+ "|fake|nonsense|baseless|untrue|disinformation)\\b");

	/** "did not deny", "has never disputed": no dispute. */
	private static final Pattern NEGATED_DISPUTE = Pattern
		.compile("\\b(not|n't|never)\\s+(deny|denied|dispute|disputed|reject|rejected)\\b");

	/**
	 * "Residents disputed that account", "Moscow denied this": a dispute of what the
	 * sentence before reported.
	 */
	private static final Pattern DISPUTES_THE_PREVIOUS = Pattern.compile("\\b(denied|denies|disputed|disputes|rejected"
			+ "|rejects|refuted|refutes|dismissed|dismisses)\\s+(that|this|it|(that|this|the|those|these)\\s+"
			// "the group's figures", "the casualty figures"
			+ "([\\w-]+('s|’s)?\\s+)?(account|accounts|figure|figures"
			+ "|claim|claims|report|reports|toll|version|tally|number|numbers|accusation|accusations|allegation"
			+ "|allegations))\\b"
			// "Kinshasa said the figure was inflated", "the death toll was inflated"
			+ "|\\b(the|that|this|those|these|their|its)\\s+([\\w-]+\\s+)?(figure|figures|toll|number|numbers|claim"
			+ "|claims)\\s+(was|were|is|are|had\\s+been)\\s+(inflated|exaggerated|false|untrue|fabricated)\\b");

	/**
	 * A sentence opening on another time or case: "In a separate case", "Last year". Only
	 * before the denial: "rejected the claims, as it did in 2022" still disputes.
	 */
	private static final Pattern OTHER_CASE = Pattern
		.compile("\\b(separate|previous\\s+(raid|case|attack|incident|year)|last\\s+(year|month)"
				+ "|in\\s+(19|20)\\d\\d)\\b");

	/**
	 * "The RSF denied attacking the hospital": the deed the figure is of, denied by the
	 * sentence's subject (not "a man, who denies attacking her").
	 */
	private static final Pattern DEED_DENIAL = Pattern.compile(
			"(?<!who )(?<!which )\\b(denied|denies)\\s+(carrying\\s+out|attacking|targeting|striking|bombing|shelling)\\b");

	/**
	 * "A 30-year-old man has been charged with murder and denies attacking him", "Police
	 * said a man denied attacking the victims": a defendant's plea, no dispute of the
	 * figure (not "The army said a woman had thrown a grenade and denied attacking").
	 */
	private static final Pattern PLEA = Pattern
		.compile("^(?:[\\w.]+\\s+){0,3}said\\s+(?:that\\s+)?(?:a|an|the)\\s+(?:\\d+-year-old\\s+)?"
				+ "(?:man|woman|teenager|teen|boy|girl|suspect|defendant)\\s+den(?:ies|ied)\\b"
				+ "|^(?:a|an|the)\\s+(?:\\d+-year-old\\s+)?(?:man|woman|teenager|teen|boy|girl|suspect|defendant|accused)"
				+ "\\b[^.;]*\\bden(?:ies|ied)\\s+(?:attacking|striking|targeting)\\b");

	/**
	 * "The army has long denied targeting civilians": a standing denial, of no figure.
	 */
	private static final Pattern STANDING_DENIAL = Pattern
		.compile("\\b(long|routinely|always|consistently)\\s+(denied|denies)\\b"
				+ "|\\brepeatedly\\s+(denied|denies)\\s+(targeting|attacking|striking)\\s+(civilians|civilian)\\b");

	/** A deed denied of another time or case: "last week", "a separate incident". */
	private static final Pattern OTHER_DEED = Pattern
		.compile("\\b(separate(?!\\s+statement)|previous|earlier|last\\s+(year|month|week)|in\\s+(19|20)\\d\\d)\\b");

	private static final Pattern HEDGE = Pattern
		.compile("\\b(purportedly|supposedly|allegedly|reportedly|alleged|purported|apparently)\\b"
				// "claimed"; not "claimed the lives of six", "claimed 12 lives"
				+ "|\\b(claimed|claims|claiming)\\b(?!\\s+\\S+\\s+li(fe|ves)\\b)"
				// "footage appeared to show"
				+ "|\\b(appeared|appears|seemed|seems)\\s+to\\s+(show|be|have)\\b");

	record Verdict(String verification, boolean hedged) {
	}

	/**
	 * @param paragraphBreakBefore for each sentence, whether a new paragraph starts with
	 * it
	 * @param cue the reporting cue of the figure's attribution, or null
	 * @param figureStart the figure's offset in the text
	 */
	Verdict verdict(List<CoreSentence> sentences, List<Boolean> paragraphBreakBefore, int sentenceIndex, String cue,
			int figureStart) {
		String sentence = sentences.get(sentenceIndex).text().toLowerCase(Locale.ROOT);
		String cueText = (cue != null) ? cue.toLowerCase(Locale.ROOT) : "";
		boolean hedged = HEDGE.matcher(sentence).find() || HEDGE.matcher(cueText).find();
		boolean disputed = (DISPUTED_CUE.matcher(sentence).find() || DISPUTED_CUE.matcher(cueText).find())
				&& !NEGATED_DISPUTE.matcher(sentence).find();
		if (disputed || disputedNext(sentences, paragraphBreakBefore, sentenceIndex)) {
			return new Verdict(DISPUTED, hedged);
		}
		if (unverifiedFrom(sentences, paragraphBreakBefore, sentenceIndex, figureStart)) {
			return new Verdict(UNVERIFIED, hedged);
		}
		Matcher notConfirmed = NOT_CONFIRMED.matcher(sentence);
		if (notConfirmed.find() && !beforeReportsDisclaimed(notConfirmed, sentence,
				sentences.get(sentenceIndex).charOffsets().first, figureStart)) {
			return new Verdict(UNVERIFIED, hedged);
		}
		if (CONFIRMED_CUE.matcher(sentence).find() || CONFIRMED_CUE.matcher(cueText).find()) {
			return new Verdict(CONFIRMED, hedged);
		}
		return new Verdict(hedged ? UNVERIFIED : NOT_STATED, hedged);
	}

	private static boolean disputedNext(List<CoreSentence> sentences, List<Boolean> paragraphBreakBefore,
			int sentenceIndex) {
		int next = sentenceIndex + 1;
		if (next >= sentences.size() || paragraphBreakBefore.get(next)) {
			return false;
		}
		String text = sentences.get(next).text().toLowerCase(Locale.ROOT);
		Matcher denial = DISPUTES_THE_PREVIOUS.matcher(text);
		if (denial.find() && !OTHER_CASE.matcher(text.substring(0, denial.start())).find()) {
			// "The group rejected the claims, as it did in 2022" (not "In a separate
			// case, the army denied the figures")
			return true;
		}
		// a deed denied: not a defendant's plea, a standing denial, or one of another
		// case
		Matcher deed = DEED_DENIAL.matcher(text);
		if (!deed.find() || PLEA.matcher(text).find() || STANDING_DENIAL.matcher(text).find()) {
			return false;
		}
		// another case before the denial ("Last week, the army denied striking a
		// school") or in its own clause ("denied striking a school in a separate
		// incident"), not after a comma ("..., as it had in a previous attack")
		int clauseEnd = text.indexOf(',', deed.end());
		String before = text.substring(0, deed.start());
		String own = text.substring(deed.end(), (clauseEnd < 0) ? text.length() : clauseEnd);
		return !OTHER_DEED.matcher(before).find() && !OTHER_DEED.matcher(own).find();
	}

	/**
	 * A disclaimer inside a trailing appositive on the sentence's own figure: "..., a
	 * figure Reuters could not verify", "..., which could not be verified".
	 */
	private static final Pattern OWN_FIGURE_APPOSITIVE = Pattern.compile(",\\s+(?:(?:a|an|the)\\s+(?:\\w+\\s+)?"
			+ "(?:figure|claim|number|tally|toll|count|assertion|allegation|estimate)s?\\b|which\\b)[^,;]{0,60}$");

	/** "... verify reports that ...": a disclaimer of the clause that follows it. */
	private static final Pattern REPORTS_AFTER = Pattern
		.compile("\\w*\\s+(?:the\\s+)?(?:reports?|claims?|accounts?|allegations?)\\s+(?:that|of)\\b");

	/**
	 * "deployed 11,000 troops, the agency said, adding that it could not verify reports
	 * that hundreds had been killed": a figure before a disclaimer of the reports after
	 * it, which the disclaimer does not cover.
	 */
	private static boolean beforeReportsDisclaimed(Matcher disclaimer, String sentence, int sentenceStart,
			int figureStart) {
		return figureStart < sentenceStart + disclaimer.start()
				&& REPORTS_AFTER.matcher(sentence.substring(disclaimer.end())).lookingAt();
	}

	private static boolean unverifiedFrom(List<CoreSentence> sentences, List<Boolean> paragraphBreakBefore,
			int sentenceIndex, int figureStart) {
		int sentenceStart = sentences.get(sentenceIndex).charOffsets().first;
		if (UNSUBSTANTIATED.matcher(sentences.get(sentenceIndex).text().toLowerCase(Locale.ROOT)).find()) {
			return true;
		}
		for (int s = sentenceIndex; s < sentences.size() && s <= sentenceIndex + UNVERIFIED_REACH; s++) {
			if (s > sentenceIndex && paragraphBreakBefore.get(s)) {
				// "The figures could not be independently verified." standing as a
				// paragraph of its own after the figures' paragraph covers them
				return standaloneDisclaimer(sentences, paragraphBreakBefore, s)
						|| disclaimerAfterAside(sentences, paragraphBreakBefore, s)
						|| tollDisclaimedLater(sentences, paragraphBreakBefore, sentenceIndex, s);
			}
			String text = sentences.get(s).text().toLowerCase(Locale.ROOT);
			Matcher disclaimer = UNVERIFIABLE.matcher(text);
			if (disclaimer.find()) {
				if (s > sentenceIndex && OWN_FIGURE_APPOSITIVE.matcher(text.substring(0, disclaimer.start())).find()) {
					// "Separately, Moscow claimed it had shot down 27 drones, a figure
					// Reuters could not verify": the sentence's own figure, not the one
					// before
					return false;
				}
				if (s == sentenceIndex && beforeReportsDisclaimed(disclaimer, text, sentenceStart, figureStart)) {
					return false;
				}
				// "The claim could not be verified" is about the sentence just before it,
				// not a figure two sentences up
				return s <= sentenceIndex + 1 || !ONE_CLAIM.matcher(text).lookingAt();
			}
		}
		return false;
	}

	/**
	 * "The FT could not verify the figures": a disclaimer that names figures (not "the
	 * Russian claims", which may be the reaction's own).
	 */
	private static final Pattern FIGURES_NAMED = Pattern
		.compile("\\b(the|these|those|such)\\s+(\\w+\\s+)?(figures|toll|tolls|numbers|casualty|death)\\b");

	/**
	 * "... killed at least 460 patients. // The RSF denied the allegations. // The FT
	 * could not independently verify the figures.": a paragraph of reaction without
	 * numbers (at most three sentences, from {@code aside}) between figures and a
	 * disclaimer paragraph that names figures; the disclaimer covers them.
	 */
	private static boolean disclaimerAfterAside(List<CoreSentence> sentences, List<Boolean> paragraphBreakBefore,
			int aside) {
		int next = aside + 1;
		while (next < sentences.size() && !paragraphBreakBefore.get(next)) {
			next++;
		}
		if (next >= sentences.size() || next - aside > 3) {
			return false;
		}
		for (int s = aside; s < next; s++) {
			List<CoreLabel> tokens = sentences.get(s).tokens();
			for (int k = 0; k < tokens.size(); k++) {
				// a count; "an 18-month siege", "on Sunday" are none
				boolean hyphened = k + 1 < tokens.size() && "HYPH".equals(tokens.get(k + 1).tag());
				if ("CD".equals(tokens.get(k).tag()) && !hyphened
						&& !Set.of("DATE", "DURATION", "TIME", "ORDINAL").contains(tokens.get(k).ner())) {
					return false;
				}
			}
		}
		return standaloneDisclaimer(sentences, paragraphBreakBefore, next)
				&& FIGURES_NAMED.matcher(sentences.get(next).text().toLowerCase(Locale.ROOT)).find();
	}

	/**
	 * A disclaimer that names the death toll: "... was unable to verify the death toll".
	 */
	private static final Pattern TOLL_NAMED = Pattern
		.compile("\\b(the|its|their)\\s+((death|casualty)\\s+)?(toll|tolls)\\b|\\bthe\\s+casualty\\s+figures\\b");

	/** A sentence with a toll of its own. */
	private static final Pattern TOLL_WORDS = Pattern
		.compile("\\b(killed|dead|died|deaths|toll|wounded|injured|casualties)\\b");

	/**
	 * "At least 27 people have been killed ... // (witnesses, quotes) // Al Jazeera was
	 * unable to independently verify the death toll.": a paragraph opening with a
	 * disclaimer of the death toll, at most three paragraphs after the toll at
	 * {@code toll}, with no other toll between, covers it.
	 */
	private static boolean tollDisclaimedLater(List<CoreSentence> sentences, List<Boolean> paragraphBreakBefore,
			int toll, int from) {
		if (!TOLL_WORDS.matcher(sentences.get(toll).text().toLowerCase(Locale.ROOT)).find()) {
			return false;
		}
		int paragraphs = 0;
		for (int s = from; s < sentences.size() && s <= from + 9; s++) {
			paragraphs += paragraphBreakBefore.get(s) ? 1 : 0;
			if (paragraphs > 3) {
				return false;
			}
			String text = sentences.get(s).text().toLowerCase(Locale.ROOT);
			if (paragraphBreakBefore.get(s) && UNVERIFIABLE.matcher(text).find() && TOLL_NAMED.matcher(text).find()) {
				return true;
			}
			boolean counted = sentences.get(s)
				.tokens()
				.stream()
				.anyMatch((token) -> "CD".equals(token.tag())
						&& !Set.of("DATE", "DURATION", "TIME", "ORDINAL").contains(token.ner()));
			if (counted && TOLL_WORDS.matcher(text).find()) {
				return false;
			}
		}
		return false;
	}

	/**
	 * "The figures could not be verified." at {@code s}, as a paragraph of its own or
	 * opening one and naming figures ("Reuters could not independently verify the
	 * figures. Russia does not disclose how many Ukrainians it holds.").
	 */
	private static boolean standaloneDisclaimer(List<CoreSentence> sentences, List<Boolean> paragraphBreakBefore,
			int s) {
		boolean alone = s + 1 >= sentences.size() || paragraphBreakBefore.get(s + 1);
		String text = sentences.get(s).text().toLowerCase(Locale.ROOT);
		return (alone || FIGURES_NAMED.matcher(text).find()) && UNVERIFIABLE.matcher(text).find();
	}

	/**
	 * Whether each sentence starts a paragraph (a line break between it and the previous
	 * sentence).
	 */
	static List<Boolean> paragraphBreaks(String text, List<CoreSentence> sentences) {
		List<Boolean> breaks = new ArrayList<>(sentences.size());
		int previousEnd = 0;
		for (CoreSentence sentence : sentences) {
			int start = sentence.charOffsets().first;
			breaks.add(text.substring(Math.min(previousEnd, start), start).indexOf('\n') >= 0 || previousEnd == 0);
			previousEnd = sentence.charOffsets().second;
		}
		return breaks;
	}

}
