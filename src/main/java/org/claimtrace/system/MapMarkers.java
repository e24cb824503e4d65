package org.claimtrace.system;

import java.util.LinkedHashSet;
import java.util.List;

import tools.jackson.databind.json.JsonMapper;

/**
 * Markers for {@code static/js/map.js}: any page renders {@code <div class="mini-map"
 * data-map th:attr="data-markers=${json}">} and the script turns it into a Leaflet map
 * (the page's own list stays the no-JS fallback).
 */
public final class MapMarkers {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private MapMarkers() {
	}

	/** One point; href may be null (a popup without a link). */
	public record Marker(double lat, double lon, String label, String href) {
	}

	/** The markers as the JSON array of the data-markers contract, duplicates dropped. */
	public static String json(List<Marker> markers) {
		return JSON.writeValueAsString(List.copyOf(new LinkedHashSet<>(markers)));
	}

	/**
	 * JSON for a {@code <script type="application/json">} data island: "<" escaped so
	 * that no text can close the script element.
	 */
	public static String island(Object value) {
		return JSON.writeValueAsString(value).replace("<", "\\u003c");
	}

}
