"""Clean corpora: JSON Lines (plain, gzip, zstd) and Parquet, streamed, on all cores.

Every document goes through :meth:`Cleaner.clean`, which calls the same fixer as
``scrapelint check --fix``; the command line, and the Ray, Dask and datatrove adapters in
:mod:`scrapelint.integrations`, are different ways of feeding it records.

:func:`clean_corpus` streams: records are read in small batches, cleaned by a pool of
worker processes (at most two batches per worker in flight) and written in input order,
so memory stays flat however large the input. The output goes to a temporary file next to
the target, which is renamed into place only when the whole input was processed: an
interrupted or failed run never leaves a file that looks complete.
"""

from __future__ import annotations

import itertools
import json
import os
from collections import Counter, deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

from scrapelint.diagnostics import Diagnostic, Edit
from scrapelint.fixer import FixResult, fix_text
from scrapelint.processes import prepare_worker, stop_signals_held
from scrapelint.settings import RuleSet, Settings

MAX_PROBLEMS_KEPT = 1000
"""Record problems kept (for printing and the report) beyond the counts, which are exact."""

BATCH_BYTES = 64 * 1024
BATCH_RECORDS = 500
PARQUET_BATCH_ROWS = 256
IN_FLIGHT_PER_JOB = 2


class CorpusError(Exception):
    """A problem that stops the whole run (unreadable input, unwritable output, ``--strict``)."""


# -- one document ------------------------------------------------------------------------


@dataclass(frozen=True)
class DropCondition:
    """When to drop a whole document, parsed from ``--drop-if`` text.

    ``removed:SHARE``  more than SHARE (``0.3`` or ``30%``) of the characters were removed
    ``remaining:N``    more than N diagnostics remain after fixing
    ``found:RULES``    the text as given has a diagnostic of these rules (comma-separated
                       codes, prefixes, names or categories)
    ``empty``          nothing but whitespace is left
    """

    spec: str
    kind: str
    threshold: float = 0.0
    codes: frozenset[str] = frozenset()

    @classmethod
    def parse(cls, spec: str) -> DropCondition:
        from scrapelint import rules

        kind, _, value = spec.strip().partition(":")
        kind = kind.strip().lower()
        value = value.strip()
        if kind == "empty" and not value:
            return cls(spec, kind)
        if kind == "removed" and value:
            share = _number(spec, value[:-1]) / 100 if value.endswith("%") else _number(spec, value)
            if not 0 <= share <= 1:
                raise ValueError(f"--drop-if {spec!r}: the share must lie between 0 and 1 (or 0% and 100%)")
            return cls(spec, kind, threshold=share)
        if kind == "remaining" and value:
            return cls(spec, kind, threshold=_number(spec, value))
        if kind == "found" and value:
            codes = {r.code for selector in value.split(",") if selector.strip() for r in rules.matches(selector.strip())[1]}
            return cls(spec, kind, codes=frozenset(codes))
        raise ValueError(
            f"--drop-if {spec!r}: expected removed:SHARE, remaining:COUNT, found:RULES or empty"
        )

    def holds(self, outcome: Outcome) -> bool:
        if self.kind == "removed":
            return outcome.removed_share > self.threshold
        if self.kind == "remaining":
            return len(outcome.result.remaining) > self.threshold
        if self.kind == "found":
            return any(d.code in self.codes for d in outcome.result.found)
        return not outcome.text.strip()


def _number(spec: str, value: str) -> float:
    try:
        return float(value)
    except ValueError:
        raise ValueError(f"--drop-if {spec!r}: {value!r} is not a number") from None


