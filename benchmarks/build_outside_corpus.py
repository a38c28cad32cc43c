#!/usr/bin/env python3
"""Build a second evaluation set, from pages outside the dev corpus, in the dev corpus's layout.

    python benchmarks/build_outside_corpus.py SNAPSHOT OUT_DIR [--tools PATH]

SNAPSHOT is a checkout, or a bare git directory, of Mozilla's Readability
(https://github.com/mozilla/readability, Apache-2.0; getting it needs the network:
``git clone --bare https://github.com/mozilla/readability``). Its ``test/test-pages/*/``
hold real pages (``source.html``) with the article body that Readability's maintainers
check its output against (``expected.html``). That body, as text, is the gold here.

The pages that are real articles are kept: the page is at least 10 KB and its gold text at
least 500 characters (the small pages are hand-written cases for single parser features).
Each page is turned into text exactly as the dev corpus was, with the converters and
settings of ``build_corpus.py`` (``--tools``, default ../shared/tools/build_corpus.py):

    OUT_DIR/{html2text,inscriptis,bs4}/NAME.txt        naive text of the page
    OUT_DIR/{html2text,inscriptis,bs4}/NAME.gold.txt   gold body (the bs4 recipe on expected.html)
    OUT_DIR/anchor-trafilatura/NAME.txt                trafilatura's extraction
    OUT_DIR/manifest.jsonl, OUT_DIR/build_info.json

Then ``python benchmarks/accuracy.py OUT_DIR`` scores scrapelint on it. The converters
(html2text, inscriptis, beautifulsoup4, lxml, trafilatura) must be installed in the Python
that runs this script; scrapelint does not depend on them. The build is deterministic. The
pages belong to their publishers: keep the output out of the repository.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import shutil
import subprocess
import sys
import unicodedata
from pathlib import Path
from types import ModuleType

HERE = Path(__file__).resolve().parent
DEFAULT_TOOLS = HERE.parent.parent / "shared" / "tools" / "build_corpus.py"
PAGES = "test/test-pages"
MIN_PAGE_BYTES = 10_000
MIN_GOLD_CHARS = 500


def load_tools(path: Path) -> ModuleType:
    spec = importlib.util.spec_from_file_location("build_corpus", path)
    if spec is None or spec.loader is None:
        raise SystemExit(f"error: {path}: cannot load build_corpus.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


class Snapshot:
    """The test pages of a checkout or of a bare git directory."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.is_tree = (path / PAGES).is_dir()

    def _git(self, *args: str) -> bytes:
        return subprocess.run(["git", "--git-dir", str(self.path), *args], check=True, capture_output=True).stdout

    def commit(self) -> str:
        if self.is_tree:
            return subprocess.run(["git", "-C", str(self.path), "rev-parse", "HEAD"], capture_output=True, text=True).stdout.strip()
        return self._git("rev-parse", "HEAD").decode().strip()

    def pages(self) -> list[str]:
        if self.is_tree:
            return sorted(path.name for path in (self.path / PAGES).iterdir() if path.is_dir())
        listing = self._git("ls-tree", "--name-only", f"HEAD:{PAGES}").decode()
        return sorted(line for line in listing.splitlines() if line)

    def read(self, page: str, name: str) -> bytes | None:
        if self.is_tree:
            path = self.path / PAGES / page / name
            return path.read_bytes() if path.is_file() else None
        try:
            return self._git("show", f"HEAD:{PAGES}/{page}/{name}")
        except subprocess.CalledProcessError:
            return None


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("snapshot", type=Path, help="checkout or bare git directory of mozilla/readability")
    parser.add_argument("out", type=Path)
    parser.add_argument("--tools", type=Path, default=DEFAULT_TOOLS, help="path to build_corpus.py")
    args = parser.parse_args(argv)
    tools = load_tools(args.tools)
    snapshot = Snapshot(args.snapshot)
    folders = (*tools.CONVERTERS, "anchor-trafilatura")
    if args.out.exists():
        shutil.rmtree(args.out)
    for folder in folders:
        (args.out / folder).mkdir(parents=True)

    manifest = []
    for page in snapshot.pages():
        raw, expected = snapshot.read(page, "source.html"), snapshot.read(page, "expected.html")
        if raw is None or expected is None or len(raw) < MIN_PAGE_BYTES:
            continue
        gold = unicodedata.normalize("NFC", tools.convert_bs4(tools.decode_html(expected)))
        if len(gold) < MIN_GOLD_CHARS:
            continue
        html = tools.decode_html(raw)
        entry: dict[str, object] = {"name": page, "source": "mozilla/readability", "gold_chars": len(gold)}
        for converter in tools.CONVERTERS:
            folder = args.out / converter
            entry[f"{converter}_chars"] = tools.write_text(folder / f"{page}.txt", tools.CONVERT[converter](html))
            tools.write_text(folder / f"{page}.gold.txt", gold)
        entry["anchor-trafilatura_chars"] = tools.write_text(
            args.out / "anchor-trafilatura" / f"{page}.txt", tools.convert_trafilatura(html, None)
        )
        manifest.append(entry)

    with (args.out / "manifest.jsonl").open("w", encoding="utf-8") as handle:
        for entry in manifest:
            handle.write(json.dumps(entry, ensure_ascii=False) + "\n")
    info = {
        "source": "https://github.com/mozilla/readability",
        "commit": snapshot.commit(),
        "license": "Apache-2.0 (the pages belong to their publishers)",
        "gold": "test/test-pages/*/expected.html, as text with the bs4 recipe",
        "kept": f"source.html >= {MIN_PAGE_BYTES} bytes and gold >= {MIN_GOLD_CHARS} characters",
        "documents": len(manifest),
        "versions": tools.versions(True),
    }
    (args.out / "build_info.json").write_text(json.dumps(info, indent=1) + "\n", encoding="utf-8")
    print(f"{len(manifest)} documents written to {args.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
