"""Phrase keys, phrase lists and the searches that find a document's phrase lines."""

from __future__ import annotations

from collections import Counter
from unittest.mock import patch

import pytest
import regex
from hypothesis import example, given
from hypothesis import strategies as st

from scrapelint import document
from scrapelint.document import SCAN_BLOCK_CHARS, Document
from scrapelint.phrases.matching import (
    _ascii_number,
    _characters_beyond_ascii,
    _differing_chars,
    _line_first_words,
    _template,
    _template_affixes,
    _within_edits,
    computed_phrase_key,
    count_held,
    holds_any,
    is_unspaced,
    key_opening,
    lines_holding,
    lines_opening_with,
    matching_positions,
    phrase_key,
    phrase_list,
    short_lines,
)


def test_unspaced_scripts_are_those_of_the_regex_packages_unicode_data() -> None:
    """The table ``is_unspaced`` reads agrees with the script properties it stands for on
    every character this Python's Unicode data assigns (a later Unicode's additions aside)."""
    import unicodedata

    scripts = regex.compile(r"[\p{Han}\p{Hiragana}\p{Katakana}\p{Hangul}]")
    differing = [
        f"U+{point:04X}" for point in range(0x110000)
        if unicodedata.category(chr(point)) not in ("Cn", "Cs")
        and is_unspaced.__wrapped__(chr(point)) != bool(scripts.match(chr(point)))
    ]
    assert differing == []
    assert is_unspaced("Related 関連記事") and is_unspaced("한국어") and is_unspaced("\U00020000")
    assert not is_unspaced("“Related” — posts…") and not is_unspaced("Статьи") and not is_unspaced("مقالات ذات صلة")


@pytest.mark.parametrize(
    ("phrase", "text"),
    [
        ("leave a reply", "leave a replay"),
        ("leave a reply", "leave reply"),
        ("required fields are marked", "requierd fields are marked"),
        ("cancel reply", "cancel rep"),
        ("share this", "shera this"),
    ],
)
def test_character_counts_never_rule_out_a_phrase_within_the_edits(phrase: str, text: str) -> None:
    within = [errors for errors in (1, 2, 3) if regex.fullmatch(rf"(?:{regex.escape(phrase)}){{e<={errors}}}", text)]
    assert within
    assert _differing_chars(Counter(phrase), text) <= min(within)


_EDIT_ALPHABET = st.sampled_from(list("ab ré.*ßſ関"))


@given(st.text(alphabet=_EDIT_ALPHABET, max_size=14), st.data(), st.integers(min_value=1, max_value=3))
def test_within_edits_says_what_the_fuzzy_pattern_says(phrase: str, data: st.DataObject, errors: int) -> None:
    """The edit count agrees with the ``regex`` fuzzy pattern it replaced, on keys near the phrase and far from it."""
    edited = list(phrase)
    for _ in range(data.draw(st.integers(min_value=0, max_value=5))):
        where = data.draw(st.integers(min_value=0, max_value=len(edited)))
        char = data.draw(_EDIT_ALPHABET)
        kind = data.draw(st.sampled_from(("insert", "delete", "replace")))
        if kind == "insert":
            edited.insert(where, char)
        elif where < len(edited):
            if kind == "delete":
                del edited[where]
            else:
                edited[where] = char
    for key in ("".join(edited), data.draw(st.text(alphabet=_EDIT_ALPHABET, max_size=14))):
        fuzzy = regex.fullmatch(rf"(?:{regex.escape(phrase)}){{e<={errors}}}", key)
        assert _within_edits(phrase, key, errors) == (fuzzy is not None), (phrase, key, errors)


