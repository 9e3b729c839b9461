package pyvm.assembler;

import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

/**
 * The text of a float in marshal's old TYPE_FLOAT and TYPE_COMPLEX forms, read as
 * PyOS_string_to_double (Python/pystrtod.c) reads it: decimal digits with an optional point and
 * exponent, or inf, infinity, nan in any case, with an optional sign and nothing else around it.
 * Java's parser accepts more (hex, suffixes, spaces), so the text is checked first. The text holds
 * the bytes of the data as the code points 0..255.
 */
final class FloatText {

    private FloatText() {}

    private static final Pattern DECIMAL = Pattern.compile("[+-]?(?:\\d+(?:\\.\\d*)?|\\.\\d+)(?:[eE][+-]?\\d+)?");
    private static final Pattern SPECIAL = Pattern.compile("([+-]?)(?i:(inf|infinity)|(nan))");

    static double parse(String text) {
        if (DECIMAL.matcher(text).matches()) return Double.parseDouble(text);
        var special = SPECIAL.matcher(text);
        if (special.matches()) {
            double magnitude = special.group(2) != null ? Double.POSITIVE_INFINITY : Double.NaN;
            return special.group(1).equals("-") ? -magnitude : magnitude;
        }
        // the message quotes the bytes as PyErr_Format's %.200s does: at most 200, read as UTF-8
        byte[] bytes = text.getBytes(StandardCharsets.ISO_8859_1);
        String quoted = new String(bytes, 0, Math.min(bytes.length, 200), StandardCharsets.UTF_8);
        throw new MarshalError(MarshalError.Type.ValueError, "could not convert string to float: '" + quoted + "'");
    }
}