@dataclass
class Outcome:
    """What cleaning one document gave."""

    original: str
    text: str
    """The text to write: fixed, or the original when fixing was not asked for or failed."""
    result: FixResult
    problem: str | None = None
    """Why the original was kept although fixes were asked for."""
    dropped_by: str | None = None
    """The ``--drop-if`` condition that drops this document, if any."""

    @property
    def applied(self) -> bool:
        """Whether fixes were applied to the text to write."""
        return self.problem is None and bool(self.result.fixed)

    @property
    def removed_share(self) -> float:
        if not self.original:
            return 0.0
        return max(0, len(self.original) - len(self.text)) / len(self.original)

    def annotations(self) -> list[dict[str, Any]]:
        """Every diagnostic of the original text, and every one that fixing surfaced,
        located in the original: ``code``, ``name``, ``start``, ``end`` (character offsets)
        and ``fixed`` (whether its fix was applied to the text written)."""
        entries: dict[tuple[str, int, int], dict[str, Any]] = {}

        def add(diagnostic: Diagnostic, start: int, end: int, fixed: bool) -> None:
            entry = entries.setdefault(
                (diagnostic.code, start, end),
                {"code": diagnostic.code, "name": diagnostic.name, "start": start, "end": end, "fixed": False},
            )
            entry["fixed"] = entry["fixed"] or fixed

        for diagnostic in self.result.found:
            add(diagnostic, diagnostic.start, diagnostic.end, False)
        if self.applied:
            edit_rounds = [[edit for d in chosen for edit in d.fix.edits] for chosen in self.result.rounds]  # type: ignore[union-attr]
            for index, chosen in enumerate(self.result.rounds):
                for diagnostic in chosen:
                    add(diagnostic, *span_in_original(diagnostic.start, diagnostic.end, edit_rounds[:index]), True)
            for diagnostic in self.result.remaining:
                add(diagnostic, *span_in_original(diagnostic.start, diagnostic.end, edit_rounds), False)
        return sorted(entries.values(), key=lambda e: (e["start"], e["end"], e["code"]))


def span_in_original(start: int, end: int, edit_rounds: Sequence[Sequence[Edit]]) -> tuple[int, int]:
    """Map a span of a text that rounds of edits produced back to the text before them.

    A span that touches replaced text widens to cover what that text replaced; a span that
    merely borders removed text does not take the removed text in.
    """
    for edits in reversed(edit_rounds):
        start, end = _span_before(sorted(edits, key=lambda e: (e.start, e.end)), start, end)
    return start, end


def _span_before(edits: Sequence[Edit], start: int, end: int) -> tuple[int, int]:
    old_start = old_end = None
    shift = 0  # how much longer the edited text is than the original, up to here
    for edit in edits:
        new_start = edit.start + shift
        new_end = new_start + len(edit.content)
        if old_start is None:
            if start < new_start:
                old_start = start - shift
            elif start < new_end:
                old_start = edit.start
        if old_end is None:
            if end <= new_start:
                old_end = end - shift
            elif end <= new_end:
                old_end = edit.end
        if old_start is not None and old_end is not None:
            break
        shift += len(edit.content) - (edit.end - edit.start)
    old_start = start - shift if old_start is None else old_start
    old_end = end - shift if old_end is None else old_end
    return min(old_start, old_end), old_end


