"""Regenerate ``index.tsv`` from the phrase files: ``python -m scrapelint.phrases``."""

from scrapelint import phrases
from scrapelint.rules.boilerplate import computed_phrase_key

with open(phrases.INDEX, "w", encoding="utf-8", newline="\n") as index:
    index.write(phrases.index_text(computed_phrase_key))
