package org.claimtrace.extraction;

import java.util.List;

/**
 * What the extractor found in one text. Offsets everywhere are character offsets into the
 * text as it was submitted (clean-up blanks boilerplate out instead of deleting it, so
 * offsets never shift).
 */
public record ExtractionResult(String extractorName, String extractorVersion, List<ExtractedClaim> claims,
		List<ExtractedAttribution> attributions, List<ExtractedPlace> places) {
}
