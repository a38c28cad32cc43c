"""The document model that every rule reads: normalised text and lazy views of it.

Rules see ``Document.text``, in which every line ending is a single ``\\n``, and the
views built on it — lines, paragraphs, sentences, regions to leave alone — all as
character offsets into that text. The engine maps offsets back to the text as it was
given (``to_raw``) and to 1-based rows and columns (``position``); nothing else does.
"""

import os
import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterable, Sequence
from functools import lru_cache, partial, wraps
from itertools import accumulate, chain, compress, count, repeat, starmap
from operator import add, attrgetter, itemgetter, le, not_
from string import ascii_letters
from typing import TYPE_CHECKING

import regex

from scrapelint.diagnostics import Edit, Position
from scrapelint.patterns import STANDARD_HAS_POSSESSIVE, lazy, literal_tree, standard
from scrapelint.records import NamedTuple

if TYPE_CHECKING:
    from collections.abc import Iterator
    from typing import TypeVar

    from scrapelint.suppression import Directives

    _Record = TypeVar("_Record", bound=tuple[object, ...])
    _View = TypeVar("_View")

    # A type checker reads the views as the standard library's cached properties.
    from functools import cached_property as cached_view
else:

    class cached_view:
        """``functools.cached_property`` without the lock that Python 3.11 takes (for every
        instance of the class at once) the first time each view is read: a short text has
        its views read for the first time by the dozen, and the lock cost lint() of a
        110-byte text 2.2% of its instructions. Two threads that read a new view of one
        document at once both compute it, and one result stays: the views are pure."""

        def __init__(self, compute: "Callable[[Document], object]") -> None:
            self.compute = compute
            self.__doc__ = compute.__doc__

        def __set_name__(self, owner: type, name: str) -> None:
            self.name = name

        def __get__(self, document: "Document | None", owner: type | None = None) -> object:
            if document is None:
                return self
            value = document.__dict__[self.name] = self.compute(document)
            return value


def document_view(compute: "Callable[..., _View]") -> "Callable[..., _View]":
    """``compute(doc, *args)``, a view of a document that a module other than this one
    builds (an index of its short lines, its text case-folded), worked out once and kept
    on the document, as the views it declares are: it lives as long as the document does.

    A module's own cache of the last few documents kept them alive, each with every view
    it had built: fix() lints a text once a round, and 8 MB of text peaked at 1.1 GB of
    memory instead of 465 MB.
    """
    # No dots: attrgetter would read a dotted name as a path of attributes.
    name = f"{compute.__module__}:{compute.__qualname__}".replace(".", "/")
    if compute.__code__.co_argcount == 1:
        # A view of the document alone is declared on the class, as a view of its own: read
        # dozens of times a document, it is then looked up in C, with no call in Python (which
        # cost a 110-byte text 1.5% of its instructions).
        view = cached_view(compute)
        view.__set_name__(Document, name)
        setattr(Document, name, view)
        return attrgetter(name)

    @wraps(compute)
    def view_with_arguments(document: "Document", *args: object) -> "_View":
        kept = document.__dict__
        key = (name, *args)
        try:
            return kept[key]  # type: ignore[no-any-return]
        except KeyError:
            value = kept[key] = compute(document, *args)
            return value

    return view_with_arguments


MARKDOWN_SUFFIXES = frozenset({".md", ".markdown", ".mdown", ".mkd"})
WRAP_WIDTH = 100
"""Lines of hard-wrapped text are at most about this wide."""


class Line(NamedTuple):
    index: int
    """0-based; the row is ``index + 1``."""
    start: int
    end: int
    """Offset of the line's end, before its ``\\n``."""
    text: str
    is_blank: bool
    """Empty or only whitespace: what ``not text.strip()`` says."""


class Paragraph(NamedTuple):
    """A run of non-blank lines between blank lines (or the ends of the text)."""

    first_line: int
    last_line: int
    start: int
    end: int
    text: str


class Sentence(NamedTuple):
    start: int
    end: int
    text: str
    paragraph: int
    """Index into ``Document.blocks``: a sentence never runs across a paragraph break."""


_NEWLINES = lazy(r"\r\n?")
# The opening fence is the whole run of backticks or tildes (possessive): a long run on a
# line without a closing fence is then read once, not once for each of its lengths.
_FENCE = lazy(r"^[ ]{0,3}(`{3,}+|~{3,}+)[^\n]*\n(?:.*?\n)??[ ]{0,3}\1[`~]*[ \t]*(?:\n|\Z)|^[ ]{0,3}(?:`{3,}|~{3,})[^\n]*(?:\n.*)?\Z", regex.M | regex.S)
_CODE_SPAN = lazy(r"(?<!`)(`+)(?!`)[^\n]+?(?<!`)\1(?!`)")
URL_OR_EMAIL = lazy(
    r"""(?:\b(?:https?|ftp)://|\bwww\.)[^\s<>"'()\[\]{}]+(?:\([^\s()]*\)[^\s<>"'()\[\]{}]*)*"""
    r"""|\b[\w.+-]{1,64}@[\w-]+(?:\.[\w-]+)+\b"""  # a local part has at most 64 characters; unbounded, "ab..ab.." takes quadratic time
    # A bare domain and path. It starts only where a run of labels starts (not after "x." or
    # "x-" inside one) and reads the labels possessively, checking the last one afterwards:
    # "1.1.1.1..." and "a-a-a-..." are read once, not once from each label.
    r"""|\b(?=[a-z0-9])(?<![a-z0-9]-|[a-z0-9-]\.)[a-z0-9-]++(?:\.[a-z0-9-]++)++"""
    r"""(?<=\.(?:com|org|net|edu|gov|io|co|uk|de|fr|ru|br|in|ca|au|info|ly|gl|me))/[^\s<>"']*""",
    regex.I,
)
_WW = frozenset(f"{w1}{w2}" for w1 in "wW" for w2 in "wW")
"""The first two letters of "www." in each mix of cases: what ``"www." in line.lower()`` finds,
before a "w." or a "W."."""
# A sentence ends at terminal punctuation (and any closing quotes or brackets) followed by
# whitespace and something that can start a sentence.
# Possessive, and starting only at the first mark of a run: a run of 10,000 periods is then
# read once, not once from each of its marks. The mark opens the match and the lookbehind
# that no mark comes before it follows: a pattern that opens with a lookbehind is tried at
# every character of the text.
_SENTENCE_END = lazy(r"""[.!?…。！？](?<![.!?…。！？].)[.!?…。！？]*+["'”’»)\]]*+(?=\s+["'“‘«(\[]?[\p{Lu}\p{N}])|[。！？]""")


