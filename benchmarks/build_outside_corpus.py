#!/usr/bin/env python3
"""Build an evaluation set from pages outside the dev corpus, in the dev corpus's layout.

    python benchmarks/build_outside_corpus.py SNAPSHOT OUT_DIR
        [--source readability|wcxb|newspaper|trafilatura-eval] [--split test] [--page-type article]
        [--tools PATH]

SNAPSHOT is a checkout, or a bare git directory, of one of these public benchmarks (getting
it needs the network, e.g. ``git clone --bare URL``):

``--source readability`` (default): Mozilla's Readability
    (https://github.com/mozilla/readability, Apache-2.0). Its ``test/test-pages/*/`` hold real
    pages (``source.html``) with the article body that Readability's maintainers check its
    output against (``expected.html``). That body, as text with the bs4 recipe, is the gold.
    The small pages are hand-written cases for single parser features: a page is kept when it
    is at least 10 KB.
``--source wcxb``: the Web Content eXtraction Benchmark
    (https://github.com/Murrough-Foley/web-content-extraction-benchmark, CC-BY-4.0): pages
    (``SPLIT/html/ID.html.gz``) with a human-reviewed ``main_content`` text
    (``SPLIT/ground-truth/ID.json``), the gold here. ``metadata.json`` labels each page with
    its split and page type; ``--split`` (default ``test``; ``dev,test`` for both) and
    ``--page-type`` (default ``article``) choose the pages.
``--source newspaper``: the full-text regression pages of newspaper
    (https://github.com/codelucas/newspaper, MIT): news articles of 2014 from about 80 sites
    (``tests/data/html/NAME.html``, their URLs in ``tests/data/fulltext_url_list.txt``) with
    the body text its maintainers accepted as correct (``tests/data/text/NAME.txt``), the
    gold here. Where newspaper failed, that file holds a note instead ("EXTRACTED
    NOTHING"), too short to be kept.
``--source trafilatura-eval``: the evaluation set of trafilatura
    (https://github.com/adbar/trafilatura, Apache-2.0): about a thousand pages, news, blogs,
    institutions and shops in many languages, mostly German, English and Polish
    (``tests/cache/FILE`` or ``tests/eval/FILE``). There is no gold body: for each page
    ``tests/evaldata.json`` holds a few snippets chosen by hand that the article text must
    contain ("with") and page furniture it must not ("without": navigation, comments, related
    links, footers). They are written to ``OUT_DIR/snippets.jsonl`` instead of gold files, and
    ``python benchmarks/snippets.py OUT_DIR`` scores the set. Every annotated page whose HTML is
    in the snapshot is kept.

A page with a gold body is kept when that body has at least 500 characters. Each page is turned into text
exactly as the dev corpus was, with the converters and settings of ``build_corpus.py``
(``--tools``, default ../shared/tools/build_corpus.py):

    OUT_DIR/{html2text,inscriptis,bs4}/NAME.txt        naive text of the page
    OUT_DIR/{html2text,inscriptis,bs4}/NAME.gold.txt   gold body (sources with one)
    OUT_DIR/anchor-trafilatura/NAME.txt                trafilatura's extraction
    OUT_DIR/snippets.jsonl                             snippets (trafilatura-eval)
    OUT_DIR/manifest.jsonl, OUT_DIR/build_info.json

Then ``python benchmarks/accuracy.py OUT_DIR`` scores scrapelint on it. The converters
(html2text, inscriptis, beautifulsoup4, lxml, trafilatura) must be installed in the Python
that runs this script; scrapelint does not depend on them. The build is deterministic. The
pages belong to their publishers: keep the output out of the repository.
"""

from __future__ import annotations

import argparse
import gzip
import importlib.util
import json
import re
import shutil
import subprocess
import sys
import unicodedata
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType

HERE = Path(__file__).resolve().parent
DEFAULT_TOOLS = HERE.parent.parent / "shared" / "tools" / "build_corpus.py"
READABILITY_PAGES = "test/test-pages"
NEWSPAPER_DATA = "tests/data"
TRAFILATURA_ANNOTATIONS = "tests/evaldata.json"
# evaldata.json names a file; trafilatura's tests look for it in these folders, in this order.
TRAFILATURA_PAGE_FOLDERS = ("tests/cache", "tests/eval")
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
    """The files of a checkout or of a bare git directory."""

    def __init__(self, path: Path, marker: str) -> None:
        self.path = path
        self.is_tree = (path / marker).exists()

    def _git(self, *args: str) -> bytes:
        return subprocess.run(["git", "--git-dir", str(self.path), *args], check=True, capture_output=True).stdout

    def commit(self) -> str:
        if self.is_tree:
            return subprocess.run(["git", "-C", str(self.path), "rev-parse", "HEAD"], capture_output=True, text=True).stdout.strip()
        return self._git("rev-parse", "HEAD").decode().strip()

    def listdir(self, folder: str) -> list[str]:
        if self.is_tree:
            return sorted(path.name for path in (self.path / folder).iterdir())
        listing = self._git("ls-tree", "--name-only", f"HEAD:{folder}").decode()
        return sorted(line for line in listing.splitlines() if line)

    def read(self, name: str) -> bytes | None:
        if self.is_tree:
            path = self.path / name
            return path.read_bytes() if path.is_file() else None
        try:
            return self._git("show", f"HEAD:{name}")
        except subprocess.CalledProcessError:
            return None


