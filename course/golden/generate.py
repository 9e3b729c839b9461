#!/usr/bin/env python3
"""Write the expected outputs of pyvm's golden tests by running CPython 3.13 over the snippets.

Every `*.py` under `<module>/src/test/resources/golden/` is a snippet. For each kind of output that
its module is graded on, this script runs CPython and writes beside the snippet:
  NAME.py.KIND       what CPython printed on standard output
  NAME.py.KIND.err   only when CPython failed: "exit N" on the first line, then what it printed on
                     standard error (for a SyntaxError, the lines `python3.13 NAME.py` prints)
For the kinds `dis` and `run`, it also writes NAME.pyc, CPython's own compilation of the snippet
(the vm runs it, so its tests need no compiler of pyvm's).

Kinds: tokenize (`-m tokenize -e`), ast (`-m ast -a`), symtable (`-m symtable`), dis (`-m dis`), run,
and compile: what `python3.13 NAME.py` prints for a snippet it cannot compile, only NAME.py.compile.err
(the snippets of lexer/src/test/resources/golden-compile/, errors that tokenize does not raise);
compile-string: what compile() of the snippet's bytes raises, the way `-m ast`, `-m symtable`, `-m dis`
and import read a file (the snippets of lexer/src/test/resources/golden-compile-string/).
Every command runs in the snippet's folder with the bare file name, so outputs name `NAME.py`
(for `run` and `compile`, where CPython prints the script's absolute path, the folder part is taken out).
Expected outputs are never typed by hand: change a snippet, run this script, commit both.
The parser's snippets under golden/invalid/cpython/ come from CPython's own tests: invalid_snippets.py,
beside this script, gathers them and then runs this script over them.

usage: course/golden/generate.py [MODULE-OR-FOLDER ...]      (default: every module)
The CPython it runs: $PYVM_PYTHON if set, else `python3.13`, which must be CPython 3.13.
"""
import os, re, subprocess, sys

KINDS = {
    "lexer": ["tokenize"],
    "parser": ["ast"],
    "symtable": ["symtable"],
    "cfg": [],
    "assembler": ["dis"],
    "dis": ["dis", "dis-CO"],
    "vm": ["run"],
    "gc": ["run"],
    "course": ["tokenize", "ast", "symtable", "dis", "run"],
}
# Folders beside a module's golden/ whose snippets are graded on kinds of their own.
EXTRA_FOLDERS = {"lexer": {"golden-compile": ["compile"], "golden-compile-string": ["compile-string"]},
                 "assembler": {"golden-marshal": ["dis"]}}
CODE_ADDRESS = re.compile(rb" at 0x[0-9a-f]+")
ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def python():
    """The oracle: $PYVM_PYTHON if set; else `python3.13`, also through pyenv's 3.13 versions."""
    explicit = os.environ.get("PYVM_PYTHON")
    candidates = [(explicit, dict(os.environ))] if explicit else [("python3.13", dict(os.environ))]
    versions = os.path.join(os.environ.get("PYENV_ROOT", os.path.expanduser("~/.pyenv")), "versions")
    if not explicit and os.path.isdir(versions):
        for v in sorted((v for v in os.listdir(versions) if v.startswith("3.13")), reverse=True):
            candidates.append(("python3.13", dict(os.environ, PYENV_VERSION=v)))
    for exe, env in candidates:
        try:
            check = subprocess.run([exe, "-c", "import sys; print(sys.version_info[:2] == (3, 13))"],
                                   capture_output=True, text=True, env=env)
        except OSError:
            continue
        if check.stdout.strip() == "True":
            return [exe], env
    sys.exit(f"generate.py: no CPython 3.13 found (tried {candidates[0][0]}); set PYVM_PYTHON")


