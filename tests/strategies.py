"""Hypothesis strategies for article-like text with scraping artefacts in it.

An article is a title and paragraphs of sentences in many scripts (Latin with accents,
Cyrillic, Greek, Arabic, Hebrew, Devanagari, Thai, CJK, Korean, emoji sequences,
combining marks), into which artefacts of every rule category are inserted: whole lines
(boilerplate, markup, bullets, headings, repeated lines) and inline fragments (entities,
tags, mojibake, invisible and bidirectional characters, odd spacing and punctuation).
Boilerplate lines also come from every phrase family shipped with scrapelint, so new
phrase files are exercised without touching this module. Line endings are then
rewritten to LF, CRLF, CR or a mix, with or without a final newline.
"""

from __future__ import annotations

from pathlib import Path

from hypothesis import strategies as st

from scrapelint import phrases

NEWLINE_STYLES = ("\n", "\r\n", "\r")

WORDS = (
    # Latin, with and without accents
    "the", "government", "said", "on", "Tuesday", "that", "talks", "would", "resume", "after",
    "during", "a", "of", "and", "was", "report", "Café", "naïve", "über", "señor", "Zürich",
    "façade", "Ærø", "Łódź", "São", "Paulo", "Straße", "U.S.", "Oct.", "3.5", "e.g.", "Dr.",
    "1,200", "50%", "$3.2bn", "COVID-19", "co-operate", "don't", "it’s",
    # other scripts
    "правительство", "заявило", "Москва", "κυβέρνηση", "Αθήνα", "الحكومة", "قالت", "הממשלה",
    "אמרה", "सरकार", "ने", "कहा", "รัฐบาล", "กล่าว", "政府", "表示", "東京", "ですが", "정부는",
    "밝혔다", "Việt", "Nam", "İstanbul", "ılık",
    # emoji: plain, skin tone, ZWJ family, flag, keycap, variation selector
    "👍", "✊🏽", "👩‍👩‍👧", "🇺🇸", "1️⃣", "❤️", "🏳️‍🌈",
    # combining marks and decomposed letters
    "e\u0301te\u0301", "n\u0303", "a\u0308",
)

TERMINALS = (".", ".", ".", "!", "?", "…", "...", "。", "?!", ".\u201d", ".'")

# Whole lines that scrapers leave around an article, one category after another.
ARTEFACT_LINES = (
    # boilerplate
    "Leave a Reply", "Leave a Replay", "Share on Facebook", "Share this:", "Tweet",
    "Advertisement", "ADVERTISEMENT", "Read more", "Read More »", "Continue reading…",
    "Click here to subscribe", "Sign up for our newsletter", "Related Articles",
    "© 2019 Example Media. All rights reserved.", "Cookie settings", "Accept all cookies",
    "Photo: Getty Images", "(AP) —", "By John Smith", "Posted on Oct. 1, 2019",
    "Page 2 of 5", "Skip to content", "Menu", "Search", "Home › News › World",
    # markup and code
    "<p>", "</div>", "<br/>", '<a href="https://example.com">link</a>', "<!-- comment -->",
    "<script>var x = 1;</script>", "{{ article.title }}", '[caption id="attachment_1"]',
    "color: red; font-size: 12px;", "window.dataLayer = window.dataLayer || [];",
    "function() { return 1; }", "&nbsp;", "&lt;p&gt;Hello&lt;/p&gt;", "img_1234.jpg",
    # Markdown and structure
    "## Heading", "# Title", "* item", "- item", "• item", "  • item", "1. item", "a) item",
    "> quoted line", "---", "***", "| a | b |", "|---|---|", "```", "```python", "~~~",
    "`code`", "![image](https://example.com/a.png)", "[link](https://example.com/a_(b))",
    "Call details", "Q&A", "Timeline:", "UPDATE:", "Editor's note:",
    # URLs and addresses on their own
    "https://example.com/path?q=1&r=2#frag", "www.example.org", "mail@example.com",
    # whitespace-only and odd spacing
    "", " ", "\t", "   \t  ", "\u00a0", "\u3000", "    indented text",
)

