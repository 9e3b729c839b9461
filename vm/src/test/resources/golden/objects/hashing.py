# hash() of the builtin types (with PYTHONHASHSEED=0, as the golden outputs are made) and set order.
print(hash(0), hash(1), hash(-1), hash(-2), hash(2 ** 61 - 1), hash(2 ** 61), hash(-(2 ** 100)))
print(hash(1.5), hash(-0.5), hash(0.1), hash(1e300), hash(float("inf")), hash(2.0) == hash(2))
print(hash(""), hash("a"), hash("abc"), hash("é"), hash("日本"), hash("🐍"))
print(hash(()), hash((1,)), hash((1, 2)), hash(("a", 1.5, None)))
print(hash(None), hash(True), hash(False), hash(3 + 4j), hash(b"abc"), hash(frozenset([1, 2])))
# A set display of constants becomes a frozenset constant, whose order a .pyc stores sorted: built from
# a list, the set is the same whether CPython compiled the source just now or long ago.
print(set(["banana", "apple", "cherry", "date", "elderberry", "fig", "grape"]))
print({10, 3, 7, 100, -1, 42, 8, 16, 1024})
words = set()
for w in "the quick brown fox jumps over the lazy dog again and again".split():
    words.add(w)
print(words, len(words))
s = set(range(20))
for i in range(0, 20, 3):
    s.discard(i)
print(s, s.pop(), s)
print(set("mississippi"), frozenset("abracadabra"), {1.5, 2, "x", (1, 2)})
print({1, 2, 3} | {4, 5, 6, 7, 8, 9, 10, 11, 12}, {"a", "b", "c"} & {"c", "b"}, set("abcdef") - set("bd"))
