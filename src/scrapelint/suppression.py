"""Inline suppression: comments in the text that silence rules, in ``.txt`` and ``.md`` alike.

::

    <!-- scrapelint: disable B001, D001 -->   ... until <!-- scrapelint: enable -->
    <!-- scrapelint: disable-next-line T001 -->
    <!-- scrapelint: disable-file -->

Each form takes rule selectors (codes, names, prefixes, categories), separated by
commas or spaces, or none to mean every rule. ``disable`` holds until an ``enable``
(one without selectors ends every range; ``enable B001`` ends the ranges of ``B001``)
or the end of the text; ``disable-next-line`` covers the next line that is not blank;
``disable-file`` the whole text. A diagnostic is suppressed when it *starts* inside a
covered region; a suppressed diagnostic's fix is never applied.

The engine calls :func:`apply` after the rules ran. It also keeps other rules off the
comments themselves, and reports the comments that suppressed nothing through the
unused-suppression rule (which reports unknown selectors itself, from the document).
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import cached_property
from itertools import accumulate
from typing import TYPE_CHECKING

from scrapelint.diagnostics import Edit, Finding, Fix

if TYPE_CHECKING:
    from scrapelint.document import Document
    from scrapelint.rules import Rule

KINDS = ("disable", "enable", "disable-next-line", "disable-file")
MARKER = "scrapelint:"
# A directive's tokens never run into another comment's opening: from each "<!--" the
# search reads no further than the next, so a line of openers that never close is read
# once, not once for each of them.
_DIRECTIVE = re.compile(r"<!--[ \t]*scrapelint:[ \t]*(?P<kind>[\w-]*)(?P<tokens>(?:(?!<!--)[^\n])*?)[ \t]*-->", re.I)
_SEPARATOR = re.compile(r"[\s,]+")
BLANKET = -1
"""The token index of a directive that names no rule."""


@dataclass(frozen=True, slots=True)
class Token:
    text: str
    """A selector as written."""
    codes: frozenset[str] | None
    """The codes it names; None when it names no rule."""


@dataclass(frozen=True, slots=True)
class Directive:
    kind: str
    """One of :data:`KINDS`, or whatever word was written (reported as unknown)."""
    tokens: tuple[Token, ...]
    start: int
    end: int
    line: int
    """Index of the line it is on."""
    alone: bool
    """Nothing but white space shares its line."""

    @property
    def known(self) -> bool:
        return self.kind in KINDS


@dataclass(frozen=True, slots=True)
class Region:
    """Where one selector (or, for a blanket directive, every rule) is suppressed."""

    directive: int
    token: int
    """Index into the directive's tokens, or :data:`BLANKET`."""
    codes: frozenset[str] | None
    start: int
    end: int


@dataclass(frozen=True)
class Directives:
    """The suppression comments of one document and the regions they cover."""

    items: tuple[Directive, ...] = ()
    regions: tuple[Region, ...] = ()
    closers: dict[int, frozenset[int]] = field(default_factory=dict)
    """Index of a ``disable`` -> indices of the ``enable`` comments that ended its ranges."""
    closed: dict[int, frozenset[tuple[int, int]]] = field(default_factory=dict)
    """Index of an ``enable`` -> (directive, token) of each range it ended; its own tokens
    that ended nothing are missing from ``ended_by_token``."""
    ended_by_token: frozenset[tuple[int, int]] = frozenset()
    """(enable, its token or BLANKET) for each token of an ``enable`` that ended a range."""

    def __bool__(self) -> bool:
        return bool(self.items)

    def suppressing(self, code: str, offset: int) -> list[tuple[int, int]]:
        """(directive, token) of each region that covers ``code`` at ``offset``."""
        boundaries, covering = self._coverage
        piece = bisect_right(boundaries, offset) - 1
        if piece < 0:
            return []
        return [(region.directive, region.token) for region in covering[piece] if region.codes is None or code in region.codes]

    @cached_property
    def _coverage(self) -> tuple[list[int], list[tuple[Region, ...]]]:
        """The text cut where a region starts or ends, and the regions that cover each
        piece: a diagnostic's regions are found by one bisection. (A test of every region
        for every diagnostic took 38 s for 4,000 comments and as many diagnostics.)"""
        starting: dict[int, list[Region]] = {}
        ending: dict[int, list[Region]] = {}
        for region in self.regions:
            starting.setdefault(region.start, []).append(region)
            ending.setdefault(region.end + 1, []).append(region)  # a region's end is covered too
        boundaries = sorted(starting.keys() | ending.keys())
        active: dict[int, Region] = {}
        covering = []
        for boundary in boundaries:
            for region in ending.get(boundary, ()):
                del active[id(region)]
            for region in starting.get(boundary, ()):
                active[id(region)] = region
            covering.append(tuple(active.values()))
        return boundaries, covering


