#!/usr/bin/env python3
"""How much residue scrapelint removes from real scraped pages, and how much article text it loses.

    python benchmarks/accuracy.py [CORPUS_DIR] [--folder NAME ...] [--score PATH] [--json OUT]
        [--quiet | --verbose]

CORPUS_DIR defaults to ../shared/corpus/dev (layout: see its README). Each input folder
(``anchor-trafilatura``, ``bs4``, ``html2text``, ``inscriptis``) is copied to a temporary
directory without its gold files, and the real command line is run there exactly as a
user would: ``scrapelint check --fix --unsafe-fixes DIR`` with the default selection.
Input and output are scored against the annotators' gold bodies (``bs4/*.gold.txt``) by
``score.py`` (default ../shared/tools/score.py): bag-of-words P / R / F1, 4-shingle F1,
and the precision / recall of removed lines (a removed line is "boilerplate" when fewer
than half its tokens align with gold).

Then, per rule, the lines its fixes deleted and how many of them were gold text (lost
article text), listing those lines, and apart from them the gold lines its fixes rewrote
in place (a repaired mojibake the gold keeps broken is no longer found by score.py, but
nothing was deleted). ``--folder`` (repeatable) scores only the input folders
it names, e.g. ``--folder anchor-trafilatura`` while working on extractor output.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import shutil
import subprocess
import sys
import tempfile
from collections import Counter, defaultdict
from pathlib import Path
from types import ModuleType

import scrapelint
import scrapelint.fixer

HERE = Path(__file__).resolve().parent
DEFAULT_CORPUS = HERE.parent.parent / "shared" / "corpus" / "dev"
DEFAULT_SCORE = HERE.parent.parent / "shared" / "tools" / "score.py"
FOLDERS = ("anchor-trafilatura", "bs4", "html2text", "inscriptis")
GOLD_SUFFIX = ".gold.txt"
UNTOUCHED = "(none)"


def load_score(path: Path) -> ModuleType:
    spec = importlib.util.spec_from_file_location("score", path)
    if spec is None or spec.loader is None:
        raise SystemExit(f"error: {path}: cannot load score.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def scrapelint_command() -> list[str]:
    found = shutil.which("scrapelint", path=str(Path(sys.executable).parent))
    return [found] if found else [sys.executable, "-m", "scrapelint"]


def run_score(score_path: Path, pred: Path, gold: Path, naive: Path, out: Path) -> dict:
    subprocess.run(
        [sys.executable, str(score_path), str(pred), "--gold-dir", str(gold), "--naive-dir", str(naive), "--json", str(out)],
        check=True,
        capture_output=True,
    )
    return json.loads(out.read_text(encoding="utf-8"))


class Replay:
    """What a fix did to each character of ``original``, replayed round by round.

    ``owners[i]`` is the (rule, applicability) whose edit removed or replaced character
    ``i`` (None when it survived untouched), and ``deleted[i]`` tells whether that edit put
    nothing in its place but blanks (a line taken out) rather than new text (a repaired
    mojibake, a decoded entity). Each round's edits refer to the text that round started
    from, so every surviving character carries its original offset along.
    """

    def __init__(self, original: str, filename: str, *, unsafe: bool = True) -> None:
        result = scrapelint.fix(original, unsafe=unsafe, filename=filename)
        self.text = result.text
        self.owners: list[tuple[str, str] | None] = [None] * len(original)
        self.deleted = [False] * len(original)
        # Original offset of each character of the current text; -1 for inserted ones.
        origin = list(range(len(original)))
        for round_fixed in result.rounds:
            edits = sorted(
                ((edit, d.code, d.fix.applicability.value) for d in round_fixed for edit in d.fix.edits),  # type: ignore[union-attr]
                key=lambda item: (item[0].start, item[0].end),
            )
            new_origin: list[int] = []
            position = 0
            for edit, code, applicability in edits:
                new_origin.extend(origin[position:edit.start])
                emptied = edit.content.isspace() or not edit.content
                for offset in origin[edit.start:edit.end]:
                    if offset >= 0:
                        self.owners[offset] = (code, applicability)
                        self.deleted[offset] = emptied
                new_origin.extend([-1] * len(edit.content))
                position = edit.end
            new_origin.extend(origin[position:])
            origin = new_origin


def removed_lines_by_rule(
    score: ModuleType, before: str, after: str, gold: str, filename: str
) -> list[tuple[str, str, str, bool, bool]]:
    """(rule code, applicability, line, is gold text, was rewritten) for each token-bearing line the fix took out.

    A line counts as taken out, and as gold, by score.py's own alignment rule; it is
    attributed to the rule whose fixes removed or replaced most of its characters. The fix
    *deleted* it when edits that put nothing but blanks in their place took most of its
    non-space characters; otherwise it *rewrote* it (a repaired mojibake, a decoded
    entity): score.py no longer finds its old tokens, but the text is still there.
    """
    replay = Replay(before, filename)
    if replay.text != after:
        print(f"warning: {filename}: the library's fix differs from the command line's", file=sys.stderr)
    before_tokens = score.tokens(before)
    in_after = score.aligned_mask(before_tokens, score.tokens(after))
    in_gold = score.aligned_mask(before_tokens, score.tokens(gold))
    lines = before.splitlines(keepends=True)
    offsets, position = [], 0
    for line in lines:
        offsets.append(position)
        position += len(line)
    token_lines = [(i, line) for i, line in enumerate(lines) if score.tokens(line)]
    out = []
    for (first, last), (index, line) in zip(score.line_spans(before), token_lines):
        size = last - first
        if sum(in_after[first:last]) * 2 >= size:
            continue
        start = offsets[index]
        visible = [start + i for i, char in enumerate(line) if not char.isspace()]
        votes = Counter(replay.owners[offset] for offset in visible)
        votes.pop(None, None)
        # A line no fix touched can still count as removed: score.py's alignment may match
        # its tokens elsewhere once nearby lines are gone.
        code, applicability = votes.most_common(1)[0][0] if votes else (UNTOUCHED, "-")
        rewritten = bool(votes) and sum(replay.deleted[offset] for offset in visible) * 2 < len(visible)
        out.append((code, applicability, line.strip(), sum(in_gold[first:last]) * 2 >= size, rewritten))
    return out


def fmt(value: float | None) -> str:
    return "  -  " if value is None else f"{value:.3f}"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("corpus", nargs="?", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--folder", action="append", choices=FOLDERS, help="score only this input folder (repeatable)")
    parser.add_argument("--score", type=Path, default=DEFAULT_SCORE, help="path to score.py")
    parser.add_argument("--json", type=Path, help="write every figure here")
    parser.add_argument("--quiet", action="store_true", help="do not list the gold lines that were removed")
    parser.add_argument("--verbose", action="store_true", help="list every removed line, per rule")
    args = parser.parse_args(argv)
    score = load_score(args.score)
    gold_dir = args.corpus / "bs4"
    command = scrapelint_command()
    folders = tuple(folder for folder in FOLDERS if not args.folder or folder in args.folder)

    rows = []
    per_rule: dict[str, Counter[str]] = defaultdict(Counter)
    lost: dict[str, list[tuple[str, str, str]]] = defaultdict(list)
    rewritten: dict[str, list[tuple[str, str, str]]] = defaultdict(list)
    removed: dict[str, list[tuple[str, str, str]]] = defaultdict(list)
    with tempfile.TemporaryDirectory(prefix="scrapelint-accuracy-") as temporary:
        work = Path(temporary)
        for folder in folders:
            source = args.corpus / folder
            if not source.is_dir():
                continue
            target = work / folder
            target.mkdir()
            for path in sorted(source.glob("*.txt")):
                if not path.name.endswith(GOLD_SUFFIX):
                    shutil.copyfile(path, target / path.name)
            run = subprocess.run([*command, "check", "--fix", "--unsafe-fixes", "--quiet", str(target)], capture_output=True, text=True)
            if run.returncode == 2:
                print(f"error: scrapelint failed on {folder}:\n{run.stderr}", file=sys.stderr)
                return 2
            before = run_score(args.score, source, gold_dir, source, work / f"{folder}.before.json")["summary"]
            after = run_score(args.score, target, gold_dir, source, work / f"{folder}.after.json")["summary"]
            rows.append((folder, before, after))
            for path in sorted(target.glob("*.txt")):
                name = path.name[: -len(".txt")]
                gold = (gold_dir / f"{name}{GOLD_SUFFIX}").read_text(encoding="utf-8")
                original = (source / path.name).read_text(encoding="utf-8")
                cleaned = path.read_text(encoding="utf-8")
                if original == cleaned:
                    continue
                for code, applicability, line, is_gold, was_rewritten in removed_lines_by_rule(
                    score, original, cleaned, gold, path.name
                ):
                    if was_rewritten:
                        per_rule[code]["rewritten"] += 1
                        if is_gold:
                            per_rule[code]["rewritten gold"] += 1
                            rewritten[code].append((folder, name, f"[{applicability}] {line}"))
                        continue
                    per_rule[code]["removed"] += 1
                    per_rule[code][f"removed:{folder}"] += 1
                    removed[code].append((folder, name, line))
                    if is_gold:
                        per_rule[code]["gold"] += 1
                        per_rule[code][f"gold:{applicability}"] += 1
                        lost[code].append((folder, name, f"[{applicability}] {line}"))

    print("scrapelint check --fix --unsafe-fixes (default selection), scored against the gold bodies")
    print()
    print("| input | stage | bag-of-words P / R / F1 | 4-shingle F1 | lines removed P / R |")
    print("| --- | --- | --- | --- | --- |")
    for folder, before, after in rows:
        for stage, summary in (("before", before), ("after", after)):
            bow, lines = summary["bow"], summary["lines"]
            line_cell = f"{fmt(lines['P'])} / {fmt(lines['R'])} ({lines['removed']} lines)"
            print(
                f"| {folder} | {stage} | {fmt(bow['P'])} / {fmt(bow['R'])} / {fmt(bow['F1'])} | "
                f"{fmt(summary['sh4']['F1'])} | {line_cell} |"
            )
    print()
    print("Lines deleted per rule (all inputs scored), how many were gold article text, and the lines")
    print("rewritten in place (no longer found by score.py, not deleted) and how many of those were gold:")
    print()
    print("| rule | name | deleted | gold lines lost (by a safe fix) | rewritten (gold) | " + " | ".join(folders) + " |")
    print("| --- | --- | --- | --- | --- | " + " | ".join("---" for _ in folders) + " |")
    for code in sorted(per_rule):
        counts = per_rule[code]
        name = "kept, but aligned elsewhere by score.py" if code == UNTOUCHED else scrapelint_rule_name(code)
        cells = " | ".join(str(counts[f"removed:{folder}"]) for folder in folders)
        print(
            f"| {code} | {name} | {counts['removed']} | {counts['gold']} ({counts['gold:safe']}) | "
            f"{counts['rewritten']} ({counts['rewritten gold']}) | {cells} |"
        )
    if args.verbose:
        print("\nEvery deleted line:")
        for code in sorted(removed):
            for folder, name, line in removed[code]:
                print(f"  {code} {folder}/{name}: {line[:160]}")
    if not args.quiet and lost:
        print("\nGold lines deleted (lost article text):")
        for code in sorted(lost):
            for folder, name, line in lost[code]:
                print(f"  {code} {folder}/{name}: {line[:160]}")
    if not args.quiet and rewritten:
        print("\nGold lines rewritten in place (not lost; the gold keeps the text as it was):")
        for code in sorted(rewritten):
            for folder, name, line in rewritten[code]:
                print(f"  {code} {folder}/{name}: {line[:160]}")
    if args.json:
        payload = {
            "inputs": {folder: {"before": before, "after": after} for folder, before, after in rows},
            "rules": {code: dict(counts) for code, counts in per_rule.items()},
            "lost": {code: lines for code, lines in lost.items()},
            "rewritten": {code: lines for code, lines in rewritten.items()},
        }
        args.json.write_text(json.dumps(payload, indent=1) + "\n", encoding="utf-8")
    return 0


def scrapelint_rule_name(code: str) -> str:
    from scrapelint.rules import rule_by_code

    return rule_by_code(code).name


if __name__ == "__main__":
    sys.exit(main())