@pytest.mark.parametrize(
    ("phrase", "key", "errors", "within"),
    [
        ("leave a reply", "leave a replay", 1, True),
        ("abcdef", "bcdefa", 2, True),
        ("abcdef", "bcdefa", 1, False),
        ("required fields are marked", "requierd fields are marked", 2, True),
        ("required fields are marked", "requierd fields are marked", 1, False),
        ("share this", "", 3, False),
    ],
)
def test_within_edits_counts_insertions_deletions_and_substitutions(phrase: str, key: str, errors: int, within: bool) -> None:
    assert _within_edits(phrase, key, errors) is within
    assert (regex.fullmatch(rf"(?:{regex.escape(phrase)}){{e<={errors}}}", key) is not None) is within


@given(st.text(alphabet=st.sampled_from(list("AbcZ")), min_size=1, max_size=12))
@example("Related")
@example("TAGS")
def test_a_first_word_of_ascii_letters_opens_as_its_key_says(word: str) -> None:
    """``_line_first_words`` keys a word of ASCII letters by itself in lower case, without
    ``phrase_key``: the key's opening is the same."""
    assert key_opening(phrase_key(word)) == word.lower()



TEMPLATE_FILLERS = ("x", "news", "the app", "0", "a b c d e f g", "뉴스", "最新", "")


@given(st.data())
def test_a_key_that_fits_a_template_starts_and_ends_as_its_affixes_say(data: st.DataObject) -> None:
    """``_fits_template`` tries a template's pattern only on keys that start and end with
    its literal parts: every key the pattern accepts does."""
    listed = [phrase for family in ("related", "follow-us") for _, pairs in phrase_list(family, (), True).templates.items() for phrase, _ in pairs]
    phrase = data.draw(st.sampled_from(sorted(set(listed))))
    fillers = data.draw(st.lists(st.sampled_from(TEMPLATE_FILLERS), min_size=phrase.count("*"), max_size=phrase.count("*")))
    pieces = phrase.split("*")
    text = pieces[0] + "".join(filler + piece for filler, piece in zip(fillers, pieces[1:]))
    extra = data.draw(st.sampled_from(("", " more", "more ")))
    for key in (phrase_key(text), phrase_key(text + extra), phrase_key(extra + text)):
        start, end = _template_affixes(phrase)
        if regex.fullmatch(_template(phrase, phrase_key)[0], key):
            assert key.startswith(start) and key.endswith(end), (phrase, key)


HELD_WORDS = ("employs", "stock exchange", "ex", "関連", "記事", "über", "a b")


@given(
    st.lists(st.sampled_from(["employs", "employ", "stock", "exchange", "ex", "関連記事", "über", "a", "b", "", "x"]), max_size=8).map(" ".join),
    st.lists(st.sampled_from(HELD_WORDS), max_size=5, unique=True).map(tuple),
)
def test_held_words_are_found_as_a_search_of_each_word_finds_them(key: str, listed: tuple[str, ...]) -> None:
    """A listed word is held at a word start of the key, or anywhere in an unspaced script."""
    held = [(word in key) if is_unspaced(word) else (f" {word}" in f" {key}") for word in listed]
    assert holds_any(key, listed) is any(held)
    assert count_held(key, listed) == sum(held)


NEEDLES = ("contributed reporting", "contribuyó a este reportaje", "e-mail", "mail", "über", "関連")


@given(
    st.lists(
        st.sampled_from([
            "Contributed reporting by A.", "contributor", "E-MAIL us", "Über uns", "関連記事", "prose", "", "  mail",
            # Characters whose folding is longer, beyond the Basic Multilingual Plane, a lone surrogate.
            "STRAẞE mail", "🙂 über", "\ud800 mail",
        ]),
        max_size=12,
    ),
    st.sampled_from([NEEDLES, ("mail", "über", "関連"), ("strasse", "e-mail")]),
    st.sampled_from([SCAN_BLOCK_CHARS, 1, 8, 30]),
)
def test_lines_holding_finds_the_lines_a_plain_search_finds(pieces: list[str], needles: tuple[str, ...], block: int) -> None:
    """The search by shared clues (or by the needles themselves, when no clue is shared)
    finds each line that holds a needle, case-folded, and no other, however the text is
    cut into blocks for the search."""
    doc = Document("\n".join(pieces))
    expected = [line.index for line in doc.lines if any(needle in line.text.casefold() for needle in needles)]
    with patch.object(document, "SCAN_BLOCK_CHARS", block):
        assert [line.index for line in lines_holding(doc, needles)] == expected


