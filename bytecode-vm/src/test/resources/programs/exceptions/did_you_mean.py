# An uncaught NameError ends with CPython 3.11's suggestion of the nearest name: the local names of
# the frame that raised it first, then its globals, then the builtins.
def total(values):
    totl = 0
    for v in values:
        totl += v
    return total_ + 1


counter = 3
print(total.__name__)
total([1, 2, 3])
