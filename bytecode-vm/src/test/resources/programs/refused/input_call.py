# expect: Warning at 2:8 input
name = input()
f"hello {name}"
