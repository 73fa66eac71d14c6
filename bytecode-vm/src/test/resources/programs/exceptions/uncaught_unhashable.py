{(1, (2, 3)): "nested ok"}
{frozenset({1}): "frozen ok"}
hash((1, 2)) == hash((1, 2))
{(1, 2): "ok"}
{[1, 2]: "bad"}
