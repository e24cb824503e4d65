package org.claimtrace.extraction.internal;

import java.util.List;

import org.claimtrace.extraction.ExtractedAttribution;

/**
 * Attributions of a short passage, with the production pipeline, for the pattern tests.
 */
final class TestAttributions {

	private static final AttributionExtractor EXTRACTOR = new AttributionExtractor();

	private TestAttributions() {
	}

	static List<ExtractedAttribution> extract(String text) {
		return EXTRACTOR.extract(TestPipeline.get().annotate(text));
	}

	static ExtractedAttribution byCue(List<ExtractedAttribution> attributions, String cue) {
		return attributions.stream()
			.filter((attribution) -> attribution.cue().text().equals(cue))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no cue '" + cue + "' in " + attributions));
	}

}
