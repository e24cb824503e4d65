package org.claimtrace.article;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.claimtrace.claim.ArticleClaims;

/**
 * The places an article names, once each, in order of first mention: the page listed
 * every mention, so a report naming Kursk eight times showed eight "Kursk Oblast" tags.
 */
public final class ArticlePlaces {

	private ArticlePlaces() {
	}

	/**
	 * @param locationId the gazetteer row (or the region of an unresolved village), null
	 * when unknown
	 * @param mentions how many times the article names it
	 * @param nameShared another place of the list has the same name (the city of Kharkiv
	 * and its region), so the page says which is which
	 */
	public record Place(String name, String countryCode, String precision, Long locationId, int mentions,
			boolean nameShared) {
	}

	public static List<Place> of(List<ArticleClaims.PlaceMentionView> mentions) {
		// The name is part of the key: an unresolved village carries its region's id.
		Map<String, Place> places = new LinkedHashMap<>();
		for (ArticleClaims.PlaceMentionView m : mentions) {
			String key = m.name().toLowerCase(Locale.ROOT) + '|' + m.locationId() + '|' + m.countryCode();
			places.merge(key, new Place(m.name(), m.countryCode(), m.precision(), m.locationId(), 1, false), (a,
					b) -> new Place(a.name(), a.countryCode(), a.precision(), a.locationId(), a.mentions() + 1, false));
		}
		Map<String, Long> names = places.values()
			.stream()
			.collect(Collectors.groupingBy((p) -> p.name().toLowerCase(Locale.ROOT), Collectors.counting()));
		return places.values()
			.stream()
			.map((p) -> new Place(p.name(), p.countryCode(), p.precision(), p.locationId(), p.mentions(),
					names.get(p.name().toLowerCase(Locale.ROOT)) > 1))
			.toList();
	}

}
