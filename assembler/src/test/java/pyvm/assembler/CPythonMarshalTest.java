package pyvm.assembler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import pyvm.lexer.Location;
import pyvm.lexer.testkit.CPython;
import pyvm.parser.ConstantValue;

/**
 * The marshal reader and writer, the line and exception table decoders and the derived names of a
 * code object, each compared with what CPython 3.13 makes of the same bytes: over the golden .pyc
 * files and a sample of the standard library (every 25th file, compiled as py_compile compiles it).
 * Skipped where no CPython 3.13 is found. The whole standard library is a separate, longer run:
 * {@code ./mvnw -pl assembler -am test -Dsurefire.failIfNoSpecifiedTests=false -Dtest=CPythonMarshalTest -Dpyvm.marshal.every=1}.
 */
class CPythonMarshalTest {

    /** Every 25th file of the standard library by default (70 files, chosen by position alone). */
    private static final int EVERY = Integer.getInteger("pyvm.marshal.every", 25);

    @TempDir
    static Path dir;
    private static List<Path> pycs;

    @BeforeAll
    static void compileSample() throws IOException, InterruptedException {
        if (!CPython.available()) return;
        String listing = CPython.run("""
                import sys, os, sysconfig, py_compile, warnings
                warnings.simplefilter('ignore')
                lib, out, every = sysconfig.get_paths()['stdlib'], sys.argv[1], int(sys.argv[2])
                files = []
                for d, dirs, fs in os.walk(lib):
                    if 'site-packages' not in d.split(os.sep):
                        files += [os.path.join(d, f) for f in fs if f.endswith('.py')]
                for i, f in enumerate(sorted(files)[::every]):
                    cfile = os.path.join(out, '%04d.pyc' % i)
                    try:
                        py_compile.compile(f, cfile=cfile, dfile=f, doraise=True)
                    except py_compile.PyCompileError:
                        continue
                    print(cfile)
                """, "", dir.toString(), Integer.toString(EVERY));
        pycs = new ArrayList<>(Pycs.golden());
        listing.lines().map(Path::of).forEach(pycs::add);
    }

    @Test
    void codeObjectsDecodeAsCPythonDecodesThem() throws IOException, InterruptedException {
        assumeTrue(CPython.available(), "no CPython 3.13");
        String expected = CPython.run("""
                import sys, marshal, dis
                def describe(co, out):
                    out.append(f"code {co.co_qualname} {co.co_filename} {co.co_firstlineno}")
                    out.append(f"counts {co.co_argcount} {co.co_posonlyargcount} {co.co_kwonlyargcount} "
                               f"{co.co_nlocals} {co.co_stacksize} {co.co_flags}")
                    out.append(f"varnames {co.co_varnames!r}")
                    out.append(f"cellvars {co.co_cellvars!r}")
                    out.append(f"freevars {co.co_freevars!r}")
                    out.append(f"names {co.co_names!r}")
                    out.append(f"lines {list(co.co_lines())!r}")
                    out.append(f"positions {list(co.co_positions())!r}")
                    out.append(f"exceptions {[tuple(e) for e in dis._parse_exception_table(co)]!r}")
                    for c in co.co_consts:
                        if hasattr(c, 'co_code'):
                            describe(c, out)
                for path in sys.stdin.read().splitlines():
                    out = [f"== {path}"]
                    describe(marshal.loads(open(path, 'rb').read()[16:]), out)
                    print("\\n".join(out))
                """, paths());
        StringBuilder actual = new StringBuilder();
        for (Path pyc : pycs) {
            actual.append("== ").append(pyc).append('\n');
            describe(Pyc.read(Pycs.bytes(pyc), pyc.toString()).code(), actual);
        }
        assertSameText(expected, actual.toString());
    }

