#!/usr/bin/env python3
"""Gather the invalid programs of CPython's own tests as golden snippets of the parser.

CPython 3.13's Lib/test/test_syntax.py, test_exceptions.py, test_grammar.py and test_fstring.py hold
hundreds of programs that must fail to compile, each with the SyntaxError CPython gives. This script
takes them out of those files, keeps the ones that `python3.13 -m ast` really rejects, and writes each as
parser/src/test/resources/golden/invalid/cpython/TEST/MESSAGE_N.py (TEST is the test file, MESSAGE the
error's message made into a file name, N counts snippets with the same message). Then it runs
generate.py over them, which writes what CPython prints for each: NAME.py.ast and NAME.py.ast.err.

Where the programs are found:
  test_syntax.py     the doctests of its docstring that end in an exception, and the code given to
                     _check_error and check_syntax_error;
  test_exceptions.py the code given to check, ckmsg and check_syntax_error (testSyntaxErrorOffset, ...);
  test_grammar.py    the code given to check_syntax_error and check;
  test_fstring.py    the strings given to assertAllRaise, and to compile, eval and exec;
and, in any of them, the code given to compile, eval or exec, to assertRaises(SyntaxError, compile, ...),
after textwrap.dedent where the test dedents it. A name whose constant value is assigned earlier in the
same function counts as that value. Then the sources the tests build at run time (in loops, with
formats): python3.13 runs the four tests with compile, eval and exec wrapped (a sitecustomize module of
this script's, RECORD below), which writes down each source that fails to compile, and the test file it
came from. The very deep nesting the tests build is too big for a snippet; DEEP below stands for it.

A snippet is kept when python3.13 compiles it as `-m ast` does (ast.parse with type comments) and gets
a SyntaxError (or IndentationError, TabError) or a MemoryError, with no warning on the way: a warning
would print lines pyvm's parser stage does not. Equal snippets are kept once, as are those already in
golden/invalid/. The folder golden/invalid/cpython/ belongs to this script: it is written anew each run.

usage: course/golden/invalid_snippets.py
The CPython it runs is generate.py's: $PYVM_PYTHON if set, else `python3.13`; it reads the tests with it too.
"""
import ast, base64, doctest, json, os, re, shutil, subprocess, sys, tempfile, textwrap

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import generate  # noqa: E402  (the oracle, the repository's root, and the writing of expected outputs)

INVALID = os.path.join(generate.ROOT, "parser", "src", "test", "resources", "golden", "invalid")
OUT = os.path.join(INVALID, "cpython")
TESTS = ["test_syntax.py", "test_exceptions.py", "test_grammar.py", "test_fstring.py"]

# The argument that holds the code, for each function the tests hand code to.
CODE_ARGUMENT = {"_check_error": 0, "check": 0, "ckmsg": 0, "check_syntax_error": 1,
                 "compile": 0, "eval": 0, "exec": 0}
ERRORS = {"SyntaxError", "IndentationError", "TabError"}
FUNCTIONS = (ast.FunctionDef, ast.AsyncFunctionDef)

# Nesting that CPython refuses, built here since the tests build it at run time: one bracket more than
# the tokenizer's MAXLEVEL allows, and more nested rules than the parser's MAXSTACK. CPython refuses
# 5969 unary minus signs, 5970 `not`s and 2985 lambdas, counting every rule function of parser.c on
# the way; pyvm's parser counts fewer rules and stops some 24 levels later, so these go beyond both.
DEEP = {
    "deep_parentheses": "x = " + "(" * 201 + ")" * 201 + "\n",
    "deep_brackets_in_call": "f(" + "[" * 200 + "]" * 200 + ")\n",
    "deep_unary_minus": "-" * 6100 + "1\n",
    "deep_not": "not " * 6100 + "x\n",
    "deep_lambda": "lambda:" * 3100 + "0\n",
}

