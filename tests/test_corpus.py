"""``scrapelint corpus``: records in, cleaned records out, in order, safely."""

from __future__ import annotations

import gzip
import json
import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import CORPUS, SEED, cli_environment, interrupt_when_under_way, run_cli
from hypothesis import given
from hypothesis import strategies as st

import scrapelint
from scrapelint.corpus import Cleaner, span_in_original
from scrapelint.diagnostics import Edit
from scrapelint.fixer import apply_edits

SEED_RULES = ["D001", "T001", "B001"]
"""The rules these tests name; other rules come and go, so most runs select these three."""
SELECT = ("--select", ",".join(SEED_RULES))

HEADLINE_THEN_COMMENT_FORM = "Markets Rally on Rate Hopes\n\nMarkets Rally on Rate Hopes\n\nLeave a Reply"
"""D001's fix and B001's overlap, so B001 is fixed in a second round, in a shorter text."""


def corpus_texts() -> list[str]:
    """The seed, a few pages from the development corpus (when it is there), and edge cases."""
    texts = [SEED.read_text(encoding="utf-8"), HEADLINE_THEN_COMMENT_FORM]
    texts += [path.read_text(encoding="utf-8") for path in sorted((CORPUS / "bs4").glob("*.txt"))[:6]]
    texts += ["Leave a Reply\r\n\r\nShort text with Windows line endings.\r\n", "", "Nothing to fix here.\n"]
    return texts


def write_jsonl(path: Path, records: list[object]) -> Path:
    opener = gzip.open if path.suffix == ".gz" else open
    with opener(path, "wt", encoding="utf-8") as stream:
        for record in records:
            stream.write((record if isinstance(record, str) else json.dumps(record, ensure_ascii=False)) + "\n")
    return path


def read_jsonl(path: Path) -> list[dict]:
    data = path.read_bytes()
    if data[:2] == b"\x1f\x8b":
        data = gzip.decompress(data)
    elif data[:4] == b"\x28\xb5\x2f\xfd":
        import zstandard

        data = zstandard.ZstdDecompressor().stream_reader(data, read_across_frames=True).read()
    return [json.loads(line) for line in data.decode("utf-8").splitlines()]


@pytest.fixture
def records() -> list[dict]:
    return [{"id": f"doc-{n}", "text": text, "meta": {"n": n}} for n, text in enumerate(corpus_texts())]


def test_texts_are_fixed_as_check_fixes_them_and_everything_else_is_kept(tmp_path: Path, records: list[dict]) -> None:
    source = write_jsonl(tmp_path / "in.jsonl", records)
    result = run_cli("corpus", str(source), "-o", str(tmp_path / "out.jsonl"), "--jobs", "1")
    assert result.returncode == 0, result.stderr
    out = read_jsonl(tmp_path / "out.jsonl")
    assert [r["id"] for r in out] == [r["id"] for r in records]
    assert [r["meta"] for r in out] == [r["meta"] for r in records]
    assert [r["text"] for r in out] == [scrapelint.fix(r["text"]).text for r in records]
    assert out[1]["text"] == "Markets Rally on Rate Hopes"
    assert result.stdout == ""
    assert result.stderr.startswith(f"Cleaned {len(records)} documents")


def test_all_cores_give_the_same_bytes_in_the_same_order(tmp_path: Path, records: list[dict], monkeypatch) -> None:
    import scrapelint.corpus as engine

    monkeypatch.setattr(engine, "BATCH_RECORDS", 2)  # many small batches, so the order is really tested
    many = [{**record, "id": f"{record['id']}-{copy}"} for copy in range(5) for record in records]
    source = write_jsonl(tmp_path / "in.jsonl", many)
    cleaner = Cleaner.create()
    engine.clean_corpus([str(source)], str(tmp_path / "one.jsonl"), cleaner, jobs=1)
    tally = engine.clean_corpus([str(source)], str(tmp_path / "two.jsonl"), cleaner, jobs=2)
    assert (tmp_path / "one.jsonl").read_bytes() == (tmp_path / "two.jsonl").read_bytes()
    assert [r["id"] for r in read_jsonl(tmp_path / "two.jsonl")] == [r["id"] for r in many]
    assert tally.documents == len(many)


