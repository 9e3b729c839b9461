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
import java.util.TreeSet;
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
 * <li>its class files may not name a class of a reference package or of course, nor call what would
 *     get around the descriptor at run time: ServiceLoader, {@code Module.addUses/addReads/addExports/
 *     addOpens}, {@code Class.forName}, {@code ClassLoader.loadClass}, {@code setAccessible}.</li>
 * </ul>
 */
public final class SubmissionCheck {

    /** Methods that get around a module descriptor at run time, as {@code owner.name} (any method of a class: {@code owner.*}). */
    private static final List<String> FORBIDDEN_CALLS = List.of("java/util/ServiceLoader.*", "java/lang/Module.addUses",
            "java/lang/Module.addReads", "java/lang/Module.addExports", "java/lang/Module.addOpens",
            "java/lang/Class.forName", "java/lang/ClassLoader.loadClass", "java/lang/reflect/AccessibleObject.setAccessible",
            "java/lang/reflect/Method.setAccessible", "java/lang/reflect/Field.setAccessible",
            "java/lang/reflect/Constructor.setAccessible");

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

    /** The forbidden classes and methods that a module's class files refer to. */
    private static Set<String> forbiddenNames(ModuleReference module) {
        Set<String> found = new TreeSet<>();
        try (ModuleReader reader = module.open(); Stream<String> names = reader.list()) {
            for (String name : names.filter(n -> n.endsWith(".class")).toList()) {
                try (InputStream in = reader.open(name).orElseThrow()) {
                    for (String ref : references(in)) {
                        String owner = ref.contains(".") ? ref.substring(0, ref.indexOf('.')) : ref;
                        if (owner.startsWith("pyvm/course/") || (owner.startsWith("pyvm/") && owner.contains("/reference/")))
                            found.add(owner);
                        for (String call : FORBIDDEN_CALLS)
                            if (ref.equals(call) || (call.endsWith(".*") && owner.equals(call.substring(0, call.length() - 2))))
                                found.add(ref);
                    }
                }
            }
        } catch (IOException e) {
            found.add("(unreadable class files: " + e.getMessage() + ")");
        }
        return found;
    }

    /**
     * What a class file refers to, read from its constant pool (JVMS 4.4): every class it names
     * ({@code pkg/Name}) and every method and field it uses ({@code pkg/Owner.name}).
     */
    static List<String> references(InputStream classFile) throws IOException {
        DataInputStream in = new DataInputStream(classFile);
        if (in.readInt() != 0xCAFEBABE) throw new IOException("not a class file");
        in.readUnsignedShort();
        in.readUnsignedShort();
        int count = in.readUnsignedShort();
        String[] utf8 = new String[count];
        int[] classNames = new int[count], owners = new int[count], nameAndTypes = new int[count], names = new int[count];
        List<Integer> classes = new ArrayList<>(), members = new ArrayList<>();
        for (int i = 1; i < count; i++) {
            int tag = in.readUnsignedByte();
            switch (tag) {
                case 1 -> utf8[i] = new String(in.readNBytes(in.readUnsignedShort()), StandardCharsets.UTF_8);
                case 7 -> { classNames[i] = in.readUnsignedShort(); classes.add(i); }
                case 9, 10, 11 -> { owners[i] = in.readUnsignedShort(); nameAndTypes[i] = in.readUnsignedShort(); members.add(i); }
                case 12 -> { names[i] = in.readUnsignedShort(); in.readUnsignedShort(); }
                case 8, 16, 19, 20 -> in.skipNBytes(2);
                case 15 -> in.skipNBytes(3);
                case 3, 4, 17, 18 -> in.skipNBytes(4);
                case 5, 6 -> { in.skipNBytes(8); i++; }      // longs and doubles take two entries
                default -> throw new IOException("bad constant pool tag " + tag);
            }
        }
        List<String> refs = new ArrayList<>();
        for (int c : classes) refs.add(utf8[classNames[c]]);
        for (int m : members) refs.add(utf8[classNames[owners[m]]] + "." + utf8[names[nameAndTypes[m]]]);
        return refs;
    }
}
