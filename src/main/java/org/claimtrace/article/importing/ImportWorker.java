package org.claimtrace.article.importing;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Works through waiting import jobs in the background, one after the other. */
@Component
class ImportWorker {

	private final ImportService imports;

	private final ImportProperties properties;

	ImportWorker(ImportService imports, ImportProperties properties) {
		this.imports = imports;
		this.properties = properties;
	}

	@Scheduled(fixedDelayString = "${claimtrace.import.poll-interval:2s}", initialDelayString = "1s")
	void poll() {
		if (!this.properties.worker()) {
			return;
		}
		while (this.imports.runNext()) {
			// drain the queue, then sleep until the next poll
		}
	}

}
