"""Small judgements about text that many rules share.

Keep them here, once: "does this line read as a title", "is it a list item", "is this
offset inside a quotation". A rule that needs a new one adds it here with its tests.
"""

from __future__ import annotations

from scrapelint.patterns import lazy

_LIST_MARKER = lazy(r"^\s*(?:[-*+•·◦▪▸►‣o]\s+|\(?\d{1,3}[.)]\s+|\(?[a-zA-Z][.)]\s+)")
_EDGE_NOISE = lazy(r"^[\s\p{Pd}*+•·◦▪▸►‣#>|]+|[\s:;,.!?…|]+$")
_SPACE = lazy(r"\s+")
_WORD = lazy(r"[\p{L}\p{N}][\p{L}\p{N}\p{M}'’-]*")
_SENTENCE_FINAL = lazy(r"""[.!?…。！？]["'”’»)\]]*\s*$""")

MAX_TITLE_WORDS = 25
MAX_TITLE_CHARS = 250


def words(text: str) -> list[str]:
    return _WORD.findall(text)


def normalize_line(text: str) -> str:
    """Case-folded, with inner whitespace collapsed and edge bullets and punctuation dropped."""
    return _SPACE.sub(" ", _EDGE_NOISE.sub("", text)).casefold()


def is_list_item(text: str) -> bool:
    return _LIST_MARKER.match(text) is not None


def ends_sentence(text: str) -> bool:
    return _SENTENCE_FINAL.search(text) is not None


def looks_like_title(text: str) -> bool:
    """A short line that does not end like a sentence: a headline or a heading."""
    stripped = text.strip().lstrip("#").strip()
    if not stripped or len(stripped) > MAX_TITLE_CHARS or is_list_item(text):
        return False
    if stripped.endswith(".") and not stripped.endswith("..."):
        return False
    count = len(words(stripped))
    return 0 < count <= MAX_TITLE_WORDS


_QUOTE_PAIRS = (("“", "”"), ("«", "»"), ("„", "“"), ("‘", "’"))


def inside_quotation(text: str, offset: int) -> bool:
    """Whether ``offset`` falls inside a quotation that opened earlier in ``text``.

    ``text`` is usually one paragraph. Straight double quotes count by parity; paired
    quotes by the balance of openers and closers before the offset.
    """
    before = text[:offset]
    if before.count('"') % 2:
        return True
    for opener, closer in _QUOTE_PAIRS[:2]:
        if before.count(opener) > before.count(closer):
            return True
    return False
