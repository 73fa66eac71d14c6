def balanced(s):
    pairs = {")": "(", "]": "[", "}": "{"}
    stack = ()
    for c in s:
        if c in "([{":
            stack = stack + (c,)
        elif c in pairs:
            if not stack or stack[-1] != pairs[c]:
                return False
            stack = stack[:-1]
    return not stack
[balanced(s) for s in ["()", "([]{})", "(]", "((", "", "{[()()]}", "}{"]]
balanced("(" * 50 + ")" * 50)
balanced("a(b)c[d]")
balanced("(((" + ")))" + "]")
