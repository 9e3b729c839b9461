package pyvm.assembler;

import java.util.regex.Pattern;

/**
 * The text of a float in marshal's old TYPE_FLOAT and TYPE_COMPLEX forms, read as
 * PyOS_string_to_double (Python/pystrtod.c) reads it: decimal digits with an optional point and
 * exponent, or inf, infinity, nan in any case, with an optional sign and nothing else around it.
 * Java's parser accepts more (hex, suffixes, spaces), so the text is checked first.
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
        throw new MarshalError(MarshalError.Type.ValueError, "could not convert string to float: '" + text + "'");
    }
}
