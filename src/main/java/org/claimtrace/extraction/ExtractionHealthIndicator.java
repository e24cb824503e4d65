package org.claimtrace.extraction;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/** Readiness waits for the NLP models; the web pages work meanwhile. */
@Component("extractor")
class ExtractionHealthIndicator implements HealthIndicator {

	private final ExtractionEngine engine;

	private final ExtractionProperties properties;

	ExtractionHealthIndicator(ExtractionEngine engine, ExtractionProperties properties) {
		this.engine = engine;
		this.properties = properties;
	}

	@Override
	public Health health() {
		ExtractionEngine.State state = this.engine.state();
		if (state == ExtractionEngine.State.READY || !this.properties.warmUp()) {
			return Health.up().withDetail("engine", state.name().toLowerCase()).build();
		}
		if (state == ExtractionEngine.State.BROKEN) {
			return Health.down().withDetail("engine", "failed to load").build();
		}
		return Health.outOfService().withDetail("engine", "warming up").build();
	}

}
