"""Whitespace: spaces, tabs, blank lines and line breaks that layout left behind."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache
from itertools import islice

from scrapelint.diagnostics import Applicability, Edit, Finding, Fix
from scrapelint.document import Document, Line
from scrapelint.patterns import lazy
from scrapelint.predicates import LIST_MARKER, words
from scrapelint.rules.base import Category, FixAvailability, Options, rule

SPECIAL_SPACES = "\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000"
"""Every space separator but U+0020: no-break, em, thin, ideographic..."""
HORIZONTAL_SPACE = "\t " + SPECIAL_SPACES
MARKDOWN_HARD_BREAK = "  "


@lru_cache(maxsize=1)
def _last_character_a_space() -> re.Pattern[str]:
    """A line whose last character is a space, read backwards from the break after it: the
    engine skips from break to break in C, where asking each line for its last character
    was a loop in Python over every line."""
    return re.compile(f"\n[{HORIZONTAL_SPACE}]")


@rule(
    code="W001",
    name="trailing-whitespace",
    category=Category.WHITESPACE,
    summary="Whitespace at the end of a line",
    fix=FixAvailability.ALWAYS,
    applicability=Applicability.SAFE,
)
def trailing_whitespace(doc: Document, options: Options) -> Iterator[Finding]:
    """## What it flags
    Spaces, tabs, no-break and other spaces at the end of a line, and lines that hold
    nothing but whitespace. In Markdown files, exactly two spaces after text followed by
    another line of the same paragraph are a hard line break and are left alone; three or
    more are flagged and trimmed to two. Code blocks in Markdown are left alone.

    ## Why it matters
    Trailing whitespace is invisible residue of layout and line wrapping. It makes lines
    that read the same compare different (deduplication, diffs), and a line of spaces
    looks empty without being empty.

    ## Example
    ```text
    The talks ended on Tuesday.␠␠␠
    ```
    (`␠` stands for a space.)

    ## Fix safety
    Safe: only whitespace at the end of the line is removed; a Markdown hard break keeps
    its two spaces.
    """
    for line in doc.lines_closing_with(_last_character_a_space()):
        kept = line.text.rstrip(HORIZONTAL_SPACE)
        start, end = line.start + len(kept), line.end
        trailing = line.text[len(kept):]
        if not kept:
            remove = doc.remove_span(start, end)
            yield Finding(remove.start, remove.end, "Whitespace on an otherwise empty line", Fix.safe("Remove it", remove))
            continue
        if _hard_break(doc, line, trailing):
            if trailing == MARKDOWN_HARD_BREAK:
                continue
            yield Finding(
                start, end, f"{len(trailing)} trailing spaces; a Markdown hard line break needs two",
                Fix.safe("Keep two spaces", Edit(start, end, MARKDOWN_HARD_BREAK)),
            )
            continue
        remove = doc.remove_span(start, end)
        yield Finding(remove.start, remove.end, "Trailing whitespace", Fix.safe("Remove it", remove))


def _hard_break(doc: Document, line: Line, trailing: str) -> bool:
    """Whether ``trailing`` ends ``line`` with a Markdown hard break: two or more spaces
    before another line of the same paragraph."""
    if not doc.is_markdown or len(trailing) < 2 or trailing.strip(" "):
        return False
    following = line.index + 1
    return following < len(doc.lines) and not doc.lines[following].is_blank


# Indentation, list bullets, heading hashes and quote marks at the start of a line, however
# many are nested ("  *   * item", "#####  Title"): spacing there is layout, not prose.
_LINE_PREFIX = lazy(rf"[ \t]*(?:(?:{LIST_MARKER}|>|#{{1,6}})[ \t]+)*")
_SPACE_RUN = lazy(r"(?<=\S) {2,}(?=\S)")
# The spaces after a sentence end, before the next sentence: two of them are the typewriter
# convention that some writers keep.
_AFTER_SENTENCE = r"(?<=[\p{Ll}\p{N}][.!?][\"”’)]?)"
_BEFORE_SENTENCE = r"(?=[\"“‘(]?\p{Lu})"
_TWO_SPACED_SENTENCE = lazy(_AFTER_SENTENCE + "  " + _BEFORE_SENTENCE)
_ONE_SPACED_SENTENCE = lazy(_AFTER_SENTENCE + " " + _BEFORE_SENTENCE)


def _spaces_sentences_twice(text: str) -> bool:
    """Whether the text puts two spaces after a sentence as a rule, not by accident."""
    twice = len(_TWO_SPACED_SENTENCE.findall(text))
    if twice < 2:
        return False
    # Sentences spaced once are counted only until they outnumber those spaced twice: in
    # most texts that is at once, and a full count reads every space of the text.
    return sum(1 for _ in islice(_ONE_SPACED_SENTENCE.finditer(text), twice + 1)) <= twice
_GAP = lazy(r"(?<=\S)(?: {2,}|[ \t]*\t[ \t]*)(?=\S)")


def _gap_ends(text: str) -> set[int]:
    """Columns where text resumes after a gap of two or more spaces or a tab."""
    return {match.end() for match in _GAP.finditer(text)}


def _aligned_with_neighbour(doc: Document, line: Line, column: int) -> bool:
    """Whether an adjacent line has a gap that ends at the same column: a table laid out with spaces."""
    for index in (line.index - 1, line.index + 1):
        if 0 <= index < len(doc.lines) and column in _gap_ends(doc.lines[index].text):
            return True
    return False


@rule(
    code="W002",
    name="multiple-spaces",
    category=Category.WHITESPACE,
    summary="Several spaces between two words",
    fix=FixAvailability.ALWAYS,
    applicability=Applicability.SAFE,
)
def multiple_spaces(doc: Document, options: Options) -> Iterator[Finding]:
    """## What it flags
    Two or more spaces between two words inside a line: "Updated  1:39 am",
    "Johnston told  Billboard", a caption glued to its credit ("this week.  Berkeley
    Earth"). Left alone: indentation and the spacing after list bullets, heading hashes
    and quote marks at the start of a line, lines with two or more such gaps or with a
    gap lined up with one on the line above or below (columns laid out with spaces),
    lines of a pipe table, Markdown code, lines that read as code in a text that shows
    code ("return  403;" in a listing), and two spaces after a sentence in a text that
    puts two after its sentences as a rule (the typewriter convention).

    ## Why it matters
    A browser shows any run of spaces as one, so a run in scraped text is markup layout
    that leaked: two blocks joined into one line, an element that vanished between two
    words. Left in, it makes identical sentences compare different and often marks a
    place where text went missing.

    ## Example
    ```text
    Air pollution in Delhi remains “unhealthy” this week.  Berkeley Earth
    ```

    ## Fix safety
    Safe: the run becomes one space, which is what a reader of the page saw.
    """
    text = doc.text
    if "  " not in text:
        return
    typewriter: bool | None = None
    for line in doc.lines_holding("  "):
        # Most runs are indentation or trailing spaces: skip those lines without a regex.
        if "  " not in line.text.strip() or line.text.count("|") >= 2:
            continue
        content = _LINE_PREFIX.match(line.text).end()  # type: ignore[union-attr]
        runs = list(_SPACE_RUN.finditer(line.text, content))
        if len(runs) != 1 or len(_gap_ends(line.text[content:])) > 1:
            continue
        (run,) = runs
        # Asked last: whether the text shows code is read only for a line to report.
        if _aligned_with_neighbour(doc, line, run.end()) or doc.is_listing_line(line.index):
            continue
        if _TWO_SPACED_SENTENCE.match(line.text, run.start()):
            typewriter = _spaces_sentences_twice(text) if typewriter is None else typewriter
            if typewriter:
                continue
        start, end = line.start + run.start(), line.start + run.end()
        yield Finding(
            start, end, f"{end - start} spaces between words",
            Fix.safe("Replace them with one space", Edit(start, end, " ")),
        )


def _spaces_only(line: Line) -> bool:
    """Whether ``line`` holds horizontal spaces and nothing else."""
    return bool(line.text) and not line.text.strip(HORIZONTAL_SPACE)


@rule(
    code="W003",
    name="excess-blank-lines",
    category=Category.WHITESPACE,
    summary="Too many blank lines in a row",
    fix=FixAvailability.ALWAYS,
    applicability=Applicability.SAFE,
    options={"max-blank-lines": 2},
)
def excess_blank_lines(doc: Document, options: Options) -> Iterator[Finding]:
    """## What it flags
    More than `max-blank-lines` (default 2, at least 1) blank lines in a row, anywhere in the text. A
    line of nothing but whitespace counts as blank. One blank line separates paragraphs;
    two are sometimes used between sections; more are layout that a converter kept
    (empty `<div>`s, spacer paragraphs, removed images).

    ## Why it matters
    Runs of blank lines carry no structure a reader can see, inflate the text, and make
    paragraph splitting and deduplication by blocks unreliable.

    ## Example
    ```text
    The talks ended on Tuesday.




    Officials said nothing.
    ```

    ## Fix safety
    Safe: the blank lines beyond `max-blank-lines` are removed, down to the number the
    option allows (as `ruff` and `markdownlint` do), so paragraph and section breaks
    stay. Set `max-blank-lines = 1` to keep paragraph breaks only.
    """
    text = doc.text
    limit = max(1, int(options["max-blank-lines"]))
    if not (
        "\n" * (limit + 2) in text
        or text.startswith("\n" * (limit + 1))
        or text.startswith(tuple(HORIZONTAL_SPACE))
        or any(_spaces_only(line) for line in doc.lines if line.is_blank and line.index)
    ):
        return
    lines = doc.lines
    real = len(lines) - 1 if doc.has_final_newline else len(lines)
    index = 0
    while index < real:
        if not lines[index].is_blank:
            index += 1
            continue
        first = index
        while index < real and lines[index].is_blank:
            index += 1
        last = index - 1
        count = last - first + 1
        if count <= limit:
            continue
        if lines[last].end < len(text):
            edit = Edit(lines[first + limit].start, lines[last].end + 1)
        else:
            # The run ends a text that has no final newline: its last line stays, so the text
            # still ends without one.
            edit = Edit(lines[first + limit - 1].start, lines[last].start)
        yield Finding(
            lines[first].start, lines[last].end, f"{count} blank lines in a row (at most {limit})",
            Fix.safe(f"Remove {count - limit} of them", edit),
        )


_LINE_BREAK = lazy(r"\r\n|\r|\n")
_LINE_BREAK_NAMES = {"\n": "LF", "\r\n": "CRLF", "\r": "CR"}


@rule(
    code="W004",
    name="mixed-line-endings",
    category=Category.WHITESPACE,
    summary="Line ending that differs from the rest of the file",
    fix=FixAvailability.ALWAYS,
    applicability=Applicability.SAFE,
)
def mixed_line_endings(doc: Document, options: Options) -> Iterator[Finding]:
    r"""## What it flags
    In a file whose lines end in more than one way (LF `\n`, CRLF `\r\n`, CR `\r`), every
    line break that is not the file's most common one.

    ## Why it matters
    Mixed line endings come from text pasted together from several sources. Tools split
    such text differently (a lone CR is a line break to some and not to others), diffs
    show lines as changed that are not, and hashes of identical text differ.

    ## Example
    A file whose lines end in CRLF except one that ends in LF: that one is flagged.

    ## Fix safety
    Safe: the line break is replaced by the file's most common one; no text changes.
    """
    raw = doc.raw
    if "\r" not in raw:
        return
    dominant = doc.newline
    crlf_before = 0
    for match in _LINE_BREAK.finditer(raw):
        found = match.group()
        offset = match.start() - crlf_before
        if found == "\r\n":
            crlf_before += 1
        if found == dominant:
            continue
        yield Finding(
            offset, offset + 1,
            f"Line ends with {_LINE_BREAK_NAMES[found]}; most lines end with {_LINE_BREAK_NAMES[dominant]}",
            # The engine writes "\n" in an edit as the file's dominant line ending.
            Fix.safe(f"Use {_LINE_BREAK_NAMES[dominant]}", Edit(offset, offset + 1, "\n")),
        )


@rule(
    code="W005",
    name="missing-final-newline",
    category=Category.WHITESPACE,
    summary="No line break at the end of the file",
    fix=FixAvailability.ALWAYS,
    applicability=Applicability.SAFE,
    default=False,
)
def missing_final_newline(doc: Document, options: Options) -> Iterator[Finding]:
    """## What it flags
    Text that does not end with a line break. Off by default: many pipelines store
    article bodies without one on purpose. Select it for files that should follow the
    POSIX convention that every line ends with a line break.

    ## Why it matters
    Concatenating such files glues the last line of one to the first line of the next,
    `wc -l` and other line-based tools miscount, and diffs flag the last line whenever
    text is added after it.

    ## Example
    ```text
    The talks ended on Tuesday.⏎
    Officials said nothing.
    ```
    (`⏎` marks a line break; the second line has none.)

    ## Fix safety
    Safe: one line break, in the file's own line-ending style, is added at the end.
    """
    text = doc.text
    if not text.strip() or doc.has_final_newline:
        return
    end = len(text)
    yield Finding(end, end, "No line break at the end of the file", Fix.safe("Add one", Edit(end, end, "\n")))


_TAB_GAP = lazy(r"(?<=\S)[ \t]*\t[ \t]*(?=\S)")
# A tab inside a sentence comes after a word or a clause mark, before a word that goes on in lower case.
_BEFORE_PROSE_TAB = lazy(r"[\p{L}\p{N},;)\"'”’]")
_AFTER_PROSE_TAB = lazy(r"[\p{Ll}\p{Lo}]")
MIN_PROSE_WORDS = 4


def _has_inner_tab(line: Line) -> bool:
    content = _LINE_PREFIX.match(line.text).end()  # type: ignore[union-attr]
    return _TAB_GAP.search(line.text, content) is not None


@rule(
    code="W006",
    name="tab-in-prose",
    category=Category.WHITESPACE,
    summary="Tab between two words of a sentence",
    fix=FixAvailability.ALWAYS,
    applicability=Applicability.SAFE,
)
def tab_in_prose(doc: Document, options: Options) -> Iterator[Finding]:
    """## What it flags
    A tab between two words of a sentence: after a word or a comma, before a word that
    continues in lower case, on a line of at least four words that has no other tab. Left
    alone: indentation and the tab after a list number or bullet, lines with several tabs
    (tab-separated values), lines next to another line with a tab inside it (a table or
    a block of "label⇥value" lines), a tab before a capitalised word or after a colon.

    ## Why it matters
    Tabs come into prose from word processors, PDF extraction and table cells flattened
    into text. Inside a sentence a tab is a space of unpredictable width that tokenizers
    and searches do not treat as one.

    ## Example
    ```text
    The minister said the talks⇥would resume on Tuesday.
    ```
    (`⇥` stands for a tab.)

    ## Fix safety
    Safe: the tab, with any spaces around it, becomes one space.
    """
    for line in doc.lines_holding("\t"):
        content = _LINE_PREFIX.match(line.text).end()  # type: ignore[union-attr]
        gaps = list(_TAB_GAP.finditer(line.text, content))
        if len(gaps) != 1 or len(words(line.text)) < MIN_PROSE_WORDS:
            continue
        neighbours = (doc.lines[i] for i in (line.index - 1, line.index + 1) if 0 <= i < len(doc.lines))
        if any(_has_inner_tab(other) for other in neighbours):
            continue
        gap = gaps[0]
        before, after = line.text[gap.start() - 1], line.text[gap.end()]
        if not (_BEFORE_PROSE_TAB.match(before) and _AFTER_PROSE_TAB.match(after)):
            continue
        start, end = line.start + gap.start(), line.start + gap.end()
        yield Finding(start, end, "Tab between two words", Fix.safe("Replace it with a space", Edit(start, end, " ")))
