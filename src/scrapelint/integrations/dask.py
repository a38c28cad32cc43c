"""Dask: functions for ``Bag.map`` and ``DataFrame.map_partitions``.

::

    import json

    import dask.bag as db
    import dask.dataframe as dd
    from scrapelint.integrations.dask import clean_partition, clean_record

    records = db.read_text("crawl/*.jsonl").map(json.loads)
    cleaned = records.map(clean_record, text_field="text").filter(bool)

    frame = dd.read_parquet("crawl/")
    cleaned = frame.map_partitions(clean_partition, text_column="text", drop_if=["removed:30%"])

The rule selection is resolved once per worker process and options, not per record.
Options are those of :mod:`scrapelint.integrations` (``select``, ``ignore``, ``unsafe``,
``drop_if``...).
"""

from __future__ import annotations

from typing import Any

from scrapelint.integrations import clean_column, cleaner_for


def clean_text(text: str, **options: Any) -> str | None:
    """The cleaned text, or None when a ``drop_if`` condition drops it (for a bag of strings)."""
    outcome = cleaner_for(**options).clean(text)
    return None if outcome.dropped_by is not None else outcome.text


def clean_record(
    record: dict[str, Any], text_field: str = "text", *, annotate_field: str | None = None, **options: Any
) -> dict[str, Any] | None:
    """A copy of ``record`` with its text cleaned (and annotated), or None when dropped.

    Drop the Nones with ``.filter(bool)``. A record whose text is missing or not a string
    comes back unchanged.
    """
    text = record.get(text_field)
    if not isinstance(text, str):
        return record
    outcome = cleaner_for(**options).clean(text)
    if outcome.dropped_by is not None:
        return None
    cleaned = {**record, text_field: outcome.text}
    if annotate_field is not None:
        cleaned[annotate_field] = outcome.annotations()
    return cleaned


def clean_partition(
    frame: Any, text_column: str = "text", *, annotate_column: str | None = None, **options: Any
) -> Any:
    """A pandas partition with its text column cleaned and dropped documents left out."""
    import pandas

    column = clean_column(cleaner_for(**options), frame[text_column].tolist(), annotate_column is not None)
    frame = frame.copy(deep=False)
    frame[text_column] = pandas.Series(column.texts, index=frame.index, dtype=frame[text_column].dtype)
    if column.annotations is not None:
        frame[annotate_column] = pandas.Series(column.annotations, index=frame.index, dtype=object)
    if not all(column.keep):
        frame = frame[column.keep]
    return frame
