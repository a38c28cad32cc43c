"""scrapelint.records.NamedTuple behaves as typing.NamedTuple does, and records.StrEnum as a
``(str, Enum)`` class does, for every way the package and its users make, read, copy and
compare them."""

from __future__ import annotations

import copy
import json
import pickle
import typing
from enum import Enum
from typing import Any, Callable

import pytest
from hypothesis import given
from hypothesis import strategies as st

from scrapelint import records
from scrapelint.checker import Mode
from scrapelint.diagnostics import (
    Applicability,
    Diagnostic,
    Edit,
    Finding,
    Fix,
    Position,
)
from scrapelint.rules.base import Category, FixAvailability


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


class OurColours(records.StrEnum):
    """Colours."""

    RED = "red"
    """The first."""
    DARK_BLUE = "dark-blue"

    def shouted(self) -> str:
        return self.value.upper()


class TheirColours(str, Enum):
    """Colours."""

    RED = "red"
    """The first."""
    DARK_BLUE = "dark-blue"

    def shouted(self) -> str:
        return self.value.upper()

    def __str__(self) -> str:
        return self.value


def _enum_outcome(read: Callable[[Any], Any], colours: Any) -> tuple[str, Any]:
    try:
        found = read(colours)
    except (ValueError, KeyError, AttributeError, TypeError) as error:
        return type(error).__name__, None
    # A member is shown by its name and value, and a class by its members: the two classes differ in name only.
    if isinstance(found, colours):
        return "member", (found.name, found.value)
    if isinstance(found, list):
        return "list", [("member" if isinstance(item, colours) else type(item).__name__, str(item)) for item in found]
    return type(found).__name__, found


ENUM_READS: list[Callable[[Any], Any]] = [
    lambda c: c.RED,
    lambda c: c("dark-blue"),
    lambda c: c("blue"),
    lambda c: c(1),
    lambda c: c["DARK_BLUE"],
    lambda c: c["red"],
    lambda c: c["shouted"],
    lambda c: list(c),
    lambda c: len(c),
    lambda c: c.RED in c,
    lambda c: "red" in list(c),
    lambda c: c.RED == "red",
    lambda c: c.RED != "dark-blue",
    lambda c: hash(c.RED) == hash("red"),
    lambda c: {c.RED: 1}["red"],
    lambda c: str(c.DARK_BLUE),
    lambda c: f"{c.DARK_BLUE}|{c.RED:>5}",
    lambda c: c.DARK_BLUE.value,
    lambda c: type(c.DARK_BLUE.value).__name__,
    lambda c: type(str(c.DARK_BLUE)).__name__,
    lambda c: c.DARK_BLUE.name,
    lambda c: c.RED.shouted(),
    lambda c: c.RED.upper(),
    lambda c: c.RED + "!",
    lambda c: c.RED.startswith("r"),
    lambda c: isinstance(c.RED, str),
    lambda c: json.dumps({"colour": c.RED, "colours": list(c)}),
    lambda c: sorted(c),
    lambda c: c.__doc__,
    lambda c: c.RED is c("red"),
]


@pytest.mark.parametrize("read", ENUM_READS)
def test_str_enums_read_as_enums_do(read: Callable[[Any], Any]) -> None:
    assert _enum_outcome(read, OurColours) == _enum_outcome(read, TheirColours)


def test_str_enum_members_are_shown_as_enums_show_them() -> None:
    assert repr(OurColours.RED) == repr(TheirColours.RED).replace("TheirColours", "OurColours")


def test_str_enum_members_stay_what_they_are() -> None:
    with pytest.raises(AttributeError):
        OurColours.RED = "green"  # type: ignore[misc]
    assert OurColours.RED == "red"
    with pytest.raises(ValueError, match="repeats"):
        type(records.StrEnum)("Twice", (records.StrEnum,), {"A": "x", "B": "x"})


@pytest.mark.parametrize("protocol", range(pickle.HIGHEST_PROTOCOL + 1))
def test_str_enum_members_come_back_from_copies_and_pickles_as_themselves(protocol: int) -> None:
    """``is`` compares applicabilities, and workers send fixes to the main process pickled."""
    for member in (*Applicability, *Category, *FixAvailability, *Mode, OurColours.DARK_BLUE):
        for copied in (pickle.loads(pickle.dumps(member, protocol)), copy.copy(member), copy.deepcopy(member)):
            assert copied is member
    fix = Fix.unsafe("x", Edit(0, 1))
    assert pickle.loads(pickle.dumps(fix, protocol)).applicability is Applicability.UNSAFE
