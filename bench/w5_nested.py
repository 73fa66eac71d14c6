# W5 (not in the set): nested, irregular reductions -- inner ranges shorter than a block,
# work growing with x -- kept on every core by cutting blocks when a core is idle.
def f(x, y):
    return (x * y) % 7

sum(sum(f(x, y) for y in range(x)) for x in range(12000))