@dataclass(frozen=True)
class Cleaner:
    """What to do with each document. Immutable and small when pickled (rules travel by
    code), so one can be built once and shipped to every worker of a pool or a cluster."""

    ruleset: RuleSet
    fix: bool = True
    unsafe: bool = False
    drop_if: tuple[DropCondition, ...] = ()

    @classmethod
    def create(
        cls,
        *,
        select: Sequence[str] | None = None,
        extend_select: Sequence[str] = (),
        ignore: Sequence[str] = (),
        fix: bool = True,
        unsafe: bool = False,
        drop_if: Sequence[str] = (),
        config: str | os.PathLike[str] | None = None,
    ) -> Cleaner:
        """A cleaner for a rule selection, as ``scrapelint check`` takes it.

        ``config`` names a configuration file (``pyproject.toml``, ``scrapelint.toml``)
        whose settings the selection is laid over, as ``check --config`` does; without it
        the defaults apply (no file is looked for).

        Raises :class:`scrapelint.rules.SelectionError` for an unknown rule selector,
        :class:`scrapelint.config.ConfigError` for a bad configuration file, and
        ``ValueError`` for a malformed ``drop_if`` condition or setting.
        """
        if config is None:
            ruleset = Settings(select=select, extend_select=extend_select, ignore=ignore).resolve()
        else:
            from scrapelint.config import Resolver

            resolver = Resolver(config_file=Path(config), select=select, extend_select=extend_select, ignore=ignore)
            ruleset = resolver.for_directory(".").ruleset
        conditions = tuple(DropCondition.parse(spec) for spec in drop_if)
        return cls(ruleset, fix, unsafe, conditions)

    def clean(self, text: str) -> Outcome:
        """Fix ``text`` with the same rules and safety as ``scrapelint check --fix``.

        When fixes do not converge the text is kept as it was, and the outcome says why;
        so it is when a rule fails (a bug, which must not stop a corpus run).
        """
        try:
            if self.fix:
                result = fix_text(text, self.ruleset, unsafe=self.unsafe)
            else:
                from scrapelint.document import Document
                from scrapelint.linter import lint_document

                found = lint_document(Document(text), self.ruleset)
                result = FixResult(text, remaining=found, found=found)
        except Exception as error:  # noqa: BLE001  (one document's failure is reported, not fatal)
            problem = f"internal error, please report it: {type(error).__name__}: {error}; left unchanged"
            return Outcome(text, text, FixResult(text), problem)
        if not result.converged:
            outcome = Outcome(text, text, result, "fixes did not converge; left unchanged")
        else:
            outcome = Outcome(text, result.text, result)
        for condition in self.drop_if:
            if condition.holds(outcome):
                outcome.dropped_by = condition.spec
                break
        return outcome


# -- records -----------------------------------------------------------------------------


@dataclass(frozen=True)
class RecordFormat:
    """Where a record keeps its text, its identifier and its annotations."""

    text_field: str = "text"
    id_field: str | None = None
    annotate_field: str | None = None


@dataclass(frozen=True)
class Problem:
    """A record that was skipped (``malformed``) or written unchanged (``unchanged``)."""

    source: str
    line: int
    """The line number in a JSON Lines file; the row number (from 1) in a Parquet file."""
    kind: str
    reason: str
    record_id: str | None = None

    def __str__(self) -> str:
        where = f"{self.source}:{self.line}"
        if self.record_id is not None:
            where += f" (id {self.record_id})"
        return f"{where}: {self.reason}"


@dataclass
class Tally:
    """Counts for a batch, or for a whole run (tallies add up)."""

    records: int = 0
    documents: int = 0
    written: int = 0
    changed: int = 0
    malformed: int = 0
    unchanged: int = 0
    dropped: Counter[str] = field(default_factory=Counter)
    found: Counter[str] = field(default_factory=Counter)
    fixed: Counter[str] = field(default_factory=Counter)
    remaining: Counter[str] = field(default_factory=Counter)
    rule_names: dict[str, str] = field(default_factory=dict)
    characters_in: int = 0
    characters_out: int = 0
    bytes_in: int = 0
    """Input read: the JSON lines (uncompressed), or the texts of Parquet records."""
    problems: list[Problem] = field(default_factory=list)

    def add(self, other: Tally) -> None:
        for name in ("records", "documents", "written", "changed", "malformed", "unchanged",
                     "characters_in", "characters_out", "bytes_in"):
            setattr(self, name, getattr(self, name) + getattr(other, name))
        for name in ("dropped", "found", "fixed", "remaining"):
            getattr(self, name).update(getattr(other, name))
        self.rule_names.update(other.rule_names)
        self.problems.extend(other.problems[: max(0, MAX_PROBLEMS_KEPT - len(self.problems))])

    def count(self, outcome: Outcome) -> None:
        self.documents += 1
        self.characters_in += len(outcome.original)
        result = outcome.result
        for counter, diagnostics in ((self.found, result.found), (self.remaining, result.remaining)):
            for diagnostic in diagnostics:
                counter[diagnostic.code] += 1
                self.rule_names[diagnostic.code] = diagnostic.name
        if outcome.applied:
            self.changed += 1
            for diagnostic in result.fixed:
                self.fixed[diagnostic.code] += 1
                self.rule_names[diagnostic.code] = diagnostic.name
        if outcome.dropped_by is not None:
            self.dropped[outcome.dropped_by] += 1
        else:
            self.written += 1
            self.characters_out += len(outcome.text)

    def as_report(self) -> dict[str, Any]:
        codes = sorted(set(self.found) | set(self.fixed) | set(self.remaining))
        return {
            "records": self.records,
            "documents": self.documents,
            "written": self.written,
            "changed": self.changed,
            "dropped": sum(self.dropped.values()),
            "dropped_by": dict(self.dropped),
            "malformed": self.malformed,
            "unchanged_on_error": self.unchanged,
            "characters_in": self.characters_in,
            "characters_out": self.characters_out,
            "rules": {
                code: {
                    "name": self.rule_names.get(code, ""),
                    "found": self.found[code],
                    "fixed": self.fixed[code],
                    "remaining": self.remaining[code],
                }
                for code in codes
            },
            "problems": [
                {"source": p.source, "line": p.line, "id": p.record_id, "kind": p.kind, "reason": p.reason}
                for p in self.problems
            ],
        }


