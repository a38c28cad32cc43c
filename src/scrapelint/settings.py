"""Settings, and the resolved rule set that the linter and fixer run.

:class:`Settings` is what a user states (on the command line, in configuration or in a
library call). :class:`RuleSet` is what it resolves to: the selected rules with their
options, which ones may be fixed, and which are ignored for which files. A RuleSet is
immutable and pickles small, so worker processes can share one.

Rule selection comes in layers, as in ruff: the configuration's ``select``,
``extend-select`` and ``ignore`` first, then each of :attr:`Settings.overrides` (the
command line's flags, a library call's arguments). Within a layer the most specific
selector decides; a later layer's ``select`` replaces everything before it, its
``extend-select`` and ``ignore`` change only the rules they name.
"""

import os
from collections.abc import Iterable, Mapping, Sequence
from functools import cached_property
from typing import Any

from scrapelint import rules
from scrapelint.files import DEFAULT_EXCLUDE, DEFAULT_INCLUDE, FileFilter, PatternSet, normalise
from scrapelint.records import NamedTuple, Record
from scrapelint.rules import Rule


class SettingsError(ValueError):
    """A setting with a wrong name, type or value.

    ``key`` is where it was given (``"rules.D001.window"``); :meth:`message` names it
    with a prefix (``"tool.scrapelint."`` in ``pyproject.toml``).
    """

    def __init__(self, key: str, problem: str, suggestion: str | None = None) -> None:
        self.key = key
        self.problem = problem
        """The message with ``{key}`` where the key's name goes."""
        self.suggestion = suggestion
        super().__init__(self.message())

    def message(self, prefix: str = "") -> str:
        text = self.problem.format(key=repr(prefix + self.key))
        return f"{text}; did you mean {self.suggestion!r}?" if self.suggestion else text


class RuleSelection(NamedTuple):
    """One layer of selection on top of the configuration's, such as the command line's."""

    select: tuple[str, ...] | None = None
    extend_select: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()
    origin: str | None = None
    """The configuration file this layer comes from; None for the command line or a call."""


# Named tuples, not dataclasses: a commit hook pays about a millisecond for each dataclass
# it defines, and more than ten for importing dataclasses at all.
class _SettingsFields(NamedTuple):
    select: Sequence[str] | None = None
    """Rules to check; None means every rule that is on by default."""
    extend_select: Sequence[str] = ()
    ignore: Sequence[str] = ()
    fixable: Sequence[str] | None = None
    """Rules whose fixes may be applied; None means all."""
    extend_fixable: Sequence[str] = ()
    unfixable: Sequence[str] = ()
    per_file_ignores: Mapping[str, Sequence[str]] = {}
    """Glob pattern -> selectors ignored in files that match it."""
    extend_per_file_ignores: Mapping[str, Sequence[str]] = {}
    """More of the same, kept apart so that an extending file's ``per-file-ignores``
    replaces only the extended file's ``per-file-ignores``, not these."""
    rule_options: Mapping[str, Mapping[str, Any]] = {}
    """Rule code or name -> option name -> value; checked against each rule's options."""
    include: Sequence[str] = DEFAULT_INCLUDE
    """File patterns checked when a directory is walked."""
    extend_include: Sequence[str] = ()
    exclude: Sequence[str] = DEFAULT_EXCLUDE
    """File and directory patterns never walked into."""
    extend_exclude: Sequence[str] = ()
    root: str | None = None
    """The directory that patterns with a ``/`` are relative to: the configuration file's.
    Without one, per-file-ignore patterns match the end of a file name as given."""
    overrides: tuple[RuleSelection, ...] = ()
    """Selections applied after this one's, in order (see the module's documentation)."""
    extended: tuple[str, ...] = ()
    """The configuration files these settings extend (``extend``), the closest first."""


_UNHASHED = frozenset({"per_file_ignores", "extend_per_file_ignores", "rule_options"})
"""Fields that hold dictionaries (never changed in place): equality compares them, hashing skips them."""