@dataclass
class Page:
    name: str
    html: str
    gold: str | None
    url: str | None
    snippets: dict[str, list[str]] | None = None


def readability_pages(snapshot: Snapshot, tools: ModuleType, args: argparse.Namespace) -> Iterator[Page]:
    for page in snapshot.listdir(READABILITY_PAGES):
        raw = snapshot.read(f"{READABILITY_PAGES}/{page}/source.html")
        expected = snapshot.read(f"{READABILITY_PAGES}/{page}/expected.html")
        if raw is None or expected is None or len(raw) < MIN_PAGE_BYTES:
            continue
        gold = tools.convert_bs4(tools.decode_html(expected))
        yield Page(page, tools.decode_html(raw), gold, None)


def wcxb_pages(snapshot: Snapshot, tools: ModuleType, args: argparse.Namespace) -> Iterator[Page]:
    metadata = json.loads(snapshot.read("metadata.json") or b"{}")["files"]
    splits = args.split.split(",")
    for file_id, labels in sorted(metadata.items()):
        split = labels["split"]
        if split not in splits or labels["page_type"] != args.page_type:
            continue
        raw = snapshot.read(f"{split}/html/{file_id}.html.gz")
        truth = snapshot.read(f"{split}/ground-truth/{file_id}.json")
        if raw is None or truth is None:
            continue
        record = json.loads(truth)
        gold = record["ground_truth"].get("main_content") or ""
        yield Page(file_id, tools.decode_html(gzip.decompress(raw)), gold, record.get("url"))


def newspaper_name(url: str, seen: dict[str, int]) -> str:
    """The fixture name newspaper's tests give a URL: its base domain and a counter per domain."""
    host = url.split("://", 1)[-1].split("/", 1)[0].split(":", 1)[0].lower()
    labels = host.split(".")
    base = ".".join(labels[-3:] if ".".join(labels[-2:]) in ("co.uk", "com.au", "au.com") else labels[-2:])
    seen[base] = seen.get(base, 0) + 1
    return f"{base}{seen[base]}"


def newspaper_pages(snapshot: Snapshot, tools: ModuleType, args: argparse.Namespace) -> Iterator[Page]:
    urls = (snapshot.read(f"{NEWSPAPER_DATA}/fulltext_url_list.txt") or b"").decode("utf-8").split()
    seen: dict[str, int] = {}
    for url in urls:
        name = newspaper_name(url, seen)
        raw = snapshot.read(f"{NEWSPAPER_DATA}/html/{name}.html")
        text = snapshot.read(f"{NEWSPAPER_DATA}/text/{name}.txt")
        if raw is None or text is None:
            continue
        yield Page(name, tools.decode_html(raw), text.decode("utf-8"), url)


def trafilatura_eval_name(filename: str) -> str:
    """A file name for the page: its HTML file's stem, with anything but word characters, dots and hyphens as "_"."""
    stem = unicodedata.normalize("NFC", filename.removesuffix(".html"))
    return re.sub(r"[^\w.-]+", "_", stem).strip("_")


def trafilatura_eval_pages(snapshot: Snapshot, tools: ModuleType, args: argparse.Namespace) -> Iterator[Page]:
    annotations = json.loads(snapshot.read(TRAFILATURA_ANNOTATIONS) or b"{}")
    names: set[str] = set()
    for key, item in sorted(annotations.items()):
        raw = None
        for folder in TRAFILATURA_PAGE_FOLDERS:
            raw = snapshot.read(f"{folder}/{item['file']}")
            if raw is not None:
                break
        if raw is None:
            print(f"{item['file']}: annotated, but its HTML is not in the snapshot: left out", file=sys.stderr)
            continue
        name = trafilatura_eval_name(item["file"])
        if name in names:
            raise SystemExit(f"error: two annotated pages would both be named {name}")
        names.add(name)
        # A few keys are labels ("hard::site-word.html") rather than the page's URL.
        url = key if "://" in key else None
        yield Page(name, tools.decode_html(raw), None, url, {"with": item["with"], "without": item["without"]})


@dataclass
class Source:
    """Where a benchmark's pages and gold bodies are, and what build_info.json says of it."""

    repository: str
    marker: str
    pages: Callable[[Snapshot, ModuleType, argparse.Namespace], Iterator[Page]]
    info: dict[str, str]
    chooses_split: bool


