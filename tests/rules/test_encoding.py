from __future__ import annotations

import itertools
import subprocess
import sys

import pytest
from hypothesis import example, given
from hypothesis import strategies as st
from ruletest import assert_only_unsafe_fix, fires, fixed

import scrapelint
from scrapelint.diagnostics import Applicability

# Text every encoding rule must leave alone: real-looking article text in many scripts.
CLEAN = [
    "Call details\n\nThe call lasted an hour.\n",
    "U.S. officials said on Oct. 1 that 3.5 million people left.\n",
    "See https://example.com/a_(b)?x=1 or write to user.name+tag@example.co.uk.\n",
    "“I was going to tell you about the…” she said.\n",
    "  • Biden condemned the attack.\n  • The two sides agreed to talk.\n",
    "Le café « Chez Paul » ouvre à 8 h. Il a dit : « Bonjour ! »\n",
    "Er sagte »Fuß« und ging über die Straße nach Zürich.\n",
    "A festa em São Paulo reuniu IRMÃOS e IRMÃ E FILHOS, disse à imprensa.\n",
    "Правительство заявило, что переговоры возобновятся во вторник.\n",
    "Київ, Січень: уряд заявив, що перемовини відновляться.\n",
    "Ο Ξένος κυβέρνηση ανακοίνωσε στην Αθήνα τα μέτρα.\n",
    "الحكومة قالت إن المحادثات ستستأنف.\n",
    "הממשלה אמרה שהשיחות יתחדשו.\n",
    "政府表示，東京的會談將於週二恢復。\n",
    "정부는 화요일에 회담을 재개한다고 밝혔다.\n",
    "Family night 👨\u200d👩\u200d👧 and a runner 🏃🏽\u200d♀️ and a flag 🏳️\u200d🌈.\n",
    "```\nprint('x')\n```\n",
]


# -- E001 mojibake --------------------------------------------------------------------

MOJIBAKE_FIRES = [
    "The cafÃ© said it will reopen.\n",
    "Itâ€™s a turning point, he said.\n",
    "He called it â€œa turning pointâ€\x9d.\n",
    "Itâ\x80\x99s fine.\n",
    "ÐŸÑ€Ð¸Ð²ÐµÑ‚ Ð¼Ð¸Ñ€\n",
    "РџСЂРёРІРµС‚ РјРёСЂ\n",
    "Â© 2019 Reuters\n",
    "The price is 5Â\xa0â‚¬ a month.\n",
    "doppelt kaputt: CafÃƒÂ©\n",
    "Ãºltima notÃ\xadcia do dia\n",
    "Iâ€™m here, but it’s fine.\n",
]

MOJIBAKE_SILENT = CLEAN + [
    "He said «café» today.\n",
    "SÃO PAULO\n",
    "The final score was 5×2 and 3½ points.\n",
]


@pytest.mark.parametrize("text", MOJIBAKE_FIRES)
def test_mojibake_fires(text: str) -> None:
    assert fires(text, "E001")


@pytest.mark.parametrize("text", MOJIBAKE_SILENT)
def test_mojibake_stays_silent(text: str) -> None:
    assert not fires(text, "E001")


def test_mojibake_message_says_what_happened() -> None:
    (diagnostic,) = scrapelint.lint("The cafÃ© opened.\n", select=["E001"])
    assert "UTF-8 read as Windows-1252" in diagnostic.message
    assert "'café'" in diagnostic.message
    (diagnostic,) = scrapelint.lint("РџСЂРёРІРµС‚\n", select=["E001"])
    assert "UTF-8 read as Windows-1251" in diagnostic.message
    (diagnostic,) = scrapelint.lint("doppelt kaputt: CafÃƒÂ©\n", select=["E001"])
    assert "twice" in diagnostic.message
    (diagnostic,) = scrapelint.lint("Itâ\x80\x99s fine.\n", select=["E001"])
    assert "UTF-8 read as Latin-1" in diagnostic.message


