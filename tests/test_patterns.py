"""No pattern and no rule blows up on adversarial input.

Every regular expression scrapelint compiles, with the ``regex`` package or the standard
library's ``re``, is found generically: module globals (compiled or lazy) and every
pattern compiled while all rules lint and fix a text full of artefacts and the package
reports, documents and picks files, so patterns that rules build on first use, from
phrase lists or options, are included and new rules are covered without touching this
file. Each one runs over adversarial inputs of 100 KB made of the characters it mentions
and of characters scraped text is full of; the time per KB must not grow between 10 KB
and 100 KB, and a timeout turns a catastrophic case into a failure, not a hang: the
``regex`` package's own, and for ``re`` an alarm signal, which its matching loop checks.
Then every rule runs on adversarial documents of 10 KB and 100 KB in a subprocess whose
timeout guards against a hang. The speed figures themselves live in
benchmarks/scaling.py.
"""

from __future__ import annotations

import contextlib
import functools
import gc
import importlib
import itertools
import json
import pkgutil
import re
import signal
import subprocess
import sys
import time
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

import pytest
import regex

import scrapelint
from scrapelint import phrases
from scrapelint.patterns import LazyPattern, SubsetPatterns, caseless

SCREEN, SMALL, LARGE = 1_000, 10_000, 100_000
SLOWEST = 3
"""Inputs, the slowest at SCREEN characters, that are timed again at SMALL and LARGE."""
HANG = 10.0
"""Seconds one match may take before the ``regex`` timeout calls it catastrophic."""
SLOW_ENOUGH_TO_COMPARE = 0.1
"""Seconds at LARGE below which a run is fast whatever its growth."""
MAX_GROWTH = 30.0
"""Time at LARGE over time at SMALL: 10 is linear, 100 quadratic."""
HUGE = 4 * LARGE
"""The size that a growth seen between SMALL and LARGE is confirmed at."""
MAX_CONFIRMED_GROWTH = 8.0
"""Time at HUGE over time at LARGE: 4 is linear, 16 quadratic. Between SMALL and LARGE
fast work also pays for leaving the processor's caches (10 KB of text, and a rule's
views of it, fit in them; 100 KB does not), which can look like a growth of 30 or more."""
REMEASURE = 4
"""Runs at LARGE, at most, before a growth above MAX_GROWTH counts: other work on the
machine (garbage collection, other processes) slows one run by several times."""

SCRAPED_CHARACTERS = (
    " ", "a", "A", "1", ".", "…", ",", "!", "?", "&", ";", "#", "<", ">", "/", "=", "[", "]",
    "(", ")", "{", "}", '"', "'", "“", "”", "’", "-", "—", "*", "_", "|", ":", "@", "\n", "\t",
    "\u00a0", "\u200b", "\u202e", "é", "Ã", "中", "👍",
)
_METACHARACTERS = frozenset("^$|?*+(){}[].")


def _modules() -> list:
    names = [info.name for info in pkgutil.walk_packages(scrapelint.__path__, "scrapelint.")]
    modules = []
    for name in names:
        if name.startswith(("scrapelint.cli", "scrapelint.integrations")) or name.endswith("__main__"):
            continue
        modules.append(importlib.import_module(name))
    return modules


Pattern = regex.Pattern[str] | re.Pattern[str]
"""A compiled pattern of either engine."""


def _compiled(value: object) -> Pattern | None:
    if isinstance(value, LazyPattern):
        return value.search.__self__  # compiles it
    return value if isinstance(value, (regex.Pattern, re.Pattern)) else None


def _artefact_text() -> str:
    """The seed article, every artefact line and fragment, and a few phrases of each family."""
    from strategies import ARTEFACT_FRAGMENTS, ARTEFACT_LINES, PHRASE_FAMILIES

    seed = (Path(__file__).parent.parent / "seeds" / "000_e075d4da7ec08e31.txt").read_text(encoding="utf-8")
    samples = [phrase for listed in PHRASE_FAMILIES.values() for phrase in listed[:3]]
    return "\n\n".join([seed, "\n".join(ARTEFACT_LINES), " x ".join(ARTEFACT_FRAGMENTS), "\n\n".join(samples)])