SOURCES: dict[str, Source] = {
    "readability": Source(
        repository="mozilla/readability",
        marker=READABILITY_PAGES,
        pages=readability_pages,
        info={
            "source": "https://github.com/mozilla/readability",
            "license": "Apache-2.0 (the pages belong to their publishers)",
            "gold": "test/test-pages/*/expected.html, as text with the bs4 recipe",
            "kept": f"source.html >= {MIN_PAGE_BYTES} bytes and gold >= {MIN_GOLD_CHARS} characters",
        },
        chooses_split=False,
    ),
    "wcxb": Source(
        repository="Murrough-Foley/web-content-extraction-benchmark",
        marker="metadata.json",
        pages=wcxb_pages,
        info={
            "source": "https://github.com/Murrough-Foley/web-content-extraction-benchmark",
            "license": "CC-BY-4.0 (the pages belong to their publishers)",
            "gold": "SPLIT/ground-truth/ID.json ground_truth.main_content",
            "kept": f"the split and page type chosen, gold >= {MIN_GOLD_CHARS} characters",
        },
        chooses_split=True,
    ),
    "newspaper": Source(
        repository="codelucas/newspaper",
        marker=NEWSPAPER_DATA,
        pages=newspaper_pages,
        info={
            "source": "https://github.com/codelucas/newspaper",
            "license": "MIT (the pages belong to their publishers)",
            "gold": "tests/data/text/NAME.txt, newspaper's full-text output accepted by its maintainers",
            "kept": f"pages of tests/data/fulltext_url_list.txt, gold >= {MIN_GOLD_CHARS} characters",
        },
        chooses_split=False,
    ),
    "trafilatura-eval": Source(
        repository="adbar/trafilatura",
        marker=TRAFILATURA_ANNOTATIONS,
        pages=trafilatura_eval_pages,
        info={
            "source": "https://github.com/adbar/trafilatura",
            "license": "Apache-2.0 (the pages belong to their publishers)",
            "gold": "no gold body: tests/evaldata.json's snippets per page, in snippets.jsonl",
            "kept": "every annotated page whose HTML file is in tests/cache or tests/eval",
        },
        chooses_split=False,
    ),
}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("snapshot", type=Path, help="checkout or bare git directory of the benchmark")
    parser.add_argument("out", type=Path)
    parser.add_argument("--source", choices=sorted(SOURCES), default="readability")
    parser.add_argument("--split", default="test", help="wcxb: the benchmark's split (dev, test, or dev,test)")
    parser.add_argument("--page-type", default="article", help="wcxb: the page type to keep")
    parser.add_argument("--tools", type=Path, default=DEFAULT_TOOLS, help="path to build_corpus.py")
    args = parser.parse_args(argv)
    tools = load_tools(args.tools)
    source = SOURCES[args.source]
    snapshot = Snapshot(args.snapshot, source.marker)
    folders = (*tools.CONVERTERS, "anchor-trafilatura")
    if args.out.exists():
        shutil.rmtree(args.out)
    for folder in folders:
        (args.out / folder).mkdir(parents=True)

    manifest = []
    snippets = []
    for page in source.pages(snapshot, tools, args):
        entry: dict[str, object] = {"name": page.name, "source": source.repository, "url": page.url}
        gold = None if page.gold is None else unicodedata.normalize("NFC", page.gold)
        if gold is not None:
            if len(gold) < MIN_GOLD_CHARS:
                continue
            entry["gold_chars"] = len(gold)
        if page.snippets is not None:
            snippets.append({"name": page.name, "url": page.url, **page.snippets})
        for converter in tools.CONVERTERS:
            folder = args.out / converter
            entry[f"{converter}_chars"] = tools.write_text(folder / f"{page.name}.txt", tools.CONVERT[converter](page.html))
            if gold is not None:
                tools.write_text(folder / f"{page.name}.gold.txt", gold)
        entry["anchor-trafilatura_chars"] = tools.write_text(
            args.out / "anchor-trafilatura" / f"{page.name}.txt", tools.convert_trafilatura(page.html, page.url)
        )
        manifest.append(entry)

    with (args.out / "manifest.jsonl").open("w", encoding="utf-8") as handle:
        for entry in manifest:
            handle.write(json.dumps(entry, ensure_ascii=False) + "\n")
    if snippets:
        with (args.out / "snippets.jsonl").open("w", encoding="utf-8") as handle:
            for record in snippets:
                handle.write(json.dumps(record, ensure_ascii=False) + "\n")
    info = {
        **source.info,
        "commit": snapshot.commit(),
        **({"split": args.split, "page_type": args.page_type} if source.chooses_split else {}),
        "documents": len(manifest),
        "versions": tools.versions(True),
    }
    (args.out / "build_info.json").write_text(json.dumps(info, indent=1) + "\n", encoding="utf-8")
    print(f"{len(manifest)} documents written to {args.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
