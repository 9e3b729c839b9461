package pyvm.parser;

/** ASDL {@code cmpop}: its constructors carry no fields, so they are constants, printed as {@code Eq()}. */
public enum Cmpop implements Node {
    Eq, NotEq, Lt, LtE, Gt, GtE, Is, IsNot, In, NotIn
}