def _rule_examples() -> list[str]:
    """Every text the rules' documentation and tests show them (tests/rules/test_*.py lists
    of texts that must fire or stay silent): each reaches the code paths it was written for."""
    from scrapelint.rules import ALL_RULES

    texts = [block for rule in ALL_RULES for block in regex.findall(r"```text\n(.*?)```", rule.documentation, flags=regex.S)]
    for path in sorted((Path(__file__).parent / "rules").glob("test_*.py")):
        module = importlib.import_module(f"rules.{path.stem}")
        for name, value in vars(module).items():
            if name.isupper() and isinstance(value, (list, tuple)):
                for item in value:
                    texts.extend(part for part in (item if isinstance(item, tuple) else (item,)) if isinstance(part, str))
    return texts


def _skeleton(pattern: str) -> str:
    """The pattern with its literal words reduced to one letter: phrase patterns that
    differ only in their words backtrack alike, so one of each shape is enough."""
    return regex.sub(r"(?:\\ |[\p{L}\p{N}'’])+", "w", pattern)


def _text_skeleton(pattern: str) -> str:
    """The skeleton of a pattern that a rule builds from a document's text (escaped, its
    spaces made ``\\s+``): any literal text, punctuation included, is one letter."""
    literal = regex.sub(r"(?:\\[^\p{L}\p{N}]|[^\\^$|?*+(){}\[\].])+", "w", pattern)
    return regex.sub(r"w(?:\\s\+w)+", "w", literal)


_ENGINES = ("regex", "re")


def _building_site() -> str:
    """Where the code that asked an engine for a pattern lives: module and line."""
    frame = sys._getframe(2)
    # patterns.standard only picks the engine: the site is the code that called it.
    while frame.f_globals.get("__name__", "").split(".")[0] in _ENGINES or (
        frame.f_globals.get("__name__") == "scrapelint.patterns" and frame.f_code.co_name == "standard"
    ):
        frame = frame.f_back  # type: ignore[assignment]
    return f"{frame.f_globals.get('__name__')}:{frame.f_lineno}"


SCANNING = ("search", "finditer", "findall", "sub", "subn", "split")
ANCHORED = ("match", "fullmatch")


WINDOW = "[window]"
"""Marks a use on a slice the rule chose (``pos`` or ``endpos`` given), not on the whole text."""


def _recording_method(pattern: Pattern, name: str, uses: dict[Pattern, set[str]]):  # type: ignore[no-untyped-def]
    method = getattr(pattern, name)
    takes_window = name not in ("sub", "subn", "split")

    def recorded(*args, **kwargs):  # type: ignore[no-untyped-def]
        windowed = takes_window and (len(args) > 1 or "pos" in kwargs or "endpos" in kwargs)
        uses.setdefault(pattern, set()).add(name + WINDOW if windowed else name)
        return method(*args, **kwargs)

    return recorded


class _Recording:
    """Stands in for a compiled pattern while the rules run, noting how they use it."""

    def __init__(self, pattern: Pattern, uses: dict[Pattern, set[str]]) -> None:
        self._pattern = pattern
        self._uses = uses

    def __getattr__(self, name: str) -> object:
        if name in SCANNING or name in ANCHORED:
            return _recording_method(self._pattern, name, self._uses)
        return getattr(self._pattern, name)


