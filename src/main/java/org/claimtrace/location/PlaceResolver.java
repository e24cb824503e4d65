package org.claimtrace.location;

import java.util.List;

/**
 * Decides which candidates are places and resolves them against the GeoNames gazetteer,
 * using the whole text as context (co-mentioned places, the article's country).
 * Implemented by the location module.
 */
public interface PlaceResolver {

	List<ResolvedPlace> resolve(String text, List<ToponymCandidate> candidates);

}
