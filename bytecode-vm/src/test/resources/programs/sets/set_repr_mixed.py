{1.5, 2.5, 0.5}
{1, 2.0}
{None}
{(1, (2, 3))}
frozenset({frozenset({1})})
