# Lists, tuples, dicts, sets: methods, slicing, iteration order.
xs = [5, 3, 8, 1]
xs.append(9)
xs.insert(0, 0)
xs.extend([7, 7])
print(xs, xs.pop(), xs.pop(0), xs.index(8), xs.count(7))
xs.remove(3)
xs.sort()
print(xs, xs[1:3], xs[::-1], xs[-2:], xs[::2])
xs[1:3] = ["a", "b", "c"]
del xs[0]
print(xs, len(xs))
t = (1, 2, 3, 2)
print(t[1], t[-1], t[1:], t.count(2), t.index(3), t + (4,), t * 2)
d = {"one": 1, "two": 2}
d["three"] = 3
del d["one"]
print(d, list(d), list(d.values()), list(d.items()), d.get("x"), d.get("two"))
print("two" in d, d.pop("two"), d, d.setdefault("z", 26), d)
for k, v in {"b": 2, "a": 1}.items():
    print(k, v)
s = {3, 1, 2}
s.add(10)
s.discard(1)
print(s, len(s), 2 in s, {1, 2} | {2, 3}, {1, 2} & {2, 3}, {1, 2} - {2}, {1, 2} ^ {2, 3})
print({"apple", "banana", "cherry"} == {"cherry", "banana", "apple"}, sorted({"b", "a"}))
print(set("hello"), frozenset([1, 2]), {x * x for x in range(5)})
print([x * 2 for x in range(5) if x % 2], {k: v for k, v in zip("ab", [1, 2])})
m = [[0] * 3 for _ in range(2)]
m[0][1] = 5
print(m, [row[1] for row in m])
print("-".join(["a", "b"]), "a,b,,c".split(","), " x y  ".split(), "  pad  ".strip(), "Hi".upper())
print("hello world".replace("o", "0"), "abc".startswith("ab"), "abc".find("c"), "a" * 3 + "b")
print("abcdef"[1:4], "abcdef"[::-1], "abc"[-1], str(1) + "1", "%d items" % 3 if False else "formatted")