# The sitecustomize module the tests run with: each source compile() refuses, and each that eval() and
# exec() are given and would refuse, goes to $RECORD as a line "TEST HEX", TEST the test file that asked.
RECORD = r"""
import builtins, os, sys
_compile, _eval, _exec = builtins.compile, builtins.eval, builtins.exec
_record = open(os.environ["RECORD"], "a")
def _write(source):
    if isinstance(source, str):
        source = source.encode("utf-8", "surrogatepass")
    if not isinstance(source, (bytes, bytearray)) or len(source) > 20000:
        return
    frame = sys._getframe(2)
    while frame and not os.path.basename(frame.f_code.co_filename).startswith("test_"):
        frame = frame.f_back
    if frame:
        _record.write(os.path.basename(frame.f_code.co_filename)[:-3] + " " + bytes(source).hex() + "\n")
        _record.flush()
def compile(source, *args, **kwargs):
    try:
        return _compile(source, *args, **kwargs)
    except (SyntaxError, MemoryError):
        _write(source)
        raise
def _refused(source, mode):
    try:
        _compile(source, "<record>", mode, 0x400, dont_inherit=True)
    except (SyntaxError, MemoryError):
        _write(source)
    except Exception:
        pass
def eval(source, globals=None, locals=None, /):
    _refused(source, "eval")
    if globals is None:
        caller = sys._getframe(1)
        globals, locals = caller.f_globals, caller.f_locals if locals is None else locals
    return _eval(source, globals, locals)
def exec(source, globals=None, locals=None, /, **kwargs):
    _refused(source, "exec")
    if globals is None:
        caller = sys._getframe(1)
        globals, locals = caller.f_globals, caller.f_locals if locals is None else locals
    return _exec(source, globals, locals, **kwargs)
builtins.compile, builtins.eval, builtins.exec = compile, eval, exec
"""

# What the oracle runs: each candidate compiled as ast.parse(source, type_comments=True) compiles it.
CHECK = r"""
import ast, base64, json, sys, warnings
results = []
for encoded in json.load(sys.stdin):
    source = base64.b64decode(encoded)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        try:
            compile(source, "snippet.py", "exec", ast.PyCF_ONLY_AST | ast.PyCF_TYPE_COMMENTS)
            results.append(None)
        except (SyntaxError, MemoryError) as e:
            message = e.msg if isinstance(e, SyntaxError) else str(e)
            results.append([type(e).__name__, message, bool(caught)])
        except Exception as e:
            results.append([type(e).__name__, str(e), True])
json.dump(results, sys.stdout)
"""


def test_folder(py, env):
    out = subprocess.run(py + ["-c", "import os, test; print(os.path.dirname(test.__file__))"],
                         capture_output=True, text=True, env=env, check=True)
    return out.stdout.strip()


def constant(node, names):
    """The str or bytes a node stands for, or None: a literal, a dedent() of one, or a name bound to one."""
    if isinstance(node, ast.Constant) and isinstance(node.value, (str, bytes)):
        return node.value
    if isinstance(node, ast.Name):
        return names.get(node.id)
    if isinstance(node, ast.Call) and len(node.args) == 1 and callee(node) == "dedent":
        value = constant(node.args[0], names)
        return textwrap.dedent(value) if isinstance(value, str) else None
    return None


def callee(call):
    f = call.func
    return f.id if isinstance(f, ast.Name) else f.attr if isinstance(f, ast.Attribute) else None


def from_calls(tree):
    """The code handed to the checking functions, in the order of the file, with its line."""
    found = []
    for function in [tree] + [n for n in ast.walk(tree) if isinstance(n, FUNCTIONS)]:
        names = {}
        own = [n for stmt in function.body if not isinstance(stmt, FUNCTIONS) for n in walk_own(stmt)
               if isinstance(n, (ast.Assign, ast.Call))]
        for node in sorted(own, key=lambda n: (n.lineno, n.col_offset)):
            if isinstance(node, ast.Assign) and len(node.targets) == 1 and isinstance(node.targets[0], ast.Name):
                value = constant(node.value, names)
                if value is not None:
                    names[node.targets[0].id] = value
                else:
                    names.pop(node.targets[0].id, None)
            if not isinstance(node, ast.Call):
                continue
            name = callee(node)
            args = node.args
            if name in ("assertRaises", "assertRaisesRegex") and len(args) >= 3 \
                    and isinstance(args[0], ast.Name) and args[0].id in ERRORS \
                    and isinstance(args[1], ast.Name) and args[1].id in ("compile", "eval", "exec"):
                candidates = [args[2]]
            elif name == "assertAllRaise" and len(args) == 3 and isinstance(args[2], (ast.List, ast.Tuple)):
                candidates = args[2].elts
            elif name in CODE_ARGUMENT and len(args) > CODE_ARGUMENT[name]:
                candidates = [args[CODE_ARGUMENT[name]]]
            else:
                continue
            for c in candidates:
                value = constant(c, names)
                if value is not None:
                    found.append((c.lineno, value))
    return found


