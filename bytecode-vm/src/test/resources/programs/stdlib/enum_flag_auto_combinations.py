from enum import Flag, IntFlag, auto
class Perm(Flag):
    READ = auto()
    WRITE = auto()
    RW = READ | WRITE
    EXEC = auto()
    ALL = RW | EXEC
print(Perm.RW, Perm.RW.value, Perm.ALL, Perm.EXEC.value, Perm.READ | Perm.EXEC, list(Perm))
class Color(IntFlag):
    R = auto()
    G = auto()
    B = auto()
    WHITE = R | G | B
print(Color.WHITE, int(Color.WHITE), Color.R | Color.G, Color(6))