    @Test
    void writtenPycsLoadAsCPythonsOwn() throws IOException, InterruptedException {
        assumeTrue(CPython.available(), "no CPython 3.13");
        StringBuilder pairs = new StringBuilder();
        for (Path pyc : pycs) {
            Path written = dir.resolve("written-" + pycs.indexOf(pyc) + ".pyc");
            Files.write(written, Pyc.read(Pycs.bytes(pyc), pyc.toString()).write());
            pairs.append(pyc).append('\t').append(written).append('\n');
        }
        String verdicts = CPython.run("""
                import sys, marshal, struct
                FIELDS = ('co_argcount', 'co_posonlyargcount', 'co_kwonlyargcount', 'co_stacksize', 'co_flags',
                          'co_code', 'co_names', 'co_varnames', 'co_cellvars', 'co_freevars', 'co_nlocals',
                          'co_filename', 'co_name', 'co_qualname', 'co_firstlineno', 'co_linetable',
                          'co_exceptiontable', 'co_consts')
                def differ(a, b, where):
                    if type(a) is not type(b):
                        return f"{where}: {type(a).__name__} vs {type(b).__name__}"
                    if isinstance(a, float):
                        return None if struct.pack('<d', a) == struct.pack('<d', b) else f"{where}: {a!r} vs {b!r}"
                    if isinstance(a, complex):
                        return differ(a.real, b.real, where) or differ(a.imag, b.imag, where)
                    if isinstance(a, tuple):
                        if len(a) != len(b):
                            return f"{where}: {len(a)} vs {len(b)} items"
                        return next(filter(None, (differ(x, y, f"{where}[{i}]") for i, (x, y) in enumerate(zip(a, b)))), None)
                    if isinstance(a, frozenset):
                        return None if sorted(map(marshal.dumps, a)) == sorted(map(marshal.dumps, b)) else f"{where}: {a!r} vs {b!r}"
                    if hasattr(a, 'co_code'):
                        return next(filter(None, (differ(getattr(a, f), getattr(b, f), f"{where}.{f}") for f in FIELDS)), None)
                    return None if a == b else f"{where}: {a!r} vs {b!r}"
                for line in sys.stdin.read().splitlines():
                    theirs, ours = (open(p, 'rb').read() for p in line.split('\\t'))
                    why = "header" if theirs[:16] != ours[:16] else differ(marshal.loads(theirs[16:]), marshal.loads(ours[16:]), 'code')
                    if why:
                        print(line.split('\\t')[0], why)
                """, pairs.toString());
        assertEquals("", verdicts, "CPython loads these written .pyc files as other code objects");
    }

    @Test
    void badDataRaisesWhatCPythonRaises() throws IOException, InterruptedException {
        assumeTrue(CPython.available(), "no CPython 3.13");
        List<String> cases = badData(new Random(3571), 1500);
        // each case in a process of its own: CPython crashes on some code objects that marshal lets through
        String expected = CPython.run("""
                import sys, os, marshal
                from importlib._bootstrap_external import _classify_pyc, _compile_bytecode
                def load(kind, data):
                    if kind == 'M':
                        marshal.loads(data)
                    else:
                        _classify_pyc(data, 'x.pyc', {})
                        _compile_bytecode(memoryview(data)[16:], name='x', bytecode_path='x.pyc')
                for line in sys.stdin.read().splitlines():
                    kind, data = line[0], bytes.fromhex(line[2:])
                    r, w = os.pipe()
                    pid = os.fork()
                    if pid == 0:
                        os.close(r)
                        try:
                            load(kind, data)
                            verdict = 'OK'
                        except (RecursionError, MemoryError):
                            verdict = 'SKIP'
                        except Exception as e:
                            verdict = f'{type(e).__name__}: {e}'
                        os.write(w, verdict.replace('\\n', '\\\\n').encode('utf-8', 'surrogateescape'))
                        os._exit(0)
                    os.close(w)
                    chunks = []
                    while chunk := os.read(r, 65536):
                        chunks.append(chunk)
                    os.close(r)
                    status = os.waitpid(pid, 0)[1]
                    print(b''.join(chunks).decode('utf-8', 'surrogateescape') if status == 0 else 'SKIP')
                """, String.join("\n", cases) + "\n");
        List<String> verdicts = expected.lines().toList();
        assertEquals(cases.size(), verdicts.size());
        List<String> differences = new ArrayList<>();
        for (int i = 0; i < cases.size(); i++) {
            if (verdicts.get(i).equals("SKIP")) continue;
            String ours = verdict(cases.get(i));
            if (!ours.equals(verdicts.get(i))) differences.add(cases.get(i) + "\n  cpython: " + verdicts.get(i) + "\n  pyvm:    " + ours);
        }
        assertTrue(differences.isEmpty(), differences.size() + " inputs read differently:\n"
                + differences.stream().limit(5).collect(Collectors.joining("\n")));
    }

    // ---------------------------------------------------------------- helpers

    private static String paths() {
        return pycs.stream().map(Path::toString).collect(Collectors.joining("\n")) + "\n";
    }

