#!/usr/bin/env python3
"""How much article text scrapelint's fixes lose, and how much page furniture they remove, judged by snippets.

    python benchmarks/snippets.py SET_DIR [--folder NAME ...] [--json OUT] [--quiet]

SET_DIR is a set built by ``build_outside_corpus.py --source trafilatura-eval``: the input
folders (``anchor-trafilatura``, ``bs4``, ``html2text``, ``inscriptis``) and
``snippets.jsonl``, which gives, per page, snippets chosen by hand that the article text
must contain ("with") and page furniture it must not ("without"). There is no gold body.

Each input folder is copied to a temporary directory and the real command line is run
there, twice: ``scrapelint check --fix DIR`` (safe fixes only), then on a fresh copy
``scrapelint check --fix --unsafe-fixes DIR``, with the default selection. A "with"
snippet found in the input and no longer in the output is article text LOST; a "without"
snippet found in the input (anywhere) and nowhere in the output is residue REMOVED.
Snippets the input does not hold (the converter broke them up, or the page's encoding
was lost) are not counted, nor are texts holding NUL bytes, which scrapelint refuses as
binary.

Snippets and texts are compared as sequences of whole words, so that nothing fixes
legitimately rewrite counts: HTML entities are decoded, characters are decomposed
(NFKD) and case-folded, accents and other marks and invisible format characters (soft
hyphen, zero-width space) are dropped, and anything but a letter or a digit separates
words (whitespace, line breaks, quotes, dashes, punctuation).

Each lost or removed snippet is attributed to the rule whose edits took most of its
letters, by replaying the fix with the library (as ``accuracy.py`` does); the lost
"with" snippets are listed with that rule and the input line that held them.
"""

from __future__ import annotations

import argparse
import html
import importlib.util
import json
import re
import shutil
import subprocess
import sys
import tempfile
import unicodedata
from bisect import bisect_right
from collections import Counter, defaultdict
from dataclasses import dataclass
from functools import cached_property, lru_cache
from pathlib import Path
from types import ModuleType

HERE = Path(__file__).resolve().parent
FOLDERS = ("anchor-trafilatura", "bs4", "html2text", "inscriptis")
RUNS = {"safe": ("--fix",), "unsafe": ("--fix", "--unsafe-fixes")}
ENTITY = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")
UNTOUCHED = "(none)"


def load_accuracy() -> ModuleType:
    spec = importlib.util.spec_from_file_location("accuracy", HERE / "accuracy.py")
    if spec is None or spec.loader is None:
        raise SystemExit(f"error: cannot load {HERE / 'accuracy.py'}")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@lru_cache(maxsize=None)
def fold(char: str) -> str | None:
    """The word characters ``char`` compares as ("" when it is ignored), or None when it separates words."""
    category = unicodedata.category(char)
    if category[0] == "M" or category == "Cf":
        return ""
    if category[0] not in "LN":
        return None
    return "".join(c for c in unicodedata.normalize("NFKD", char).casefold() if unicodedata.category(c)[0] in "LN")


