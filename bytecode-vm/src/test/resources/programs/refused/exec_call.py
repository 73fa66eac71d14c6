# expect: Warning at 3:1 exec
code = "y = 2"
exec(code)
