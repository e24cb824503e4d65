package org.claimtrace.extraction.internal;

import java.math.BigDecimal;

/**
 * A figure found in one sentence, before it is linked to sources, verification and
 * places.
 *
 * @param parentIndex index in the same figure list of the figure this one is a subset of,
 * or null
 * @param cue a figure-level cue word such as "estimated", or null
 * @param implicit counted from a description ("a man was killed") rather than a written
 * number
 * @param anaphoric implicit count whose victim phrase is a pronoun or definite ("the
 * victim"), so it may repeat a victim counted elsewhere
 * @param weak wounded only because of indirect evidence (taken to hospital, in critical
 * condition, shot)
 * @param start offset of the number (or phrase) in the text
 * @param periodTotal a total over a stated period ("since February", "this year", "so
 * far", "in 2022"), not the count of the event the article reports
 */
record Figure(String category, String kind, BigDecimal min, BigDecimal max, String unit, String qualifier, String party,
		Integer parentIndex, int sentenceIndex, String cue, boolean implicit, boolean anaphoric, boolean weak,
		int start, int end, boolean periodTotal) {

	Figure(String category, String kind, BigDecimal min, BigDecimal max, String unit, String qualifier, String party,
			Integer parentIndex, int sentenceIndex, String cue, boolean implicit, boolean anaphoric, boolean weak,
			int start, int end) {
		this(category, kind, min, max, unit, qualifier, party, parentIndex, sentenceIndex, cue, implicit, anaphoric,
				weak, start, end, false);
	}

	Figure withKind(String newKind) {
		return new Figure(this.category, newKind, this.min, this.max, this.unit, this.qualifier, this.party,
				this.parentIndex, this.sentenceIndex, this.cue, this.implicit, this.anaphoric, this.weak, this.start,
				this.end, this.periodTotal);
	}

	/** The same figure counting exactly {@code value}. */
	Figure withValue(BigDecimal value) {
		return new Figure(this.category, this.kind, value, value, this.unit, this.qualifier, this.party,
				this.parentIndex, this.sentenceIndex, this.cue, this.implicit, this.anaphoric, this.weak, this.start,
				this.end, this.periodTotal);
	}

	Figure withParentIndex(Integer newParentIndex) {
		return new Figure(this.category, this.kind, this.min, this.max, this.unit, this.qualifier, this.party,
				newParentIndex, this.sentenceIndex, this.cue, this.implicit, this.anaphoric, this.weak, this.start,
				this.end, this.periodTotal);
	}

	/** The same figure as a total over a stated period, linked to no parent. */
	Figure asPeriodTotal() {
		return new Figure(this.category, this.kind, this.min, this.max, this.unit, this.qualifier, this.party, null,
				this.sentenceIndex, this.cue, this.implicit, this.anaphoric, this.weak, this.start, this.end, true);
	}

	boolean quantified() {
		return this.min != null;
	}

}