@dataclass
class Words:
    """A text as the words it is compared by, each with the span of the text it comes from."""

    words: list[str]
    spans: list[tuple[int, int]]

    @classmethod
    def of(cls, text: str) -> Words:
        words: list[str] = []
        spans: list[tuple[int, int]] = []
        current: list[str] = []
        start = end = 0

        def feed(char: str, offset: int, next_offset: int) -> None:
            nonlocal start, end
            folded = fold(char)
            if folded is None:
                if current:
                    words.append("".join(current))
                    spans.append((start, end))
                    current.clear()
            elif folded:
                if not current:
                    start = offset
                current.append(folded)
                end = next_offset

        position = 0
        for entity in [*ENTITY.finditer(text), None]:
            stop = entity.start() if entity else len(text)
            for offset in range(position, stop):
                feed(text[offset], offset, offset + 1)
            if entity:
                for char in html.unescape(entity.group()):
                    feed(char, entity.start(), entity.end())
                position = entity.end()
        feed(" ", len(text), len(text))
        return cls(words, spans)

    @cached_property
    def _joined(self) -> tuple[str, list[int]]:
        """The words between single spaces, and where each word starts in that string."""
        starts, position = [], 1
        for word in self.words:
            starts.append(position)
            position += len(word) + 1
        return " " + "".join(word + " " for word in self.words), starts

    def occurrences(self, snippet: list[str]) -> list[int]:
        """Index of the first word of each place where ``snippet``'s words follow one another."""
        joined, starts = self._joined
        needle = " " + " ".join(snippet) + " "
        found, position = [], joined.find(needle)
        while position >= 0:
            found.append(bisect_right(starts, position + 1) - 1)
            position = joined.find(needle, position + 1)
        return found

    def span_offsets(self, first: int, count: int) -> list[int]:
        """The offsets of the characters that the words ``first`` to ``first + count - 1`` come from."""
        return [offset for start, end in self.spans[first : first + count] for offset in range(start, end)]


def snippet_words(snippet: str) -> list[str]:
    return Words.of(snippet).words


def line_at(text: str, offset: int) -> str:
    start = text.rfind("\n", 0, offset) + 1
    end = text.find("\n", offset)
    return text[start : end if end >= 0 else len(text)].strip()


def attribute(replay: object, before: Words, places: list[int], length: int) -> tuple[str, str, int | None]:
    """(rule, applicability, first offset it touched) of the edits that took most of the letters at ``places``."""
    votes: Counter[tuple[str, str]] = Counter()
    first_touched = None
    for place in places:
        for offset in before.span_offsets(place, length):
            owner = replay.owners[offset]  # type: ignore[attr-defined]
            if owner is not None:
                votes[owner] += 1
                first_touched = offset if first_touched is None else min(first_touched, offset)
    if not votes:
        return UNTOUCHED, "-", None
    (code, applicability), _ = votes.most_common(1)[0]
    return code, applicability, first_touched


def run_cli(command: list[str], flags: tuple[str, ...], target: Path) -> None:
    run = subprocess.run([*command, "check", *flags, "--quiet", str(target)], capture_output=True, text=True)
    if run.returncode not in (0, 1):
        raise SystemExit(f"error: scrapelint failed on {target.name}:\n{run.stderr}")


