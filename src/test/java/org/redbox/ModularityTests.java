package org.redbox;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/** Module boundaries hold, and the module documentation in docs/modules is regenerated from the code. */
class ModularityTests {

	private static final Path DOCS = Path.of("docs/modules");
	private static final Path GENERATED = Path.of("target/modules-docs");

	private final ApplicationModules modules = ApplicationModules.of(RedboxApplication.class);

	@Test
	void modulesOnlyUseEachOthersPublicApiWithoutCycles() {
		modules.verify();
	}

	/**
	 * The Documenter lists some diagram lines in a different order on each run; a file is
	 * replaced only when its content really changed, so that a build leaves docs/ untouched.
	 */
	@Test
	void writesModuleDocumentation() throws IOException {
		new Documenter(modules, Documenter.Options.defaults().withOutputFolder(GENERATED.toString()))
				.writeModulesAsPlantUml()
				.writeIndividualModulesAsPlantUml()
				.writeModuleCanvases();
		Files.createDirectories(DOCS);
		try (Stream<Path> files = Files.list(GENERATED)) {
			files.filter(Files::isRegularFile).forEach(ModularityTests::publishIfChanged);
		}
	}

	private static void publishIfChanged(Path generated) {
		Path published = DOCS.resolve(generated.getFileName());
		try {
			if (!Files.exists(published) || !sortedLines(published).equals(sortedLines(generated))) {
				Files.copy(generated, published, StandardCopyOption.REPLACE_EXISTING);
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static List<String> sortedLines(Path file) throws IOException {
		// a table cell's first item carries the cell's "|", whichever item comes first
		return Files.readAllLines(file).stream().map(line -> line.startsWith("|* ") ? line.substring(1) : line).sorted()
				.toList();
	}
}
