#!/usr/bin/env python3
"""What the rules flag on clean, human-edited article text.

    python benchmarks/false_positives.py [CORPUS_DIR] [--select RULES] [--quiet]

CORPUS_DIR defaults to ../shared/corpus/dev. Every finding on a gold article body
(``*/*.gold.txt``: each converter folder holds a copy of the same gold, read once) is a
candidate false positive: the script prints findings per 10,000 gold words, per rule and
per category (all eight), with each finding listed. Findings that are real artefacts in
the gold (gold text is not spotless) are listed in benchmarks/gold_artefacts.txt and
counted apart.

The same rules are then run over ``anchor-trafilatura/``: the residue that a very good
article extractor leaves, which is what the rules are for.

Goals, real artefacts excluded: at most 1 finding per 10,000 gold words for duplication,
truncation, boilerplate and markup together, and at most 1 for all the rules together.
"""

from __future__ import annotations

import argparse
import hashlib
import sys
from collections import Counter, defaultdict
from pathlib import Path

import scrapelint
from scrapelint.rules import rule_by_code

HERE = Path(__file__).resolve().parent
DEFAULT_CORPUS = HERE.parent.parent / "shared" / "corpus" / "dev"
KNOWN_ARTEFACTS = HERE / "gold_artefacts.txt"
GOAL_CATEGORIES = ("duplication", "truncation", "boilerplate", "markup")
GOAL_PER_10K = 1.0
CATEGORIES = (*GOAL_CATEGORIES, "encoding", "whitespace", "typography", "structure")


def known_artefacts() -> set[tuple[str, str, str]]:
    """(document, code, flagged text) triples reviewed by hand as real artefacts in gold."""
    known = set()
    if KNOWN_ARTEFACTS.is_file():
        for line in KNOWN_ARTEFACTS.read_text(encoding="utf-8").splitlines():
            if line.strip() and not line.startswith("#"):
                name, code, flagged, *_why = line.split("\t")
                known.add((name, code, flagged))
    return known


def snippet(text: str, start: int, end: int, context: int = 40) -> str:
    begin, finish = max(0, start - context), min(len(text), end + context)
    shown = text[begin:start] + "⟦" + text[start:end] + "⟧" + text[end:finish]
    return shown.replace("\n", "⏎")


def gold_bodies(corpus: Path) -> list[Path]:
    """One path per distinct gold body: the converter folders hold copies of the same gold."""
    seen: set[str] = set()
    distinct = []
    for path in sorted(corpus.glob("*/*.gold.txt"), key=lambda p: (p.name, p.parent.name)):
        digest = hashlib.sha256(path.read_bytes()).hexdigest()
        if digest not in seen:
            seen.add(digest)
            distinct.append(path)
    return distinct


def verdict(count: int, words: int) -> str:
    rate = count / words * 1e4
    return f"{count} = {rate:.2f} per 10k ({'meets' if rate <= GOAL_PER_10K else 'MISSES'} the goal of <= {GOAL_PER_10K})"


def lint_folder(paths: list[Path], select: list[str] | None) -> dict[str, list[tuple[str, scrapelint.Diagnostic, str]]]:
    by_code: dict[str, list[tuple[str, scrapelint.Diagnostic, str]]] = defaultdict(list)
    for path in paths:
        text = path.read_text(encoding="utf-8")
        for diagnostic in scrapelint.lint(text, select=select, filename=path.name):
            by_code[diagnostic.code].append((path.name, diagnostic, text))
    return by_code


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("corpus", nargs="?", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--select", help="comma-separated selectors (default: the default selection)")
    parser.add_argument("--quiet", action="store_true", help="print the tables only, not each finding")
    args = parser.parse_args(argv)
    select = args.select.split(",") if args.select else None

    gold_paths = gold_bodies(args.corpus)
    if not gold_paths:
        print(f"error: {args.corpus}: no */*.gold.txt files", file=sys.stderr)
        return 2
    words = sum(len(p.read_text(encoding="utf-8").split()) for p in gold_paths)
    known = known_artefacts()
    findings = lint_folder(gold_paths, select)

    print(f"gold bodies: {len(gold_paths)} distinct documents, {words:,} words")
    print(f"{'rule':<6} {'name':<34} {'category':<12} {'findings':>8} {'real':>5} {'per 10k':>8}")
    per_category: Counter[str] = Counter()
    for code in sorted(findings):
        rule = rule_by_code(code)
        listed = findings[code]
        real = sum(
            1 for name, d, text in listed if (name.removesuffix(".gold.txt"), code, text[d.start:d.end]) in known
        )
        false = len(listed) - real
        per_category[rule.category.value] += false
        print(f"{code:<6} {rule.name:<34} {rule.category.value:<12} {len(listed):>8} {real:>5} {false / words * 1e4:>8.2f}")
    print("\nper category (real artefacts excluded), per 10,000 gold words:")
    for category in CATEGORIES:
        count = per_category[category]
        print(f"  {category:<12} {count:>4}  {count / words * 1e4:.2f}")
    print(f"  {'/'.join(GOAL_CATEGORIES)}: {verdict(sum(per_category[c] for c in GOAL_CATEGORIES), words)}")
    print(f"  all categories: {verdict(sum(per_category.values()), words)}")

    if not args.quiet:
        print("\nfindings on gold (⟦flagged⟧; 'real' = a reviewed artefact in the gold):")
        for code in sorted(findings):
            for name, d, text in findings[code]:
                doc = name.removesuffix(".gold.txt")
                mark = "real" if (doc, code, text[d.start:d.end]) in known else "    "
                print(f"  {mark} {code} {doc}:{d.location.row}:{d.location.column}: {snippet(text, d.start, d.end)}")

    residue_paths = sorted((args.corpus / "anchor-trafilatura").glob("*.txt"))
    residue = lint_folder(residue_paths, select)
    print(f"\nanchor-trafilatura (extractor output, {len(residue_paths)} documents): findings per rule")
    residue_per_category: Counter[str] = Counter()
    for code in sorted(residue):
        rule = rule_by_code(code)
        residue_per_category[rule.category.value] += len(residue[code])
        print(f"  {code} {rule.name:<34} {len(residue[code]):>5}")
    print("  per category: " + ", ".join(f"{c} {residue_per_category[c]}" for c in CATEGORIES))
    if not args.quiet:
        for code in sorted(residue):
            for name, d, text in residue[code]:
                print(f"  {code} {name}:{d.location.row}:{d.location.column}: {snippet(text, d.start, d.end)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
