# expect: Warning at 4:5 exec
class Dynamic:
    base = 1
    exec("extra = 2")
Dynamic.base
