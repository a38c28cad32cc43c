"""benchmarks/accuracy.py: which rule took a line out, and whether it deleted or rewrote it."""

from __future__ import annotations

from types import ModuleType

import pytest
from conftest import load_benchmark


@pytest.fixture(scope="module")
def accuracy() -> ModuleType:
    return load_benchmark("accuracy")


@pytest.fixture(scope="module")
def score(accuracy: ModuleType) -> ModuleType:
    if not accuracy.DEFAULT_SCORE.is_file():
        pytest.skip(f"no score.py at {accuracy.DEFAULT_SCORE}")
    return accuracy.load_score(accuracy.DEFAULT_SCORE)


PAGE = (
    "The Title\n\n"
    "CafÃ© rÃ©sumÃ© naÃ¯ve dÃ©jÃ  vu\n\n"
    "Share on Facebook\n\n"
    "The council said the new rules start in May.\n"
)


def taken_out(accuracy: ModuleType, score: ModuleType, gold: str) -> dict[str, tuple]:
    import scrapelint

    after = scrapelint.fix(PAGE, unsafe=True, filename="page.txt").text
    rows = accuracy.removed_lines_by_rule(score, PAGE, after, gold, "page.txt")
    return {line: (code, is_gold, rewritten) for code, _, line, is_gold, rewritten in rows}


def test_a_repaired_mojibake_line_is_rewritten_and_a_share_prompt_deleted(
    accuracy: ModuleType, score: ModuleType
) -> None:
    lines = taken_out(accuracy, score, gold=PAGE)
    assert lines == {
        "CafÃ© rÃ©sumÃ© naÃ¯ve dÃ©jÃ  vu": ("E001", True, True),
        "Share on Facebook": ("B002", True, False),
    }


def test_a_line_the_gold_lacks_is_not_gold(accuracy: ModuleType, score: ModuleType) -> None:
    gold = "The Title\n\nCafé résumé naïve déjà vu\n\nThe council said the new rules start in May.\n"
    lines = taken_out(accuracy, score, gold=gold)
    assert lines["Share on Facebook"] == ("B002", False, False)
    assert lines["CafÃ© rÃ©sumÃ© naÃ¯ve dÃ©jÃ  vu"] == ("E001", False, True)


def test_replay_tells_deleted_characters_from_replaced_ones(accuracy: ModuleType) -> None:
    replay = accuracy.Replay(PAGE, "page.txt")
    share = slice(PAGE.index("Share on Facebook"), PAGE.index("Share on Facebook") + len("Share on Facebook"))
    mojibake = slice(PAGE.index("CafÃ©"), PAGE.index("\n", PAGE.index("CafÃ©")))
    assert all(replay.deleted[share]) and {owner for owner in replay.owners[share]} == {("B002", "safe")}
    assert not any(replay.deleted[mojibake]) and ("E001", "unsafe") in replay.owners[mojibake]
    assert replay.owners[: PAGE.index("\n")] == [None] * len("The Title")


def test_a_line_repaired_into_punctuation_alone_is_rewritten(accuracy: ModuleType, score: ModuleType) -> None:
    import scrapelint

    page = "Pros and cons\n\n\u00e2\u0080\u009d\n\nThe plan costs \u00e2\u0082\u00ac4 a month and the CafÃ© is open.\n"
    after = scrapelint.fix(page, unsafe=True, filename="page.txt").text
    assert "\u201d" in after
    rows = accuracy.removed_lines_by_rule(score, page, after, page, "page.txt")
    assert [(code, rewritten) for code, _, line, _, rewritten in rows if line == "\u00e2\u0080\u009d"] == [("E001", True)]