def test_compressed_inputs_and_outputs(tmp_path: Path, records: list[dict]) -> None:
    pytest.importorskip("zstandard", reason="the zstd extra is not installed")
    plain = write_jsonl(tmp_path / "in.jsonl", records)
    zipped = write_jsonl(tmp_path / "in.jsonl.gz", records)
    for target in ("out.jsonl.zst", "out.jsonl.gz"):
        result = run_cli("corpus", str(plain), str(zipped), "-o", str(tmp_path / target), "-j", "2", *SELECT)
        assert result.returncode == 0, result.stderr
    from_zstd = read_jsonl(tmp_path / "out.jsonl.zst")
    assert (tmp_path / "out.jsonl.zst").read_bytes()[:4] == b"\x28\xb5\x2f\xfd"
    assert from_zstd == read_jsonl(tmp_path / "out.jsonl.gz")
    assert len(from_zstd) == 2 * len(records)
    again = run_cli("corpus", str(tmp_path / "out.jsonl.zst"), "-o", str(tmp_path / "again.jsonl"), *SELECT)
    assert again.returncode == 0, again.stderr
    assert read_jsonl(tmp_path / "again.jsonl") == from_zstd  # fix(fix(x)) == fix(x)


def test_malformed_records_are_skipped_counted_and_reported_with_their_lines(tmp_path: Path) -> None:
    source = write_jsonl(
        tmp_path / "in.jsonl",
        [
            {"id": "a", "text": "Fine.\n"},
            '{"id": "b", "text": "unterminated',
            {"id": "c", "body": "no text field"},
            {"id": "d", "text": None},
            ["not", "an", "object"],
            "",
            '{"id": "f", "text": "Deep.", "x": ' + "[" * 100_000 + "]" * 100_000 + "}",
            {"id": "e", "text": "Also fine.\n"},
        ],
    )
    report = tmp_path / "report.json"
    result = run_cli("corpus", str(source), "-o", str(tmp_path / "out.jsonl"), "--id-field", "id", "--report", str(report))
    assert result.returncode == 1
    assert [r["id"] for r in read_jsonl(tmp_path / "out.jsonl")] == ["a", "e"]
    errors = [line for line in result.stderr.splitlines() if line.startswith("error:")]
    assert errors == [
        f"error: {source}:2: invalid JSON: Unterminated string starting at (column 21); skipped",
        f"error: {source}:3 (id c): no field 'text'; skipped",
        f"error: {source}:4 (id d): field 'text' is null, not a string; skipped",
        f"error: {source}:5: a JSON list, not an object; skipped",
        f"error: {source}:7: invalid JSON: nested too deeply; skipped",
    ]
    counts = json.loads(report.read_text(encoding="utf-8"))
    assert (counts["records"], counts["documents"], counts["malformed"], counts["written"]) == (7, 2, 5, 2)
    assert [(p["line"], p["kind"]) for p in counts["problems"]] == [
        (2, "malformed"), (3, "malformed"), (4, "malformed"), (5, "malformed"), (7, "malformed"),
    ]


def test_strict_stops_at_the_first_malformed_record_and_writes_nothing(tmp_path: Path) -> None:
    source = write_jsonl(tmp_path / "in.jsonl", [{"text": "Fine.\n"}, {"text": 3}, "{bad"])
    result = run_cli("corpus", str(source), "-o", str(tmp_path / "out.jsonl"), "--strict")
    assert result.returncode == 2
    assert result.stderr == f"error: {source}:2: field 'text' is int, not a string; skipped (--strict); nothing written\n"
    assert os.listdir(tmp_path) == ["in.jsonl"]


