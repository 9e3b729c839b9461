package pyvm.parser.reference;

import static pyvm.lexer.TokenType.*;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import pyvm.lexer.Token;
import pyvm.lexer.TokenType;
import pyvm.parser.Arguments;
import pyvm.parser.Expr;
import pyvm.parser.Stmt;
import pyvm.parser.TypeParam;
import pyvm.parser.reference.PegParser.Rule;

/**
 * Definitions: functions and classes with their decorators, and the PEP 695 type parameters and
 * {@code type} aliases (Grammar/python.gram's Function definitions, Class definitions, Type statement
 * and Type parameter declaration). A decorated definition spans from {@code def} or {@code class},
 * not from its first decorator (_PyPegen_function_def_decorators).
 */
final class Definitions {

    private Definitions() {}

    // decorators: ('@' named_expression NEWLINE)+
    private static List<Expr> decorators(PegParser p) {
        List<Expr> all = new ArrayList<>();
        while (true) {
            int saved = p.mark;
            Expr f = p.expect(AT) == null ? null : Expressions.namedExpression(p);
            if (f == null || p.expect(NEWLINE) == null) {
                p.mark = saved;
                return all;
            }
            all.add(f);
        }
    }

    // class_def: decorators class_def_raw | class_def_raw
    static Stmt classDef(PegParser p) {
        int start = p.mark;
        List<Expr> d = decorators(p);
        Stmt.ClassDef c = classDefRaw(p, d);
        if (c == null) p.mark = start;
        return c;
    }

    // class_def_raw: invalid_class_def_raw | 'class' NAME [type_params] ['(' [arguments] ')'] ':' block
    private static Stmt.ClassDef classDefRaw(PegParser p, List<Expr> decorators) {
        if (p.callInvalidRules) InvalidDefinitions.invalidClassDefRaw(p);
        int start = p.mark;
        if (p.keyword("class") != null) {
            Expr.Name a = p.name();
            if (a != null) {
                List<TypeParam> t = typeParamsOpt(p);
                CallArguments.Args b = null;
                int saved = p.mark;
                if (p.expect(LPAR) != null) {
                    b = CallArguments.arguments(p);
                    if (b == null) b = new CallArguments.Args(List.of(), List.of());
                    if (p.expect(RPAR) == null) {
                        b = null;
                        p.mark = saved;
                    }
                }
                if (p.expect(COLON) != null) {
                    List<Stmt> c = CompoundStatements.block(p);
                    if (c != null)
                        return new Stmt.ClassDef(a.id(), b == null ? List.of() : b.args(), b == null ? List.of() : b.keywords(),
                                c, decorators, t, p.locFrom(start));
                }
            }
        }
        p.mark = start;
        return null;
    }

    // function_def: decorators function_def_raw | function_def_raw
    static Stmt functionDef(PegParser p) {
        int start = p.mark;
        List<Expr> d = decorators(p);
        Stmt f = functionDefRaw(p, d);
        if (f == null) p.mark = start;
        return f;
    }

    // function_def_raw:
    //     | invalid_def_raw
    //     | 'def' NAME [type_params] '(' [params] ')' ['->' expression] ':' [func_type_comment] block
    //     | 'async' 'def' NAME [type_params] '(' [params] ')' ['->' expression] ':' [func_type_comment] block
    private static Stmt functionDefRaw(PegParser p, List<Expr> decorators) {
        if (p.callInvalidRules) InvalidDefinitions.invalidDefRaw(p);
        int start = p.mark;
        boolean isAsync = p.keyword("async") != null;
        Expr.Name n = p.keyword("def") == null ? null : p.name();
        if (n != null) {
            List<TypeParam> t = typeParamsOpt(p);
            if (p.expect(LPAR) != null) {
                Arguments params = Parameters.params(p);
                if (p.expect(RPAR) != null) {
                    Expr returns = optional(p, RARROW, () -> Expressions.expression(p));
                    if (p.expect(COLON) != null) {
                        Token tc = funcTypeComment(p);
                        List<Stmt> b = CompoundStatements.block(p);
                        if (b != null) {
                            if (params == null) params = Parameters.empty();
                            String typeComment = tc == null ? null : tc.string();
                            return isAsync
                                    ? new Stmt.AsyncFunctionDef(n.id(), params, b, decorators, returns, typeComment, t, p.locFrom(start))
                                    : new Stmt.FunctionDef(n.id(), params, b, decorators, returns, typeComment, t, p.locFrom(start));
                        }
                    }
                }
            }
        }
        p.mark = start;
        return null;
    }

