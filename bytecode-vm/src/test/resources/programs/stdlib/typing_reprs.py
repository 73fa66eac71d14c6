from typing import List, Dict, Optional, Union, Tuple, Callable, Any
print(List[str], Dict[str, int], Optional[int], Union[int, str], Tuple[int, ...], Callable[[int], str], Any, list[int], dict[str, list[int]])
print(List, Optional[List[int]])
from typing import TypeVar, Literal, get_origin, get_args, Set
T = TypeVar("T")
print(T, Literal["a", 1], List[int] == List[int], Union[int, str] == Union[str, int], Union[int, int], Optional[Union[int, str]])
print(get_origin(List[int]), get_args(Dict[str, int]), get_origin(list[int]), get_args(list[int]), get_origin(int), Union[int, None])
class Foo: pass
print(List[Foo], Callable[..., None], Dict[str, "Foo"], Set[T])
print(int | str, List[int] | None)
