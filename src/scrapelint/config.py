"""Configuration files: discovery, parsing and validation into :class:`Settings`.

Settings live in ``[tool.scrapelint]`` of ``pyproject.toml``, or at the top level of
``.scrapelint.toml`` or ``scrapelint.toml``. Each checked file uses the closest such file
in its own directory or above (in one directory, ``.scrapelint.toml`` wins over
``scrapelint.toml``, which wins over ``pyproject.toml``); a ``pyproject.toml`` without
``[tool.scrapelint]`` is passed over. Files do not cascade: the closest one is all there
is, unless it names another with ``extend``, as in ruff: the other file is read first and
this one's settings are laid over it. Relative paths (``extend`` itself, phrase files) are
relative to the file that holds them; file patterns are relative to the directory of the
file in use (the closest one, not the one it extends); with ``--config``, patterns are
relative to the working directory instead.

Every mistake is an error that names the file and the key: an unknown key or rule (with
the nearest valid name), a wrong type, a selector that names no rule.
"""

from __future__ import annotations

import os
import re
import sys
from collections.abc import Callable, Iterable, Mapping, Sequence
from functools import cached_property
from typing import TYPE_CHECKING, Any

from scrapelint.files import FileFilter, name_of, normalise
from scrapelint.rules import Rule, SelectionError
from scrapelint.settings import (
    RuleSelection,
    RuleSet,
    Settings,
    SettingsError,
    check_options,
    names_file,
    nearest,
    toml_type,
)

if TYPE_CHECKING:
    from pathlib import Path

CONFIG_FILES = (".scrapelint.toml", "scrapelint.toml", "pyproject.toml")
_MAY_HAVE_TABLE = re.compile(r"""tool\s*\.\s*["']?scrapelint|^[^\S\n]*\[\s*tool\s*\]""", re.M)
"""A pyproject.toml that this does not match has no [tool.scrapelint]: it is not parsed.
(The spaces before a "[" are those of its own line: the line's start is tried anyway, and
spaces read across lines from each start of a blank one would be read again from the next.)"""
PYPROJECT_PREFIX = "tool.scrapelint."
PHRASE_OPTION, PHRASE_FILE_OPTION = "extend-phrases", "extend-phrases-file"


class ConfigError(Exception):
    """A configuration file that cannot be used; the message names the file and the key."""

    def __init__(self, path: str | os.PathLike[str], message: str) -> None:
        self.path = normalise(path)
        super().__init__(f"{display_path(self.path)}: {message}")


def display_path(path: str | os.PathLike[str]) -> str:
    """``path`` relative to the working directory when it lies inside it."""
    relative = os.path.relpath(os.path.abspath(path))
    return normalise(path) if relative.startswith("..") else relative


def _absolute(path: str) -> str:
    """``path`` made absolute as pathlib's ``absolute()`` makes it: ``..`` is kept, links
    are not resolved (the directory a configuration names paths from, as given)."""
    return normalise(path if os.path.isabs(path) else os.path.join(os.getcwd(), path))


# -- parsing and validation ---------------------------------------------------------------


def _selectors(key: str, value: Any) -> tuple[str, ...]:
    strings = _string_list(key, value)
    for selector in strings:
        try:
            from scrapelint.rules import matches

            matches(selector)
        except SelectionError:
            from scrapelint.rules import nearest_selector

            raise SettingsError(
                key, f"unknown rule selector {selector!r} in {{key}}", nearest_selector(selector) or None
            ) from None
    return strings


def _string_list(key: str, value: Any) -> tuple[str, ...]:
    if not isinstance(value, list):
        raise SettingsError(key, f"{{key}} must be a list of strings, got {toml_type(value)}")
    for number, item in enumerate(value, 1):
        if not isinstance(item, str):
            raise SettingsError(key, f"{{key}} must be a list of strings, got {toml_type(item)} {item!r} as item {number}")
    return tuple(value)


def _table(key: str, value: Any) -> Mapping[str, Any]:
    if not isinstance(value, dict):
        raise SettingsError(key, f"{{key}} must be a table, got {toml_type(value)}")
    return value


