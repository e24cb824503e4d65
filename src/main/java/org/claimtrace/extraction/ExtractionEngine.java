package org.claimtrace.extraction;

import java.util.concurrent.atomic.AtomicReference;

import org.claimtrace.extraction.internal.ClaimExtractor;
import org.claimtrace.location.PlaceResolver;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * The one CoreNLP-backed extractor of this application, loaded once (6-19 s, about 1.5 GB
 * of models) and warmed in the background so pages work meanwhile. Thread-safe.
 */
@Component
class ExtractionEngine {

	private static final Logger log = LoggerFactory.getLogger(ExtractionEngine.class);

	enum State {

		COLD, WARMING, READY, BROKEN

	}

	private final PlaceResolver placeResolver;

	private final AtomicReference<State> state = new AtomicReference<>(State.COLD);

	private volatile ClaimExtractor extractor;

	ExtractionEngine(PlaceResolver placeResolver) {
		this.placeResolver = placeResolver;
	}

	State state() {
		return this.state.get();
	}

	ExtractionResult extract(String text) {
		return extractor().extract(text);
	}

	String version() {
		return ClaimExtractor.EXTRACTOR_VERSION;
	}

	void warmUpInBackground() {
		if (this.state.compareAndSet(State.COLD, State.WARMING)) {
			Thread thread = new Thread(() -> {
				try {
					long start = System.nanoTime();
					extractor().warmUp();
					this.state.set(State.READY);
					log.info("Extraction engine ready in {} ms", (System.nanoTime() - start) / 1_000_000);
				}
				catch (RuntimeException | LinkageError ex) {
					this.state.set(State.BROKEN);
					log.error("Extraction engine failed to load", ex);
				}
			}, "extraction-warm-up");
			thread.setDaemon(true);
			thread.start();
		}
	}

	private ClaimExtractor extractor() {
		ClaimExtractor current = this.extractor;
		if (current == null) {
			synchronized (this) {
				current = this.extractor;
				if (current == null) {
					current = new ClaimExtractor(this.placeResolver);
					this.extractor = current;
				}
			}
		}
		return current;
	}

}
