"""Truncation: sentences and paragraphs cut short by character limits and teasers."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterator, Sequence
from functools import lru_cache
from itertools import compress, repeat
from operator import itemgetter, le, methodcaller

import regex

from scrapelint import phrases
from scrapelint.diagnostics import Applicability, Edit, Finding, Fix
from scrapelint.document import Document, Line, Paragraph
from scrapelint.patterns import caseless, lazy
from scrapelint.predicates import (
    Quotations,
    ends_sentence,
    has_words,
    inside_quotation,
    is_list_item,
    is_running_text,
    joined_to_prose,
    likely_languages,
    words,
)
from scrapelint.rules.base import Category, FixAvailability, Options, rule

_NEW_SENTENCE = lazy(r"\s+[\"“‘«]?\p{Lu}")
_ELLIPSIS = lazy(r"…|(?<!\.)\.{3}(?!\.)")
# The last word of a paragraph with nothing after it, not glued to a hyphen, digit or apostrophe.
_FINAL_LOWER_WORD = lazy(r"(?<![\p{L}\p{N}\p{M}'’_/@.-])\p{Ll}[\p{Ll}\p{M}]*$")
_FIRST_LETTER = lazy(r"[\s#>*•·\-–—\"“‘«(\[]*([\p{L}\p{N}])")
_CONTINUATION = lazy(r"\s*(?:\p{Ll}|[,.;:!?’')\]…])")
# Starts only where a run of spaces starts: the leftmost match always does, and trying
# every space of a long run takes quadratic time.
_TRAILING_ELLIPSIS = lazy(r"(?<!\s)\s*+(?:…|\.{3})$")
# How a text that _TRAILING_ELLIPSIS matches ends ("$" matches before a final line break too).
_ELLIPSIS_ENDINGS = ("…", "...", "…\n", "...\n")


def _word_before(text: str, end: int) -> str | None:
    """The word that ends at ``end``; None when it is glued to a digit, apostrophe or hyphen."""
    start = end
    while start > 0 and text[start - 1].isalpha():
        start -= 1
    if start == end or start > 0 and (text[start - 1].isalnum() or text[start - 1] in "'’-"):
        return None
    return text[start:end]


LANGUAGE_CLUES = "open-clause-words"
"""The family whose words tell which languages a text is written in: the longest lists."""


@lru_cache(maxsize=None)
def _words_of(family: str, languages: frozenset[str]) -> frozenset[str]:
    """The union of a word family's lists for ``languages``."""
    by_language = phrases.load_by_language(family)
    return frozenset().union(*(by_language.get(language, frozenset()) for language in languages))


def _words_for(doc: Document, family: str) -> frozenset[str]:
    """A word family's words in the languages the document is written in."""
    return _words_of(family, likely_languages(doc.text, LANGUAGE_CLUES))


@rule(
    code="T001",
    name="truncated-sentence",
    category=Category.TRUNCATION,
    summary="Sentence cut off at an ellipsis and glued to the next one",
)
def truncated_sentence(doc: Document, options: Options) -> Iterator[Finding]:
    """## What it flags
    An ellipsis (`…` or `...`) glued to a word that leaves the clause open — a
    preposition, an article, a conjunction, an auxiliary ("during…", "the…", "was…") —
    and followed by a new capitalised sentence. The words come from lists for English,
    German, French, Spanish, Portuguese, Italian, Dutch, Russian and Polish; the lists of
    the languages the text is written in are used. Ellipses inside quotations, elisions
    such as "[…]", "Wait… what?", "1, 2, 3…" and "etc…" are left alone.

    ## Why it matters
    Feeds, summaries and machine translation cut sentences at a length limit and mark
    the cut with an ellipsis; when the text is stitched back together the stump is glued
    to the next sentence and reads as nonsense: "an operation that Austin learned about
    during… It was implemented during a phone call".

    ## Example
    ```text
    An operation that Lloyd Austin learned about during… It was implemented during a phone call.
    ```

    ## Fix safety
    No fix: the words that were cut cannot be guessed. Restore them from the source, or
    remove the sentence by hand.
    """
    if "…" not in doc.text and "..." not in doc.text:
        return
    open_words = _words_for(doc, "open-clause-words")
    for paragraph in doc.paragraphs:
        text = paragraph.text
        if "…" not in text and "..." not in text:
            continue
        quotations = Quotations(text)
        for match in _ELLIPSIS.finditer(text):
            word = _word_before(text, match.start())
            if word is None or word.casefold() not in open_words:
                continue
            if not _NEW_SENTENCE.match(text, match.end()) or quotations.inside(match.start()):
                continue
            yield Finding(
                paragraph.start + match.start(),
                paragraph.start + match.end(),
                f"Sentence cut off after {word!r} and glued to the next sentence",
            )


