#!/usr/bin/env python3
"""Write parser/src/test/resources/pyhash/hashes.txt: what CPython 3.13 answers for hash() of values
drawn at random, and the order in which sets built from random additions, discards, pops, copies and
unions iterate, all with PYTHONHASHSEED=0, the setting pyvm hashes with. The parser's PyHashTest and
SetTableTest check pyvm.parser.PyHash and SetTable against it.

The draw has a fixed seed, so running this again writes the same file. Expected values are never
typed by hand: change this script, run it, commit both.

One line per value, its fields separated by tabs, the hash last:
  int      DECIMAL                  hash            float    FLOAT.hex()    hash
  complex  REAL.hex()  IMAG.hex()   hash            str      CODE POINTS in hex, space-separated    hash
  bytes    HEX                      hash            tuple    THE ITEMS' HASHES, comma-separated     hash
  none     None                     hash
  set      OPERATIONS  POPPED  ITERATION ORDER  hash(frozenset(the set))
A set's keys are written i:INT or s:STR; its operations, space-separated: +KEY adds, -KEY discards,
pop pops, copy replaces the set with set(the set), |KEY,KEY,... unions in a set of those keys.

usage: course/golden/hashes.py        (the CPython it runs: as generate.py finds it)
"""
import os, sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from generate import python, run, write, ROOT

ORACLE = r'''
import random, struct

r = random.Random(313)
lines = []


def emit(*fields):
    lines.append("\t".join(map(str, fields)))


ints = [0, 1, -1, -2, 2**61 - 2, 2**61 - 1, 2**61, -(2**61), 2**63 - 1, -(2**63), 2**64, -(2**100), 10**30]
ints += [r.randrange(-2**70, 2**70) for _ in range(200)] + [r.randrange(-1000, 1000) for _ in range(50)]
for v in ints:
    emit("int", v, hash(v))

floats = [0.0, -0.0, 1.0, -1.0, 0.5, -0.5, 1.5, 0.1, 1e300, -1e300, float("inf"), float("-inf"), 5e-324,
          2.0**-1022, 1e-310, 1.7976931348623157e308, 2.0**61, 2.0**62, -(2.0**61), 2.0**60 + 1024]
floats += [struct.unpack("<d", r.randbytes(8))[0] for _ in range(300)]   # any bits: subnormal, huge, tiny
floats += [r.uniform(-1e6, 1e6) for _ in range(100)] + [float(r.randrange(-2**62, 2**62)) for _ in range(50)]
floats = [f for f in floats if f == f]   # a NaN hashes by its address
for v in floats:
    emit("float", v.hex(), hash(v))
for _ in range(100):
    c = complex(r.choice(floats), r.choice(floats))
    emit("complex", c.real.hex(), c.imag.hex(), hash(c))

ranges = [(0x20, 0x7f), (0x80, 0x100), (0x100, 0x10000), (0x10000, 0x110000)]
for _ in range(300):
    widest = r.randrange(len(ranges))   # PEP 393: the widest code point decides 1, 2 or 4 bytes each
    s = "".join(chr(r.randrange(*ranges[r.randint(0, widest)])) for _ in range(r.randint(0, 20)))
    emit("str", " ".join(f"{ord(c):x}" for c in s), hash(s))
for _ in range(100):
    b = r.randbytes(r.randint(0, 20))
    emit("bytes", b.hex(), hash(b))


def item(depth):
    kind = r.randrange(6 if depth < 2 else 5)
    if kind == 0: return r.randrange(-2**64, 2**64)
    if kind == 1: return r.choice(floats)
    if kind == 2: return "".join(r.choices("abcxyz\u00e9\u65e5", k=r.randint(0, 5)))
    if kind == 3: return r.choice([None, True, False])
    if kind == 4: return r.randbytes(r.randint(0, 4))
    return tuple(item(depth + 1) for _ in range(r.randint(0, 3)))


for _ in range(150):
    t = tuple(item(0) for _ in range(r.randint(0, 6)))
    emit("tuple", ",".join(str(hash(x)) for x in t), hash(t))
emit("none", None, hash(None))

pool = [r.randrange(-50, 200) for _ in range(60)] + ["".join(r.choices("abcdefghij", k=r.randint(1, 4))) for _ in range(60)]


def key(k):
    return f"i:{k}" if isinstance(k, int) else f"s:{k}"


for _ in range(200):
    s, ops, popped = set(), [], []
    for _ in range(r.randint(0, 150)):
        x = r.random()
        if x < 0.6:
            k = r.choice(pool)
            s.add(k)
            ops.append("+" + key(k))
        elif x < 0.85:
            k = r.choice(pool)
            s.discard(k)
            ops.append("-" + key(k))
        elif x < 0.92:
            if s:
                popped.append(key(s.pop()))
                ops.append("pop")
        elif x < 0.96:
            s = set(s)   # set_merge into an empty table
            ops.append("copy")
        else:
            keys = r.choices(pool, k=r.randint(1, 12))
            other = set()
            for k in keys:
                other.add(k)
            s |= other   # set_merge into a table that has keys
            ops.append("|" + ",".join(map(key, keys)))
    emit("set", " ".join(ops), " ".join(popped), " ".join(map(key, s)), hash(frozenset(s)))

print("\n".join(lines))
'''


def main():
    py, env = python()
    rc, out, err = run(py + ["-c", ORACLE], ROOT, env)   # run() sets PYTHONHASHSEED=0
    if rc != 0:
        sys.exit("hashes.py: CPython failed:\n" + err.decode())
    path = os.path.join(ROOT, "parser", "src", "test", "resources", "pyhash", "hashes.txt")
    os.makedirs(os.path.dirname(path), exist_ok=True)
    write(path, out)
    print(f"{os.path.relpath(path, ROOT)}: {len(out.splitlines())} values")


if __name__ == "__main__":
    main()
