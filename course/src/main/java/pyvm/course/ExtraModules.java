package pyvm.course;

import java.lang.module.Configuration;
import java.lang.module.ModuleFinder;
import java.lang.module.ModuleReference;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Stage implementations that are not on the JVM's module path: the folders or jars named by the
 * system property {@code pyvm.module.path} (path-separated) are loaded as a module layer of their own
 * above the boot layer. Tests use it to load the example lexer; a grader can load a student's module
 * this way without restarting the JVM.
 */
final class ExtraModules {

    private static ModuleLayer layer;

    private ExtraModules() {}

    /** {@return the layer the stage implementations are looked up in (and in its parents)} */
    static synchronized ModuleLayer layer() {
        if (layer == null) layer = load(System.getProperty("pyvm.module.path", ""));
        return layer;
    }

    private static ModuleLayer load(String modulePath) {
        ModuleLayer boot = ModuleLayer.boot();
        if (modulePath.isBlank()) return boot;
        Path[] paths = Arrays.stream(modulePath.split(java.io.File.pathSeparator))
                .filter(p -> !p.isBlank()).map(Path::of).toArray(Path[]::new);
        ModuleFinder finder = ModuleFinder.of(paths);
        Set<String> names = finder.findAll().stream().map(ModuleReference::descriptor)
                .map(d -> d.name()).filter(n -> boot.findModule(n).isEmpty()).collect(Collectors.toSet());
        if (names.isEmpty()) return boot;                      // all of them are on the module path already
        Configuration config = boot.configuration().resolve(finder, ModuleFinder.of(), names);
        return boot.defineModulesWithOneLoader(config, ClassLoader.getSystemClassLoader());
    }
}
