#!/usr/bin/env python3
"""How much of an extractor's residue the boilerplate rules find, and what article text they flag.

    python benchmarks/boilerplate_residue.py [CORPUS_DIR] [--select RULES] [--folder NAME] [--misses]

CORPUS_DIR defaults to ../shared/corpus/dev. Each line of ``FOLDER/NAME.txt`` (default
``anchor-trafilatura``) is residue when its words, normalised, do not occur in the gold
body ``bs4/NAME.gold.txt`` (a line of fewer than four words must match a whole gold line:
"Share" occurs inside gold sentences too). The script counts the residue lines that a boilerplate finding
covers, and lists every flagged line that does occur in the gold: article text a fix would
remove (or an artefact the gold kept). ``--misses`` lists the residue lines left unflagged.
"""

from __future__ import annotations

import argparse
import re
import unicodedata
from bisect import bisect_right
from pathlib import Path

import scrapelint

HERE = Path(__file__).resolve().parent
DEFAULT_CORPUS = HERE.parent.parent / "shared" / "corpus" / "dev"
SHORT_LINE_WORDS = 4


def normalise(text: str) -> str:
    return re.sub(r"\W+", " ", unicodedata.normalize("NFKC", text).casefold()).strip()


def flagged_lines(text: str, select: list[str]) -> set[int]:
    """Indexes of the lines that a boilerplate finding covers."""
    starts = [0]
    for line in text.split("\n"):
        starts.append(starts[-1] + len(line) + 1)
    covered = set()
    for diagnostic in scrapelint.lint(text, select=select):
        if diagnostic.category != "boilerplate":
            continue
        first = bisect_right(starts, diagnostic.start) - 1
        last = bisect_right(starts, max(diagnostic.start, diagnostic.end - 1)) - 1
        covered.update(range(first, last + 1))
    return covered


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("corpus", nargs="?", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--select", default="B", help="comma-separated rule selectors (default: B)")
    parser.add_argument("--folder", default="anchor-trafilatura")
    parser.add_argument("--misses", action="store_true", help="list the residue lines left unflagged")
    arguments = parser.parse_args()
    select = arguments.select.split(",")

    residue = found = 0
    in_gold: list[str] = []
    misses: list[str] = []
    for path in sorted((arguments.corpus / arguments.folder).glob("*.txt")):
        if path.name.endswith(".gold.txt"):
            continue
        name = path.name.removesuffix(".txt")
        gold_text = (arguments.corpus / "bs4" / f"{name}.gold.txt").read_text(encoding="utf-8")
        gold = normalise(gold_text)
        gold_lines = {normalise(line) for line in gold_text.splitlines()}
        text = path.read_text(encoding="utf-8")
        covered = flagged_lines(text, select)
        for index, line in enumerate(text.split("\n")):
            words = normalise(line)
            if not words:
                continue
            if (words in gold if words.count(" ") >= SHORT_LINE_WORDS - 1 else words in gold_lines):
                if index in covered:
                    in_gold.append(f"{name}:{index + 1}: {line.strip()[:120]}")
                continue
            residue += 1
            if index in covered:
                found += 1
            else:
                misses.append(f"{name}:{index + 1}: {line.strip()[:120]}")

    share = found / residue if residue else 0.0
    print(f"{arguments.folder}: {residue} residue lines, {found} flagged ({share:.0%})")
    print(f"flagged lines that occur in the gold: {len(in_gold)}")
    for entry in in_gold:
        print(f"  {entry}")
    if arguments.misses:
        print("residue lines left unflagged:")
        for entry in misses:
            print(f"  {entry}")


if __name__ == "__main__":
    main()
