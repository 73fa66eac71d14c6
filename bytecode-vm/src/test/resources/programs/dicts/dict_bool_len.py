bool({})
bool({0: 0})
len({i: i for i in range(100)})
{} or "empty"
{"k": 1} and "full"
