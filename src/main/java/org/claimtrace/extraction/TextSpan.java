package org.claimtrace.extraction;

/** A piece of the submitted text: its characters and where they are. */
public record TextSpan(String text, int start, int end) {
}
