"ell" in "hello"
"" in "abc"
"xyz" in "abc"
"a" not in "bcd"
[c for c in "hello world" if c in "aeiou"]
