"""Record types that cost a cold start little to define: plain classes with equality and
repr from the fields they name, and named tuples.

The engine's classes were dataclasses; importing ``dataclasses`` and building them cost a
cold start some 30 ms, on every commit a hook runs for. A class here names its fields
once and gets what the dataclass gave it.

``typing.NamedTuple`` checks every field's annotation (compiling those that are strings)
and has ``collections.namedtuple`` compile a constructor from source: some 500,000
instructions a class, 3% of a commit hook's whole process for the package's named
tuples. :class:`NamedTuple` here is declared the same way and behaves the same, at a
fifth of the cost; type checkers see ``typing.NamedTuple`` itself.

``enum`` builds each class of members through its metaclass in Python: some 750,000
instructions a class of three, 1% of a commit hook's whole process for each of the four
the check path defines. :class:`StrEnum` here is declared like ``class Mode(str, Enum)``
and behaves as such a class does where this package uses one, at a small part of the
cost; type checkers see a ``str`` and ``Enum`` class.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, TypeVar

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


if TYPE_CHECKING:
    from typing import NamedTuple as NamedTuple
else:
    try:
        from collections import _tuplegetter
    except ImportError:  # another implementation of Python
        from operator import itemgetter

        def _tuplegetter(index, doc):
            return property(itemgetter(index), doc=doc)

    _tuple_new = tuple.__new__

    class _NamedTupleBase(tuple):
        """What every named tuple shares: the methods ``collections.namedtuple`` makes for
        each class, written once, reading the class's fields."""

        __slots__ = ()
        _fields: tuple[str, ...] = ()
        _field_defaults: dict[str, Any] = {}
        _default_tails: dict[int, tuple[Any, ...]] = {}
        """Number of values given by position -> the defaults that follow them."""

        # Values by position, then the defaults of the fields left out: most calls, one lookup.
        # Keywords go the slow way.
        def __new__(cls, *args, **kwargs):
            tail = cls._default_tails.get(len(args))
            if tail is None or kwargs:
                return _tuple_new(cls, cls._bound(args, kwargs))
            return _tuple_new(cls, args + tail)

        @classmethod
        def _bound(cls, args, kwargs):
            fields = cls._fields
            if len(args) > len(fields):
                raise TypeError(f"{cls.__name__}() takes {len(fields)} arguments but {len(args)} were given")
            for name in fields[: len(args)]:
                if name in kwargs:
                    raise TypeError(f"{cls.__name__}() got multiple values for argument {name!r}")
            values = list(args)
            for name in fields[len(args):]:
                if name in kwargs:
                    values.append(kwargs.pop(name))
                elif name in cls._field_defaults:
                    values.append(cls._field_defaults[name])
                else:
                    raise TypeError(f"{cls.__name__}() missing required argument: {name!r}")
            if kwargs:
                raise TypeError(f"{cls.__name__}() got an unexpected keyword argument {next(iter(kwargs))!r}")
            return values

        @classmethod
        def _make(cls, iterable):
            made = _tuple_new(cls, iterable)
            if len(made) != len(cls._fields):
                raise TypeError(f"Expected {len(cls._fields)} arguments, got {len(made)}")
            return made

        def _replace(self, /, **changes):
            replaced = self._make(map(changes.pop, self._fields, self))
            if changes:
                raise ValueError(f"Got unexpected field names: {list(changes)!r}")
            return replaced

        def _asdict(self):
            return dict(zip(self._fields, self))

        def __repr__(self):
            shown = ", ".join(f"{name}={value!r}" for name, value in zip(self._fields, self))
            return f"{type(self).__name__}({shown})"

        def __getnewargs__(self):
            return tuple(self)

    _RESERVED = frozenset({
        "__new__", "__init__", "__slots__", "__getnewargs__", "_fields", "_field_defaults", "_make", "_replace", "_asdict",
    })

    class _NamedTupleMeta(type):
        def __new__(cls, name, bases, namespace):
            if not bases:  # NamedTuple itself
                return super().__new__(cls, name, bases, namespace)
            if bases != (NamedTuple,):
                raise TypeError("a NamedTuple class inherits from NamedTuple alone")
            fields = tuple(namespace.get("__annotations__", {}))
            defaults = {field: namespace[field] for field in fields if field in namespace}
            for field, later in zip(fields, fields[1:]):
                if field in defaults and later not in defaults:
                    raise TypeError(f"Non-default namedtuple field {later} cannot follow default field {field}")
            reserved = _RESERVED.intersection(namespace)
            if reserved:
                raise AttributeError(f"Cannot overwrite NamedTuple attribute {min(reserved)}")
            body = {key: value for key, value in namespace.items() if key not in defaults}
            body.setdefault("__doc__", f"{name}({', '.join(fields)})")
            values = tuple(defaults.values())
            tails = {len(fields) - count: values[len(values) - count:] for count in range(len(values) + 1)}
            body.update(__slots__=(), _fields=fields, _field_defaults=defaults, _default_tails=tails, __match_args__=fields)
            for index, field in enumerate(fields):
                body[field] = _tuplegetter(index, f"Alias for field number {index}")
            return type(name, (_NamedTupleBase,), body)

    class NamedTuple(metaclass=_NamedTupleMeta):
        """Base of a named tuple declared as with ``typing.NamedTuple``: ``class Edit(NamedTuple):``,
        then its fields, annotated, in order, those with defaults last."""


