package org.claimtrace.claim;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * One figure an article states, as extracted or as an editor corrected it. Editors change
 * it only through the review methods; it never leaves {@link ClaimReviewService}.
 */
@Entity
@Table(name = "claim")
class Claim {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long articleId;

	private String category;

	private String kind;

	private BigDecimal valueMin;

	private BigDecimal valueMax;

	private String unit;

	private String qualifier;

	private String party;

	private Long parentClaimId;

	private Long locationId;

	private Long locationMentionId;

	private Long sourceId;

	private Long attributionId;

	private String cue;

	private String verification;

	private boolean hedged;

	private String sentence;

	private int sentenceStart;

	private int sentenceEnd;

	private int spanStart;

	private int spanEnd;

	@Enumerated(EnumType.STRING)
	private Origin origin;

	private String extractorName;

	private String extractorVersion;

	@Enumerated(EnumType.STRING)
	private ReviewStatus reviewStatus;

	private Long reviewedById;

	private Instant reviewedAt;

	private String reviewNote;

	private Long mergedIntoId;

	private Instant createdAt;

	private Instant updatedAt;

	@Version
	@Column(nullable = false)
	private long version;

	protected Claim() {
	}

	/** A claim an editor adds by hand: it counts as reviewed. */
	static Claim addedByEditor(Long articleId, ClaimEdit edit, Long sourceId, TextRange sentence, int start, int end,
			Editor editor, Clock clock) {
		Claim claim = new Claim();
		claim.articleId = articleId;
		claim.origin = Origin.EDITOR;
		claim.extractorName = "editor";
		claim.extractorVersion = "-";
		claim.sentence = sentence.text();
		claim.sentenceStart = sentence.start();
		claim.sentenceEnd = sentence.end();
		claim.spanStart = start;
		claim.spanEnd = end;
		claim.createdAt = clock.instant();
		claim.apply(edit, sourceId);
		claim.review(ReviewStatus.EDITED, editor, null, clock);
		return claim;
	}

	void approve(Editor editor, Clock clock) {
		refuseMerged();
		// an edited claim stays "edited": the editor's correction is what was approved
		review((this.reviewStatus == ReviewStatus.EDITED) ? ReviewStatus.EDITED : ReviewStatus.APPROVED, editor, null,
				clock);
	}

	void reject(Editor editor, String reason, Clock clock) {
		if (reason == null || reason.isBlank()) {
			throw new IllegalArgumentException("Give a reason for rejecting the claim");
		}
		refuseMerged();
		review(ReviewStatus.REJECTED, editor, reason.strip(), clock);
	}

	/** The editor's values replace the extracted ones; the span and sentence stay. */
	void correct(ClaimEdit edit, Long sourceId, Editor editor, Clock clock) {
		refuseMerged();
		apply(edit, sourceId);
		review(ReviewStatus.EDITED, editor, null, clock);
	}

	void moveTo(Long locationId, Editor editor, Clock clock) {
		refuseMerged();
		this.locationId = locationId;
		review(ReviewStatus.EDITED, editor, null, clock);
	}

	/**
	 * Splits off a second claim (e.g. "20 to 30 killed and wounded" → 20 killed, 30
	 * wounded): this claim keeps the first figure, the new one gets the second and
	 * everything else from this one.
	 */
	Claim splitOff(BigDecimal firstMin, BigDecimal firstMax, BigDecimal secondMin, BigDecimal secondMax,
			String secondKind, Integer secondStart, Integer secondEnd, Editor editor, Clock clock) {
		refuseMerged();
		Claim second = new Claim();
		second.articleId = this.articleId;
		second.category = this.category;
		second.kind = (secondKind != null && !secondKind.isBlank()) ? secondKind.strip() : this.kind;
		second.unit = this.unit;
		second.qualifier = "RANGE".equals(this.qualifier) ? "EXACT" : this.qualifier;
		second.party = this.party;
		second.parentClaimId = this.parentClaimId;
		second.locationId = this.locationId;
		second.locationMentionId = this.locationMentionId;
		second.sourceId = this.sourceId;
		second.attributionId = this.attributionId;
		second.cue = this.cue;
		second.verification = this.verification;
		second.hedged = this.hedged;
		second.sentence = this.sentence;
		second.sentenceStart = this.sentenceStart;
		second.sentenceEnd = this.sentenceEnd;
		second.spanStart = (secondStart != null) ? secondStart : this.spanStart;
		second.spanEnd = (secondEnd != null) ? secondEnd : this.spanEnd;
		second.origin = Origin.EDITOR;
		second.extractorName = "editor";
		second.extractorVersion = "-";
		second.createdAt = clock.instant();
		second.valueMin = secondMin;
		second.valueMax = (secondMax != null) ? secondMax : secondMin;
		second.review(ReviewStatus.EDITED, editor, "Split from claim #" + this.id, clock);
		this.valueMin = firstMin;
		this.valueMax = (firstMax != null) ? firstMax : firstMin;
		if ("RANGE".equals(this.qualifier)) {
			this.qualifier = "EXACT";
		}
		second.checkValues();
		checkValues();
		review(ReviewStatus.EDITED, editor, null, clock);
		return second;
	}