class _CommentSpans:
    """The spans of a document's comments that other rules must leave alone: each
    comment's line when it has one to itself, else the comment and the white space
    around it (which the rules, seeing the comment blanked, take for one run).

    Sorted by start, with the furthest end reached so far at each: the spans a
    diagnostic meets are found by bisection, not by a test of every comment."""

    def __init__(self, spans: Iterable[tuple[int, int]]) -> None:
        self.spans = sorted(spans)
        self.starts = [start for start, _ in self.spans]
        self.reach = list(accumulate((end for _, end in self.spans), max))

    def protect(self, start: int, end: int) -> bool:
        """Whether ``start..end`` lies within one of the spans."""
        before = bisect_right(self.starts, start)
        return before > 0 and self.reach[before - 1] >= end

    def overlapping(self, start: int, end: int) -> list[tuple[int, int]]:
        """The spans that overlap ``start..end``, in order."""
        found = []
        index = bisect_left(self.starts, end) - 1
        while index >= 0 and self.reach[index] > start:
            if self.spans[index][1] > start:
                found.append(self.spans[index])
            index -= 1
        found.reverse()
        return found

    def spare(self, fix: Fix) -> Fix | None:
        """``fix`` without harm to any comment: deletions shrink around the comments'
        lines; a fix that would rewrite a comment is withheld (None)."""
        met = [self.overlapping(edit.start, edit.end) for edit in fix.edits]
        if not any(met):
            return fix
        edits: list[Edit] = []
        for edit, spans in zip(fix.edits, met):
            pieces = [(edit.start, edit.end)]
            for low, high in spans:
                if edit.content:
                    return None
                pieces = [part for start, end in pieces for part in ((start, min(end, low)), (max(start, high), end))]
            edits.extend(Edit(start, end, edit.content) for start, end in pieces if start < end or edit.content)
        return Fix(tuple(edits), fix.applicability, fix.message) if edits else None


NO_DIRECTIVES = Directives()


def parse(doc: Document) -> Directives:
    """The suppression comments of ``doc`` (outside Markdown code) and their regions."""
    text = doc.text
    if MARKER not in text:
        return NO_DIRECTIVES
    items = []
    for match in _DIRECTIVE.finditer(text):
        if doc.in_code(match.start(), match.end()):
            continue
        line = doc.lines[doc.line_index(match.start())]
        alone = not (text[line.start:match.start()].strip() or text[match.end():line.end].strip())
        kind = match["kind"].lower()
        tokens = tuple(_token(t) for t in _SEPARATOR.split(match["tokens"]) if t)
        items.append(Directive(kind, tokens, match.start(), match.end(), line.index, alone))
    if not items:
        return NO_DIRECTIVES
    return _regions(doc, tuple(items))


def _token(text: str) -> Token:
    from scrapelint.rules import SelectionError, matches

    try:
        return Token(text, frozenset(r.code for r in matches(text)[1]))
    except SelectionError:
        return Token(text, None)