def walk_own(node):
    """The nodes of a statement, without going into the functions it defines (they have names of their own)."""
    yield node
    for child in ast.iter_child_nodes(node):
        if not isinstance(child, FUNCTIONS):
            yield from walk_own(child)


def from_doctests(tree):
    """The doctests of the module's docstring that end in an exception (test_syntax.py keeps its cases there)."""
    doc = ast.get_docstring(tree, clean=False)
    if not doc:
        return []
    first = tree.body[0].lineno
    return [(first + e.lineno, e.source) for e in doctest.DocTestParser().get_examples(doc) if e.exc_msg]


def from_runs(py, env):
    """The sources the tests fail to compile as they run, with the test each came from, in the order met."""
    with tempfile.TemporaryDirectory() as hook:
        with open(os.path.join(hook, "sitecustomize.py"), "w") as f:
            f.write(RECORD)
        record = os.path.join(hook, "record.txt")
        tests = [t[:-3] for t in TESTS]
        # A test that looks at frames may fail under the wrapped functions: the sources are all that counts.
        subprocess.run(py + ["-m", "test"] + tests, capture_output=True, cwd=hook,
                       env=dict(env, PYTHONPATH=hook, RECORD=record))
        with open(record) as f:
            lines = [line.split() for line in f]
    return [(test, bytes.fromhex(source)) for test, source in lines if test in tests]


def slug(message):
    words = re.sub(r"[^a-z0-9]+", "_", message.lower()).strip("_")
    return words[:48].rstrip("_") or "error"


def main():
    py, env = generate.python()
    if sys.version_info[:2] != (3, 13):
        # The tests are written in 3.13's grammar (f-strings of PEP 701): read them with the oracle's ast.
        os.execvpe(py[0], py + sys.argv, env)
    folder = test_folder(py, env)
    candidates = []  # (test, source bytes)
    for test in TESTS:
        with open(os.path.join(folder, test), encoding="utf-8") as f:
            tree = ast.parse(f.read())
        found = sorted(from_doctests(tree) + from_calls(tree), key=lambda x: x[0])
        candidates += [(test[:-3], s if isinstance(s, bytes) else s.encode("utf-8", "surrogatepass")) for _, s in found]
    candidates += from_runs(py, env)
    candidates += [("deep", s.encode()) for s in DEEP.values()]

    check = subprocess.run(py + ["-c", CHECK], input=json.dumps([base64.b64encode(s).decode() for _, s in candidates]),
                           capture_output=True, text=True, env=env, check=True)
    seen = set()
    for d, _, files in os.walk(INVALID):
        if not d.startswith(OUT):
            seen.update(open(os.path.join(d, f), "rb").read() for f in files if f.endswith(".py"))
    if os.path.isdir(OUT):
        shutil.rmtree(OUT)
    counts = {}
    kept = 0
    deep_names = iter(DEEP)
    for (test, source), result in zip(candidates, json.loads(check.stdout)):
        name = next(deep_names) if test == "deep" else None
        if result is None or source in seen:
            continue
        kind, message, warned = result
        if warned or (kind not in ERRORS and kind != "MemoryError"):
            continue
        seen.add(source)
        if name is None:
            base = slug(message)
            counts[test, base] = counts.get((test, base), 0) + 1
            name = f"{base}_{counts[test, base]}"
        os.makedirs(os.path.join(OUT, test), exist_ok=True)
        with open(os.path.join(OUT, test, name + ".py"), "wb") as f:
            f.write(source)
        kept += 1
    print(f"{kept} snippets of {len(candidates)} candidates in {os.path.relpath(OUT, generate.ROOT)}")
    print(f"parser/golden/invalid/cpython: {generate.generate(py, env, generate.KINDS['parser'], OUT)} snippets")


if __name__ == "__main__":
    main()
