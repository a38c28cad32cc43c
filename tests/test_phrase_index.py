"""The phrase data that a run reads holds exactly what the phrase files, the key function and
the phrase-list builder say."""

from __future__ import annotations

from functools import partial

import pytest

from scrapelint import phrases
from scrapelint.phrases.matching import (
    computed_phrase_key,
    phrase_key,
    phrase_list,
    phrase_list_parts,
)


def test_generated_phrase_data_is_up_to_date() -> None:
    with open(phrases.GENERATED, encoding="utf-8", newline="") as generated:
        stored = generated.read()
    assert stored == phrases.module_text(partial(phrase_list_parts, make_key=computed_phrase_key)), (
        "src/scrapelint/phrases/built.py is stale: run `python -m scrapelint.phrases`"
    )


def test_index_gives_every_family_and_language_of_the_phrase_files() -> None:
    for family, languages in phrases.source_files().items():
        assert phrases.languages(family) == languages
        by_language = phrases.load_by_language(family)
        for language in languages:
            listed = phrases.parse(phrases._read(family, language))
            assert by_language[language] == {phrase.casefold() for phrase in listed}
        in_file_order = (phrase for language in languages for phrase in phrases.parse(phrases._read(family, language)))
        assert phrases.load(family) == tuple(dict.fromkeys(in_file_order))
    assert phrases.load("no-such-family") == () and phrases.languages("no-such-family") == []


def test_ready_made_phrase_lists_match_lists_built_at_run_time() -> None:
    for family in phrases.source_files():
        for templates in (False, True):
            built = phrase_list(family, templates=templates)
            # An extension of nothing new makes the run build the list itself (a template
            # given twice is listed twice: compared once).
            computed = phrase_list(family, (phrases.load(family)[0],), templates)
            assert built.exact == computed.exact
            assert built.near == computed.near
            assert built.near_lengths == computed.near_lengths
            assert not built.near != computed.near
            assert {anchor: [(phrase, pattern.pattern) for phrase, pattern in listed] for anchor, listed in built.templates.items()} == {
                anchor: list(dict.fromkeys((phrase, pattern.pattern) for phrase, pattern in listed))
                for anchor, listed in computed.templates.items()
            }


def test_phrase_data_refuses_a_phrase_that_holds_its_separators(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(phrases, "source_files", lambda: {"share": ["en"]})
    monkeypatch.setattr(phrases, "_read", lambda family, language: "Share\nShare\x1fthis\n")
    with pytest.raises(ValueError, match="separator"):
        phrases.module_text(partial(phrase_list_parts, make_key=computed_phrase_key))


def test_a_network_placeholder_stands_for_every_network_and_is_matched_exactly() -> None:
    networks = phrases.load("social-network")
    assert {"Facebook", "WhatsApp", "VK"} <= set(networks)
    shared = phrase_list("share")
    assert {phrase_key(f"Share this with {name}") for name in networks} <= shared.exact
    assert shared.match(phrase_key("Share this with Messenger")) == "exact"
    assert shared.match(phrase_key("Share this with Messengers")) is None
    parts = phrase_list_parts(["Post on {network}", "Print"], False, ["Facebook", "VK"])
    assert parts[0] == ("post on facebook", "post on vk", "print")
    # In a phrase a user adds, too.
    assert {"post it on facebook", "post it on vk"} <= phrase_list("share", ("Post it on {network}",)).exact


def test_a_stored_list_unpacks_the_phrases_of_a_word_once_when_first_asked() -> None:
    near = phrase_list("comment-form").near
    word = next(iter(near))
    first = near[word]
    assert first and all(isinstance(phrase, str) and isinstance(edits, int) for phrase, edits in first)
    assert near.get(word) is first and near[word] is first
    assert near.get("no-such-word", ()) == ()
