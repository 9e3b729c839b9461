package pyvm.symtable.reference;

import static pyvm.symtable.reference.Bits.*;

import java.util.ArrayList;
import java.util.List;
import pyvm.lexer.Location;
import pyvm.lexer.PySyntaxError;
import pyvm.symtable.Mangling;
import pyvm.symtable.SymbolTableType;

/**
 * The state of the first pass, {@code struct symtable} of Python/symtable.c: the stack of open
 * blocks, the class whose private names are being mangled, and the operations every visitor uses to
 * record what a block does with a name ({@code symtable_add_def}, {@code symtable_lookup},
 * {@code symtable_record_directive}, {@code symtable_enter_block}, {@code symtable_exit_block}).
 * The visitors that walk the AST ({@link StatementVisitor}, {@link ExpressionVisitor},
 * {@link ComprehensionVisitor}, {@link TypeParamVisitor}) share one builder.
 */
final class SymtableBuilder {

    final String filename;
    final FutureFeatures future;
    final StatementVisitor statements = new StatementVisitor(this);
    final ExpressionVisitor expressions = new ExpressionVisitor(this);
    final ComprehensionVisitor comprehensions = new ComprehensionVisitor(this);
    final TypeParamVisitor typeParams = new TypeParamVisitor(this);

    /** {@code st_stack}: the open blocks, innermost last. */
    final List<Block> stack = new ArrayList<>();
    /** {@code st_cur}: the innermost open block. */
    Block cur;
    /** {@code st_top}: the module's block. */
    Block top;
    /** {@code st_private}: the name of the class whose private names are mangled, or null. */
    String privateName;

    SymtableBuilder(String filename, FutureFeatures future) {
        this.filename = filename;
        this.future = future;
    }

    /**
     * {@code symtable_enter_block}: opens a block as a child of the current one. An annotation block
     * under {@code from __future__ import annotations} is opened but never linked to its parent,
     * since those annotations become strings: 3.13's tree does not show it.
     */
    void enterBlock(String name, SymbolTableType type, Location location) {
        Block prev = cur;
        Block block = new Block(name, type, location, prev != null && (prev.nested || prev.isFunctionLike()));
        stack.add(block);
        if (prev != null) {
            // bpo-37757: a walrus is refused anywhere inside a comprehension's outermost iterable,
            // even in a lambda or comprehension nested there.
            block.compIterExpr = prev.compIterExpr;
            // Classes mangle every private name, so they do not inherit the set.
            if (prev.mangledNames != null && type != SymbolTableType.CLASS) block.mangledNames = prev.mangledNames;
        }
        cur = block;
        if (type == SymbolTableType.ANNOTATION) return;
        if (type == SymbolTableType.MODULE) top = block;
        if (prev != null) prev.children.add(block);
    }

    /** {@code symtable_exit_block}. */
    void exitBlock() {
        stack.removeLast();
        cur = stack.isEmpty() ? null : stack.getLast();
    }

    /** {@code symtable_add_def}: records that the current block does {@code flag} with {@code name}. */
    void addDef(String name, int flag, Location location) {
        if ((flag & DEF_TYPE_PARAM) != 0 && cur.mangledNames != null) cur.mangledNames.add(name);
        addDef(name, flag, cur, location);
    }

    /**
     * {@code symtable_add_def_helper}: adds {@code flag} to the name's bits in {@code block}, which is
     * the current block except for a walrus in a comprehension, whose target binds in an enclosing
     * block. A parameter goes to {@code varnames}; a {@code global} is also noted in the module's
     * block.
     */
    void addDef(String name, int flag, Block block, Location location) {
        String mangled = mangle(name);
        Integer existing = block.symbols.get(mangled);
        int val;
        if (existing != null) {
            val = existing;
            if ((flag & DEF_PARAM) != 0 && (val & DEF_PARAM) != 0)
                throw error(location, Messages.DUPLICATE_ARGUMENT.formatted(name));
            if ((flag & DEF_TYPE_PARAM) != 0 && (val & DEF_TYPE_PARAM) != 0)
                throw error(location, Messages.DUPLICATE_TYPE_PARAM.formatted(name));
            val |= flag;
        } else {
            val = flag;
        }
        if (block.compIterTarget) {
            // A comprehension's iteration variable: it may not also be a walrus target.
            if ((val & (DEF_GLOBAL | DEF_NONLOCAL)) != 0)
                throw error(location, Messages.NAMED_EXPR_COMP_INNER_LOOP_CONFLICT.formatted(name));
            val |= DEF_COMP_ITER;
        }
        block.symbols.put(mangled, val);
        if ((flag & DEF_PARAM) != 0) {
            block.varnames.add(mangled);
        } else if ((flag & DEF_GLOBAL) != 0) {
            top.symbols.merge(mangled, flag, (a, b) -> a | b);
        }
    }

    /** {@code symtable_lookup}: the bits the current block has recorded for {@code name} so far. */
    int lookup(String name) {
        return cur.symbol(mangle(name));
    }

    /** {@code symtable_record_directive}: remembers where a global or nonlocal declaration is. */
    void recordDirective(String name, Location location) {
        cur.directives.add(new Block.Directive(mangle(name), location));
    }

    /** {@return the name as the current block records it} ({@code _Py_MaybeMangle} with {@code st_cur}) */
    String mangle(String name) {
        return Mangling.maybeMangle(privateName, cur.mangledNames, name);
    }

    /** {@return a SyntaxError at {@code where}, as symtable.c raises them} */
    PySyntaxError error(Location where, String message) {
        return SyntaxErrors.at(filename, where, message);
    }
}
