# The standard library's keyword module as a program uses it (Fora's copy is in Python, in io/fora/vm/lib).
import keyword
print(keyword.kwlist)
print(keyword.softkwlist)
print(len(keyword.kwlist), len(keyword.softkwlist))
for w in ['if', 'If', 'match', 'case', '_', 'None', 'none', '', 'print', 'async', 'await', 'type', 'yield', 'nonlocal']:
    print(repr(w), keyword.iskeyword(w), keyword.issoftkeyword(w))
print(sorted(keyword.__all__))
