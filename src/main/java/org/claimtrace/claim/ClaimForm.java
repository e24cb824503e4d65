package org.claimtrace.claim;

import java.math.BigDecimal;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** The claim edit form and the add-a-missed-claim form (which also has the span). */
class ClaimForm {

	@NotNull(message = "{claim.category.required}")
	@Pattern(regexp = "CASUALTY|FORCE_SIZE|DISTANCE|OTHER_FIGURE", message = "{claim.category.required}")
	private String category = "CASUALTY";

	@NotBlank(message = "{claim.kind.required}")
	@Size(max = 30, message = "{claim.kind.size}")
	@Pattern(regexp = "[a-z_]*", message = "{claim.kind.pattern}")
	private String kind;

	@DecimalMin(value = "0", message = "{claim.value.negative}")
	@Digits(integer = 12, fraction = 2, message = "{claim.value.digits}")
	private BigDecimal valueMin;

	@DecimalMin(value = "0", message = "{claim.value.negative}")
	@Digits(integer = 12, fraction = 2, message = "{claim.value.digits}")
	private BigDecimal valueMax;

	@Size(max = 16, message = "{claim.unit.size}")
	private String unit;

	@NotNull(message = "{claim.qualifier.required}")
	@Pattern(regexp = "EXACT|APPROXIMATELY|AT_LEAST|MORE_THAN|AT_MOST|UP_TO|RANGE|ESTIMATE|UNQUANTIFIED",
			message = "{claim.qualifier.required}")
	private String qualifier = "EXACT";

	@Size(max = 300, message = "{claim.party.size}")
	private String party;

	private Long locationId;

	private String placeName;

	@Size(max = 300, message = "{claim.source.size}")
	private String sourceName;

	@Size(max = 200, message = "{claim.cue.size}")
	private String cue;

	@NotNull(message = "{claim.verification.required}")
	@Pattern(regexp = "UNVERIFIED|CONFIRMED|DISPUTED|NOT_STATED", message = "{claim.verification.required}")
	private String verification = "NOT_STATED";

	private boolean hedged;

	private Long version;

	/** Add form only: where the figure is in the article's text. */
	private Integer start;

	private Integer end;

	private String text;

	@AssertTrue(message = "{claim.value.order}")
	public boolean isValuesInOrder() {
		return this.valueMin == null || this.valueMax == null || this.valueMin.compareTo(this.valueMax) <= 0;
	}

	@AssertTrue(message = "{claim.value.maxWithoutMin}")
	public boolean isMinGivenWithMax() {
		return this.valueMax == null || this.valueMin != null;
	}

	ClaimEdit toEdit() {
		return new ClaimEdit(this.category, this.kind.strip(), this.valueMin, this.valueMax, this.unit, this.qualifier,
				this.party, this.locationId, this.sourceName, this.cue, this.verification, this.hedged);
	}

	static ClaimForm of(ClaimReviewRow claim) {
		ClaimForm form = new ClaimForm();
		form.category = claim.category();
		form.kind = claim.kind();
		form.valueMin = plain(claim.valueMin());
		form.valueMax = plain(claim.valueMax());
		form.unit = claim.unit();
		form.qualifier = claim.qualifier();
		form.party = claim.party();
		form.locationId = claim.locationId();
		form.placeName = claim.placeName();
		form.sourceName = claim.sourceName();
		form.cue = claim.cue();
		form.verification = claim.verification();
		form.hedged = claim.hedged();
		form.version = claim.version();
		return form;
	}

	/** 11000.00 reads as 11000 in the form. */
	static BigDecimal plain(BigDecimal value) {
		if (value == null) {
			return null;
		}
		BigDecimal stripped = value.stripTrailingZeros();
		return (stripped.scale() < 0) ? stripped.setScale(0) : stripped;
	}

	public String getCategory() {
		return this.category;
	}

	public void setCategory(String category) {
		this.category = category;
	}

	public String getKind() {
		return this.kind;
	}

	public void setKind(String kind) {
		this.kind = kind;
	}

	public BigDecimal getValueMin() {
		return this.valueMin;
	}

	public void setValueMin(BigDecimal valueMin) {
		this.valueMin = valueMin;
	}

	public BigDecimal getValueMax() {
		return this.valueMax;
	}

	public void setValueMax(BigDecimal valueMax) {
		this.valueMax = valueMax;
	}

	public String getUnit() {
		return this.unit;
	}

	public void setUnit(String unit) {
		this.unit = unit;
	}

	public String getQualifier() {
		return this.qualifier;
	}

	public void setQualifier(String qualifier) {
		this.qualifier = qualifier;
	}

	public String getParty() {
		return this.party;
	}

	public void setParty(String party) {
		this.party = party;
	}

	public Long getLocationId() {
		return this.locationId;
	}

	public void setLocationId(Long locationId) {
		this.locationId = locationId;
	}

	public String getPlaceName() {
		return this.placeName;
	}

	public void setPlaceName(String placeName) {
		this.placeName = placeName;
	}

	public String getSourceName() {
		return this.sourceName;
	}

	public void setSourceName(String sourceName) {
		this.sourceName = sourceName;
	}

	public String getCue() {
		return this.cue;
	}

	public void setCue(String cue) {
		this.cue = cue;
	}

	public String getVerification() {
		return this.verification;
	}

	public void setVerification(String verification) {
		this.verification = verification;
	}

	public boolean isHedged() {
		return this.hedged;
	}

	public void setHedged(boolean hedged) {
		this.hedged = hedged;
	}

	public Long getVersion() {
		return this.version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}

	public Integer getStart() {
		return this.start;
	}

	public void setStart(Integer start) {
		this.start = start;
	}

	public Integer getEnd() {
		return this.end;
	}

	public void setEnd(Integer end) {
		this.end = end;
	}

	public String getText() {
		return this.text;
	}

	public void setText(String text) {
		this.text = text;
	}

}
