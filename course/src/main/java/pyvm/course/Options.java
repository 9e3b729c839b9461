package pyvm.course;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A command's own arguments: flags from a fixed set, then the operands.
 *
 * @param flags    the flags given
 * @param operands what follows them
 */
record Options(Set<String> flags, List<String> operands) {

    /** Parses flags from {@code allowed} and exactly one operand, the FILE. */
    static Options parse(List<String> args, String command, String... allowed) {
        return parse(args, command, 1, allowed);
    }

    /** Parses flags from {@code allowed} and exactly {@code operands} operands. */
    static Options parse(List<String> args, String command, int operands, String... allowed) {
        List<String> flags = new ArrayList<>();
        List<String> rest = new ArrayList<>();
        for (String a : args) {
            if (rest.isEmpty() && a.startsWith("-") && a.length() > 1) {
                if (!List.of(allowed).contains(a)) throw new UsageError(command + ": unknown option " + a);
                flags.add(a);
            } else {
                rest.add(a);
            }
        }
        if (rest.size() != operands)
            throw new UsageError(command + " takes " + (operands == 1 ? "one FILE" : operands + " arguments")
                    + "; see 'pyvm " + command + " --help'");
        return new Options(Set.copyOf(flags), rest);
    }

    boolean has(String flag) {
        return flags.contains(flag);
    }

    String file() {
        return operands.get(0);
    }
}