# Words of phrases that allow edits and of templates, misspelt and run together, with
# numbers, marks, other scripts and blank lines with spaces.
PHRASE_LINE_PIECES = [
    "Leave a Reply", "Leave a Replay", "leave a reply to John", "Cancel reply", "Required fields are marked *", "Requierd fields are marked",
    "Follow us on Twitter", "Follow Example News on Instagram", "follow us", "Folow us on", "Related posts", "Related Stories:",
    "More from", "Share this article", "Shera this", "Read more", "comments", "Reply", "2 comments", "Zum Thema", "Lesen Sie auch",
    "関連記事", "もっと見る", "의견", "Читайте также", "•", "—", "’", "Ü", "12", "x", "  ", "",
]


@given(st.lists(st.lists(st.sampled_from(PHRASE_LINE_PIECES), max_size=4).map(" ".join), max_size=12))
@example(["Leave a Replay", "Folow us on Twitter", "Related posts from the archive", "  ", "関連記事 もっと見る"])
# As long as a key can be and still be within the edits of a phrase, and as short.
@example(["Laat een reactie achterxx", "Vaše e-mailová adresa nebude zveřejn", "Stáhněte si aplikacixx", "Partagez cet artic", "Vous aimerez aus"])
def test_matching_positions_are_the_short_lines_that_match_a_phrase(lines: list[str]) -> None:
    """The keys picked by the short-line index are matched as matching each short line's key finds them."""
    doc = Document("\n".join(lines))
    for family, templates in (("comment-form", False), ("follow-us", True), ("related", True), ("share", False)):
        listed = phrase_list(family, (), templates)
        kinds = {position: listed.match(key) for position, key in enumerate(short_lines(doc).keys)}
        assert matching_positions(doc, listed) == {position: kind for position, kind in kinds.items() if kind}


KEY_PIECES = [
    "Read", "MORE", "a", "Z", "12", "3.5", "1,000", "4/5", "12:30", "k", "K", "m", "M", "km", "x9", "_", "-", ".", ",", ":", "/", "'",
    " ", "  ", "\t", "\x0b", "\x1c", "\x1f", "\xa0", "’", "“", "—", "…", "•", "é", "e\u0301", "ß", "İ", "Москва", "関連記事", "칼럼", "٣", "²", "\ud800",
]


def _key_by_a_table_of_characters(text: str) -> str:
    """``computed_phrase_key`` as it was before its table lowered the case and told the
    digits: the common marks outside ASCII translated by a table of characters, the case
    lowered and the digits looked for each on its own."""
    not_word = bytes(byte for byte in range(128) if not chr(byte).isalnum())
    common = str.maketrans(dict.fromkeys("\xa0\u2009\u202f•·◦▪▸►‣‘’“”«»–—…", " "))
    if not text.isascii() and (spaced := text.translate(common)).isascii():
        text = spaced
    if not text.isascii():
        return computed_phrase_key(text)
    key = text.lower()
    if any(map(key.__contains__, "0123456789")):
        key = _ascii_number().sub(" 0 ", key)
    return " ".join(key.encode().translate(bytes.maketrans(not_word, b" " * len(not_word))).decode().split())


@given(st.lists(st.sampled_from(KEY_PIECES), max_size=12).map("".join))
@example("Read MORE: 12.5k views — 3/4 of 10M, don’t")
@example("Über 関連 \u2019")
def test_a_key_is_the_key_a_table_of_characters_made(text: str) -> None:
    """The ASCII key by one byte table that lowers the case and deletes the digits, the common
    marks outside ASCII replaced one by one, is the key they were made by before."""
    assert computed_phrase_key(text) == _key_by_a_table_of_characters(text)