class Settings(_SettingsFields):
    __slots__ = ()

    def __new__(cls, *args: Any, **kwargs: Any) -> "Settings":
        given = super().__new__(cls, *args, **kwargs)
        # Tuples keep Settings hashable, so resolved rule sets can be cached per settings.
        return tuple.__new__(cls, [_normalised(name, value) for name, value in zip(cls._fields, given)])

    def __hash__(self) -> int:
        return hash(tuple(value for name, value in zip(self._fields, self) if name not in _UNHASHED))

    def _replace(self, **changes: Any) -> "Settings":
        return type(self)(**{**self._asdict(), **changes})

    def override(
        self,
        select: Sequence[str] | None = None,
        extend_select: Sequence[str] = (),
        ignore: Sequence[str] = (),
    ) -> "Settings":
        """These settings with one more layer of selection on top (self when it is empty)."""
        if select is None and not extend_select and not ignore:
            return self
        layer = RuleSelection(
            _strings("select", select) if select is not None else None,
            _strings("extend_select", extend_select),
            _strings("ignore", ignore),
        )
        return self._replace(overrides=(*self.overrides, layer))

    def file_filter(self) -> FileFilter:
        """Which files a directory walk under these settings checks."""
        return FileFilter(
            self.root or os.getcwd(),
            PatternSet((*self.include, *self.extend_include), ignore_case=True),
            PatternSet((*self.exclude, *self.extend_exclude)),
        )

    def resolve(self) -> "RuleSet":
        """The rule set these settings describe.

        Raises :class:`scrapelint.rules.SelectionError` for a selector that names no rule
        and :class:`SettingsError` for an option a rule does not have or a wrong type.
        """
        selected = rules.select(self.select, self.extend_select, self.ignore)
        for layer in self.overrides:
            selected = rules.select(layer.select, layer.extend_select, layer.ignore, base=selected)
        fixable = rules.select(self.fixable or ["ALL"], self.extend_fixable, self.unfixable)
        options: dict[str, dict[str, Any]] = {}
        for code_or_name, values in self.rule_options.items():
            target = rules.lookup(code_or_name)
            options.setdefault(target.code, {}).update(check_options(target, values, f"rules.{code_or_name}."))
        per_file = tuple(
            (pattern, frozenset(r.code for selector in selectors for r in rules.matches(selector)[1]))
            for table in (self.per_file_ignores, self.extend_per_file_ignores)
            for pattern, selectors in table.items()
        )
        return RuleSet(
            tuple((r, {**r.options, **options.get(r.code, {})}) for r in selected),
            frozenset(r.code for r in fixable),
            per_file,
            self.root,
        )


class RuleSet(Record):
    __slots__ = ("rules", "fixable", "per_file_ignores", "root", "__dict__")

    def __init__(
        self,
        rules: tuple[tuple[Rule, Mapping[str, Any]], ...],
        fixable: frozenset[str],
        per_file_ignores: tuple[tuple[str, frozenset[str]], ...] = (),
        root: str | None = None,
    ) -> None:
        self.rules = rules
        self.fixable = fixable
        self.per_file_ignores = per_file_ignores
        self.root = root
        """See :attr:`Settings.root`."""

    FIELDS = ("rules", "fixable", "per_file_ignores", "root")
    # Not hashable: the options are dictionaries.

    def __reduce__(self) -> tuple[Any, ...]:
        # Only the fields travel to worker processes; the cached views are rebuilt there.
        return (RuleSet, self.values())

    def __setattr__(self, name: str, value: Any) -> None:
        if name in RuleSet.__slots__ and hasattr(self, name):
            raise AttributeError(f"cannot assign to field {name!r}")
        object.__setattr__(self, name, value)

    @cached_property
    def codes(self) -> frozenset[str]:
        return frozenset(r.code for r, _ in self.rules)

    @cached_property
    def fingerprint(self) -> str:
        """The rules with their options, and the codes that may fix, as one string: rule
        sets with the same fingerprint report a text alike (see :mod:`scrapelint.cache`)."""
        return repr(([(rule.code, sorted(options.items())) for rule, options in self.rules], sorted(self.fixable)))

    @cached_property
    def option_files(self) -> tuple[str, ...]:
        """The files that options name (the ``*-file`` options), which the rules read."""
        return tuple(sorted({
            value for _, options in self.rules for name, value in options.items() if names_file(name) and value
        }))

    def rules_for(self, filename: str | None) -> tuple[tuple[Rule, Mapping[str, Any]], ...]:
        if not self.per_file_ignores or filename is None:
            return self.rules
        ignored = self.ignored_in(filename)
        return tuple(item for item in self.rules if item[0].code not in ignored)

    def ignored_in(self, filename: str) -> frozenset[str]:
        path = normalise(filename)
        relative = path.replace(os.sep, "/") if self.root is None else FileFilter(self.root).relative(path)
        name = os.path.basename(path)
        ignored: set[str] = set()
        for patterns, codes in self._per_file_patterns:
            if patterns.match(name, relative):
                ignored |= codes
        return frozenset(ignored)

    @cached_property
    def _per_file_patterns(self) -> tuple[tuple[PatternSet, frozenset[str]], ...]:
        anchored = self.root is not None
        return tuple((PatternSet((pattern,), anchored=anchored), codes) for pattern, codes in self.per_file_ignores)


def names_file(option: str) -> bool:
    """Whether a rule option's value is a path (the ``*-file`` options): configuration files
    give it relative to themselves, and the cache of reports keys it by the file's time."""
    return option.endswith("-file")


