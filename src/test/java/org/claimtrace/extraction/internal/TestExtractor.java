package org.claimtrace.extraction.internal;

/** One extractor (on the shared test pipeline) for all tests of a run. */
final class TestExtractor {

	private static ClaimExtractor extractor;

	private TestExtractor() {
	}

	static synchronized ClaimExtractor get() {
		if (extractor == null) {
			extractor = new ClaimExtractor(new TextCleaner(), TestPipeline.get(), new FigureExtractor(),
					new VerificationDetector(), new PlaceLinker(new InMemoryPlaceResolver()));
		}
		return extractor;
	}

}