@lru_cache(maxsize=1)
def _ascii_sentence_end() -> re.Pattern[str]:
    """``_SENTENCE_END`` for ASCII text, of the standard library's engine, which reads a
    block for the marks in half the instructions. Its white space is spelt out: there
    ``\\s`` counts the separators U+001C to U+001F, which the regex package's does not."""
    return standard(r"""[.!?](?<![.!?].)[.!?]*+["')\]]*+(?=[\t\n\v\f\r ]+["'(\[]?[A-Z0-9])""")


_ABBREVIATIONS = frozenset((
    "Mr", "Mrs", "Ms", "Dr", "Prof", "Sr", "Jr", "St", "Mt", "Gen", "Col", "Capt", "Lt", "Sgt", "Gov", "Sen", "Rep", "Rev",
    "Hon", "Inc", "Ltd", "Co", "Corp", "No", "Nos", "Vol", "vs", "etc", "approx", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul",
    "Aug", "Sep", "Sept", "Oct", "Nov", "Dec", "Fig", "p", "pp", "ca", "cf", "al", "e.g", "i.e",
))
# Initials ("U.S."), or a word before the final period, which ``_ends_with_abbreviation`` looks
# up: as an alternation of the abbreviations the pattern cost 3 ms to compile. Initials come
# first: "A." is one, whatever the word branch would say of "A".
_ABBREVIATION = lazy(r"\b\p{Lu}\.(?:\p{Lu}\.)*$|\b(?P<word>[A-Za-z]+|e\.g|i\.e)\.$")


_ASCII_WORD_NONLETTERS = frozenset("0123456789_")