def check_options(rule: Rule, values: Mapping[str, Any], key_prefix: str = "") -> dict[str, Any]:
    """``values`` checked against ``rule``'s options, as its check receives them (lists
    become tuples). Raises :class:`SettingsError` naming ``key_prefix + option``."""
    checked: dict[str, Any] = {}
    for name, value in values.items():
        if name not in rule.options:
            if not rule.options:
                raise SettingsError(key_prefix + name, f"unknown key {{key}}: rule {rule.code} has no options")
            raise SettingsError(key_prefix + name, "unknown key {key}", nearest(name, rule.options) or None)
        checked[name] = check_value(key_prefix + name, value, rule.options[name])
    return checked


def check_value(key: str, value: Any, default: Any) -> Any:
    """``value`` if it has the type of ``default`` (lists as tuples); else SettingsError."""
    if isinstance(default, bool):
        fits = isinstance(value, bool)
    elif isinstance(default, int):
        fits = isinstance(value, int) and not isinstance(value, bool)
    elif isinstance(default, float):
        fits = isinstance(value, (int, float)) and not isinstance(value, bool)
        value = float(value) if fits else value
    elif isinstance(default, str):
        fits = isinstance(value, str)
    elif isinstance(default, (list, tuple, frozenset)):
        element = type(next(iter(default))) if default else str
        fits = isinstance(value, (list, tuple)) and all(_is_instance(item, element) for item in value)
        value = tuple(value) if fits else value
    else:  # no default to compare with: any TOML value
        fits = True
    if not fits:
        raise SettingsError(key, f"{{key}} must be {describe(default)}, got {toml_type(value)}")
    return value


def _is_instance(value: Any, expected: type) -> bool:
    return isinstance(value, expected) and not (isinstance(value, bool) and expected is not bool)


def describe(default: Any) -> str:
    """What a value of ``default``'s type is called in a message."""
    if isinstance(default, bool):
        return "a boolean"
    if isinstance(default, int):
        return "an integer"
    if isinstance(default, float):
        return "a number"
    if isinstance(default, str):
        return "a string"
    if isinstance(default, (list, tuple, frozenset)):
        element = next(iter(default)) if default else ""
        return f"a list of {toml_type(element)}s"
    return "a value"


def toml_type(value: Any) -> str:
    """A value's type as TOML calls it."""
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int):
        return "integer"
    if isinstance(value, float):
        return "float"
    if isinstance(value, str):
        return "string"
    if isinstance(value, (list, tuple)):
        return "array"
    if isinstance(value, dict):
        return "table"
    import datetime  # for this message only: a commit hook would pay for it on every run

    if isinstance(value, (datetime.date, datetime.time)):
        return "date-time"
    return type(value).__name__


def nearest(name: str, candidates: Iterable[str]) -> str:
    """The candidate closest to a misspelt ``name``, or "" when none is close.

    The name is tried as written, then in kebab lower case (keys, rule names), then in
    upper case (rule codes).
    """
    import difflib  # only for a mistake: a run without one does not pay for the import

    pool = list(candidates)
    for spelling in dict.fromkeys((name, name.replace("_", "-").lower(), name.upper())):
        close = difflib.get_close_matches(spelling, pool, n=1, cutoff=0.6)
        if close:
            return close[0]
    return ""


def _strings(name: str, values: Sequence[str]) -> tuple[str, ...]:
    # A lone string would otherwise be read as a list of one-letter selectors.
    if not isinstance(values, str) and isinstance(values, Iterable):
        strings = tuple(values)
        if all(isinstance(value, str) for value in strings):
            return strings
    raise SettingsError(name.replace("_", "-"), f"{{key}} must be a list of strings, got {values!r}")


_STRING_LISTS = frozenset({
    "select", "extend_select", "ignore", "fixable", "extend_fixable", "unfixable",
    "include", "extend_include", "exclude", "extend_exclude",
})


def _normalised(name: str, value: Any) -> Any:
    if name in _STRING_LISTS and value is not None:
        return _strings(name, value)
    if name in _UNHASHED:
        key = name.replace("_", "-")
        if not isinstance(value, Mapping):
            raise SettingsError(key, f"{{key}} must be a table, got {value!r}")
        if name == "rule_options":
            for rule, options in value.items():
                if not isinstance(options, Mapping):
                    raise SettingsError(f"rules.{rule}", f"{{key}} must be a table of options, got {options!r}")
            return value
        # Each pattern's selectors, as a list of strings (a lone "B001" is not "B", "0", "0", "1").
        return {pattern: _strings(f"{key}.{pattern}", selectors) for pattern, selectors in value.items()}
    return value