MAX_WORD_CHARS = 40
_ASCII_LOWER = "abcdefghijklmnopqrstuvwxyz"


_LAST_LINE = itemgetter(1)
_TEXT = itemgetter(4)


def _last_line(doc: Document, block: Paragraph) -> str:
    return doc.lines[block.last_line].text.rstrip()


def _continues(block: Paragraph) -> bool:
    """Whether ``block`` starts in lower case or with punctuation (an ellipsis too: "yoga
    mat…" / "…after all"): it goes on with a sentence."""
    return _CONTINUATION.match(block.text) is not None


def _runs_on(following: Paragraph | None, after: Paragraph | None) -> bool:
    """Whether the sentence before ``following`` goes on across line breaks.

    Extraction breaks lines at links and inline tags: "acceptance of our⏎User
    Agreement⏎and⏎Privacy Policy". The sentence then continues in lower case, or after a
    fragment that the next line continues.
    """
    if following is None:
        return False
    if _continues(following):
        return True
    fragment = following.text.rstrip()
    return after is not None and not ends_sentence(fragment) and (fragment.endswith(",") or _continues(after))


@rule(
    code="T002",
    name="unfinished-paragraph",
    category=Category.TRUNCATION,
    summary="Paragraph that stops mid-sentence on a word that cannot end one",
    options={"min-words": 8},
)
def unfinished_paragraph(doc: Document, options: Options) -> Iterator[Finding]:
    """## What it flags
    A paragraph of at least `min-words` words (default 8) that ends with no punctuation
    at all, on a lower-case word that no sentence or heading ends on — an article, a
    conjunction, a preposition that is never a verb particle ("the", "and", "of",
    "during"; German "und", "des"; French "les", "dans"...) — when the text ends there or
    the next paragraph starts like a new one (not in lower case, which would be a stray
    line break inside a sentence). Paragraphs are lines in extracted text and blank-line
    separated blocks in hard-wrapped text.

    Left alone: list items, table rows, headings and verse (they are short, or end on a
    word that can end a line), paragraphs that end with an ellipsis, a colon or a dash
    (deliberate), a word right after a comma (", and" before the last item of a list whose
    marks are gone, or a sentence broken at a link), and URLs and code. A text that
    shows code (a listing, a session at a prompt, code split one token a line) is not
    searched: converters break its sentences at each inline name ("to use the" / "SQL
    IN operator."), which opens the next line like a new paragraph.

    ## Why it matters
    Teasers, summaries and database fields cut text at a length limit; the stump stays
    in the text as if it were a paragraph ("Texas offers programs to traumatic brain
    injury victims and"). Nothing marks the cut, so it goes unnoticed.

    ## Example
    ```text
    Downtown San Antonio park will become 'Fantasyland' for the

    The holiday event opens on Friday.
    ```
    "the" on the first line is flagged.

    ## Fix safety
    No fix: the words that were cut cannot be guessed. Restore them from the source, or
    remove the paragraph by hand.
    """
    final_words = _words_for(doc, "never-final-words")
    if not final_words:
        return
    blocks = doc.blocks
    min_words = int(options["min-words"])
    # Only a block whose last line ends on such a word can be reported: those lines are
    # found by one search, and the blocks they end are looked up.
    last_lines = list(map(_LAST_LINE, blocks))
    for ending in doc.lines_ending_in(final_words):
        number = bisect_left(last_lines, ending.index)
        if number == len(blocks) or last_lines[number] != ending.index:
            continue
        block = blocks[number]
        line = _last_line(doc, block)
        last = line[-1:]
        if last.isascii() and not "a" <= last <= "z":  # no lower-case letter ends it: the pattern cannot match
            continue
        # In ASCII the pattern can only match the run of lower-case letters that ends the line.
        if line.isascii() and line[len(line.rstrip(_ASCII_LOWER)):] not in final_words:
            continue
        match = _FINAL_LOWER_WORD.search(line, max(0, len(line) - MAX_WORD_CHARS))
        if match is None or match[0] not in final_words:
            continue
        # After a comma the word goes on to a list's last item or to a link's words on the
        # next line ("an opener, pullers, a brush, and" / "Krytox"), rarely to a cut.
        if line[: match.start()].rstrip().endswith(","):
            continue
        following = blocks[number + 1] if number + 1 < len(blocks) else None
        after = blocks[number + 2] if number + 2 < len(blocks) else None
        if is_list_item(doc.lines[block.first_line].text) or "|" in line or _runs_on(following, after):
            continue
        if not has_words(block.text, min_words):
            continue
        start = doc.lines[block.last_line].start + match.start()
        end = start + len(match[0])
        # A text that shows code breaks its sentences at each inline name ("to use the" /
        # "SQL IN operator."), capitalised or not: there a cut cannot be told from them.
        # Asked last: most texts have no candidate, and the question reads the whole text.
        if doc.in_url(start, end) or doc.in_code(start, end) or doc.shows_code:
            continue
        yield Finding(start, end, f"Paragraph stops mid-sentence after {match[0]!r}")