# Fragments dropped into the middle of a line.
ARTEFACT_FRAGMENTS = (
    # HTML entities and tags
    "&amp;", "&nbsp;", "&#8217;", "&#x2019;", "&quot;", "&mdash;", "&amp;amp;", "&#0;",
    "&#x110000;", "&bogus;", "&", "<b>", "</b>", "<br>", "<i>x</i>", "< 5", "a<b",
    # mojibake and replacement characters
    "â€™", "â€œ", "â€", "Ã©", "Ã¨", "Ã", "Â ", "Â", "ðŸ‘", "Ð¿Ñ€Ð¸", "\ufffd", "\ufffd\ufffd",
    # invisible, control and bidirectional characters (Trojan Source among them)
    "\u200b", "\u200c", "\u200d", "\u00ad", "\ufeff", "\u2060", "\u200e", "\u200f",
    "\u202a", "\u202b", "\u202c", "\u202d", "\u202e", "\u2066", "\u2067", "\u2068", "\u2069",
    "\u061c", "\x01", "\x07", "\x1b[31m", "\x7f", "\x85", "\u2028", "\u2029", "\x0b", "\x0c",
    "\t", "\u00a0", "\u202f", "\u2009", "\u3000",
    # spacing and punctuation
    "  ", "   ", " ,", " .", " !", "..", "....", "…", "...", "--", "---", "!!", "??", "''",
    "``", '"', "'", "“", "”", "‘", "’", "«", "»", "„", "(", ")", "[", "]", "[…]", "[...]",
    "-\n", "- ", "\u2010", "\u2013", "\u2014",
    # truncation
    "during… It", "the... The", "was…", " and the gover", "Read more…", "(continued)",
    # URLs, e-mail, numbers, abbreviations
    "https://example.com/a_(b)?x=1", "www.example.org", "user.name+tag@example.co.uk",
    "U.S.", "Oct. 1", "3.5", "e.g.", "i.e.", "No. 5", "p.m.", "10:30",
)


def _phrase_families() -> dict[str, tuple[str, ...]]:
    """Every phrase family scrapelint ships, with its phrases."""
    directory = Path(phrases.__file__).parent
    families = sorted({path.name.split(".")[0] for path in directory.glob("*.*.txt")})
    return {family: phrases.load(family) for family in families}


PHRASE_FAMILIES = _phrase_families()
PHRASE_LINES = tuple(phrase for listed in PHRASE_FAMILIES.values() for phrase in listed)
"""Every phrase of every family, as candidate artefact lines."""

# Any character Python can encode: no lone surrogates (they cannot come from a decoder).
any_character = st.characters(exclude_categories=("Cs",))

# Mostly real words; sometimes a made-up one in any script (arbitrary characters come in
# through the fragments and through ``any_text``).
word = st.one_of(
    st.sampled_from(WORDS),
    st.sampled_from(WORDS),
    st.sampled_from(WORDS),
    st.text(st.characters(categories=("L", "M", "N")), min_size=1, max_size=8),
)


@st.composite
def sentence(draw: st.DrawFn) -> str:
    words = draw(st.lists(word, min_size=1, max_size=12))
    first = words[0]
    words[0] = first[:1].upper() + first[1:]
    return " ".join(words) + draw(st.sampled_from(TERMINALS))


@st.composite
def paragraph(draw: st.DrawFn) -> str:
    return " ".join(draw(st.lists(sentence(), min_size=1, max_size=4)))


@st.composite
def title(draw: st.DrawFn) -> str:
    words = draw(st.lists(st.sampled_from(WORDS), min_size=1, max_size=8))
    return " ".join(word[:1].upper() + word[1:] for word in words)


artefact_line = st.one_of(
    st.sampled_from(ARTEFACT_LINES),
    st.sampled_from(PHRASE_LINES) if PHRASE_LINES else st.nothing(),
    st.text(any_character, max_size=30),
)


