[x for x in []]
{x for x in ""}
{k: v for k, v in {}.items()}
list(x for x in range(0))
[x for x in range(10) if False]
