"""datatrove: a pipeline step that cleans each document, for FineWeb-style pipelines.

::

    from datatrove.executor import LocalPipelineExecutor
    from datatrove.pipeline.readers import JsonlReader
    from datatrove.pipeline.writers import JsonlWriter
    from scrapelint.integrations.datatrove import ScrapelintStep

    LocalPipelineExecutor(
        pipeline=[
            JsonlReader("crawl/"),
            ScrapelintStep(drop_if=["removed:30%"], exclusion_writer=JsonlWriter("dropped/")),
            JsonlWriter("clean/"),
        ],
        tasks=8,
    ).run()

Each document's text is fixed as ``scrapelint corpus`` would fix it; documents that a
``drop_if`` condition drops go to ``exclusion_writer`` (unchanged, with the condition as
``metadata["filter_reason"]``), if one is given. Statistics: ``changed``,
``fixed_<CODE>`` per rule, ``unchanged_on_error``, and datatrove's ``total``,
``forwarded`` and ``dropped`` (with ``dropped_<condition>``).
"""

from __future__ import annotations

import contextlib
from collections.abc import Sequence
from typing import Any

try:
    from datatrove.data import DocumentsPipeline
    from datatrove.pipeline.base import PipelineStep
    from datatrove.utils.typeshelper import StatHints
except ImportError as error:  # pragma: no cover - the extra is installed wherever this is tested
    raise ImportError(f"{__name__} needs datatrove: pip install 'scrapelint[datatrove]' ({error})") from error

from scrapelint.integrations import cleaner_for


class ScrapelintStep(PipelineStep):
    """Fix what scraping left in each document's text (and drop documents, if asked)."""

    name = "🧹 scrapelint"
    type = "✂️ - FORMAT"

    def __init__(
        self,
        *,
        annotate_key: str | None = None,
        select: Sequence[str] | None = None,
        extend_select: Sequence[str] = (),
        ignore: Sequence[str] = (),
        fix: bool = True,
        unsafe: bool = False,
        drop_if: Sequence[str] = (),
        config: str | None = None,
        exclusion_writer: Any = None,
    ) -> None:
        """``annotate_key``: put the diagnostics in ``metadata[annotate_key]`` (offsets into
        the text as it came in). ``exclusion_writer``: a datatrove writer for dropped documents."""
        super().__init__()
        self.annotate_key = annotate_key
        self.exclusion_writer = exclusion_writer
        self.cleaner = cleaner_for(
            select=select, extend_select=extend_select, ignore=ignore, fix=fix, unsafe=unsafe, drop_if=drop_if,
            config=config,
        )

    def run(self, data: DocumentsPipeline, rank: int = 0, world_size: int = 1) -> DocumentsPipeline:
        if data is None:
            return
        with self.exclusion_writer if self.exclusion_writer else contextlib.nullcontext() as writer:
            for document in data:
                self.stat_update(StatHints.total)
                with self.track_time():
                    outcome = self.cleaner.clean(document.text)
                if outcome.problem is not None:
                    self.stat_update("unchanged_on_error")
                if outcome.dropped_by is not None:
                    self.stat_update(StatHints.dropped, f"dropped_{outcome.dropped_by}")
                    if writer is not None:
                        document.metadata["filter_reason"] = outcome.dropped_by
                        writer.write(document, rank)
                    continue
                if outcome.applied:
                    self.stat_update("changed")
                    self.stat_update(*(f"fixed_{d.code}" for d in outcome.result.fixed))
                document.text = outcome.text
                if self.annotate_key is not None:
                    document.metadata[self.annotate_key] = outcome.annotations()
                self.stat_update(StatHints.forwarded)
                self.update_doc_stats(document)
                yield document
