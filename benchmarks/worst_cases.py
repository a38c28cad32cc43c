#!/usr/bin/env python3
"""Time of lint() and fix() on texts built to load one mechanism, at n and 4n copies.

    python benchmarks/worst_cases.py [--copies N]

Each shape repeats a small piece of text: many suppression comments, a block printed again
and again in a row, a paragraph or a line printed many times, doubled words on every line
(a fix for each), HTML tags with entities among them, mojibake with C1 control characters
in it, character references, mojibake or template placeholders all on one line, comment
threads and forms, one long line, many fixes on one line, a long run of invisible or
control characters in a text without a final line break, country pickers and language
switchers. A cost linear in the text takes
about 4x the time for 4x the copies; a mechanism that compares each finding, fix or
comment with all the others shows as 8x, 16x or more, and would take minutes on a
crawl's file where the corpus's pages take a second. Times are
CPU seconds in this process, the best of three.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable

import scrapelint
from scrapelint import phrases

_COUNTRIES = sorted(phrases.load("country-name"))[:120]

SHAPES: dict[str, Callable[[int], str]] = {
    "suppression comments": lambda copies: (
        "The council approved the budget on Tuesday after a long debate in the chamber.\n"
        "Share on Facebook\n<!-- scrapelint: disable-next-line B002 -->\nShare on Twitter\n\n"
    ) * copies,
    "a menu printed again and again": lambda copies: "Home\nNews\nSport\nWeather\n" * copies,
    "a paragraph printed again and again": lambda copies: (
        "The council approved the budget on Tuesday after a long debate in the chamber.\n\n"
    ) * copies,
    "one line printed again and again": lambda copies: "Share on Facebook\n" * copies,
    "doubled words on every line": lambda copies: "the the council and and the mayor\n" * copies,
    # Numbered: a text of one line over and over opens with its headline printed again
    # and again, which the duplicated-headline fix removes one copy a round.
    "HTML tags and entities": lambda copies: "".join(f"<p>Text {number} <b>bold</b> &amp; more</p>\n" for number in range(copies)),
    "mojibake with C1 controls": lambda copies: "Caf\u00c3\u00a9 \u00e2\u20ac\u0153quoted\u00e2\u20ac\x9d text\n" * copies,
    # One finding with thousands of edits: a fix's own edits are checked against each other.
    "character references on one line": lambda copies: "&nbsp;&amp;&#8217;" * copies + "\n",
    "mojibake on one line": lambda copies: "Caf\u00c3\u00a9 \u00e2\u20ac\u0153quoted\u00e2\u20ac\x9d text " * copies + "\n",
    "template placeholders on one line": lambda copies: 'Hello {{ name }} and "{% tag %}" ' * copies + "\n",
    # Each thread and each form asks which lines head a comment section: once a text.
    "comment threads and forms": lambda copies: (
        "The council met.\n" * 16 + "\n2 Comments\nJane\nsays:\nGood.\nReply\nSam\nsays:\nNo.\nReply\n"
        "Leave a Reply\nName *\nEmail *\nWebsite\n\n"
    ) * copies,
    "one long line": lambda copies: "word " * (20 * copies),
    # A removal near the end of a text without a final line break asks whether only
    # invisible characters follow it: once a text, not once a removal.
    "invisible characters, no final line break": lambda copies: "\u200b" * (20 * copies) + "word",
    "control characters, no final line break": lambda copies: "word" + "\x07" * (20 * copies),
    "many fixes on one line": lambda copies: "a  b  " * (5 * copies),
    # Each table's headings stand among the rows that the heading before read: read once.
    "tables one cell a line under cookie headings": lambda copies: (
        "Cookie\nDuration\nDescription\nsnickerdoodle\n1 year\nA soft cookie rolled in sugar and cinnamon.\n"
    ) * (2 * copies),
    # Pickers one under another (each starts again from "A"), and short lists of
    # countries between language switchers: each run of names is read once.
    "country pickers and language switchers": lambda copies: (
        ("Country\n" + "\n".join(_COUNTRIES) + "\n") * (copies // 10)
        + ("\n".join(_COUNTRIES[:25]) + "\nSelect language:\nEnglish\nDeutsch\nEspañol\nFrançais\n日本語\n") * copies
    ),
}
GROWTH = 4
REPEATS = 3


def best_time(call: Callable[[], object]) -> float:
    timings = []
    for _ in range(REPEATS):
        start = time.process_time()
        call()
        timings.append(time.process_time() - start)
    return min(timings)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--copies", type=int, default=1000, help="copies of each shape's piece at the smaller size (default 1000)")
    copies = parser.parse_args().copies
    scrapelint.fix(SHAPES["suppression comments"](10))  # compile the patterns before the clock runs
    width = max(map(len, SHAPES))
    print(f"{'shape':{width}} {'chars':>9} {'lint() s':>9} {'x' + str(GROWTH) + ' copies':>10} {'fix() s':>9} {'x' + str(GROWTH) + ' copies':>10}")
    worst = 0.0
    for name, build in SHAPES.items():
        small, large = build(copies), build(GROWTH * copies)
        lint_small, lint_large = (best_time(lambda text=text: scrapelint.lint(text)) for text in (small, large))
        fix_small, fix_large = (best_time(lambda text=text: scrapelint.fix(text)) for text in (small, large))
        growths = (lint_large / max(lint_small, 1e-6), fix_large / max(fix_small, 1e-6))
        worst = max(worst, *growths)
        print(f"{name:{width}} {len(small):>9} {lint_small:>9.3f} {growths[0]:>9.1f}x {fix_small:>9.3f} {growths[1]:>9.1f}x", flush=True)
    print(f"largest growth for {GROWTH}x the copies: {worst:.1f}x (linear: about {GROWTH}x)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