_LIST_KEYS: dict[str, Callable[[str, Any], tuple[str, ...]]] = {
    "select": _selectors,
    "extend-select": _selectors,
    "ignore": _selectors,
    "fixable": _selectors,
    "extend-fixable": _selectors,
    "unfixable": _selectors,
    "include": _string_list,
    "extend-include": _string_list,
    "exclude": _string_list,
    "extend-exclude": _string_list,
}
KEYS = (*_LIST_KEYS, "per-file-ignores", "extend-per-file-ignores", "boilerplate", "rules", "extend")
"""Every key a configuration may have."""


def parse(
    table: Mapping[str, Any], directory: str | os.PathLike[str], *, extending: Sequence[str] = ()
) -> Settings:
    """Settings from a configuration table whose relative paths are relative to ``directory``.

    With an ``extend`` key, the settings of the file it names, with these laid over them.
    ``extending`` lists the files being read that led here (to report a cycle).

    Raises :class:`SettingsError` with the key (without the ``tool.scrapelint.`` prefix),
    and :class:`ConfigError` for a problem in an extended file.
    """
    directory = normalise(directory)
    for key in table:
        if key not in KEYS:
            raise SettingsError(key, "unknown key {key}", nearest(key, KEYS) or None)
    values: dict[str, Any] = {
        key.replace("-", "_"): check(key, table[key]) for key, check in _LIST_KEYS.items() if key in table
    }
    for key in ("per-file-ignores", "extend-per-file-ignores"):
        values[key.replace("-", "_")] = {
            pattern: _selectors(f"{key}.{_key_part(pattern)}", selectors)
            for pattern, selectors in _table(key, table.get(key, {})).items()
        }
    options: dict[str, dict[str, Any]] = {}
    for name, given in _table("rules", table.get("rules", {})).items():
        key = f"rules.{_key_part(name)}"
        target = _rule(key, name)
        _add_options(options, target, _table(key, given), key, directory)
    for name, phrases in _table("boilerplate", table.get("boilerplate", {})).items():
        key = f"boilerplate.{_key_part(name)}"
        target = _rule(key, name, phrase_rules_only=True)
        if not isinstance(phrases, (list, str)):
            raise SettingsError(key, f"{{key}} must be a list of phrases or a path, got {toml_type(phrases)}")
        option = PHRASE_OPTION if isinstance(phrases, list) else PHRASE_FILE_OPTION
        _add_options(options, target, {option: phrases}, key, directory)
    values["rule_options"] = options
    own = Settings(root=directory, **values)
    if "extend" not in table:
        return own
    base_path = _extended_file(table["extend"], directory)
    if base_path in extending:
        chain = " -> ".join(display_path(path) for path in (*extending, base_path))
        raise SettingsError("extend", f"{{key}}: the files extend one another in a cycle: {chain}")
    base = _parse_extended(base_path, extending)
    return _lay_over(base, own, table.keys(), base_path, origin=extending[-1] if extending else directory)


def _extended_file(value: Any, directory: str) -> str:
    if not isinstance(value, str):
        raise SettingsError("extend", f"{{key}} must be a path (a string), got {toml_type(value)}")
    path = normalise(os.path.join(directory, os.path.expandvars(os.path.expanduser(value))))
    if not os.path.isfile(path):
        raise SettingsError("extend", f"{{key}}: no such file: {value}")
    return os.path.realpath(path)


def _parse_extended(path: str, extending: Sequence[str]) -> Settings:
    found = _read_table(path)
    if found is None:
        raise ConfigError(path, "no [tool.scrapelint] table (named by 'extend')")
    table, prefix = found
    return _parse_file(path, table, prefix, extending)


