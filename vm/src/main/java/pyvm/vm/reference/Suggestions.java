package pyvm.vm.reference;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The "Did you mean" of NameError and AttributeError messages: {@code _compute_suggestion_error} of
 * Lib/traceback.py, with the candidate search of Python/suggestions.c that 3.13 runs through its
 * {@code _suggestions} module: the closest name by a Levenshtein distance in which a case change
 * costs half a substitution, within a third of the characters involved.
 */
final class Suggestions {

    private Suggestions() {}

    private static final int MAX_CANDIDATE_ITEMS = 750;
    private static final int MAX_STRING_SIZE = 40;
    private static final int MOVE_COST = 2;
    private static final int CASE_COST = 1;

    /** {@return the suggestion for the exception, or null} */
    static String forException(PyBaseException e) {
        if (!(e.members.get("name") instanceof PyStr wrong)) return null;
        List<String> candidates = new ArrayList<>();
        if (e.type().isSubtype(PyExc.AttributeError)) {
            PyObject obj = e.members.get("obj");
            if (obj == null) return null;
            try {
                candidates.addAll(Py.dir(obj));
            } catch (PyException failed) {
                return null;
            }
            boolean hideUnderscored = !wrong.value.startsWith("_");
            if (hideUnderscored && e.traceback != null) {
                PyTraceback tb = e.traceback;
                while (tb.next != null) tb = tb.next;
                if (tb.frame.locals().get("self") == obj) hideUnderscored = false;
            }
            if (hideUnderscored) candidates.removeIf(n -> n.startsWith("_"));
        } else if (e.type().isSubtype(PyExc.NameError)) {
            if (e.traceback == null) return null;
            PyTraceback tb = e.traceback;
            while (tb.next != null) tb = tb.next;
            PyFrame frame = tb.frame;
            candidates.addAll(frame.locals().keySet());
            for (PyDict d : new PyDict[] {frame.globals, frame.builtins})
                for (PyDict.Key k : d.map.keySet()) if (k.object instanceof PyStr s) candidates.add(s.value);
            Object self = frame.locals().get("self");
            if (self instanceof PyObject o) {
                try {
                    Py.getAttr(o, wrong.value);
                    return "self." + wrong.value;
                } catch (PyException missing) {
                    // no such attribute: look among the names
                }
            }
        } else {
            return null;
        }
        return closest(candidates, wrong.value);
    }

    /** {@code _Py_CalculateSuggestions}. */
    static String closest(List<String> candidates, String name) {
        if (candidates.size() >= MAX_CANDIDATE_ITEMS) return null;
        byte[] a = name.getBytes(StandardCharsets.UTF_8);
        long best = Long.MAX_VALUE;
        String suggestion = null;
        for (String item : candidates) {
            if (item.equals(name)) continue;
            byte[] b = item.getBytes(StandardCharsets.UTF_8);
            long max = Math.min((a.length + b.length + 3) * MOVE_COST / 6, best - 1);
            long d = distance(a, b, max);
            if (d > max) continue;
            if (suggestion == null || d < best) {
                suggestion = item;
                best = d;
            }
        }
        return suggestion;
    }

    private static int substitutionCost(byte a, byte b) {
        if ((a & 31) != (b & 31)) return MOVE_COST;
        if (a == b) return 0;
        if ('A' <= a && a <= 'Z') a += 'a' - 'A';
        if ('A' <= b && b <= 'Z') b += 'a' - 'A';
        return a == b ? CASE_COST : MOVE_COST;
    }

    /** {@code levenshtein_distance}, giving up past {@code maxCost}. */
    private static long distance(byte[] a, byte[] b, long maxCost) {
        int aStart = 0, bStart = 0, aEnd = a.length, bEnd = b.length;
        while (aStart < aEnd && bStart < bEnd && a[aStart] == b[bStart]) {
            aStart++;
            bStart++;
        }
        while (aEnd > aStart && bEnd > bStart && a[aEnd - 1] == b[bEnd - 1]) {
            aEnd--;
            bEnd--;
        }
        int aSize = aEnd - aStart, bSize = bEnd - bStart;
        if (aSize == 0 || bSize == 0) return (long) (aSize + bSize) * MOVE_COST;
        if (aSize > MAX_STRING_SIZE || bSize > MAX_STRING_SIZE) return maxCost + 1;
        if (bSize < aSize) {
            byte[] t = a;
            a = b;
            b = t;
            int s = aStart;
            aStart = bStart;
            bStart = s;
            s = aSize;
            aSize = bSize;
            bSize = s;
        }
        if ((long) (bSize - aSize) * MOVE_COST > maxCost) return maxCost + 1;
        long[] buffer = new long[aSize];
        long tmp = MOVE_COST;
        for (int i = 0; i < aSize; i++, tmp += MOVE_COST) buffer[i] = tmp;
        long result = 0;
        for (int bi = 0; bi < bSize; bi++) {
            byte code = b[bStart + bi];
            long distance = result = (long) bi * MOVE_COST;
            long minimum = Long.MAX_VALUE;
            for (int i = 0; i < aSize; i++) {
                long substitute = distance + substitutionCost(code, a[aStart + i]);
                distance = buffer[i];
                long insertDelete = Math.min(result, distance) + MOVE_COST;
                result = Math.min(insertDelete, substitute);
                buffer[i] = result;
                if (result < minimum) minimum = result;
            }
            if (minimum > maxCost) return maxCost + 1;
        }
        return result;
    }
}