def _ends_with_abbreviation(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` ends with an abbreviation's period or initials."""
    # Most sentences end with a word of ASCII letters and a period: the word is cut off in
    # C and looked up, as the pattern would (it starts after a character that is not a
    # word's; one capital letter is an initial). The pattern is searched for only where the
    # word does not settle it: a period before it ("U.S.", "e.g."), a character outside
    # ASCII (whether it is a capital or a word's the pattern's engine says), or a line
    # break that "$" matches before. A search took 19,000 instructions a sentence end, the
    # word's lookup about a half of that.
    if end - start < 2 or text[end - 1] != ".":
        return text[end - 1 : end] == "\n" and _abbreviation_searched(text, start, end)
    before = text[max(end - 9, 0) : end - 1]
    word = before[len(before.rstrip(ascii_letters)) :]
    if not word:
        return not text[end - 2].isascii() and _abbreviation_searched(text, start, end)
    word_start = end - 1 - len(word)
    previous = text[word_start - 1 : word_start] if word_start else ""
    if previous == "." or not previous.isascii():
        return _abbreviation_searched(text, start, end)
    return (
        word_start >= start
        and previous not in _ASCII_WORD_NONLETTERS
        and (word in _ABBREVIATIONS or len(word) == 1 and word.isupper())
    )


def _abbreviation_searched(text: str, start: int, end: int) -> bool:
    """``_ends_with_abbreviation`` by a search for the abbreviation pattern."""
    match = _ABBREVIATION.search(text, start, end)
    return match is not None and (match["word"] is None or match["word"] in _ABBREVIATIONS)


# Characters that show nothing: whitespace, control and format characters.
_INVISIBLE = lazy(r"[\s\p{Cc}\p{Cf}]*")
_INVISIBLE_SUFFIX = lazy(r"(?r)[\s\p{Cc}\p{Cf}]*\Z")


class Document:
    """One text and its views. Cheap to build: every view is computed on first use."""

    def __init__(self, raw: str, filename: str | None = None) -> None:
        self.raw = raw
        self.filename = filename
        self.text = _NEWLINES.sub("\n", raw) if "\r" in raw else raw

    @cached_view
    def newline(self) -> str:
        """The dominant line ending of the raw text; new line breaks in edits use it."""
        if "\r" not in self.raw:
            return "\n"
        crlf = self.raw.count("\r\n")
        cr = self.raw.count("\r") - crlf
        lf = self.raw.count("\n") - crlf
        return max((lf, "\n"), (crlf, "\r\n"), (cr, "\r"))[1]

    @cached_view
    def is_markdown(self) -> bool:
        # os.path, not pathlib: importing pathlib cost a commit hook 7% of its cold start.
        return self.filename is not None and os.path.splitext(self.filename.rstrip("/"))[1].lower() in MARKDOWN_SUFFIXES

    # -- offsets ---------------------------------------------------------------------

    @cached_view
    def _crlf_offsets(self) -> list[int]:
        """Normalised offsets of each ``\\n`` that stands for a two-character ``\\r\\n``."""
        return [raw - index for index, raw in enumerate(find_all(self.raw, "\r\n"))]

    def to_raw(self, offset: int) -> int:
        if self.text is self.raw:
            return offset
        return offset + bisect_left(self._crlf_offsets, offset)

    def from_raw(self, raw_offset: int) -> int:
        if self.text is self.raw:
            return raw_offset
        return raw_offset - bisect_left(self._crlf_raw_offsets, raw_offset)

    @cached_view
    def _crlf_raw_offsets(self) -> list[int]:
        """Raw offsets of the ``\n`` of each ``\r\n``."""
        return [offset + index + 1 for index, offset in enumerate(self._crlf_offsets)]

    def raw_edit(self, edit: Edit) -> Edit:
        content = edit.content if self.newline == "\n" else edit.content.replace("\n", self.newline)
        return Edit(self.to_raw(edit.start), self.to_raw(edit.end), content)

    @cached_view
    def _line_starts(self) -> list[int]:
        return line_starts(self.line_texts)

    def line_index(self, offset: int) -> int:
        return bisect_right(self._line_starts, offset) - 1

    def position(self, offset: int) -> Position:
        index = bisect_right(self._line_starts, offset) - 1
        return _new_position((index + 1, offset - self._line_starts[index] + 1))

    # -- views -----------------------------------------------------------------------

    @cached_view
    def lines(self) -> tuple[Line, ...]:
        texts = self.line_texts
        return tuple(_records(Line, zip(range(len(texts)), self._line_starts, self._line_ends, texts, self._blank_lines)))

    @cached_view
    def line_texts(self) -> list[str]:
        """The text of each line, as in ``lines``: for a view that reads the texts only, in C."""
        return self.text.split("\n")

    def row_texts(self, first: int, last: int) -> list[str]:
        """The text of each row from ``first`` to ``last`` (1-based) that the text has;
        without the ``lines`` view, whose building costs a report more than its rows."""
        return self.line_texts[first - 1 : last]

    @cached_view
    def _blank_lines(self) -> list[bool]:
        """Whether each line is blank: the ``is_blank`` of ``lines``, in a list of its own."""
        return [not text or text.isspace() for text in self.line_texts]

    def lines_holding(self, *needles: str) -> list[Line]:
        """The lines that hold one of ``needles`` (strings without a line break), in order.

        Found with ``str.find`` over the whole text, skipping to the next line after each
        hit: in a text of many lines, testing each line is a loop in Python.
        """
        lines = self.lines
        return [lines[index] for index in spans_holding(self.text, self._line_starts, self._line_ends, needles)]

    def lines_ending_in(self, words: frozenset[str], trailing: str = r"[^\S\n]", case_folded: bool = False) -> list[Line]:
        """The lines that end with one of ``words``, once any characters of the class
        ``trailing`` (a pattern, which must not match a line break) are taken off their end,
        where no letter, digit or underscore stands right before the word; in order.
        With ``case_folded``, the words are case-folded and the lines' ends compared ignoring case.

        Found with one search of the text read backwards, which stops only at line breaks:
        in a text of many lines, testing each line's end is a loop in Python.
        """
        if not words:
            return []
        texts = self.line_texts
        key = (words, trailing, case_folded)
        # The first look saves a compile, not a search: once the pattern is built, it reads
        # the text in C faster than the first look reads its lines in Python.
        if len(texts) <= FEW_LINES and key not in _line_end_patterns and not any(map(_may_end_in(*key), texts)):
            return []
        return self.lines_closing_with(_line_end_pattern(*key))

    def lines_closing_with(self, pattern: re.Pattern[str]) -> list[Line]:
        """The lines where ``pattern``, a pattern of the standard library's engine that opens
        with a line break, matches the text read backwards from the line break after them
        (the last line has one too); in order. ``lines_opening_with`` read from the other end.
        """
        size = len(self.text)
        starts = self._line_starts
        lines = self.lines
        found = [lines[bisect_right(starts, size - match.start()) - 1] for match in pattern.finditer(self._backwards)]
        found.reverse()
        return found

    def lines_opening_with(self, pattern: re.Pattern[str]) -> list[Line]:
        """The lines where ``pattern``, a pattern of the standard library's engine that opens
        with a line break, matches from the line break before them (the first line has one
        too); in order. The engine scans for a pattern's literal first character quickly, so
        Python sees only the lines that match, not every line of the text.
        """
        lines = self.lines
        starts = self._line_starts
        return [lines[bisect_right(starts, match.start()) - 1] for match in pattern.finditer(self.text_after_break)]

    @cached_view
    def text_after_break(self) -> str:
        """The text after a line break: a pattern that opens with one finds the first line
        as it finds the others (offsets into it are one more than into the text)."""
        return "\n" + self.text

    @cached_view
    def _backwards(self) -> str:
        """The text read backwards, after a line break: the end of the text ends a line too."""
        return "\n" + self.text[::-1]


    @cached_view
    def _line_ends(self) -> list[int]:
        return list(map(add, self._line_starts, map(len, self.line_texts)))

    def blocks_holding(self, *needles: str) -> list[int]:
        """The indices of the blocks that hold one of ``needles``, in order (see ``lines_holding``)."""
        blocks = self.blocks
        return spans_holding(self.text, list(map(_PARAGRAPH_START, blocks)), list(map(_PARAGRAPH_END, blocks)), needles)

    def texts_around(self, index: int) -> tuple[str, str]:
        """The texts of the lines right above and below line ``index``, blank or not ("" past
        either end of the text)."""
        lines = self.lines
        previous = lines[index - 1].text if index > 0 else ""
        following = lines[index + 1].text if index + 1 < len(lines) else ""
        return previous, following

    def nonblank_lines_after(self, index: int, count: int) -> list[Line]:
        """Up to ``count`` non-blank lines after line ``index``, reading no further than needed
        (a negative ``count`` leaves out that many of the last ones, as a slice does)."""
        lines = self.lines
        if count < 0:
            return [line for line in lines[index + 1:] if not line.is_blank][:count]
        found: list[Line] = []
        for following in range(index + 1, len(lines)):
            if len(found) == count:
                break
            if not lines[following].is_blank:
                found.append(lines[following])
        return found

    def nonblank_lines_before(self, index: int, count: int) -> list[Line]:
        """Up to ``count`` non-blank lines before line ``index``, the nearest first, reading
        no further than needed."""
        lines = self.lines
        found: list[Line] = []
        for previous in range(index - 1, -1, -1):
            if len(found) == count:
                break
            if not lines[previous].is_blank:
                found.append(lines[previous])
        return found

    @cached_view
    def has_final_newline(self) -> bool:
        return self.text.endswith("\n")

    @cached_view
    def paragraphs(self) -> tuple[Paragraph, ...]:
        # Paragraphs lie between the blank lines, picked in C: extracted text has few, and
        # the loop in Python is over them, not over every line.
        starts, ends, text = self._line_starts, self._line_ends, self.text
        paragraphs = []
        after_blank = 0
        for blank in chain(compress(count(), self._blank_lines), (len(starts),)):
            if blank > after_blank:
                start, end = starts[after_blank], ends[blank - 1]
                paragraphs.append(_new_paragraph((after_blank, blank - 1, start, end, text[start:end])))
            after_blank = blank + 1
        return tuple(paragraphs)

    @cached_view
    def is_hard_wrapped(self) -> bool:
        """Whether line breaks inside paragraphs wrap lines at a width (e-mail, wrapped Markdown).

        Extractors print one paragraph a line, often without blank lines between; in wrapped
        text, the lines that a paragraph continues after are filled close to a width of at
        most about 100 characters, and most of them break off mid-sentence. Menus and verse
        (short lines) and extractor output (long lines) are not wrapped.
        """
        # The lines a paragraph continues after: every non-blank line but each paragraph's last.
        inner_count = len(self.line_texts) - self._blank_lines.count(True) - len(self.paragraphs)
        if inner_count < 2:
            return False
        # Trimmed, a line is no longer than it was: when too few lines of the whole text are
        # long enough to be filled, the inner ones cannot be (most pages end here, without a
        # loop over their lines).
        long_enough = sum(map(le, repeat(WRAP_WIDTH // 2), map(len, self.line_texts)))
        if 4 * long_enough < 3 * inner_count:
            return False
        inner = [
            self.lines[index].text.strip()
            for p in self.paragraphs
            for index in range(p.first_line, p.last_line)
        ]
        filled = sum(WRAP_WIDTH // 2 <= len(line) <= WRAP_WIDTH for line in inner)
        open_ended = sum(line[-1] not in ".!?:;…。！？\"”’)" for line in inner)
        return filled * 4 >= len(inner) * 3 and open_ended * 2 >= len(inner)

    @cached_view
    def blocks(self) -> tuple[Paragraph, ...]:
        """Paragraphs as a reader sees them: each non-blank line, unless the text is hard-wrapped."""
        if self.is_hard_wrapped:
            return self.paragraphs
        # Each line's fields in the order of ``Paragraph``'s: first line, last line, start, end, text.
        indices = range(len(self.line_texts))
        fields = zip(indices, indices, self._line_starts, self._line_ends, self.line_texts)
        return tuple(_records(Paragraph, compress(fields, map(not_, self._blank_lines))))

    @cached_view
    def sentences(self) -> tuple[Sentence, ...]:
        return tuple(self.sentences_of(range(len(self.blocks))))

    def sentences_of(self, numbers: Iterable[int]) -> list[Sentence]:
        """The sentences of the blocks ``numbers`` (indices into ``blocks``, in increasing
        order), as ``sentences`` holds them: for a rule that reads only some blocks."""
        sentences: list[Sentence] = []
        append = sentences.append
        blocks = self.blocks
        for number in numbers:
            _, _, offset, _, text = blocks[number]
            start = 0
            # Most blocks of scraped text are short lines without a sentence end: not searched.
            if "." in text or "!" in text or "?" in text or not text.isascii() and _has_sentence_mark(text):
                sentence_ends = _ascii_sentence_end() if text.isascii() else _SENTENCE_END
                for match in sentence_ends.finditer(text):
                    end = match.end()
                    if _ends_with_abbreviation(text, max(0, match.start() - 12), end):
                        continue
                    _add_sentence(append, text, offset, number, start, end)
                    start = end
            if start:
                _add_sentence(append, text, offset, number, start, len(text))
            else:  # the whole block is one sentence, as most are: built here, without a slice
                stripped = text.strip()
                if stripped:
                    begin = offset + len(text) - len(text.lstrip())
                    append(_new_sentence((begin, begin + len(stripped), stripped, number)))
        return sentences

    # -- regions rules should leave alone ---------------------------------------------

    @cached_view
    def code_spans(self) -> tuple[tuple[int, int], ...]:
        """Markdown fenced code blocks and inline code spans (empty for plain text)."""
        if not self.is_markdown or "`" not in self.text and "~~~" not in self.text:
            return ()
        spans = [m.span() for m in _FENCE.finditer(self.text)]
        for match in _CODE_SPAN.finditer(self.text):
            if not overlaps_any(spans, *match.span()):
                spans.append(match.span())
        return tuple(sorted(spans))

    @cached_view
    def url_spans(self) -> tuple[tuple[int, int], ...]:
        """URLs and e-mail addresses."""
        # Each of them holds "/", "@" or "www." (in any case) and stays on one line: only
        # such lines, found by str.find, are searched (the pattern tries every word start of
        # the text otherwise). "www." is found by its end, "w." or "W.": a search for each
        # of its eight mixes of cases cost most of this view.
        text = self.text
        indices = set(spans_holding(text, self._line_starts, self._line_ends, ("/", "@")))
        indices.update(self.line_index(offset) for offset in find_all(text, "w.", "W.") if text[max(offset - 2, 0) : offset] in _WW)
        lines = self.lines
        spans = []
        for index in sorted(indices):
            line = lines[index]
            spans.extend(m.span() for m in URL_OR_EMAIL.finditer(text, line.start, line.end))
        return tuple(spans)

    @cached_view
    def directives(self) -> "Directives | tuple[()]":
        """Inline suppression comments (``<!-- scrapelint: disable ... -->``) outside code;
        empty (and nothing imported) for the usual text that has none."""
        if "scrapelint:" not in self.text:
            return ()
        from scrapelint.suppression import parse

        return parse(self)

    @cached_view
    def shows_code(self) -> bool:
        """Whether the text shows program code on purpose, as a manual or a programming
        article does: a listing, a session at a prompt, a program's output.

        Converters print such code on plain lines; one of four signs is enough. Code
        split one token a line ("=", "{", "});": a naive converter puts each highlighted
        token of a listing on a line of its own), ten such lines or more. Two commands at
        an interpreter's or a shell's prompt (">>> len(x)", "$ pip install x"; not the
        ">>>" arrow of a news site's link, before a sentence or an address). A listing: a
        line of code under a line that ends with a colon ("Add this to your template:")
        or indented deeper than the line above it (as converters print a ``<pre>``
        block), where that line is not code itself, with another line of code among the
        next two that are not blank; markup there indents what its elements hold (a
        page's form or embed that a converter leaked under "… the tweet:" opens an
        element and goes on level with it, as a program writes markup out). A line of
        code right under a code viewer's label, the name of its language in lower case on
        a line of its own ("js", "python"), as documentation sites print one over each
        listing (a converter may join the listing on one line). A line of code opens with
        markup, a template's statement, a comment or an import, or ends like a
        statement, a call or a block (";", "f(x)", "{", "}", "):"). Scripts and
        stylesheets that a converter leaked show none of these signs: their code stays on
        long lines, at the page's edges or level with the text, indented only under lines
        of code, and no label names their language.
        """
        text = self.text
        if sum(map(_CODE_TOKENS.__contains__, self.line_texts)) >= MIN_CODE_TOKEN_LINES:
            return True
        if (">>>" in text or "$ " in text) and sum(map(self._at_prompt, self.lines_opening_with(_prompt_line()))) >= MIN_PROMPT_LINES:
            return True
        # Only the lines under a colon or indented deeper than the line above are read as
        # code or not, found by searches that skip quickly to each colon or line break.
        starts = self._line_starts
        under_colon = (bisect_right(starts, match.end() - 1) for match in _colon_line_end(text).finditer(text))
        # A line indented deeper follows a line break and a space or a tab: a text without
        # one (most extracted text) is not searched, line by line, for such a line.
        deeper = "\n " in text or "\n\t" in text
        indented = (bisect_right(starts, match.end()) for match in _indented_below().finditer(text)) if deeper else ()
        if any(map(self._opens_listing, chain(under_colon, indented))):
            return True
        # A set of the stripped lines is built in C: most texts hold no label and stop here.
        labels = _code_labels()
        stripped = list(map(str.strip, self.line_texts))
        if labels.isdisjoint(stripped):
            return False
        return any(self._labels_code(index) for index, line in enumerate(stripped) if line in labels)

    def _at_prompt(self, line: Line) -> bool:
        """Whether a line that opens with a prompt holds a command: what follows ">>>" (on
        the line, or on the next line that is not blank when the prompt stands alone) is
        not a capitalised sentence or a web address, as after the ">>>" arrows that some
        news sites put before their links (">>> Zulieferer profitiert von ...")."""
        command = line.text.strip()
        if not command.startswith(">>>"):
            return True
        command = command[3:].strip()
        if not command:
            following = self.nonblank_lines_after(line.index, 1)
            command = following[0].text.strip() if following else ""
        first, _, rest = command.partition(" ")
        opens_sentence = bool(rest) and first.isalpha() and first[0].isupper() and first[1:].islower()
        return not opens_sentence and not command.startswith(("http://", "https://", "www."))

    def _labels_code(self, index: int) -> bool:
        """Whether the first line that is not blank after line ``index`` is code."""
        following = self.nonblank_lines_after(index, 1)
        return bool(following) and is_code_line(following[0].text)

    def _opens_listing(self, index: int) -> bool:
        """Whether line ``index``, or the first line that is not blank from it, is code
        under a line that is not, with another line of code among the next two."""
        lines, blank = self.lines, self._blank_lines
        while index < len(lines) and blank[index]:
            index += 1
        above = index - 1
        while above >= 0 and blank[above]:
            above -= 1
        if index >= len(lines) or above < 0 or not is_code_line(lines[index].text) or is_code_line(lines[above].text):
            return False
        window = self.nonblank_lines_after(index, LISTING_WINDOW - 1)
        return any(is_code_line(line.text) for line in window) and not _nests_level([lines[index], *window])

    def is_listing_line(self, index: int) -> bool:
        """Whether line ``index`` is a line of a listing: the text shows code (see
        ``shows_code``) and the line reads as code (see ``is_code_line``). Its spacing and
        punctuation are the program's, not a converter's."""
        return self.shows_code and is_code_line(self.lines[index].text)

    def in_code(self, start: int, end: int) -> bool:
        return overlaps_any(self.code_spans, start, end)

    def in_url(self, start: int, end: int) -> bool:
        return overlaps_any(self.url_spans, start, end)

    # -- edits that rules share --------------------------------------------------------

    def remove_span(self, start: int, end: int) -> Edit:
        """Remove ``text[start:end]``, keeping whether the text ends with a line break.

        In a text without a final newline, a removal followed by nothing visible takes the
        whole invisible end of the text with it (line breaks, whitespace, control and format
        characters after the last visible character): the text then still ends without a
        line break, however many such removals one round of fixes applies. Report the span
        of the returned edit.
        """
        text = self.text
        if self.has_final_newline or end < self._invisible_end:
            return Edit(start, end)
        if start >= self._invisible_end:
            return Edit(self._invisible_end, len(text))
        return Edit(_INVISIBLE_SUFFIX.search(text, 0, start).start(), len(text))  # type: ignore[union-attr]

    @cached_view
    def _invisible_end(self) -> int:
        """Where the text's invisible end starts: what follows its last visible character.
        Found once: each removal in a run of 16,000 invisible characters scanned the run
        to its end, and checking that run took seconds."""
        return _INVISIBLE_SUFFIX.search(self.text).start()  # type: ignore[union-attr]

    def remove_lines(self, first: int, last: int | None = None) -> Edit:
        """Remove lines ``first..last`` and one adjacent blank line, keeping paragraph breaks.

        The blank line after the block goes with it, else the one before it, but only when
        the block is a whole paragraph: lines taken out of a paragraph leave the blank lines
        around it alone. When the block ends the text without a final newline, the line
        break before it goes instead, with the lines that show nothing (blank, or only
        control and format characters) between the block and the text above it: the file
        still ends without one, also when another fix in the same round trims or empties
        such a line.
        """
        last = first if last is None else last
        lines, size = self.lines, len(self.text)
        start, end = lines[first].start, lines[last].end
        if end < size:
            end += 1
            following = lines[last + 1]
            if first > 0 and not lines[first - 1].is_blank or not following.is_blank:
                return Edit(start, end)
            if following.end < size:
                end = following.end + 1
            elif first > 0:
                start = lines[first - 1].start
            return Edit(start, end)
        above = first - 1
        while above > 0 and self._shows_nothing(lines[above]):
            above -= 1
        if above < 0 or self._shows_nothing(lines[above]):
            return Edit(0, size)
        return Edit(lines[above].end, end)

    def _shows_nothing(self, line: Line) -> bool:
        # Not only blank: a line of control or format characters is one that another fix of
        # the same round may empty, which would leave the text ending with a line break.
        return line.is_blank or _INVISIBLE.fullmatch(self.text, line.start, line.end) is not None


# Views are built by the ten thousand: tuple.__new__ makes each without the named tuples'
# own __new__, a Python function call (a third of the time of ``lines``).
def _records(record_type: "type[_Record]", rows: Iterable[tuple[object, ...]]) -> "Iterator[_Record]":
    """Each of ``rows``, the values of a named tuple's fields in order, as a ``record_type``."""
    # starmap hands tuple.__new__ each (type, row) pair as its tuple of arguments: a partial
    # through map() made one more call and built that tuple for each record (the lines of
    # 53 pages took 22.4M instructions that way, 17.7M this way).
    return starmap(tuple.__new__, zip(repeat(record_type), rows))


_new_paragraph = partial(tuple.__new__, Paragraph)
_new_position = partial(tuple.__new__, Position)
_new_sentence = partial(tuple.__new__, Sentence)
_PARAGRAPH_START = itemgetter(2)
_PARAGRAPH_END = itemgetter(3)


_CODE_TOKENS = frozenset({"()", "=", "{", "}", ");", "])", "};", "});"})
"""Lines of one token of code, as a naive converter prints a highlighted listing. Not
brackets alone: a naive converter splits "(NASDAQ: QCOM)" and "[edit]" the same way."""
MIN_CODE_TOKEN_LINES = 10
MIN_PROMPT_LINES = 2
LISTING_WINDOW = 3
"""A listing holds two lines of code among its first three lines that are not blank."""
_CODE_OPENING = (
    r"(?:</?[A-Za-z][\w:.-]*(?=[ \t/>\n]|\Z)|<!|\{%|//[ \t]|/\*"
    r"|(?:import|export|from[ \t]+[\w.@/'\"-]+[ \t]+import|def|fn|func|package|using|\#include)[ \t])"
)
"""A line's opening that is code: markup, a template's statement, a comment, an import."""
_CODE_ENDING_BEHIND = r"(?:(?<=[;{})])|(?<=[;{})][ \t])|(?<=[;{})][ \t][ \t])|(?<=\*/)|(?<=/>)|(?<=\):))"
"""Read from the end of a line: it closes like code, before up to two spaces."""
_CODE_ENDINGS = (";", "{", "}", ")", "*/", "/>", "):")


def _nests_level(window: Sequence[Line]) -> bool:
    """Whether markup in these lines opens an element at a line's end and goes on level
    with it, on the next line, with another tag: markup that a program wrote out (a
    page's form or embed that a converter leaked), where a listing shown to be read
    indents what an element holds."""
    for line, following in zip(window, window[1:]):
        opened = _element_left_open().search(line.text) if line.text.rstrip().endswith(">") else None
        if opened is None or opened[1].lower() in _VOID_ELEMENTS:
            continue
        text = following.text
        content = text.lstrip()
        if content.startswith("<") and not content.startswith("</") and len(text) - len(content) <= len(line.text) - len(line.text.lstrip()):
            return True
    return False


_VOID_ELEMENTS = frozenset(("area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"))


@lru_cache(maxsize=1)
def _element_left_open() -> re.Pattern[str]:
    """An opening tag at a line's end (not one that closes itself), its element's name."""
    return re.compile(r"<([A-Za-z][\w:-]*)(?:\s[^<>]*)?(?<!/)>\s*$")


def _colon_line_end(text: str) -> re.Pattern[str]:
    """The end of a line with a colon: a pattern with a literal first character (which
    the standard library's engine finds quickly) unless the text holds a full-width colon."""
    return _line_end_after("[:：]" if "：" in text else ":")


@lru_cache(maxsize=2)
def _line_end_after(mark: str) -> re.Pattern[str]:
    return re.compile(rf"{mark}[ \t]*\n")


@lru_cache(maxsize=1)
def _indented_below() -> re.Pattern[str]:
    """A line, then (past blank lines) one indented deeper (the same indentation and
    more) that opens or ends like code. Of the standard library's engine, which skips
    quickly to each line break; only the lines it finds are read in Python."""
    return standard(
        r"\n([ \t]*+)[^\s][^\n]*+(?=\n(?:[ \t]*\n)*+\1[ \t]+"
        rf"(?:{_CODE_OPENING}|[^\n]*+{_CODE_ENDING_BEHIND}))"
    )


@lru_cache(maxsize=1)
def _code_labels() -> frozenset[str]:
    """The labels code viewers print over a listing, the names of its language
    (``phrases/code-labels.mul.txt``)."""
    from scrapelint import phrases

    return frozenset(phrases.load("code-labels"))


@lru_cache(maxsize=1)
def _prompt_line() -> re.Pattern[str]:
    """A line at a Python prompt (alone on its line too, as a naive converter prints it)
    or a shell's ("$ " and a command, not "$ 5 million")."""
    return re.compile(r"\n[ \t]*(?:>>>(?:[ \t]|$)|\$[ \t]+[a-z./~])", re.MULTILINE)


class _CodeLinePatterns:
    """What ``is_code_line`` reads a line with. A plain class, not a named tuple: creating
    a named tuple's class costs every cold start, and these are needed only for a text
    with code in sight. Of the standard library's engine: it compiles them in a fraction
    of the regex package's time."""

    __slots__ = ("opening", "statement", "call", "placeholder_end", "block_header")

    def __init__(self) -> None:
        self.opening = re.compile(_CODE_OPENING)
        # A call, an assignment or a brace somewhere in the line.
        self.statement = re.compile(r"[\w$)\]]\(|=|[{}]")
        # The line is a call, or holds an assignment or a method call.
        self.call = re.compile(r"^(?:return[ \t]+|await[ \t]+|new[ \t]+)?[\w$.]+\(|=|\.[\w$]+\(")
        # What a page that failed to fill its template shows, not code: "{{ title }}",
        # "{title}", "${badge}", Janrain's "{* name *}" (a template's statements, "{% for
        # x in y %}", are code).
        self.placeholder_end = re.compile(r"(?:\}\}|\*\}|\$?\{[\w$. \t]*\})$")
        self.block_header = re.compile(r"^(?:async[ \t]+)?(?:def|class|if|elif|while|for|with)\b")


_code_line_patterns = lru_cache(maxsize=1)(_CodeLinePatterns)


def is_code_line(text: str) -> bool:
    """Whether a line reads as a line of code. It opens with markup, a template's
    statement ("{% for x in y %}"), a comment or an import, or it ends like code: with
    ";" and holding a call, an assignment or a brace, or being a word or two ("break;")
    (items of a list in prose end with ";" too); with ")" and being a call or holding an
    assignment or a method call (not "(AP)" or "solution(1L)"); with "):" and opening a
    block ("def f(x):", not "Lightweight (<130 lbs):"); with "{", "*/" or "/>"; or with
    "}" but not with a placeholder a page failed to fill ("{{ title }}", "* {title}")."""
    stripped = text.strip()
    patterns = _code_line_patterns()
    if patterns.opening.match(stripped):
        return True
    if not stripped.endswith(_CODE_ENDINGS):
        return False
    if stripped.endswith("}"):
        return patterns.placeholder_end.search(stripped) is None
    if stripped.endswith(";"):
        return len(stripped.split()) <= 2 or patterns.statement.search(stripped) is not None
    if stripped.endswith("):"):
        return patterns.block_header.match(stripped) is not None
    if stripped.endswith(")"):
        return patterns.call.search(stripped) is not None
    return True


SCAN_BLOCK_CHARS = 1 << 16
"""How much text a search for many strings reads for all of them before it moves on (see
:func:`scan_blocks`): 64K characters, 256 KB at most, fit in a core's second-level cache."""


def scan_blocks(text: str) -> list[tuple[int, int]]:
    """``text`` cut into spans of about ``SCAN_BLOCK_CHARS`` characters, each ending just
    after a line break (the last at the text's end): a string without a line break that
    ``text`` holds lies within one of them. A short text is one span.

    A search for many strings that reads the whole text once for each reads it from main
    memory once for each when the text outgrows the processor's caches: three times the
    time per MB, from 8 MB of text on (eight strings, each searched for with ``str.find``).
    Searching each span for every string in turn reads the text from memory once (see
    :func:`first_offsets`).
    """
    spans = []
    start = 0
    end = len(text)
    find = text.find
    while end - start > SCAN_BLOCK_CHARS:
        stop = find("\n", start + SCAN_BLOCK_CHARS) + 1
        if not stop:
            break
        spans.append((start, stop))
        start = stop
    spans.append((start, end))
    return spans


def first_offsets(text: str, needles: Sequence[str], spans: list[tuple[int, int]], start: int, stop: int) -> list[int]:
    """Where each of ``needles`` first stands in the span from ``start`` to ``stop`` of
    ``text``, one of its ``spans`` (``scan_blocks(text)``); -1 where it does not. All in C.
    A text of one span is searched without bounds, which ``str.find`` parses in each call
    (35k instructions for the 155 clues of a 110-byte text)."""
    find = text.find
    if len(spans) == 1:
        return list(map(find, needles))
    return list(map(find, needles, repeat(start), repeat(stop)))


def contains_any(text: str, needles: Sequence[str]) -> bool:
    """Whether ``text`` holds one of ``needles`` (strings without a line break).

    Most needles of such a test are absent, and each is searched for through the whole
    text: a long text is tested block by block (see :func:`scan_blocks`)."""
    if len(text) <= SCAN_BLOCK_CHARS:
        return any(map(text.__contains__, needles))
    spans = scan_blocks(text)
    return any(max(first_offsets(text, needles, spans, start, stop), default=-1) >= 0 for start, stop in spans)


def find_all(text: str, *needles: str) -> list[int]:
    """The offsets of the needles in ``text``, in order (a needle's copies do not overlap).

    ``str.find`` reads a text in C: for a few strings to look for, this is many times
    faster than a pattern of a character class, which is tried at every position. It looks
    for one character at memory speed, for several at a fraction of it: a needle with a
    character the text lacks (most texts lack most marks) is not searched for. Several
    needles without a line break are searched for block by block (see :func:`scan_blocks`).
    """
    offsets = []
    find = text.find
    if len(text) <= SCAN_BLOCK_CHARS or len(needles) == 1 or "\n" in "".join(needles):
        for needle in needles:
            if len(needle) > 1 and not all(map(text.__contains__, needle)):
                continue
            offset = find(needle)
            while offset != -1:
                offsets.append(offset)
                offset = find(needle, offset + len(needle))
    else:
        for start, stop in scan_blocks(text):
            for needle in needles:
                offset = find(needle, start, stop)
                while offset != -1:
                    offsets.append(offset)
                    offset = find(needle, offset + len(needle), stop)
    if len(needles) > 1:
        offsets.sort()
    return offsets


def line_starts(lines: Sequence[str]) -> list[int]:
    """The offset where each of ``lines`` (a text split at its line breaks) starts."""
    # Each line starts one past the end of the one before: lengths summed in C, not a loop
    # over the text's line breaks.
    starts = list(accumulate(map(add, map(len, lines), repeat(1)), initial=0))
    starts.pop()
    return starts


def spans_holding(text: str, starts: Sequence[int], ends: Sequence[int], needles: Iterable[str]) -> list[int]:
    """The indices of the spans (in order, not overlapping) that hold one of ``needles``.

    Found with ``str.find`` over the whole text, skipping to the next span after each hit.
    """
    found = set()
    find = text.find
    for needle in needles:
        offset = find(needle)
        while offset != -1:
            index = bisect_right(starts, offset) - 1
            if index >= 0 and offset + len(needle) <= ends[index]:
                found.add(index)
                offset = find(needle, ends[index] + 1)
            else:
                offset = find(needle, offset + 1)
    return sorted(found)


FEW_LINES = 256
"""Up to this many lines, ``lines_ending_in`` first asks each line whether it can end in a
word at all: compiling the words' pattern costs more than reading a few lines (a commit
hook's file), and most texts then need no pattern."""


@lru_cache(maxsize=16)
def _may_end_in(words: frozenset[str], trailing: str, ignore_case: bool) -> Callable[[str], bool]:
    """A test that is true of every line ``_line_end_pattern`` matches (and of a few it
    does not: the character before the word is not looked at), built from one small
    pattern instead of the words' tree. The trailing run may give characters back to the
    word, as the pattern's may, so each end it can leave is tried."""
    if "" in words:
        return bool
    trailing_run = re.compile(rf"(?:{trailing})*").match  # read backwards: linear in the line
    longest = max(map(len, words))
    if ignore_case:
        # Only this letter outside ASCII matches an ASCII one ("i") once words are
        # case-folded. A line's end of ASCII and caseless characters (quotes, dashes) is
        # compared with the words made of such characters; a line's end with any other
        # character is always let through.
        endings = tuple(ending for ending in {word.replace("ı", "i") for word in words} if _ascii_or_caseless(ending))
    else:
        endings = tuple(words)
    # A line's end is compared only with the endings of its last character: str.endswith
    # with the whole tuple compared each of the tens of endings, several microseconds a line.
    by_last_character: dict[str, tuple[str, ...]] = {}
    for ending in endings:
        by_last_character[ending[-1]] = (*by_last_character.get(ending[-1], ()), ending)
    endings_of = by_last_character.get

    def may_end(text: str) -> bool:
        start = len(text) - trailing_run(text[::-1]).end()
        head = max(start - longest, 0)
        piece = text[head:]
        if ignore_case:
            if not _ascii_or_caseless(piece):
                return True
            piece = piece.lower()
        ends_with = piece.endswith
        first = start - head
        if first == len(piece):  # most lines: nothing trails, one end to compare
            return first > 0 and ends_with(endings_of(piece[first - 1], ()), 0, first)
        return any(ends_with(endings_of(piece[end - 1], ()), 0, end) for end in range(max(first, 1), len(piece) + 1))

    return may_end


def _ascii_or_caseless(text: str) -> bool:
    """Whether each character of ``text`` is ASCII or has no case: such a character
    matches only itself when the engine ignores case (a line's closing quote turned every
    line that had one over to the words' pattern, whose compile cost a commit hook 9.5M
    instructions)."""
    return text.isascii() or all(character.isascii() or character.lower() == character == character.upper() for character in text)


MAX_LINE_END_PATTERNS = 16
_line_end_patterns: dict[tuple[frozenset[str], str, bool], re.Pattern[str]] = {}
"""The patterns ``_line_end_pattern`` built, by its arguments, the least recently used
first: ``lines_ending_in`` asks whether one is built, which an ``lru_cache`` cannot tell."""


def _line_end_pattern(words: frozenset[str], trailing: str, ignore_case: bool) -> re.Pattern[str]:
    """What ``Document.lines_ending_in`` looks for in the text read backwards: a line
    break, then ``trailing`` characters, then one of the words backwards."""
    key = (words, trailing, ignore_case)
    pattern = _line_end_patterns.pop(key, None)
    if pattern is None:
        if len(_line_end_patterns) >= MAX_LINE_END_PATTERNS:
            del _line_end_patterns[next(iter(_line_end_patterns))]
        pattern = _build_line_end_pattern(words, trailing, ignore_case)
    _line_end_patterns[key] = pattern
    return pattern


def _build_line_end_pattern(words: frozenset[str], trailing: str, ignore_case: bool) -> re.Pattern[str]:
    """The standard library's engine finds a pattern that opens with a literal character by
    a quick scan for that character; the words form a tree of their last characters."""
    ends = literal_tree((word[::-1], "") for word in words)
    flags = re.IGNORECASE if ignore_case else 0
    # Where no word ends with a trailing character, the run of them can give none back to a
    # word: taken possessively, it is not tried shorter at each line (the feed-teaser's
    # search of the inscriptis pages 38.9M -> 25.9M instructions). Python 3.10's engine
    # has no possessive runs; there the run stays greedy, with the same matches.
    trailing_character = re.compile(trailing, flags).fullmatch
    keeps_its_run = STANDARD_HAS_POSSESSIVE and not any(trailing_character(word[-1]) for word in words if word)
    run = rf"(?:{trailing})*+" if keeps_its_run else rf"(?:{trailing})*"
    if not ignore_case:
        return re.compile(rf"\n{run}{ends}(?!\w)")
    # Ignoring case, the engine tries the branches one by one (each comparison folds the
    # character): a class of the words' last letters first turns most lines away at once.
    last_letters = "".join(sorted({word[-1] for word in words if word}))
    return re.compile(rf"\n{run}(?=[{re.escape(last_letters)}]){ends}(?!\w)", flags)


def _has_sentence_mark(text: str) -> bool:
    return "…" in text or "。" in text or "！" in text or "？" in text


def _add_sentence(append: Callable[[Sentence], None], text: str, offset: int, number: int, start: int, end: int) -> None:
    """Add ``text[start:end]`` of the block at ``offset``, stripped, unless it is blank."""
    piece = text[start:end]
    stripped = piece.strip()
    if not stripped:
        return
    begin = offset + start + len(piece) - len(piece.lstrip())
    append(_new_sentence((begin, begin + len(stripped), stripped, number)))


def overlaps_any(spans: tuple[tuple[int, int], ...] | list[tuple[int, int]], start: int, end: int) -> bool:
    """Whether ``start..end`` overlaps one of ``spans`` (sorted, none overlapping another), or
    starts where one does: one bisection, where a test of each span made a rule's time grow
    with the square of the text for a text full of them."""
    index = bisect_right(spans, (start, float("inf"))) - 1  # type: ignore[arg-type]
    for span_start, span_end in spans[max(index, 0):index + 2]:
        if span_start < end and start < span_end or span_start == start:
            return True
    return False
