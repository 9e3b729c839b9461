package pyvm.parser;

/**
 * The floor quotient and the remainder of two floats, as {@code _float_div_mod} of
 * Objects/floatobject.c computes them for {@code //}, {@code %} and {@code divmod()}. The compiler
 * folds {@code 7.5 // 2} into a constant and the vm computes it at run time; one definition makes
 * sure both give the same double, down to the sign of a zero.
 *
 * @param floordiv the quotient rounded towards minus infinity, {@code vx // wx}
 * @param mod      the remainder, which takes the divisor's sign, {@code vx % wx}
 */
public record FloatDivMod(double floordiv, double mod) {

    /** {@return {@code divmod(vx, wx)}; {@code wx} must not be zero, which the callers report each in its own words} */
    public static FloatDivMod of(double vx, double wx) {
        double mod = vx % wx;   // C's fmod: the sign of the dividend
        double div = (vx - mod) / wx;
        if (mod != 0) {
            if ((wx < 0) != (mod < 0)) {   // make the remainder take the divisor's sign
                mod += wx;
                div -= 1.0;
            }
        } else {
            mod = Math.copySign(0.0, wx);
        }
        double floordiv;
        if (div != 0) {
            floordiv = Math.floor(div);
            if (div - floordiv > 0.5) floordiv += 1.0;   // div was inexact: snap it to the nearest integer
        } else {
            floordiv = Math.copySign(0.0, vx / wx);
        }
        return new FloatDivMod(floordiv, mod);
    }
}
