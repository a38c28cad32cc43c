"""The boilerplate phrase data: many languages and scripts, fuzzy matching, user additions.

Checks the promises of the rule catalogue about phrase lists as a whole: each family
named by the catalogue covers at least 15 languages, and its files really hold Latin,
Cyrillic, Greek, CJK and Arabic text; every listed phrase is flagged by its rule; a
misspelt or machine-translated prompt is still caught, in any script, but never inside
a sentence; and phrases a user adds in a configuration file are matched the same way.
"""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest

import scrapelint
from scrapelint import config, phrases
from scrapelint.phrases.matching import phrase_key

# The boilerplate families that the catalogue promises, each with the rule that reads it.
FAMILIES = {
    "comment-form": "B001",
    "share": "B002",
    "newsletter": "B003",
    "cookie-notice": "B004",
    "rights-reserved": "B005",
    "related": "B006",
    "advertisement": "B008",
    "navigation": "B009",
    "call-to-action": "B009",
    "menu-label": "B009",
    "close-button": "B009",
    "widget-button": "B009",
    "photo-credit": "B010",
    "photo-caption": "B010",
    "follow-us": "B011",
    "comment-section": "B014",
    "contents-heading": "B023",
    "reply-button": "B024",
    "comment-header": "B024",
    "form-field": "B025",
    "loading-message": "B026",
    "pager-link": "B027",
    "home-link": "B028",
}
SCRIPTS = {"LATIN", "CYRILLIC", "GREEK", "CJK", "HANGUL", "ARABIC"}


def _scripts(text: str) -> set[str]:
    return {unicodedata.name(char, "?").split()[0] for char in text if char.isalpha()}


@pytest.mark.parametrize("family", FAMILIES)
def test_family_covers_fifteen_languages_in_five_scripts(family: str) -> None:
    languages = phrases.languages(family)
    assert len(languages) >= 15
    written = set().union(*(_scripts(" ".join(phrases.load_by_language(family)[language])) for language in languages))
    assert written >= SCRIPTS


# Families whose phrases are flagged on a line of their own, and the context the others
# need: a share label counts in a bar of network names, a one-word navigation link or a
# button next to another navigation line, a menu label in a run of three, the heading of
# a table of contents over entries printed again, a reply button or a comment's
# header in a thread of two comments at least, a form's label in a run of three, a loading message that ends
# with an ellipsis, a pager's link next to another, a home link over a line that is no sentence.
STANDALONE = (
    "comment-form", "newsletter", "cookie-notice", "related", "advertisement", "follow-us", "comment-section", "close-button",
    "widget-button",
)
IN_CONTEXT = {
    "share": ("", "\nFacebook\nTwitter\n"),
    "navigation": ("Skip to content\n", "\n"),
    "call-to-action": ("Skip to content\n", "\n"),
    "menu-label": ("Skip to content\nBack to top\n", "\n"),
    "contents-heading": ("", "\nHistory\nGeography\nEconomy\nHistory\nThe town grew.\nGeography\nIt is flat.\nEconomy\nIt trades.\n"),
    "reply-button": ("Jane\nGreat piece, thanks!\n", "\nSam\nI disagree.\nReply\n"),
    "comment-header": ("Jane\n", "\nGreat piece, thanks!\nSam\nsays:\nI disagree.\n"),
    "form-field": ("Leave a Reply\nName *\nEmail *\n", "\nWebsite\n"),
    "loading-message": ("", "...\n"),
    "pager-link": ("", "\nVorherige Seite\nNächste Seite\n"),
    "home-link": ("", "\nBlog\nThe council met\n"),
}


@pytest.mark.parametrize("family", [*STANDALONE, *IN_CONTEXT])
def test_every_listed_phrase_is_flagged_by_its_rule(family: str) -> None:
    code = FAMILIES[family]
    before, after = IN_CONTEXT.get(family, ("", "\n"))
    missed = []
    for phrase in phrases.load(family):
        if "*" in phrase.split():  # a template, matched with words in place of the "*"
            continue
        line = phrase.replace("{n}", "12").replace(phrases.NETWORK, "Messenger")
        text = f"The council met on Monday.\n\n{before}{line}{after}"
        offset = text.index(line)
        if not any(d.start <= offset < d.end for d in scrapelint.lint(text, select=[code])):
            missed.append(phrase)
    assert missed == []


def test_widget_buttons_leave_a_pagers_links_to_the_pager_rule() -> None:
    # pager-links removes "Previous" and "Next" together: navigation's safe removal of the
    # first alone would leave the second, no longer a pager's link, behind.
    widget_keys = {phrase_key(phrase) for phrase in phrases.load("widget-button")}
    pager_keys = {phrase_key(phrase) for phrase in phrases.load("pager-link")}
    assert widget_keys.isdisjoint(pager_keys)


MISSPELT = [
    ("B001", "Leave a Repy"),
    ("B001", "Leave an reply"),  # machine translation
    ("B001", "Deixe um comentario"),  # accent dropped
    ("B001", "Hinterlasse einen Komentar"),
    ("B001", "Αφήστε ενα σχολιο"),  # Greek without its accents
    ("B001", "Ваш адрес email не будет опубликовон"),
    ("B002", "Share on Facebok"),
    ("B003", "Подпишитесь на нашу расылку"),
    ("B003", "Suscríbete a nuestro boletin"),
    ("B003", "Abonnez-vous a notre newsletter"),
]


@pytest.mark.parametrize(("code", "line"), MISSPELT)
def test_misspelt_prompts_are_caught_on_a_line_of_their_own(code: str, line: str) -> None:
    text = f"The council met on Monday.\n\n{line}\n"
    assert code in [d.code for d in scrapelint.lint(text, select=[code])]


@pytest.mark.parametrize(("code", "line"), MISSPELT)
def test_misspelt_prompts_inside_a_sentence_are_not(code: str, line: str) -> None:
    text = f"The sign by the door, which read “{line}”, was taken down on Monday after complaints.\n"
    assert scrapelint.lint(text, select=[code]) == []


def test_phrases_added_in_a_configuration_file_are_matched_like_listed_ones(tmp_path: Path) -> None:
    (tmp_path / "prompts.txt").write_text("# our own prompts\nНапишите нам ваше мнение\n", encoding="utf-8")
    (tmp_path / "scrapelint.toml").write_text(
        '[boilerplate]\ncomment-form = "prompts.txt"\nadvertisement-label = ["Werbeblock", "Gesponserter Inhalt"]\n',
        encoding="utf-8",
    )
    settings = config.load(tmp_path / "scrapelint.toml")

    def flagged(line: str) -> list[str]:
        text = f"Конец статьи.\n\n{line}\n"
        return [d.code for d in scrapelint.lint(text, settings=settings) if d.code in ("B001", "B008")]

    assert flagged("Напишите нам ваше мнение") == ["B001"]
    assert flagged("Напишите нам ваше мненье") == ["B001"]  # misspelt: fuzzy matching applies too
    assert flagged("WERBEBLOCK") == ["B008"]
    assert flagged("Gesponserter Inhalt:") == ["B008"]
    assert flagged("Напишите нам ваше мнение о новом парке, просит мэрия, до пятницы.") == []
