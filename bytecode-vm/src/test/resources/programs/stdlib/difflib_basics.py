import difflib
a = "the quick brown fox jumps over the lazy dog and then some".split()
b = "the quick red fox leaps over the lazy cat and then some more".split()
print(list(difflib.unified_diff(a, b, lineterm="", n=1)))
print(list(difflib.unified_diff(a, b, "old", "new", lineterm="")))
print("".join(difflib.context_diff([x + "\n" for x in a], [x + "\n" for x in b], "a.txt", "b.txt")))
s = difflib.SequenceMatcher(None, "abxcd", "abcd")
print(s.ratio(), s.get_matching_blocks(), s.get_opcodes(), s.quick_ratio(), s.real_quick_ratio())
s2 = difflib.SequenceMatcher(lambda x: x == " ", "private Thread currentThread;", "private volatile Thread currentThread;")
print(round(s2.ratio(), 3), s2.get_opcodes())
print(difflib.get_close_matches("appel", ["ape", "apple", "peach", "puppy", "applet"]))
print(difflib.get_close_matches("wheel", ["while", "whale", "wheat", "when", "heel", "wheels"], n=2, cutoff=0.5))
t1 = ["one\n", "two\n", "three\n", "four\n"]
t2 = ["ore\n", "tree\n", "emu\n", "four\n"]
d = list(difflib.ndiff(t1, t2))
print("".join(d), end="")
print("".join(difflib.restore(d, 1)), end="")
print("".join(difflib.Differ().compare(["abcDefghiJkl\n"], ["abcdefGhijkl\n"])), end="")
long_a = [str(i % 7) for i in range(300)]
long_b = [str(i % 7) for i in range(5, 310)]
sm = difflib.SequenceMatcher(None, long_a, long_b)
print(sm.ratio(), len(sm.get_opcodes()), sorted(sm.bpopular)[:3])
print(list(difflib.diff_bytes(difflib.unified_diff, [b"a", b"b"], [b"a", b"c"], lineterm=b"")))
