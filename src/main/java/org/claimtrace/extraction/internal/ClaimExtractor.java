package org.claimtrace.extraction.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import edu.stanford.nlp.pipeline.CoreDocument;
import edu.stanford.nlp.pipeline.CoreSentence;
import org.claimtrace.extraction.ExtractedAttribution;
import org.claimtrace.extraction.ExtractedClaim;
import org.claimtrace.extraction.ExtractionResult;
import org.claimtrace.extraction.TextSpan;
import org.claimtrace.location.PlaceResolver;

/**
 * Extracts figures from a news text: clean-up, CoreNLP annotation, attributions, figures,
 * verification and places. Thread-safe; build one and share it.
 */
public class ClaimExtractor {

	public static final String EXTRACTOR_NAME = "claimtrace-corenlp";

	public static final String EXTRACTOR_VERSION = "1.24.45";

	private static final String OUTLET = "outlet";

	private final TextCleaner cleaner;

	private final NlpPipeline pipeline;

	private final AttributionExtractor attributionExtractor;

	private final FigureExtractor figureExtractor;

	private final VerificationDetector verificationDetector;

	private final PlaceLinker placeLinker;

	public ClaimExtractor(PlaceResolver placeResolver) {
		this(new TextCleaner(), new NlpPipeline(), new FigureExtractor(), new VerificationDetector(),
				new PlaceLinker(placeResolver));
	}

	ClaimExtractor(TextCleaner cleaner, NlpPipeline pipeline, FigureExtractor figureExtractor,
			VerificationDetector verificationDetector, PlaceLinker placeLinker) {
		this.cleaner = cleaner;
		this.pipeline = pipeline;
		this.attributionExtractor = new AttributionExtractor();
		this.figureExtractor = figureExtractor;
		this.verificationDetector = verificationDetector;
		this.placeLinker = placeLinker;
	}

	/**
	 * Loads the models and runs one short text through every step, so the first request
	 * is not slow.
	 */
	public void warmUp() {
		this.pipeline.warmUp();
	}

	public ExtractionResult extract(String text) {
		String cleaned = this.cleaner.clean(text);
		CoreDocument document = this.pipeline.annotate(cleaned);
		List<CoreSentence> sentences = document.sentences();
		List<ExtractedAttribution> attributions = this.attributionExtractor.extract(document);
		List<Figure> figures = withoutSourceCounts(this.figureExtractor.extract(document), attributions);
		List<Boolean> paragraphs = VerificationDetector.paragraphBreaks(cleaned, sentences);
		PlaceLinker.Places places = this.placeLinker.resolve(cleaned, sentences);
		List<TextSpan> sourceSpans = attributions.stream().map(ExtractedAttribution::source).toList();
		boolean[] unmade = unmadeReports(attributions, cleaned);
		List<ExtractedClaim> claims = new ArrayList<>(figures.size());
		Integer[] sourcedIn = new Integer[sentences.size()];
		for (Figure figure : figures) {
			CoreSentence sentence = sentences.get(figure.sentenceIndex());
			Integer attributionIndex = attributionFor(attributions, unmade, figure.start(), figure.end());
			if (attributionIndex == null) {
				attributionIndex = tagBefore(attributions, unmade, cleaned, figure.start());
			}
			if (attributionIndex == null) {
				attributionIndex = tagWithin(attributions, unmade, cleaned, figure.end());
			}
			Matcher continued = CONTINUED.matcher(sentence.text());
			if (attributionIndex == null && figure.sentenceIndex() > 0 && continued.lookingAt()
					&& countAfter(cleaned, sentence.charOffsets().first + continued.end(), figure.start())
					&& attributionsIn(attributions, sentence) == 0) {
				// "At least 25 people were killed ..., the governor said. Another 94 were
				// injured.": the next count goes on with the same report (not a denial's,
				// nor "Another strike killed five", a new event)
				Integer before = sourcedIn[figure.sentenceIndex() - 1];
				boolean denial = before != null && attributions.get(before).cue() != null
						&& DENYING_CUE.matcher(attributions.get(before).cue().text()).matches();
				attributionIndex = denial ? null : before;
			}
			if (attributionIndex != null && sourcedIn[figure.sentenceIndex()] == null) {
				sourcedIn[figure.sentenceIndex()] = attributionIndex;
			}
			ExtractedAttribution attribution = (attributionIndex != null) ? attributions.get(attributionIndex) : null;
			String cue = (attribution != null && attribution.cue() != null) ? attribution.cue().text() : figure.cue();
			VerificationDetector.Verdict verdict = this.verificationDetector.verdict(sentences, paragraphs,
					figure.sentenceIndex(), cue, figure.start());
			Integer placeIndex = PlaceLinker.placeFor(places, sentence, figure.start(), sourceSpans);
			int sentenceStart = sentence.charOffsets().first;
			int sentenceEnd = sentence.charOffsets().second;
			claims.add(new ExtractedClaim(figure.category(), figure.kind(), figure.min(), figure.max(), figure.unit(),
					figure.qualifier(), figure.party(), figure.parentIndex(), placeIndex, attributionIndex,
					(attribution != null) ? attribution.sourceName() : null,
					(attribution != null) ? attribution.sourceKind() : OUTLET, cue, verdict.verification(),
					verdict.hedged(),
					new TextSpan(text.substring(sentenceStart, sentenceEnd), sentenceStart, sentenceEnd),
					figure.start(), figure.end(), figure.periodTotal()));
		}
		return new ExtractionResult(EXTRACTOR_NAME, EXTRACTOR_VERSION, claims, attributions, places.places());
	}

