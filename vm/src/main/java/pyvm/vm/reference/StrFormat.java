package pyvm.vm.reference;

/**
 * {@code str.format(*args, **kwargs)}: Objects/stringlib/unicode_format.h. A replacement field is
 * {@code {name!conversion:spec}}; the name is a number, a keyword, or empty (numbered automatically),
 * followed by {@code .attribute} and {@code [index]} steps; the spec may hold fields of its own.
 */
final class StrFormat {

    private final PyObject[] args;
    private final String[] kwnames;
    private final int positional;
    private int autoNumber;
    /** 0 unknown, 1 automatic, 2 manual: the two numbering styles cannot mix. */
    private int numbering;

    private StrFormat(PyObject[] args, String[] kwnames) {
        this.args = args;
        this.kwnames = kwnames;
        this.positional = args.length - kwnames.length;
    }

    static PyStr format(String template, PyObject[] args, String[] kwnames) {
        return PyStr.of(new StrFormat(args, kwnames).render(template, 2));
    }

    private String render(String s, int depth) {
        if (depth < 0) throw PyErr.format(PyExc.ValueError, "Max string recursion exceeded");
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c == '}') {
                if (i + 1 < s.length() && s.charAt(i + 1) == '}') {
                    out.append('}');
                    i += 2;
                    continue;
                }
                throw PyErr.format(PyExc.ValueError, "Single '}' encountered in format string");
            }
            if (c != '{') {
                out.append(c);
                i++;
                continue;
            }
            if (i + 1 < s.length() && s.charAt(i + 1) == '{') {
                out.append('{');
                i += 2;
                continue;
            }
            int nesting = 1, j = i + 1;
            while (j < s.length() && nesting > 0) {
                if (s.charAt(j) == '{') nesting++;
                else if (s.charAt(j) == '}') nesting--;
                if (nesting > 0) j++;
            }
            if (j >= s.length()) {
                throw nesting > 1 || s.indexOf(':', i) >= 0 && s.indexOf(':', i) < j
                        ? PyErr.format(PyExc.ValueError, "expected '}' before end of string")
                        : PyErr.format(PyExc.ValueError, "Single '{' encountered in format string");
            }
            out.append(field(s.substring(i + 1, j), depth));
            i = j + 1;
        }
        return out.toString();
    }

    /** One replacement field's text, between its braces. */
    private String field(String text, int depth) {
        int end = 0, bracket = 0;
        while (end < text.length()) {
            char c = text.charAt(end);
            if (c == '[') bracket++;
            else if (c == ']') bracket--;
            else if (bracket == 0 && (c == '!' || c == ':')) break;
            end++;
        }
        String name = text.substring(0, end);
        char conversion = 0;
        String spec = "";
        if (end < text.length() && text.charAt(end) == '!') {
            if (end + 1 >= text.length()) throw PyErr.format(PyExc.ValueError, "end of string while looking for conversion specifier");
            conversion = text.charAt(end + 1);
            end += 2;
            if (end < text.length() && text.charAt(end) != ':')
                throw PyErr.format(PyExc.ValueError, "expected ':' after conversion specifier");
        }
        if (end < text.length()) spec = text.substring(end + 1);
        PyObject value = lookup(name);
        value = switch (conversion) {
            case 0 -> value;
            case 'r' -> Py.repr(value);
            case 's' -> Py.str(value);
            case 'a' -> PyStr.of(Py.ascii(value));
            default -> throw PyErr.format(PyExc.ValueError, "Unknown conversion specifier %c", conversion);
        };
        return Py.format(value, PyStr.of(render(spec, depth - 1))).value;
    }

    /** The field name: an argument, then its {@code .attribute} and {@code [key]} steps. */
    private PyObject lookup(String name) {
        int end = 0;
        while (end < name.length() && name.charAt(end) != '.' && name.charAt(end) != '[') end++;
        String first = name.substring(0, end);
        PyObject value;
        if (first.isEmpty() || first.chars().allMatch(Character::isDigit)) {
            int index;
            if (first.isEmpty()) {
                if (numbering == 2)
                    throw PyErr.format(PyExc.ValueError, "cannot switch from manual field specification to automatic field numbering");
                numbering = 1;
                index = autoNumber++;
            } else {
                if (numbering == 1)
                    throw PyErr.format(PyExc.ValueError, "cannot switch from automatic field numbering to manual field specification");
                numbering = 2;
                index = Integer.parseInt(first);
            }
            if (index >= positional)
                throw PyErr.format(PyExc.IndexError, "Replacement index %d out of range for positional args tuple", index);
            value = args[index];
        } else {
            value = null;
            for (int k = 0; k < kwnames.length; k++) if (kwnames[k].equals(first)) value = args[positional + k];
            if (value == null) throw PyErr.setObject(PyExc.KeyError, PyTuple.of(PyStr.of(first)));
        }
        int i = end;
        while (i < name.length()) {
            if (name.charAt(i) == '.') {
                int j = i + 1;
                while (j < name.length() && name.charAt(j) != '.' && name.charAt(j) != '[') j++;
                if (j == i + 1) throw PyErr.format(PyExc.ValueError, "Empty attribute in format string");
                value = Py.getAttr(value, name.substring(i + 1, j));
                i = j;
            } else {
                int j = name.indexOf(']', i);
                if (j < 0) throw PyErr.format(PyExc.ValueError, "Missing ']' in format string");
                String key = name.substring(i + 1, j);
                if (key.isEmpty()) throw PyErr.format(PyExc.ValueError, "Empty attribute in format string");
                value = Py.getItem(value, key.chars().allMatch(Character::isDigit) ? PyInt.of(Long.parseLong(key)) : PyStr.of(key));
                i = j + 1;
                if (i < name.length() && name.charAt(i) != '.' && name.charAt(i) != '[')
                    throw PyErr.format(PyExc.ValueError, "Only '.' or '[' may follow ']' in format field specifier");
            }
        }
        return value;
    }
}
