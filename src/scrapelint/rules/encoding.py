"""Encoding: mojibake, lost characters, and characters that have no business in text.

Most text never needs more than one cheap regular-expression pass per rule here: ftfy is
imported only when that pass has found a byte sequence that looks like UTF-8 read in a
single-byte encoding.
"""

from __future__ import annotations

import unicodedata
from bisect import bisect_right
from collections.abc import Iterator
from functools import lru_cache

import regex

from scrapelint.diagnostics import Applicability, Edit, Finding, Fix
from scrapelint.document import Document, contains_any, find_all, overlaps_any
from scrapelint.patterns import lazy
from scrapelint.rules.base import Category, FixAvailability, Options, rule
from scrapelint.rules.whitespace import SPECIAL_SPACES

_CONTINUATION_BYTES = range(0x80, 0xC0)


def _decoded_bytes(codec: str) -> set[str]:
    """What UTF-8 continuation bytes become in ``codec``; undefined bytes keep their
    Latin-1 code point, as browsers and ftfy's "sloppy" codecs do."""
    decoded = set()
    for byte in _CONTINUATION_BYTES:
        try:
            decoded.add(bytes([byte]).decode(codec))
        except UnicodeDecodeError:
            decoded.add(chr(byte))
    return decoded


def _char_class(chars: set[str]) -> str:
    return "[" + "".join(regex.escape(c) for c in sorted(chars)) + "]"


@lru_cache(maxsize=1)
def _latin_continuation() -> str:
    """A character class of UTF-8 continuation bytes read as Windows-1252 or Latin-1."""
    return _char_class(_decoded_bytes("cp1252") | {chr(b) for b in _CONTINUATION_BYTES})


@lru_cache(maxsize=1)
def _latin_utf8_sequence() -> regex.Pattern[str]:
    """Complete UTF-8 sequences as they look when read as Windows-1252 or Latin-1."""
    continuation = _latin_continuation()
    return regex.compile(
        rf"(?:[\xc2-\xdf]{continuation}|[\xe0-\xef]{continuation}{{2}}|[\xf0-\xf4]{continuation}{{3}})+"
    )


@lru_cache(maxsize=1)
def _first_looks() -> tuple[regex.Pattern[str], ...]:
    """Quick tests for the start of a mojibake sequence, fastest first.

    Each starts with a single range of characters, which the regex package scans for
    several times faster than for a scattered class: a UTF-8 lead byte and a continuation
    byte read as Windows-1252; a lead byte whose no-break-space continuation became a space;
    the two lead bytes of Cyrillic read as Windows-1251 ("Р", "С") and a continuation byte.
    """
    return (
        regex.compile(rf"[\xc2-\xf4]{_latin_continuation()}"),
        regex.compile(r"[\xc2-\xc3] "),
        regex.compile(r"[\u0420-\u0421][\x80-\xbf\u0401-\u040f\u0451-\u045f\u0490\u0491\u2013-\u2122]"),
    )


# The characters the first looks start with: a text holding none is not searched.
_FIRST_LOOK_LEADS = "".join(map(chr, range(0xC2, 0xF5))) + "\u0420\u0421"


def _may_hold_mojibake(text: str) -> bool:
    # "вЂ" starts every General Punctuation character read as Windows-1251.
    return (
        contains_any(text, _FIRST_LOOK_LEADS) and any(look.search(text) for look in _first_looks())
        or "в" in text and "вЂ" in text
    )


@lru_cache(maxsize=1)
def _mojibake_candidate() -> regex.Pattern[str]:
    """The stretches of a line that ftfy is asked about: complete UTF-8 sequences read as
    Windows-1252, Latin-1 or Windows-1251, "â€"/"вЂ" (the start of every General Punctuation
    character), and "Â "/"Ã " (a sequence whose no-break-space byte became a space)."""
    cyrillic = _char_class(_decoded_bytes("cp1251"))
    return regex.compile(
        rf"{_latin_utf8_sequence().pattern}|â€|[ÂÃ](?= )|(?:[РС]{cyrillic}|в{cyrillic}{{2}})+|вЂ"
    )


def _as_single_bytes(text: str) -> bytes | None:
    """The bytes that ``text`` shows when it was decoded as Windows-1252 (or Latin-1)."""
    out = bytearray()
    for char in text:
        if ord(char) < 0x100:
            out.append(ord(char))
            continue
        try:
            out += char.encode("cp1252")
        except UnicodeEncodeError:
            return None
    return bytes(out)


def _is_utf8_read_as_latin(sequence: str) -> bool:
    data = _as_single_bytes(sequence)
    if data is None:
        return False
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