@functools.lru_cache(maxsize=1)
def all_patterns() -> dict[str, tuple[Pattern, frozenset[str]]]:
    """Every pattern scrapelint compiles, of either engine, one per shape, by where it
    comes from, with the ways the package uses it (empty when nothing used it on the
    artefact text)."""
    import regex._main as regex_main  # where every regex function compiles its pattern

    modules = _modules()
    lazies = [(value, value.search.__self__) for module in modules for value in vars(module).values() if isinstance(value, LazyPattern)]
    # Found before any watching starts: asking a LazyPattern for an attribute it lacks
    # ("cache_clear") sets its methods again, which would drop the watchers.
    builders = [
        value
        for module in modules
        for value in vars(module).values()
        if not isinstance(value, LazyPattern) and hasattr(value, "cache_clear") and getattr(value, "__module__", None) == module.__name__
    ]
    uses: dict[Pattern, set[str]] = {}
    for value, compiled in lazies:  # compiled now, then watched method by method
        for name in (*SCANNING, *ANCHORED):
            setattr(value, name, _recording_method(compiled, name, uses))
    for builder in builders:  # patterns that rules build on first use must be built again
        builder.cache_clear()
    built: list[tuple[Pattern, str]] = []
    # Each engine compiles every pattern, whatever function was called, in one function.
    engines = ((regex_main, regex_main._compile), (re, re._compile))

    def recording(real_compile):  # type: ignore[no-untyped-def]
        def recording_compile(*args, **kwargs):  # type: ignore[no-untyped-def]
            pattern = real_compile(*args, **kwargs)
            site = _building_site()
            if site.split(".")[0] != "scrapelint":  # a library's own (ftfy's, imported on first use)
                return pattern
            built.append((pattern, site))
            return _Recording(pattern, uses)

        return recording_compile

    text, examples = _artefact_text(), _rule_examples()
    for engine, real_compile in engines:
        engine._compile = recording(real_compile)
    try:
        scrapelint.lint(text, select=["ALL"], filename="article.md")
        scrapelint.fix(text, select=["ALL"], unsafe=True)
        for example in examples:
            scrapelint.lint(example, select=["ALL"])
        _report_document_and_pick_files(text)
    finally:
        for engine, real_compile in engines:
            engine._compile = real_compile
        for value, compiled in lazies:
            for name in (*SCANNING, *ANCHORED):
                setattr(value, name, getattr(compiled, name))
        for builder in builders:  # rebuild without the recorders
            builder.cache_clear()

    # A rule that builds patterns from a document's text (its headline, say) uses them all
    # alike, also those that the texts above gave it no line to try on.
    site_uses: dict[str, set[str]] = {}
    for pattern, site in built:
        site_uses.setdefault(site, set()).update(uses.get(pattern, ()))
    found: dict[tuple[str, str, frozenset[str]], tuple[str, Pattern, frozenset[str]]] = {}

    def keep(pattern: Pattern | None, origin: str, used: frozenset[str]) -> None:
        if pattern is None or not isinstance(pattern.pattern, str):
            return
        # The engines backtrack differently: a shape is kept once for each.
        engine = "re" if isinstance(pattern, re.Pattern) else "regex"
        shape = (engine, _text_skeleton(pattern.pattern) if origin.startswith("built") else _skeleton(pattern.pattern), used)
        known = found.get(shape)
        if known is None or len(pattern.pattern) > len(known[1].pattern):
            found[shape] = (origin, pattern, used)

    for module in modules:
        for name, value in vars(module).items():
            compiled = _compiled(value)
            keep(compiled, f"{module.__name__}.{name}", frozenset(uses.get(compiled, ())))  # type: ignore[arg-type]
    for pattern, site in built:
        keep(pattern, f"built at {site}: {pattern.pattern[:60]!r}", frozenset(uses.get(pattern, set()) | site_uses[site]))
    return {origin: (pattern, used) for origin, pattern, used in sorted(found.values(), key=lambda item: item[0])}