# Every run of spaces is taken whole (possessive): what follows each one cannot start with a
# space, and a run split between adjacent quantifiers is tried in quadratic or cubic time on a
# long run of spaces. Case is ignored in the words alone: a class of non-ASCII marks ignoring
# case costs half a millisecond to compile, and no mark has a case.
_MORE = r"[\[(]\s*+(?i:more)\s*+(?:…|\.{3})\s*+[\])]"
_MORE_LINE = lazy(rf"^\s*+{_MORE}\s*+$", regex.V1)
# "(more…)" may follow the last word directly.
_MORE_AT_END = lazy(rf"(?P<gap>\s*+){_MORE}\s*+$", regex.V1)
# A teaser link is a listed phrase, maybe in brackets, then what these take to the line's end.
# The patterns hold no phrase: with the phrases in them they compiled for each set of phrases
# a process met (3 ms each, 12 ms for the bs4 folder's three); only a pattern of one phrase,
# a tenth of that, is compiled for each phrase.
_SPACES = lazy(r"\s*+", regex.V1)
_AFTER_TEASER_PHRASE = lazy(
    # WordPress prints the post's title after "Continue reading": allow it before an arrow.
    r"(?:\s*+[\"“][^\"”\n]{1,150}[\"”]|\s++[^\n]{1,150}?(?=\s*+[→»›]))?"
    r"\s*+(?:[→»›]+|>>|…|\.{3})?\s*+[\])]?\s*+$",
    regex.V1,
)
# Where a link after the last sentence or ellipsis may start: a run of spaces after its end.
_GAP_AFTER_SENTENCE = lazy(r"(?<=[.!?…\"”’)\]])\s++", regex.V1)


@lru_cache(maxsize=256)
def _teaser_phrase_pattern(phrase: str) -> regex.Pattern[str]:
    # A named list of one, matched as the list of every phrase matched each of its phrases.
    return regex.compile(r"(?i:\L<teaser>)", regex.V1, teaser=(phrase,))


def _teaser_link_from(text: str, start: int, held: tuple[str, ...]) -> bool:
    """Whether a teaser link of one of the phrases ``held`` (an opening bracket and spaces
    before it allowed) runs from ``start`` to the end of ``text``."""
    openings = [start]
    if text[start:start + 1] in ("[", "("):
        openings.append(_SPACES.match(text, start + 1).end())
    return any(
        (phrase_match := _teaser_phrase_pattern(phrase).match(text, opening)) is not None
        and _AFTER_TEASER_PHRASE.match(text, phrase_match.end()) is not None
        for opening in openings
        for phrase in held
    )


def _is_teaser_line(text: str, held: tuple[str, ...]) -> bool:
    """Whether the line ``text``, which holds the teaser phrases ``held`` and no other (see
    ``_teaser_phrases_in``), is only a teaser link or a "(more…)"."""
    if _MORE_LINE.match(text):
        return True
    return bool(held) and _teaser_link_from(text, _SPACES.match(text).end(), held)


