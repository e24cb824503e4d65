package org.claimtrace.claim;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * A claim in the read API and the JSON export: the shape of the article API's claims plus
 * review status, article and extractor provenance.
 */
record ClaimResponse(Long id, String category, String kind, BigDecimal valueMin, BigDecimal valueMax, String unit,
		String qualifier, String party, Long parentClaimId, Location location, Source source, String cue,
		String verification, boolean hedged, boolean periodTotal, String sentence, int start, int end,
		String reviewStatus, Article article, Extractor extractor, String permalink) {

	record Location(Long id, String name, Double latitude, Double longitude, String precision, String countryCode) {
	}

	record Source(Long id, String name, String kind) {
	}

	record Article(Long id, String title, String url, String outlet, Instant publishedAt) {
	}

	record Extractor(String name, String version) {
	}

	static ClaimResponse of(ClaimRow c) {
		ClaimRow.PlaceRef p = c.place();
		ClaimRow.SourceRef s = c.source();
		ClaimRow.ArticleRef a = c.article();
		return new ClaimResponse(c.id(), c.category(), c.kind(), c.valueMin(), c.valueMax(), c.unit(), c.qualifier(),
				c.party(), c.parentClaimId(),
				(p != null)
						? new Location(p.id(), p.name(), p.latitude(), p.longitude(), p.precision(), p.countryCode())
						: null,
				(s != null) ? new Source(s.id(), s.name(), s.kind()) : null, c.cue(), c.verification(), c.hedged(),
				c.periodTotal(), c.sentence(), c.start(), c.end(), c.reviewStatus(),
				new Article(a.id(), a.title(), a.url(), a.outlet(), a.publishedAt()),
				new Extractor(c.extractorName(), c.extractorVersion()), c.permalink());
	}

}