def test_annotations_locate_every_diagnostic_in_the_original_text(tmp_path: Path, records: list[dict]) -> None:
    source = write_jsonl(tmp_path / "in.jsonl", records)
    result = run_cli("corpus", str(source), "-o", str(tmp_path / "out.jsonl"), "--annotate", "lint", *SELECT)
    assert result.returncode == 0, result.stderr
    out = read_jsonl(tmp_path / "out.jsonl")
    for before, after in zip(records, out):
        original = before["text"]
        expected = {(d.code, d.start, d.end) for d in scrapelint.lint(original, select=SEED_RULES)}
        annotated = {(a["code"], a["start"], a["end"]) for a in after["lint"]}
        assert expected <= annotated
        fixed = scrapelint.fix(original, select=SEED_RULES).fixed
        assert sum(a["fixed"] for a in after["lint"]) == len(fixed)
        for annotation in after["lint"]:
            assert set(annotation) == {"code", "name", "start", "end", "fixed"}
            assert 0 <= annotation["start"] <= annotation["end"] <= len(original)
    seed = {a["code"]: a for a in out[0]["lint"]}
    assert [(a["code"], a["fixed"]) for a in out[0]["lint"]] == [("D001", True), ("T001", False), ("B001", True)]
    lines = records[0]["text"].split("\n")
    assert records[0]["text"][seed["D001"]["start"]:seed["D001"]["end"]] == lines[2]
    assert records[0]["text"][seed["B001"]["start"]:seed["B001"]["end"]] == lines[35]


def test_a_fix_made_in_a_later_round_is_located_in_the_original() -> None:
    for newline in ("\n", "\r\n"):
        original = HEADLINE_THEN_COMMENT_FORM.replace("\n", newline)
        outcome = Cleaner.create(select=["D001", "B001"]).clean(original)
        assert len(outcome.result.rounds) == 2  # the case this test is about
        spans = [(a["code"], original[a["start"]:a["end"]], a["fixed"]) for a in outcome.annotations()]
        assert spans == [("D001", "Markets Rally on Rate Hopes", True), ("B001", "Leave a Reply", True)]


@given(st.text(alphabet="ab\n", max_size=30), st.data())
def test_spans_map_back_to_the_characters_they_hold(original: str, data: st.DataObject) -> None:
    # Each character of the edited text carries its offset in the original (None: inserted).
    origins: list[int | None] = list(range(len(original)))
    text, rounds = original, []
    for _ in range(data.draw(st.integers(1, 3))):
        cuts = sorted(data.draw(st.lists(st.integers(0, len(text)), max_size=6)))
        contents = [data.draw(st.text(alphabet="XY", max_size=3)) for _ in range(0, len(cuts) - 1, 2)]
        edits = [Edit(cuts[i], cuts[i + 1], content) for i, content in zip(range(0, len(cuts) - 1, 2), contents)]
        for edit in reversed(edits):
            origins[edit.start:edit.end] = [None] * len(edit.content)
        rounds.append(edits)
        text = apply_edits(text, edits)
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    old_start, old_end = span_in_original(start, end, rounds)
    assert 0 <= old_start <= old_end <= len(original)
    kept = [origin for origin in origins[start:end] if origin is not None]
    assert all(old_start <= origin < old_end for origin in kept)
    if kept and len(kept) == end - start:  # nothing inserted in the span: the mapping is exact
        assert (old_start, old_end) == (kept[0], kept[-1] + 1)


def test_spans_in_untouched_text_map_exactly() -> None:
    rounds = [[Edit(2, 5, ""), Edit(8, 8, "+++")], [Edit(0, 1, "ZZ")]]
    original = "0123456789abcdef"
    first = apply_edits(original, rounds[0])
    final = apply_edits(first, rounds[1])
    assert final == "ZZ1567+++89abcdef"
    start = final.index("9abc")
    assert original[slice(*span_in_original(start, start + 4, rounds))] == "9abc"
    assert span_in_original(2, 3, rounds) == (1, 2)  # "1", just before the deletion
    assert span_in_original(3, 4, rounds) == (5, 6)  # "5", just after it
    assert span_in_original(7, 8, rounds) == (8, 8)  # inside the insertion: its point
    assert span_in_original(0, 1, rounds) == (0, 1)  # inside a replacement: what it replaced