@dataclass(frozen=True)
class Job:
    """Everything a worker needs: sent once to each worker process, not with every batch."""

    cleaner: Cleaner
    record_format: RecordFormat = RecordFormat()
    serialize: bool = True
    """Return JSON Lines bytes (True) or record dictionaries (for a Parquet output)."""


@dataclass
class Batch:
    source: str
    items: list[tuple[int, bytes | dict[str, Any]]]
    """(line or row number, a JSON line or an already decoded record)."""
    input_index: int = 0
    consumed: int = 0
    """Bytes of the input file (as stored, compressed or not) read up to the end of this batch."""


def clean_batch(job: Job, batch: Batch) -> tuple[list[Any], Tally]:
    """Clean one batch: the output records (JSON lines or dictionaries) and their tally."""
    tally = Tally()
    output: list[Any] = []
    fmt = job.record_format
    for line, payload in batch.items:
        tally.records += 1
        record, reason = _decode(payload, fmt)
        # Throughput counts the JSON lines as read; for Parquet, the texts.
        if isinstance(payload, bytes):
            tally.bytes_in += len(payload) + 1
        elif reason is None:
            tally.bytes_in += len(payload[fmt.text_field])
        record_id = None
        if record is not None and fmt.id_field is not None and fmt.id_field in record:
            record_id = str(record[fmt.id_field])
        if reason is not None:
            tally.malformed += 1
            tally.problems.append(Problem(batch.source, line, "malformed", reason + "; skipped", record_id))
            continue
        assert record is not None
        outcome = job.cleaner.clean(record[fmt.text_field])
        tally.count(outcome)
        if outcome.problem is not None:
            tally.unchanged += 1
            tally.problems.append(Problem(batch.source, line, "unchanged", outcome.problem, record_id))
        if outcome.dropped_by is not None:
            continue
        record[fmt.text_field] = outcome.text
        if fmt.annotate_field is not None:
            record[fmt.annotate_field] = outcome.annotations()
        output.append(_encode(record) if job.serialize else record)
    return output, tally


def _decode(payload: bytes | dict[str, Any], fmt: RecordFormat) -> tuple[dict[str, Any] | None, str | None]:
    """The record, or the reason it is malformed."""
    if isinstance(payload, bytes):
        try:
            record = json.loads(payload)
        except UnicodeDecodeError:
            return None, "not valid UTF-8"
        except json.JSONDecodeError as error:
            return None, f"invalid JSON: {error.msg} (column {error.colno})"
        except RecursionError:  # the decoder recurses once per level of nesting
            return None, "invalid JSON: nested too deeply"
        if not isinstance(record, dict):
            return None, f"a JSON {type(record).__name__}, not an object"
    else:
        record = payload
    if fmt.text_field not in record:
        return record, f"no field {fmt.text_field!r}"
    text = record[fmt.text_field]
    if not isinstance(text, str):
        kind = "null" if text is None else type(text).__name__
        return record, f"field {fmt.text_field!r} is {kind}, not a string"
    if fmt.id_field is not None and fmt.id_field not in record:
        return record, f"no field {fmt.id_field!r}"
    return record, None


