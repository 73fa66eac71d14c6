# Importing the library modules programs use most (their bodies run; no work after).
import collections
import random
import statistics
import decimal
import typing
import json
import itertools
import functools
print(len(dir(collections)) > 0)