def test_drop_if_drops_whole_documents_and_counts_them(tmp_path: Path, records: list[dict]) -> None:
    source = write_jsonl(tmp_path / "in.jsonl", records)
    report = tmp_path / "report.json"
    result = run_cli(
        "corpus", str(source), "-o", str(tmp_path / "out.jsonl"), "--report", str(report),
        "--drop-if", "removed:40%", "--drop-if", "empty", *SELECT,
    )
    assert result.returncode == 0, result.stderr
    kept = [r["id"] for r in read_jsonl(tmp_path / "out.jsonl")]
    removed = {r["id"] for r in records if _removed_share(r["text"]) > 0.4}
    empty = {r["id"] for r in records if not scrapelint.fix(r["text"], select=SEED_RULES).text.strip()}
    assert "doc-1" in removed  # the headline-and-comment-form text loses more than 40%
    assert "" in [r["text"] for r in records] and empty
    assert kept == [r["id"] for r in records if r["id"] not in removed | empty]
    counts = json.loads(report.read_text(encoding="utf-8"))
    assert counts["dropped"] == len(removed | empty) == len(records) - counts["written"]
    assert sum(counts["dropped_by"].values()) == counts["dropped"]
    assert "dropped" in result.stderr


def _removed_share(text: str) -> float:
    return (len(text) - len(scrapelint.fix(text, select=SEED_RULES).text)) / len(text) if text else 0.0


def test_drop_if_found_drops_documents_a_rule_flags(tmp_path: Path, records: list[dict]) -> None:
    source = write_jsonl(tmp_path / "in.jsonl", records)
    result = run_cli("corpus", str(source), "-o", str(tmp_path / "out.jsonl"), "--drop-if", "found:truncation", *SELECT)
    assert result.returncode == 0, result.stderr
    kept = {r["id"] for r in read_jsonl(tmp_path / "out.jsonl")}
    assert "doc-0" not in kept  # the seed has a truncated sentence
    assert kept == {r["id"] for r in records if not any(d.category == "truncation" for d in scrapelint.lint(r["text"], select=SEED_RULES))}


@pytest.mark.parametrize("condition", ["removed:1.5", "removed:abc", "sometimes", "found:X999"])
def test_bad_drop_conditions_are_usage_errors(tmp_path: Path, condition: str) -> None:
    source = write_jsonl(tmp_path / "in.jsonl", [{"text": "x"}])
    result = run_cli("corpus", str(source), "-o", str(tmp_path / "out.jsonl"), "--drop-if", condition)
    assert result.returncode == 2
    assert result.stderr.startswith("error: ")
    assert not (tmp_path / "out.jsonl").exists()


def test_no_fix_keeps_texts_and_annotates_spans(tmp_path: Path, records: list[dict]) -> None:
    source = write_jsonl(tmp_path / "in.jsonl", records)
    result = run_cli("corpus", str(source), "-o", "-", "--no-fix", "--annotate", "spans", "--text-field", "text", *SELECT)
    assert result.returncode == 0, result.stderr
    out = [json.loads(line) for line in result.stdout.splitlines()]
    assert [r["text"] for r in out] == [r["text"] for r in records]
    for record in out:
        assert [(a["code"], a["start"], a["end"]) for a in record["spans"]] == [
            (d.code, d.start, d.end) for d in scrapelint.lint(record["text"], select=SEED_RULES)
        ]
        assert not any(a["fixed"] for a in record["spans"])


def test_standard_input_and_a_custom_text_field(tmp_path: Path) -> None:
    lines = json.dumps({"body": SEED.read_text(encoding="utf-8")}) + "\n"
    result = run_cli("corpus", "-", "-o", "-", "--text-field", "body", "--select", "B001", input=lines.encode())
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["body"] == scrapelint.fix(SEED.read_text(encoding="utf-8"), select=["B001"]).text


