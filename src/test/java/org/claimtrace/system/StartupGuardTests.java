package org.claimtrace.system;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class StartupGuardTests {

	@Test
	void rootWithEmbeddedDatabaseGetsOneClearLineAndExitCode2() throws Exception {
		// a child JVM pretending to be root: the guard must exit before Spring starts
		String java = System.getProperty("java.home") + File.separator + "bin" + File.separator + "java";
		Process process = new ProcessBuilder(java, "-Duser.name=root", "-cp", System.getProperty("java.class.path"),
				"org.claimtrace.ClaimtraceApplication")
			.redirectErrorStream(true)
			.start();
		process.getOutputStream().close();
		assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
		assertThat(process.exitValue()).isEqualTo(2);
		assertThat(output.lines()).hasSize(1);
		assertThat(output).contains("as root").contains("SPRING_DATASOURCE_URL");
	}

}