def _regions(doc: Document, items: tuple[Directive, ...]) -> Directives:
    size = len(doc.text)
    regions: list[Region] = []
    open_ranges: dict[tuple[int, int], frozenset[str] | None] = {}
    closers: dict[int, set[int]] = {}
    closed: dict[int, set[tuple[int, int]]] = {}
    ended: set[tuple[int, int]] = set()

    def close(key: tuple[int, int], by: int, at: int) -> None:
        regions.append(Region(key[0], key[1], open_ranges.pop(key), items[key[0]].end, at))
        closers.setdefault(key[0], set()).add(by)
        closed.setdefault(by, set()).add(key)

    for index, directive in enumerate(items):
        known = [(i, t) for i, t in enumerate(directive.tokens) if t.codes is not None]
        if directive.kind == "disable":
            for key, codes in _keys(index, directive, known):
                open_ranges.setdefault(key, codes)
        elif directive.kind == "enable":
            if not directive.tokens:
                for key in list(open_ranges):
                    close(key, index, directive.start)
                    ended.add((index, BLANKET))
            for i, token in known:
                for key in [k for k, codes in open_ranges.items() if codes is not None and codes <= token.codes]:  # type: ignore[operator]
                    close(key, index, directive.start)
                    ended.add((index, i))
        elif directive.kind == "disable-next-line":
            # Read up to the next filled line only: a slice of the lines after each comment
            # copied the rest of the text's lines, for each comment.
            for following in doc.nonblank_lines_after(directive.line, 1):
                for key, codes in _keys(index, directive, known):
                    regions.append(Region(key[0], key[1], codes, following.start, following.end))
        elif directive.kind == "disable-file":
            for key, codes in _keys(index, directive, known):
                regions.append(Region(key[0], key[1], codes, 0, size))
    for key in list(open_ranges):
        regions.append(Region(key[0], key[1], open_ranges.pop(key), items[key[0]].end, size))
    return Directives(
        items,
        tuple(regions),
        {k: frozenset(v) for k, v in closers.items()},
        {k: frozenset(v) for k, v in closed.items()},
        frozenset(ended),
    )


def _keys(
    index: int, directive: Directive, known: list[tuple[int, Token]]
) -> Iterator[tuple[tuple[int, int], frozenset[str] | None]]:
    if not directive.tokens:
        yield (index, BLANKET), None
    for i, token in known:
        yield (index, i), token.codes


def _own_span(doc: Document, directive: Directive) -> tuple[int, int]:
    """The span of a comment that other rules leave alone (see ``_CommentSpans``)."""
    line = doc.lines[directive.line]
    if directive.alone:
        return line.start, min(line.end + 1, len(doc.text))
    before = doc.text[line.start:directive.start]
    after = doc.text[directive.end:line.end]
    return directive.start - (len(before) - len(before.rstrip(" \t"))), directive.end + len(after) - len(after.lstrip(" \t"))


# -- the engine's steps ------------------------------------------------------------------


def masked(doc: Document) -> Document:
    """``doc`` with its comments blanked out, offsets unchanged: the rules see them as the
    blank space a reader sees (an HTML comment shows nothing), so a ``disable-file`` on
    the first line does not hide the headline below it."""
    from scrapelint.document import Document

    directives = doc.directives
    assert isinstance(directives, Directives)
    pieces, position = [], 0
    for directive in directives.items:
        start, end = doc.to_raw(directive.start), doc.to_raw(directive.end)
        pieces += [doc.raw[position:start], " " * (end - start)]
        position = end
    pieces.append(doc.raw[position:])
    view = Document("".join(pieces), doc.filename)
    view.directives = directives  # type: ignore[misc]  (the comments are still there for S100)
    return view


def apply(doc: Document, found: list[tuple[Rule, Finding]], ran: frozenset[str]) -> list[tuple[Rule, Finding]]:
    """Drop what the document's comments suppress, and report comments that suppress nothing.

    ``found`` is every finding of the rules that ran (``ran``: their codes). Findings of
    other rules that lie on a comment are dropped, and fixes that would edit a comment
    are withheld. The unused-suppression rule's findings are added when it ran.
    """
    directives = doc.directives
    if not isinstance(directives, Directives) or not directives:
        return found
    from scrapelint.rules.suppressions import unused_suppression

    comments = _CommentSpans(_own_span(doc, directive) for directive in directives.items)
    kept = []
    used: set[tuple[int, int]] = set()
    for rule, finding in found:
        if rule is not unused_suppression:
            if comments.protect(finding.start, finding.end):
                continue
            if finding.fix is not None:
                finding = finding._replace(fix=comments.spare(finding.fix))
        hits = _suppressing(directives, rule, finding)
        if hits:
            used.update(hits)
            continue
        kept.append((rule, finding))
    if unused_suppression.code in ran:
        for finding in unused(doc, directives, used, ran):
            if not _suppressing(directives, unused_suppression, finding):
                kept.append((unused_suppression, finding))
    return kept


