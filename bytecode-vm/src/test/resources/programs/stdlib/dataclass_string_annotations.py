# Dataclass fields under from __future__ import annotations: KW_ONLY and ClassVar recognised by name.
from __future__ import annotations
import dataclasses
from dataclasses import dataclass, KW_ONLY, InitVar
from typing import ClassVar
@dataclass
class M:
    x: int
    reg: ClassVar[int] = 0
    iv: InitVar[int] = 1
print([f.name for f in dataclasses.fields(M)])
@dataclass
class K:
    x: int
    _: KW_ONLY
    y: int = 0
print(K(1, y=3))
from typing import ClassVar
@dataclass
class Q:
    a: int
    b: ClassVar[int] = 3
    c: "ClassVar[str]" = "s"
print(Q(1), Q.b)
