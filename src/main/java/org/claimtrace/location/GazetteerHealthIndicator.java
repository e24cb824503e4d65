package org.claimtrace.location;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * Readiness waits for the gazetteer's first load (about a minute on first start, seconds
 * afterwards).
 */
@Component("gazetteer")
class GazetteerHealthIndicator implements HealthIndicator {

	private final Gazetteer gazetteer;

	private final LocationProperties properties;

	GazetteerHealthIndicator(Gazetteer gazetteer, LocationProperties properties) {
		this.gazetteer = gazetteer;
		this.properties = properties;
	}

	@Override
	public Health health() {
		if (this.gazetteer.isReady() || !this.properties.loadOnStart()) {
			return Health.up().build();
		}
		if (this.gazetteer.failure() != null) {
			return Health.down().withDetail("gazetteer", "failed to load").build();
		}
		return Health.outOfService().withDetail("gazetteer", "loading").build();
	}

}
