bool(set())
bool({0})
len({1, 1.0, True})
{True, 1, 1.0}
{0, False, 0.0}
