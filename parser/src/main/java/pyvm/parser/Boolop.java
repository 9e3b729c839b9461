package pyvm.parser;

/** ASDL {@code boolop}: its constructors carry no fields, so they are constants, printed as {@code And()}. */
public enum Boolop implements Node {
    And, Or
}
