package org.claimtrace;

import org.junit.jupiter.api.Test;

import org.springframework.modulith.core.ApplicationModules;

class ModularityTests {

	@Test
	void modulesOnlyUseEachOthersPublicFacesAndHaveNoCycles() {
		ApplicationModules.of(ClaimtraceApplication.class).verify();
	}

}
