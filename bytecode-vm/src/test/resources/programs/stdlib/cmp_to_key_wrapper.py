# functools.cmp_to_key: CPython's KeyWrapper objects (type, attributes, comparisons, errors).
import functools

def by_length_then_text(a, b):
    if len(a) != len(b):
        return len(a) - len(b)
    return (a > b) - (a < b)

key = functools.cmp_to_key(by_length_then_text)
words = ["pear", "fig", "banana", "kiwi", "apple", "date", "fig"]
print(sorted(words, key=key))
print(sorted(words, key=key, reverse=True))
print(max(words, key=key), min(words, key=key))
print(type(key).__name__, type(key(1)).__name__, type(key).__qualname__, type(key).__module__)
k1, k2 = key("abc"), key("abd")
print(k1 < k2, k1 > k2, k1 == k2, k1 != k2, k1 <= k2, k1 >= k2, k1.obj, key.obj)
print(key("x") == key("x"))
try:
    hash(k1)
except TypeError as e:
    print("TypeError", e)
try:
    k1 < "abd"
except TypeError as e:
    print("TypeError", e)
print(callable(key), hasattr(functools, "KeyWrapper"))
numbers = [5, 3, 9, 1]
print(sorted(numbers, key=functools.cmp_to_key(lambda a, b: b - a)))
