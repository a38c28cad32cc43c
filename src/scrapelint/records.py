"""Equality and repr for plain classes, from the fields they name.

The engine's classes were dataclasses; importing ``dataclasses`` and building them cost a
cold start some 30 ms, on every commit a hook runs for. A class here names its fields
once and gets what the dataclass gave it.
"""

from __future__ import annotations

from typing import TypeVar

_R = TypeVar("_R", bound="Record")


class Record:
    """Equal to another of its class with equal fields; not hashable (mutable)."""

    __slots__ = ()
    FIELDS: tuple[str, ...] = ()

    def values(self) -> tuple[object, ...]:
        return tuple(getattr(self, name) for name in self.FIELDS)

    def _replace(self: _R, **changes: object) -> _R:
        """A copy with ``changes``, as a named tuple's ``_replace`` (some of these were named
        tuples, whose creation costs a cold start more than a class's). For classes whose
        fields are the arguments of their ``__init__``."""
        return type(self)(**{**dict(zip(self.FIELDS, self.values())), **changes})

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, type(self)):
            return NotImplemented
        return self.values() == other.values()

    __hash__ = None  # type: ignore[assignment]

    def __repr__(self) -> str:
        shown = ", ".join(f"{name}={getattr(self, name)!r}" for name in self.FIELDS)
        return f"{type(self).__name__}({shown})"


class FrozenRecord(Record):
    """A :class:`Record` whose fields never change: hashable by them."""

    __slots__ = ()

    def __hash__(self) -> int:
        return hash(self.values())
