import math
math.isclose(0.1 + 0.2, 0.3)
math.isclose(1.0, 1.001)
math.isclose(1.0, 1.001, rel_tol=0.01)
math.isclose(0.0, 1e-10)
math.isclose(0.0, 1e-10, abs_tol=1e-9)
