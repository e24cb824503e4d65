package org.claimtrace.location;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.postgresql.ds.PGSimpleDataSource;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The first load runs in the background; when the application stops meanwhile (its
 * database going with it) the log says so in one line instead of reporting a broken
 * gazetteer with a stack trace.
 */
@ExtendWith(OutputCaptureExtension.class)
class GazetteerShutdownTests {

	@Test
	void aLoadCutShortByShutdownIsOneInformativeLine(CapturedOutput output) {
		Gazetteer gazetteer = new Gazetteer(unreachableDatabase(), new LocationProperties(false));
		gazetteer.stop();
		gazetteer.loadAndIndex();
		assertThat(output).contains("Gazetteer load stopped: the application is shutting down")
			.doesNotContain("Gazetteer failed to load")
			.doesNotContain("IllegalStateException");
		assertThat(gazetteer.isReady()).isFalse();
	}

	@Test
	void aDatabaseFailureWhileRunningIsStillAnError(CapturedOutput output) {
		Gazetteer gazetteer = new Gazetteer(unreachableDatabase(), new LocationProperties(false));
		gazetteer.loadAndIndex();
		assertThat(output).contains("Gazetteer failed to load").doesNotContain("Gazetteer load stopped");
		assertThat(gazetteer.failure()).isNotBlank();
	}

	private static PGSimpleDataSource unreachableDatabase() {
		PGSimpleDataSource dataSource = new PGSimpleDataSource();
		dataSource.setServerNames(new String[] { "127.0.0.1" });
		dataSource.setPortNumbers(new int[] { 1 });
		dataSource.setConnectTimeout(2);
		return dataSource;
	}

}