def _teaser_link_at_end(text: str, start: int, held: tuple[str, ...]) -> tuple[int, int] | None:
    """The spaces before the teaser link or "(more…)" that ends the line ``text``, which
    holds the teaser phrases ``held`` and no other, searched from ``start``: a link must
    follow the last sentence or ellipsis. Of a link and a "(more…)" the one that starts
    first, the link if both start at the same place."""
    more = _MORE_AT_END.search(text, start)
    for gap in _GAP_AFTER_SENTENCE.finditer(text, start) if held else ():
        if more is not None and gap.start() > more.start():
            break
        if _teaser_link_from(text, gap.end(), held):
            return gap.span()
    return None if more is None else more.span("gap")


@lru_cache(maxsize=1)
def _teaser_keys() -> tuple[tuple[str, str], ...]:
    return tuple((caseless(phrase), phrase) for phrase in phrases.load("feed-teaser"))


def _teaser_phrases_in(text: str) -> tuple[str, ...]:
    """The teaser phrases that the patterns may find in ``text``: only they go into the
    patterns, which compile in a millisecond or two instead of 40 ms with all 79 (paid again
    by each process), and match as they would with all."""
    folded = caseless(text)
    return tuple(phrase for key, phrase in _teaser_keys() if key in folded)


_ELISION_AT_END = lazy(r"\[\s*(?:…|\.{3})\s*\]\s*$")
MAX_TEASER_CHARS = 250
"""A teaser link, with the post title WordPress prints in it, is shorter than this."""
_TAIL_DECORATION = " \t→»›>.…)]"
_TAIL_DECORATION_CLASS = "[" + re.escape(_TAIL_DECORATION) + "]"
_ARROWS = ("→", "»", "›")


@lru_cache(maxsize=1)
def _teaser_tails() -> frozenset[str]:
    """The last word of each teaser link, case-folded: "reading", "more", "suite"..."""
    return frozenset(phrase.split()[-1].casefold() for phrase in phrases.load("feed-teaser")) | {"more"}


def _teaser_candidates(doc: Document, tails: frozenset[str]) -> list[Line]:
    """The lines that may hold a teaser: a cheap look at each line's end.

    A line qualifies when its last word, decoration aside, ends a teaser link; when it
    ends with an arrow (a link that carries the post's title); or when a bracket sits
    near its end (a "[…]" marker). The lines that end with such a word or hold an arrow
    or a bracket are found by searches of the whole text; only they are looked at.
    """
    longest = max(map(len, tails))
    found = set(doc.lines_ending_in(tails, _TAIL_DECORATION_CLASS, case_folded=True))
    found.update(doc.lines_holding(*_ARROWS, "["))
    candidates = []
    for line in sorted(found):
        end = line.text.rstrip(_TAIL_DECORATION)
        last = end[end.rfind(" ") + 1:].lstrip("([")
        if len(last) <= longest and last.casefold() in tails or line.text.rstrip().endswith(_ARROWS) or "[" in line.text[-12:]:
            candidates.append(line)
    return candidates