	/**
	 * Takes the other claim in: this one covers both spans and keeps its figure; the
	 * other is kept for the record but hidden, pointing here.
	 */
	void absorb(Claim other, Editor editor, Clock clock) {
		if (!this.articleId.equals(other.articleId)) {
			throw new IllegalArgumentException("Only claims of the same article can be merged");
		}
		if (this.id.equals(other.id)) {
			throw new IllegalArgumentException("Choose two different claims to merge");
		}
		refuseMerged();
		other.refuseMerged();
		this.spanStart = Math.min(this.spanStart, other.spanStart);
		this.spanEnd = Math.max(this.spanEnd, other.spanEnd);
		if (other.sentenceStart < this.sentenceStart || other.sentenceEnd > this.sentenceEnd) {
			// spans in two sentences: keep both sentences as the context
			int start = Math.min(this.sentenceStart, other.sentenceStart);
			String first = (this.sentenceStart <= other.sentenceStart) ? this.sentence : other.sentence;
			String second = (this.sentenceStart <= other.sentenceStart) ? other.sentence : this.sentence;
			this.sentence = first + " " + second;
			this.sentenceStart = start;
			this.sentenceEnd = Math.max(this.sentenceEnd, other.sentenceEnd);
		}
		if (this.sourceId == null) {
			this.sourceId = other.sourceId;
		}
		if (this.locationId == null) {
			this.locationId = other.locationId;
		}
		review(ReviewStatus.EDITED, editor, null, clock);
		other.mergedIntoId = this.id;
		other.review(ReviewStatus.REJECTED, editor, "Merged into claim #" + this.id, clock);
	}

	private void apply(ClaimEdit edit, Long sourceId) {
		this.category = edit.category();
		this.kind = edit.kind().strip();
		this.valueMin = edit.valueMin();
		this.valueMax = (edit.valueMax() != null) ? edit.valueMax() : edit.valueMin();
		this.unit = blankToNull(edit.unit());
		this.qualifier = edit.qualifier();
		this.party = blankToNull(edit.party());
		this.locationId = edit.locationId();
		this.sourceId = sourceId;
		this.cue = blankToNull(edit.cue());
		this.verification = edit.verification();
		this.hedged = edit.hedged();
		checkValues();
	}

	private void checkValues() {
		if (this.valueMin != null && this.valueMax != null && this.valueMin.compareTo(this.valueMax) > 0) {
			throw new IllegalArgumentException("The smallest figure cannot be larger than the largest");
		}
	}

	private void review(ReviewStatus status, Editor editor, String note, Clock clock) {
		this.reviewStatus = status;
		this.reviewedById = editor.id();
		this.reviewedAt = clock.instant();
		this.reviewNote = note;
		this.updatedAt = this.reviewedAt;
	}

	private void refuseMerged() {
		if (this.mergedIntoId != null) {
			throw new IllegalArgumentException("Claim #" + this.id + " was merged into claim #" + this.mergedIntoId);
		}
	}

	private static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

	/** What the audit trail records before and after a change. */
	Map<String, Object> auditState() {
		Map<String, Object> state = new LinkedHashMap<>();
		state.put("category", this.category);
		state.put("kind", this.kind);
		state.put("valueMin", (this.valueMin != null) ? this.valueMin.stripTrailingZeros().toPlainString() : null);
		state.put("valueMax", (this.valueMax != null) ? this.valueMax.stripTrailingZeros().toPlainString() : null);
		state.put("unit", this.unit);
		state.put("qualifier", this.qualifier);
		state.put("party", this.party);
		state.put("locationId", this.locationId);
		state.put("sourceId", this.sourceId);
		state.put("cue", this.cue);
		state.put("verification", this.verification);
		state.put("hedged", this.hedged);
		state.put("span", this.spanStart + "-" + this.spanEnd);
		state.put("reviewStatus", this.reviewStatus.name());
		state.put("reviewNote", this.reviewNote);
		if (this.mergedIntoId != null) {
			state.put("mergedInto", this.mergedIntoId);
		}
		return state;
	}

	Long getId() {
		return this.id;
	}

	Long getArticleId() {
		return this.articleId;
	}

	Long getLocationMentionId() {
		return this.locationMentionId;
	}

	ReviewStatus getReviewStatus() {
		return this.reviewStatus;
	}

	Origin getOrigin() {
		return this.origin;
	}

	String getReviewNote() {
		return this.reviewNote;
	}

	Long getReviewedById() {
		return this.reviewedById;
	}

	Long getMergedIntoId() {
		return this.mergedIntoId;
	}

	BigDecimal getValueMin() {
		return this.valueMin;
	}

	BigDecimal getValueMax() {
		return this.valueMax;
	}

	int getSpanStart() {
		return this.spanStart;
	}

	int getSpanEnd() {
		return this.spanEnd;
	}

	Long getLocationId() {
		return this.locationId;
	}

	Long getSourceId() {
		return this.sourceId;
	}

	String getKind() {
		return this.kind;
	}

	long getVersion() {
		return this.version;
	}

	enum ReviewStatus {

		UNREVIEWED, APPROVED, EDITED, REJECTED

	}

	enum Origin {

		AUTOMATIC, EDITOR

	}

	/** Who reviewed: an app_user row. */
	record Editor(Long id, String username) {
	}

	record TextRange(String text, int start, int end) {
	}

}
