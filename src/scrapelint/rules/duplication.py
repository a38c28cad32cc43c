"""Duplication: text printed twice by templates, feeds and copy-paste."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator, Sequence
from functools import lru_cache
from itertools import compress, islice, repeat
from operator import contains, itemgetter, le, lt

import regex

from scrapelint import phrases
from scrapelint.diagnostics import Applicability, Edit, Finding, Fix
from scrapelint.document import Document, Line, document_view, first_offsets, is_code_line, scan_blocks
from scrapelint.patterns import caseless, lazy
from scrapelint.predicates import (
    MIN_PROSE_LINE_WORDS,
    MIN_RUNNING_WORDS,
    SENTENCE_CLOSERS,
    has_words,
    introduced_by_colon,
    is_bare_figure,
    is_list_item,
    likely_languages,
    looks_like_title,
    normalize_line,
    words,
)
from scrapelint.rules.base import Category, FixAvailability, Options, rule

# A site name or section appended to a headline: "Storm Hits Coast | The Daily News".
_SITE_SUFFIX = lazy(r"\s+(?:[|·»–—-]{1,2}|::|:(?=\s))\s+\S")
MAX_SITE_SUFFIX_WORDS = 6

_DIGITS = lazy(r"\d")
_LETTER = lazy(r"\p{L}")

# A word, blanks on the same line, and the same word again; the check decides what counts.
_DOUBLED_WORD = lazy(
    r"(?<![\p{L}\p{N}\p{M}'’._@/-])(?P<first>\p{L}[\p{L}\p{M}]*)(?P<gap>[ \t]+)(?P<second>(?i:(?P=first)))"
    r"(?![\p{L}\p{N}\p{M}'’_@/-])"
)
_NEXT_WORD = lazy(r"[ \t]+(\p{L}[\p{L}\p{M}]*)")
_PREVIOUS_WORD = lazy(r"(?<![\p{L}\p{M}])(\p{L}[\p{L}\p{M}]*)[ \t]+$")
_SENTENCE_OPENERS = ".!?…:\n\"“‘«("


def _squeezed(text: str) -> str:
    """The text with its edges trimmed and inner whitespace collapsed: copies compare equal."""
    stripped = text.strip()
    if "  " in stripped or "\t" in stripped or "\n" in stripped:
        return " ".join(stripped.split())
    return stripped


def _all_squeezed(texts: Sequence[str]) -> list[str]:
    """``_squeezed`` of each of ``texts``: trimmed in C, and only the few with inner spacing
    to collapse handled one by one (a page has thousands of lines)."""
    squeezed = list(map(str.strip, texts))
    joined = "\0".join(squeezed)  # one search tells whether any of them holds a mark
    for mark in ("  ", "\t", "\n"):
        if mark not in joined:
            continue
        for index in compress(range(len(squeezed)), map(contains, squeezed, repeat(mark))):
            squeezed[index] = " ".join(squeezed[index].split())
    return squeezed


# What ends a sentence of prose (not a question); closing quotes or brackets may follow.
_PROSE_MARKS = (".", "!", "…", "。", "！")


def _ends_as_prose(text: str) -> bool:
    """Whether ``text`` ends with a mark of ``_PROSE_MARKS``, then any closers, and at most a
    line break (as a pattern's ``$`` allows); read off the end with str methods, where a
    pattern anchored at the end is tried at every position of the text."""
    if text.endswith("\n"):
        text = text[:-1]
    return text.rstrip(SENTENCE_CLOSERS).endswith(_PROSE_MARKS)


def _is_prose(text: str, min_words: int) -> bool:
    """A sentence or paragraph of running text, not a question, a list item or a row of figures.

    Questions repeat in interviews, and lines of figures repeat in tables and meal plans.
    """
    # The cheap tests first; most texts have no digit, and then no token has one.
    if not _ends_as_prose(text) or is_list_item(text):
        return False
    tokens = words(text)
    if len(tokens) < min_words:
        return False
    return not _DIGITS.search(text) or sum(1 for token in tokens if _DIGITS.search(token)) * 100 <= len(tokens) * 15


def _headline(doc: Document) -> Line | None:
    """The first non-blank line, when it reads as a headline."""
    for line in doc.lines:
        if not line.is_blank:
            return line if looks_like_title(line.text) and normalize_line(line.text) else None
    return None


def _site_suffixed(longer: str, shorter: str) -> bool:
    """Whether ``longer`` is ``shorter`` with a site or section name appended (both normalised)."""
    if not longer.startswith(shorter) or len(longer) == len(shorter):
        return False
    rest = longer[len(shorter):]
    return _SITE_SUFFIX.match(rest) is not None and len(words(rest)) <= MAX_SITE_SUFFIX_WORDS


@rule(
    code="D001",
    name="duplicated-headline",
    category=Category.DUPLICATION,
    summary="Headline printed again just below itself",
    fix=FixAvailability.ALWAYS,
    applicability=Applicability.SAFE,
    options={"window": 3},
)
def duplicated_headline(doc: Document, options: Options) -> Iterator[Finding]:
    """## What it flags
    The first non-empty line of the text, when it reads as a title (short, and not ending
    with a period), repeated within the next few non-empty lines (option `window`,
    default 3), ignoring case, spacing and edge punctuation. A byline or a date line may
    sit between the two copies. A copy that differs only by a site or section name
    appended after a separator ("Storm Hits Coast | The Daily News") is flagged too:
    then the copy that carries the name is the one flagged. A headline printed over and
    over has each copy flagged at once: each copy's removal brings the next into the
    window.

    ## Why it matters
    Page templates print the headline in the `<title>`, an `<h1>` and often an Open Graph
    block; scrapers and CMS exports keep more than one. The copy inflates the text,
    skews deduplication and reads as a stutter.

    ## Example
    ```text
    Behind Closed Doors: The Shadow Diplomacy of the Iran Standoff

    Behind Closed Doors: The Shadow Diplomacy of the Iran Standoff

    When the call ended, officials said nothing.
    ```
    The second line is flagged.

    ## Fix safety
    Safe for an identical repeat: it is the headline once case and spacing are ignored, so
    removing it (with one adjacent blank line) loses nothing. Unsafe when a line of five
    words or more stands between the copies (a dek, a paragraph): the second copy may be
    the heading of the body's first section under the page's title, and the copy to keep
    is the user's call. Unsafe too for a copy whose letters differ in case ("BEST FILM
    CAMERAS" under "Best Film Cameras"): the page set it apart, as a section's label or
    the body's own heading, and the copy to keep is the user's call. Unsafe for a copy with a
    site name: what follows the separator is usually the site, but can be the second half
    of the real title ("Brexit | What happens next"), so removing that line may lose words.
    """
    headline = _headline(doc)
    if headline is None:
        return
    title = normalize_line(headline.text)
    window = int(options["window"])
    between: list[Line] = []
    for line in islice(doc.lines, headline.index + 1, None):
        if line.is_blank:
            continue
        if len(between) >= window:
            return
        copy = normalize_line(line.text)
        if copy == title:
            # With a dek or a paragraph between them, the second copy may be the body's own
            # heading under the page's title: which copy to keep is the user's call.
            heads_body = any(has_words(other.text, MIN_PROSE_LINE_WORDS) for other in between)
            # Letter case a page set apart ("Best Film Cameras" over "Best film cameras"):
            # the copy may be another element, a section's label or the body's heading.
            recased = words(line.text) != words(headline.text)
            unsafe = heads_body or recased
            fix = Fix.unsafe if unsafe else Fix.safe
            yield Finding(
                line.start,
                line.end,
                f"Headline repeated (first printed on row {headline.index + 1})",
                fix("Remove the repeated headline", doc.remove_lines(line.index)),
            )
            if unsafe:
                return
            # The copy's removal brings the next line into the window: the copies that
            # rounds of safe fixes would find one after another are reported at once (a
            # headline printed over and over took a round each, and more than ten never settled).
            continue
        between.append(line)
        if _site_suffixed(copy, title) or _site_suffixed(title, copy):
            named = line if len(copy) > len(title) else headline
            other = headline if named is line else line
            yield Finding(
                named.start,
                named.end,
                f"Headline repeated with a site or section name (the plain copy is on row {other.index + 1})",
                Fix.unsafe("Remove the copy that carries the site name", doc.remove_lines(named.index)),
            )
            return


@rule(
    code="D002",
    name="repeated-paragraph",
    category=Category.DUPLICATION,
    summary="Paragraph printed twice",
    fix=FixAvailability.ALWAYS,
    applicability=Applicability.SAFE,
    options={"min-words": 10, "safe-min-words": 20},
)
def repeated_paragraph(doc: Document, options: Options) -> Iterator[Finding]:
    """## What it flags
    A paragraph that is an exact copy (spacing aside) of an earlier one:

    - right after the first copy, when it has at least three words (a doubled table
      header, a byline printed twice);
    - anywhere later, when it is running text of at least `min-words` words (default 10)
      that ends like a sentence, and the text holds exactly two copies.

    Paragraphs are lines in extracted text, blank-line separated blocks in hard-wrapped
    text. Left alone: list items; questions, which interviews ask each guest again; a
    later copy under a sentence that ends with a colon, which quotes the paragraph on
    purpose ("Let's repeat that, with emphasis:"; a label, "Included services:", does not);
    paragraphs made mostly of figures, which repeat in tables and meal plans; anything
    printed three or more times apart, which is the structure of the page, not an
    accident; and a repeat of the headline, which D001 reports.

    ## Why it matters
    Pagination overlaps, AMP and canonical versions stitched together, and summaries
    printed again above the body leave whole paragraphs twice in the text. The copy
    inflates the text and skews deduplication and training statistics.

    ## Example
    ```text
    The council voted 7-2 on Tuesday to close the Main Street bridge for repairs next spring.
    The council voted 7-2 on Tuesday to close the Main Street bridge for repairs next spring.
    ```
    The second line is flagged.

    ## Fix safety
    The fix removes the later copy. Safe for a copy of running text on one line with at
    least `safe-min-words` words (default 20), right after its first copy: a paragraph
    that long is not printed twice in a row on purpose, and the first copy keeps every
    word. Unsafe otherwise: short lines, and stanzas of hard-wrapped text, can be repeated
    on purpose (a chorus, a refrain), and so can a paragraph apart from its first copy
    (the same answer under two questions of an FAQ, the same step under two headings).
    Unsafe as well in a text that shows code (a listing, a session at a prompt, code
    split one token a line): a manual prints the same note under each tab of a listing
    in several languages, and a program's output repeats its lines. There a copy apart
    from its first copy, or a line of code, is display-only: a reference page repeats
    the same description under each entry that shares it, a tutorial the same note
    under each step, and a listing may hold the same line twice in a row.
    """
    blocks = doc.blocks
    keys, counts, repeated = _block_keys(doc)
    # Every finding is a block printed again; a short text often prints none, and its
    # headline is then not looked for.
    if not repeated:
        return
    headline = _headline(doc)
    title = normalize_line(headline.text) if headline is not None else None
    min_words, safe_min_words = int(options["min-words"]), int(options["safe-min-words"])
    first_seen: dict[str, int] = {}
    for number in _reportable_copies(keys, counts, repeated):
        block, key = blocks[number], keys[number]
        adjacent = keys[number - 1] == key and number > 0
        if adjacent:
            if len(words(key)) < 3 or not _LETTER.search(key):
                continue
        else:
            earlier = first_seen.setdefault(key, number)
            if earlier == number or not _is_prose(key, min_words):
                continue
            # A writer who quotes an earlier paragraph introduces it ("Let's repeat that,
            # with emphasis:", "She follows this sentence with:"); a page's stray copy is
            # introduced by nothing, or by a label ("Included services:", "writes:").
            if _introduced_by_sentence(doc, block.first_line):
                continue
        # Last, as the dearest tests: most repeated blocks of a page are menus printed on
        # every page, and the tests above leave them.
        if is_list_item(block.text) or title is not None and normalize_line(key) == title:
            continue
        # Apart from its first copy, a paragraph may be printed again on purpose: the same
        # answer under two questions, the same step of a plan under two headings.
        safe = adjacent and block.first_line == block.last_line and _is_prose(key, safe_min_words) and not doc.shows_code
        # A manual repeats its notes and descriptions under each entry, tab or listing on
        # purpose, and a listing may repeat a line of code: shown, never removed.
        shown = doc.shows_code and (not adjacent or doc.is_listing_line(block.first_line))
        remove = doc.remove_lines(block.first_line, block.last_line)
        kind = Fix.safe if safe else Fix.display_only if shown else Fix.unsafe
        fix = kind("Remove the repeated paragraph", remove)
        where = "just above" if adjacent else f"first printed on row {blocks[earlier].first_line + 1}"
        yield Finding(block.start, block.end, f"Paragraph repeated ({where})", fix)


MIN_INTRODUCING_WORDS = 4
"""The fewest words of a line that ends with a colon and introduces a paragraph quoted
again ("She follows this sentence with:"); a label has fewer ("Included services:")."""


def _introduced_by_sentence(doc: Document, index: int) -> bool:
    """Whether the nearest line with text above line ``index`` is a sentence of
    ``MIN_INTRODUCING_WORDS`` words or more that ends with a colon."""
    return introduced_by_colon(doc, index) and has_words(doc.nonblank_lines_before(index, 1)[0].text, MIN_INTRODUCING_WORDS)


def _reportable_copies(keys: Sequence[str], counts: Counter[str], repeated: Sequence[int]) -> list[int]:
    """The indices of the items D002 may report, in order: one of exactly two copies, or a
    copy right after the item before it (``repeated``: the indices of the items that occur
    more than once, in order).

    Picked among the repeated items alone: most blocks of a page are printed once."""
    return [number for number in repeated if counts[keys[number]] == 2 or number and keys[number - 1] == keys[number]]


MIN_QUOTED_SENTENCE_WORDS = 8
"""A line of a repeated run this long that ends like a sentence may be quoted on purpose."""
MIN_QUOTED_PIECES = 2
"""A repeated run with this many lines ending like sentences may be running text quoted on purpose."""
MIN_BLOCK_LETTERS = 10
"""A run with fewer letters ("Yes / No", "Q: / A:") is a pattern of answers, not residue."""
MAX_ROW_CELLS = 12
"""A repeated run this short may be a row of a table printed one cell a line (longer ones are menus)."""
MAX_DISTINCT_CELL_SHARE = 0.75
"""A row with no more than this share of distinct lines repeats values, as a table's cells do
("Yes / Yes / No"); a menu's sub-menus repeat labels ("Overview") only over longer runs."""
# A line that opens by going on with the line above: the value after a label ("Free" over
# ": Limited features"), the rest of a sentence broken at a link.
_GOES_ON = lazy(r"^\s*[,.;:)\]]")


_TEXT_OF_BLOCK = itemgetter(4)


@document_view
def _block_keys(doc: Document) -> tuple[list[str], Counter[str], list[int]]:
    """The text of each block, squeezed, how many blocks hold each, and the indices of the
    blocks whose text another block holds too: D002 and D003 read all three."""
    keys = _all_squeezed(list(map(_TEXT_OF_BLOCK, doc.blocks)))
    counts = Counter(keys)
    if len(counts) == len(keys):
        return keys, counts, []
    return keys, counts, _repeated_indices(keys, counts)


def _repeated_indices(keys: Sequence[str], counts: Counter[str]) -> list[int]:
    """The indices of the items that occur more than once (``counts``: how often each item occurs)."""
    # ``lt`` with ``repeat(1)``: a bound ``(1).__lt__`` is a slot wrapper, which costs
    # more per call (about 140 instructions an item).
    return list(compress(range(len(keys)), map(lt, repeat(1), map(counts.__getitem__, keys))))


def _repeated_runs(keys: Sequence[str], repeated: Sequence[int], max_lines: int) -> Iterator[tuple[int, int]]:
    """(start, length) of each run of at least two items that the same run follows at once
    (``repeated``: the indices of the items that occur more than once, in order)."""
    size = len(keys)
    # Only an item printed again can start a run: the others (most lines of a page) are skipped.
    following: dict[int, int] = {}  # the index of the next copy of each such item
    last_seen: dict[str, int] = {}
    for index in reversed(repeated):
        key = keys[index]
        if key in last_seen:
            following[index] = last_seen[key]
        last_seen[key] = index
    resume = 0
    for start in sorted(following):
        if start < resume:
            continue
        found = 0
        other = following[start]
        while other < size:
            length = other - start
            if length > max_lines or other + length > size:
                break
            if length >= 2 and keys[start + 1] == keys[other + 1] and keys[start:other] == keys[other:other + length]:
                found = length
                break
            other = following.get(other, size)
        if found:
            yield start + found, found
            resume = start + found


def _end_of_copies(keys: Sequence[str], start: int, length: int) -> int:
    """The index after the last of the copies in a row of the run ``keys[start:start + length]``."""
    end = start + length
    while keys[end:end + length] == keys[start:start + length]:
        end += length
    return end


def _heads_later_text(keys: Sequence[str], start: int, length: int, end: int, last_headings: dict[str, int]) -> bool:
    """Whether at least a third of the lines of the run ``keys[start:start + length]`` stand again
    after its copies in a row (which end at ``end``), each over a paragraph (a line of a dozen words or
    more): the run lists the headings of the text that follows (a table of contents, the questions of an
    FAQ). ``last_headings`` is ``_last_headings(keys, repeated)``."""
    run = set(keys[start:start + length])
    headings = [key for key in run if last_headings.get(key, -1) >= end]
    return len(headings) >= 2 and 3 * len(headings) >= len(run)


def _last_headings(keys: Sequence[str], repeated: Sequence[int]) -> dict[str, int]:
    """Each item printed more than once that stands over a paragraph (a line of a dozen words
    or more) somewhere, with the last index where it does (``repeated``: the indices of the
    items that occur more than once, in order).

    Found once for all the runs of a text: a search after each run for its lines took
    time in the square of the text's length (4x the text, 10x the time)."""
    last: dict[str, int] = {}
    over_paragraph: dict[str, bool] = {}  # the lines below recur too: each is counted once
    for index in reversed(repeated):
        if index == len(keys) - 1 or keys[index] in last:  # the last item stands over nothing
            continue
        below = keys[index + 1]
        if below not in over_paragraph:
            over_paragraph[below] = has_words(below, MIN_RUNNING_WORDS)
        if over_paragraph[below]:
            last[keys[index]] = index
    return last


def _heads_table(keys: Sequence[str], start: int, length: int, end: int) -> bool:
    """Whether the run ``keys[start:start + length]`` is the header row of a table printed one
    cell a line: it is short, and the two rows of as many lines after its copies (which end at
    ``end``) hold a bare figure in the same column ("Player / Plays / %" over "Jane Doe / 63 / 85%")."""
    if length > MAX_ROW_CELLS:
        return False
    rows = keys[end:end + 2 * length]
    return len(rows) == 2 * length and any(
        is_bare_figure(rows[column]) and is_bare_figure(rows[column + length]) for column in range(length)
    )


def _is_phrase(text: str) -> bool:
    """A phrase in sentence case, as an article's lists hold them ("Full control of the
    website"), not a label or a headline in title case ("Terms and Conditions of Use")."""
    later = words(text)[1:]
    return len(later) >= MIN_PROSE_LINE_WORDS - 1 and sum(1 for word in later if word[:1].islower()) * 2 > len(later)


def _reads_as_content(keys: Sequence[str], start: int, length: int, end: int) -> bool:
    """Whether the run ``keys[start:start + length]`` reads as the article's own content rather
    than a menu's labels: it is short and repeats values of its own (a table's row: "Yes /
    Yes / No", "Run Easy / 30 min / Cardio / 30 min"), a line of it goes on from the line
    above (a label's value, a sentence broken at a link), a third of its lines (two at
    least) are phrases in sentence case (a product's pros and cons), or it is a table's
    header row. A page may print such a block twice on purpose, in two tabs or over two
    tables, and its readers see both. ``end``: where the run's copies in a row end."""
    run = keys[start:start + length]
    if length <= MAX_ROW_CELLS and len(set(run)) <= MAX_DISTINCT_CELL_SHARE * length:
        return True
    if any(_GOES_ON.match(key) for key in run):
        return True
    phrases = sum(1 for key in run if _is_phrase(key))
    return (phrases >= 2 and 3 * phrases >= length) or _heads_table(keys, start, length, end)


@rule(
    code="D003",
    name="repeated-block",
    category=Category.DUPLICATION,
    summary="Run of lines printed twice in a row",
    fix=FixAvailability.ALWAYS,
    applicability=Applicability.SAFE,
    options={"max-lines": 200},
)
def repeated_block(doc: Document, options: Options) -> Iterator[Finding]:
    """## What it flags
    A run of two or more consecutive paragraphs (lines, in extracted text) followed at
    once by the same run again, ignoring blank lines and spacing: a share bar, a menu or
    a list of teasers printed twice. The run must hold at least two different lines and
    ten letters ("Yes / No" twice is a pattern of answers); runs longer than `max-lines`
    (default 200) are not looked for.

    ## Why it matters
    Responsive templates print navigation, share buttons and teaser lists once for
    small screens and once for large ones; text extraction keeps both. The second copy
    is pure noise, and a run of short lines printed twice defeats line-level
    deduplication heuristics that look at one line at a time.

    ## Example
    ```text
    Facebook
    Twitter
    Email
    Facebook
    Twitter
    Email
    ```
    The second Facebook–Email run is flagged.

    ## Fix safety
    The fix removes the second copy. Safe for a run of three lines or more of labels,
    names and headlines: the first copy keeps every line, and a page does not print
    such a run twice in a row on purpose. Unsafe for a run of two lines, which a song or
    a poem can repeat, and for a run that holds a sentence of eight words or more, or two
    lines that end like sentences (a reference split at its links): an article can
    repeat a quotation or a citation on purpose. Unsafe too for a run that lists the
    headings of the text after it (a third of its lines or more, at least two, stand
    again further on, each over a line of a dozen words or more): a table of contents
    or the questions of an FAQ, where the copy may be the body's own headings with
    their text folded away. Unsafe as well for a run that reads as content rather than a
    menu's labels, which a page may print twice on purpose (in two tabs, over two tables)
    and its readers see twice: a run of twelve lines at most of which a quarter or more
    repeat another (a table's row: "Yes / Yes / No"), a run with a line that goes on
    from the line above (": Limited features" under "Free", the rest of a sentence
    broken at a link), a run of which a third of the lines, two at least, are phrases
    of five words or more in sentence case (a product's pros and cons), and the header row of a table (twelve lines at most,
    over two rows that each hold a bare figure in the same column: "Player / Plays / %"
    over "Jane Doe / 63 / 85%"). Unsafe in a text that shows code (a listing, a session
    at a prompt, code split one token a line): names repeat in a listing, and so do the
    cells of an API's parameter table ("nullable / string / Expandable"). There a run
    that holds a line of code, a program's name in camel or snake case ("onClick",
    "url_for"), or a sentence or a piece of one (a note printed under each tab of a
    listing) is display-only: a listing split one token a line repeats its names, and a
    manual its notes.
    """
    blocks = doc.blocks
    keys, _, repeated = _block_keys(doc)
    last_headings: dict[str, int] | None = None
    copies: tuple[int, int, list[str]] = (0, 0, [])  # the last copies in a row read: where they start and end, and the run
    for start, length in _repeated_runs(keys, repeated, int(options["max-lines"])):
        run = keys[start:start + length]
        joined = " ".join(run)
        if len(set(run)) < 2 or len(words(joined)) < 2 or len(_LETTER.findall(joined)) < MIN_BLOCK_LETTERS:
            continue
        # A run printed many times in a row is reported at each copy after the first: where
        # the copies end is read once for them all, not again from each (quadratic in their number).
        copies_start, copies_end, copied = copies
        if not (copies_start <= start < copies_end and (start - copies_start) % length == 0 and run == copied):
            copies_end = _end_of_copies(keys, start, length)
            copies = (start, copies_end, run)
        first, last = blocks[start], blocks[start + length - 1]
        remove = doc.remove_lines(first.first_line, last.last_line)
        message = f"{length} lines repeated right after their first copy (rows {blocks[start - length].first_line + 1}–{blocks[start - 1].last_line + 1})"
        # A run that holds a sentence, or pieces of one that end like sentences (a reference
        # split at its links: "Bogue, Mike (2017).", "Company. p. 80."), may be a quotation
        # or a citation repeated on purpose.
        quoted = any(_is_prose(key, MIN_QUOTED_SENTENCE_WORDS) for key in run) or sum(
            1 for key in run if _ends_as_prose(key)
        ) >= MIN_QUOTED_PIECES
        # A run that lists the headings of the text after it (a table of contents, an FAQ's
        # questions) may be followed by the body's own headings with their text folded away.
        if last_headings is None:
            last_headings = _last_headings(keys, repeated)
        heads_later_text = _heads_later_text(keys, start, length, copies_end, last_headings)
        safe = (
            length >= 3
            and not quoted
            and not heads_later_text
            and not _reads_as_content(keys, start, length, copies_end)
            and not doc.shows_code
        )
        # In a text that shows code, a repeated run with a line of words is a note printed
        # under each tab of a listing, and a run with a line of code or a program's name
        # ("onClick", "url_for") is a piece of a listing split one token a line.
        shown = doc.shows_code and (quoted or any(map(_listed_or_noted, run)))
        kind = Fix.safe if safe else Fix.display_only if shown else Fix.unsafe
        fix = kind("Remove the second copy", remove)
        yield Finding(first.start, last.end, message, fix)


# A program's name as a listing writes it: a lower-case word that goes on in camel case
# or after an underscore ("onClick", "url_for"); product names open in capitals ("YouTube")
# or have one letter before the hump ("iPhone").
_CODE_NAME = lazy(r"(?<![\w$])[a-z][a-z0-9$]++(?:[A-Z]|_[a-z0-9])[\w$]*+")


def _listed_or_noted(key: str) -> bool:
    """Whether a line of a repeated run is a line of code, a program's name, or a piece of
    a sentence: ``MIN_QUOTED_SENTENCE_WORDS`` words or more with a comma ("For more
    information, see" over its link), which a menu's labels and a form's consent line
    are not."""
    if _CODE_NAME.fullmatch(key) is not None or is_code_line(key):
        return True
    return "," in key and len(key.split()) >= MIN_QUOTED_SENTENCE_WORDS


_SENTENCE_BREAKS = ("! ", "? ", "… ", ".” ", '." ', ".’ ", "!” ", "?” ")


MIN_SENTENCE_CHARS = 40
"""The shortest sentence (its spacing collapsed) that is compared with the others."""


def _has_repeated_sentence_candidate(text: str, lines: Sequence[str]) -> bool:
    """A cheap first look: a piece of ``MIN_SENTENCE_CHARS`` or more between sentence ends, inside a
    line of several sentences, occurs again in another line (``lines``: ``text.split("\\n")``,
    which the document holds already).

    For a text whose lines are its blocks: the rule reads a hard-wrapped text, whose
    sentences run over line breaks, without this look. The look cuts lines at the usual
    sentence breaks only (``_SENTENCE_BREAKS``) and compares pieces with their spacing as it
    is: a sentence that ends with other closers (".» ", ".) "), before a tab, with a full
    stop of an unspaced script, or whose copies are spaced differently is missed. Each way
    to catch those (cutting at every break the rule's pattern knows, collapsing the spacing
    of each piece) cost the look 1.4 to 2 times its time on naive pages.
    """
    # The breaks by the character before their space, for the characters the text holds: a
    # search for one character runs at memory speed, one for two at a fraction of it, and
    # most lines lack most of these characters.
    breaks: dict[str, list[str]] = {}
    for mark in _SENTENCE_BREAKS:
        if mark[-2] in text:
            breaks.setdefault(mark[-2], []).append(mark)
    inside: set[str] = set()
    alone: set[str] = set()
    # A break replaced leaves a line as long or shorter: a line too short as it is (most
    # lines of a page) is neither searched nor rewritten.
    for line in compress(lines, map(le, repeat(MIN_SENTENCE_CHARS), map(len, lines))):
        for char, marks in breaks.items():
            if char in line:
                for mark in marks:
                    line = line.replace(mark, ". ")
        if len(line) < MIN_SENTENCE_CHARS:
            continue
        if ". " not in line:
            piece = line.strip().rstrip(".")
            if piece in inside:
                return True
            alone.add(piece)
            continue
        for piece in line.split(". "):
            if len(piece) >= MIN_SENTENCE_CHARS:
                piece = piece.strip().rstrip(".")
                if piece in inside or piece in alone:
                    return True
                inside.add(piece)
    return False


@rule(
    code="D004",
    name="repeated-sentence",
    category=Category.DUPLICATION,
    summary="Sentence printed twice",
    fix=FixAvailability.SOMETIMES,
    applicability=Applicability.DISPLAY_ONLY,
    options={"min-words": 10, "max-distance": 20},
)
def repeated_sentence(doc: Document, options: Options) -> Iterator[Finding]:
    """## What it flags
    A sentence of running text, at least `min-words` words long (default 10), that the
    text holds exactly twice, where at least one copy shares its paragraph with other
    sentences (two whole-paragraph copies are D002's business). Questions, list items
    and sentences made mostly of figures are left alone, as for D002.

    When one copy stands alone as a paragraph, it is flagged: it is the typical pull
    quote, image caption or summary that a page prints beside the body. Otherwise the
    later copy is flagged, if it is at most `max-distance` paragraphs (default 20) after
    the first: a sentence restated far from its first use is usually deliberate (an
    introduction recalled in the conclusion). Two paragraphs that are copies of each
    other are D002's business.

    ## Why it matters
    Pull quotes, captions and standfirsts repeat a sentence of the article in a box of
    their own; extraction flattens the box into the text, and the sentence reads twice.
    Copy-paste slips in editing leave the same effect.

    ## Example
    ```text
    The mayor spoke for an hour. No one bothered mentioning that the budget is not the city's problem to solve.

    No one bothered mentioning that the budget is not the city's problem to solve.
    ```
    The standalone copy on the third line is flagged.

    ## Fix safety
    Display-only, and only for a copy that stands alone: the suggested fix removes that
    paragraph, and the other copy keeps the words. It is never applied: article bodies
    as editors keep them hold their pull quotes (on real pages with human-edited gold
    bodies, every standalone copy that this fix removed was in the gold), and a writer
    may repeat a sentence on purpose (a refrain, a summary). No fix when both copies sit
    inside paragraphs: which one to keep is an editor's choice.
    """
    if not doc.is_hard_wrapped and not _has_repeated_sentence_candidate(doc.text, doc.row_texts(1, len(doc.lines))):
        return
    min_words, max_distance = int(options["min-words"]), int(options["max-distance"])
    candidates: dict[str, list[int]] = {}
    # A sentence is never longer than its block: only long blocks are split into sentences.
    sentences = doc.sentences_of([number for number, block in enumerate(doc.blocks) if len(block.text) >= MIN_SENTENCE_CHARS])
    for number, sentence in enumerate(sentences):
        key = _squeezed(sentence.text)
        if len(key) >= MIN_SENTENCE_CHARS:
            candidates.setdefault(key, []).append(number)
    repeated = [(key, numbers) for key, numbers in candidates.items() if len(numbers) == 2 and _is_prose(key, min_words)]
    if not repeated:
        return
    blocks = doc.blocks
    # Each paragraph squeezed once: a long paragraph holds many repeated sentences, and
    # squeezing it for each of them took time quadratic in its length.
    squeezed_blocks: dict[int, str] = {}
    for key, numbers in repeated:
        copies = [sentences[number] for number in numbers]
        holders = [blocks[copy.paragraph] for copy in copies]
        for copy, holder in zip(copies, holders):
            if copy.paragraph not in squeezed_blocks:
                squeezed_blocks[copy.paragraph] = _squeezed(holder.text)
        texts = [squeezed_blocks[copy.paragraph] for copy in copies]
        alone = [text == key for text in texts]
        if texts[0] == texts[1] or any(is_list_item(holder.text) for holder in holders):
            continue
        if any(alone):
            index = alone.index(True)
            copy, holder = copies[index], holders[index]
            other = copies[1 - index]
            remove = doc.remove_lines(holder.first_line, holder.last_line)
            yield Finding(
                copy.start,
                copy.end,
                f"Sentence printed again on a line of its own (also on row {doc.position(other.start).row})",
                Fix.display_only("Remove the standalone copy", remove),
            )
        elif copies[1].paragraph - copies[0].paragraph <= max_distance:
            yield Finding(
                copies[1].start,
                copies[1].end,
                f"Sentence repeated (first printed on row {doc.position(copies[0].start).row})",
            )


def _listed_doubles(text: str, listed: frozenset[str]) -> Iterator[regex.Match[str]]:
    """Doubles of the listed words, found with plain string searches: a pattern that tries
    every word of the text is many times slower, and these doubles are rare. The second
    copy is in lower case, the first too or capitalised; one space sits between."""
    needles, initials = _double_needles(listed)
    starts = set()
    find = text.find
    blocks = scan_blocks(text)
    # The needles hold no line break: each copy lies within a block.
    for block_start, block_stop in blocks:
        # Each needle's first search in C: a text holds few of the doubles, or none.
        firsts = first_offsets(text, needles, blocks, block_start, block_stop)
        if firsts.count(-1) == len(firsts):
            continue
        for needle, first_characters, found in zip(needles, initials, firsts):
            while found != -1:
                if not first_characters:
                    starts.add(found)
                elif found and text[found - 1] in first_characters:
                    starts.add(found - 1)
                found = find(needle, found + 1, block_stop)  # copies that overlap count too
    for start in sorted(starts):
        # Most hits lie inside longer words ("NASA announced" holds "A a"): the pattern's
        # lookbehind refuses a start after an ASCII letter or digit, and a text whose hits
        # are all such need not compile the pattern (3.4M instructions).
        before = text[start - 1] if start else ""
        if before.isascii() and before.isalnum():
            continue
        match = _DOUBLED_WORD.match(text, start)
        if match is not None:
            yield match


@lru_cache(maxsize=8)
def _double_needles(listed: frozenset[str]) -> tuple[tuple[str, ...], tuple[tuple[str, ...], ...]]:
    """What ``_listed_doubles`` searches for, built once for the words of a set of
    languages: each double, and the characters that may open it ("" for none).

    "the the" and "The the" differ in their first character only: one search for the
    rest ("he the"), and that character checked at each (rare) hit."""
    needles: list[str] = []
    initials: list[tuple[str, ...]] = []
    for word in sorted(listed):
        capitalised = word.capitalize()
        if capitalised != word and len(word) > 1 and capitalised[1:] == word[1:]:
            needles.append(f"{word[1:]} {word}")
            initials.append((word[0], capitalised[0]))
        else:
            for first in sorted({word, capitalised}):
                needles.append(f"{first} {word}")
                initials.append(())
    return tuple(needles), tuple(initials)


@lru_cache(maxsize=None)
def _never_doubled(languages: frozenset[str]) -> frozenset[str]:
    by_language = phrases.load_by_language("never-doubled-words")
    return frozenset().union(*(by_language.get(language, frozenset()) for language in languages))


@rule(
    code="D005",
    name="doubled-word",
    category=Category.DUPLICATION,
    summary="Word printed twice in a row",
    fix=FixAvailability.ALWAYS,
    applicability=Applicability.SAFE,
    options={"any-word": False},
)
def doubled_word(doc: Document, options: Options) -> Iterator[Finding]:
    """## What it flags
    The same word twice in a row on one line ("the the", "für ein ein duales Studium"),
    where the word is an article, preposition or conjunction that is never correctly
    doubled in the language the text is written in. With the option `any-word` (default
    false), any other lower-case word doubled is flagged too ("celebrates celebrates").

    Left alone: doubles that can be right ("had had", "that that", "is is", German "die
    die" after a comma, French "nous nous"); names and capitalised pairs ("Walla Walla",
    "Duran Duran"); three or more in a row, which are deliberate ("no no no", "la la
    la"); numbers; a word at the end of a line and again at the start of the next (a
    heading and its first sentence); URLs and code.

    ## Why it matters
    Doubled words come from editing slips and from templates that join a field to text
    that already starts with the same word. They read as sloppy and, in a corpus, teach a
    model the stutter.

    ## Example
    ```text
    Sharing my full letter on the the sentencing of Patrick Carlineo.
    ```

    ## Fix safety
    The fix removes the second copy and the space before it. Safe for the listed
    function words: no sentence needs them twice. Unsafe for other words (`any-word`):
    reduplication is grammatical in some languages ("amat amat" in Indonesian) and
    some doubles are idioms ("bye bye", "so so"), which a list cannot exhaust.
    """
    text = doc.text
    languages = likely_languages(text, "open-clause-words")
    never_doubled = _never_doubled(languages)
    any_word = bool(options["any-word"])
    if any_word:
        matches = _DOUBLED_WORD.finditer(text)
    elif never_doubled:
        matches = _listed_doubles(text, never_doubled)
    else:
        return
    for match in matches:
        first, second = match["first"], match["second"]
        if not second.islower():
            continue
        if first != second:
            # "The the" at the start of a sentence; "New new" in a title is left alone.
            before = text[max(0, match.start() - 20):match.start()].rstrip(" \t")[-1:]
            if first != second.capitalize() or before and before not in _SENTENCE_OPENERS:
                continue
        after = _NEXT_WORD.match(text, match.end())
        previous = _PREVIOUS_WORD.search(text, max(0, match.start() - 40), match.start())
        if any(found is not None and found[1].casefold() == second for found in (after, previous)):
            continue
        if doc.in_url(match.start(), match.end()) or doc.in_code(match.start(), match.end()):
            continue
        edit = Edit(match.end("first"), match.end("second"))
        if second in never_doubled:
            yield Finding(match.start("second"), match.end("second"), f"Word doubled: {first} {second!r}", Fix.safe("Remove the second copy", edit))
        elif any_word and second not in _legitimate_doubles(languages) and not _DIGITS.search(second):
            yield Finding(match.start("second"), match.end("second"), f"Word doubled: {first} {second!r}", Fix.unsafe("Remove the second copy", edit))


@lru_cache(maxsize=None)
def _legitimate_doubles(languages: frozenset[str]) -> frozenset[str]:
    by_language = phrases.load_by_language("legitimate-doubles")
    return frozenset().union(*(by_language.get(language, frozenset()) for language in languages))


def _opening_sentence_pattern(core: str) -> regex.Pattern[str]:
    """A line that opens with the headline ``core`` as a whole sentence, more text after it."""
    closes_itself = core[-1] in "?!…"
    return regex.compile(
        r"\s*" + r"\s+".join(regex.escape(part) for part in core.split(" "))
        + (r"(?P<end>[\"'”’»)]*)" if closes_itself else r"(?P<end>[.!?…]+[\"'”’»)]*)")
        + r"\s+(?=\S)",
        regex.IGNORECASE,
    )


def _holds_each_word(text: str, core: str) -> bool:
    """Whether ``text`` holds each word of the headline ``core`` ignoring case, as a line
    that ``_opening_sentence_pattern(core)`` matches does: the pattern costs a millisecond
    or more to compile, and most lines that open with the headline's first word go on
    with other words."""
    folded = caseless(text)
    return all(caseless(part) in folded for part in core.split(" "))


@rule(
    code="D006",
    name="headline-as-lede",
    category=Category.DUPLICATION,
    summary="Headline repeated as the first sentence of the body",
    fix=FixAvailability.ALWAYS,
    applicability=Applicability.UNSAFE,
    options={"window": 3},
)
def headline_as_lede(doc: Document, options: Options) -> Iterator[Finding]:
    """## What it flags
    A text whose first line reads as a headline, and whose body, within the next few
    non-empty lines (option `window`, default 3), opens with the headline again as a
    complete sentence followed by more text: "Storm Hits Coast\\n\\nStorm hits coast.
    Winds reached 90 mph…". Case and spacing are ignored; a byline or a date may sit
    between. A lede that merely starts with the same words and goes on ("Storm hits
    coast, killing three") is left alone; a line that repeats the headline and nothing
    else is D001's business.

    ## Why it matters
    Feeds and CMS exports often build the description from the title and the body, so
    the headline is printed a second time as the opening sentence. The text then says
    the same thing twice in its first lines.

    ## Example
    ```text
    Storm Hits Coast

    Storm hits coast. Winds reached 90 mph overnight and thousands lost power.
    ```
    "Storm hits coast." on the third line is flagged.

    ## Fix safety
    Unsafe: the fix removes the repeated sentence from the body and keeps the headline,
    but some publishers open the body with the headline on purpose, and the body copy
    may be the one an editor wants to keep.
    """
    headline = _headline(doc)
    if headline is None:
        return
    core = _squeezed(headline.text).lstrip("#").strip().rstrip(".:;,")
    if len(words(core)) < 3:
        return
    # Compiling a pattern per text is costly: first find a line that opens with the headline's first word.
    first_word = core.split(" ", 1)[0].casefold()
    candidates = [
        line for line in doc.nonblank_lines_after(headline.index, int(options["window"]))
        if line.text.lstrip().casefold().startswith(first_word) and _holds_each_word(line.text, core)
    ]
    if not candidates:
        return
    pattern = _opening_sentence_pattern(core)
    for line in candidates:
        match = pattern.match(line.text)
        if match is None:
            continue
        start = line.start + len(line.text) - len(line.text.lstrip())
        end = line.start + match.end("end")
        yield Finding(
            start,
            end,
            f"Headline repeated as the first sentence of the body (headline on row {headline.index + 1})",
            # The match ends with the blanks before the rest of the line: they go with the sentence.
            Fix.unsafe("Remove the repeated sentence from the body", Edit(start, line.start + match.end())),
        )
        return
