from itertools import permutations, combinations, combinations_with_replacement, product
print(list(permutations("abc")), list(permutations(range(4), 2))[:7], list(permutations([], 0)), list(permutations([1], 2)), list(permutations("ab", 0)))
print(list(combinations("abcd", 2)), list(combinations(range(3), 0)), list(combinations(range(2), 3)), list(combinations([], 0)))
print(list(combinations_with_replacement("abc", 2)), list(combinations_with_replacement([], 2)), list(combinations_with_replacement([], 0)), list(combinations_with_replacement("a", 3)))
print(list(product("ab", range(2))), list(product()), list(product("ab", repeat=2)), list(product("ab", [])), list(product(repeat=3)))
print(sum(1 for _ in permutations(range(9), 7)), sum(sum(c) for c in combinations(range(20), 5)), len(list(product(range(10), repeat=4))))
p = permutations("abcd")
print(next(p), next(p), type(p).__name__, type(combinations("a", 1)).__name__, type(product("a")).__name__)
try:
    permutations("ab", -1)
except ValueError as e:
    print("ValueError", e)
