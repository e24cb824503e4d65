package org.claimtrace.article.importing;

/** A line (or feed item) that was not imported, and why. */
record ImportFailure(int line, String reason) {
}
