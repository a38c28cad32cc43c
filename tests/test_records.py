"""scrapelint.records.NamedTuple behaves as typing.NamedTuple does, for every way the package
and its users make, read, copy and compare named tuples."""

from __future__ import annotations

import copy
import pickle
import typing
from typing import Any, Callable

import pytest
from hypothesis import given
from hypothesis import strategies as st

from scrapelint import records
from scrapelint.diagnostics import Diagnostic, Edit, Finding, Fix, Position


class Ours(records.NamedTuple):
    """A record with three fields."""

    start: int
    end: int
    content: str = ""


class Theirs(typing.NamedTuple):
    """A record with three fields."""

    start: int
    end: int
    content: str = ""


class OursWithMethods(records.NamedTuple):
    first: int
    second: int | None = None

    @property
    def total(self) -> int:
        return self.first + (self.second or 0)

    @classmethod
    def doubled(cls, value: int) -> OursWithMethods:
        return cls(value, value)


class Subclassed(Ours):
    __slots__ = ()

    def __new__(cls, *args: Any, **kwargs: Any) -> Subclassed:
        made = super().__new__(cls, *args, **kwargs)
        return tuple.__new__(cls, (made.start, made.end, made.content.upper()))


def _outcome(make: Callable[[], Any]) -> tuple[str, Any]:
    try:
        return "made", tuple(make())
    except TypeError:
        return "TypeError", None


CALLS: list[tuple[tuple[Any, ...], dict[str, Any]]] = [
    ((1, 2), {}),
    ((1, 2, "x"), {}),
    ((1,), {"end": 2}),
    ((), {"start": 1, "end": 2, "content": "x"}),
    ((1, 2), {"content": "x"}),
    ((1,), {}),
    ((), {}),
    ((1, 2, "x", 4), {}),
    ((1, 2), {"start": 3}),
    ((1, 2), {"bogus": 3}),
    ((), {"end": 2}),
]


@pytest.mark.parametrize(("args", "kwargs"), CALLS)
def test_construction_takes_and_refuses_what_typing_does(args: tuple[Any, ...], kwargs: dict[str, Any]) -> None:
    assert _outcome(lambda: Ours(*args, **kwargs)) == _outcome(lambda: Theirs(*args, **kwargs))


@given(st.integers(), st.integers(), st.text(max_size=5))
def test_fields_repr_and_helpers_match_typing(start: int, end: int, content: str) -> None:
    ours, theirs = Ours(start, end, content), Theirs(start, end, content)
    assert ours == theirs and hash(ours) == hash(theirs)
    assert (ours.start, ours.end, ours.content) == (theirs.start, theirs.end, theirs.content)
    assert repr(ours) == repr(theirs).replace("Theirs", "Ours")
    assert ours._asdict() == theirs._asdict()
    assert tuple(ours._replace(end=7)) == tuple(theirs._replace(end=7))
    assert tuple(Ours._make([start, end, content])) == tuple(Theirs._make([start, end, content]))


def test_class_attributes_match_typing() -> None:
    for name in ("_fields", "_field_defaults", "__match_args__", "__doc__", "__slots__"):
        assert getattr(Ours, name) == getattr(Theirs, name), name
    assert Ours.__module__ == __name__ and Ours.__qualname__ == "Ours"
    assert Ours.start.__doc__ == Theirs.start.__doc__
    assert Fix.__doc__ == "Fix(edits, applicability, message)"  # no docstring: the fields, as typing gives
    assert issubclass(Ours, tuple) and not hasattr(Ours(1, 2), "__dict__")


def test_misuse_fails_as_with_typing() -> None:
    with pytest.raises(ValueError, match="bogus"):
        Ours(1, 2)._replace(bogus=3)
    with pytest.raises(TypeError, match="Expected 3 arguments, got 2"):
        Ours._make([1, 2])
    with pytest.raises(AttributeError):
        Ours(1, 2).start = 5  # type: ignore[misc]
    with pytest.raises(TypeError, match="Non-default namedtuple field"):

        class _Unordered(records.NamedTuple):
            first: int = 0
            second: int

    with pytest.raises(AttributeError, match="_replace"):

        class _Overwriting(records.NamedTuple):
            first: int

            def _replace(self) -> None: ...


def test_methods_properties_and_subclasses_keep_working() -> None:
    assert OursWithMethods.doubled(3).total == 6
    assert OursWithMethods(1).second is None
    assert Subclassed(1, 2, "ab") == (1, 2, "AB")
    assert Subclassed(start=1, end=2) == (1, 2, "")


@pytest.mark.parametrize("protocol", range(pickle.HIGHEST_PROTOCOL + 1))
def test_pickle_and_copy_round_trip(protocol: int) -> None:
    """Workers send findings to the main process pickled."""
    position = Position(1, 2)
    diagnostic = Diagnostic("B001", "comment-form", "boilerplate", "m", 0, 3, position, position, Fix.safe("x", Edit(0, 3)), "a.txt")
    for value in (Ours(1, 2, "x"), diagnostic, Finding(1, 2, "m"), Subclassed(1, 2, "a")):
        for copied in (pickle.loads(pickle.dumps(value, protocol)), copy.copy(value), copy.deepcopy(value)):
            assert copied == value and type(copied) is type(value) and tuple(copied) == tuple(value)
    assert pickle.loads(pickle.dumps(diagnostic, protocol)).filename == "a.txt"