def test_report_counts_per_rule(tmp_path: Path, records: list[dict]) -> None:
    source = write_jsonl(tmp_path / "in.jsonl", records)
    report = tmp_path / "report.json"
    assert run_cli("corpus", str(source), "-o", str(tmp_path / "out.jsonl"), "--report", str(report), *SELECT).returncode == 0
    counts = json.loads(report.read_text(encoding="utf-8"))
    for code in ("D001", "T001", "B001"):
        found = sum(d.code == code for r in records for d in scrapelint.lint(r["text"], select=SEED_RULES))
        fixed = sum(d.code == code for r in records for d in scrapelint.fix(r["text"], select=SEED_RULES).fixed)
        assert (counts["rules"][code]["found"], counts["rules"][code]["fixed"]) == (found, fixed)
    assert counts["rules"]["D001"]["name"] == "duplicated-headline"
    assert counts["documents"] == counts["written"] == len(records)
    assert counts["characters_in"] == sum(len(r["text"]) for r in records)


def test_a_lone_surrogate_survives_the_round_trip(tmp_path: Path) -> None:
    source = tmp_path / "in.jsonl"
    source.write_text('{"text": "broken \\ud800 pair"}\n', encoding="utf-8")
    result = run_cli("corpus", str(source), "-o", str(tmp_path / "out.jsonl"))
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "out.jsonl").read_text(encoding="utf-8") == '{"text": "broken \\ud800 pair"}\n'