_ENCODING_NAMES = {
    "latin-1": "Latin-1",
    "sloppy-windows-1252": "Windows-1252",
    "sloppy-windows-1251": "Windows-1251",
    "sloppy-windows-1250": "Windows-1250",
    "sloppy-windows-1253": "Windows-1253",
    "sloppy-windows-1254": "Windows-1254",
    "sloppy-windows-1257": "Windows-1257",
    "iso-8859-2": "ISO-8859-2",
    "macroman": "Mac Roman",
    "cp437": "code page 437",
}
_C1 = lazy(r"[\x80-\x9f]")
_TIMES = {2: "twice", 3: "three times"}


def _what_happened(steps: list[tuple[str, str]], original: str) -> str:
    """ftfy's explanation in words, in the order the damage was done."""
    encodings = [parameter for action, parameter in steps if action == "encode"]
    if not encodings:
        # ftfy's "decode_inconsistent_utf8" repairs Windows-1252 mojibake in place.
        return "UTF-8 read as Windows-1252"
    names = []
    for encoding in reversed(encodings):
        name = _ENCODING_NAMES.get(encoding, encoding)
        if name == "Latin-1" and not _C1.search(original):
            # The two agree on every byte this text shows; Windows-1252 is the usual culprit.
            name = "Windows-1252"
        names.append(name)
    if len(set(names)) == 1 and len(names) > 1:
        return f"UTF-8 read as {names[0]} {_TIMES.get(len(names), f'{len(names)} times')}"
    return "UTF-8 read as " + ", then as ".join(names)


def _changed_regions(before: str, after: str) -> list[tuple[int, int, str]]:
    """(start, end, replacement) of each stretch of ``before`` that differs in ``after``.

    A repair turns runs of characters outside ASCII into others and leaves the ASCII
    between them as it was: where both texts have the same runs of ASCII, each pair of
    runs between them is compared on its own. A comparison of the whole line took time in
    the cube of its length where its mojibake repeats (5.6 KB on one line: 12 s)."""
    before_runs, after_runs = _ASCII_RUN.split(before), _ASCII_RUN.split(after)
    if len(before_runs) != len(after_runs) or before_runs[1::2] != after_runs[1::2]:
        return _compared_regions(before, after)
    regions: list[tuple[int, int, str]] = []
    at = 0
    for index, (old, new) in enumerate(zip(before_runs, after_runs)):
        if index % 2 == 0 and old != new:
            regions.extend((at + start, at + end, replacement) for start, end, replacement in _compared_regions(old, new))
        at += len(old)
    return regions


# Split with a group: the runs outside ASCII at even indices, the ASCII between at odd ones.
_ASCII_RUN = lazy(r"([\x00-\x7f]+)")