def _encode(record: dict[str, Any]) -> bytes:
    try:
        line = json.dumps(record, ensure_ascii=False, default=str)
        return line.encode("utf-8") + b"\n"
    except UnicodeEncodeError:  # a lone surrogate from a "\ud800" escape: keep it escaped
        return json.dumps(record, default=str).encode("ascii") + b"\n"


# -- reading and writing -----------------------------------------------------------------

GZIP_MAGIC = b"\x1f\x8b"
ZSTD_MAGIC = b"\x28\xb5\x2f\xfd"
PARQUET_SUFFIX = ".parquet"


def input_size(path: str) -> int | None:
    """Bytes on disk, for progress; None for standard input."""
    if path == "-":
        return None
    try:
        return os.path.getsize(path)
    except OSError:
        return None


def read_batches(paths: Sequence[str]) -> Iterator[Batch]:
    """The records of each input in turn, in batches of about ``BATCH_BYTES``."""
    for index, path in enumerate(paths):
        if path != "-" and Path(path).suffix.lower() == PARQUET_SUFFIX:
            yield from _parquet_batches(path, index)
        else:
            yield from _jsonl_batches(path, index)


def _jsonl_batches(path: str, index: int) -> Iterator[Batch]:
    import gzip
    import io
    import sys
    import zlib

    broken: tuple[type[BaseException], ...] = (EOFError, zlib.error, gzip.BadGzipFile)
    try:
        raw = sys.stdin.buffer if path == "-" else open(path, "rb")  # noqa: SIM115  (closed below)
    except OSError as error:
        raise CorpusError(f"{path}: {error.strerror or error}") from None
    try:
        buffered = raw if isinstance(raw, io.BufferedReader) else io.BufferedReader(raw)
        magic = buffered.peek(4)[:4]
        stream: IO[bytes] = buffered
        if magic.startswith(GZIP_MAGIC):
            stream = gzip.GzipFile(fileobj=buffered, mode="rb")
        elif magic.startswith(ZSTD_MAGIC):
            zstandard = _zstandard(path)
            broken += (zstandard.ZstdError,)
            reader = zstandard.ZstdDecompressor().stream_reader(buffered, read_across_frames=True)
            stream = io.BufferedReader(reader)
        items: list[tuple[int, bytes | dict[str, Any]]] = []
        size = 0
        for number, line in enumerate(stream, 1):
            line = line.rstrip(b"\r\n")
            if not line.strip():
                continue
            items.append((number, line))
            size += len(line) + 1
            if size >= BATCH_BYTES or len(items) >= BATCH_RECORDS:
                yield Batch(path, items, index, _position(raw))
                items, size = [], 0
        if items:
            yield Batch(path, items, index, _position(raw))
    except broken as error:
        raise CorpusError(f"{path}: cannot decompress: {error}") from None
    except OSError as error:
        raise CorpusError(f"{path}: {error.strerror or error}") from None
    finally:
        if raw is not sys.stdin.buffer:
            raw.close()


def _position(raw: IO[bytes]) -> int:
    try:
        return raw.tell()
    except OSError:  # a pipe
        return 0


def _zstandard(path: str) -> Any:
    try:
        import zstandard
    except ImportError:
        raise CorpusError(
            f"{path}: zstd compression needs the zstandard package: pip install 'scrapelint[zstd]'"
        ) from None
    return zstandard


def _pyarrow(path: str) -> Any:
    try:
        import pyarrow
        import pyarrow.parquet
    except ImportError:
        raise CorpusError(f"{path}: Parquet needs the pyarrow package: pip install 'scrapelint[parquet]'") from None
    return pyarrow


