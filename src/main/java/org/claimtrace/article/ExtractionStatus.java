package org.claimtrace.article;

/** Where the article's claim extraction stands, as readers and the API see it. */
public enum ExtractionStatus {

	PENDING, RUNNING, DONE, FAILED

}
