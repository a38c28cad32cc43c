"""What must hold for any text, whatever rules there are: shared by the property tests
(tests/test_properties.py) and the fuzzer (benchmarks/fuzz.py).

Each check raises AssertionError with a message that names the rule at fault.
"""

from __future__ import annotations

import regex

import scrapelint
from scrapelint import fixer
from scrapelint.diagnostics import Diagnostic
from scrapelint.settings import Settings

EVERY_RULE = Settings(select=["ALL"]).resolve()
_SHOWS_NOTHING = regex.compile(r"[\s\p{Cc}\p{Cf}]*")


def check_lint(text: str, filename: str | None = None) -> list[Diagnostic]:
    """Lint with every rule: nothing raises, and every span and edit lies inside the text."""
    diagnostics = scrapelint.lint(text, select=["ALL"], filename=filename)
    for d in diagnostics:
        assert 0 <= d.start <= d.end <= len(text), f"{d.code}: span {d.start}..{d.end} outside the text"
        assert (1, 1) <= (d.location.row, d.location.column) <= (d.end_location.row, d.end_location.column), d
        if d.fix is None:
            continue
        edits = sorted(d.fix.edits, key=lambda e: (e.start, e.end))
        assert edits, f"{d.code}: a fix without edits"
        for edit in edits:
            assert 0 <= edit.start <= edit.end <= len(text), f"{d.code}: edit {edit} outside the text"
            # An edit that splits a "\r\n" pair would leave half a line break behind.
            for boundary in (edit.start, edit.end):
                assert boundary == 0 or text[boundary - 1:boundary + 1] != "\r\n", f"{d.code}: {edit} splits a CRLF"
        for first, second in zip(edits, edits[1:]):
            assert first.end <= second.start, f"{d.code}: overlapping edits in one fix: {edits}"
    return diagnostics


def outside_span_problems(text: str, diagnostic: Diagnostic) -> list[str]:
    """How ``diagnostic``'s fix reaches beyond its span into anything but whitespace.

    Whitespace next to the span may go with it: a removed line takes its line break and
    one blank line along. Lines removed at the end of a text without a final newline take
    the lines above them that show nothing (control and format characters too), so that
    the text still ends without a line break when another fix of the round empties such
    a line (``Document.remove_lines``).
    """
    problems = []
    for edit in diagnostic.fix.edits:  # type: ignore[union-attr]
        if edit.start == edit.end:
            if not diagnostic.start <= edit.start <= diagnostic.end:
                problems.append(f"inserts {edit.content!r} at {edit.start}, outside {diagnostic.start}..{diagnostic.end}")
            continue
        before = text[edit.start:max(edit.start, min(edit.end, diagnostic.start))]
        after = text[max(edit.start, diagnostic.end):edit.end]
        if edit.end == len(text) and not text.endswith(("\n", "\r")) and _SHOWS_NOTHING.fullmatch(before):
            before = ""
        for outside in (before, after):
            if outside and not outside.isspace():
                problems.append(f"removes {outside!r}, outside the reported span {text[diagnostic.start:diagnostic.end]!r}")
    return problems


def check_fix_stays_inside_spans(text: str, filename: str | None = None, unsafe: bool = False) -> str:
    """Fix round by round; every edit stays inside the span of the diagnostic it fixes."""
    result = scrapelint.fix(text, select=["ALL"], unsafe=unsafe, filename=filename)
    before = text
    for chosen in result.rounds:  # each round's offsets refer to the text it started from
        for diagnostic in chosen:
            problems = outside_span_problems(before, diagnostic)
            assert not problems, f"{diagnostic.code} ({diagnostic.name}): {problems}"
        after = fixer.apply_edits(before, [edit for d in chosen for edit in d.fix.edits])  # type: ignore[union-attr]
        # Independently of how edits are applied: before the first edit and after the last, nothing changes.
        first = min(d.fix.start for d in chosen)  # type: ignore[union-attr]
        last = max(d.fix.end for d in chosen)  # type: ignore[union-attr]
        assert after[:first] == before[:first]
        assert after[len(after) - (len(before) - last):] == before[last:]
        before = after
    assert before == result.text
    return result.text


def check_fix_settles(text: str, filename: str | None = None, unsafe: bool = False) -> str:
    """A fix converges, leaves nothing it would fix, and fixing again changes nothing."""
    once = scrapelint.fix(text, select=["ALL"], unsafe=unsafe, filename=filename)
    assert once.converged, f"fixes did not converge: {[d.code for d in once.fixed]}"
    left = [d.code for d in once.remaining if fixer.allowed(d, EVERY_RULE, unsafe)]
    assert not left, f"fixable diagnostics left after fixing: {left}"
    assert once.remaining == scrapelint.lint(once.text, select=["ALL"], filename=filename)
    twice = scrapelint.fix(once.text, select=["ALL"], unsafe=unsafe, filename=filename)
    assert twice.text == once.text, f"a second fix changed the text again: {[d.code for d in twice.fixed]}"
    assert not twice.fixed
    return once.text


def line_breaks(text: str) -> set[str]:
    """The line-break styles that occur in ``text``."""
    crlf = text.count("\r\n")
    found = set()
    if crlf:
        found.add("\r\n")
    if text.count("\r") > crlf:
        found.add("\r")
    if text.count("\n") > crlf:
        found.add("\n")
    return found
