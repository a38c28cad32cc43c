"""The default rules stay precise on the human-edited gold article bodies.

The same measure as ``benchmarks/false_positives.py`` (whose functions this test uses):
findings on gold that are not reviewed artefacts (``benchmarks/gold_artefacts.txt``) must
stay within the goal of one per 10,000 gold words, over all default rules together.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import CORPUS, load_benchmark

benchmark = load_benchmark("false_positives")


def test_default_rules_meet_the_gold_precision_goal() -> None:
    gold: list[Path] = benchmark.gold_bodies(CORPUS)
    if not gold:
        pytest.skip(f"no gold bodies under {CORPUS}")
    words = sum(len(path.read_text(encoding="utf-8").split()) for path in gold)
    known = benchmark.known_artefacts()
    unreviewed = [
        f"{code} {name}:{d.location.row}:{d.location.column}: {benchmark.snippet(text, d.start, d.end)}"
        for code, listed in benchmark.lint_folder(gold, None).items()
        for name, d, text in listed
        if (name.removesuffix(".gold.txt"), code, text[d.start:d.end]) not in known
    ]
    assert len(unreviewed) / words * 1e4 <= benchmark.GOAL_PER_10K, "\n".join(unreviewed)
