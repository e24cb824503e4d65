package org.claimtrace.source;

/**
 * An editor merged a duplicate source into another; what named it must name the target.
 */
public record SourceMerged(Long duplicateId, Long targetId) {
}