def test_lines_opening_with_picks_lines_by_their_first_word() -> None:
    doc = Document("Related stories\nThe related work\n- Related: more\nrelated\n")
    assert [line.index for line in lines_opening_with(doc, "related")] == [0, 2, 3]


OPENING_PIECES = ["Related", "related", "RELATED", "Mehr", "関連記事", "Lire aussi", "12", "3 things", "- ", "• ", "The", "éditions", " ", ""]


@given(st.lists(st.lists(st.sampled_from(OPENING_PIECES), max_size=3).map(" ".join), max_size=10))
def test_lines_opening_with_finds_the_lines_whose_first_word_opens_a_phrase(lines: list[str]) -> None:
    """The lines picked in C are those whose first word, keyed, is a phrase's opening."""
    doc = Document("\n".join(lines))
    for family in ("related", "tags-label"):
        openings = {key_opening(key) for key in phrase_list(family).exact}
        expected = []
        for line in doc.lines:
            first = regex.search(r"[\p{L}\p{N}][\p{L}\p{M}\p{N}]*", line.text)
            if first is not None and regex.match(r"[^\p{L}\p{N}]*", line.text).end() == first.start():
                if key_opening(phrase_key(first[0])) in openings:
                    expected.append(line.index)
        assert [line.index for line in lines_opening_with(doc, family)] == expected


FIRST_WORD_PIECES = [
    "Related", "a", "x9", "42", "_", "-", "• ", "’", "“", "—", "«", "©", " ", "\u00a0", "\t", "\x0b", "\x1c", "\u2028", "\n", "  \n",
    "é", "e\u0301", "\u0301", "ñ", "Ça", "İ", "ß", "Москва", "関連記事", "칼럼", "٣", "²", "Ⅻ", "ª", "\u200b", "👍",
]


@given(st.lists(st.sampled_from(FIRST_WORD_PIECES), max_size=16).map("".join))
@example("don’t\nCafé\n\n  e\u0301te\u0301 x\n• 関連記事\n")
def test_first_words_of_lines_are_those_the_pattern_of_unicode_classes_finds(text: str) -> None:
    """Each line's first word, read in ASCII by the standard library's engine and outside
    it again by the regex package's, is the word that one search of the text with the
    classes of Unicode properties finds."""
    expected = regex.findall(r"^[^\p{L}\p{N}\n]*+([\p{L}\p{N}][\p{L}\p{M}\p{N}]*+)?[^\n]*+", text, flags=regex.M)
    assert _line_first_words(Document(text))[0] == expected


@given(st.text())
@example("Über 関連 \ud800 x\U0001f44d ß")
def test_characters_beyond_ascii_are_those_of_the_case_folded_text(text: str) -> None:
    """Read from the text's UTF-8 bytes, lone surrogates included."""
    doc = Document(text)
    assert _characters_beyond_ascii(doc) == {char for char in doc.text.casefold() if not char.isascii()}


@given(st.text(alphabet=st.sampled_from(list("19 .,:/kKmMab_-")), max_size=30))
@example("12.5k views, 3/4 of 10m and 7km")
def test_numbers_of_ascii_text_are_found_as_the_pattern_of_any_text_finds_them(text: str) -> None:
    from scrapelint.phrases.matching import _NUMBER, _ascii_number

    assert _ascii_number().sub(" 0 ", text) == _NUMBER.sub(" 0 ", text)


@given(st.text(alphabet=st.sampled_from(list("abcé ßZ字\u0301")), max_size=24), st.text(alphabet=st.sampled_from(list("abcé ßZ字\u0301")), max_size=24))
@example("leave a reply", "leave a replay")
@example("", "")
def test_the_character_count_bound_is_the_bag_distance(first: str, second: str) -> None:
    """``_differing_chars`` counts in C what subtracting the Counters both ways counts."""
    one, other = Counter(first), Counter(second)
    assert _differing_chars(one, second) == max(sum((one - other).values()), sum((other - one).values()))