def _lay_over(base: Settings, own: Settings, keys: Iterable[str], base_path: str, origin: str) -> Settings:
    """``own`` laid over ``base``, key by key, as ruff's ``extend`` does.

    A key that ``own`` sets replaces the base's, except that the rule selection is one more
    layer on top of the base's (so ``extend-select`` and ``ignore`` add to it), and the
    ``extend-*`` lists and rule options add to the base's (an option set in both: ours).
    """
    given = set(keys)
    if given & {"select", "extend-select", "ignore"}:
        layer = RuleSelection(own.select, own.extend_select, own.ignore, origin=origin)
        overrides: tuple[RuleSelection, ...] = (*base.overrides, layer)
    else:
        overrides = base.overrides
    if "fixable" in given:  # a new fixable starts the fixable selection anew, as select does
        fixable, extend_fixable, unfixable = own.fixable, own.extend_fixable, own.unfixable
    else:
        fixable = base.fixable
        extend_fixable = (*base.extend_fixable, *own.extend_fixable)
        unfixable = (*base.unfixable, *own.unfixable)
    options = {code: dict(values) for code, values in base.rule_options.items()}
    for code, values in own.rule_options.items():
        options.setdefault(code, {}).update(values)
    extend_per_file = dict(base.extend_per_file_ignores)
    for pattern, selectors in own.extend_per_file_ignores.items():
        extend_per_file[pattern] = (*extend_per_file.get(pattern, ()), *selectors)
    return base._replace(
        overrides=overrides,
        fixable=fixable,
        extend_fixable=extend_fixable,
        unfixable=unfixable,
        per_file_ignores=own.per_file_ignores if "per-file-ignores" in given else base.per_file_ignores,
        extend_per_file_ignores=extend_per_file,
        rule_options=options,
        include=own.include if "include" in given else base.include,
        extend_include=(*base.extend_include, *own.extend_include),
        exclude=own.exclude if "exclude" in given else base.exclude,
        extend_exclude=(*base.extend_exclude, *own.extend_exclude),
        root=own.root,
        extended=(base_path, *base.extended),
    )


def _rule(key: str, name: str, phrase_rules_only: bool = False) -> Rule:
    from scrapelint.rules import ALL_RULES, lookup

    candidates = [r for r in ALL_RULES if not phrase_rules_only or PHRASE_OPTION in r.options]
    known = [r.code for r in candidates] + [r.name for r in candidates]
    try:
        found = lookup(name)
    except SelectionError:
        raise SettingsError(key, f"unknown rule {name!r} in {{key}}", nearest(name, known) or None) from None
    if found not in candidates:
        raise SettingsError(key, f"{{key}}: rule {found.code} ({found.name}) has no phrase list to extend")
    return found


def _add_options(
    options: dict[str, dict[str, Any]], rule: Rule, given: Mapping[str, Any], key: str, directory: str
) -> None:
    """Check options for ``rule`` and add them; a rule's options may come from its code,
    its name and the boilerplate table, but each option only once. Options named
    ``*-file`` are paths relative to the configuration file, made absolute here."""
    checked = check_options(rule, given, f"{key}.")
    existing = options.setdefault(rule.code, {})
    for option, value in checked.items():
        if option in existing:
            raise SettingsError(f"{key}.{option}", f"{{key}}: option {option!r} of rule {rule.code} is given twice")
        existing[option] = _existing_file(f"{key}.{option}", value, directory) if names_file(option) else value


def _existing_file(key: str, value: Any, directory: str) -> str:
    if not isinstance(value, str):
        raise SettingsError(key, f"{{key}} must be a path (a string), got {toml_type(value)}")
    path = normalise(os.path.join(directory, os.path.expanduser(value)))
    if not os.path.isfile(path):
        raise SettingsError(key, f"{{key}}: no such file: {value}")
    return path


def _key_part(name: str) -> str:
    """A key as TOML would quote it, so the key named in an error can be found in the file."""
    bare = name.replace("-", "").replace("_", "").isalnum()
    return name if bare else f'"{name}"'


def _toml_loads(text: str) -> dict[str, Any]:
    if sys.version_info >= (3, 11):
        import tomllib
    else:  # pragma: no cover - exercised on Python 3.10 only
        import tomli as tomllib
    return tomllib.loads(text)


