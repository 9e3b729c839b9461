"""CPython's side of `pyvm conformance`: what `python3.13 -m STAGE [ARGS] FILE` prints, for many files,
in one process.

usage: python3.13 reference_outputs.py STAGE [ARGS...]   (file paths on standard input, one a line)
For each file it writes a header line "RC OUTLEN ERRLEN" and then the bytes of standard output and of
standard error that `python3.13 -m STAGE ARGS FILE` would have printed; RC is its exit status.
The stage modules' own main() functions run in this process, with sys.argv set as the command line
would set it, so the outputs are theirs, byte for byte.
"""
import ast, dis, io, symtable, sys, tokenize, traceback

MAINS = {
    "tokenize": lambda args: tokenize.main(),
    "ast": lambda args: ast.main(),
    "dis": lambda args: dis.main(),
    "symtable": lambda args: symtable.main(args),
}


def one(stage, args, path):
    real_out, real_err, real_argv = sys.stdout, sys.stderr, sys.argv
    out, err = io.BytesIO(), io.BytesIO()
    # Encoded as a real python3.13 would encode its standard streams on this machine.
    sys.stdout = io.TextIOWrapper(out, encoding=real_out.encoding, errors=real_out.errors, newline="\n")
    sys.stderr = io.TextIOWrapper(err, encoding=real_err.encoding, errors="backslashreplace", newline="\n")
    sys.argv = ["python3.13 -m " + stage] + args + [path]
    rc = 0
    try:
        MAINS[stage](args + [path])
    except SystemExit as e:
        rc = e.code if isinstance(e.code, int) else (0 if e.code is None else 1)
        if e.code is not None and not isinstance(e.code, int):
            print(e.code, file=sys.stderr)
    except BaseException:
        traceback.print_exc()
        rc = 1
    finally:
        # detach() keeps the wrappers from closing the buffers when they are dropped
        sys.stdout.flush(); sys.stderr.flush()
        sys.stdout.detach(); sys.stderr.detach()
        sys.stdout, sys.stderr, sys.argv = real_out, real_err, real_argv
    return rc, out.getvalue(), err.getvalue()


def main():
    stage, args = sys.argv[1], sys.argv[2:]
    sink = sys.stdout.buffer
    for line in sys.stdin:
        path = line.rstrip("\n")
        if not path:
            continue
        rc, out, err = one(stage, args, path)
        sink.write(b"%d %d %d\n" % (rc, len(out), len(err)) + out + err)
        sink.flush()


if __name__ == "__main__":
    main()
