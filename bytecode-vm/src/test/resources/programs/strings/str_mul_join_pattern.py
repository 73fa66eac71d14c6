def triangle(n):
    return "\n".join("*" * i for i in range(1, n + 1))
triangle(4)
triangle(4).count("*")
"\n".join(" " * (3 - i) + "#" * (2 * i + 1) for i in range(4))
