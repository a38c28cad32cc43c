"""Typography: spacing around punctuation, doubled marks and mixed quote styles."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator
from functools import lru_cache

import regex

from scrapelint import phrases
from scrapelint.diagnostics import Applicability, Edit, Finding, Fix
from scrapelint.document import Document, find_all
from scrapelint.patterns import LazyPattern, lazy
from scrapelint.predicates import LETTER_OR_NUMBER, likely_languages
from scrapelint.rules.base import Category, FixAvailability, Options, rule

# -- P001 space-before-punctuation -------------------------------------------------------

# A space (not a no-break space, which is typographic intent) between a word and a comma,
# period, semicolon, exclamation or question mark that ends the word. Dots of a spaced
# ellipsis (". . .") and marks that start a token (".NET", ".5") are not followed by a space;
# a winking smiley (";)", ";-)") is not a semicolon.
_SPACE_BEFORE = lazy(
    r"(?<=[\p{L}\p{N}”’»)\]])(?P<space>[ \t]+)(?P<mark>,|\.(?![ \t]*\.)|;(?!-?\))|[!?])(?=\s|$|[\"”’»)\]])"
)
_SPACED_MARKS = tuple(blank + mark for blank in " \t" for mark in ",.;!?")
# French puts a (thin) space before these on purpose; its function words are in the
# open-clause word lists.
_HIGH_MARKS = frozenset(";!?")
_LANGUAGE_WORDS = "open-clause-words"
_BLANKS_BEFORE_HIGH_MARK = frozenset(" \t\u00a0\u202f")


@lru_cache(maxsize=1)
def _high_mark() -> re.Pattern[str]:
    return re.compile(r"[;!?]")


def _looks_french(text: str) -> bool:
    return "«" in text or "»" in text or "fr" in likely_languages(text, _LANGUAGE_WORDS)


def _spaces_high_marks_on_purpose(text: str) -> bool:
    """Whether the text puts a space before ; ! ? as a rule, not by accident: more of these
    marks follow a blank than a letter or a digit."""
    # The marks are found by the standard library's engine, which scans for them in C, and
    # the character before each is read here: a pattern that opens with a lookbehind is
    # tried at every position of the text (2.3x the time on the dev pages joined).
    spaced = tight = 0
    letter_or_number = LETTER_OR_NUMBER.match
    for mark in _high_mark().finditer(text, 1):
        before = mark.start() - 1
        if text[before] in _BLANKS_BEFORE_HIGH_MARK:
            spaced += 1
        elif letter_or_number(text, before):
            tight += 1
    return spaced >= 2 and spaced >= tight


@rule(
    code="P001",
    name="space-before-punctuation",
    category=Category.TYPOGRAPHY,
    summary="Space between a word and the punctuation mark that follows it",
    fix=FixAvailability.ALWAYS,
    applicability=Applicability.SAFE,
)
def space_before_punctuation(doc: Document, options: Options) -> Iterator[Finding]:
    """## What it flags
    A space or tab between a word (or a closing quote or bracket) and a following comma,
    period, semicolon, exclamation mark or question mark: "Creating Offers , Online
    Business", "the end .". Scrapers produce it when they join inline elements (a link,
    an emphasis) with a space. The rule leaves alone the conventions that want a space:
    French puts one before `; ! ?`, so those marks are not flagged in a document or a
    paragraph that reads as French (from its function words or its guillemets), nor in a
    text that spaces them as a rule. A no-break or narrow no-break space is always
    deliberate; colons are never flagged ("VIP : 60,000" labels, French and Korean usage);
    spaced ellipses (". . ."), ".NET", ".5" and winking smileys (";)") are not punctuation
    after a word. In a text that shows code (a listing, a session at a prompt), lines
    that read as code ("import { useState } from 'react' ;") are left alone.

    ## Why it matters
    The stray space is a visible seam in the text; it splits tokens for search and
    deduplication ("Offers ," and "Offers," differ) and often marks where markup was.

    ## Example
    ```text
    The firm sells tools for Creating Offers , Online Business and more .
    ```

    ## Fix safety
    Safe: the fix removes only the spaces between the word and the mark; no character of
    the text changes.
    """
    text = doc.text
    # Found with str.find: a pattern that opens with a class is tried at every position.
    spaced_marks = find_all(text, *_SPACED_MARKS)
    if not spaced_marks:
        return
    paragraph_starts = [paragraph.start for paragraph in doc.paragraphs]
    french: dict[int, bool] = {}
    document_french: bool | None = None
    for match in _spaces_before_marks(text, spaced_marks):
        mark = match["mark"]
        start, end = match.start("space"), match.end("mark")
        if doc.in_url(start, end) or doc.is_listing_line(doc.line_index(start)):
            continue
        if mark in _HIGH_MARKS:
            if document_french is None:
                document_french = "fr" in likely_languages(text, _LANGUAGE_WORDS) or _spaces_high_marks_on_purpose(text)
            number = bisect_right(paragraph_starts, start) - 1
            if number not in french:
                french[number] = document_french or _looks_french(doc.paragraphs[number].text)
            if french[number]:
                continue
        yield Finding(
            start,
            end,
            f"Space before {mark!r}",
            Fix.safe(f"Remove the space before {mark!r}", Edit(start, match.end("space"))),
        )


def _spaces_before_marks(text: str, spaced_marks: list[int]) -> Iterator[regex.Match[str]]:
    """What ``_SPACE_BEFORE.finditer(text)`` finds, tried only at each run of blanks before a
    mark (``spaced_marks``, the offsets of a blank before one): the pattern's lookbehind
    would otherwise be tried at every character."""
    for start in spaced_marks:
        while start > 0 and text[start - 1] in " \t":
            start -= 1
        match = _SPACE_BEFORE.match(text, start)
        if match is not None:
            yield match


# -- P002 missing-space-after-punctuation ------------------------------------------------


@lru_cache(maxsize=1)
def _glued_sentences() -> regex.Pattern[str]:
    # A lowercase word (capitalised at most) of two letters or more, a sentence mark, then a
    # capitalised word: "Wednesday.The". Abbreviations ("Gen.Smith"), domain and file names
    # ("Booking.Com", "Index.Html"), dotted names ("java.Util.List") and identifiers
    # ("Console.WriteLine", "os.Create(", "account.Name)") are not sentences.
    return regex.compile(
        r"(?<![\p{L}\p{N}\p{M}.@/\\_'’-])(?P<word>\p{Lu}?\p{Ll}{2,})(?P<mark>[.!?])"
        r"(?P<next>\p{Lu}\p{Ll}+)(?![\p{L}\p{N}]|[.@/_][\p{L}\p{N}]|[(\[<=;)])",
        regex.V1,
    )


# Where to look closely: a lowercase letter, a sentence mark and a capital.
_GLUE = lazy(r"\p{Ll}[.!?]\p{Lu}")
# Words are looked for this far back from a mark.
_LONGEST_WORD = 40


@lru_cache(maxsize=1)
def _not_sentence_words() -> tuple[frozenset[str], frozenset[str]]:
    return frozenset(phrases.load("period-abbreviations")), frozenset(phrases.load("name-suffixes"))


def _glued_marks(text: str) -> Iterator[int]:
    """Where ``_GLUE`` matches, looked for at the marks only: the pattern, opening with a
    letter class, is tried at every position of the text. Neighbours in ASCII are tested
    here; others are left to the pattern."""
    last = len(text) - 1
    for mark in find_all(text, ".", "!", "?"):
        if not 0 < mark < last:
            continue
        before, after = text[mark - 1], text[mark + 1]
        if (
            ("a" <= before <= "z" or not before.isascii())
            and ("A" <= after <= "Z" or not after.isascii())
            and _GLUE.match(text, mark - 1)
        ):
            yield mark - 1


class _GluedCopies:
    """``text.count(pair)`` for a glued pair ("Rocket.Chat"), read at the glue points only.

    Each copy of a pair has its glue (a lowercase letter, the mark, a capital) at one of
    the points ``_glued_marks`` found: the copies are looked for there, not by a reading of
    the whole text for each pair, which made the rule's cost grow with the square of the
    text's length.
    """

    def __init__(self, text: str, glues: list[int]) -> None:
        self._text = text
        self._by_neighbours: dict[str, list[int]] = {}
        for glue in glues:
            self._by_neighbours.setdefault(text[glue - 1:glue + 4], []).append(glue)
        self._counts: dict[str, int] = {}

    def count(self, pair: str, glue: int) -> int:
        """How many copies of ``pair``, whose glue is at ``pair[glue]``, the text holds
        (copies that overlap count once, as with ``str.count``)."""
        if pair not in self._counts:
            # A word has two letters or more, the next word two characters or more.
            points = self._by_neighbours.get(pair[glue - 1:glue + 4], ())
            count, free_from = 0, 0
            for start in (point - glue for point in points):
                if start >= free_from and self._text.startswith(pair, start):
                    count += 1
                    free_from = start + len(pair)
            self._counts[pair] = count
        return self._counts[pair]


@rule(
    code="P002",
    name="missing-space-after-punctuation",
    category=Category.TYPOGRAPHY,
    summary="Two sentences glued together without a space",
    fix=FixAvailability.ALWAYS,
    applicability=Applicability.SAFE,
)
def missing_space_after_punctuation(doc: Document, options: Options) -> Iterator[Finding]:
    """## What it flags
    A period, exclamation mark or question mark glued to the capitalised word that starts
    the next sentence: "reported on Wednesday.The stabbing", "Have your say.Give us
    feedback". The word before the mark must be a lowercase word of two letters or more
    (capitalised at most), so initials ("J.R.R. Tolkien"), "U.S.", "e.g.", "3.5" and
    "Ph.D." never match. URLs, e-mail addresses, domain and file names ("Booking.Com",
    "index.Html", "Node.Js"), dotted names ("java.Util.List"), identifiers
    ("Console.WriteLine", and a name followed by "(", "[", "<", "=", ";" or ")", as in
    "os.Create(name)"), abbreviations ("Gen.Smith", "approx.Ten") and words joined by a
    period that the text holds twice or more (the name "Rocket.Chat") are left alone. In
    a text that shows code (a listing, a session at a prompt), so are lines that read as
    code ("class Person(models.Model):").

    ## Why it matters
    Converters that join block elements without a separator glue the last sentence of one
    paragraph to the first of the next; the glued token ("Wednesday.The") is not a word,
    and sentence splitters, search and tokenisers all get it wrong.

    ## Example
    ```text
    The assailant was arrested, police reported on Wednesday.The stabbing occurred at noon.
    ```

    ## Fix safety
    Safe: the fix inserts one space after the mark and changes nothing else.
    """
    text = doc.text
    glues = list(_glued_marks(text))
    copies = None
    for candidate in glues:
        word_start = candidate
        while word_start > 0 and text[word_start - 1].isalpha() and candidate - word_start < _LONGEST_WORD:
            word_start -= 1
        match = _glued_sentences().match(text, word_start)
        if match is None:
            continue
        abbreviations, suffixes = _not_sentence_words()
        if match["word"].casefold() in abbreviations or match["next"].casefold() in suffixes:
            continue
        start, end = match.start("mark"), match.end("next")
        if doc.in_url(match.start(), end) or doc.is_listing_line(doc.line_index(start)):
            continue
        if match["mark"] == ".":
            copies = copies or _GluedCopies(text, glues)
            if copies.count(match[0], match.end("word") - 1 - match.start()) > 1:  # a name ("Rocket.Chat")
                continue
        mark = match["mark"]
        yield Finding(
            start,
            end,
            f"Missing space after {mark!r} before {match['next']!r}",
            Fix.safe(f"Insert a space after {mark!r}", Edit(match.end("mark"), match.end("mark"), " ")),
        )


# -- P003 mixed-quote-styles -------------------------------------------------------------

# A straight double quote after a digit is an inch mark (5'10", 12" pizza).
_STRAIGHT_QUOTE = lazy(r'(?<!\p{N})"')
_CURLY_QUOTE = lazy(r"[“”]")


@rule(
    code="P003",
    name="mixed-quote-styles",
    category=Category.TYPOGRAPHY,
    summary="Paragraph mixes straight and curly double quotes",
    default=False,
)
def mixed_quote_styles(doc: Document, options: Options) -> Iterator[Finding]:
    """## What it flags
    A paragraph that uses both straight double quotes (`"`) and curly ones (`“ ”`), as in
    `“The end of the year is popular," she said.` The first quote of the less used style
    is reported. Inch marks after a digit (`12" pizza`) do not count. Off by default:
    edited news text mixes styles often enough that this is a style check, not residue.

    ## Why it matters
    Mixed styles show that text from different sources (or a CMS that curls some quotes
    and not others) was stitched together; quote-aware tools, such as a splitter that
    keeps quotations whole, may pair the wrong marks.

    ## Example
    ```text
    “The end of the calendar year is a popular time for purchases," the analyst said.
    ```

    ## Fix safety
    No fix: turning a straight quote into an opening or a closing curly quote needs to
    know which one it is, and the style the text should use is the editor's choice.
    """
    text = doc.text
    if '"' not in text or "“" not in text and "”" not in text:
        return
    for paragraph in doc.blocks:
        straight = list(_STRAIGHT_QUOTE.finditer(paragraph.text))
        curly = list(_CURLY_QUOTE.finditer(paragraph.text))
        if not straight or not curly:
            continue
        minority = straight if len(straight) <= len(curly) else curly
        start = paragraph.start + minority[0].start()
        if doc.in_url(start, start + 1):
            continue
        yield Finding(
            start,
            start + 1,
            f"Paragraph mixes straight and curly double quotes ({len(straight)} straight, {len(curly)} curly)",
        )


# -- P004 doubled-punctuation ------------------------------------------------------------

# ",," or ";;" after a character and before a space: the German opening quote typed as
# two commas (",,Hallo") comes after a space and before a word, and is left alone.
_DOUBLED_MARK = lazy(r"(?<=[^\s,;])(?P<mark>,,|;;)(?=\s|$)")
# Two periods after a letter, not part of a longer run of dots; then the word before them
# (an abbreviation with inner periods counts as one word: "U.S..") and what follows.
_DOUBLED_PERIOD = lazy(r"(?<=\p{L})\.\.(?!\.)")
_WORD_BEFORE = lazy(r"(?<![\p{L}\p{N}.])(?:\p{L}\.)*\p{L}+\Z")
_CAPITAL_AFTER = lazy(r"\s+[\"“‘«(\[]?\p{Lu}")


def _matches_at(pattern: LazyPattern, text: str, offsets: list[int]) -> Iterator[regex.Match[str]]:
    """The matches of ``pattern`` that start at ``offsets``, in order."""
    for offset in offsets:
        match = pattern.match(text, offset)
        if match is not None:
            yield match


@rule(
    code="P004",
    name="doubled-punctuation",
    category=Category.TYPOGRAPHY,
    summary="Punctuation mark typed twice",
    fix=FixAvailability.ALWAYS,
    applicability=Applicability.SAFE,
)
def doubled_punctuation(doc: Document, options: Options) -> Iterator[Finding]:
    """## What it flags
    A comma or semicolon typed twice before a space ("pens,, paper"), and two periods
    after a word where one is meant: after an abbreviation ("media, etc.. requires",
    "Apple Inc..") or before a new capitalised sentence ("the end.. The next"). Ellipses
    ("...", "…"), longer runs of dots, two dots before lowercase text ("wait.. what", a
    deliberate two-dot ellipsis), URLs and paths ("../"), "!!", "?!" and "??" (emphasis,
    not typos) and the German opening quote typed as two commas (",,Hallo") are left alone.

    ## Why it matters
    Doubled marks are usually seams: an abbreviation's period followed by the sentence's
    own, or a separator the template added after text that already had one.

    ## Example
    ```text
    We work with strategic partners, media, etc.. The plan needs support,, and time.
    ```

    ## Fix safety
    Removing the second comma or semicolon, or the period after an abbreviation, is safe:
    the result is what the sentence means. Two periods after an ordinary word before a
    capital might be a shortened ellipsis: turning them into one period is unsafe.
    """
    text = doc.text
    # Each search for two characters reads the whole text: each is made once.
    doubled_marks = find_all(text, ",,", ";;")
    doubled_periods = find_all(text, "..")
    if not doubled_marks and not doubled_periods:
        return
    abbreviations, _ = _not_sentence_words()
    # Both patterns open with a look-behind, and over the whole text they are tried at every
    # position: they are tried only where their marks are.
    for match in _matches_at(_DOUBLED_MARK, text, doubled_marks):
        start, end = match.span("mark")
        if doc.in_url(start, end):
            continue
        mark = match["mark"][0]
        yield Finding(start, end, f"{mark!r} typed twice", Fix.safe(f"Keep one {mark!r}", Edit(start + 1, end)))
    for match in _matches_at(_DOUBLED_PERIOD, text, doubled_periods):
        start, end = match.span()
        before = _WORD_BEFORE.search(text, max(0, start - _LONGEST_WORD), start)
        if before is None or doc.in_url(before.start(), end):
            continue
        word = before[0]
        if "." in word or word.casefold() in abbreviations:
            fix = Fix.safe("Keep one period", Edit(start + 1, end))
        elif _CAPITAL_AFTER.match(text, end):
            fix = Fix.unsafe("Keep one period", Edit(start + 1, end))
        else:
            continue
        yield Finding(start, end, f"Two periods after {word!r}", fix)