def pct(part: int, whole: int) -> str:
    return "  -  " if not whole else f"{100 * part / whole:.1f}%"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("set_dir", type=Path)
    parser.add_argument("--folder", action="append", choices=FOLDERS, help="score only this input folder (repeatable)")
    parser.add_argument("--json", type=Path, help="write every count and every lost or removed snippet here")
    parser.add_argument("--quiet", action="store_true", help="do not list the lost snippets")
    args = parser.parse_args(argv)
    accuracy = load_accuracy()
    command = accuracy.scrapelint_command()
    records = [json.loads(line) for line in (args.set_dir / "snippets.jsonl").read_text(encoding="utf-8").splitlines() if line]
    snippets = {record["name"]: record for record in records}
    folders = [folder for folder in FOLDERS if (not args.folder or folder in args.folder) and (args.set_dir / folder).is_dir()]

    counts: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
    per_rule: dict[str, Counter[str]] = defaultdict(Counter)
    lost: list[dict[str, str]] = []
    removed: list[dict[str, str]] = []
    with tempfile.TemporaryDirectory(prefix="scrapelint-snippets-") as temporary:
        for folder in folders:
            source = args.set_dir / folder
            inputs = []
            for path in sorted(source.glob("*.txt")):
                if path.name[: -len(".txt")] not in snippets:
                    continue
                if b"\0" in path.read_bytes():
                    print(f"note: {folder}/{path.name} holds NUL bytes, which scrapelint refuses as binary: left out", file=sys.stderr)
                    continue
                inputs.append(path)
            targets = {run: Path(temporary) / f"{folder}.{run}" for run in RUNS}
            for run, flags in RUNS.items():
                targets[run].mkdir()
                for path in inputs:
                    shutil.copyfile(path, targets[run] / path.name)
                run_cli(command, flags, targets[run])
            for path in inputs:
                name = path.name[: -len(".txt")]
                # As the command line reads it: a leading byte-order mark is the encoding's, not text.
                before_text = path.read_text(encoding="utf-8-sig")
                before = Words.of(before_text)
                for run in RUNS:
                    after_text = (targets[run] / path.name).read_text(encoding="utf-8-sig")
                    after = Words.of(after_text) if after_text != before_text else before
                    replay = None
                    for kind in ("with", "without"):
                        for snippet in snippets[name][kind]:
                            counts[(folder, run)][kind] += 1
                            words = snippet_words(snippet)
                            places = before.occurrences(words) if words else []
                            if not places:
                                continue
                            counts[(folder, run)][f"{kind} in input"] += 1
                            if after.occurrences(words):
                                continue
                            counts[(folder, run)][f"{kind} gone"] += 1
                            if replay is None:
                                replay = accuracy.Replay(before_text, path.name, unsafe=run == "unsafe")
                                if replay.text != after_text:
                                    print(f"warning: {folder}/{path.name}: the library's fix differs from the command line's", file=sys.stderr)
                            code, applicability, touched = attribute(replay, before, places, len(words))
                            per_rule[code][f"{kind} {run}"] += 1
                            line = line_at(before_text, before.spans[places[0]][0] if touched is None else touched)
                            entry = {"folder": folder, "run": run, "name": name, "rule": code,
                                     "applicability": applicability, "snippet": snippet, "line": line}
                            (lost if kind == "with" else removed).append(entry)

    print("scrapelint check --fix [--unsafe-fixes] (default selection), judged by hand-chosen snippets")
    print()
    print("| input | fixes | 'with' in input (of all) | 'with' kept | 'without' in input (of all) | 'without' removed |")
    print("| --- | --- | --- | --- | --- | --- |")
    for (folder, run), tally in counts.items():
        kept = tally["with in input"] - tally["with gone"]
        print(
            f"| {folder} | {run} | {tally['with in input']} ({tally['with']}) | "
            f"{kept} ({pct(kept, tally['with in input'])}) | "
            f"{tally['without in input']} ({tally['without']}) | "
            f"{tally['without gone']} ({pct(tally['without gone'], tally['without in input'])}) |"
        )
    print()
    print("Per rule, all inputs: 'with' snippets lost and 'without' snippets removed, by safe and by unsafe fixes")
    print("(a snippet is the rule's whose edits took most of its letters):")
    print()
    print("| rule | name | 'with' lost, safe | 'with' lost, unsafe | 'without' removed, safe | 'without' removed, unsafe |")
    print("| --- | --- | --- | --- | --- | --- |")
    for code in sorted(per_rule):
        tally = per_rule[code]
        name = "no edit touched it" if code == UNTOUCHED else rule_name(code)
        print(
            f"| {code} | {name} | {tally['with safe']} | {tally['with unsafe']} | "
            f"{tally['without safe']} | {tally['without unsafe']} |"
        )
    if not args.quiet and lost:
        print("\n'with' snippets lost (article text), per run and rule:")
        for entry in sorted(lost, key=lambda e: (e["run"], e["rule"], e["folder"], e["name"])):
            print(
                f"  [{entry['run']}] {entry['rule']} ({entry['applicability']}) {entry['folder']}/{entry['name']}: "
                f"{entry['snippet'][:80]!r} in line {entry['line'][:160]!r}"
            )
    if args.json:
        payload = {
            "inputs": {f"{folder} {run}": dict(tally) for (folder, run), tally in counts.items()},
            "rules": {code: dict(tally) for code, tally in per_rule.items()},
            "lost": lost,
            "removed": removed,
        }
        args.json.write_text(json.dumps(payload, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    return 0


def rule_name(code: str) -> str:
    from scrapelint.rules import rule_by_code

    return rule_by_code(code).name


if __name__ == "__main__":
    sys.exit(main())