def _report_document_and_pick_files(text: str) -> None:
    """What the package does besides linting and fixing that compiles patterns: report a
    text's diagnostics in every format, write the rules' documentation, match file names
    and paths against include and exclude globs."""
    from scrapelint.checker import FileResult
    from scrapelint.explain import rules_markdown
    from scrapelint.files import PatternSet
    from scrapelint.reporters import FORMATS, ReportOptions

    result = FileResult("article.md", text, text, scrapelint.lint(text, select=["ALL"])).report()
    for module in FORMATS.values():
        importlib.import_module(module).render([result], ReportOptions())
    rules_markdown()
    for anchored in (True, False):
        globs = PatternSet(("*.txt", "**/vendor/*", "drafts/[!_]*.md", "a?c/**"), ignore_case=anchored, anchored=anchored)
        globs.match("article.md", "drafts/article.md")


def _literal_characters(pattern: str) -> str:
    """The characters a pattern names: outside metacharacters, and escaped punctuation
    ("\\." is a dot; "\\s" names no character)."""
    found = []
    escaped = False
    for character in pattern:
        if escaped:
            if not character.isalnum():
                found.append(character)
            escaped = False
        elif character == "\\":
            escaped = True
        elif character not in _METACHARACTERS:
            found.append(character)
    return "".join(found)


