package org.redbox;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/** Module boundaries hold, and the module documentation in docs/modules is regenerated from the code. */
class ModularityTests {

	private final ApplicationModules modules = ApplicationModules.of(RedboxApplication.class);

	@Test
	void modulesOnlyUseEachOthersPublicApiWithoutCycles() {
		modules.verify();
	}

	@Test
	void writesModuleDocumentation() {
		new Documenter(modules, Documenter.Options.defaults().withOutputFolder("docs/modules"))
				.writeModulesAsPlantUml()
				.writeIndividualModulesAsPlantUml()
				.writeModuleCanvases();
	}
}