@rule(
    code="T003",
    name="feed-teaser",
    category=Category.TRUNCATION,
    summary="Feed teaser: text cut at a \"[…]\" marker or a \"Continue reading\" link",
    fix=FixAvailability.SOMETIMES,
    applicability=Applicability.SAFE,
)
def feed_teaser(doc: Document, options: Options) -> Iterator[Finding]:
    """## What it flags
    What RSS feeds, archive pages and listings print where they cut an article short:

    - a "[…]" or "[...]" marker at the end of a paragraph (not inside a quotation,
      where it is an elision);
    - a link to the rest — "Continue reading", "Read more »", "(more…)", "Weiterlesen",
      "Lire la suite", "Leer más", "Continua a leggere", "Читать далее" and more, in a
      dozen languages — on a line of its own, or at the end of a paragraph after its
      last sentence or ellipsis.

    The same words inside a sentence ("If you can't answer that, read on.") are left
    alone.

    ## Why it matters
    A teaser is not the article: text that ends in "[…]" or "Read more" was cut, and
    the link label is page furniture that a corpus repeats thousands of times.

    ## Example
    ```text
    I want to tell you about another important change in Last Man, […]

    Continue reading →
    ```
    The "[…]" marker and the "Continue reading →" line are flagged.

    ## Fix safety
    Safe for the link: a line that holds only "Continue reading →", or the link label at
    the end of a paragraph, is removed; no article text goes with it. The line is removed
    only as an unsafe fix when it may be the article's own: it stands under a whole
    paragraph of prose rather than a teaser cut at an ellipsis or "[…]" (a link to a
    longer piece, which annotators of article bodies keep), or it is a piece of a sentence
    broken at the link (a line above that ends with an open bracket, a line below that
    opens with closing punctuation). No fix for the
    "[…]" marker: removing it would hide that the text was cut, and the missing text
    cannot be guessed.
    """
    tails = _teaser_tails()
    for line in _teaser_candidates(doc, tails):
        index = line.index
        if doc.in_code(line.start, line.end):
            continue
        held = _teaser_phrases_in(line.text)
        if _is_teaser_line(line.text, held):
            remove = doc.remove_lines(line.index)
            fix = Fix.unsafe("Remove the line", remove) if _link_may_belong(doc, index) else Fix.safe("Remove the line", remove)
            yield Finding(line.start, line.end, f"Feed-teaser link on a line of its own: {line.text.strip()!r}", fix)
            continue
        body = line.text
        gap = _teaser_link_at_end(body, max(0, len(body) - MAX_TEASER_CHARS), held)
        if gap is not None:
            gap_start, gap_end = gap
            start = line.start + gap_end
            yield Finding(
                start,
                line.start + len(body.rstrip()),
                f"Feed-teaser link at the end of a paragraph: {body[gap_end:].strip()!r}",
                Fix.safe("Remove the link", Edit(line.start + gap_start, line.end)),
            )
            body = body[:gap_start]
        marker = _ELISION_AT_END.search(body, max(0, len(body) - MAX_TEASER_CHARS))
        if marker is not None and not inside_quotation(body, marker.start()):
            yield Finding(
                line.start + marker.start(),
                line.start + len(body.rstrip()),
                "Text cut off by a feed teaser: the rest of the article is missing",
            )


def _link_may_belong(doc: Document, index: int) -> bool:
    """Whether a read-on link on line ``index`` may be the article's own: it is a piece of a
    sentence broken at the link ("(\\nRead More\\n)."), or it stands under a whole paragraph
    of prose, not under a teaser cut at an ellipsis or a "[…]" marker, and so may point the
    article's readers to a longer piece."""
    lines = doc.lines
    previous, following = doc.texts_around(index)
    if joined_to_prose(previous, lines[index].text, following):
        return True
    above = index - 1
    if above >= 0 and lines[above].is_blank:
        above -= 1
    if above < 0:
        return False
    paragraph = lines[above].text.rstrip()
    return (
        is_running_text(paragraph)
        and not (paragraph.endswith(_ELLIPSIS_ENDINGS) and _TRAILING_ELLIPSIS.search(paragraph))
        and not _ELISION_AT_END.search(paragraph)
    )


# Twitter's 140 and 280 are left out: people write tweets to fill them, without a final stop.
CUT_LENGTHS = (100, 150, 160, 200, 250, 255, 256, 300, 500, 512, 1000, 1024)
_MARKDOWN_MARKERS = "># \t"
_GLUED_ELLIPSIS = lazy(r"(?<=\p{L})(?:…|\.{3})$")
_SENTENCE_INSIDE = lazy(r"[.!?…][\"'”’)\]]*\s+[\"“‘«(]?\p{Lu}")


def _without_markers(text: str) -> str:
    """The text trimmed, without Markdown quote and heading markers in front."""
    return text.strip().lstrip(_MARKDOWN_MARKERS)


_without_leading_markers = methodcaller("lstrip", _MARKDOWN_MARKERS)


def _long_enough(texts: Sequence[str], length: int) -> Iterator[int]:
    """The indices of the texts of ``length`` characters or more, picked in C: trimming a text
    only shortens it, so the others (most lines of a page) cannot have a length asked about,
    and they are not trimmed."""
    # ``le`` with ``repeat(length)``: a bound ``length.__le__`` is a slot wrapper, which
    # costs more per call (about 140 instructions a text).
    return compress(range(len(texts)), map(le, repeat(length), map(len, texts)))


