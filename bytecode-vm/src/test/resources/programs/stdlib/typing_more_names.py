# More of typing: the collection aliases check with isinstance/issubclass, Annotated, ParamSpec,
# IO/TextIO/BinaryIO, Supports* protocols, NewType as a class, assert_never.
import typing
from typing import (Annotated, Any, BinaryIO, Callable, Hashable, IO, Iterable, List, Mapping, MutableSequence,
                    NewType, Optional, ParamSpec, Self, Sequence, Sized, SupportsIndex, TextIO, TypeVarTuple, Union)

P = ParamSpec("P")
print(P, P.args, P.kwargs, BinaryIO, TextIO, IO[str], MutableSequence, MutableSequence[int], Self)
print(Annotated[int, "meta"], Annotated[list[int], "a", 3].__metadata__)
print(isinstance([], Iterable), isinstance(3, Hashable), isinstance([], Sized), isinstance({}, Mapping),
      isinstance("s", Sequence), isinstance(len, Callable), isinstance(3, Iterable))
print(isinstance(3, Union[int, str]), isinstance(None, Optional[int]), isinstance(2.5, Optional[int]))
print(issubclass(list, Sequence), issubclass(int, Iterable), issubclass(dict, typing.MutableMapping))
for bad in [lambda: isinstance(1, Any), lambda: isinstance([], List[int]), lambda: isinstance(1, Union)]:
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
print(isinstance(3, SupportsIndex), isinstance(2.5, SupportsIndex), isinstance(2.5, typing.SupportsRound))
UserId = NewType("UserId", int)
print(UserId, UserId(5), UserId.__supertype__, UserId.__name__, type(UserId(5)).__name__)
print(TypeVarTuple("Ts"), typing.Sequence.__name__, typing.List[int].__name__)
try:
    typing.assert_never(3)
except AssertionError as e:
    print(e)
print(typing.assert_type(3, int), typing.get_overloads(print), typing.is_typeddict(dict))


def handle(values: Sequence[int]) -> Optional[int]:
    if not isinstance(values, Sequence):
        raise TypeError("need a sequence")
    return max(values) if values else None


print(handle([3, 9, 2]), handle(()), typing.get_type_hints(handle))
