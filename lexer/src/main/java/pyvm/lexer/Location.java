package pyvm.lexer;

/**
 * A span of source in CPython's units: {@code lineno}/{@code col_offset}/{@code end_lineno}/
 * {@code end_col_offset}. Lines count from 1; columns count UTF-8 bytes from 0, as the C tokenizer
 * and the AST's {@code col_offset} do. Tokens, AST nodes and instructions all carry one.
 */
public record Location(int lineno, int colOffset, int endLineno, int endColOffset) {

    /** {@return a location that starts where {@code start} starts and ends where {@code end} ends} */
    public static Location span(Location start, Location end) {
        return new Location(start.lineno, start.colOffset, end.endLineno, end.endColOffset);
    }
}