	/**
	 * Drops the plain counts that only size a source ("two people briefed on the talks
	 * said", "three officials told Reuters") and implicit victim lists that take in a
	 * source: no claims of the article. Subset links are renumbered.
	 */
	static List<Figure> withoutSourceCounts(List<Figure> figures, List<ExtractedAttribution> attributions) {
		int[] newIndex = new int[figures.size()];
		List<Figure> kept = new ArrayList<>(figures.size());
		for (int i = 0; i < figures.size(); i++) {
			Figure figure = figures.get(i);
			boolean sourceCount = attributions.stream()
				.map(ExtractedAttribution::source)
				.anyMatch((source) -> source != null
						&& ("other_figure".equals(figure.kind()) && source.start() <= figure.start()
								&& figure.end() <= source.end() || runsIntoSource(figure, source, figures)));
			newIndex[i] = sourceCount ? -1 : kept.size();
			if (!sourceCount) {
				kept.add(figure);
			}
		}
		if (kept.size() == figures.size()) {
			return figures;
		}
		List<Figure> renumbered = new ArrayList<>(kept.size());
		for (Figure figure : kept) {
			Integer parent = figure.parentIndex();
			renumbered.add((parent == null) ? figure
					: figure.withParentIndex((newIndex[parent] < 0) ? null : newIndex[parent]));
		}
		return renumbered;
	}

	/**
	 * "wounded about 30 others, residents and a local group said": an implicit list of
	 * victims that takes in a source and a number counted already (30) is the parse
	 * running on, not a 31st victim.
	 */
	private static boolean runsIntoSource(Figure figure, TextSpan source, List<Figure> figures) {
		return figure.implicit() && figure.start() <= source.start() && source.end() <= figure.end()
				&& figures.stream()
					.anyMatch((other) -> !other.implicit() && other.kind().equals(figure.kind())
							&& figure.start() <= other.start() && other.end() <= figure.end());
	}

	/**
	 * Before a cue, what makes its report one not (yet) made: "has yet to comment on",
	 * "did not respond to", "declined to discuss".
	 */
	private static final Pattern UNMADE_REPORT = Pattern
		.compile("(?i)\\b(yet to|not|n't|never|declined to|refused to|declines to|refuses to|decline to|refuse to)"
				+ "(\\s+\\w+ly)?\\s+$");

	/**
	 * Which attributions report nothing yet: "The Pentagon has yet to comment on reports
	 * that three service members died", "declined requests for comment on ...".
	 */
	private static boolean[] unmadeReports(List<ExtractedAttribution> attributions, String text) {
		boolean[] unmade = new boolean[attributions.size()];
		for (int i = 0; i < unmade.length; i++) {
			TextSpan cue = attributions.get(i).cue();
			unmade[i] = cue != null && (cue.text().matches("(?i)declined|refused|declines|refuses")
					|| UNMADE_REPORT.matcher(text.substring(Math.max(0, cue.start() - 30), cue.start())).find());
		}
		return unmade;
	}

	/**
	 * The attribution whose content covers the figure; the narrowest when several do. A
	 * report not made ({@code unmade}) is no figure's source.
	 */
	private static Integer attributionFor(List<ExtractedAttribution> attributions, boolean[] unmade, int start,
			int end) {
		// "Russia said it shot down 40 drones, a claim Kyiv denied": the
		// claimant's figure, which the denial after it disputes; the denial's
		// own only when no one else's
		Integer claimant = attributionFor(attributions, unmade, start, end, false);
		return (claimant != null) ? claimant : attributionFor(attributions, unmade, start, end, true);
	}

