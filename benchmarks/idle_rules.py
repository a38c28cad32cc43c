#!/usr/bin/env python3
"""Time each rule page by page, split into the pages where it finds nothing and the rest.

    python benchmarks/idle_rules.py [--folders bs4,html2text] [--laps N] [--top N]

A rule that finds nothing on a page still reads it; the time it spends proving a negative
is what a cheap first look (a necessary condition of every finding, tested on the whole
text in C) can save. Each page is checked once with all the default rules first, so the
views the rules share are built, and each rule's time is its own (CPU time, the mean of
``--laps`` laps).
"""

from __future__ import annotations

import argparse
import gc
import sys
import time
from collections import Counter, defaultdict

import scaling


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--folders", default="bs4", help="corpus folders, comma-separated (default bs4)")
    parser.add_argument("--laps", type=int, default=2)
    parser.add_argument("--top", type=int, default=25, help="rules to print, by their time on pages without findings")
    arguments = parser.parse_args()

    from scrapelint.document import Document
    from scrapelint.linter import lint_document
    from scrapelint.settings import Settings

    texts = [path.read_text(encoding="utf-8") for path in scaling.corpus_paths(folders=tuple(arguments.folders.split(",")))]
    ruleset = Settings().resolve()
    rules = ruleset.rules_for(None)
    idle: defaultdict[str, float] = defaultdict(float)
    finding: defaultdict[str, float] = defaultdict(float)
    idle_pages: Counter[str] = Counter()
    gc.disable()
    for _ in range(arguments.laps):
        for text in texts:
            doc = Document(text, None)
            lint_document(doc, ruleset)
            for rule, options in rules:
                start = time.process_time()
                found = bool(list(rule.check(doc, options)))
                spent = time.process_time() - start
                if found:
                    finding[rule.code] += spent
                else:
                    idle[rule.code] += spent
                    idle_pages[rule.code] += 1
    laps = arguments.laps
    total_idle, total = sum(idle.values()) / laps, (sum(idle.values()) + sum(finding.values())) / laps
    print(f"{len(texts)} pages ({arguments.folders}), {laps} laps: rules {total * 1000:.0f} ms a lap, "
          f"{total_idle * 1000:.0f} ms of it on pages where the rule finds nothing")
    print("| rule | ms on pages without findings (pages) | ms on pages with findings |")
    print("| --- | --- | --- |")
    for code in sorted(idle.keys() | finding.keys(), key=lambda code: -idle[code])[: arguments.top]:
        print(f"| {code} | {idle[code] / laps * 1000:.1f} ({idle_pages[code] // laps}) | {finding[code] / laps * 1000:.1f} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
