"""The phrase index that a run reads holds exactly what the phrase files and key function say."""

from __future__ import annotations

from scrapelint import phrases
from scrapelint.rules.boilerplate import computed_phrase_key, phrase_key


def test_phrase_index_is_up_to_date() -> None:
    with open(phrases.INDEX, encoding="utf-8", newline="") as index:
        stored = index.read()
    assert stored == phrases.index_text(computed_phrase_key), (
        "src/scrapelint/phrases/index.tsv is stale: run `python -m scrapelint.phrases`"
    )


def test_index_gives_every_family_and_language_of_the_phrase_files() -> None:
    for family, languages in phrases.source_files().items():
        assert phrases.languages(family) == languages
        by_language = phrases.load_by_language(family)
        for language in languages:
            listed = phrases.parse(phrases._read(family, language))
            assert by_language[language] == {phrase.casefold() for phrase in listed}


def test_listed_keys_are_the_computed_keys() -> None:
    for family in ("comment-section", "share", "reading-time"):
        for phrase in phrases.load(family):
            assert phrase_key(phrase) == computed_phrase_key(phrase)
            assert phrase_key(phrase.replace("{n}", "0")) == computed_phrase_key(phrase.replace("{n}", "0"))
