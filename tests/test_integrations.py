"""Ray Data, Dask and datatrove give the same texts as ``scrapelint corpus``, on real local clusters."""

from __future__ import annotations

import gzip
import json
import logging
from pathlib import Path

import pytest
from conftest import run_cli
from test_corpus import corpus_texts, read_jsonl, write_jsonl

import scrapelint

DROP_IF = ["removed:40%", "empty"]
"""Drop conditions every engine is given: the comparison covers dropping too."""


@pytest.fixture(scope="module")
def source(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("integrations")
    records = [{"id": f"doc-{n}", "text": text, "meta": {"n": n}} for n, text in enumerate(corpus_texts())]
    return write_jsonl(folder / "in.jsonl", records)


@pytest.fixture(scope="module")
def expected(source: Path) -> dict[str, dict]:
    """What the command line makes of ``source``: cleaned records by id."""
    target = source.with_name("cli.jsonl")
    drops = [argument for condition in DROP_IF for argument in ("--drop-if", condition)]
    result = run_cli("corpus", str(source), "-o", str(target), "--annotate", "lint", *drops)
    assert result.returncode == 0, result.stderr
    cleaned = {record["id"]: record for record in read_jsonl(target)}
    assert 0 < len(cleaned) < len(read_jsonl(source))  # something was dropped, something kept
    assert any(record["lint"] for record in cleaned.values())
    return cleaned


def assert_same(expected: dict[str, dict], got: dict[str, tuple[str, list[dict] | None]]) -> None:
    assert sorted(got) == sorted(expected)
    for key, (text, lint) in got.items():
        assert text == expected[key]["text"], key
        if lint is not None:
            assert lint == expected[key]["lint"], key


def test_the_adapters_take_every_batch_format_without_a_cluster(source: Path, expected: dict[str, dict]) -> None:
    pyarrow = pytest.importorskip("pyarrow", reason="the ray extra is not installed")
    pytest.importorskip("pandas", reason="the ray extra is not installed")
    import numpy

    from scrapelint.integrations.dask import clean_partition, clean_record, clean_text
    from scrapelint.integrations.ray import ScrapelintCleaner

    records = read_jsonl(source)
    table = pyarrow.Table.from_pylist(records)
    cleaner = ScrapelintCleaner("text", annotate_column="lint", drop_if=DROP_IF)
    from_arrow = cleaner(table).to_pylist()
    from_pandas = cleaner(table.to_pandas()).to_dict("records")
    arrays = cleaner({name: numpy.array(table.column(name).to_pylist(), dtype=object) for name in ("id", "text")})
    for rows in (from_arrow, from_pandas):
        assert_same(expected, {row["id"]: (row["text"], list(row["lint"])) for row in rows})
    assert_same(expected, {key: (text, list(lint)) for key, text, lint in zip(arrays["id"], arrays["text"], arrays["lint"])})

    partition = clean_partition(table.to_pandas(), "text", annotate_column="lint", drop_if=DROP_IF)
    assert_same(expected, {row["id"]: (row["text"], row["lint"]) for row in partition.to_dict("records")})
    kept = [clean_record(record, "text", annotate_field="lint", drop_if=DROP_IF) for record in records]
    assert_same(expected, {row["id"]: (row["text"], row["lint"]) for row in kept if row})
    texts = [clean_text(record["text"], drop_if=DROP_IF) for record in records]
    assert [t for t in texts if t is not None] == [expected[r["id"]]["text"] for r in records if r["id"] in expected]


@pytest.mark.filterwarnings("ignore::DeprecationWarning")  # raised inside Ray Data
def test_ray_data_map_batches_on_a_local_cluster(source: Path, expected: dict[str, dict]) -> None:
    ray = pytest.importorskip("ray", reason="the ray extra is not installed")
    pytest.importorskip("ray.data", reason="the ray extra is not installed")
    from scrapelint.integrations.ray import ScrapelintCleaner

    # Logical CPUs: the reading task and the two cleaning actors each hold one.
    ray.init(num_cpus=4, object_store_memory=100 * 1024 * 1024, include_dashboard=False, log_to_driver=False,
             logging_level=logging.WARNING)
    try:
        context = ray.data.DataContext.get_current()
        context.enable_progress_bars = False
        dataset = ray.data.read_json(str(source)).map_batches(
            ScrapelintCleaner,
            fn_constructor_kwargs={"text_column": "text", "annotate_column": "lint", "drop_if": DROP_IF},
            batch_format="pyarrow",
            batch_size=4,
            concurrency=2,
        )
        rows = dataset.take_all()
    finally:
        ray.shutdown()
    assert_same(expected, {row["id"]: (row["text"], list(row["lint"])) for row in rows})


LOADED_MACHINE_TIMEOUTS = {
    "distributed.comm.timeouts.connect": "300s",
    "distributed.comm.timeouts.tcp": "300s",
}
"""Dask's defaults (30 s) assume an idle machine: on a loaded one, starting the worker
processes (each imports dask, pandas and pyarrow) and their first connections can take
longer than that."""


def test_dask_bag_and_dataframe_on_a_local_cluster(source: Path, expected: dict[str, dict]) -> None:
    pytest.importorskip("dask", reason="the dask extra is not installed")
    pytest.importorskip("dask.dataframe", reason="the dask extra is not installed")
    distributed = pytest.importorskip("distributed", reason="the dask extra is not installed")
    import dask.bag
    import dask.dataframe

    from scrapelint.integrations.dask import clean_partition, clean_record

    # ":0": any free port for the cluster's web server, not the fixed default that another
    # cluster on the machine may hold.
    with dask.config.set(LOADED_MACHINE_TIMEOUTS), \
            distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=":0") as cluster, \
            distributed.Client(cluster):
        # Blocks of a quarter of the input: several partitions whatever the size of the texts.
        blocksize = max(1, source.stat().st_size // 4)
        bag = dask.bag.read_text(str(source), blocksize=blocksize).map(json.loads)
        records = bag.map(clean_record, text_field="text", annotate_field="lint", drop_if=DROP_IF).filter(bool).compute()
        frame = dask.dataframe.read_json(str(source), lines=True, blocksize=blocksize)
        partitions = frame.map_partitions(clean_partition, text_column="text", drop_if=DROP_IF).compute()
    assert frame.npartitions > 1 and bag.npartitions > 1
    assert_same(expected, {record["id"]: (record["text"], record["lint"]) for record in records})
    assert_same(expected, dict(zip(partitions["id"], zip(partitions["text"], [None] * len(partitions)))))


def test_datatrove_step_in_a_local_pipeline(source: Path, expected: dict[str, dict], tmp_path: Path) -> None:
    pytest.importorskip("datatrove", reason="the datatrove extra is not installed")
    pytest.importorskip("orjson", reason="datatrove's JSON Lines reader needs orjson")
    from datatrove.executor import LocalPipelineExecutor
    from datatrove.pipeline.readers import JsonlReader
    from datatrove.pipeline.writers import JsonlWriter

    from scrapelint.integrations.datatrove import ScrapelintStep

    shards = tmp_path / "input"
    shards.mkdir()
    lines = source.read_text(encoding="utf-8").splitlines(keepends=True)
    for shard in range(2):  # one file per task
        (shards / f"part-{shard}.jsonl").write_text("".join(lines[shard::2]), encoding="utf-8")
    executor = LocalPipelineExecutor(
        pipeline=[
            JsonlReader(str(shards)),
            ScrapelintStep(annotate_key="lint", drop_if=DROP_IF, exclusion_writer=JsonlWriter(str(tmp_path / "dropped"))),
            JsonlWriter(str(tmp_path / "output")),
        ],
        tasks=2,
        workers=2,
        logging_dir=str(tmp_path / "logs"),
        skip_completed=False,
    )
    stats = executor.run()
    documents = [json.loads(line) for path in sorted((tmp_path / "output").glob("*.jsonl.gz"))
                 for line in gzip.decompress(path.read_bytes()).decode("utf-8").splitlines()]
    dropped = [json.loads(line) for path in sorted((tmp_path / "dropped").glob("*.jsonl.gz"))
               for line in gzip.decompress(path.read_bytes()).decode("utf-8").splitlines()]
    assert_same(expected, {d["id"]: (d["text"], d["metadata"]["lint"]) for d in documents})
    # datatrove's readers skip documents with an empty text: they never reach the step.
    originals = {record["id"]: record["text"] for record in read_jsonl(source) if record["text"]}
    assert sorted(d["id"] for d in dropped) == sorted(set(originals) - set(expected))
    assert all(d["text"] == originals[d["id"]] and d["metadata"]["filter_reason"] in DROP_IF for d in dropped)
    step_stats = next(s for s in stats.stats if "scrapelint" in s.name)
    assert step_stats.stats["total"].total == len(originals)
    assert step_stats.stats["dropped"].total == len(dropped)


def test_the_adapters_read_a_configuration_file(tmp_path: Path) -> None:
    from scrapelint.integrations.dask import clean_text
    from scrapelint.integrations.ray import ScrapelintCleaner

    config = tmp_path / "scrapelint.toml"
    config.write_text('select = ["D001", "T001", "B001"]\nignore = ["B001"]\n', encoding="utf-8")
    seed = corpus_texts()[0]
    expected = scrapelint.fix(seed, select=["D001", "T001"]).text
    assert expected != scrapelint.fix(seed, select=["D001", "T001", "B001"]).text
    assert clean_text(seed, config=str(config)) == expected
    batch = ScrapelintCleaner(config=str(config))({"text": [seed]})
    assert list(batch["text"]) == [expected]