# What `python3.13 NAME.py` prints for a file it cannot compile, without running it. With the argument
# `ast`, it compiles as `-m ast` does (ast.parse with type comments), which refuses a type comment
# where the grammar has none; the parser's MemoryError ("Parser stack overflowed") prints as one line.
SYNTAX_ERROR_ONLY = """
import ast, sys, traceback
name = sys.argv[1]
flags = ast.PyCF_ONLY_AST | ast.PyCF_TYPE_COMMENTS if sys.argv[2:] == ['ast'] else 0
try:
    compile(open(name, 'rb').read(), name, 'exec', flags)
except (SyntaxError, MemoryError) as e:
    sys.stderr.write(''.join(traceback.format_exception_only(e)))
    sys.exit(1)
"""


def run(cmd, cwd, env):
    p = subprocess.run(cmd, cwd=cwd, capture_output=True, env=dict(env, PYTHONHASHSEED="0"), timeout=60)
    return p.returncode, p.stdout, p.stderr


def expected(py, env, kind, folder, name):
    if kind in ("run", "compile"):
        # python3.13 names the script by its absolute path in tracebacks; the golden files name it as
        # NAME.py, so that they hold wherever the repository is cloned.
        rc, out, err = run(py + [name], folder, env)
        here = (os.path.abspath(folder) + os.sep).encode()
        return rc, out.replace(here, b""), err.replace(here, b"")
    if kind == "compile-string":
        return run(py + ["-c", SYNTAX_ERROR_ONLY, name], folder, env)
    args = {"tokenize": ["-e"], "ast": ["-a"], "symtable": [], "dis": [], "dis-CO": ["-C", "-O"]}[kind]
    rc, out, err = run(py + ["-m", kind.split("-")[0]] + args + [name], folder, env)
    if kind.startswith("dis"):
        # A code object's repr holds its address, which changes from run to run: the golden files
        # hold "0x?" there, as the tests compare them.
        out = CODE_ADDRESS.sub(b" at 0x?", out)
    if rc != 0 and kind != "tokenize":
        # `-m ast` and friends print their own frames above the SyntaxError: keep only what
        # `python3.13 NAME.py` would print, which is what pyvm prints for the same error.
        _, _, err = run(py + ["-c", SYNTAX_ERROR_ONLY, name] + (["ast"] if kind == "ast" else []), folder, env)
    return rc, out, err


def write(path, data):
    old = open(path, "rb").read() if os.path.exists(path) else None
    if old != data:
        with open(path, "wb") as f:
            f.write(data)


def generate(py, env, kinds, folder):
    count = 0
    for d, _, files in os.walk(folder):
        for f in sorted(files):
            if not f.endswith(".py"):
                continue
            for kind in kinds:
                rc, out, err = expected(py, env, kind, d, f)
                base = os.path.join(d, f + "." + kind)
                if kind == "compile" and rc == 0:
                    sys.exit(f"generate.py: {os.path.join(d, f)} compiles; it is not a snippet for {kind}")
                if kind != "compile":
                    write(base, out)
                if rc != 0:
                    write(base + ".err", b"exit %d\n" % rc + err)
                elif os.path.exists(base + ".err"):
                    os.remove(base + ".err")
                if kind == "run" or kind == "dis" and rc == 0:
                    run(py + ["-c", "import py_compile, sys; py_compile.compile(sys.argv[1], cfile=sys.argv[2], doraise=True)",
                              f, f[:-3] + ".pyc"], d, env)
            count += 1
    return count


def main():
    py, env = python()
    wanted = sys.argv[1:] or list(KINDS)
    for module in wanted:
        module = os.path.basename(os.path.normpath(module))
        if module not in KINDS:
            sys.exit(f"generate.py: no module {module}; have {', '.join(KINDS)}")
        for name, kinds in {"golden": KINDS[module], **EXTRA_FOLDERS.get(module, {})}.items():
            folder = os.path.join(ROOT, module, "src", "test", "resources", name)
            if os.path.isdir(folder):
                print(f"{os.path.join(module, name) if name != 'golden' else module}: {generate(py, env, kinds, folder)} snippets")


if __name__ == "__main__":
    main()