def test_a_truncated_input_writes_nothing(tmp_path: Path, records: list[dict]) -> None:
    whole = write_jsonl(tmp_path / "in.jsonl.gz", records * 20).read_bytes()
    (tmp_path / "in.jsonl.gz").write_bytes(whole[: len(whole) * 2 // 3])
    result = run_cli("corpus", str(tmp_path / "in.jsonl.gz"), "-o", str(tmp_path / "out.jsonl"))
    assert result.returncode == 2
    assert "cannot decompress" in result.stderr and "nothing written" in result.stderr
    assert os.listdir(tmp_path) == ["in.jsonl.gz"]


def test_an_unwritable_output_is_an_error(tmp_path: Path) -> None:
    source = write_jsonl(tmp_path / "in.jsonl", [{"text": "x"}])
    result = run_cli("corpus", str(source), "-o", str(tmp_path / "missing" / "out.jsonl"))
    assert result.returncode == 2
    assert result.stderr.startswith("error: ")


def test_parquet_in_and_out(tmp_path: Path, records: list[dict]) -> None:
    pyarrow = pytest.importorskip("pyarrow", reason="the parquet extra is not installed")
    import pyarrow.parquet as parquet

    parquet.write_table(pyarrow.Table.from_pylist(records), tmp_path / "in.parquet", row_group_size=3)
    result = run_cli("corpus", str(tmp_path / "in.parquet"), "-o", str(tmp_path / "out.parquet"), "--annotate", "lint", "-j", "2", *SELECT)
    assert result.returncode == 0, result.stderr
    table = parquet.read_table(tmp_path / "out.parquet")
    assert table.column("text").to_pylist() == [scrapelint.fix(r["text"], select=SEED_RULES).text for r in records]
    assert table.column("meta").to_pylist() == [r["meta"] for r in records]
    assert table.schema.field("lint").type.value_type.names == ["code", "name", "start", "end", "fixed"]
    seed = table.column("lint").to_pylist()[0]
    assert [a["code"] for a in seed] == ["D001", "T001", "B001"]
    # JSON Lines to Parquet, and Parquet to JSON Lines, give the same records.
    write_jsonl(tmp_path / "in.jsonl", records)
    assert run_cli("corpus", str(tmp_path / "in.jsonl"), "-o", str(tmp_path / "from-jsonl.parquet"), *SELECT).returncode == 0
    assert parquet.read_table(tmp_path / "from-jsonl.parquet").to_pylist() == table.drop_columns(["lint"]).to_pylist()
    assert run_cli("corpus", str(tmp_path / "in.parquet"), "-o", str(tmp_path / "out.jsonl"), *SELECT).returncode == 0
    assert read_jsonl(tmp_path / "out.jsonl") == table.drop_columns(["lint"]).to_pylist()


def _big_input(path: Path) -> Path:
    record = json.dumps({"text": SEED.read_text(encoding="utf-8")}) + "\n"
    with open(path, "w", encoding="utf-8") as stream:
        stream.write(record * 20_000)
    return path


def _partial_output_written(folder: Path) -> bool:
    for path in folder.iterdir():
        try:
            if path.name.endswith(".partial") and path.stat().st_size:
                return True
        except FileNotFoundError:  # renamed into place or removed since the listing
            pass
    return False


@pytest.mark.parametrize(
    "signal_number", [signal.SIGINT, signal.SIGTERM], ids=["ctrl-c", "sigterm-to-the-process-group"]
)
def test_an_interrupted_run_leaves_no_output(tmp_path: Path, signal_number: int) -> None:
    """The signal goes to the whole process group, workers included: a terminal sends
    Ctrl-C so, and job schedulers and container runtimes send SIGTERM so."""
    source = _big_input(tmp_path / "in.jsonl")
    target = tmp_path / "out.jsonl"
    process = subprocess.Popen(
        [sys.executable, "-m", "scrapelint", "corpus", str(source), "-o", str(target), "-j", "2"],
        stderr=subprocess.PIPE,
        env=cli_environment(),
        start_new_session=True,  # its own process group, which the signal goes to as a whole
    )
    # Under way: its handlers installed, its workers cleaning and a first batch written to
    # the unfinished output.
    stderr = interrupt_when_under_way(process, lambda: _partial_output_written(tmp_path), "batch written", signal_number)
    assert process.returncode == 130, stderr.decode()
    assert stderr.decode().strip().endswith("error: interrupted; nothing written")
    assert os.listdir(tmp_path) == ["in.jsonl"]


def test_progress_shows_on_a_terminal_only(tmp_path: Path, records: list[dict]) -> None:
    import pty

    source = write_jsonl(tmp_path / "in.jsonl", records)
    quiet = run_cli("corpus", str(source), "-o", str(tmp_path / "out.jsonl"))
    assert "docs/s" not in quiet.stderr.replace(" docs/s, ", "")  # the summary line only
    assert len(quiet.stderr.splitlines()) == 1

    main, terminal = pty.openpty()
    process = subprocess.Popen(
        [sys.executable, "-m", "scrapelint", "corpus", str(source), "-o", str(tmp_path / "tty.jsonl")],
        stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=terminal,
        env={**os.environ, "COLUMNS": "160", "TERM": "xterm"},
    )
    os.close(terminal)
    shown = b""
    while True:
        try:
            chunk = os.read(main, 4096)
        except OSError:  # the terminal closed
            break
        if not chunk:
            break
        shown += chunk
    os.close(main)
    assert process.wait(timeout=60) == 0
    screen = shown.decode("utf-8", "replace")
    assert "Cleaning" in screen and "docs/s" in screen and "MB/s" in screen


def test_the_configuration_of_the_working_directory_applies(tmp_path: Path) -> None:
    seed = SEED.read_text(encoding="utf-8")
    write_jsonl(tmp_path / "in.jsonl", [{"text": seed}])
    (tmp_path / "scrapelint.toml").write_text('select = ["D001", "T001", "B001"]\nignore = ["B001"]\n', encoding="utf-8")
    configured = run_cli("corpus", "in.jsonl", "-o", "configured.jsonl", "--annotate", "lint", cwd=tmp_path)
    isolated = run_cli("corpus", "in.jsonl", "-o", "isolated.jsonl", "--isolated", *SELECT, cwd=tmp_path)
    assert configured.returncode == isolated.returncode == 0, configured.stderr + isolated.stderr
    assert read_jsonl(tmp_path / "configured.jsonl")[0]["text"] == scrapelint.fix(seed, select=["D001", "T001"]).text
    assert [a["code"] for a in read_jsonl(tmp_path / "configured.jsonl")[0]["lint"]] == ["D001", "T001"]
    assert read_jsonl(tmp_path / "isolated.jsonl")[0]["text"] == scrapelint.fix(seed, select=SEED_RULES).text
    (tmp_path / "scrapelint.toml").write_text('selekt = ["D001"]\n', encoding="utf-8")
    broken = run_cli("corpus", "in.jsonl", "-o", "broken.jsonl", cwd=tmp_path)
    assert broken.returncode == 2 and "selekt" in broken.stderr
    assert not (tmp_path / "broken.jsonl").exists()