def _read_table(path: str) -> tuple[Mapping[str, Any], str] | None:
    """The scrapelint table of a configuration file and its key prefix; None for a
    ``pyproject.toml`` that has no ``[tool.scrapelint]``."""
    try:
        with open(path, encoding="utf-8") as handle:
            text = handle.read()
    except (OSError, UnicodeDecodeError) as error:
        reason = error.strerror if isinstance(error, OSError) and error.strerror else str(error)
        raise ConfigError(path, reason.lower()) from None
    is_pyproject = name_of(path) == "pyproject.toml"
    if is_pyproject and not _MAY_HAVE_TABLE.search(text):
        return None  # not ours: do not even parse it
    try:
        document = _toml_loads(text)
    except ValueError as error:
        raise ConfigError(path, f"invalid TOML: {error}") from None
    except RecursionError:  # the parser recurses once per level of nested arrays or tables
        raise ConfigError(path, "invalid TOML: nested too deeply") from None
    if not is_pyproject:
        return document, ""
    table = document.get("tool", {}).get("scrapelint") if isinstance(document.get("tool"), dict) else None
    if table is None:
        return None
    if not isinstance(table, dict):
        raise ConfigError(path, f"'tool.scrapelint' must be a table, got {toml_type(table)}")
    return table, PYPROJECT_PREFIX


def load(path: str | os.PathLike[str]) -> Settings:
    """The settings of one configuration file. Raises :class:`ConfigError`."""
    path = normalise(path)
    found = _read_table(path)
    if found is None:
        raise ConfigError(path, "no [tool.scrapelint] table")
    table, prefix = found
    return _parse_file(path, table, prefix)


def _parse_file(path: str, table: Mapping[str, Any], prefix: str, extending: Sequence[str] = ()) -> Settings:
    try:
        return parse(table, os.path.dirname(_absolute(path)), extending=(*extending, os.path.realpath(path)))
    except SettingsError as error:
        raise ConfigError(path, error.message(prefix)) from None


def find(directory: str | os.PathLike[str]) -> Path | None:
    """The closest configuration file in ``directory`` or above it."""
    from pathlib import Path  # for the library's users: the command line does not ask

    current = os.path.abspath(directory)
    while True:
        found = _config_in(current)
        if found is not None:
            return Path(found[0])
        parent = os.path.dirname(current)
        if parent == current:
            return None
        current = parent


def _config_in(directory: str) -> tuple[str, Mapping[str, Any], str] | None:
    for name in CONFIG_FILES:
        candidate = os.path.join(directory, name)
        if os.path.isfile(candidate):
            found = _read_table(candidate)
            if found is not None:
                return candidate, *found
    return None


# -- per-file resolution ------------------------------------------------------------------


class Configuration:
    """The settings that apply to some files, and where they came from."""

    def __init__(self, path: str | None, settings: Settings) -> None:
        self.path = path
        """The configuration file; None when the defaults apply."""
        self.settings = settings
        """The file's settings with the command line's selection on top."""

    @cached_property
    def ruleset(self) -> RuleSet:
        return self.settings.resolve()

    @cached_property
    def file_filter(self) -> FileFilter:
        return self.settings.file_filter()


class Resolver:
    """Finds the configuration of each file, once per directory and once per file found.

    ``config_file`` uses exactly that file for everything; ``isolated`` uses none. The
    selection given here is laid over every configuration, as the command line's flags.
    """

    def __init__(
        self,
        *,
        config_file: str | os.PathLike[str] | None = None,
        isolated: bool = False,
        select: Sequence[str] | None = None,
        extend_select: Sequence[str] = (),
        ignore: Sequence[str] = (),
    ) -> None:
        self._selection = (select, extend_select, ignore)
        self._by_directory: dict[str, Configuration] = {}
        self._by_file: dict[str | None, Configuration] = {}
        self._only: Configuration | None = None
        if isolated:
            self._only = self._configuration(None, Settings())
        elif config_file is not None:
            config_file = normalise(config_file)
            if not os.path.isfile(config_file):
                raise ConfigError(config_file, "no such file")
            # As in ruff: a file given by hand describes the tree it is run on, so its
            # patterns are relative to the working directory (its phrase files, to itself).
            given = load(config_file)._replace(root=os.getcwd())
            self._only = self._configuration(config_file, given)

    def _configuration(self, path: str | None, settings: Settings) -> Configuration:
        if path not in self._by_file:
            self._by_file[path] = Configuration(path, settings.override(*self._selection))
        return self._by_file[path]

    def for_directory(self, directory: str | os.PathLike[str]) -> Configuration:
        """The configuration that governs the files of ``directory``."""
        if self._only is not None:
            return self._only
        current = os.path.abspath(directory)
        visited = []
        while current not in self._by_directory:
            visited.append(current)
            found = _config_in(current)
            parent = os.path.dirname(current)
            if found is not None:
                path, table, prefix = found
                configuration = self._by_file.get(path) or self._configuration(path, _parse_file(path, table, prefix))
                break
            if parent == current:
                configuration = self._configuration(None, Settings())
                break
            current = parent
        else:
            configuration = self._by_directory[current]
        for directory_visited in visited:
            self._by_directory[directory_visited] = configuration
        return configuration

    def for_file(self, path: str | os.PathLike[str]) -> Configuration:
        """The configuration of a file: the closest one to its directory."""
        return self.for_directory(os.path.dirname(os.path.abspath(path)))

    def file_filter(self, directory: str | os.PathLike[str]) -> FileFilter:
        return self.for_directory(directory).file_filter


