# W1: sum(math.sin(i) for i in range(10**8)), split into blocks on every core automatically.
import math
sum(math.sin(i) for i in range(10**8))