    /** The lines the Python side of {@link #codeObjectsDecodeAsCPythonDecodesThem} prints, from our decoders. */
    private static void describe(CodeObject co, StringBuilder out) {
        out.append("code ").append(co.coQualname()).append(' ').append(co.coFilename()).append(' ')
                .append(co.coFirstlineno()).append('\n');
        out.append("counts ").append(co.coArgcount()).append(' ').append(co.coPosonlyargcount()).append(' ')
                .append(co.coKwonlyargcount()).append(' ').append(co.coNlocals()).append(' ')
                .append(co.coStacksize()).append(' ').append(co.coFlags()).append('\n');
        out.append("varnames ").append(names(co.coVarnames())).append('\n');
        out.append("cellvars ").append(names(co.coCellvars())).append('\n');
        out.append("freevars ").append(names(co.coFreevars())).append('\n');
        out.append("names ").append(names(co.coNames())).append('\n');
        out.append("lines ").append(pyList(co.lineTable().lines().stream()
                .map(r -> tuple(r.start(), r.end(), r.line())))).append('\n');
        out.append("positions ").append(pyList(co.lineTable().positions().stream()
                .map(CPythonMarshalTest::position))).append('\n');
        out.append("exceptions ").append(pyList(co.exceptionTable().entries().stream()
                .map(e -> tuple(e.start(), e.end(), e.target(), e.depth(), e.lasti() ? "True" : "False")))).append('\n');
        for (ConstantValue c : co.coConsts()) if (c instanceof CodeObject nested) describe(nested, out);
    }

    private static String names(List<String> names) {
        return ConstantValue.repr(new ConstantValue.Tuple(names.stream().<ConstantValue>map(ConstantValue.Str::new).toList()));
    }

    /** A co_positions() tuple: None where the table has no location or no column (-1). */
    private static String position(Location l) {
        if (l == null) return tuple(null, null, null, null);
        return tuple(l.lineno(), l.endLineno(), l.colOffset() < 0 ? null : l.colOffset(),
                l.endColOffset() < 0 ? null : l.endColOffset());
    }

    private static String tuple(Object... items) {
        return Stream.of(items).map(i -> i == null ? "None" : i.toString()).collect(Collectors.joining(", ", "(", ")"));
    }

    private static String pyList(Stream<String> items) {
        return items.collect(Collectors.joining(", ", "[", "]"));
    }

    /**
     * {@return inputs for the readers, each {@code M hex} (marshal data) or {@code P hex} (a .pyc)}
     * They are the golden .pyc files cut short, with bytes changed, with a type code slipped in, and
     * random bytes.
     */
    private static List<String> badData(Random random, int count) {
        List<byte[]> pycs = Pycs.golden().stream().map(Pycs::bytes).toList();
        List<String> cases = new ArrayList<>();
        HexFormat hex = HexFormat.of();
        for (int i = 0; i < count; i++) {
            byte[] pyc = pycs.get(random.nextInt(pycs.size()));
            boolean whole = i % 5 == 0;
            byte[] data = whole ? pyc : java.util.Arrays.copyOfRange(pyc, Pyc.HEADER_SIZE, pyc.length);
            data = switch (i % 4) {
                case 0 -> java.util.Arrays.copyOf(data, random.nextInt(data.length));
                case 1 -> {
                    byte[] changed = data.clone();
                    for (int k = 1 + random.nextInt(3); k > 0; k--)
                        changed[random.nextInt(whole ? Math.min(20, changed.length) : changed.length)] = (byte) random.nextInt(256);
                    yield changed;
                }
                case 2 -> {
                    int at = random.nextInt(data.length);
                    byte[] longer = new byte[data.length + 1];
                    System.arraycopy(data, 0, longer, 0, at);
                    longer[at] = (byte) "NTF.Sizagsu)([<>{c0rl".charAt(random.nextInt(21));
                    System.arraycopy(data, at, longer, at + 1, data.length - at);
                    yield longer;
                }
                default -> {
                    byte[] noise = new byte[random.nextInt(16)];
                    random.nextBytes(noise);
                    yield noise;
                }
            };
            cases.add((whole ? "P " : "M ") + hex.formatHex(data));
        }
        return cases;
    }

    /** What our readers make of a case, as the Python side prints it. */
    private static String verdict(String testCase) {
        byte[] data = HexFormat.of().parseHex(testCase.substring(2));
        try {
            if (testCase.charAt(0) == 'M') Marshal.loads(data);
            else Pyc.read(data, "x.pyc");
            return "OK";
        } catch (MarshalError e) {
            return e.format().replace("\n", "\\n");
        }
    }

    private static void assertSameText(String expected, String actual) {
        if (expected.equals(actual)) return;
        String[] e = expected.split("\n", -1);
        String[] a = actual.split("\n", -1);
        int i = 0;
        while (i < e.length && i < a.length && e[i].equals(a[i])) i++;
        String file = "";
        for (int k = i; k >= 0 && k < e.length; k--)
            if (e[k].startsWith("== ")) {
                file = e[k];
                break;
            }
        throw new AssertionError("differs at line " + (i + 1) + " " + file + "\n  cpython: "
                + (i < e.length ? e[i] : "<end>") + "\n  pyvm:    " + (i < a.length ? a[i] : "<end>"));
    }
}