@lru_cache(maxsize=8)
def _near(lengths: frozenset[int]) -> frozenset[int]:
    """The lengths a cut paragraph can have: the limit, plus "…" or "..." when one was added."""
    return frozenset(length + extra for length in lengths for extra in (0, 1, 3))


@rule(
    code="T004",
    name="cut-mid-word",
    category=Category.TRUNCATION,
    summary="Paragraph cut mid-word at a round character limit",
    options={"lengths": list(CUT_LENGTHS), "min-words": 8},
)
def cut_mid_word(doc: Document, options: Options) -> Iterator[Finding]:
    """## What it flags
    A paragraph of running text cut at one of the lengths that databases, feeds and
    summaries cut at (option `lengths`: 100, 150, 160, 200, 250, 255, 256, 300, 500,
    512, 1000 and 1024 characters, counted without Markdown quote or heading markers,
    with or without a final ellipsis). Twitter's 140 and 280 are left out: tweets are
    written to fill them and often end without a stop. The paragraph must:

    - end in a lower-case letter, with no punctuation, or with an ellipsis glued to the
      last letter ("challeng…");
    - read as running text: at least `min-words` words (default 8), starting with a
      capital letter or a digit, and holding a sentence end before the cut or the glued
      ellipsis (headlines, which never end with punctuation, are left alone);
    - not be continued by the next paragraph (a line that starts in lower case or with
      punctuation: a stray line break, not a cut).

    A paragraph that stops on a word no sentence ends on is T002's business; list items
    and table rows are left alone.

    ## Why it matters
    A field limited to 255 characters or a 160-character summary keeps the start of a
    paragraph and drops the rest, often in the middle of a word ("technical challeng").
    The stump reads as a typo and a broken sentence.

    ## Example
    ```text
    NASA picked five companies on Monday. The importance of deadlines grew last week, as the inspector general released two reports that depicted technical challeng
    ```
    The paragraph is exactly 160 characters long and stops in the middle of
    "challenges".

    ## Fix safety
    No fix: the missing letters and words cannot be guessed. Restore the paragraph from
    the source, or remove it by hand.
    """
    lengths = frozenset(int(length) for length in options["lengths"])
    near = _near(lengths)
    if not near:
        return
    min_words = int(options["min-words"])
    blocks = doc.blocks
    texts = list(map(_TEXT, blocks))
    numbers = list(_long_enough(texts, min(near)))
    # The long blocks trimmed and measured in C: most pages have none of a length asked
    # about, and Python reads only those that have one.
    trimmed = map(_without_leading_markers, map(str.strip, map(texts.__getitem__, numbers)))
    for number in compress(numbers, map(near.__contains__, map(len, trimmed))):
        block = blocks[number]
        stripped = _without_markers(block.text)
        core = _TRAILING_ELLIPSIS.sub("", stripped) if stripped.endswith(_ELLIPSIS_ENDINGS) else stripped
        if len(core) not in lengths and len(stripped) not in lengths:
            continue
        word = _FINAL_LOWER_WORD.search(core, max(0, len(core) - MAX_WORD_CHARS))
        if word is None or word[0] in _words_for(doc, "never-final-words"):
            continue
        if is_list_item(stripped) or "|" in stripped or len(words(core)) < min_words:
            continue
        first = _FIRST_LETTER.match(core)
        if first is None or first[1].islower():
            continue
        if not _GLUED_ELLIPSIS.search(stripped) and not _SENTENCE_INSIDE.search(core):
            continue
        following = blocks[number + 1] if number + 1 < len(blocks) else None
        after = blocks[number + 2] if number + 2 < len(blocks) else None
        if _runs_on(following, after):
            continue
        offset = block.start + block.text.rindex(stripped)
        start, end = offset + word.start(), offset + len(stripped)
        if doc.in_url(start, end) or doc.in_code(start, end):
            continue
        yield Finding(start, end, f"Paragraph cut at {len(core)} characters, in the middle of a word: {word[0]!r}")
