def hanoi(n, source, target, spare, moves):
    if n == 0:
        return moves
    hanoi(n - 1, source, spare, target, moves)
    moves.append((source, target))
    hanoi(n - 1, spare, target, source, moves)
    return moves


print(len(hanoi(10, "A", "C", "B", [])), hanoi(2, "A", "C", "B", []))


def permutations(items):
    if len(items) <= 1:
        return [items]
    result = []
    for i, first in enumerate(items):
        for rest in permutations(items[:i] + items[i + 1:]):
            result.append([first] + rest)
    return result


print(len(permutations([1, 2, 3, 4])), permutations("ab"), ["".join(p) for p in permutations(list("abc"))])


def gcd(a, b):
    while b:
        a, b = b, a % b
    return a


def sieve(n):
    is_prime = [True] * (n + 1)
    is_prime[0] = is_prime[1] = False
    for i in range(2, int(n ** 0.5) + 1):
        if is_prime[i]:
            for j in range(i * i, n + 1, i):
                is_prime[j] = False
    return [i for i, p in enumerate(is_prime) if p]


print(gcd(1071, 462), sieve(50), len(sieve(10000)))


def memo_fib(n, cache={}):
    if n in cache:
        return cache[n]
    value = n if n < 2 else memo_fib(n - 1) + memo_fib(n - 2)
    cache[n] = value
    return value


print(memo_fib(90), [memo_fib(i) for i in range(12)])


def flatten(nested):
    out = []
    for item in nested:
        if isinstance(item, list):
            out.extend(flatten(item))
        else:
            out.append(item)
    return out


print(flatten([1, [2, [3, [4, [5]]]], 6]), sum(flatten([[1, 2], [3, [4]]])))
counter = 0


def bump():
    global counter
    counter += 1
    return counter


bump()
bump()
print(counter, bump())