def test_mojibake_fix_changes_only_the_flagged_characters() -> None:
    text = "The cafÃ© said itâ€™s closing; the naïve plan failed.\n"
    diagnostics = scrapelint.lint(text, select=["E001"])
    assert [text[d.start:d.end] for d in diagnostics] == ["Ã©", "â€™"]
    assert all(d.fix is not None and d.fix.applicability is Applicability.SAFE for d in diagnostics)
    assert fixed(text, "E001") == "The café said it’s closing; the naïve plan failed.\n"


def test_mojibake_fix_is_idempotent_and_keeps_crlf() -> None:
    text = "ÐŸÑ€Ð¸Ð²ÐµÑ‚ Ð¼Ð¸Ñ€\r\nThe cafÃ© opened.\r\n"
    once = fixed(text, "E001")
    assert once == "Привет мир\r\nThe café opened.\r\n"
    assert fixed(once, "E001") == once


def test_mojibake_repair_that_guesses_is_unsafe() -> None:
    text = "voilÃ  le travail\n"
    (diagnostic,) = scrapelint.lint(text, select=["E001"])
    assert diagnostic.fix.applicability is Applicability.UNSAFE
    assert_only_unsafe_fix(text, "E001", "voilà le travail\n")


def test_mojibake_that_cannot_be_repaired_is_reported_without_fix() -> None:
    (first, *_) = scrapelint.lint("Ð Ð¾Ñ Ñ Ð¸Ñ\n", select=["E001"])
    assert first.fix is None
    assert "cannot be recovered" in first.message


def test_mojibake_in_markdown_code_is_left_alone() -> None:
    assert not fires("Text.\n\n```\ncafÃ©\n```\n", "E001", filename="a.md")


