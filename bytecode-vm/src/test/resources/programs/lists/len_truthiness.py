len([])
len([[], []])
bool([])
bool([0])
[len(v) for v in ([], [1], [1, 2, 3])]
"yes" if [] else "no"
