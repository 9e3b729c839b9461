package pyvm.vm;

import java.io.InputStream;
import java.io.OutputStream;
import java.util.List;
import java.util.Objects;
import pyvm.gc.GarbageCollector;

/**
 * How one program runs: what CPython's {@code PyConfig} (Include/cpython/initconfig.h) holds for
 * {@code python3.13 FILE ARG...}, and the memory manager and observer pyvm adds.
 *
 * @param argv     {@code sys.argv}: the script's name as given on the command line, then its arguments
 * @param path     {@code sys.path}: the script's folder first, where tracebacks also look for the
 *                 source lines of relative file names, as {@code linecache} does
 * @param stdin    what {@code sys.stdin} reads
 * @param stdout   where {@code sys.stdout} writes, encoded as UTF-8
 * @param stderr   where {@code sys.stderr} and tracebacks write, UTF-8 with backslash escapes
 * @param gc       the memory manager, used by this run only
 * @param compiler the compiler stages, for {@code compile()}, {@code exec()}, imports of source and the
 *                 carets of tracebacks; null when there is none: those raise, and tracebacks show the
 *                 carets that need no parsing
 * @param observer who watches the run; null when nobody does, which costs nothing
 */
public record Config(List<String> argv, List<String> path, InputStream stdin, OutputStream stdout,
                     OutputStream stderr, GarbageCollector gc, Compiler compiler, Observer observer) {
    public Config {
        argv = List.copyOf(argv);
        path = List.copyOf(path);
        Objects.requireNonNull(stdin);
        Objects.requireNonNull(stdout);
        Objects.requireNonNull(stderr);
        Objects.requireNonNull(gc);
    }
}
