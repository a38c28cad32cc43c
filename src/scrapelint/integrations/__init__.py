"""Adapters for distributed engines: Ray Data, Dask and datatrove.

Each adapter is a thin layer over :class:`scrapelint.corpus.Cleaner`, the function that
``scrapelint corpus`` runs on every record, so a cluster gives the same texts as the
command line. Each lives in its own module and imports its engine there only::

    from scrapelint.integrations.ray import ScrapelintCleaner        # Dataset.map_batches
    from scrapelint.integrations.dask import clean_record, clean_partition
    from scrapelint.integrations.datatrove import ScrapelintStep     # a PipelineStep

Every adapter takes the same options: ``select``, ``extend_select``, ``ignore`` (rule
selectors, as on the command line), ``unsafe`` (also apply unsafe fixes), ``fix`` (False
to keep texts as they are and only annotate), ``drop_if`` (``--drop-if`` conditions) and
``config`` (a configuration file, as ``check --config`` takes; read on each worker, so it
must be reachable there).
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from scrapelint.corpus import Cleaner


@lru_cache(maxsize=16)
def cached_cleaner(
    select: tuple[str, ...] | None = None,
    extend_select: tuple[str, ...] = (),
    ignore: tuple[str, ...] = (),
    fix: bool = True,
    unsafe: bool = False,
    drop_if: tuple[str, ...] = (),
    config: str | None = None,
) -> Cleaner:
    """One cleaner per distinct options and process: per-record calls resolve nothing."""
    return Cleaner.create(
        select=select, extend_select=extend_select, ignore=ignore, fix=fix, unsafe=unsafe, drop_if=drop_if,
        config=config,
    )


def cleaner_for(
    *,
    select: Sequence[str] | None = None,
    extend_select: Sequence[str] = (),
    ignore: Sequence[str] = (),
    fix: bool = True,
    unsafe: bool = False,
    drop_if: Sequence[str] = (),
    config: str | os.PathLike[str] | None = None,
) -> Cleaner:
    return cached_cleaner(
        tuple(select) if select is not None else None,
        tuple(extend_select),
        tuple(ignore),
        fix,
        unsafe,
        tuple(drop_if),
        os.fspath(config) if config is not None else None,
    )


@dataclass
class CleanedColumn:
    texts: list[Any]
    keep: list[bool]
    """False for documents a ``drop_if`` condition drops."""
    annotations: list[list[dict[str, Any]]] | None


def clean_column(cleaner: Cleaner, texts: Iterable[Any], annotate: bool) -> CleanedColumn:
    """Clean a column of texts. A value that is not a string (a null) is kept as it is."""
    cleaned: list[Any] = []
    keep: list[bool] = []
    annotations: list[list[dict[str, Any]]] = []
    for text in texts:
        if not isinstance(text, str):
            cleaned.append(text)
            keep.append(True)
            annotations.append([])
            continue
        outcome = cleaner.clean(text)
        cleaned.append(outcome.text)
        keep.append(outcome.dropped_by is None)
        if annotate:
            annotations.append(outcome.annotations())
    return CleanedColumn(cleaned, keep, annotations if annotate else None)
