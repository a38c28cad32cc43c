"""benchmarks/build_outside_corpus.py: which pages each source yields, and under which names."""

from __future__ import annotations

import argparse
import gzip
import json
from pathlib import Path
from types import ModuleType, SimpleNamespace

import pytest
from conftest import load_benchmark


@pytest.fixture(scope="module")
def builder() -> ModuleType:
    return load_benchmark("build_outside_corpus")


TOOLS = SimpleNamespace(decode_html=lambda raw: raw.decode("utf-8"))


def write(path: Path, data: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)


def test_newspaper_names_count_pages_per_base_domain(builder: ModuleType) -> None:
    seen: dict[str, int] = {}
    names = [
        builder.newspaper_name(url, seen)
        for url in (
            "http://www.al.com/sports/a.html",
            "http://blog.al.com/b.html",
            "http://www.dailystar.co.uk/news/c",
            "https://uk.reuters.com:443/article/d",
        )
    ]
    assert names == ["al.com1", "al.com2", "dailystar.co.uk1", "reuters.com1"]


def test_newspaper_pages_pair_html_and_accepted_text(builder: ModuleType, tmp_path: Path) -> None:
    data = tmp_path / "tests" / "data"
    write(data / "fulltext_url_list.txt", b"http://www.al.com/a.html\nhttp://www.al.com/b.html\nhttp://www.nj.com/c.html\n")
    write(data / "html" / "al.com1.html", b"<p>first</p>")
    write(data / "text" / "al.com1.txt", b"First body.")
    write(data / "html" / "al.com2.html", b"<p>second</p>")
    write(data / "html" / "nj.com1.html", b"<p>third</p>")
    write(data / "text" / "nj.com1.txt", "Third body \u2014 caf\u00e9.".encode())
    snapshot = builder.Snapshot(tmp_path, builder.NEWSPAPER_DATA)
    pages = list(builder.newspaper_pages(snapshot, TOOLS, argparse.Namespace()))
    assert [(page.name, page.html, page.gold, page.url) for page in pages] == [
        ("al.com1", "<p>first</p>", "First body.", "http://www.al.com/a.html"),
        ("nj.com1", "<p>third</p>", "Third body \u2014 caf\u00e9.", "http://www.nj.com/c.html"),
    ]


@pytest.mark.parametrize(("split", "expected"), [("test", ["t1"]), ("dev,test", ["d1", "t1"])])
def test_wcxb_pages_of_one_or_several_splits(builder: ModuleType, tmp_path: Path, split: str, expected: list[str]) -> None:
    files = {
        "d1": {"split": "dev", "page_type": "documentation"},
        "d2": {"split": "dev", "page_type": "article"},
        "t1": {"split": "test", "page_type": "documentation"},
    }
    write(tmp_path / "metadata.json", json.dumps({"files": files}).encode())
    for file_id, labels in files.items():
        folder = tmp_path / labels["split"]
        write(folder / "html" / f"{file_id}.html.gz", gzip.compress(f"<p>{file_id}</p>".encode()))
        record = {"url": f"https://example.org/{file_id}", "ground_truth": {"main_content": f"Body {file_id}."}}
        write(folder / "ground-truth" / f"{file_id}.json", json.dumps(record).encode())
    snapshot = builder.Snapshot(tmp_path, "metadata.json")
    args = argparse.Namespace(split=split, page_type="documentation")
    pages = list(builder.wcxb_pages(snapshot, TOOLS, args))
    assert [page.name for page in pages] == expected
    assert [page.gold for page in pages] == [f"Body {name}." for name in expected]


def test_trafilatura_eval_pages_carry_snippets_and_skip_missing_html(builder: ModuleType, tmp_path: Path) -> None:
    annotations = {
        "https://example.org/b": {"file": "b page.html", "with": ["Body b."], "without": ["Imprint"]},
        "hard::example.net-a.html": {"file": "a.html", "with": ["Body a."], "without": ["Menu"]},
        "https://example.org/c": {"file": "missing.html", "with": ["Body c."], "without": ["Menu"]},
    }
    write(tmp_path / "tests" / "evaldata.json", json.dumps(annotations).encode())
    write(tmp_path / "tests" / "eval" / "a.html", b"<p>a from eval</p>")
    write(tmp_path / "tests" / "cache" / "a.html", b"<p>a from cache</p>")
    write(tmp_path / "tests" / "eval" / "b page.html", b"<p>b</p>")
    snapshot = builder.Snapshot(tmp_path, builder.TRAFILATURA_ANNOTATIONS)
    pages = list(builder.trafilatura_eval_pages(snapshot, TOOLS, argparse.Namespace()))
    assert [(page.name, page.html, page.gold, page.url, page.snippets) for page in pages] == [
        ("a", "<p>a from cache</p>", None, None, {"with": ["Body a."], "without": ["Menu"]}),
        ("b_page", "<p>b</p>", None, "https://example.org/b", {"with": ["Body b."], "without": ["Imprint"]}),
    ]
