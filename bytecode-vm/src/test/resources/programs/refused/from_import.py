# expect: Warning at 2:1 import
from os import path
path.join("a", "b")
