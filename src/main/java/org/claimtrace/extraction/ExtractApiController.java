package org.claimtrace.extraction;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import org.claimtrace.system.PlainText;

import org.claimtrace.claim.ArticleClaims;

import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Extracts claims from posted text without storing anything; the JSON has the same shape
 * as an article's claims (ids are null since nothing is stored).
 */
@RestController
class ExtractApiController {

	private final ExtractionService extraction;

	ExtractApiController(ExtractionService extraction) {
		this.extraction = extraction;
	}

	@PostMapping("/api/v1/extract")
	ArticleClaims extract(@Valid @RequestBody ExtractRequest request) {
		ExtractionResult result = this.extraction.preview(request.text());
		List<ArticleClaims.PlaceMentionView> places = result.places()
			.stream()
			.map((p) -> new ArticleClaims.PlaceMentionView(p.mention().text(), p.mention().start(), p.mention().end(),
					p.name(), p.latitude(), p.longitude(), p.geonamesId(), p.countryCode(), p.precision(), null))
			.toList();
		List<ArticleClaims.ClaimView> claims = result.claims().stream().map((c) -> {
			ExtractedPlace place = (c.placeIndex() != null) ? result.places().get(c.placeIndex()) : null;
			ExtractedAttribution attribution = (c.attributionIndex() != null)
					? result.attributions().get(c.attributionIndex()) : null;
			String sourceName = (attribution != null) ? attribution.sourceName() : c.sourceName();
			String sourceKind = (attribution != null) ? attribution.sourceKind() : c.sourceKind();
			return new ArticleClaims.ClaimView(null, c.category(), c.kind(), c.valueMin(), c.valueMax(), c.unit(),
					c.qualifier(), c.party(), null,
					(place != null) ? new ArticleClaims.PlaceRef(place.name(), place.latitude(), place.longitude(),
							place.geonamesId(), place.countryCode(), place.precision(), null) : null,
					(sourceName != null || sourceKind != null)
							? new ArticleClaims.SourceRef(null, sourceName, sourceKind) : null,
					c.cue(), c.verification(), c.hedged(), c.sentence().text(), c.start(), c.end(), null,
					result.extractorVersion(), c.sentence().start(), c.sentence().end(), c.periodTotal());
		}).toList();
		List<ArticleClaims.AttributionView> attributions = result.attributions()
			.stream()
			.map((a) -> new ArticleClaims.AttributionView(null,
					(a.source() != null)
							? new ArticleClaims.SourceSpanView(a.source().text(), a.source().start(), a.source().end(),
									a.sourceName())
							: new ArticleClaims.SourceSpanView(null, null, null, a.sourceName()),
					new ArticleClaims.SpanView(a.cue().text(), a.cue().start(), a.cue().end()),
					new ArticleClaims.SpanView(a.content().text(), a.content().start(), a.content().end()), a.direct()))
			.toList();
		return new ArticleClaims(claims, attributions, places);
	}

	record ExtractRequest(@NotNull @PlainText String text) {
	}

}