def _suppressing(directives: Directives, rule: Rule, finding: Finding) -> list[tuple[int, int]]:
    from scrapelint.rules.suppressions import unused_suppression

    hits = directives.suppressing(rule.code, finding.start)
    if rule is unused_suppression:
        # Only a comment that names it silences the rule: a blanket `disable-file` that
        # suppresses nothing would otherwise silence its own report.
        return [hit for hit in hits if hit[1] != BLANKET]
    return hits


def unused(doc: Document, directives: Directives, used: set[tuple[int, int]], ran: frozenset[str]) -> Iterator[Finding]:
    """A finding for each comment, or selector in one, that suppressed nothing.

    A selector is judged only when a rule it names ran on this text, and never when it
    names the unused-suppression rule itself; unknown selectors are the rule's own
    business. An ``enable`` is unused when it ended no range.
    """
    from scrapelint.rules.suppressions import unused_suppression

    for index, directive in enumerate(directives.items):
        if not directive.known:
            continue
        is_enable = directive.kind == "enable"
        done = directives.ended_by_token if is_enable else used
        if not directive.tokens:
            if (index, BLANKET) not in done:
                what = "ends no suppression" if is_enable else "suppresses nothing"
                yield Finding(
                    directive.start,
                    directive.end,
                    f"Unused suppression: `{directive.kind}` {what}",
                    Fix.safe("Remove the comment", *removal(doc, directives, index)),
                )
            continue
        idle = [
            token.text
            for i, token in enumerate(directive.tokens)
            if token.codes is not None
            and (index, i) not in done
            and unused_suppression.code not in token.codes
            and (is_enable or token.codes & ran)
        ]
        if not idle:
            continue
        rest = [t.text for t in directive.tokens if t.codes is not None and t.text not in idle]
        what = "ends no suppression of" if is_enable else "nothing to suppress for"
        yield Finding(
            directive.start,
            directive.end,
            f"Unused suppression: {what} {', '.join(idle)}",
            Fix.safe(
                "Remove the comment" if not rest else f"Remove {', '.join(idle)} from the comment",
                *(removal(doc, directives, index) if not rest else (rewrite(directive, rest),)),
            ),
        )


# -- edits that remove or rewrite a comment -----------------------------------------------


def rewrite(directive: Directive, tokens: list[str]) -> Edit:
    """Replace a comment with one of the same kind that names only ``tokens``."""
    return Edit(directive.start, directive.end, f"<!-- scrapelint: {directive.kind} {', '.join(tokens)} -->")


def removal(doc: Document, directives: Directives, index: int) -> tuple[Edit, ...]:
    """Edits that remove comment ``index``, and each ``enable`` that ended its ranges and nothing else."""
    edits = [_remove_one(doc, directives.items[index])]
    for closer in sorted(directives.closers.get(index, ())):
        if {d for d, _ in directives.closed.get(closer, ())} == {index}:
            edit = _remove_one(doc, directives.items[closer])
            if any(edit.start < other.end and other.start < edit.end for other in edits):
                line = doc.lines[directives.items[closer].line]
                edit = Edit(line.start, min(line.end + 1, len(doc.text)))
            edits.append(edit)
    return tuple(edits)


def _remove_one(doc: Document, directive: Directive) -> Edit:
    if directive.alone:
        # The line, and a blank line next to it only where that leaves one blank line
        # between paragraphs (never joining two paragraphs).
        lines, index = doc.lines, directive.line
        start, end = lines[index].start, lines[index].end + 1
        blank_before = index == 0 or lines[index - 1].is_blank
        if index + 1 < len(lines) and lines[index + 1].is_blank and blank_before:
            end = lines[index + 1].end + 1
        elif index + 1 == len(lines) and index > 0:
            start = lines[index - 1].end  # the last line: its line break goes, the text's end stays
        return Edit(start, min(end, len(doc.text)))
    # With the white space that separated it from the text it shares its line with.
    line = doc.lines[directive.line]
    before = doc.text[line.start:directive.start]
    if before.strip():
        return Edit(line.start + len(before.rstrip(" \t")), directive.end)
    after = doc.text[directive.end:line.end]
    return Edit(directive.start, line.end - len(after.lstrip(" \t")))
