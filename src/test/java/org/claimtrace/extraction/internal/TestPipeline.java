package org.claimtrace.extraction.internal;

/** The production pipeline, loaded once for all tests of a run. */
final class TestPipeline {

	private static NlpPipeline pipeline;

	private TestPipeline() {
	}

	static synchronized NlpPipeline get() {
		if (pipeline == null) {
			pipeline = new NlpPipeline();
		}
		return pipeline;
	}

}
