"""Regenerate ``built.py`` from the phrase files: ``python -m scrapelint.phrases``."""

from functools import partial

from scrapelint import phrases
from scrapelint.phrases.matching import computed_phrase_key, phrase_list_parts

with open(phrases.GENERATED, "w", encoding="utf-8", newline="\n") as generated:
    generated.write(phrases.module_text(partial(phrase_list_parts, make_key=computed_phrase_key)))
