float("nan")
float("inf")
float("-inf")
float("1e500")
-float("1e500")
float("inf") - float("inf")
float("nan") == float("nan")
float("inf") > 1e308
[float("nan") != float("nan"), float("inf") == float("inf")]
