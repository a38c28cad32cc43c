from __future__ import annotations

import pytest
import regex
from hypothesis import example, given
from hypothesis import strategies as st

from scrapelint import phrases
from scrapelint.document import Document
from scrapelint.predicates import (
    is_bare_figure,
    is_running_text,
    joined_to_prose,
    likely_languages,
    opens_in_lower_case,
    words,
)

ENGLISH = "The council voted on Tuesday to close the bridge for repairs, and the work will start in the spring."
GERMAN = "Der Stadtrat hat am Dienstag beschlossen, die Brücke für die Arbeiten im Frühjahr zu sperren."


def test_likely_languages_picks_the_language_of_the_function_words() -> None:
    assert likely_languages(ENGLISH, "open-clause-words") == {"en"}
    assert likely_languages(GERMAN, "open-clause-words") == {"de"}
    assert "ru" in likely_languages("Городской совет решил во вторник закрыть мост на ремонт.", "open-clause-words")


def test_likely_languages_is_empty_without_enough_clues() -> None:
    assert likely_languages("東京で大雨の影響。本文。", "open-clause-words") == frozenset()
    # one stray word from a web address does not make a long Korean text Portuguese
    korean = " ".join(f"기사{n}" for n in range(30)) + " entermedia.co.kr com"
    assert likely_languages(korean, "open-clause-words") == frozenset()


def test_list_bullets_are_not_taken_for_words() -> None:
    menu = "\n".join(f"  o Section {n}" for n in range(40)) + "\n" + ENGLISH
    assert likely_languages(menu, "open-clause-words") == {"en"}


def _languages_of_every_sample_word(text: str, family: str) -> frozenset[str]:
    """likely_languages as first written: the sample's words of two letters or more, gathered and compared with each list."""
    used = frozenset(
        word for word in (token.strip(".,;:!?\"'()[]{}«»“”„‘’…*|/-–—") for token in set(text[:3000].casefold().split())) if len(word) > 1
    )
    scores = {language: len(used & listed) for language, listed in phrases.load_by_language(family).items()}
    best = max(scores.values(), default=0)
    needed = 2 if len(used) >= 20 else 1
    return frozenset(language for language, score in scores.items() if best >= needed and score * 2 >= best)


_CLUE_WORDS = sorted({word for listed in phrases.load_by_language("open-clause-words").values() for word in listed})
_LANGUAGE_SAMPLE_PIECES = st.lists(
    st.one_of(
        st.sampled_from(_CLUE_WORDS),
        st.sampled_from(_CLUE_WORDS).map(str.upper),
        st.sampled_from(["o", "A", "É", "ß", "STRASSE", "straße", "İ", "x1", "日本", "기사", "com", "-", "…", "«", "“", "(", ")", ",", ".", "'"]),
        st.text(alphabet=st.sampled_from(list("ab é\u0301ЖΣς’'-.,\t\n\u3000\xa0\x1c日")), max_size=6),
    ),
    max_size=60,
)


@given(st.tuples(_LANGUAGE_SAMPLE_PIECES, st.lists(st.sampled_from([" ", "  ", "\n", " \n ", "\t", "", "\u3000"]), min_size=60, max_size=60)))
@example(([" ".join(f"w{n}" for n in range(19)), "the"], [" "] * 60))
@example(([" ".join(f"w{n}" for n in range(20)), "the"], [" "] * 60))
@example((["o", "a", "the"], [" "] * 60))
def test_likely_languages_counts_as_every_sample_word_compared(pieces: tuple[list[str], list[str]]) -> None:
    words, gaps = pieces
    text = "".join(word + gap for word, gap in zip(words, gaps))
    assert likely_languages(text, "open-clause-words") == _languages_of_every_sample_word(text, "open-clause-words")


@given(st.text(alphabet=st.sampled_from(list("ab. !?…。！？\"'”’»)]« \t\n\x1c\xa0\u3000\u2028日é,:")), max_size=8))
@example("")
@example("Done.\x1c")
@example("Fin. \u3000")
@example("“Yes!”)")
def test_ends_sentence_answers_as_the_stripped_end_does(text: str) -> None:
    from scrapelint.predicates import PATTERN_SPACE, SENTENCE_CLOSERS, ends_sentence

    marks = (".", "!", "?", "…", "。", "！", "？")
    assert ends_sentence(text) == text.rstrip(PATTERN_SPACE).rstrip(SENTENCE_CLOSERS).endswith(marks)


def test_quotations_answer_as_inside_quotation_does_for_growing_offsets() -> None:
    from scrapelint.predicates import Quotations, inside_quotation

    text = 'He said “we waited for the… it never came” and left. "Then… nothing," she said. « Non… » Fin.'
    quotations = Quotations(text)
    assert [quotations.inside(offset) for offset in range(len(text) + 1)] == [
        inside_quotation(text, offset) for offset in range(len(text) + 1)
    ]
    assert quotations.inside(3) == inside_quotation(text, 3)  # going back starts over


def test_normalize_line_drops_edge_noise_and_collapses_inner_space() -> None:
    from scrapelint.predicates import normalize_line

    assert normalize_line("  • Terms   of\tUse ; ") == "terms of use"
    assert normalize_line("— Related —:") == "related —"
    assert normalize_line("  ...") == ""
    # \x1c is whitespace to str.isspace() but not to the pattern class \s: kept, as before
    assert normalize_line("Menu \x1c") == "menu \x1c"
    assert normalize_line("Read more.\n") == "read more"


def test_the_trailing_noise_spaces_are_the_pattern_class_of_spaces() -> None:
    import sys

    import regex

    from scrapelint.predicates import PATTERN_SPACE

    spaces = regex.compile(r"\s")
    assert PATTERN_SPACE == "".join(char for char in map(chr, range(sys.maxunicode + 1)) if spaces.match(char))


