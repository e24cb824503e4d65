package org.claimtrace.extraction;

import java.util.List;

/**
 * One piece of reported speech.
 *
 * @param source the span naming the speaker as written (may be a pronoun or "the
 * spokesman"), null if none
 * @param sourceName canonical name the source resolves to ("GUR", "US Department of
 * Defense", "Volodymyr Zelenskyy"); for a pronoun, the person it refers to
 * @param sourceKind see {@link ExtractedClaim#sourceKind()}
 * @param sourceAliases other names the text uses for the same source (appositions,
 * acronyms)
 * @param cue the reporting verb or phrase ("said", "according to")
 * @param content what was said
 * @param direct true for a quotation, false for indirect speech
 */
public record ExtractedAttribution(TextSpan source, String sourceName, String sourceKind, List<String> sourceAliases,
		TextSpan cue, TextSpan content, boolean direct) {
}