@st.composite
def _with_fragments(draw: st.DrawFn, text: str) -> str:
    """``text`` with inline artefacts inserted at drawn offsets (0 or more)."""
    insertions = draw(
        st.lists(
            st.tuples(st.integers(0, len(text)), st.sampled_from(ARTEFACT_FRAGMENTS)),
            max_size=4,
        )
    )
    for offset, fragment in sorted(insertions, reverse=True):
        text = text[:offset] + fragment + text[offset:]
    return text


@st.composite
def article_lines(draw: st.DrawFn) -> list[str]:
    """An article as lines joined later with "\\n": title, paragraphs, inserted artefacts."""
    blocks: list[str] = []
    if draw(st.booleans()):
        headline = draw(title())
        blocks.append(headline)
        if draw(st.booleans()):  # the headline printed again, maybe after a byline
            blocks.extend(draw(st.sampled_from([[headline], ["By Jane Doe", headline], [headline.upper()]])))
    for text in draw(st.lists(paragraph(), min_size=0, max_size=6)):
        blocks.append(draw(_with_fragments(text)))
    if blocks and draw(st.booleans()):  # a paragraph repeated, as feeds and templates do
        blocks.append(draw(st.sampled_from(blocks)))
    lines: list[str] = []
    for block in blocks:
        lines.extend(block.split("\n"))
        lines.append("")
    for _ in range(draw(st.integers(0, 6))):
        position = draw(st.integers(0, len(lines)))
        lines.insert(position, draw(artefact_line))
    return lines


@st.composite
def line_endings(draw: st.DrawFn, lines: list[str]) -> str:
    """Join ``lines`` with one newline style, or a mix, with or without a final newline."""
    style = draw(st.sampled_from([*NEWLINE_STYLES, "mixed"]))
    final = draw(st.booleans())
    count = len(lines) - (0 if final else 1)
    if style == "mixed":
        breaks = draw(st.lists(st.sampled_from(NEWLINE_STYLES), min_size=count, max_size=count))
    else:
        breaks = [style] * count
    breaks.append("")
    return "".join(line + newline for line, newline in zip(lines, breaks))


@st.composite
def article(draw: st.DrawFn) -> str:
    """Article-like text: many scripts, artefacts of every category, any line endings."""
    lines = draw(article_lines())
    if not lines:
        return ""
    # Splitting on "\r" characters that fragments brought in keeps line endings in our hands.
    flat = [part for line in lines for part in line.replace("\r\n", "\n").replace("\r", "\n").split("\n")]
    return draw(line_endings(flat))


@st.composite
def uniform_article(draw: st.DrawFn) -> tuple[str, str]:
    """(text, newline): an article whose lines all end with one style, and that style."""
    lines = draw(article_lines())
    flat = [part for line in lines for part in line.replace("\r\n", "\n").replace("\r", "\n").split("\n")]
    newline = draw(st.sampled_from(NEWLINE_STYLES))
    text = newline.join(flat)
    if flat and draw(st.booleans()):
        text += newline
    return text, newline


any_text = st.one_of(
    article(),
    st.text(any_character, max_size=400),
    st.text(st.sampled_from("a .…&<>[]\"'“”‘’\n\r\t\u00a0\u200b-*#`~|/\\:;,!?()0123456789"), max_size=400),
)
"""Article-like text, arbitrary Unicode, and text dense in the characters rules look for."""


def phrases_among_pieces(pieces: list[str], listed: list[str], max_size: int) -> st.SearchStrategy[str]:
    """A line of ``pieces`` and ``listed`` phrases, each phrase as listed, in capitals, in
    small letters, in title case or with its case swapped: for tests that a pattern built
    for the phrases a line holds matches as the pattern of every phrase does."""
    cases = (str, str.upper, str.lower, str.title, str.swapcase)
    phrase = st.tuples(st.sampled_from(listed), st.sampled_from(cases)).map(lambda drawn: drawn[1](drawn[0]))
    return st.lists(st.sampled_from(pieces) | phrase, max_size=max_size).map("".join)
