"""Structure: unbalanced quotes and brackets, empty lines of marks, empty headings."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

import regex

from scrapelint.diagnostics import Applicability, Edit, Finding, Fix
from scrapelint.document import Document, Line, Paragraph, contains_any
from scrapelint.patterns import lazy
from scrapelint.predicates import ends_sentence_or_label, is_running_text
from scrapelint.rules.base import Category, FixAvailability, Options, rule

def _outside_code_and_urls(doc: Document, offset: int) -> bool:
    return not doc.in_code(offset, offset + 1) and not doc.in_url(offset, offset + 1)


# -- S001 unbalanced-brackets ------------------------------------------------------------

_OPENERS = {"(": ")", "[": "]", "{": "}"}
_CLOSERS = {closer: opener for opener, closer in _OPENERS.items()}
_BRACKET = lazy(r"[()\[\]{}]")
# Brackets that need no partner, but take one when there is one: smileys (":-)", ":-))",
# ";(", but ":[ 2018 ]" pairs up) and list numbering ("1)", "b)", "iv)"; "(see item 2)"
# pairs up).
_SMILEY = lazy(r"[:;=][-^']?(?P<marks>[()\[\]]+)")
_LIST_NUMBER = lazy(r"(?<=^|\s)(?:\d{1,3}|[A-Za-z]|[ivxlcIVXLC]{2,4})\)", regex.M)


@rule(
    code="S001",
    name="unbalanced-brackets",
    category=Category.STRUCTURE,
    summary="Bracket without its partner in the same paragraph",
)
def unbalanced_brackets(doc: Document, options: Options) -> Iterator[Finding]:
    """## What it flags
    A parenthesis, square bracket or brace that is never closed, or that closes nothing,
    within its paragraph (a run of lines between blank lines). List numbering ("1)", "b)", "iv)"), smileys (":-)") and brackets in URLs and
    in Markdown code are not counted, nor, in a text that shows code (a listing, a session
    at a prompt), those on lines that read as code ("fn main() {", "});"): a listing's
    blocks run across the blank lines a converter puts between its lines. The first
    unmatched bracket is reported.

    ## Why it matters
    An unclosed "(" usually means the text was cut or stitched: a caption, a link text or
    a sentence lost its end when the page was converted. Splitters and parsers that pair
    brackets misread everything after it.

    ## Example
    ```text
    The plan (announced on Monday will cost $3 billion.
    ```

    ## Fix safety
    No fix: where the missing bracket belongs, or what text went with it, cannot be known.
    """
    text = doc.text
    if not contains_any(text, "()[]{}"):
        return
    for paragraph in doc.paragraphs:
        if all(paragraph.text.count(opener) == paragraph.text.count(closer) for opener, closer in _OPENERS.items()):
            continue
        brackets = [
            (match.start(), match[0])
            for match in _BRACKET.finditer(paragraph.text)
            if _outside_code_and_urls(doc, paragraph.start + match.start())
        ]
        if brackets and doc.shows_code:
            brackets = _outside_code_lines(doc, paragraph, brackets)
        if not brackets:
            continue
        optional = {i for m in _SMILEY.finditer(paragraph.text) for i in range(m.start("marks"), m.end("marks"))}
        optional.update(m.end() - 1 for m in _LIST_NUMBER.finditer(paragraph.text))
        unmatched = _first_unmatched(brackets, optional)
        if unmatched is None:
            continue
        mark = paragraph.text[unmatched]
        problem = "never closed" if mark in _OPENERS else "closes nothing"
        start = paragraph.start + unmatched
        yield Finding(start, start + 1, f"{mark!r} {problem} in this paragraph")


def _outside_code_lines(doc: Document, paragraph: Paragraph, brackets: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """The brackets (at offsets into the paragraph) that are not on a line of a listing:
    a line of code, or one of ASCII marks only ("(", "},")."""
    code_lines = [
        (line.start - paragraph.start, line.end - paragraph.start)
        for line in doc.lines[paragraph.first_line : paragraph.last_line + 1]
        if doc.is_listing_line(line.index) or _ascii_marks_only(line.text.strip())
    ]
    return [bracket for bracket in brackets if not any(start <= bracket[0] < end for start, end in code_lines)]


def _first_unmatched(brackets: list[tuple[int, str]], optional: set[int]) -> int | None:
    """The first bracket without a partner; optional ones pair up when they can."""
    stack: list[tuple[int, str]] = []
    for position, mark in brackets:
        if mark in _OPENERS:
            stack.append((position, mark))
        elif stack and stack[-1][1] == _CLOSERS[mark]:
            stack.pop()
        elif position not in optional:
            return position
    return next((position for position, _ in stack if position not in optional), None)


# -- S002 unbalanced-quotes --------------------------------------------------------------

# Double quotes of every style ("…", “…”, „…“, ”…”) pair up in twos.
_CURLY_DOUBLE_QUOTES = "“”„‟"
_DOUBLE_QUOTE = lazy(r'"|[“”„‟]')
_DOUBLE_QUOTES = ('"', *_CURLY_DOUBLE_QUOTES)
_OPENING_QUOTE = lazy(r'\s*(?:[-*•]\s+)?["“„«»]')
_PAIRED = (("«", "»"), ("「", "」"), ("『", "』"))
_PAIRED_MARKS = tuple(mark for pair in _PAIRED for mark in pair)
_LINE_EDGE_NOISE = " \t#*_>-"
# A quotation may run over a few line breaks when a converter put an inline element on a
# line of its own ("“\ncomfort food\n”").
_QUOTE_SPAN_LINES = 3


def _odd_blocks(doc: Document) -> dict[int, regex.Match[str]]:
    """Block index → last quote, for each block with an odd number of double quotes."""
    odd = {}
    for index in doc.blocks_holding('"', *_CURLY_DOUBLE_QUOTES):  # most blocks hold none
        block = doc.blocks[index]
        # Counted in C first: most blocks that hold quotes hold them in pairs.
        if not sum(map(block.text.count, _DOUBLE_QUOTES)) % 2:
            continue
        quotes = list(_DOUBLE_QUOTE.finditer(block.text))
        # A straight quote after a digit may be an inch mark (12" pizza) or close a
        # quotation ("Top 10"): with one, any count can pair up.
        if len(quotes) % 2 and not any(_is_after_digit(block.text, quote) for quote in quotes):
            odd[index] = quotes[-1]
    return odd


def _unpaired(blocks: tuple[Paragraph, ...], odd: dict[int, regex.Match[str]]) -> Iterator[int]:
    """The odd blocks left after pairing: two odd blocks a few lines apart, with no blank
    line between them, hold one quotation."""
    indexes = sorted(odd)
    paired: set[int] = set()
    for position, index in enumerate(indexes):
        if index in paired:
            continue
        partner = indexes[position + 1] if position + 1 < len(indexes) else None
        if partner is not None:
            gap = blocks[partner].first_line - blocks[index].last_line
            if gap <= _QUOTE_SPAN_LINES and gap == partner - index:
                paired.update((index, partner))
                continue
        yield index


def _is_after_digit(text: str, quote: regex.Match[str]) -> bool:
    return quote[0] == '"' and quote.start() > 0 and text[quote.start() - 1].isdigit()


def _is_arrow(text: str, position: int) -> bool:
    """A guillemet at the edge of its line ("Next »", "« Previous") or a "»" between words
    ("Home » News"); a "«" between words opens a French quotation ("dit « bonjour")."""
    if text[position] == "»" and text[position - 1:position].isspace() and text[position + 1:position + 2].isspace():
        return True
    line_start = text.rfind("\n", 0, position) + 1
    line_end = text.find("\n", position)
    line_end = len(text) if line_end < 0 else line_end
    return not text[line_start:position].strip(_LINE_EDGE_NOISE) or not text[position + 1:line_end].strip(_LINE_EDGE_NOISE)


def _closed_with_nested(text: str, opener: str, closer: str) -> bool:
    """Whether every quotation left open held a nested one that closed: where the two end
    together, one closer often stands for both ("«Издательство «Наука»")."""
    open_quotes: list[bool] = []  # per open quotation: whether a quotation nested in it closed
    for char in text:
        if char == opener:
            open_quotes.append(False)
        elif char == closer and open_quotes:
            open_quotes.pop()
            if open_quotes:
                open_quotes[-1] = True
    return all(open_quotes)


def _unpaired_marks(text: str) -> Iterator[tuple[str, str, int]]:
    """(opener, closer, position) for guillemets and corner brackets whose counts differ."""
    for opener, closer in _PAIRED:
        openers, closers = text.count(opener), text.count(closer)
        if openers == closers or openers > closers and _closed_with_nested(text, opener, closer):
            continue
        mark = opener if openers > closers else closer
        positions = [i for i, c in enumerate(text) if c == mark]
        # Guillemets of one kind only, each standing apart, are arrows ("Next »").
        if not (openers and closers) and all(_is_arrow(text, i) for i in positions):
            continue
        yield opener, closer, positions[-1] if mark == opener else positions[0]


@rule(
    code="S002",
    name="unbalanced-quotes",
    category=Category.STRUCTURE,
    summary="Quotation mark without its partner in the same paragraph",
)
def unbalanced_quotes(doc: Document, options: Options) -> Iterator[Finding]:
    """## What it flags
    A paragraph (or a line, when the text is written one paragraph a line) with an odd
    number of double quotes of any style (`"`, `“ ”`, `„ “`, `” ”`), or with more opening
    than closing guillemets or corner brackets (`« »`, `「 」`), or the reverse. The
    convention for quotations that run over several paragraphs is respected: a paragraph
    may leave its quotation open when the next paragraph opens with a quotation mark, and
    a paragraph that reopens a quotation left open may leave it open too (the page may
    have cut the quotation short with an embedded post). Single quotes are not counted
    (they double as apostrophes). A paragraph with a straight quote after a digit is not
    judged: the quote may be an inch mark (`12"`) or close a quotation (`"Top 10"`).
    One closing guillemet may end a nested quotation and the one around it, as Russian
    typography writes it ("«Издательство «Наука»"). Lone guillemets used as arrows
    ("Next »") and quotes in URLs and Markdown code are left alone.

    ## Why it matters
    A quotation that never closes is a sign that text was cut (a pull quote lost its end)
    or glued (two fragments share one pair of marks); tools that attribute or strip
    quotations take the rest of the text for quoted speech.

    ## Example
    ```text
    “The committee will meet again on Monday, the chair said.

    Nobody else spoke.
    ```

    ## Fix safety
    No fix: where the quotation should end cannot be known.
    """
    text = doc.text
    if not contains_any(text, (*_DOUBLE_QUOTES, *_PAIRED_MARKS)):
        return
    blocks = doc.blocks

    def opens(index: int) -> bool:
        return 0 <= index < len(blocks) and _OPENING_QUOTE.match(blocks[index].text) is not None

    # A paragraph of a quotation over several paragraphs leaves it open when the next one
    # reopens it; and one that reopens a quotation left open may be the last that the page
    # kept before an embedded post or a pull-out that cut the quotation short.
    odd = _odd_blocks(doc)
    for index in _unpaired(blocks, odd):
        start = blocks[index].start + odd[index].start()
        if opens(index + 1) or index - 1 in odd and opens(index):
            continue
        if _outside_code_and_urls(doc, start):
            yield Finding(start, start + 1, "Odd number of double quotes in this paragraph")
    if not contains_any(text, _PAIRED_MARKS):
        return
    left_open: set[str] = set()
    previous = -1
    # Only the blocks that hold a paired mark: a block without one leaves nothing open.
    for index in doc.blocks_holding(*_PAIRED_MARKS):
        block = blocks[index]
        reopened = left_open if previous == index - 1 else set()
        left_open, previous = set(), index
        for opener, closer, position in _unpaired_marks(block.text):
            if block.text.count(opener) > block.text.count(closer):
                left_open.add(opener)
                if opens(index + 1) or opener in reopened and opens(index):
                    continue
            if _outside_code_and_urls(doc, block.start + position):
                yield Finding(
                    block.start + position,
                    block.start + position + 1,
                    f"{opener} and {closer} do not pair up in this paragraph",
                )


# -- S003 punctuation-only-line ----------------------------------------------------------

_MARKS_ONLY = lazy(r"[\s\p{P}\p{Sm}\p{Sk}©®™☰✕✖→←↑↓►▸▪◦•●○■□▶◀▲▼★☆]+")
# Deliberate lines of marks: section breaks ("* * *", "***", "---", "___", "###" ending a
# press release, "⁂", three stars: a rating's are five), elisions ("...", "[…]"), Markdown
# tables ("|---|:--:|", "| | |").
_SECTION_BREAK = lazy(r"(?P<mark>[*\-_=~#•·+`—–])(?:[ \t]*(?P=mark)){2,}|[⁂§]|[★☆](?:[ \t]*[★☆]){2}")
_ELISION = lazy(r"\.{3,}|…+|\[(?:…|\.{3})\]|\((?:…|\.{3})\)")
_TABLE_ROW = lazy(r"\|?(?:[ \t]*:?-*:?[ \t]*\|)+[ \t]*:?-*:?[ \t]*\|?")
# Marks that close what the line before says ("," or ")." split off by a converter).
_TRAILING = lazy(r"[.,;:!?…)\]}”’%]+")
# Separators and bullets that carry nothing: nav bars, empty list items, close buttons,
# the stars of a rating widget.
_SEPARATORS = lazy(r"[\s•·◦▪▸►‣|¦/\\›‹»«><→←↑↓*+×✕✖☰~=_★☆]+")
_DASHES = lazy(r"[\s\-–—]+")


@lru_cache(maxsize=1)
def _no_letter_or_digit() -> re.Pattern[str]:
    """A line with something besides whitespace and no letter or digit (what
    ``str.isalnum`` calls one): the only lines that can hold nothing but marks.

    Of the standard library's engine, whose classes agree with ``str.isspace`` and
    ``str.isalnum`` (with the underscore).
    """
    return re.compile(r"\n[^\S\n]*(?:[^\w\s]|_)(?:[^\w\n]|_)*(?=\n|\Z)")


def _underscores_within_text(doc: Document, index: int, stripped: str) -> bool:
    """Whether a line of underscores stands between two lines of text with no blank line
    between, or between two paragraphs of prose across a blank line: a writer's break
    between paragraphs ("__" above a wire story's credit line), or a "_" of a code
    listing whose tokens a converter put one a line ("for" / "_" / "in"). Underscores
    that an empty emphasis leaves ("__" between blank lines, next to a menu or a counter)
    stand alone."""
    lines = doc.lines
    if set(stripped) != {"_"} or index == 0 or index + 1 >= len(lines):
        return False
    if not (lines[index - 1].is_blank or lines[index + 1].is_blank):
        return True
    neighbours = []
    for step in (-1, 1):
        other = index + step
        if 0 <= other < len(lines) and lines[other].is_blank:
            other += step
        neighbours.append(0 <= other < len(lines) and is_running_text(lines[other].text))
    return all(neighbours)


def _ascii_marks_only(stripped: str) -> bool:
    return stripped.isascii() and _MARKS_ONLY.fullmatch(stripped) is not None


def _reserved_line(stripped: str, is_markdown: bool) -> bool:
    """Lines of marks that other rules or the Markdown format own."""
    if stripped.startswith("#"):  # headings, empty or not: see empty-heading
        return True
    if _SECTION_BREAK.fullmatch(stripped) or _ELISION.fullmatch(stripped):
        return True
    if stripped.count("|") >= 2 and _TABLE_ROW.fullmatch(stripped):
        return True
    return is_markdown and stripped.startswith(">")


@rule(
    code="S003",
    name="punctuation-only-line",
    category=Category.STRUCTURE,
    summary="Line that holds only punctuation, separators or bullets",
    fix=FixAvailability.SOMETIMES,
    applicability=Applicability.SAFE,
)
def punctuation_only_line(doc: Document, options: Options) -> Iterator[Finding]:
    """## What it flags
    A line with no letter and no digit, only punctuation, separators or bullet marks:
    "•", "|", "›", "*" (an empty list item), "×" (a close button), the stars of a rating
    widget ("★", "☆☆☆☆☆", one a line or in a row), or a "," or ")." that a converter
    split off the line before. Deliberate lines are left alone: section breaks ("* * *",
    "***", "---", "___", "###" at the end of a press release, "⁂", "★ ★ ★"),
    elisions ("...", "[…]"), Markdown table rows ("|---|---|"), headings (see
    `empty-heading`) and, in Markdown, blockquote markers (">"). In a text that shows code
    (a listing, a session at a prompt, code split one token a line), lines of ASCII marks
    ("}", ");", "=", ">>>") are its listings' lines and are left alone too; bullets and
    separators of other marks ("•", "›", "×") are still flagged.

    ## Why it matters
    Navigation bars, empty list items and widget buttons leave lines of marks behind;
    each is noise, and a "," alone on a line means a sentence was cut in two.

    ## Example
    ```text
    The minister met the delegation in Paris
    ,
    and both sides agreed to continue talks.
    •
    ```

    ## Fix safety
    A line of separators or bullets is removed: safe, it holds no text. Unsafe for a line
    of underscores right between two lines of text (no blank line on either side), or
    between two paragraphs of prose: it may be a writer's break between paragraphs ("__"
    above a wire story's credit line), or the "_" of a code listing that a converter
    split into a token a line. Unsafe too in a text that shows code: the line may be a
    piece of a program's output (a box drawn in "═" and "║"). A line of dashes is removed
    too, but unsafely: in a flattened table a dash can stand for an empty cell. So is a
    "¶" or "§" right under a heading, the heading's permalink on a documentation page
    (unsafe: some extractors keep it); under a sentence, "§" is a section break and is
    left alone.
    A line of closing marks (",", ").", "”") is joined to the line before it: unsafe, since
    the line before may not be where it belongs. Other lines ("(", "*/?>") have no fix.
    """
    for line in doc.lines_opening_with(_no_letter_or_digit()):
        stripped = line.text.strip()
        permalink = stripped in _SECTION_MARKS and _is_permalink(doc, line)
        if (
            not _MARKS_ONLY.fullmatch(stripped)
            or _reserved_line(stripped, doc.is_markdown) and not permalink
            or (doc.shows_code and stripped.isascii())
        ):
            continue
        fix = None
        previous = doc.lines[line.index - 1] if line.index else None
        if _SEPARATORS.fullmatch(stripped):
            # In a text that shows code, the line may be a piece of a program's output.
            within = _underscores_within_text(doc, line.index, stripped) or doc.shows_code
            fix = (Fix.unsafe if within else Fix.safe)("Remove the line", doc.remove_lines(line.index))
        elif _DASHES.fullmatch(stripped):
            fix = Fix.unsafe("Remove the line", doc.remove_lines(line.index))
        elif permalink:
            fix = Fix.unsafe("Remove the heading's permalink", doc.remove_lines(line.index))
        elif _TRAILING.fullmatch(stripped) and previous is not None and not previous.is_blank:
            indent = len(line.text) - len(line.text.lstrip())
            fix = Fix.unsafe("Join the marks to the line before", Edit(previous.end, line.start + indent))
        shown = stripped if len(stripped) <= 40 else stripped[:37] + "..."
        yield Finding(line.start, line.end, f"Line holds only {shown!r}", fix)


# -- S004 empty-heading ------------------------------------------------------------------

# A Markdown heading marker with no text, or only emphasis markers ("## **").
_EMPTY_HEADING = lazy(r"[ ]{0,3}(?P<marker>#{1,6})(?P<rest>[ \t]+[#*_ \t]*)?")


_SECTION_MARKS = ("¶", "§")
"""The marks other than "#" that documentation sites print after a heading as its
permalink, a line of their own once scraped."""


def _is_permalink(doc: Document, line: Line) -> bool:
    """Whether ``line``, a "#", "¶" or "§" alone, is the permalink of the heading right
    above it: a line of text that is no heading marker and does not end like a sentence
    ("§" under a sentence is a writer's section break)."""
    if line.text.strip() not in ("#", *_SECTION_MARKS) or line.index == 0:
        return False
    above = doc.lines[line.index - 1].text.strip()
    return bool(above) and not above.startswith("#") and not ends_sentence_or_label(above)


@rule(
    code="S004",
    name="empty-heading",
    category=Category.STRUCTURE,
    summary="Markdown heading marker with no heading text",
    fix=FixAvailability.ALWAYS,
    applicability=Applicability.SAFE,
)
def empty_heading(doc: Document, options: Options) -> Iterator[Finding]:
    """## What it flags
    A Markdown heading marker with nothing after it, or only spaces or emphasis markers:
    "#", "##   ", "### **". Converters write these when a heading's text was an image or
    a link they dropped. In plain text, three or more "#" alone on a line ("###",
    "# # #") end a press release or a section and are left alone; "#" and "##" alone, or
    any marker followed by trailing spaces ("##### "), are flagged, but not a "#" right
    under a heading ("Social Auth" over "#"): the heading's permalink, as documentation
    sites print one after each heading, which marks where a section of the text starts.

    ## Why it matters
    An empty heading is structure without content: it breaks outlines and tables of
    contents built from the headings, and leaves a stray "#" in the text.

    ## Example
    ```text
    # Related

    ###
    ```
    The second heading is empty (in a Markdown file; in plain text "###" is left alone).

    ## Fix safety
    Safe: the line holds only the marker (and spaces or emphasis markers), so removing it
    loses no text.
    """
    for line in doc.lines_holding("#"):
        match = _EMPTY_HEADING.fullmatch(line.text)
        if match is None:
            continue
        # In plain text, "###" or "# # #" ends a press release or a section; a marker
        # followed by trailing spaces ("##### ") is a heading whose text was dropped.
        if not doc.is_markdown and line.text == line.text.rstrip() and _SECTION_BREAK.fullmatch(line.text.strip()):
            continue
        if not doc.is_markdown and _is_permalink(doc, line):
            continue
        yield Finding(
            line.start,
            line.end,
            f"Empty heading: {line.text.strip()!r}",
            Fix.safe("Remove the empty heading", doc.remove_lines(line.index)),
        )