# -- showing the resolved settings ---------------------------------------------------------


def show(configuration: Configuration, filename: str) -> str:
    """The settings that apply to ``filename``, as TOML that a configuration could hold,
    followed by what they resolve to for that file."""
    settings = configuration.settings
    ruleset = configuration.ruleset
    source = display_path(configuration.path) if configuration.path else "none (the defaults)"
    lines = [
        f"# Settings for {filename}",
        f"# Configuration file: {source}",
        "",
        f"select = {_toml(list(settings.select))}" if settings.select is not None
        else "# select: not set (the rules that are on by default)",
        f"extend-select = {_toml(list(settings.extend_select))}",
        f"ignore = {_toml(list(settings.ignore))}",
        f"fixable = {_toml(list(settings.fixable))}" if settings.fixable is not None
        else "# fixable: not set (every rule)",
        f"extend-fixable = {_toml(list(settings.extend_fixable))}",
        f"unfixable = {_toml(list(settings.unfixable))}",
        f"include = {_toml(list(settings.include))}",
        f"extend-include = {_toml(list(settings.extend_include))}",
        f"exclude = {_toml(list(settings.exclude))}",
        f"extend-exclude = {_toml(list(settings.extend_exclude))}",
        f"per-file-ignores = {_toml({k: list(v) for k, v in settings.per_file_ignores.items()})}",
        f"extend-per-file-ignores = {_toml({k: list(v) for k, v in settings.extend_per_file_ignores.items()})}",
    ]
    if settings.extended:
        lines.insert(2, f"# Extends: {' -> '.join(display_path(path) for path in settings.extended)}")
    for layer in settings.overrides:
        given = [f"select = {_toml(list(layer.select))}"] if layer.select is not None else []
        given += [f"extend-select = {_toml(list(layer.extend_select))}"] if layer.extend_select else []
        given += [f"ignore = {_toml(list(layer.ignore))}"] if layer.ignore else []
        source = "Command line" if layer.origin is None else f"Then {display_path(layer.origin)}"
        lines.append(f"# {source}: {'; '.join(given)}")
    rules_here = ruleset.rules_for(filename)
    lines += [
        "",
        "# What this resolves to for this file",
        "[resolved]",
        f"rules = {_toml([r.code for r, _ in rules_here])}",
        f"fixable = {_toml(sorted(ruleset.fixable & {r.code for r, _ in rules_here}))}",
        f"ignored-here = {_toml(sorted(ruleset.ignored_in(filename)))}",
    ]
    for rule, options in rules_here:
        if options:
            lines += ["", f"[resolved.options.{rule.code}]  # {rule.name}"]
            lines += [
                f"{name} = {_toml(value)}" if value is not None else f"# {name}: not set"
                for name, value in options.items()
            ]
    return "\n".join(lines) + "\n"


def _toml(value: Any) -> str:
    import json

    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float)):
        return repr(value)
    if isinstance(value, str):
        return json.dumps(value, ensure_ascii=False)
    if isinstance(value, Mapping):
        return "{" + ", ".join(f"{json.dumps(k, ensure_ascii=False)} = {_toml(v)}" for k, v in value.items()) + "}"
    return "[" + ", ".join(_toml(item) for item in value) + "]"