    // func_type_comment:
    //     | NEWLINE TYPE_COMMENT &(NEWLINE INDENT)
    //     | invalid_double_type_comments
    //     | TYPE_COMMENT
    private static Token funcTypeComment(PegParser p) {
        int start = p.mark;
        if (p.expect(NEWLINE) != null) {
            Token t = p.expect(TYPE_COMMENT);
            if (t != null && p.at(NEWLINE) && p.peek(1).type() == INDENT) return t;
            p.mark = start;
        }
        if (p.callInvalidRules) InvalidDefinitions.invalidDoubleTypeComments(p);
        return p.expect(TYPE_COMMENT);
    }

    // type_alias: "type" NAME [type_params] '=' expression
    static Stmt typeAlias(PegParser p) {
        int start = p.mark;
        if (p.keyword("type") != null) {
            Expr.Name n = p.name();
            if (n != null) {
                List<TypeParam> t = typeParamsOpt(p);
                if (p.expect(EQUAL) != null) {
                    Expr b = Expressions.expression(p);
                    if (b != null) return new Stmt.TypeAlias(Targets.store(n), t, b, p.locFrom(start));
                }
            }
        }
        p.mark = start;
        return null;
    }

    /** {@code [type_params]}: the list, empty when there is none. */
    private static List<TypeParam> typeParamsOpt(PegParser p) {
        List<TypeParam> t = typeParams(p);
        return t == null ? List.of() : t;
    }

    // type_params: invalid_type_params | '[' type_param_seq ']'
    // type_param_seq: ','.type_param+ [',']
    static List<TypeParam> typeParams(PegParser p) {
        if (p.callInvalidRules) InvalidDefinitions.invalidTypeParams(p);
        int start = p.mark;
        if (p.expect(LSQB) == null) return null;
        List<TypeParam> t = p.gather(() -> typeParam(p));
        if (t != null) {
            p.expect(COMMA);
            if (p.expect(RSQB) != null) return t;
        }
        p.mark = start;
        return null;
    }

    // type_param (memo):
    //     | NAME [type_param_bound] [type_param_default]
    //     | invalid_type_param
    //     | '*' NAME [type_param_starred_default]
    //     | '**' NAME [type_param_default]
    private static TypeParam typeParam(PegParser p) {
        return p.memo(Rule.TYPE_PARAM, () -> {
            int start = p.mark;
            Expr.Name a = p.name();
            if (a != null) {
                Expr bound = optional(p, COLON, () -> Expressions.expression(p));
                Expr dflt = optional(p, EQUAL, () -> Expressions.expression(p));
                return new TypeParam.TypeVar(a.id(), bound, dflt, p.locFrom(start));
            }
            if (p.callInvalidRules) InvalidDefinitions.invalidTypeParam(p);
            if (p.expect(STAR) != null && (a = p.name()) != null) {
                Expr dflt = optional(p, EQUAL, () -> Expressions.starExpression(p));
                return new TypeParam.TypeVarTuple(a.id(), dflt, p.locFrom(start));
            }
            p.mark = start;
            if (p.expect(DOUBLESTAR) != null && (a = p.name()) != null) {
                Expr dflt = optional(p, EQUAL, () -> Expressions.expression(p));
                return new TypeParam.ParamSpec(a.id(), dflt, p.locFrom(start));
            }
            p.mark = start;
            return null;
        });
    }

    /** {@code [TOKEN e]}: e after the token, or null (and nothing consumed) when either is missing. */
    static Expr optional(PegParser p, TokenType token, Supplier<Expr> e) {
        int saved = p.mark;
        if (p.expect(token) != null) {
            Expr a = e.get();
            if (a != null) return a;
            p.mark = saved;
        }
        return null;
    }
}
