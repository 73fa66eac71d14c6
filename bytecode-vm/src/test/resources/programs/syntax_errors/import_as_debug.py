# expect: SyntaxError at 2:1 cannot assign to __debug__
import os, __debug__
