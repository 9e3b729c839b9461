package pyvm.parser;

/** ASDL {@code unaryop}: its constructors carry no fields, so they are constants, printed as {@code Invert()}. */
public enum Unaryop implements Node {
    Invert, Not, UAdd, USub
}
