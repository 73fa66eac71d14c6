# expect: PurityError at 2:1 import
import random
random.random()
