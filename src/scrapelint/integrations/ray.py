"""Ray Data: a callable class for ``Dataset.map_batches``.

::

    import ray
    from scrapelint.integrations.ray import ScrapelintCleaner

    ds = ray.data.read_json("crawl/")
    ds = ds.map_batches(
        ScrapelintCleaner,
        fn_constructor_kwargs={"text_column": "text", "drop_if": ["removed:30%"]},
        batch_format="pyarrow",
        concurrency=(1, 4),  # one to four actors, as the cores allow
    )
    ds.write_parquet("clean/")

Each actor resolves the rule selection once, in its constructor. Batches may come as
``pyarrow`` tables, ``pandas`` data frames or (Ray's default) dictionaries of NumPy
arrays; the same kind goes back, with the text column cleaned, dropped documents left
out and, with ``annotate_column``, the diagnostics added as a list column.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from scrapelint.corpus import annotation_type
from scrapelint.integrations import CleanedColumn, clean_column, cleaner_for


class ScrapelintCleaner:
    """Clean the ``text_column`` of each batch, with the same fixes as ``scrapelint corpus``."""

    def __init__(
        self,
        text_column: str = "text",
        *,
        annotate_column: str | None = None,
        select: Sequence[str] | None = None,
        extend_select: Sequence[str] = (),
        ignore: Sequence[str] = (),
        fix: bool = True,
        unsafe: bool = False,
        drop_if: Sequence[str] = (),
        config: str | None = None,
    ) -> None:
        self.text_column = text_column
        self.annotate_column = annotate_column
        self.cleaner = cleaner_for(
            select=select, extend_select=extend_select, ignore=ignore, fix=fix, unsafe=unsafe, drop_if=drop_if,
            config=config,
        )

    def __call__(self, batch: Any) -> Any:
        if isinstance(batch, dict):
            return self._numpy(batch)
        if type(batch).__module__.startswith("pandas"):
            return self._pandas(batch)
        return self._arrow(batch)

    def _clean(self, texts: Sequence[Any]) -> CleanedColumn:
        return clean_column(self.cleaner, texts, self.annotate_column is not None)

    def _arrow(self, table: Any) -> Any:
        import pyarrow

        index = table.schema.get_field_index(self.text_column)
        if index < 0:
            raise KeyError(f"no column {self.text_column!r} in the batch")
        column = self._clean(table.column(index).to_pylist())
        text_type = table.schema.field(index).type
        table = table.set_column(index, self.text_column, pyarrow.array(column.texts, type=text_type))
        if column.annotations is not None:
            kind = annotation_type(pyarrow)
            values = pyarrow.array(column.annotations, type=kind)
            existing = table.schema.get_field_index(self.annotate_column)
            if existing >= 0:
                table = table.set_column(existing, pyarrow.field(self.annotate_column, kind), values)
            else:
                table = table.append_column(pyarrow.field(self.annotate_column, kind), values)
        if not all(column.keep):
            table = table.filter(pyarrow.array(column.keep))
        return table

    def _pandas(self, frame: Any) -> Any:
        import pandas

        column = self._clean(frame[self.text_column].tolist())
        frame = frame.copy(deep=False)
        frame[self.text_column] = pandas.Series(column.texts, index=frame.index, dtype=object)
        if column.annotations is not None:
            frame[self.annotate_column] = pandas.Series(column.annotations, index=frame.index, dtype=object)
        if not all(column.keep):
            frame = frame[column.keep].reset_index(drop=True)
        return frame

    def _numpy(self, arrays: dict[str, Any]) -> dict[str, Any]:
        import numpy

        column = self._clean(list(arrays[self.text_column]))
        cleaned = dict(arrays)
        cleaned[self.text_column] = _object_array(numpy, column.texts)
        if column.annotations is not None:
            cleaned[self.annotate_column] = _object_array(numpy, column.annotations)
        if not all(column.keep):
            mask = numpy.array(column.keep, dtype=bool)
            cleaned = {name: values[mask] for name, values in cleaned.items()}
        return cleaned


def _object_array(numpy: Any, values: list[Any]) -> Any:
    """A one-dimensional object array (``numpy.array`` would widen strings or nest lists)."""
    array = numpy.empty(len(values), dtype=object)
    array[:] = values
    return array
