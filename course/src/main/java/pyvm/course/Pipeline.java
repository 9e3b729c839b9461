package pyvm.course;

import java.util.List;
import pyvm.assembler.Assembler;
import pyvm.assembler.CodeObject;
import pyvm.cfg.CodeUnit;
import pyvm.cfg.Codegen;
import pyvm.lexer.Lexer;
import pyvm.lexer.Token;
import pyvm.lexer.TokenStream;
import pyvm.parser.Mod;
import pyvm.parser.Parser;
import pyvm.symtable.SymbolTable;
import pyvm.symtable.Symtable;
import pyvm.vm.Compiler;

/**
 * The stages chained, as the lecture draws them: source to tokens to AST to symbol tables to
 * control-flow graphs to code objects. Each step runs the stages before it with the chosen
 * implementations, so a command can stop wherever the class wants to look. It is also the compiler
 * a running program reaches through the vm, so {@code exec()} and {@code import} use the same stages.
 */
public final class Pipeline implements Compiler {

    private final Stages stages;

    public Pipeline(Stages stages) {
        this.stages = stages;
    }

    /** {@return the implementations this pipeline runs} */
    public Stages stages() {
        return stages;
    }

    /** {@return the tokens as {@code python3.13 -m tokenize} lists them, with its errors} */
    public List<Token> tokens(Source source) {
        return stages.get(Stage.LEXER, Lexer.class).tokenize(source.bytes(), source.filename(), Lexer.Mode.TOKENIZE);
    }

    /** {@return the module's AST, read as {@code compile()} reads bytes, with the compiler's errors} */
    public Mod.Module ast(Source source) {
        return ast(source, Lexer.Mode.COMPILE_STRING);
    }

    public SymbolTable symbols(Source source) {
        return symbols(ast(source), source);
    }

    public CodeUnit cfg(Source source) {
        return cfg(source, Lexer.Mode.COMPILE_STRING);
    }

    public CodeObject code(Source source) {
        return code(source, Lexer.Mode.COMPILE_STRING);
    }

    /** {@return the code of a program's main script, read as {@code python3.13 FILE} reads it} */
    public CodeObject script(Source source) {
        return code(source, Lexer.Mode.COMPILE);
    }

    private Mod.Module ast(Source source, Lexer.Mode mode) {
        // The parser reads the tokens before the tokenizer's error first, as CPython's reads them lazily.
        TokenStream tokens = stages.get(Stage.LEXER, Lexer.class).tokenStream(source.bytes(), source.filename(), mode);
        return stages.get(Stage.PARSER, Parser.class).parse(tokens, source.filename());
    }

    private CodeUnit cfg(Source source, Lexer.Mode mode) {
        Mod.Module module = ast(source, mode);
        return stages.get(Stage.CFG, Codegen.class).compile(module, symbols(module, source), source.filename());
    }

    private CodeObject code(Source source, Lexer.Mode mode) {
        return stages.get(Stage.ASSEMBLER, Assembler.class).assemble(cfg(source, mode));
    }

    /** What a running program's {@code compile()}, {@code exec()} and {@code import} reach. */
    @Override
    public CodeObject compile(byte[] source, String filename) {
        return code(new Source(filename, source));
    }

    /** What a running program's {@code ast.parse()} reaches, and tracebacks, to place their carets. */
    @Override
    public Mod.Module parse(byte[] source, String filename) {
        return ast(new Source(filename, source));
    }

    private SymbolTable symbols(Mod.Module module, Source source) {
        return stages.get(Stage.SYMTABLE, Symtable.class).build(module, source.filename());
    }
}