def test_ftfy_is_not_imported_for_clean_text() -> None:
    code = (
        "import sys, scrapelint\n"
        "scrapelint.lint('Le café « Chez Paul » — it’s fine. Привет.\\n', select=['E'])\n"
        "print('ftfy' in sys.modules)\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "False"


# -- E002 replacement-character -------------------------------------------------------

REPLACEMENT_FIRES = [
    "The festival returns to S\ufffdo Paulo in March.\n",
    "caf\ufffd\ufffd au lait\n",
    "\ufffd\n",
    "He said \ufffdno\ufffd.\n",
]


@pytest.mark.parametrize("text", REPLACEMENT_FIRES)
def test_replacement_character_fires(text: str) -> None:
    assert fires(text, "E002")


@pytest.mark.parametrize("text", CLEAN)
def test_replacement_character_stays_silent(text: str) -> None:
    assert not fires(text, "E002")


def test_replacement_character_has_no_fix_and_one_finding_per_run() -> None:
    (diagnostic,) = scrapelint.lint("caf\ufffd\ufffd au lait\n", select=["E002"])
    assert diagnostic.fix is None
    assert "2 replacement characters" in diagnostic.message


# -- E003 control-character -----------------------------------------------------------

CONTROL_FIRES = [
    "He called it \x93a turning point\x94.\n",
    "Prices rose\x96sharply.\n",
    "\x1b[31mBreaking:\x1b[0m markets fall.\n",
    "The end.\x07\n",
    "Page one.\x0c\nPage two.\n",
    "First line\x0bsecond line\n",
    "Name\x1fValue\n",
    "Odd byte \x81 here.\n",
    "Delete\x7f me.\n",
]

CONTROL_SILENT = CLEAN + [
    "Columns\tare\tseparated by tabs.\n",
    "Windows line ends.\r\nStill fine.\r\n",
    "Itâ\x80\x99s mojibake, which E001 reports.\n",
]


@pytest.mark.parametrize("text", CONTROL_FIRES)
def test_control_character_fires(text: str) -> None:
    assert fires(text, "E003")


@pytest.mark.parametrize("text", CONTROL_SILENT)
def test_control_character_stays_silent(text: str) -> None:
    assert not fires(text, "E003")


def test_c1_control_message_names_the_windows_1252_character() -> None:
    diagnostics = scrapelint.lint("He called it \x93a turning point\x94.\n", select=["E003"])
    assert "'“'" in diagnostics[0].message and "mojibake" in diagnostics[0].message
    assert fixed("He called it \x93a turning point\x94.\n", "E003") == "He called it “a turning point”.\n"


def test_control_character_fixes() -> None:
    assert fixed("\x1b[31mBreaking:\x1b[0m markets fall.\n", "E003") == "Breaking: markets fall.\n"
    assert fixed("The end.\x07\n", "E003") == "The end.\n"
    assert fixed("Page one.\x0c\nPage two.\n", "E003") == "Page one.\nPage two.\n"
    # Unsafe or display-only where removing would glue words or lose a break.
    assert_only_unsafe_fix("Name\x1fValue\n", "E003", "NameValue\n")
    assert fixed("First line\x0bsecond line\n", "E003", unsafe=True) == "First line\x0bsecond line\n"
    assert_only_unsafe_fix("Wait\x85 what?\n", "E003", "Wait… what?\n")


def test_control_character_removal_keeps_a_missing_final_newline_missing() -> None:
    assert fixed("The end.\n\x07", "E003") == "The end."


# -- E004 invisible-character ---------------------------------------------------------

INVISIBLE_FIRES = [
    "Der Not\u00adfall\u00addaten\u00adsatz wird gespeichert.\n",
    "The reason we came\n\n\u200b\n\nto the festival.\n",
    "Comments made in languages \u200b\u200bother than English.\n",
    "Online Business Collection\u200b\n",
    "super\u200bcalifragilistic\n",
    "Bukan dgn 1 mata.\u2060\u2060\n",
    "Two files\n\ufeff\nglued together.\n",
    "stray\u200djoiner in Latin text\n",
    "stray\u200cnon-joiner\n",
    "x\u2062y\n",
]

INVISIBLE_SILENT = CLEAN + [
    "می\u200cخواهم به خانه بروم.\n",  # Persian ZWNJ
    "क्\u200dष and क्\u200cष\n",  # Devanagari joiners
    "คำ\u200bคำ ภาษาไทย\n",  # Thai word boundaries
    "東京\u200b大阪\n",
    "£\u2060100 and 10\u2060km\n",  # a word joiner between visible characters
    "\ufeffText that starts with a byte-order mark.\n",
    "👩\u200d💻 works late.\n",
    "Kiss 💏🏻 and 🏳️\u200d⚧️ flag.\n",
    "ישראל (עברית)\u200f\n",
    "Cost: 3.5 million.\n",
]


@pytest.mark.parametrize("text", INVISIBLE_FIRES)
def test_invisible_character_fires(text: str) -> None:
    assert fires(text, "E004")


@pytest.mark.parametrize("text", INVISIBLE_SILENT)
def test_invisible_character_stays_silent(text: str) -> None:
    assert not fires(text, "E004")


def test_invisible_characters_of_one_word_are_one_finding() -> None:
    (diagnostic,) = scrapelint.lint("Der Not\u00adfall\u00addaten\u00adsatz.\n", select=["E004"])
    assert "3 invisible soft hyphens" in diagnostic.message
    assert fixed("Der Not\u00adfall\u00addaten\u00adsatz.\n", "E004") == "Der Notfalldatensatz.\n"


def test_a_long_line_of_invisible_words_is_read_once(monkeypatch: pytest.MonkeyPatch) -> None:
    """Each invisible character standing between words asks whether its line shows
    nothing; reading the line again for each of them took quadratic time on a long line
    (E004 4.9 s on 4 MB of text on one line)."""
    from scrapelint.rules import encoding

    read: list[int] = []
    invisible = encoding._INVISIBLE

    class Counting:
        def __getattr__(self, name: str) -> object:
            return getattr(invisible, name)

        def sub(self, replacement: str, text: str) -> str:
            read.append(len(text))
            return invisible.sub(replacement, text)

    monkeypatch.setattr(encoding, "_INVISIBLE", Counting())
    text = "The talks went on \u200b and on." * 200 + "\n"
    assert len(scrapelint.lint(text, select=["E004"])) == 200
    assert sum(read) < 3 * len(text)


def test_invisible_character_fixes() -> None:
    assert fixed("The reason\n\n\u200b\n\nwe came.\n", "E004") == "The reason\n\n\n\nwe came.\n"
    assert fixed("languages \u200b\u200bother\n", "E004") == "languages other\n"
    assert fixed("Family 👨\u200d👩\u200d👧 and a stray\u200djoiner.\n", "E004") == "Family 👨\u200d👩\u200d👧 and a strayjoiner.\n"
    assert fixed("a\ufeffb\r\nc\r\n", "E004") == "ab\r\nc\r\n"


def test_invisible_character_fix_is_idempotent() -> None:
    once = fixed("A\u200b \u200bB\u00ad\n\u2060\n", "E004")
    assert fixed(once, "E004") == once
    assert not fires(once, "E004")


def test_invisible_tail_removal_keeps_a_missing_final_newline_missing() -> None:
    assert fixed("The end.\n\u200b\n\u200b", "E004") == "The end."


# -- E005 bidi-control ----------------------------------------------------------------

BIDI_FIRES = [
    "The file is called \u202etxt.exe\u202c on the server.\n",
    "An override \u202dthat is never closed.\n",
    "A stray closing mark\u202c here.\n",
    "An isolate \u2067left open.\n",
    "Closing \u2069nothing.\n",
    "\u200eHello from a Latin-only line.\n",
    "Name\u200f (Latin only)\n",
    "Reordered \u202bwords here\u202c in Latin text.\n",
]

BIDI_SILENT = CLEAN + [
    "ישראל (עברית)\u200f\n",
    "مصر (العربية\u200f)\n",
    "He wrote \u2067שלום\u2069 on the wall.\n",
    "Quote: \u202bהממשלה אמרה\u202c, said the report.\n",
    "The \u2066left-to-right\u2069 isolate is balanced.\n",
    "An embedding \u202aleft to right\u202c that is balanced.\n",
]


@pytest.mark.parametrize("text", BIDI_FIRES)
def test_bidi_control_fires(text: str) -> None:
    assert fires(text, "E005")


@pytest.mark.parametrize("text", BIDI_SILENT)
def test_bidi_control_stays_silent(text: str) -> None:
    assert not fires(text, "E005")


def test_bidi_control_fix_is_unsafe_and_removes_the_pair() -> None:
    text = "The file is called \u202etxt.exe\u202c on the server.\n"
    (diagnostic,) = scrapelint.lint(text, select=["E005"])
    assert "override" in diagnostic.message
    assert_only_unsafe_fix(text, "E005", "The file is called txt.exe on the server.\n")


def test_bidi_pair_at_the_invisible_end_of_a_text_is_removed_by_one_edit() -> None:
    # Without a final newline, removing the closer takes the invisible end of the text, the
    # opener included: the fix holds that one edit, not two that overlap.
    text = "\u200e\u200f\u061c\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
    for diagnostic in scrapelint.lint(text, select=["E005"]):
        edits = sorted(diagnostic.fix.edits, key=lambda edit: edit.start)
        assert all(first.end <= second.start for first, second in zip(edits, edits[1:])), diagnostic
    assert scrapelint.fix(text, select=["E005"], unsafe=True).text == ""


def test_bidi_embeddings_balance_per_line() -> None:
    # An embedding closes at the end of its line (its paragraph, for the bidi algorithm).
    assert fires("\u202bopen on one line\nclosed on the next\u202c\n", "E005")


# -- E006 odd-space -------------------------------------------------------------------

ODD_SPACE_FIRES = [
    "Flaherty, Anne.\u00a0\u00a0 “5 Key Takeaways From Testimony”\n",
    "I\u00a0\u00a0am a great believer.\n",
    "Chris Wray\n•\u00a0 Nov 18\n",
    "a helicopter. \u00a0Top stories\n",
    "Wednesday, November 20, 2019\u2003\u2003Spokane, Washington\n",
    "Hello\u3000world, said the English text.\n",
    "Price:\u00a0\u00a0\u00a0$5\n",
]

ODD_SPACE_SILENT = CLEAN + [
    "The route is 10\u00a0km long.\n",
    "M.\u00a0Dupont a dit\u00a0: «\u00a0bonjour\u00a0»\u00a0!\n",
    "東京\u3000大阪\n",
    "\u3000本文はここから始まる。\n",
    "東京\u3000Tokyo\n",
    "A thin\u2009space and a narrow\u202fno-break space.\n",
    "Trailing no-break space\u00a0\u00a0\n",
    "\u00a0\u00a0Indented with no-break spaces.\n",
    "Two  ordinary spaces are another rule's business.\n",
]


@pytest.mark.parametrize("text", ODD_SPACE_FIRES)
def test_odd_space_fires(text: str) -> None:
    assert fires(text, "E006")


@pytest.mark.parametrize("text", ODD_SPACE_SILENT)
def test_odd_space_stays_silent(text: str) -> None:
    assert not fires(text, "E006")


def test_odd_space_fix() -> None:
    assert fixed("I\u00a0\u00a0am here.\r\n", "E006") == "I am here.\r\n"
    assert fixed("Hello\u3000world.\n", "E006") == "Hello world.\n"
    once = fixed("a \u00a0 b\u00a0\u00a0c\n", "E006")
    assert once == "a b c\n"
    assert fixed(once, "E006") == once


# -- E007 private-use-character -------------------------------------------------------

PRIVATE_USE_FIRES = [
    "Subscriptions\n\ue7fd\n\ue8b6\nGlobal\n",
    "Search \uf002 the site\n",
    "Logo \U000f0001 here\n",
    # Each area's first and last character, in a text with curly quotes.
    "“Icon” \ue000\n", "“Icon” \uf8ff\n", "“Icon” \U000f0000\n", "“Icon” \U00100000\n", "“Icon” \U0010fffd\n",
]


@pytest.mark.parametrize("text", PRIVATE_USE_FIRES)
def test_private_use_character_fires(text: str) -> None:
    assert fires(text, "E007")


@pytest.mark.parametrize("text", CLEAN)
def test_private_use_character_stays_silent(text: str) -> None:
    assert not fires(text, "E007")


def test_private_use_character_fix_is_unsafe() -> None:
    text = "Subscriptions\n\ue8b6\nGlobal\n"
    assert_only_unsafe_fix(text, "E007", "Subscriptions\n\nGlobal\n")


@given(st.lists(st.integers(1, 5), max_size=12), st.integers(0, 40), st.integers(0, 5))
@example([2, 3], 2, 0)  # an empty region where a span starts
@example([2, 3], 5, 0)  # and where one ends
def test_mojibake_regions_meet_the_candidates_a_test_of_each_finds(cuts: list[int], start: int, width: int) -> None:
    from scrapelint.rules.encoding import _overlaps

    # Sorted spans, not empty, none overlapping another: cut from running offsets, every other piece a gap.
    offsets = list(itertools.accumulate(cuts))
    spans = list(zip(offsets[::2], offsets[1::2]))
    end = start + width
    expected = any(s < end and start < e or start == end and s <= start <= e for s, e in spans)
    assert _overlaps(spans, start, end) == expected


def test_mojibake_on_one_long_line_is_each_reported() -> None:
    # A line of 2,000 repeats: each comparison stays within a run of characters outside ASCII.
    line = "Caf\u00c3\u00a9 \u00e2\u20ac\u0153quoted\u00e2\u20ac\x9d " * 2000
    found = scrapelint.lint(line + "\n", select=["E001"])
    assert len(found) == 6000
    assert scrapelint.fix(line + "\n", select=["E001"]).text == "Café “quoted” " * 2000 + "\n"