def _compared_regions(before: str, after: str) -> list[tuple[int, int, str]]:
    """``_changed_regions`` by a comparison of the two texts as wholes."""
    import difflib

    regions: list[tuple[int, int, str]] = []
    matcher = difflib.SequenceMatcher(None, before, after, autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            continue
        if regions and regions[-1][1] == i1:
            start, _, replacement = regions.pop()
            regions.append((start, i2, replacement + after[j1:j2]))
        else:
            regions.append((i1, i2, after[j1:j2]))
    return regions


_MAX_SHOWN = 40


def _token_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """The whitespace-delimited stretch around ``text[start:end]``, at most about 40 characters.

    Only spaces, tabs and line breaks delimit it: a no-break space can be part of mojibake.
    """
    left, right = start, end
    while left > 0 and text[left - 1] not in " \t\n" and start - left < _MAX_SHOWN // 2:
        left -= 1
    while right < len(text) and text[right] not in " \t\n" and right - end < _MAX_SHOWN // 2:
        right += 1
    return left, right


def _overlaps(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    """Whether ``start..end`` overlaps one of ``spans`` (sorted, not empty, none overlapping
    another: one search's matches), or, empty, touches one. Only the last two spans that
    start at ``end`` or before can: a test of each span for each region of a long line took time in
    the square of its mojibake (56 KB on one line: 13 s)."""
    before_end = bisect_right(spans, (end, float("inf")))  # type: ignore[arg-type]
    return any(s < end and start < e or start == end and s <= start <= e for s, e in spans[max(before_end - 2, 0):before_end])


@rule(
    code="E001",
    name="mojibake",
    category=Category.ENCODING,
    summary="UTF-8 text decoded in the wrong encoding (mojibake)",
    fix=FixAvailability.SOMETIMES,
    applicability=Applicability.SAFE,
)
def mojibake(doc: Document, options: Options) -> Iterator[Finding]:
    """## What it flags
    Characters that are UTF-8 bytes read in a single-byte encoding: "CafÃ©" for "Café",
    "â€™" for "’", "Ð¿Ñ€Ð¸" for "при", "РџСЂРёРІРµС‚" for "Привет", and text damaged more
    than once ("CafÃƒÂ©"). A cheap test looks for UTF-8 byte sequences as they appear in
    Windows-1252, Latin-1 and Windows-1251; ftfy then decides, line by line, and the
    message says what happened ("UTF-8 read as Windows-1252"). Text that only looks
    unusual, such as «café» or »Fuß«, is left alone, and so is mojibake in other
    single-byte encodings that the cheap test does not look for.

    ## Why it matters
    A page served or saved with the wrong character set garbles every accented letter,
    curly quote and dash. The text is still all there, in the wrong shape: readers stumble,
    search and deduplication miss matches, and a language model learns the garbage.

    ## Example
    ```text
    The cafÃ© said itâ€™s closing on Oct. 1.
    ```
    Two findings: "cafÃ©" should read "café" and "itâ€™s" should read "it’s".

    ## Fix safety
    Only the flagged characters are replaced, with ftfy's repair of the line they are on.
    Safe when ftfy undid the damage by re-encoding and decoding alone: that repair is exact
    and ftfy only makes it when its own heuristic says the text is mojibake. Unsafe when the
    repair had to guess: a space restored to the no-break space it once was, or bytes that
    were lost and become U+FFFD. When ftfy sees mojibake but cannot repair it (bytes were
    lost), the finding has no fix.
    """
    text = doc.text
    if text.isascii() or not _may_hold_mojibake(text):
        return
    candidates: dict[int, list[tuple[int, int]]] = {}
    for line in doc.lines:
        if line.text.isascii() or not _may_hold_mojibake(line.text):
            continue
        for match in _mojibake_candidate().finditer(line.text):
            candidates.setdefault(line.index, []).append(match.span())
    if not candidates:
        return
    import ftfy

    for index, spans in candidates.items():
        line = doc.lines[index]
        repaired = ftfy.fix_encoding_and_explain(line.text)
        if repaired.text == line.text:
            yield from _unrepairable(line.text, line.start, spans)
            continue
        steps = [tuple(step) for step in repaired.explanation or []]
        guessed = any(action == "transcode" for action, _ in steps)
        for start, end, replacement in _changed_regions(line.text, repaired.text):
            if not _overlaps(spans, start, end):
                continue
            left, right = _token_bounds(line.text, start, end)
            shown = line.text[left:right]
            should = line.text[left:start] + replacement + line.text[end:right]
            message = f"Mojibake: {shown!r} is {_what_happened(steps, line.text[start:end])}; it should read {should!r}"
            edit = Edit(line.start + start, line.start + end, replacement)
            if guessed or "\ufffd" in replacement:
                fix = Fix.unsafe("Repair the mojibake (ftfy had to guess part of it)", edit)
            else:
                fix = Fix.safe("Repair the mojibake", edit)
            yield Finding(line.start + start, line.start + end, message, fix)


def _unrepairable(line: str, offset: int, spans: list[tuple[int, int]]) -> Iterator[Finding]:
    """Candidates that ftfy's heuristic calls mojibake although it cannot repair them."""
    from ftfy.badness import is_bad

    reported_until = -1
    for start, end in spans:
        if start < reported_until:
            continue
        left, right = _token_bounds(line, start, end)
        if is_bad(line[left:right]):
            reported_until = right
            yield Finding(
                offset + start,
                offset + end,
                f"Looks like mojibake in {line[left:right]!r}, but the original bytes cannot be recovered",
            )


_REPLACEMENT_RUN = lazy(r"\ufffd+")


@rule(
    code="E002",
    name="replacement-character",
    category=Category.ENCODING,
    summary="Replacement character U+FFFD where a character was lost",
)
def replacement_character(doc: Document, options: Options) -> Iterator[Finding]:
    """## What it flags
    The replacement character U+FFFD (shown as "�"), alone or in a run.

    ## Why it matters
    A decoder writes U+FFFD where it met bytes that were not valid in the encoding it
    assumed. The original character is gone: "S�o Paulo", "caf�". The sentence reads
    wrong and no tool can tell which letter was there.

    ## Example
    ```text
    The festival returns to S�o Paulo in March.
    ```

    ## Fix safety
    No fix: the lost character cannot be recovered from the text. Decode the source
    again with the right encoding, or correct the word by hand.
    """
    if "\ufffd" not in doc.text:
        return
    for match in _REPLACEMENT_RUN.finditer(doc.text):
        left, right = _token_bounds(doc.text, match.start(), match.end())
        count = len(match.group())
        what = "Replacement character U+FFFD" if count == 1 else f"{count} replacement characters U+FFFD"
        yield Finding(
            match.start(),
            match.end(),
            f"{what} in {doc.text[left:right]!r}: a character was lost when the text was decoded",
        )


_CONTROL = lazy(r"\x1b\[[0-9;]*[A-Za-z]|[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
# Looking for each character with ``in`` is several times faster than one character class.
_CONTROLS = tuple(chr(c) for c in (*range(0x00, 0x09), 0x0B, 0x0C, *range(0x0E, 0x20), *range(0x7F, 0xA0)))
_NEXT_LINE = "\x85"


def _cp1252(control: str) -> str | None:
    """The character a C1 control stands for in Windows-1252; None for its five undefined bytes."""
    try:
        return bytes([ord(control)]).decode("cp1252")
    except UnicodeDecodeError:
        return None


@rule(
    code="E003",
    name="control-character",
    category=Category.ENCODING,
    summary="Control character in the text",
    fix=FixAvailability.ALWAYS,
    applicability=Applicability.SAFE,
)
def control_character(doc: Document, options: Options) -> Iterator[Finding]:
    """## What it flags
    C0 control characters other than tab and line breaks (U+0000–U+001F, U+007F),
    terminal colour codes ("\\x1b[31m"), and C1 control characters (U+0080–U+009F).
    A C1 control is almost always a Windows-1252 character decoded as Latin-1: U+0093 is
    a "“" that lost its way, and the message says which character it was. C1 controls
    inside a longer UTF-8 byte sequence are left to `mojibake` (E001).

    ## Why it matters
    Control characters are invisible or drawn as boxes, break terminals and parsers, and
    are never part of an article. C1 controls are mojibake: quotes, dashes and ellipses
    are missing from the sentence.

    ## Example
    ```text
    He called it \\x93a turning point\\x94 in the talks.
    ```
    Both C1 controls are flagged; the fix restores “ and ”.

    ## Fix safety
    Safe: a C1 control becomes the Windows-1252 character it stands for; a terminal escape
    sequence is removed; other controls are removed when a space or line break is next to
    them. Unsafe: removing a control that sits between two letters or digits (the words on
    either side join), and U+0085, which is also the NEXT LINE control, restored as "…".
    The five bytes Windows-1252 leaves undefined are removed, unsafe. A form feed or
    vertical tab between words gets a display-only suggestion: it stood for a page or line
    break.
    """
    text = doc.text
    if not contains_any(text, _CONTROLS):
        return
    in_mojibake: list[tuple[int, int]] | None = None
    for match in _CONTROL.finditer(text):
        start, end = match.span()
        found = match.group()
        code = f"U+{ord(found[0]):04X}"
        if len(found) > 1:
            remove = doc.remove_span(start, end)
            yield Finding(remove.start, remove.end, f"Terminal escape sequence {found!r}", Fix.safe("Remove it", remove))
            continue
        if "\x80" <= found <= "\x9f":
            if in_mojibake is None:
                in_mojibake = [
                    m.span() for m in _latin_utf8_sequence().finditer(text) if _is_utf8_read_as_latin(m.group())
                ]
            if overlaps_any(in_mojibake, start, end):
                continue
            yield _c1_finding(doc, start, end, found, code)
            continue
        before = text[start - 1] if start else "\n"
        after = text[end] if end < len(text) else "\n"
        remove = doc.remove_span(start, end)
        if found in "\x0b\x0c":
            name = "Form feed" if found == "\x0c" else "Vertical tab"
            if before.isspace() or after.isspace():
                yield Finding(remove.start, remove.end, f"{name} ({code}) in the text", Fix.safe("Remove it", remove))
            else:
                yield Finding(
                    start, end, f"{name} ({code}) between words: it stood for a page or line break",
                    Fix.display_only("Replace it with a line break", Edit(start, end, "\n")),
                )
            continue
        if before.isalnum() and after.isalnum():
            fix = Fix.unsafe("Remove it (the words on either side join)", remove)
        else:
            fix = Fix.safe("Remove it", remove)
        yield Finding(remove.start, remove.end, f"Control character {code} in the text", fix)


def _c1_finding(doc: Document, start: int, end: int, control: str, code: str) -> Finding:
    restored = _cp1252(control)
    if restored is None:
        remove = doc.remove_span(start, end)
        return Finding(
            remove.start, remove.end,
            f"C1 control character {code}: a byte that Windows-1252 leaves undefined (mojibake)",
            Fix.unsafe("Remove it", remove),
        )
    message = f"C1 control character {code}: a Windows-1252 {restored!r} decoded as Latin-1 (mojibake)"
    replace = Edit(start, end, restored)
    if control == _NEXT_LINE:
        return Finding(
            start, end, message + ", or the NEXT LINE control",
            Fix.unsafe(f"Replace it with {restored!r}", replace),
        )
    return Finding(start, end, message, Fix.safe(f"Replace it with {restored!r}", replace))


_INVISIBLE_CHARS = "\u00ad\u200b\u200c\u200d\u2060\u2061\u2062\u2063\u2064\ufeff"
_INVISIBLE = lazy(r"[\u00ad\u200b-\u200d\u2060-\u2064\ufeff]")
_ZERO_WIDTH_SPACE, _NON_JOINER, _JOINER, _WORD_JOINER, _BYTE_ORDER_MARK = "\u200b", "\u200c", "\u200d", "\u2060", "\ufeff"
# Scripts written without spaces between words, where a zero-width space marks a word boundary.
_NO_SPACE_SCRIPT = lazy(
    r"[\p{sc=Thai}\p{sc=Lao}\p{sc=Khmer}\p{sc=Myanmar}\p{sc=Tibetan}\p{sc=Han}\p{sc=Hiragana}"
    r"\p{sc=Katakana}\p{sc=Javanese}\p{sc=Balinese}\p{sc=Tai_Tham}\p{sc=New_Tai_Lue}\p{sc=Yi}]"
)
# Where joiners do work: emoji sequences, and letters of scripts that shape by context
# (Arabic, Persian, the Indic scripts...): anything but plain Latin, Greek and Cyrillic.
_JOINING_CONTEXT = lazy(
    r"[\p{ExtPict}\p{Emoji_Modifier}\ufe0f\u20e3]|(?![\p{sc=Latin}\p{sc=Greek}\p{sc=Cyrillic}])[\p{L}\p{M}]"
)


def _is_stray(text: str, index: int) -> bool:
    char = text[index]
    before = text[index - 1] if index else ""
    after = text[index + 1] if index + 1 < len(text) else ""
    if char == _ZERO_WIDTH_SPACE:
        return not any(_NO_SPACE_SCRIPT.match(c) for c in (before, after) if c)
    if char in (_NON_JOINER, _JOINER):
        return not any(_JOINING_CONTEXT.match(c) for c in (before, after) if c)
    if char == _WORD_JOINER:
        # Between two visible characters it keeps them on one line, which may be meant.
        return any(not c or c.isspace() or _INVISIBLE.match(c) for c in (before, after))
    if char == _BYTE_ORDER_MARK:
        return index > 0  # a leading byte-order mark marks the encoding; the reader drops it
    return True  # soft hyphen, invisible mathematical operators


def _invisible_name(char: str) -> str:
    name = "byte-order mark" if char == _BYTE_ORDER_MARK else unicodedata.name(char).lower()
    return f"{name} (U+{ord(char):04X})"


def _describe_invisible(counts: dict[str, int]) -> str:
    if len(counts) > 1:
        return "Invisible characters (" + ", ".join(_invisible_name(char) for char in counts) + ")"
    ((char, count),) = counts.items()
    name = _invisible_name(char)
    if count == 1:
        return f"Invisible {name}"
    plural = name.replace(" (", "s (", 1)
    return f"{count} invisible {plural}"


@rule(
    code="E004",
    name="invisible-character",
    category=Category.ENCODING,
    summary="Invisible character left in the text",
    fix=FixAvailability.ALWAYS,
    applicability=Applicability.SAFE,
)
def invisible_character(doc: Document, options: Options) -> Iterator[Finding]:
    r"""## What it flags
    Invisible format characters that do nothing where they are: soft hyphens (U+00AD),
    zero-width spaces (U+200B) outside scripts written without spaces, zero-width joiners
    and non-joiners (U+200D, U+200C) between Latin, Greek or Cyrillic letters, spaces or
    punctuation, word joiners (U+2060) next to a space, a line break or another invisible
    character, byte-order marks (U+FEFF) after the start of the text, and the invisible
    mathematical operators (U+2061–U+2064). Each word with such characters is one finding.

    Left alone: joiners inside emoji sequences (👨‍👩‍👧) and in Arabic, Persian and Indic
    words, zero-width spaces between Thai, Khmer, Lao, Burmese, Chinese or Japanese
    letters (they mark word boundaries there), a word joiner between two visible
    characters, and a byte-order mark at the very start.

    ## Why it matters
    They cannot be seen, so nobody removes them by hand, but they split words for search,
    tokenizers and spell checkers ("Not\u00adfall" is not "Notfall"), defeat
    deduplication, and turn an empty-looking line into a non-empty one.

    ## Example
    ```text
    Der Not\u00adfall\u00addaten\u00adsatz wird gespeichert.
    ```
    (`\u00ad` stands for the invisible soft hyphen.)

    ## Fix safety
    Safe: removing the character changes nothing anyone sees. A soft hyphen only offers a
    place to break the word, a zero-width space or a joiner where none is needed has no
    width and no effect, and a byte-order mark inside the text is a leftover of
    concatenated files.
    """
    text = doc.text
    if text.isascii() or not contains_any(text, _INVISIBLE_CHARS):
        return
    stray = [offset for offset in find_all(text, *_INVISIBLE_CHARS) if _is_stray(text, offset)]
    groups: list[list[int]] = []
    for index in stray:
        # In the previous one's word when no space lies between them: finding the word of
        # every character would read a 100 KB word once for each of its invisibles.
        if groups and not _SPACE.search(text, groups[-1][-1], index):
            groups[-1].append(index)
        else:
            groups.append([index])
    # Whether a line shows nothing, once a line: a long line holds many of the groups.
    empty_lines: dict[int, bool] = {}
    for indexes in groups:
        start, end = _word_around(text, indexes[0])
        counts: dict[str, int] = {}
        for index in indexes:
            counts[text[index]] = counts.get(text[index], 0) + 1
        what = _describe_invisible(counts)
        word = text[start:end]
        if _INVISIBLE.sub("", word):
            where = f"in {word!r}"
        elif _is_empty_line(doc, doc.line_index(start), empty_lines):
            where = "on an otherwise empty line"
        else:
            where = "between words"
        edits = _removals(doc, indexes)
        yield Finding(
            min(indexes[0], edits[0].start),
            max(indexes[-1] + 1, edits[-1].end),
            f"{what} {where}",
            Fix.safe("Remove the invisible characters", *edits),
        )


def _is_empty_line(doc: Document, index: int, known: dict[int, bool]) -> bool:
    """Whether line ``index`` holds only invisible characters and whitespace; remembered in ``known``."""
    if index not in known:
        known[index] = not _INVISIBLE.sub("", doc.lines[index].text).strip()
    return known[index]


def _removals(doc: Document, indexes: list[int]) -> list[Edit]:
    """Edits that remove the characters at ``indexes`` (ascending), merged where they touch."""
    edits: list[Edit] = []
    for index in indexes:
        edit = doc.remove_span(index, index + 1)
        if edits and edit.start <= edits[-1].end:
            previous = edits.pop()
            edit = Edit(min(previous.start, edit.start), max(previous.end, edit.end))
        edits.append(edit)
    return edits


_WORD_END = lazy(r"(?r)\S*\Z")
_SPACE = lazy(r"\s")
_WORD_START = lazy(r"\S*")


def _word_around(text: str, index: int) -> tuple[int, int]:
    """The run of non-whitespace characters that holds ``text[index]``."""
    before = _WORD_END.search(text, 0, index)
    after = _WORD_START.match(text, index + 1)
    return before.start(), after.end()  # type: ignore[union-attr]


_BIDI_CHARS = "\u200e\u200f\u061c\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
_BIDI = lazy(r"[\u200e\u200f\u061c\u202a-\u202e\u2066-\u2069]")
_RIGHT_TO_LEFT_LETTER = lazy(r"(?![\u200f\u061c])[\p{bc=R}\p{bc=AL}]")
_OPENERS = {
    "\u202a": "left-to-right embedding",
    "\u202b": "right-to-left embedding",
    "\u202d": "left-to-right override",
    "\u202e": "right-to-left override",
    "\u2066": "left-to-right isolate",
    "\u2067": "right-to-left isolate",
    "\u2068": "first-strong isolate",
}
_ISOLATES = "\u2066\u2067\u2068"
_OVERRIDES = "\u202d\u202e"
_RIGHT_TO_LEFT_OPENERS = "\u202b\u202e\u2067"
_POP_FORMATTING, _POP_ISOLATE = "\u202c", "\u2069"
_MARKS = {"\u200e": "left-to-right mark", "\u200f": "right-to-left mark", "\u061c": "Arabic letter mark"}


@rule(
    code="E005",
    name="bidi-control",
    category=Category.ENCODING,
    summary="Bidirectional control character that reorders or has no right-to-left text to act on",
    fix=FixAvailability.ALWAYS,
    applicability=Applicability.UNSAFE,
)
def bidi_control(doc: Document, options: Options) -> Iterator[Finding]:
    r"""## What it flags
    Bidirectional formatting characters that change what is displayed without a reason
    to: every directional override (U+202D, U+202E), embeddings and isolates (U+202A,
    U+202B, U+2066–U+2068) that are not closed on their line, closing characters
    (U+202C, U+2069) with nothing to close, right-to-left embeddings and isolates in a
    line without right-to-left letters, and direction marks (U+200E, U+200F, U+061C) in a
    line without right-to-left letters. Marks and balanced embeddings in lines with
    Hebrew, Arabic or other right-to-left text are left alone: that is what they are for.

    ## Why it matters
    These characters reorder what a reader sees without changing what is stored: "Trojan
    Source" attacks hide text this way, and a stray override left by a template displays a
    whole line backwards. In left-to-right text they do nothing useful and travel
    invisibly into every copy.

    ## Example
    ```text
    The file is called \u202etxt.exe\u202c on the server.
    ```
    (`\u202e` stands for the invisible RIGHT-TO-LEFT OVERRIDE, `\u202c` for POP
    DIRECTIONAL FORMATTING.) It displays as "The file is called exe.txt on the server."

    ## Fix safety
    Unsafe: the fix removes the control (and its closing partner), which changes how the
    line is displayed; a person should check that the stored order is the intended one.
    """
    text = doc.text
    if text.isascii() or not contains_any(text, _BIDI_CHARS):
        return
    # The lines that hold one, found from the characters: most lines hold none.
    for index in sorted({doc.line_index(offset) for offset in find_all(text, *_BIDI_CHARS)}):
        line = doc.lines[index]
        yield from _bidi_in_line(doc, line.text, line.start)


def _bidi_in_line(doc: Document, line: str, offset: int) -> Iterator[Finding]:
    has_right_to_left = _RIGHT_TO_LEFT_LETTER.search(line) is not None
    open_stack: list[int] = []
    closed: list[tuple[int, int]] = []
    unmatched: list[int] = []
    for match in _BIDI.finditer(line):
        index, char = match.start(), match.group()
        if char in _OPENERS:
            open_stack.append(index)
        elif char == _POP_FORMATTING:
            if open_stack and line[open_stack[-1]] not in _ISOLATES:
                closed.append((open_stack.pop(), index))
            else:
                unmatched.append(index)
        elif char == _POP_ISOLATE:
            if any(line[i] in _ISOLATES for i in open_stack):
                while line[open_stack[-1]] not in _ISOLATES:
                    unmatched.append(open_stack.pop())  # an embedding the isolate's end cuts short
                closed.append((open_stack.pop(), index))
            else:
                unmatched.append(index)
        elif not has_right_to_left:
            remove = doc.remove_span(offset + index, offset + index + 1)
            yield Finding(
                remove.start, remove.end,
                f"{_MARKS[char].capitalize()} (U+{ord(char):04X}) in a line without right-to-left text",
                Fix.unsafe("Remove it", remove),
            )
    for opener, closer in closed:
        char = line[opener]
        if char in _OVERRIDES:
            reason = "reverses how the text it encloses is displayed"
        elif char in _RIGHT_TO_LEFT_OPENERS and not has_right_to_left:
            reason = "in a line without right-to-left text"
        else:
            continue
        close = doc.remove_span(offset + closer, offset + closer + 1)
        # At a text's invisible end, the closer's removal takes the opener with it.
        edits = (close,) if close.start <= offset + opener else (Edit(offset + opener, offset + opener + 1), close)
        yield Finding(
            offset + opener, offset + closer + 1,
            f"{_OPENERS[char].capitalize()} (U+{ord(char):04X}) {reason}",
            Fix.unsafe("Remove it and its closing character", *edits),
        )
    for index in sorted(unmatched + open_stack):
        char = line[index]
        if char in _OPENERS:
            message = f"{_OPENERS[char].capitalize()} (U+{ord(char):04X}) that is never closed"
            if char in _OVERRIDES:
                message += ": it reverses how the rest of the line is displayed"
        else:
            message = f"Closing bidirectional control (U+{ord(char):04X}) with nothing to close"
        remove = doc.remove_span(offset + index, offset + index + 1)
        yield Finding(remove.start, remove.end, message, Fix.unsafe("Remove it", remove))


# A run of spaces between two visible characters that holds at least one space other than
# U+0020 (no-break, em, ideographic...).
_ODD_SPACE_RUN = lazy(r"(?<=\S)\p{Zs}*[^\P{Zs} ]\p{Zs}*(?=\S)")
_IDEOGRAPHIC_SPACE = "\u3000"
_CJK = lazy(r"[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}\p{sc=Hangul}\p{sc=Bopomofo}\u3001-\u303f\uff00-\uffef]")


@rule(
    code="E006",
    name="odd-space",
    category=Category.ENCODING,
    summary="Run of no-break or other special spaces used as layout, or an ideographic space in Latin text",
    fix=FixAvailability.ALWAYS,
    applicability=Applicability.SAFE,
)
def odd_space(doc: Document, options: Options) -> Iterator[Finding]:
    r"""## What it flags
    Inside a line, between two visible characters:
    - a run of two or more spaces of which at least one is a no-break space (U+00A0) or
      another special space (em space, thin space, ideographic space...): "&nbsp;"
      entities piled up for layout, or a no-break space next to an ordinary one;
    - an ideographic space (U+3000) in a line without Chinese, Japanese or Korean text.

    A single no-break space is correct typography ("10 km", "M. Dupont", French "« oui »"
    and the space before "; : ! ?") and is never flagged; neither is an ideographic space
    in CJK text, nor spaces at the start or end of a line (see `trailing-whitespace`).

    ## Why it matters
    Web pages pad text with runs of `&nbsp;`, and scrapers keep them as characters that
    look like spaces but do not match a space: words stay glued for tokenizers, search and
    deduplication miss, and the gaps survive every later whitespace cleanup.

    ## Example
    ```text
    Flaherty, Anne.\u00a0\u00a0 “5 Key Takeaways From Testimony”
    ```
    (`\u00a0` stands for a no-break space.)

    ## Fix safety
    Safe: the run becomes one ordinary space, which is what a browser displays in place of
    layout spacing; no visible character changes.
    """
    text = doc.text
    if text.isascii():
        return
    present = [space for space in SPECIAL_SPACES if space in text]
    if not present:
        return
    for line in doc.lines_holding(*present):
        for match in _ODD_SPACE_RUN.finditer(line.text):
            run = match.group()
            if len(run) == 1:
                if run != _IDEOGRAPHIC_SPACE or _CJK.search(line.text):
                    continue
                message = "Ideographic space (U+3000) in a line without Chinese, Japanese or Korean text"
            else:
                kinds = sorted({c for c in run if c != " "})
                names = ", ".join(f"{unicodedata.name(c).lower()} (U+{ord(c):04X})" for c in kinds)
                message = f"{len(run)} spaces in a row, including {names}: layout spacing"
            start, end = line.start + match.start(), line.start + match.end()
            yield Finding(start, end, message, Fix.safe("Replace them with one space", Edit(start, end, " ")))


_PRIVATE_USE_RUN = lazy(r"\p{Co}+")
# One range each: the regex package scans for a single range several times faster than for a class.
_PRIVATE_USE_AREAS = (lazy("[\ue000-\uf8ff]"), lazy("[\U000f0000-\U0010ffff]"))
# In UTF-8 a private-use character opens with one of these bytes (U+E000 to U+F8FF: EE or
# EF; planes 15 and 16: F3 or F4). Most texts beyond ASCII (curly quotes) hold none, which
# is found in C without the patterns: their compile costs a run 0.7M instructions.
_PRIVATE_USE_LEAD_BYTES = (b"\xee", b"\xef", b"\xf3", b"\xf4")


@rule(
    code="E007",
    name="private-use-character",
    category=Category.ENCODING,
    summary="Private-use character, usually an icon-font glyph",
    fix=FixAvailability.ALWAYS,
    applicability=Applicability.UNSAFE,
)
def private_use_character(doc: Document, options: Options) -> Iterator[Finding]:
    r"""## What it flags
    Characters from the Unicode private-use areas (U+E000–U+F8FF and planes 15–16), alone
    or in a run.

    ## Why it matters
    Icon fonts (Font Awesome, Material Icons...) draw their search, menu and share icons
    with private-use code points. The scraper keeps the code point; without the font it is
    a box or nothing, and it means nothing as text.

    ## Example
    ```text
    Subscriptions
    \ue8b6
    Global
    ```
    (`\ue8b6` stands for the private-use character the icon font draws as a magnifier.)

    ## Fix safety
    Unsafe: the fix removes the character. Private-use code points have no standard
    meaning, so a few legacy documents use them for real characters (old Hong Kong
    character sets, a company logo); check before removing.
    """
    text = doc.text
    if text.isascii():
        return
    encoded = text.encode("utf-8", "surrogatepass")
    if not any(map(encoded.__contains__, _PRIVATE_USE_LEAD_BYTES)) or not any(area.search(text) for area in _PRIVATE_USE_AREAS):
        return
    for match in _PRIVATE_USE_RUN.finditer(text):
        run = match.group()
        code = f"U+{ord(run[0]):04X}"
        what = f"Private-use character {code}" if len(run) == 1 else f"{len(run)} private-use characters from {code}"
        remove = doc.remove_span(match.start(), match.end())
        yield Finding(
            remove.start, remove.end, f"{what}: an icon-font glyph or a character with no standard meaning",
            Fix.unsafe("Remove it", remove),
        )
