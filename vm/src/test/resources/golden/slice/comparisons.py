# Comparisons, chained comparisons, identity and membership.
print(1 < 2, 2 <= 1, 3 == 3, 3 != 3, 4 > 3 >= 3, 1 < 2 < 3 < 2)
print(1 == 1.0, 2 ** 53 + 1 == float(2 ** 53), 0.1 + 0.2 == 0.3, True == 1)
print("a" < "b", "abc" < "abd", "Z" < "a", "" < "a", [1, 2] < [1, 3], (1, 2) == (1, 2))
print([1, 2] == [1, 2], [1, 2] is [1, 2], None is None, 1 is not None)
print(3 in [1, 2, 3], 4 not in (1, 2), "b" in "abc", "k" in {"k": 1}, 2 in range(5))
x = 5
print(0 < x < 10, 0 < x > 10, x == 5 == 5.0)
print(not True, not 0, not "", not [1], not None)
print(1 and 2, 0 and 2, 1 or 2, 0 or "", None or "x", [] and 1)
