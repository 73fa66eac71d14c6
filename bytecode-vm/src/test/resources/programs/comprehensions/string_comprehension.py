s = "Hello World"
[c for c in s if c.isupper()]
"".join(c for c in s if c not in "aeiou")
{c: s.count(c) for c in s if c != " "}
[w[::-1] for w in s.split()]
