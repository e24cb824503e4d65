package org.claimtrace.system;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Puts the tile settings in every page's model; the site layout exposes them to
 * {@code map.js} in a meta tag.
 */
@ControllerAdvice
class MapTilesAdvice {

	private final MapProperties map;

	MapTilesAdvice(ObjectProvider<MapProperties> map) {
		this.map = map.getIfAvailable(MapProperties::defaults);
	}

	@ModelAttribute("mapTiles")
	MapProperties mapTiles() {
		return this.map;
	}

}
