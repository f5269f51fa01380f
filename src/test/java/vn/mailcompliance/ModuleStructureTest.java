package vn.mailcompliance;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.Modulithic;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * The module map. Every package under {@code vn.mailcompliance} is a Spring Modulith application module; its
 * {@code package-info.java} names the modules it may use, and its sub-packages ({@code imap.internal}) are hidden from
 * the other modules. The application class lives in {@code cli}, the module it starts, so the root of the modules and
 * the shared modules every module may use are declared here.
 */
@Modulithic(systemName = "mailbox-compliance", sharedModules = {"settings", "shared"})
class ModuleStructureTest {

    private static final ApplicationModules MODULES = ApplicationModules.of(ModuleStructureTest.class);
    private static final Path DOCS = Path.of("docs/modules");

    @Test
    void everyModuleUsesOnlyTheModulesItDeclaresWithoutCyclesOrInternals() {
        MODULES.verify();
    }

    /** Rewrites {@code docs/modules}: the component diagram, one diagram and one canvas per module. */
    @Test
    void theModuleDocumentationIsWrittenToDocsModules() throws IOException {
        new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder(DOCS.toString())).writeDocumentation();
        try (Stream<Path> files = Files.list(DOCS)) {
            for (Path diagram : files.filter(f -> f.toString().endsWith(".puml")).toList()) {
                Files.write(diagram, withSortedElements(Files.readAllLines(diagram)));
            }
        }
    }

    /** Documenter lists components and relations in hash order: sorted, the files change only when the map does. */
    private static List<String> withSortedElements(List<String> lines) {
        List<String> sorted = new ArrayList<>(lines);
        for (String kind : List.of("Component(", "Rel(")) {
            List<Integer> at = new ArrayList<>();
            for (int i = 0; i < sorted.size(); i++) {
                if (sorted.get(i).trim().startsWith(kind)) {
                    at.add(i);
                }
            }
            List<String> elements = at.stream().map(sorted::get).sorted().toList();
            for (int i = 0; i < at.size(); i++) {
                sorted.set(at.get(i), elements.get(i));
            }
        }
        return sorted;
    }
}
