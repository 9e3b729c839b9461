package pyvm.dis;

import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;
import java.util.TreeMap;

/**
 * The disassemblers the tests grade: those named by the system property {@code pyvm.test.dis}
 * (comma-separated), by default {@code reference}, so that the same tests grade a student's
 * disassembler ({@code -Dpyvm.test.dis=alice}).
 *
 * <p>They are found with ServiceLoader, as course finds them. Only course declares {@code uses}, so
 * the tests, which surefire patches into the dis module, add the service dependence at run time with
 * {@link Module#addUses}, which a module may do for itself.
 */
final class DisassemblerImplementations {

    private DisassemblerImplementations() {}

    static List<Disassembler> selected() {
        DisassemblerImplementations.class.getModule().addUses(Disassembler.class);
        TreeMap<String, Disassembler> byName = new TreeMap<>();
        for (Disassembler dis : ServiceLoader.load(Disassembler.class))
            if (byName.putIfAbsent(dis.name(), dis) != null)
                throw new IllegalStateException("two disassemblers are named " + dis.name());
        List<Disassembler> selected = new ArrayList<>();
        for (String name : System.getProperty("pyvm.test.dis", "reference").split(",")) {
            Disassembler dis = byName.get(name.strip());
            if (dis == null)
                throw new IllegalArgumentException("no disassembler named " + name.strip() + "; have " + byName.keySet());
            selected.add(dis);
        }
        return selected;
    }
}
