package pyvm.parser;

/** ASDL {@code expr_context}: its constructors carry no fields, so they are constants, printed as {@code Load()}. */
public enum ExprContext implements Node {
    Load, Store, Del
}