def _repeated(unit: str, size: int) -> str:
    return (unit * (size // len(unit) + 1))[:size]


def adversarial_inputs(pattern: str) -> dict[str, Callable[[int], str]]:
    """Inputs that keep a pattern busy, each built at the size it is asked for: runs of
    one character and of a character and a space; for the pattern's own characters, also
    of the character and a letter; and repeats of its literal text. Built on demand: only
    the slowest few are needed at the larger sizes."""
    literal = _literal_characters(pattern)
    # Letters behave alike: a few of the pattern's own, and all its other characters.
    letters = [c for c in dict.fromkeys(literal) if c.isalnum()][:4]
    own = dict.fromkeys([*(c for c in literal if not c.isalnum()), *letters])
    units = {}
    for character in dict.fromkeys([*own, *SCRAPED_CHARACTERS]):
        units[f"{character!r}*n"] = character
        units[f"({character!r}+' ')*n"] = character + " "
        if character in own:
            units[f"({character!r}+'a')*n"] = character + "a"
    words = literal.strip()
    if words:
        units["literal*n"] = words + " "
        units["literal-1*n"] = words[:-1] + " "
    inputs: dict[str, Callable[[int], str]] = {name: functools.partial(_repeated, unit) for name, unit in units.items()}
    inputs["spaces then x"] = lambda size: " " * (size - 1) + "x"
    inputs["letters then !"] = lambda size: "a" * (size - 1) + "!"
    return inputs


def _run(pattern: Pattern, uses: frozenset[str], text: str, timeout: float) -> float:
    """CPU seconds to use ``pattern`` on ``text`` as the package does (every way, when
    unknown): the time other processes hold the cores would otherwise count as growth."""
    ways = {use.removesuffix(WINDOW) for use in uses}
    limit = {"timeout": timeout} if isinstance(pattern, regex.Pattern) else {}
    start = time.process_time()
    with contextlib.nullcontext() if limit else _alarm(timeout):
        if not ways or ways & set(SCANNING):
            for _ in pattern.finditer(text, **limit):
                pass
        if not ways or ways & set(ANCHORED):
            pattern.match(text, **limit)
            pattern.fullmatch(text, **limit)
    return time.process_time() - start


@contextlib.contextmanager
def _alarm(seconds: float) -> Iterator[None]:
    """The ``regex`` package's timeout for the standard library's engine: a match still
    running after ``seconds`` raises TimeoutError (the engine checks for signals as it
    backtracks)."""

    def expire(signum: int, frame: object) -> None:
        raise TimeoutError

    previous = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    # Here rather than in a decorator: the subprocess that times the rules imports this
    # module, and needs no patterns gathered.
    if "origin" in metafunc.fixturenames:
        metafunc.parametrize("origin", list(all_patterns()))


def test_no_pattern_backtracks_catastrophically(origin: str) -> None:
    """Screen every input at SCREEN characters; take the slowest few to SMALL and LARGE,
    and those that grow faster than their input there to HUGE.

    A pattern that rules only ever apply to a slice they bound (a line's last 250
    characters, the dozen before a period) must not be catastrophic on SCREEN characters;
    how the rule scales with the whole text is the rule-level test's concern.
    """
    pattern, uses = all_patterns()[origin]
    inputs = adversarial_inputs(pattern.pattern)
    screened = []
    for name, build in inputs.items():
        try:
            screened.append((_run(pattern, uses, build(SCREEN), HANG), name))
        except TimeoutError:
            pytest.fail(f"{name}: over {HANG:.0f} s on {SCREEN} characters for {pattern.pattern[:300]!r}, used as {sorted(uses) or 'any'}")
    if uses and all(use.endswith(WINDOW) for use in uses):
        return
    problems = []
    for _, name in sorted(screened, reverse=True)[:SLOWEST]:
        small_input, large_input = inputs[name](SMALL), inputs[name](LARGE)
        try:
            large = _run(pattern, uses, large_input, HANG)
            if large < SLOW_ENOUGH_TO_COMPARE:
                continue
            small = min(_run(pattern, uses, small_input, HANG) for _ in range(3))
            for _ in range(REMEASURE):  # a busy machine slows single runs: measure again before blaming
                if large / max(small, 1e-4) <= MAX_GROWTH:
                    break
                large = min(large, _run(pattern, uses, large_input, HANG))
        except TimeoutError:
            problems.append(f"{name}: over {HANG:.0f} s on {LARGE // 1000} KB")
            continue
        if large / max(small, 1e-4) <= MAX_GROWTH:
            continue
        try:
            huge_input = inputs[name](HUGE)
            huge = min(_run(pattern, uses, huge_input, HANG) for _ in range(2))
        except TimeoutError:
            problems.append(f"{name}: over {HANG:.0f} s on {HUGE // 1000} KB")
            continue
        if huge / large > MAX_CONFIRMED_GROWTH:
            problems.append(
                f"{name}: {small * 1000:.1f} ms at {SMALL // 1000} KB, {large * 1000:.0f} ms at {LARGE // 1000} KB, "
                f"{huge * 1000:.0f} ms at {HUGE // 1000} KB"
            )
    assert not problems, (
        "\n".join(problems) + f"\ngrow faster than the input for {pattern.pattern[:300]!r}, used as {sorted(uses) or 'any'}"
    )


# -- rules on adversarial documents ----------------------------------------------------

RULE_HANG_GUARD = 900
"""Seconds for every rule on every document; only a hang comes near it."""
SLOW_RULE = 0.1
"""Seconds at LARGE below which a rule is fast whatever its growth."""

DOCUMENTS = {
    "letters": lambda n: "a" * n,
    "short words": lambda n: "ab " * (n // 3),
    "spaces, then a word": lambda n: " " * (n - 5) + "word.",
    "one sentence, repeated": lambda n: "The talks went on. " * (n // 19),
    "one paragraph, repeated": lambda n: "The talks went on.\n\n" * (n // 20),
    "numbered paragraphs": lambda n: "".join(f"Paragraph {k} of the talks.\n\n" for k in range(n // 28)),
    "one letter a line": lambda n: "a\n" * (n // 2),
    "blank lines": lambda n: "\n" * n,
    "spaces and tabs": lambda n: " \t" * (n // 2),
    "periods": lambda n: "." * n,
    "ellipses": lambda n: "…" * n,
    "ampersands and entities": lambda n: "&amp;&#" * (n // 7),
    "angle brackets and tags": lambda n: "<b><a href=\"" * (n // 12),
    "square brackets": lambda n: "[caption [" * (n // 10),
    "quotes": lambda n: "\"'“”‘’«" * (n // 7),
    "parentheses": lambda n: "(" * n,
    "dashes, stars, hashes, bars": lambda n: "-*#|" * (n // 4),
    "a boilerplate line, repeated": lambda n: "Leave a Reply\n" * (n // 14),
    "a long URL": lambda n: "https://example.com/" + "a" * (n - 20),
    "invisible and bidi characters": lambda n: "a\u200b\u202e" * (n // 3),
    "invisible characters between words": lambda n: "word \u200b " * (n // 7),
    "the same sentences in two paragraphs": lambda n: "\n\n".join(
        " ".join(f"Day {k} of the talks went on and on and on." for k in order)
        for order in (range(n // 90), reversed(range(n // 90)))
    ),
    "mojibake": lambda n: "Ã©â€™" * (n // 5),
    "backticks": lambda n: "`" * n,
    "unspaced punctuation": lambda n: "a.b,c" * (n // 5),
    "capitals": lambda n: "Ab " * (n // 3),
    "digits": lambda n: "1." * (n // 2),
}


VIEWS = ("lines", "paragraphs", "sentences", "url_spans", "code_spans")


VIEWS_PSEUDO_RULE = "document views"


def measure_rules(cases: list[list[str]] | None = None, sizes: tuple[int, ...] = (SMALL, LARGE), runs: int = 2) -> None:
    """Print one JSON line a (rule, document, size): run in a subprocess by the test.

    ``cases`` limits the run to some [rule, document] pairs. Each rule gets a fresh
    Document whose shared views (lines, paragraphs, sentences...) are already built, so
    that it pays for its own work only; the best of ``runs`` runs counts.
    """
    from scrapelint.document import Document
    from scrapelint.linter import lint_document
    from scrapelint.rules import ALL_RULES
    from scrapelint.settings import Settings

    rulesets = [(rule.code, Settings(select=[rule.code]).resolve()) for rule in ALL_RULES]
    wanted = {tuple(case) for case in cases} if cases is not None else None

    def timed(action) -> float:  # type: ignore[no-untyped-def]
        # As timeit does: the collector's passes over everything the earlier runs left
        # alive would be charged to whichever rule triggers them. CPU time, not wall time:
        # on a busy machine the wall clock also counts the time other processes ran.
        gc.disable()
        begin = time.process_time()
        try:
            action()
        finally:
            seconds = time.process_time() - begin
            gc.enable()
        return seconds

    for shape, build in DOCUMENTS.items():
        filename = "article.md" if "`" in build(10) else "article.txt"
        chosen = [(code, ruleset) for code, ruleset in rulesets if wanted is None or (code, shape) in wanted]
        with_views = wanted is None or (VIEWS_PSEUDO_RULE, shape) in wanted
        if not chosen and not with_views:
            continue
        for size in sizes:
            text = build(size)
            print(json.dumps({"start": [VIEWS_PSEUDO_RULE, shape, size]}), flush=True)
            building = []
            for _ in range(runs if with_views else 1):
                prepared = Document(text, filename)
                gc.collect()
                building.append(timed(lambda: [getattr(prepared, view) for view in VIEWS]))
            if with_views:
                print(json.dumps({"rule": VIEWS_PSEUDO_RULE, "shape": shape, "size": size, "seconds": min(building)}), flush=True)
            for code, ruleset in chosen:
                print(json.dumps({"start": [code, shape, size]}), flush=True)
                seconds = []
                for _ in range(runs):
                    document = Document(text, filename)
                    document.__dict__.update({view: prepared.__dict__[view] for view in VIEWS})
                    seconds.append(timed(lambda: lint_document(document, ruleset)))
                print(json.dumps({"rule": code, "shape": shape, "size": size, "seconds": min(seconds)}), flush=True)


def _measured(arguments: str) -> dict[tuple[str, str], dict[int, float]]:
    """Timings from ``measure_rules(arguments)`` in a subprocess, by (rule, document) and size."""
    command = [sys.executable, "-c", f"import test_patterns; test_patterns.measure_rules({arguments})"]
    try:
        finished = subprocess.run(
            command, cwd=Path(__file__).parent, capture_output=True, text=True, timeout=RULE_HANG_GUARD
        )
    except subprocess.TimeoutExpired as expired:
        output = expired.stdout or ""
        if isinstance(output, bytes):
            output = output.decode("utf-8", "replace")
        last = [json.loads(line) for line in output.splitlines() if line.startswith('{"start"')][-1:]
        pytest.fail(f"no answer within {RULE_HANG_GUARD} s; the last run started: {last}")
    assert finished.returncode == 0, finished.stderr
    timings: dict[tuple[str, str], dict[int, float]] = {}
    for line in finished.stdout.splitlines():
        record = json.loads(line)
        if "rule" in record:
            timings.setdefault((record["rule"], record["shape"]), {})[record["size"]] = record["seconds"]
    return timings


def test_no_rule_grows_faster_than_its_input() -> None:
    """Every rule on every document at SMALL and LARGE; a rule that looks super-linear
    there is measured again at LARGE and HUGE, and fails if it is confirmed."""
    timings = _measured("")
    suspects = [
        [rule, shape]
        for (rule, shape), sizes in sorted(timings.items())
        if sizes[LARGE] > SLOW_RULE and sizes[LARGE] / max(sizes[SMALL], 1e-4) > MAX_GROWTH
    ]
    if not suspects:
        return
    again = _measured(f"{suspects!r}, sizes=({LARGE}, {HUGE}), runs=3")
    problems = [
        f"{rule} on {shape}: {timings[rule, shape][SMALL] * 1000:.0f} ms at {SMALL // 1000} KB, "
        f"{sizes[LARGE] * 1000:.0f} ms at {LARGE // 1000} KB, {sizes[HUGE] * 1000:.0f} ms at {HUGE // 1000} KB"
        for (rule, shape), sizes in sorted(again.items())
        if sizes[HUGE] / max(sizes[LARGE], 1e-4) > MAX_CONFIRMED_GROWTH
    ]
    assert not problems, "time per KB grows with the input:\n" + "\n".join(problems)


# -- phrases that users supply ---------------------------------------------------------


def test_user_phrases_are_text_not_patterns(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Phrases from the configuration and from phrase files are matched as text: regular
    expression syntax in them means nothing, and nothing in them is run."""
    monkeypatch.chdir(tmp_path)
    payload = "__import__('os').system('touch ran')"
    (tmp_path / "phrases.txt").write_text(f"{payload}\n", encoding="utf-8")
    settings = scrapelint.Settings(
        rule_options={"B001": {"extend-phrases": ["(a+)+$ .*"], "extend-phrases-file": "phrases.txt"}}
    )

    def codes(line: str) -> list[str]:
        return [d.code for d in scrapelint.lint(f"Some text.\n\n{line}\n", settings=settings, select=["B001"])]

    assert codes("(a+)+$ .*") == ["B001"]
    assert codes("aaaa anything") == []
    assert codes(payload) == ["B001"]
    assert not (tmp_path / "ran").exists()


def test_a_phrase_pattern_that_takes_too_long_is_a_clear_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from scrapelint import checker, patterns

    path = tmp_path / "a.txt"
    path.write_text("Some text.\n\nMore from the Desk on Sports\n", encoding="utf-8")
    ruleset = scrapelint.Settings(select=["B006"], rule_options={"B006": {"extend-phrases": ["more from * on *"]}}).resolve()
    assert not checker.check_file(path, ruleset).error
    monkeypatch.setattr(patterns, "USER_PATTERN_SECONDS", 1e-9)  # every match now "takes too long"
    result = checker.check_file(path, ruleset)
    assert result.error is not None
    assert result.error.startswith("rule B006: matching the phrase ")
    assert result.error.endswith("simplify it (fewer '*' wildcards)")


def test_a_hostile_wildcard_phrase_in_the_configuration_does_not_hang(tmp_path: Path) -> None:
    (tmp_path / "scrapelint.toml").write_text(
        '[rules.B006]\nextend-phrases = ["* y * y * y * y * y * y * nope"]\n', encoding="utf-8"
    )
    (tmp_path / "a.txt").write_text("Some text.\n\n" + "y " * 38 + "nope\n\nMore text.\n", encoding="utf-8")
    finished = subprocess.run(
        [sys.executable, "-m", "scrapelint", "check", "--select", "B006", "a.txt"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        env={"NO_COLOR": "1", "PATH": "/usr/bin:/bin"},
        timeout=120,
    )
    assert "Traceback" not in finished.stderr
    assert finished.returncode in (0, 1) or "took over" in finished.stderr, finished.stderr


_EVERY_CHARACTER = "".join(map(chr, itertools.chain(range(0xD800), range(0xE000, 0x110000))))
_CASELESS_FAMILIES = ("feed-teaser", "photo-credit", "photo-caption")
"""The phrase families whose patterns hold only the phrases that a line's ``caseless`` holds."""
_IGNORING_CASE = (regex.IGNORECASE | regex.V1, regex.IGNORECASE)


def _caseless_holds(letters: Iterable[str], flags: int) -> None:
    """Every character that ``regex`` matches to one of the ``letters`` ignoring case has its caseless."""
    for letter in letters:
        for matched in regex.findall(regex.escape(letter), _EVERY_CHARACTER, flags):
            assert caseless(matched) == caseless(letter), (letter, matched)


@pytest.mark.parametrize("flags", _IGNORING_CASE)
def test_what_regex_matches_to_a_letter_of_a_phrase_ignoring_case_has_its_caseless(flags: int) -> None:
    _caseless_holds(sorted({letter for family in _CASELESS_FAMILIES for letter in "".join(phrases.load(family))}), flags)


@pytest.mark.slow
@pytest.mark.parametrize("flags", _IGNORING_CASE)
def test_what_regex_matches_to_any_cased_letter_ignoring_case_has_its_caseless(flags: int) -> None:
    _caseless_holds((char for char in _EVERY_CHARACTER if char.casefold() != char or char.upper() != char), flags)


@pytest.mark.parametrize("flags", _IGNORING_CASE)
def test_a_letter_that_full_case_folding_makes_several_has_the_caseless_of_the_letters_it_matches(flags: int) -> None:
    # Each on its own line: a piece of a phrase matches one such letter, not two.
    several = "\n".join(char for char in _EVERY_CHARACTER if len(char.casefold()) > 1)
    pieces = {
        phrase[start:start + length]
        for family in _CASELESS_FAMILIES
        for phrase in phrases.load(family)
        for length in (2, 3)
        for start in range(len(phrase) - length + 1)
    }
    for piece in {*pieces, *(char.casefold() for char in several), *(char.upper() for char in several)} - {"\n"}:
        for matched in regex.findall(regex.escape(piece), several, flags):
            assert caseless(matched) == caseless(piece), (piece, matched)
    # A letter of a phrase that folds to several matches them spelled out, in any case.
    for family in _CASELESS_FAMILIES:
        for letter in {letter for letter in "".join(phrases.load(family)) if len(letter.casefold()) > 1}:
            spelled = ["".join(cases) for cases in itertools.product(*({char, char.upper(), char.lower()} for char in letter.casefold()))]
            assert all(caseless(text) == caseless(letter) for text in spelled if regex.fullmatch(regex.escape(letter), text, flags))


def test_subset_patterns_builds_a_few_subsets_then_the_pattern_of_all() -> None:
    built: list[tuple[str, ...]] = []

    def build(items: tuple[str, ...]) -> str:
        built.append(items)
        return "|".join(items)

    patterns = SubsetPatterns(build, ("a", "b", "c"), limit=2)
    assert [patterns.of(("a",)), patterns.of(("b",)), patterns.of(("a",)), patterns.of(("c",)), patterns.of(("b", "c"))] == [
        "a", "b", "a", "a|b|c", "a|b|c",
    ]
    assert built == [("a",), ("b",), ("a", "b", "c")]