@pytest.mark.parametrize(
    ("previous", "text", "following"),
    [
        ("and the server's response might look", "like this:", "HTTP/1.1 200 OK"),
        ("Sign up for the daily briefing", "Sign up today", "to get started!"),
        ("the default being the local (", "Read More", ")."),
        ("Keep up with the news,", "Subscribe", ""),
        # The end of a sentence that the words of its links broke into lines.
        ("curl", "like this:", "1"),
        ("Daily Brief", "newsletter.", "The council met on Tuesday."),
    ],
)
def test_joined_to_prose(previous: str, text: str, following: str) -> None:
    assert joined_to_prose(previous, text, following)


@pytest.mark.parametrize(
    ("previous", "text", "following"),
    [
        ("The council met.", "Share this:", "Facebook"),
        ("Skip to main content", "sign up for newsletters", "Home"),
        ("Home", "subscribe", "about us"),
        ("Subscribe", "iPad app", "Home"),
        ("Share by Mail", "http://example.com/images/photo.jpg", ""),
        ("  * Reddit", "  * email newsletters", "  * corporate subscriptions"),
        ("", "Leave a Reply", "Your email address will not be published."),
        ("市政府周二宣布了新的预算", "分享到微博", "下一篇"),
    ],
)
def test_not_joined_to_prose(previous: str, text: str, following: str) -> None:
    assert not joined_to_prose(previous, text, following)


def test_running_text_is_a_long_line_ending_like_a_sentence() -> None:
    assert is_running_text(ENGLISH)
    assert not is_running_text("The council voted on Tuesday.")
    assert not is_running_text(ENGLISH.rstrip("."))


def test_has_words_counts_as_words_does() -> None:
    from scrapelint.predicates import has_words

    texts = ["", "...", "one", "l'été est là", "state-of-the-art work", "x1 2y -- é́", "日本語 テキスト", "a" * 30, "a b c d e f g h i j"]
    for text in texts:
        for count in (1, 2, 3, 4, 10):
            assert has_words(text, count) == (len(words(text)) >= count), (text, count)


@given(st.text(alphabet=st.sampled_from(list("ab9Z '-_.,\t\n\x1c\x7f’\u00a0“”‘„«»…—–©é\u0301日٣²\u2011")), max_size=40))
def test_words_are_those_of_the_word_pattern(text: str) -> None:
    """Whether ASCII text or not, and whether its only other characters are typographic
    punctuation or not, as the word pattern of any script finds them."""
    assert words(text) == regex.findall(r"[\p{L}\p{N}][\p{L}\p{N}\p{M}'’-]*", text)


@given(st.text(alphabet=st.sampled_from(list("ab9Z '-_.,\t\n\x1c\x7fé\u0301’日٣\u00a0²“”‘„«»…—–©\u2011•†\u2027\u2028")), max_size=40), st.integers(0, 12))
def test_has_words_answers_as_the_pattern_of_the_first_words_does(text: str, count: int) -> None:
    """Whether ASCII text or not, and whether typographic punctuation parts its words or
    not, as the pattern that once took any text: possessive throughout, a word never split
    in two to make up the count."""
    import regex

    from scrapelint.predicates import has_words

    first_words = regex.compile(rf"(?:[^\p{{L}}\p{{N}}]*+[\p{{L}}\p{{N}}][\p{{L}}\p{{N}}\p{{M}}'’-]*+){{{count}}}")
    assert has_words(text, count) == (first_words.match(text) is not None)
    assert has_words(text, count) == (len(words(text)) >= count)


END_MARKS_TEXT = st.text(
    alphabet=st.sampled_from(list("ab .!?…。！？:：\"'”’»)]\t\n\r\x0b\u00a0\u3000\x1c\x1f\x85\u2028,")), max_size=60
)


@given(END_MARKS_TEXT)
@example("One.\nTwo:\x1c\nThree. \"\nFour.\x1c\nFive !)\u3000\n：")
def test_sentence_or_label_end_finds_the_lines_that_end_sentence_or_label(text: str) -> None:
    from scrapelint.predicates import ends_sentence_or_label, sentence_or_label_end

    doc = Document(text)
    found = [line.index for line in doc.lines_closing_with(sentence_or_label_end())]
    assert found == [line.index for line in doc.lines if ends_sentence_or_label(line.text)]


_LINE_OPENINGS = st.lists(
    st.sampled_from(["a", "A", "é", "É", "ß", "7", "٣", "_", " ", "\t", "\u00a0", "-", "•", "(", "$", "%", ".", ",", "\n", "ǅ", "x"]),
    max_size=8,
).map("".join)


@given(_LINE_OPENINGS)
@example("_a")
@example("7 apples")
@example("")
def test_line_openings_are_judged_as_the_patterns_judge_them(text: str) -> None:
    assert opens_in_lower_case(text) == (regex.match(r"^\W*\p{Ll}", text) is not None)
    assert is_bare_figure(text) == (regex.match(r"^\W*\p{Nd}[\p{Nd}.,:%]*\W*$", text) is not None)


@given(st.text(alphabet=st.sampled_from(list("ab Z9(.)-*o•◦▪‣\t\u3000\xa0\x1c\u2028“«éЖ٣߀²ⅳ\u0378\U0001fbf5")), max_size=12))
@example("“Quoted”")
@example("٣) item")
@example("\u3000• item")
@example("•\x1c item")
@example("•")
@example("•item")
def test_is_list_item_answers_as_the_marker_pattern_does(text: str) -> None:
    """The answers given without the pattern, in and out of ASCII, are the pattern's."""
    from scrapelint.predicates import _LIST_MARKER, is_list_item

    assert is_list_item(text) == (_LIST_MARKER.match(text) is not None)
