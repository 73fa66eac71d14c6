# get_type_hints of string annotations: Literal and Annotated metadata are values, not forward
# references; Annotated is stripped without include_extras.
from __future__ import annotations
from typing import Annotated, Literal, get_type_hints
def f(mode: Literal['r', 'w'], a: Annotated[int, 'meta']): pass
print(get_type_hints(f))
from typing import Optional, List
class Node:
    nxt: Optional["Node"]
    vals: "List[int]"
    tag: Literal["a", 1, True]
    meta: Annotated[int, "x", 5]
print(get_type_hints(Node))
print(get_type_hints(Node, include_extras=True)["meta"])