	/**
	 * What follows a closing tag up to a subordinate clause: ", police said, while ...".
	 */
	private static final Pattern AFTER_TAG = Pattern
		.compile("(?i)[^,;.!?\"\u201c\u201d]{0,40}?,\\s+(?:while|whereas|as|after|when|but)\\s[^;.!?\"\u201c\u201d]*");

	/** A sentence that goes on with the count before it: "Another 94 were injured." */
	private static final Pattern CONTINUED = Pattern.compile("(?:Another|A further) ");

	/** Qualifiers between "Another" and its count: "Another estimated 94". */
	private static final Pattern COUNT_QUALIFIERS = Pattern.compile(
			"(?i)\\s*((an? )?(estimated|roughly|about|around|some|nearly|almost|at least|more than|over|up to)\\s*)*");

	/**
	 * Whether the figure at {@code figureStart} is the count right after "Another" (which
	 * ends at {@code afterCue}), past qualifiers, or "Another" itself ("Another was
	 * critically injured").
	 */
	private static boolean countAfter(String text, int afterCue, int figureStart) {
		return figureStart < afterCue || figureStart - afterCue <= 20
				&& COUNT_QUALIFIERS.matcher(text.substring(afterCue, figureStart)).matches();
	}

	private static long attributionsIn(List<ExtractedAttribution> attributions, CoreSentence sentence) {
		int start = sentence.charOffsets().first;
		int end = sentence.charOffsets().second;
		return attributions.stream()
			.filter((a) -> a.cue() != null && a.cue().start() >= start && a.cue().end() <= end)
			.count();
	}

	/**
	 * "Two people were killed, police said, while a third was wounded": a figure in the
	 * subordinate clause right after a report that closes the clause before it (its
	 * content before its cue) is that report's too, when no report holds it.
	 */
	private static Integer tagBefore(List<ExtractedAttribution> attributions, boolean[] unmade, String text,
			int start) {
		for (int i = attributions.size() - 1; i >= 0; i--) {
			ExtractedAttribution attribution = attributions.get(i);
			TextSpan cue = attribution.cue();
			TextSpan content = attribution.content();
			if (unmade[i] || cue == null || content == null || cue.end() > start || content.end() > cue.start()) {
				continue;
			}
			return AFTER_TAG.matcher(text.substring(cue.end(), start)).matches() ? i : null;
		}
		return null;
	}

	/** Between a figure and a tag set inside its clause: "people, the army". */
	private static final Pattern BEFORE_INNER_TAG = Pattern
		.compile("[^,;.!?\"\u201c\u201d]{0,40}?,\\s+[^,;.!?\"\u201c\u201d]{1,40}");

	/**
	 * "Two soldiers, the army said, were killed": a figure just before a tag inside its
	 * clause belongs to the report whose content goes on after the tag.
	 */
	private static Integer tagWithin(List<ExtractedAttribution> attributions, boolean[] unmade, String text, int end) {
		for (int i = 0; i < attributions.size(); i++) {
			ExtractedAttribution attribution = attributions.get(i);
			TextSpan cue = attribution.cue();
			TextSpan content = attribution.content();
			if (unmade[i] || cue == null || content == null || attribution.source() == null || cue.start() < end
					|| content.start() < cue.end() || content.start() - cue.end() > 30
					|| attribution.source().start() < end) {
				continue;
			}
			String between = text.substring(end, attribution.source().start());
			String afterCue = text.substring(cue.end(), content.start());
			if (BEFORE_INNER_TAG.matcher(text.substring(end, cue.start())).matches()
					&& between.matches("[^,;.!?]*,\\s*(the\\s+)?") && afterCue.matches("[^;.!?]*,\\s*")) {
				return i;
			}
		}
		return null;
	}

	/** A denial told after what it denies. */
	private static final Pattern DENYING_CUE = Pattern
		.compile("(?i)den(?:y|ies|ied)|reject(?:s|ed)?|disput(?:e|es|ed)|refut(?:e|es|ed)|dismiss(?:es|ed)?");

	private static Integer attributionFor(List<ExtractedAttribution> attributions, boolean[] unmade, int start, int end,
			boolean denials) {
		Integer best = null;
		int bestLength = Integer.MAX_VALUE;
		for (int i = 0; i < attributions.size(); i++) {
			TextSpan content = attributions.get(i).content();
			TextSpan cue = attributions.get(i).cue();
			if (unmade[i] || !denials && content != null && cue != null && cue.start() >= content.end()
					&& DENYING_CUE.matcher(cue.text()).matches()) {
				continue;
			}
			if (content != null && content.start() <= start && end <= content.end()
					&& content.end() - content.start() < bestLength) {
				best = i;
				bestLength = content.end() - content.start();
			}
		}
		return best;
	}

}