def _parquet_batches(path: str, index: int) -> Iterator[Batch]:
    pyarrow = _pyarrow(path)
    try:
        parquet = pyarrow.parquet.ParquetFile(path)
        size, rows = os.path.getsize(path), max(1, parquet.metadata.num_rows)
        row = 0
        for record_batch in parquet.iter_batches(batch_size=PARQUET_BATCH_ROWS):
            records = record_batch.to_pylist()
            items: list[tuple[int, bytes | dict[str, Any]]] = [(row + i + 1, r) for i, r in enumerate(records)]
            row += len(records)
            yield Batch(path, items, index, size * row // rows)
    except OSError as error:
        raise CorpusError(f"{path}: {error.strerror or error}") from None
    except pyarrow.ArrowException as error:
        raise CorpusError(f"{path}: cannot read as Parquet: {error}") from None


class Output:
    """Where cleaned records go: a temporary file renamed into place by :meth:`commit`.

    The suffix of the target picks the format: ``.parquet``, ``.gz`` or ``.zst``/``.zstd``
    (compressed JSON Lines), anything else plain JSON Lines; ``-`` is standard output.
    """

    def __init__(self, target: str, annotate_field: str | None = None) -> None:
        self.target = target
        self.annotate_field = annotate_field
        suffix = Path(target).suffix.lower()
        self.parquet = suffix == PARQUET_SUFFIX
        self._temporary: str | None = None
        self._file: IO[bytes] | None = None
        self._stream: Any = None
        self._parquet_writer: Any = None
        if self.parquet:
            _pyarrow(target)
        elif suffix in (".zst", ".zstd"):
            _zstandard(target)
        if target == "-":
            import sys

            self._stream = sys.stdout.buffer
            return
        import tempfile

        path = Path(target)
        try:
            handle, self._temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name[:40]}.", suffix=".partial")
        except OSError as error:
            raise CorpusError(f"{target}: cannot write here: {error.strerror or error}") from None
        self._file = os.fdopen(handle, "wb")
        if self.parquet:
            return
        if suffix == ".gz":
            import gzip

            self._stream = gzip.GzipFile(fileobj=self._file, mode="wb", compresslevel=6)
        elif suffix in (".zst", ".zstd"):
            self._stream = _zstandard(target).ZstdCompressor(level=3).stream_writer(self._file, closefd=False)
        else:
            self._stream = self._file

    def write(self, records: list[Any]) -> None:
        if not records:
            return
        try:
            if self.parquet:
                self._write_parquet(records)
            else:
                self._stream.write(b"".join(records))
        except OSError as error:
            raise CorpusError(f"{self.target}: cannot write: {error.strerror or error}") from None

    def _write_parquet(self, records: list[dict[str, Any]]) -> None:
        pyarrow = _pyarrow(self.target)
        if self._parquet_writer is None:
            schema = pyarrow.Table.from_pylist(records).schema
            if self.annotate_field is not None:
                position = schema.get_field_index(self.annotate_field)
                schema = schema.set(position, pyarrow.field(self.annotate_field, annotation_type(pyarrow)))
            self._parquet_writer = pyarrow.parquet.ParquetWriter(self._file, schema)
        try:
            table = pyarrow.Table.from_pylist(records, schema=self._parquet_writer.schema)
        except (pyarrow.ArrowException, TypeError, ValueError) as error:
            raise CorpusError(
                f"{self.target}: records do not fit the Parquet schema taken from the first ones ({error})"
            ) from None
        self._parquet_writer.write_table(table)

    def commit(self) -> None:
        """Finish the output and put it in place."""
        try:
            if self._parquet_writer is not None:
                self._parquet_writer.close()
            elif self.parquet and self._file is not None:
                self._write_empty_parquet()
            if self._stream is not None and self._stream is not self._file:
                if self._file is None:
                    self._stream.flush()
                else:
                    self._stream.close()
            if self._file is not None and self._temporary is not None:
                self._file.flush()
                os.fsync(self._file.fileno())
                self._file.close()
                os.chmod(self._temporary, 0o666 & ~_umask())
                os.replace(self._temporary, self.target)
                self._temporary = None
        except OSError as error:
            raise CorpusError(f"{self.target}: cannot write: {error.strerror or error}") from None

    def _write_empty_parquet(self) -> None:
        pyarrow = _pyarrow(self.target)
        pyarrow.parquet.write_table(pyarrow.table({}), self._file)

    def discard(self) -> None:
        """Remove the unfinished output (after a failure or an interruption)."""
        if self._file is None:  # standard output: what was written is gone already
            return
        stream = self._stream if self._stream is not self._file else None
        for closable in (self._parquet_writer, stream, self._file):
            try:
                if closable is not None:
                    closable.close()
            except (OSError, ValueError):
                pass
        if self._temporary is not None:
            try:
                os.unlink(self._temporary)
            except OSError:
                pass
            self._temporary = None


