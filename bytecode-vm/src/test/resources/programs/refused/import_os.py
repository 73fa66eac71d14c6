# expect: Warning at 2:1 import
import os
os.name
