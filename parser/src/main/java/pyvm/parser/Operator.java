package pyvm.parser;

/** ASDL {@code operator}: its constructors carry no fields, so they are constants, printed as {@code Add()}. */
public enum Operator implements Node {
    Add, Sub, Mult, MatMult, Div, Mod, Pow, LShift, RShift, BitOr, BitXor, BitAnd, FloorDiv
}
