import math
math.isfinite(1.0)
math.isfinite(math.inf)
math.isinf(-math.inf)
math.isinf(1e308)
math.isnan(math.nan)
math.isnan(0.0)
math.inf
-math.inf
math.nan