if TYPE_CHECKING:
    from enum import Enum

    class StrEnum(str, Enum):
        pass
else:

    class _StrEnumType(type):
        """Makes each upper-case name of a class body that holds a string a member: an
        instance of the class, equal to the string."""

        def __new__(cls, name, bases, namespace):
            members = {key: value for key, value in namespace.items() if key.isupper() and isinstance(value, str)}
            made = super().__new__(cls, name, bases, {key: value for key, value in namespace.items() if key not in members})
            by_value = {}
            for key, value in members.items():
                if value in by_value:
                    raise ValueError(f"{name}.{key} repeats the value of {name}.{by_value[value]._name}")
                member = str.__new__(made, value)
                member._name = key
                type.__setattr__(made, key, member)
                by_value[value] = member
            made._by_value = by_value
            return made

        def __call__(cls, value):
            """The member whose value is ``value`` (as ``Enum`` looks one up)."""
            member = cls._by_value.get(value) if isinstance(value, str) else None
            if member is None:
                raise ValueError(f"{value!r} is not a valid {cls.__name__}")
            return member

        def __iter__(cls):
            return iter(cls._by_value.values())

        def __len__(cls):
            return len(cls._by_value)

        def __contains__(cls, member):
            return isinstance(member, cls) and cls._by_value.get(member) is member

        def __getitem__(cls, name):
            member = cls.__dict__.get(name)
            if not isinstance(member, cls):
                raise KeyError(name)
            return member

        def __setattr__(cls, name, value):
            if name in cls.__dict__ and isinstance(cls.__dict__[name], cls):
                raise AttributeError(f"cannot reassign member {name!r}")
            super().__setattr__(name, value)

        def __repr__(cls):
            return f"<enum {cls.__name__!r}>"

    class StrEnum(str, metaclass=_StrEnumType):
        """Base of a class of string constants declared as ``class Mode(str, Enum)`` is,
        with ``__str__`` returning the value: each member is the class's one instance of
        its value (``is`` compares them, and copies and pickles give the member back)."""

        _by_value = {}

        @property
        def value(self):
            return str.__str__(self)

        @property
        def name(self):
            return self._name

        def __str__(self):
            return str.__str__(self)

        def __repr__(self):
            return f"<{type(self).__name__}.{self._name}: {str.__repr__(self)}>"

        def __reduce_ex__(self, protocol):
            # Copies and pickles look the member up by its value: the one instance comes back.
            return type(self), (str.__str__(self),)