def annotation_type(pyarrow: Any) -> Any:
    """The Arrow type of an annotation column."""
    return pyarrow.list_(
        pyarrow.struct(
            [
                ("code", pyarrow.string()),
                ("name", pyarrow.string()),
                ("start", pyarrow.int64()),
                ("end", pyarrow.int64()),
                ("fixed", pyarrow.bool_()),
            ]
        )
    )


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


# -- running -----------------------------------------------------------------------------


Progress = Callable[[Batch, Tally], None]
"""Called after each batch is written, with the batch (its items already let go) and its tally."""


def clean_corpus(
    inputs: Sequence[str],
    output: str,
    cleaner: Cleaner,
    record_format: RecordFormat = RecordFormat(),
    *,
    jobs: int = 1,
    strict: bool = False,
    on_batch: Progress | None = None,
) -> Tally:
    """Clean every record of ``inputs`` into ``output``, in input order.

    Raises :class:`CorpusError` when the run cannot finish, and then nothing is written;
    with ``strict``, the first record that is malformed or left unchanged is such an
    error. A ``KeyboardInterrupt`` leaves nothing behind either, and propagates.
    """
    target = Output(output, record_format.annotate_field)
    job = Job(cleaner, record_format, serialize=not target.parquet)
    total = Tally()

    def consume(batch: Batch, records: list[Any], tally: Tally) -> None:
        if strict and tally.problems:
            raise CorpusError(f"{tally.problems[0]} (--strict)")
        target.write(records)
        total.add(tally)
        if on_batch is not None:
            on_batch(batch, tally)

    try:
        batches = read_batches(inputs)
        head = list(itertools.islice(batches, 2))
        batches = itertools.chain(head, batches)
        if jobs <= 1 or len(head) < 2:  # one batch in all: starting workers would only cost time
            for batch in batches:
                records, tally = clean_batch(job, batch)
                batch.items = []
                consume(batch, records, tally)
        else:
            _clean_in_pool(batches, job, jobs, consume)
        target.commit()
    except BaseException:
        target.discard()
        raise
    return total


_WORKER_JOB: Job | None = None


def _start_worker(job: Job) -> None:
    global _WORKER_JOB
    prepare_worker()
    _WORKER_JOB = job


def _clean_in_worker(batch: Batch) -> tuple[list[Any], Tally]:
    assert _WORKER_JOB is not None
    return clean_batch(_WORKER_JOB, batch)


def _clean_in_pool(
    batches: Iterable[Batch], job: Job, jobs: int, consume: Callable[[Batch, list[Any], Tally], None]
) -> None:
    import multiprocessing
    from concurrent.futures import Future, ProcessPoolExecutor
    from concurrent.futures.process import BrokenProcessPool

    # Not fork: the progress display runs a thread, and forking a threaded process is unsafe.
    # Not forkserver: SIGTERM sent to the process group would kill the server, and the pool
    # takes the server's death for the death of every worker it started.
    context = multiprocessing.get_context("spawn")
    pending: deque[tuple[Batch, Future[tuple[list[Any], Tally]]]] = deque()
    pool = ProcessPoolExecutor(jobs, mp_context=context, initializer=_start_worker, initargs=(job,))
    try:
        for batch in batches:
            with stop_signals_held():  # the pool may start a worker for it
                future = pool.submit(_clean_in_worker, batch)
            pending.append((Batch(batch.source, [], batch.input_index, batch.consumed), future))
            # At most this many batches wait or run: reading never races ahead of cleaning.
            while len(pending) >= jobs * IN_FLIGHT_PER_JOB:
                done, oldest = pending.popleft()
                consume(done, *oldest.result())
        while pending:
            done, oldest = pending.popleft()
            consume(done, *oldest.result())
    except BrokenProcessPool:
        raise CorpusError("a worker process died (out of memory?)") from None
    finally:
        for _, future in pending:
            future.cancel()
        pool.shutdown(wait=True, cancel_futures=True)
