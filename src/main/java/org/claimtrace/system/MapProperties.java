package org.claimtrace.system;

import jakarta.validation.constraints.NotBlank;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Map tiles for every Leaflet map ({@code CLAIMTRACE_MAP_TILE_URL},
 * {@code CLAIMTRACE_MAP_ATTRIBUTION}). Markers and the page lists render even when tiles
 * cannot be loaded.
 *
 * @param tileUrl a Leaflet tile URL template with {z}/{x}/{y}
 * @param attribution credit shown on the map (HTML allowed, as Leaflet expects)
 */
@ConfigurationProperties("claimtrace.map")
@Validated
public record MapProperties(@NotBlank String tileUrl, @NotBlank String attribution) {

	public static final String DEFAULT_TILE_URL = "https://tile.openstreetmap.org/{z}/{x}/{y}.png";

	public static final String DEFAULT_ATTRIBUTION = "&copy; <a href=\"https://www.openstreetmap.org/copyright\">OpenStreetMap</a> contributors";

	public MapProperties {
		tileUrl = (tileUrl == null || tileUrl.isBlank()) ? DEFAULT_TILE_URL : tileUrl;
		attribution = (attribution == null || attribution.isBlank()) ? DEFAULT_ATTRIBUTION : attribution;
	}

	static MapProperties defaults() {
		return new MapProperties(null, null);
	}

}
