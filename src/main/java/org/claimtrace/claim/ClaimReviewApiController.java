package org.claimtrace.claim;

import static org.claimtrace.claim.Rows.lower;
import static org.claimtrace.claim.Rows.stripped;

import java.math.BigDecimal;
import java.net.URI;
import java.security.Principal;
import java.util.List;
import java.util.Locale;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.claimtrace.source.SourceSummary;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Review actions for scripts (editors, HTTP Basic). The read endpoints live in the claims
 * API; every answer here is the claim as it is now, with reviewStatus and version.
 */
@RestController
class ClaimReviewApiController {

	private final ClaimReviewService review;

	ClaimReviewApiController(ClaimReviewService review) {
		this.review = review;
	}

	@PostMapping("/api/v1/claims/{id}/approve")
	ClaimResponse approve(@PathVariable Long id, @RequestBody(required = false) VersionRequest request,
			Principal principal) {
		return ClaimResponse
			.of(this.review.approve(id, (request != null) ? request.version() : null, principal.getName()));
	}

	@PostMapping("/api/v1/claims/{id}/reject")
	ClaimResponse reject(@PathVariable Long id, @Valid @RequestBody RejectRequest request, Principal principal) {
		return ClaimResponse.of(this.review.reject(id, request.reason(), request.version(), principal.getName()));
	}

	@PutMapping("/api/v1/claims/{id}")
	ClaimResponse update(@PathVariable Long id, @Valid @RequestBody ClaimRequest request, Principal principal) {
		return ClaimResponse.of(this.review.correct(id, request.toEdit(), request.version(), principal.getName()));
	}

	@PostMapping("/api/v1/articles/{id}/claims")
	ResponseEntity<ClaimResponse> add(@PathVariable Long id, @Valid @RequestBody NewClaimRequest request,
			Principal principal) {
		ClaimReviewRow added = this.review.add(id, request.claim().toEdit(), request.start(), request.end(),
				principal.getName());
		return ResponseEntity.created(URI.create("/api/v1/claims/" + added.id())).body(ClaimResponse.of(added));
	}

	@PostMapping("/api/v1/claims/{id}/split")
	List<ClaimResponse> split(@PathVariable Long id, @Valid @RequestBody SplitRequest request, Principal principal) {
		return this.review
			.split(id,
					new ClaimReviewService.ClaimSplit(request.firstMin(), request.firstMax(), request.secondMin(),
							request.secondMax(), request.secondKind(), request.secondStart(), request.secondEnd(),
							request.version()),
					principal.getName())
			.stream()
			.map(ClaimResponse::of)
			.toList();
	}

	@PostMapping("/api/v1/claims/merge")
	ClaimResponse merge(@Valid @RequestBody MergeRequest request, Principal principal) {
		return ClaimResponse.of(this.review.merge(request.ids(), principal.getName()));
	}

	@PostMapping("/api/v1/sources/{id}/merge")
	SourceSummary mergeSource(@PathVariable Long id, @Valid @RequestBody SourceMergeRequest request,
			Principal principal) {
		return this.review.mergeSources(id, request.targetId(), principal.getName());
	}

	record VersionRequest(Long version) {
	}

	record RejectRequest(@NotBlank(message = "give a reason") @Size(max = 1000) String reason, Long version) {
	}

	record MergeRequest(@NotEmpty @Size(min = 2, max = 2, message = "give exactly two claim ids") List<Long> ids) {
	}

	record SourceMergeRequest(@NotNull Long targetId) {
	}

	record SplitRequest(@NotNull @DecimalMin("0") @Digits(integer = 12, fraction = 2) BigDecimal firstMin,
			@DecimalMin("0") @Digits(integer = 12, fraction = 2) BigDecimal firstMax,
			@NotNull @DecimalMin("0") @Digits(integer = 12, fraction = 2) BigDecimal secondMin,
			@DecimalMin("0") @Digits(integer = 12, fraction = 2) BigDecimal secondMax, String secondKind,
			Integer secondStart, Integer secondEnd, Long version) {
	}

	/** The editable fields of a claim; enum values in any case. */
	record ClaimRequest(@NotBlank String category, @NotBlank @Size(max = 30) String kind,
			@DecimalMin("0") @Digits(integer = 12, fraction = 2) BigDecimal valueMin,
			@DecimalMin("0") @Digits(integer = 12, fraction = 2) BigDecimal valueMax, @Size(max = 16) String unit,
			String qualifier, @Size(max = 300) String party, Long locationId, @Size(max = 300) String source,
			@Size(max = 200) String cue, String verification, Boolean hedged,
			@NotNull(message = "send the version you read (409 when it is stale)") Long version) {

		ClaimEdit toEdit() {
			return new ClaimEdit(upper(this.category), this.kind, this.valueMin, this.valueMax, this.unit,
					(this.qualifier != null) ? upper(this.qualifier) : "EXACT", this.party, this.locationId,
					this.source, this.cue, (this.verification != null) ? upper(this.verification) : "NOT_STATED",
					Boolean.TRUE.equals(this.hedged));
		}

	}

	record NewClaimRequest(@NotNull Integer start, @NotNull Integer end, @NotBlank String category,
			@NotBlank @Size(max = 30) String kind,
			@DecimalMin("0") @Digits(integer = 12, fraction = 2) BigDecimal valueMin,
			@DecimalMin("0") @Digits(integer = 12, fraction = 2) BigDecimal valueMax, @Size(max = 16) String unit,
			String qualifier, @Size(max = 300) String party, Long locationId, @Size(max = 300) String source,
			@Size(max = 200) String cue, String verification, Boolean hedged) {

		ClaimRequest claim() {
			return new ClaimRequest(this.category, this.kind, this.valueMin, this.valueMax, this.unit, this.qualifier,
					this.party, this.locationId, this.source, this.cue, this.verification, this.hedged, 0L);
		}

	}

	private static String upper(String value) {
		return value.strip().toUpperCase(Locale.ROOT);
	}

	/** A claim in the shape of the claims API, plus its review state and version. */
	record ClaimResponse(Long id, Long articleId, String category, String kind, BigDecimal valueMin,
			BigDecimal valueMax, String unit, String qualifier, String figure, String party, PlaceRef location,
			SourceRef source, String cue, String verification, boolean hedged, String sentence, int start, int end,
			String origin, String reviewStatus, String reviewedBy, String reviewNote, Long mergedIntoId, long version) {

		record PlaceRef(Long id, String name, String countryCode, String precision) {
		}

		record SourceRef(Long id, String name) {
		}

		static ClaimResponse of(ClaimReviewRow c) {
			return new ClaimResponse(c.id(), c.articleId(), lower(c.category()), c.kind(), stripped(c.valueMin()),
					stripped(c.valueMax()), c.unit(), lower(c.qualifier()), c.figure(), c.party(),
					(c.placeName() != null)
							? new PlaceRef(c.locationId(), c.placeName(), c.placeCountry(), lower(c.placePrecision()))
							: null,
					(c.sourceId() != null) ? new SourceRef(c.sourceId(), c.sourceName()) : null, c.cue(),
					lower(c.verification()), c.hedged(), c.sentence(), c.start(), c.end(), lower(c.origin()),
					lower(c.reviewStatus()), c.reviewedBy(), c.reviewNote(), c.mergedIntoId(), c.version());
		}

	}

}
