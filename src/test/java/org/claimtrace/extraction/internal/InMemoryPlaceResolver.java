package org.claimtrace.extraction.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.claimtrace.location.PlaceResolver;
import org.claimtrace.location.ResolvedPlace;
import org.claimtrace.location.ToponymCandidate;

/** A tiny gazetteer for tests: accepts the candidates it knows, by exact text. */
final class InMemoryPlaceResolver implements PlaceResolver {

	private record Entry(String name, long id, double lat, double lon, String country, String precision) {
	}

	private static final Map<String, Entry> ENTRIES = Map.of("Kursk",
			new Entry("Kursk Oblast", 538555, 51.73, 36.19, "RU", "region"), "Pokrovsk",
			new Entry("Pokrovsk", 708098, 48.28, 37.18, "UA", "city"), "Donetsk",
			new Entry("Donetsk Oblast", 709716, 48.0, 37.8, "UA", "region"), "Ukraine",
			new Entry("Ukraine", 690791, 49.0, 32.0, "UA", "country"), "Russia",
			new Entry("Russia", 2017370, 60.0, 100.0, "RU", "country"), "North Korea",
			new Entry("North Korea", 1873107, 40.0, 127.0, "KP", "country"), "Kyiv",
			new Entry("Kyiv", 703448, 50.45, 30.52, "UA", "city"), "Plekhovo",
			new Entry("Plekhovo", 0, 51.2, 35.0, "RU", "village"), "Washington",
			new Entry("Washington", 4140963, 38.9, -77.0, "US", "city"));

	@Override
	public List<ResolvedPlace> resolve(String text, List<ToponymCandidate> candidates) {
		List<ResolvedPlace> result = new ArrayList<>();
		for (ToponymCandidate candidate : candidates) {
			if (candidate.contextOnly()) {
				continue;
			}
			Entry entry = ENTRIES.get(candidate.text());
			if (entry != null) {
				result.add(new ResolvedPlace(candidate.text(), candidate.start(), candidate.end(), entry.name(),
						(entry.id() == 0) ? null : entry.id(), entry.lat(), entry.lon(), entry.country(), null,
						(entry.id() == 0) ? "unresolved" : entry.precision(), null));
			}
		}
		return result;
	}

}
