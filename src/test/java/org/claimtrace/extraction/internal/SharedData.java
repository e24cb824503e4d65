package org.claimtrace.extraction.internal;

import java.nio.file.Path;

/**
 * The shared folder with evaluation data and the seed article: system property
 * claimtrace.shared.
 */
final class SharedData {

	private SharedData() {
	}

	static Path path(String relative) {
		return Path.of(System.getProperty("claimtrace.shared", "../shared")).resolve(relative);
	}

}
