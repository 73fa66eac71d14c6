a = [1, 2]
b = (3, 4)
[*a, *b]
(*b, *a)
{*a, *b}
{**{"k": 1}, **{"j": 2}}
[*range(3), *"ab"]
print_free = [*a, 0, *a]
print_free
