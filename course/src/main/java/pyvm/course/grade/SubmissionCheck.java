package pyvm.course.grade;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.lang.module.ModuleReader;
import java.lang.module.ModuleReference;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import pyvm.course.Stage;

/**
 * What a submission may not do, checked before anything of it runs. JPMS already keeps every
 * stage's reference package unexported and closed to reflection; this check closes the doors JPMS
 * leaves open to the submission's own code (DESIGN.md, "Swapping a stage"):
 * <ul>
 * <li>its descriptor must provide the stage's service, may not require {@code pyvm.course}, and may not
 *     {@code uses} the service it provides (the way to ask ServiceLoader for the reference);</li>
 * <li>its class files may not name a reference package or course, nor the calls that would get around
 *     the descriptor at run time: ServiceLoader, {@code Module.addUses/addReads/addExports/addOpens},
 *     {@code Class.forName}, {@code setAccessible}.</li>
 * </ul>
 */
public final class SubmissionCheck {

    private static final List<String> FORBIDDEN_CALLS = List.of("java/util/ServiceLoader", "addUses", "addReads",
            "addExports", "addOpens", "forName", "setAccessible");

    private SubmissionCheck() {}

    /**
     * @param paths the submission's module path (its classes folder or jar)
     * @return the problems found, empty when the submission may be graded
     */
    public static List<String> problems(Stage stage, List<Path> paths) {
        String service = stage.service().getName();
        List<String> problems = new ArrayList<>();
        List<ModuleReference> modules = ModuleFinder.of(paths.toArray(Path[]::new)).findAll().stream()
                .filter(m -> m.descriptor().provides().stream().anyMatch(p -> p.service().equals(service))).toList();
        if (modules.isEmpty())
            problems.add("no module on " + paths + " provides " + service + " (module-info.java needs 'provides "
                    + service + " with ...')");
        for (ModuleReference module : modules) {
            ModuleDescriptor d = module.descriptor();
            if (d.requires().stream().anyMatch(r -> r.name().equals("pyvm.course")))
                problems.add(d.name() + " requires pyvm.course: a submission may require only the stage modules it uses");
            if (d.uses().contains(service))
                problems.add(d.name() + " uses " + service + ": a submission may not look up the implementation it replaces");
            for (String found : forbiddenNames(module))
                problems.add(d.name() + " refers to " + found + ", which a submission may not use");
        }
        return problems;
    }

    /** The forbidden names that the constant pools of a module's class files mention. */
    private static Set<String> forbiddenNames(ModuleReference module) {
        Set<String> found = new HashSet<>();
        try (ModuleReader reader = module.open(); Stream<String> names = reader.list()) {
            for (String name : names.filter(n -> n.endsWith(".class")).toList()) {
                try (InputStream in = reader.open(name).orElseThrow()) {
                    for (String s : constantPoolStrings(in)) {
                        if (s.startsWith("pyvm/course") || s.startsWith("pyvm.course")
                                || (s.startsWith("pyvm") && (s.contains("/reference") || s.contains(".reference"))))
                            found.add(s);
                        for (String call : FORBIDDEN_CALLS)
                            if (s.equals(call)) found.add(call);
                    }
                }
            }
        } catch (IOException e) {
            found.add("(unreadable class files: " + e.getMessage() + ")");
        }
        return found;
    }

    /** The UTF-8 entries of a class file's constant pool (JVMS 4.4): every name and string it mentions. */
    static List<String> constantPoolStrings(InputStream classFile) throws IOException {
        DataInputStream in = new DataInputStream(classFile);
        if (in.readInt() != 0xCAFEBABE) throw new IOException("not a class file");
        in.readUnsignedShort();
        in.readUnsignedShort();
        int count = in.readUnsignedShort();
        List<String> strings = new ArrayList<>();
        for (int i = 1; i < count; i++) {
            int tag = in.readUnsignedByte();
            switch (tag) {
                case 1 -> strings.add(new String(in.readNBytes(in.readUnsignedShort()), StandardCharsets.UTF_8));
                case 7, 8, 16, 19, 20 -> in.skipNBytes(2);
                case 15 -> in.skipNBytes(3);
                case 3, 4, 9, 10, 11, 12, 17, 18 -> in.skipNBytes(4);
                case 5, 6 -> { in.skipNBytes(8); i++; }      // longs and doubles take two entries
                default -> throw new IOException("bad constant pool tag " + tag);
            }
        }
        return strings;
    }
}
