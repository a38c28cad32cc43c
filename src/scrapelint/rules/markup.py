"""Markup: HTML, shortcodes, template code, stylesheets and scripts printed as text."""

import re
from bisect import bisect_left
from collections.abc import Iterable, Iterator
from functools import lru_cache

import regex

from scrapelint import phrases
from scrapelint.diagnostics import Applicability, Edit, Finding, Fix
from scrapelint.document import Document, contains_any, overlaps_any
from scrapelint.patterns import lazy
from scrapelint.predicates import joined_to_prose
from scrapelint.records import NamedTuple
from scrapelint.rules.base import Category, FixAvailability, Options, rule

# -- shared by the rules of this module ------------------------------------------------


class _Mark(NamedTuple):
    """One piece of markup found in the text; ``joiner`` is what it leaves between two words."""

    start: int
    end: int
    joiner: str = ""


def _runs(marks: Iterable[_Mark], text: str) -> Iterator[list[_Mark]]:
    """Marks grouped into runs that only spaces or tabs separate, in text order."""
    run: list[_Mark] = []
    for mark in sorted(marks, key=lambda m: m.start):
        if run and (mark.start < run[-1].end or text[run[-1].end:mark.start].strip(" \t") == ""):
            if mark.end > run[-1].end:
                run.append(mark)
            continue
        if run:
            yield run
        run = [mark]
    if run:
        yield run


def _on_own_lines(doc: Document, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` and blanks are all that its lines hold."""
    first, last = doc.lines[doc.line_index(start)], doc.lines[doc.line_index(end)]
    before = _SPACE_BEFORE.search(doc.text, first.start, start)
    return before.start() == first.start and _SPACE.match(doc.text, end, last.end).end() == last.end  # type: ignore[union-attr]


_COMMENT_LINE = lazy(r"^(?://|/\*|#|<!)")


def _shown_as_listing(doc: Document, first: int) -> bool:
    """Whether the block of code lines that starts at line ``first`` is a listing the article shows.

    A listing is introduced by a line of its own ending with a colon ("Add this to your
    page:"), or is indented deeper than the text above it, as converters print a `<pre>`
    block. Comment lines and declarations between the two ("// cow.js", "<!DOCTYPE html>")
    are part of the listing.
    """
    lines = doc.lines
    opening = lines[first].text
    indent = len(opening) - len(opening.lstrip())
    for index in range(first - 1, -1, -1):
        line = lines[index]
        stripped = line.text.strip()
        if not stripped or _COMMENT_LINE.match(stripped):
            continue
        return stripped.endswith((":", "：")) or indent > len(line.text) - len(line.text.lstrip())
    return False


_CLOSING_PUNCTUATION = frozenset(".,;:!?)]}”’»")
_BLANKS = lazy(r"[ \t]*")
_SPACE = lazy(r"\s*")
_SPACE_BEFORE = lazy(r"(?r)\s*\Z")
_BLANKS_BEFORE = lazy(r"(?r)[ \t]*\Z")


def _removal(doc: Document, run: list[_Mark]) -> Edit:
    """Remove a run of markup and the spacing it would leave behind.

    A run alone on its lines goes with its lines. Inside a line, one space survives
    between two words, and none before punctuation; where the markup itself separated two
    words (``a<br>b``), the joiner of its marks (a space for block-level tags) takes its
    place.
    """
    text = doc.text
    start, end = run[0].start, run[-1].end
    if _on_own_lines(doc, start, end):
        return doc.remove_lines(doc.line_index(start), doc.line_index(end))
    spaces_before = start - _BLANKS_BEFORE.search(text, 0, start).start()  # type: ignore[union-attr]
    spaces_after = _BLANKS.match(text, end).end() - end  # type: ignore[union-attr]
    at_line_start = start - spaces_before == 0 or text[start - spaces_before - 1] == "\n"
    at_line_end = end + spaces_after == len(text) or text[end + spaces_after] == "\n"
    if at_line_start:
        return Edit(start, end + spaces_after)
    if at_line_end:
        return Edit(start - spaces_before, end)
    if spaces_before and spaces_after:
        return Edit(start, end + spaces_after)
    if spaces_before and text[end] in _CLOSING_PUNCTUATION:
        return Edit(start - spaces_before, end)
    if spaces_before or spaces_after:
        return Edit(start, end)
    return Edit(start, end, " " if any(mark.joiner for mark in run) else "")


def _quoted(run: list[_Mark], text: str) -> str:
    shown = text[run[0].start:run[-1].end]
    return repr(shown if len(shown) <= 60 else shown[:57] + "...")


# -- M001 html-tag -----------------------------------------------------------------------


class _Element(NamedTuple):
    kind: str
    """``inline``, ``block`` or ``page`` (see the header of ``phrases/html-elements.mul.txt``)."""
    bare: bool
    raw: bool


@lru_cache(maxsize=1)
def _elements() -> dict[str, _Element]:
    table = {}
    for entry in phrases.load("html-elements"):
        name, kind, *flags = entry.split()
        table[name] = _Element(kind, "bare" in flags, "raw" in flags)
    return table


@lru_cache(maxsize=1)
def _tag_pattern() -> regex.Pattern[str]:
    """A tag of any name; ``_tag_candidates`` keeps those of elements.

    Any word stands for the name: the 123 element names, as a named list matched ignoring
    case, cost 18 ms to compile, paid again by each process that meets a "<". A name ends
    where the attributes or the ">" start, so the word is the name whole.
    """
    value = r"""(?:"[^"<>\n]*"|'[^'<>\n]*'|[^\s"'=<>`]+)"""
    return regex.compile(
        r"<(?P<close>/)?(?P<name>[^\W_]++)"
        rf"(?P<attributes>(?:[ \t]+[A-Za-z_:@][\w:.@-]*(?:[ \t]*=[ \t]*{value})?)*)"
        r"[ \t]*(?P<self>/)?>",
        regex.V1,
    )


# An article about HTML names its tags: "the <p> tag", "a “<br>” element".
_TAG_AS_WORD = lazy(r"\s+(?:tags?|elements?)\b", regex.I)
_QUOTES = "\"'“”‘’«»`"


class _Tag(NamedTuple):
    start: int
    end: int
    name: str
    closing: bool
    element: _Element


def _tags(text: str, is_markdown: bool) -> Iterator[_Tag]:
    """The HTML tags that are unmistakably tags, in text order.

    A tag that prose names ("the <p> tag", "not <b>.") is a word, and so is every bare
    opening tag left unclosed on a line that names one ("tags such as <p>, <div> and
    <span>").
    """
    found: list[tuple[_Tag, bool, int]] = []
    naming_lines: set[int] = set()
    last_closing: dict[tuple[int, str], int] = {}
    line_start = searched = 0
    for tag, plain in _tag_candidates(text, is_markdown):
        # Tags come in text order: looking for line breaks only since the previous tag
        # keeps this linear on a long line.
        newline = text.rfind("\n", searched, tag.start)
        line_start, searched = (newline + 1 if newline >= 0 else line_start), tag.start
        if _TAG_AS_WORD.match(text, tag.end) or plain and _named_in_prose(text, tag):
            naming_lines.add(line_start)
            continue
        if tag.closing:
            last_closing[line_start, tag.name] = tag.start
        found.append((tag, plain, line_start))
    for tag, plain, line_start in found:
        if plain and line_start in naming_lines and last_closing.get((line_start, tag.name), -1) < tag.start:
            continue
        yield tag


# A bare opening tag that a sentence goes on after ("not <b>.", "<p>, <div>"): in markup,
# text follows an opening tag, not punctuation.
_PUNCTUATION_AFTER = lazy(r"[.,;:!?)](?:\s|$)")


def _named_in_prose(text: str, tag: _Tag) -> bool:
    spaced_before = tag.start == 0 or text[tag.start - 1] in " \t\n("
    return spaced_before and _PUNCTUATION_AFTER.match(text, tag.end) is not None


def _tag_candidates(text: str, is_markdown: bool) -> Iterator[tuple[_Tag, bool]]:
    """Tags of real element names written as tags, each with whether it is a plain
    opening tag (no attributes, not closing, not self-closing)."""
    elements = _elements()
    lowered: str | None = None
    for match in _tag_pattern().finditer(text):
        name = match["name"]
        element = elements.get(name.lower())
        if element is None or not (name.islower() or name.isupper()):
            continue
        if is_markdown and element.kind != "page":
            continue
        attributes = match["attributes"]
        if match["close"]:
            if attributes or match["self"]:
                continue
        elif attributes:
            if "=" not in attributes:
                continue
        elif not match["self"] and not element.bare:
            lowered = text.lower() if lowered is None else lowered
            if f"</{name.lower()}>" not in lowered:
                continue
        start, end = match.span()
        if start and text[start - 1] in _QUOTES and text[end:end + 1] in _QUOTES:
            continue
        plain = not (match["close"] or attributes or match["self"])
        yield _Tag(start, end, name.lower(), bool(match["close"]), element), plain


def _tag_marks(text: str, is_markdown: bool) -> Iterator[_Mark]:
    """Tags as marks; a raw element (``<script>…</script>``) is one mark with its content."""
    skip_to = 0
    for tag in _tags(text, is_markdown):
        if tag.start < skip_to:
            continue
        end = tag.end
        if tag.element.raw and not tag.closing:
            closing = regex.compile(rf"</{tag.name}[ \t]*>", regex.I).search(text, tag.end)
            if closing:
                end = skip_to = closing.end()
        yield _Mark(tag.start, end, "" if tag.element.kind == "inline" else " ")


_LISTING_LINES = 3
"""Consecutive lines opening with a tag from which they may be an HTML listing that an article shows."""


@rule(
    code="M001",
    name="html-tag",
    category=Category.MARKUP,
    summary="HTML tag left in the text",
    fix=FixAvailability.ALWAYS,
    applicability=Applicability.SAFE,
)
def html_tag(doc: Document, options: Options) -> Iterator[Finding]:
    """## What it flags
    HTML tags that a converter printed instead of interpreting: `<p>`, `</div>`, `<br/>`,
    `<img src="...">`, and a `<script>` or `<style>` element with its code. Only real
    element names count, written in lower or upper case, and only when the tag is
    unmistakable: a closing tag, a self-closing tag, a tag with `name=value` attributes,
    a bare tag such as `<p>` or `<br>`, or a bare tag whose closing tag is also in the text.
    "<3", "a < b > c", "<email@example.com>", "<https://example.com>", "<The Palace>",
    "<source>" as a placeholder in prose, and tags named as words ("the `<p>` tag", "not
    `<b>`.", and every unclosed bare tag on such a line: "tags such as `<p>`, `<div>` and
    `<span>`") are left alone. In Markdown, where inline HTML is part of the format, only page machinery
    is flagged (`<script>`, `<style>`, `<meta>`, `<form>`, `<input>`, ...). Tags next to
    each other are reported together.

    Nothing is reported in a text that shows code (a listing under a line ending with a
    colon or indented deeper than the text, a session at a prompt, code split one token
    a line, a code viewer's label; markup under a colon that opens an element and goes
    on level with it, as a page's leaked form or embed does, is no listing), nor in a
    block of three or more lines of markup shown as a listing: there the markup is that
    of its listings (a `</script>` closing one, a `return <button>` of JSX) or markup
    its sentences name, which text alone cannot tell from a leaked tag, and a
    programming article shows markup far more often than its page leaks any.

    ## Why it matters
    Tags in text are noise to a reader, to a search index and to a language model, and
    they show that the text went through a converter that failed on part of the page.

    ## Example
    ```text
    The two sides agreed to talk.<br/>
    <div class="ad-slot"></div>
    ```

    ## Fix safety
    Safe: only unmistakable tags are flagged, and the fix removes the tags, not the text
    between them (except the code inside `<script>` and `<style>`). A tag alone on its
    line goes with its line; between two words a block-level tag such as `<br>` or `<p>`
    leaves one space, an inline tag such as `<b>` leaves nothing. Unsafe on three or
    more consecutive lines that open with markup (tags the rule flags or not, and
    declarations such as `<!DOCTYPE html>`): an article about HTML shows such listings on
    purpose (when one such block is shown as a listing, none of them is reported).
    Unsafe too on one or two lines that open with markup and are shown as a listing
    ("add this line to your page:" over a `<script>` tag, or a page a converter joined
    on one line): they may be a short listing, or an embed under "Watch the video:"; a
    page that shows one such listing may show more, so every line that opens with markup is unsafe there. Unsafe
    as well on a line that opens with markup inside a sentence (the line above breaks off
    on an open bracket, a comma or words that do not close, or the line below goes on
    with closing punctuation or in lower case: "or you used" over "<iframe>" over "to
    embed shared elements"): the article names the tag, and the converter put it on a
    line of its own. And unsafe for every tag of a text that shows markup after a label
    on its line ("Input: <table></table><li>"): it is about markup, and any tag in it may
    be an example.
    """
    text = doc.text
    if "<" not in text or doc.shows_code:
        return
    runs = list(_runs(_tag_marks(text, doc.is_markdown), text))
    blocks = _tag_line_blocks(doc, runs)
    listings = [block for block in blocks if len(block) >= _LISTING_LINES]
    introduced = [block for block in blocks if _shown_as_listing(doc, block.start)]
    # One listing shown on purpose makes the page an article about markup: its other
    # blocks of tags are listings too.
    shown = any(len(block) >= _LISTING_LINES for block in introduced)
    listing_lines = {index for block in listings for index in block}
    # A line or two of markup introduced like a listing may be one ("add this line to
    # your page:"), or an embed under "Watch the video:": the user decides. A page that
    # shows markup once may show more of it, a line at a time between its sentences.
    if introduced:
        listing_lines.update(index for block in blocks for index in block)
    # Markup shown after a label on its line ("Input: <table></table>") makes every tag
    # of the page an example it may show.
    shows_examples = any(_after_label(text, run[0].start) for run in runs)
    inside_sentence: dict[int, bool] = {}  # judged once a line: a page joined on one line holds thousands of runs
    for run in runs:
        start, end = run[0].start, run[-1].end
        message = f"HTML {'tags' if len(run) > 1 else 'tag'} left in the text: {_quoted(run, text)}"
        line_index = doc.line_index(start)
        # A line of markup inside a sentence is markup the article names ("you used /
        # <iframe> / to embed it"), put on a line of its own by the converter.
        if line_index not in listing_lines and line_index not in inside_sentence:
            inside_sentence[line_index] = _markup_inside_sentence(doc, line_index)
        if shown and any(line_index in block for block in listings):
            continue
        if not shows_examples and line_index not in listing_lines and not inside_sentence[line_index]:
            fix = Fix.safe("Remove the markup", _removal(doc, run))
        else:
            fix = Fix.unsafe("Remove the markup", _removal(doc, run))
        yield Finding(start, end, message, fix)


_OPENS_WITH_MARKUP = lazy(r"^[ \t]*<(?:[!/?]|[A-Za-z][\w:-]*[ \t/>])")
"""A line that opens with a tag, a declaration or a comment, flagged or not ("<head>", "<!DOCTYPE html>")."""
_ANY_TAG = lazy(r"<[^<>\n]*>")


MAX_LABEL_CHARS = 30
"""The longest label ("Input:", "Example output:") that markup shown on its line follows."""


def _after_label(text: str, start: int) -> bool:
    """Whether the markup at ``start`` follows a label that opens its line ("Input: <table>")."""
    before = start - 1
    while before >= 0 and text[before] in " \t":
        before -= 1
    if before < 0 or text[before] not in ":：":
        return False
    line_start = text.rfind("\n", max(0, before - MAX_LABEL_CHARS), before) + 1
    label = text[line_start:before]
    if line_start == 0 and before > MAX_LABEL_CHARS:
        return False  # no line break within a label's length: the colon ends a longer line
    return bool(label.strip()) and "<" not in label and ">" not in label


def _markup_inside_sentence(doc: Document, index: int) -> bool:
    """Whether line ``index`` opens with markup and may be a piece of a sentence that names
    it (see ``joined_to_prose``): the line above runs into it ("or you used" over
    "<iframe>"), or it runs into the line below ("<p>Hello</p>" over ". This was...")."""
    lines = doc.lines
    line = lines[index].text
    if not _OPENS_WITH_MARKUP.match(line):
        return False
    previous = lines[index - 1].text if index > 0 else ""
    following = lines[index + 1].text if index + 1 < len(lines) else ""
    # Seen from the line above, the tags are no words: "<img" does not open in lower case.
    return joined_to_prose(previous, _ANY_TAG.sub("", line), "") or joined_to_prose("", line, following)


def _tag_line_blocks(doc: Document, runs: list[list[_Mark]]) -> list[range]:
    """Blocks of consecutive lines that each open with markup, as in a listing, that hold a
    line opening with a flagged tag. Lines that open with markup the rule does not flag
    ("<head>" with no closing tag in the text) count: a listing holds them too."""
    opening_with_a_tag: set[int] = set()
    for run in runs:
        line = doc.lines[doc.line_index(run[0].start)]
        if not doc.text[line.start: run[0].start].strip() or _OPENS_WITH_MARKUP.match(line.text):
            opening_with_a_tag.add(line.index)
    lines = doc.lines
    blocks: list[range] = []
    for index in sorted(opening_with_a_tag):
        if blocks and index in blocks[-1]:
            continue
        first = index
        while first > 0 and _OPENS_WITH_MARKUP.match(lines[first - 1].text):
            first -= 1
        stop = index + 1
        while stop < len(lines) and (stop in opening_with_a_tag or _OPENS_WITH_MARKUP.match(lines[stop].text)):
            stop += 1
        blocks.append(range(first, stop))
    return blocks


# -- M002 html-entity --------------------------------------------------------------------

# A named or numeric character reference, possibly escaped again: "&amp;amp;", "&amp;#8217;".
_ENTITY = lazy(r"&(?P<again>(?:amp;)*)(?:#[0-9]{1,7}|#[xX][0-9A-Fa-f]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")


def _decoded(reference: str) -> str | None:
    """What a character reference stands for, decoding repeated escaping; None if invalid."""
    import html

    value = reference
    while _ENTITY.fullmatch(value):
        decoded = html.unescape(value)
        if decoded == value or "\ufffd" in decoded:
            return None
        value = decoded
    return value


@rule(
    code="M002",
    name="html-entity",
    category=Category.MARKUP,
    summary="HTML character reference left undecoded",
    fix=FixAvailability.ALWAYS,
    applicability=Applicability.SAFE,
)
def html_entity(doc: Document, options: Options) -> Iterator[Finding]:
    """## What it flags
    Named and numeric HTML character references that were never decoded: `&amp;`,
    `&nbsp;`, `&#8217;`, `&#x2019;`, and references escaped twice or more (`&amp;amp;`,
    `&amp;#8217;`), which are reported and decoded as one. Only well-formed references
    count: a known name or a valid code point, ended by a semicolon. "AT&T", "R&D" and
    "&copy 2019" (no semicolon, so a browser would guess) are left alone. References in
    URLs are flagged too: a URL copied from the page source carries the source's escaping
    (`?a=1&amp;b=2` stands for `?a=1&b=2`). In Markdown, where a reference such as
    `&nbsp;` is part of the format, only references escaped twice are flagged; references
    inside HTML tags are left to `html-tag`.

    ## Why it matters
    "Tom &amp; Jerry" or "don&#8217;t" breaks words for search, deduplication and
    tokenisers, and shows readers the page's source instead of its text.

    ## Example
    ```text
    Barnes &amp; Noble said it didn&#8217;t expect the deal to close.
    ```

    ## Fix safety
    Safe: the fix replaces the reference with the character it stands for under the
    HTML5 rules (a no-break space for `&nbsp;`), decoding repeated escaping to the end.
    """
    text = doc.text
    if "&" not in text:
        return
    # In text order, and none overlaps another: they come from one search.
    tag_spans = [(tag.start, tag.end) for tag in _tags(text, doc.is_markdown)] if "<" in text else []
    references: list[tuple[regex.Match[str], str]] = []
    for match in _ENTITY.finditer(text):
        if doc.is_markdown and not match["again"]:
            continue
        if overlaps_any(tag_spans, *match.span()):
            continue
        decoded = _decoded(match[0])
        if decoded is not None:
            references.append((match, decoded))
    # References within one word ("&lt;/span&gt;") are one finding.
    for group in _same_word(references, text):
        start, end = group[0][0].start(), group[-1][0].end()
        edits = [Edit(*match.span(), decoded) for match, decoded in group]
        if len(group) == 1:
            match, decoded = group[0]
            escaped = " (escaped more than once)" if match["again"] else ""
            message = f"HTML character reference {match[0]!r}{escaped} stands for {decoded!r}"
        else:
            message = f"HTML character references in {text[start:end]!r}"
        yield Finding(start, end, message, Fix.safe("Decode the character references", *edits))


def _same_word(
    references: list[tuple[regex.Match[str], str]], text: str
) -> Iterator[list[tuple[regex.Match[str], str]]]:
    group: list[tuple[regex.Match[str], str]] = []
    for reference in references:
        if group and any(c.isspace() for c in text[group[-1][0].end():reference[0].start()]):
            yield group
            group = []
        group.append(reference)
    if group:
        yield group


# -- M003 html-comment -------------------------------------------------------------------

# Comments that begin "<!-- scrapelint:" are the linter's own directives.
_DIRECTIVE = lazy(r"<!--[ \t]*scrapelint:")
_LONGEST_COMMENT = 2000


def _comments(text: str) -> Iterator[tuple[int, int]]:
    """Spans of the HTML comments in ``text``, one scan from each opening to its closing."""
    start, close = text.find("<!--"), -1
    while start >= 0:
        if close < start + 4:
            close = text.find("-->", start + 4)
            if close < 0:
                return
        end = close + 3
        if end - start <= _LONGEST_COMMENT and not _DIRECTIVE.match(text, start):
            yield start, end
            start = text.find("<!--", end)
        else:
            start = text.find("<!--", start + 4)


@rule(
    code="M003",
    name="html-comment",
    category=Category.MARKUP,
    summary="HTML comment left in plain text",
    fix=FixAvailability.ALWAYS,
    applicability=Applicability.SAFE,
)
def html_comment(doc: Document, options: Options) -> Iterator[Finding]:
    """## What it flags
    An HTML comment (`<!-- ... -->`) in a plain-text file, such as the markers that page
    templates and ad systems leave ("<!-- Google Tag Manager -->", "<!-- /.entry -->").
    Markdown files are skipped, because a comment is how Markdown hides a note, and so are
    comments that start with `scrapelint:`, which are the linter's own directives.

    ## Why it matters
    A comment was never visible on the page; in the text it is template noise that a
    reader, an index or a model should not see.

    ## Example
    ```text
    <!-- .entry-content -->
    The council will vote on the plan next week.
    ```

    ## Fix safety
    Safe: a comment holds nothing of the article. The fix removes it (with its line when
    it stands alone), keeping one space between the words around it. Unsafe for a comment
    between two lines of markup (the nearest lines above and below open or close a tag,
    "</Target>" over it, "<PropertyGroup>" under it): a listing of a configuration file
    that the article shows, where the comment is part of the code. Unsafe too in any text
    that shows code (a listing, a session at a prompt, code split one token a line): the
    comment may open a listing of a template ("<!-- /views/badge.twig -->").
    """
    text = doc.text
    if doc.is_markdown or "<!--" not in text:
        return
    for span in _comments(text):
        mark = _Mark(*span, " ")
        removal = _removal(doc, [mark])
        # A comment between two lines of markup, or in a text that shows code, may belong
        # to a listing the article shows.
        listed = _between_markup_lines(doc, *span) or doc.shows_code
        yield Finding(
            mark.start,
            mark.end,
            f"HTML comment left in the text: {_quoted([mark], text)}",
            Fix.unsafe("Remove the comment", removal) if listed else Fix.safe("Remove the comment", removal),
        )


_MARKUP_LINE = lazy(r"^\s*</?[A-Za-z][\w:.-]*(?:[\s/>]|$)|/?>\s*$")


def _between_markup_lines(doc: Document, start: int, end: int) -> bool:
    """Whether the nearest lines above and below ``text[start:end]`` that hold anything
    open with a tag or close one ("<PropertyGroup>", "</Target>", "/>")."""
    lines = doc.lines
    above = next((line.text for line in reversed(lines[: doc.line_index(start)]) if line.text.strip()), "")
    below = next((line.text for line in lines[doc.line_index(end) + 1 :] if line.text.strip()), "")
    return _MARKUP_LINE.search(above) is not None and _MARKUP_LINE.search(below) is not None


# -- M004 shortcode ----------------------------------------------------------------------


@lru_cache(maxsize=1)
def _shortcode_pattern() -> regex.Pattern[str]:
    name = r"[a-z][a-z0-9]*(?:[_-][a-z0-9]+)*"
    # WordPress curls the quotes of shortcode attributes when it prints them as text.
    value = r"""(?:"[^"\]\n]*"|'[^'\]\n]*'|[“”″][^“”″\]\n]*[“”″]|[^\s"'“”″\[\]]+)"""
    return regex.compile(
        rf"\[(?P<closing>/)(?P<name>{name})\]"
        rf"|\[(?P<name>{name})(?P<attributes>(?:[ \t]+[a-z_][\w-]*[ \t]*=[ \t]*{value})+)[ \t]*/?\]"
        rf"|\[(?P<name>{name})(?:=(?P<value>{value}))?[ \t]*/?\]",
        regex.V1,
    )


_CLOSING_SHORTCODE = lazy(r"\[/([a-z][\w-]*)\]")


@rule(
    code="M004",
    name="shortcode",
    category=Category.MARKUP,
    summary="CMS shortcode or BBCode tag left in the text",
    fix=FixAvailability.ALWAYS,
    applicability=Applicability.SAFE,
)
def shortcode(doc: Document, options: Options) -> Iterator[Finding]:
    """## What it flags
    WordPress-style shortcodes and BBCode tags that a CMS should have expanded:
    `[caption id="attachment_1" align="alignnone"]`, `[/caption]`, `[embed]…[/embed]`,
    `[gallery ids="1,2"]`, `[url=https://example.com]…[/url]`. A tag counts when it closes
    (`[/name]`), when it carries `name=value` attributes, or when its closing tag is also
    in the text. Citations ("[1]"), elisions ("[…]"), editorial insertions ("[sic]",
    "[a]", "[Photo: Reuters]") and Markdown links ("[text](url)") are left alone.

    ## Why it matters
    A shortcode is an instruction to the CMS, not text: "[caption id=…]" in front of a
    photo caption or "[button link=…]" around a call to action is noise for readers and
    for everything built on the text.

    ## Example
    ```text
    [caption id="attachment_12" align="alignnone" width="300"]The harbour at dawn.[/caption]
    ```

    ## Fix safety
    Safe: the fix removes the shortcode tags and keeps the text between them (the caption
    above stays); a tag alone on its line goes with its line.
    """
    text = doc.text
    if "[" not in text or "]" not in text:
        return
    closed = {match[1] for match in _CLOSING_SHORTCODE.finditer(text)} if "[/" in text else set()
    # Without a closing tag only a tag with attributes counts, and an attribute has "=":
    # a clean text then skips the shortcode pattern, which takes milliseconds to compile.
    if not closed and "=" not in text:
        return
    marks = []
    for match in _shortcode_pattern().finditer(text):
        if match["closing"] or match["attributes"] or match["name"] in closed:
                marks.append(_Mark(*match.span()))
    for run in _runs(marks, text):
        yield Finding(
            run[0].start,
            run[-1].end,
            f"Shortcode left in the text: {_quoted(run, text)}",
            Fix.safe("Remove the shortcode tags", _removal(doc, run)),
        )


# -- M005 template-placeholder -----------------------------------------------------------

# Mustache, Jinja, Liquid and Hugo placeholders: "{{ title }}", "{% if %}", "{{< figure >}}".
# LaTeX groups such as "\frac{{a}}{b}" or "x^{{2}}" follow a command, a brace or a script mark.
_MUSTACHE = r"(?<![\\^_{}]|\\[A-Za-z]+)\{\{\{?[ \t]*[<%]?[ \t]*[#/^>!&]?[ \t]*[A-Za-z_][^{}\n]{0,80}?\}?\}\}"
_JINJA = r"\{%-?[ \t]*[A-Za-z_][^{}\n]{0,80}?-?%\}"
# Placeholders that no Markdown site generator uses: Janrain "{* name *}", Yoast "%%title%%",
# template-literal "${name}".
_OTHER = r"\{\*[ \t]*[#/]?[A-Za-z_][\w.-]{0,60}[ \t]*\*\}|%%[A-Za-z_][\w-]{0,40}%%|\$\{[A-Za-z_][\w.]{0,40}\}"
_PLACEHOLDER = lazy(f"{_MUSTACHE}|{_JINJA}|{_OTHER}")
_PLACEHOLDER_IN_MARKDOWN = lazy(_OTHER)
# What each placeholder holds: a text without any compiles neither pattern (7M instructions
# for the one of all), which a page that only has CSS braces or a "{" of its own did.
_OTHER_OPENINGS = ("{*", "%%", "${")
_PLACEHOLDER_OPENINGS = ("{{", "{%", *_OTHER_OPENINGS)
_STRING_LITERAL = lazy(r'"[^"\n]*"|`[^`\n]*`')


@rule(
    code="M005",
    name="template-placeholder",
    category=Category.MARKUP,
    summary="Template placeholder printed instead of its value",
    fix=FixAvailability.ALWAYS,
    applicability=Applicability.SAFE,
)
def template_placeholder(doc: Document, options: Options) -> Iterator[Finding]:
    """## What it flags
    Template code that was printed instead of filled in: Mustache, Jinja and Liquid
    (`{{ title }}`, `{% if user %}`), Janrain (`{* welcomeName *}`), Yoast SEO
    (`%%title%%`) and template literals (`${name}`). LaTeX groups ("\\frac{{a}}{b}") are
    left alone, and so is a placeholder inside a string in double quotes or backticks
    (`name: "{{ user.name }}"`, `` `%${term}%` ``): a listing that shows template code,
    not a template that failed. In Markdown, where site generators such as Jekyll and
    Hugo write `{{ }}` and `{% %}` on purpose, only the other forms are flagged. Nothing
    is reported in a text that shows code (a listing under a line ending with a colon or
    indented deeper than the text, a session at a prompt, code split one token a line):
    `{% for field in form %}` and `{{ form.subject }}` are lines of its listings.

    ## Why it matters
    A placeholder means the page was captured before its template ran, or that a widget
    failed: the text shows machinery where a name or a title should be.

    ## Example
    ```text
    Welcome back, {* welcomeName *}!
    {* loginWidget *}
    ```

    ## Fix safety
    Placeholders alone on their line are removed with the line: safe, the line holds no
    text. Inside a sentence the removal is unsafe: the value that should have been there
    is missing, and the sentence may need rewording by hand. Unsafe too in a stretch of
    placeholder lines (at most three lines apart) where a tag holds code, such as a call,
    a quoted string, a list, a comparison or an assignment
    (`{% set area = states('sensor.area') %}`): a listing of a template that the article
    shows, not a template that failed. Unsafe as well for a line of placeholders inside
    a sentence (the line above breaks off on a comma or an open bracket, or the line
    below goes on in lower case or with closing punctuation: "using the" over
    `{{ variableName }}` over "syntax."): the article names the placeholder, and the
    converter put it on a line of its own.
    """
    text = doc.text
    openings = _OTHER_OPENINGS if doc.is_markdown else _PLACEHOLDER_OPENINGS
    if not contains_any(text, openings) or doc.shows_code:
        return
    pattern = _PLACEHOLDER_IN_MARKDOWN if doc.is_markdown else _PLACEHOLDER
    literals: dict[int, list[tuple[int, int]]] = {}
    marks = [_Mark(*match.span()) for match in pattern.finditer(text) if not _in_string_literal(doc, *match.span(), literals)]
    runs = list(_runs(marks, text))
    in_listing = _template_listings(doc, runs)
    for run, listed in zip(runs, in_listing):
        start, end = run[0].start, run[-1].end
        message = f"Template {'placeholders' if len(run) > 1 else 'placeholder'} left in the text: {_quoted(run, text)}"
        if _on_own_lines(doc, start, end) and not listed and not _inside_sentence(doc, start, end):
            fix = Fix.safe("Remove the line", _removal(doc, run))
        else:
            fix = Fix.unsafe("Remove the placeholder", _removal(doc, run))
        yield Finding(start, end, message, fix)


MAX_LISTING_GAP = 3
"""Placeholder lines at most this many lines apart belong to the same stretch of template code."""
_TEMPLATE_CODE = lazy(r"""[('"\[]|[=!<>]=|\s=\s""")


def _template_listings(doc: Document, runs: list[list[_Mark]]) -> list[bool]:
    """For each run of placeholders, whether it lies in a stretch of template code that some
    tag of it shows as code (a call, a quoted string, a list, a comparison, an assignment:
    "{% set area = states('sensor.area') %}"): a listing of a template, not a failed one."""
    listed = [False] * len(runs)
    stretch: list[int] = []
    last_line = None
    for index, run in enumerate([*runs, None]):
        line = None if run is None else doc.line_index(run[0].start)
        if stretch and (run is None or line - last_line > MAX_LISTING_GAP):  # type: ignore[operator]
            if any(_TEMPLATE_CODE.search(doc.text, mark.start, mark.end) for member in stretch for mark in runs[member]):
                for member in stretch:
                    listed[member] = True
            stretch = []
        if run is not None:
            stretch.append(index)
            last_line = doc.line_index(run[-1].end)
    return listed


def _inside_sentence(doc: Document, start: int, end: int) -> bool:
    """Whether the placeholders ``text[start:end]`` on lines of their own may be a piece
    of a sentence (see ``joined_to_prose``): the line above breaks off on a comma or an
    open bracket ("Welcome back," over "{* welcomeName *}"), or they run into the line
    below ("{{ variableName }}" over "syntax. For example")."""
    lines = doc.lines
    first, last = doc.line_index(start), doc.line_index(end)
    previous = lines[first - 1].text if first > 0 else ""
    following = lines[last + 1].text if last + 1 < len(lines) else ""
    # Seen from the line above, the placeholders are no words: "{* loginWidget *}" does not open in lower case.
    shown = doc.text[lines[first].start:start] + doc.text[end:lines[last].end]
    return joined_to_prose(previous, shown, "") or joined_to_prose("", lines[last].text, following)


def _in_string_literal(doc: Document, start: int, end: int, literals: dict[int, list[tuple[int, int]]]) -> bool:
    """Whether ``text[start:end]`` lies inside a string in double quotes or backticks on its
    line. ``literals`` keeps each line's strings once read: a line of many placeholders was
    read again for each (14x the time for 4x the line)."""
    index = doc.line_index(start)
    if index not in literals:
        line = doc.lines[index]
        literals[index] = [literal.span() for literal in _STRING_LITERAL.finditer(doc.text, line.start, line.end)]
    spans = literals[index]
    # In order and apart: only the last string that opens before the placeholder can hold it.
    before = bisect_left(spans, (start,))
    return before > 0 and end < spans[before - 1][1]


# -- M006 stray-code ---------------------------------------------------------------------


# A CSS property and a script global, as words: each name of css-properties.mul.txt and of
# script-globals.mul.txt is such a word, and the word is the name whole, as a colon, a dot,
# a bracket, a parenthesis or "=" follows it.
_PROPERTY = r"(?P<property>[a-z-]++)"
_GLOBAL = r"(?P<global>[\w$]++)"


_DECLARATION = r"-?[a-z][a-z-]*[ \t]*:[ \t]*[^;{}\n]+"
_SELECTOR = r"[.#]?[\w*\[\]=\"':>+~, .#()-]*"


@lru_cache(maxsize=1)
def _strong_code_line() -> regex.Pattern[str]:
    """A whole stripped line that is strong evidence of code, if ``_is_strong`` says so of the match."""
    # A value on a line of its own is one to three tokens ("none", "1px solid #ccc", "0 auto
    # !important") and has no capitalised word outside quotes: "content: the report says it
    # is fine;" and "background: The family moved in 1990;" are prose.
    token = r"""(?:[^\s;{}"'\p{Lu}]|"[^"\n]*"|'[^'\n]*')++"""
    value = rf"{token}(?:[ \t]+{token}){{0,2}}[ \t]*"
    # A property or a global is any word here, and ``_is_strong`` looks the captured words up
    # in the lists: as named lists in the pattern they cost 20 ms to compile, paid again by
    # each process that meets a line ending in ";". Their branches come last, so that a line
    # another branch takes is strong whatever they would capture; no line fits both of them
    # (a colon follows a property, never a global).
    return regex.compile(
        r"(?:@(?:media|font-face|import|keyframes|supports|charset|page)\b.*"
        rf"|{_SELECTOR}\{{[ \t]*{_DECLARATION}(?:;[ \t]*{_DECLARATION})*;?[ \t]*\}}"
        rf"|.*\bfunction[ \t]*[\w$]*[ \t]*\([^()\n]*\)[ \t]*\{{.*"
        rf"|.*=>[ \t]*\{{.*"
        r"|(?:var|let|const)[ \t]+[\w$]+(?:[ \t]*,[ \t]*[\w$]+)*[ \t]*[=;].*"
        rf"|{_PROPERTY}[ \t]*:[ \t]*{value};(?:[ \t]*{_PROPERTY}[ \t]*:[ \t]*{value};)*"
        rf"|{_GLOBAL}(?:\.[\w$]+|\[[^\]\n]*\])*(?:\(|[ \t]*=[^=]).*)",
        regex.V1,
    )


@lru_cache(maxsize=1)
def _weak_code_line() -> regex.Pattern[str]:
    """A whole stripped line that is code once near strong evidence."""
    return regex.compile(
        r"(?:[}\])].*"
        rf"|{_SELECTOR}\{{"
        rf"|(?:{_DECLARATION};[ \t]*)+\}}?"
        r"|[\w$.\[\]'\"]+[ \t]*[-+*/|&]?=[ \t]*[^=\n].*"
        r"|return\b.*|[\w$.]+\(.*\);"
        r"|(?:if|else|for|while|switch|try|catch)\b.*"
        r"|/\*.*\*/)",
        regex.V1,
    )


_LOWER_OR_HYPHEN = frozenset("abcdefghijklmnopqrstuvwxyz-")


def _is_strong_line(stripped: str) -> bool:
    """Whether the stripped line is strong evidence of code.

    The strong pattern costs 9 ms to compile, paid by each process that meets a line that
    ends like code, and such lines of prose ("(Reuters)", "Updated 6:55 AM;") are common:
    what a line needs for each of the pattern's branches is tested first, in C.
    """
    if not (
        stripped.startswith(_strong_line_openings())
        # A rule: a selector, then declarations (each with a colon) in braces.
        or "{" in stripped and (stripped.endswith("}") and ":" in stripped or "function" in stripped or "=>" in stripped)
        # Declarations: each property opens with a lower-case letter or a hyphen.
        or stripped[:1] in _LOWER_OR_HYPHEN and stripped.endswith(";") and ":" in stripped
    ):
        return False
    return _is_strong(_strong_code_line().fullmatch(stripped))


@lru_cache(maxsize=1)
def _strong_line_openings() -> tuple[str, ...]:
    """What a strong line opens with, unless it is a rule or declarations: an at-rule, a
    script declaration, or a listed script global."""
    return ("@", "var", "let", "const", *phrases.load("script-globals"))


def _is_weak_line(stripped: str) -> bool:
    """Whether the stripped line is code once near strong evidence; what each of the weak
    pattern's branches needs is tested first, as for ``_is_strong_line``."""
    if not (
        stripped.startswith(("}", "]", ")", "/*", "return", "if", "else", "for", "while", "switch", "try", "catch"))
        or stripped.endswith(("{", ");"))
        or "=" in stripped
        or ":" in stripped and ";" in stripped
    ):
        return False
    return _weak_code_line().fullmatch(stripped) is not None


@lru_cache(maxsize=1)
def _ends_like_code() -> re.Pattern[str]:
    """A line whose last visible characters are one of ";", "{", "}", "(", ")", "[" or
    "*/": read backwards, from the break after it, past its trailing spaces."""
    return re.compile(r"\n[^\S\n]*(?:[;{}()\[]|/\*)")


@lru_cache(maxsize=1)
def _code_names() -> tuple[frozenset[str], frozenset[str]]:
    """The CSS properties and the script globals that make a line strong evidence."""
    return frozenset(phrases.load("css-properties")), frozenset(phrases.load("script-globals"))


def _is_strong(match: regex.Match[str] | None) -> bool:
    """Whether a full match of the strong pattern is strong evidence: the properties of CSS
    declarations, or the global a script line opens with, are listed ones."""
    if match is None:
        return False
    properties, globals_ = _code_names()
    if match["global"] is not None:
        return match["global"] in globals_
    return all(name in properties for name in match.captures("property"))


def _code_blocks(doc: Document) -> Iterator[tuple[int, int]]:
    """(first, last) line indexes of each run of code lines that holds strong evidence.

    Prose that mentions code ends like prose; statements and rules end like code. Only the
    lines that end like code are read (found in C: most lines of a page are prose), and a
    line of any other kind between two of them, blank lines aside, ends a run.
    """
    first: int | None = None
    last = -1
    seen_strong = False
    for line in doc.lines_closing_with(_ends_like_code()):
        stripped = line.text.strip()
        is_strong = _is_strong_line(stripped)
        is_code = is_strong or _is_weak_line(stripped)
        if first is not None and not (is_code and doc.nonblank_lines_after(last, 1)[0].index == line.index):
            if seen_strong:
                yield first, last
            first = None
            seen_strong = False
        if is_code:
            if first is None:
                first = line.index
            last = line.index
            seen_strong = seen_strong or is_strong
    if first is not None and seen_strong:
        yield first, last


@rule(
    code="M006",
    name="stray-code",
    category=Category.MARKUP,
    summary="Lines of CSS or JavaScript printed as text",
    fix=FixAvailability.ALWAYS,
    applicability=Applicability.UNSAFE,
)
def stray_code(doc: Document, options: Options) -> Iterator[Finding]:
    """## What it flags
    Runs of whole lines that are stylesheet or script code: CSS rules
    (`.ad{display:none;}`, `@media (max-width: 600px) {`), bare declarations of known CSS
    properties with values of one to three tokens and no capitalised word outside quotes
    (`display:none;`, `border: 1px solid #ccc;`), and JavaScript (`function(){`,
    `var x = ...;`, `window.dataLayer = window.dataLayer || [];`,
    `googletag.cmd.push(function() {`).
    A run must hold at least one line of such strong evidence; lines such as `});`,
    `x.y = z;` or `if (a) {` join a run but never start one. A line of prose that mentions
    code ("Call function() to start.") is not code: it does not end like code.

    Nothing is reported where the text shows code on purpose: a block of code that a
    line ending with a colon introduces ("Add this to your page:"), or that is indented
    deeper than the text above it, as converters print a `<pre>` block; a session at a
    prompt (">>> len(x)", "$ npm install"); a listing that a converter split one token a
    line; a code viewer's label ("js" over a line of code). Then every block of code in
    the text is taken for part of the article.

    ## Why it matters
    Converters that do not drop `<script>` and `<style>` elements print their contents;
    the lines are meaningless to a reader and pollute an index or a training corpus.

    ## Example
    ```text
    The museum reopens on Monday.
    googletag.cmd.push(function() { googletag.display('ad-slot-1'); });
    ```

    ## Fix safety
    Unsafe: every removed line is code from its first character to its last, but an
    article about programming shows code on purpose, and text alone cannot always tell
    its listings from a script the converter printed.
    """
    text = doc.text
    if "{" not in text and ";" not in text:
        return
    blocks = list(_code_blocks(doc))
    # One listing shown on purpose makes the page an article about programming: the
    # other code in it (a listing split by a line that does not end like code) is shown too.
    if doc.shows_code or any(_shown_as_listing(doc, first) for first, _ in blocks):
        return
    for first, last in blocks:
        start, end = doc.lines[first].start, doc.lines[last].end
        count = last - first + 1
        fix = Fix.unsafe("Remove the code", doc.remove_lines(first, last))
        yield Finding(start, end, f"{'Line' if count == 1 else f'{count} lines'} of CSS or JavaScript printed as text", fix)


# -- M007 markdown-in-plain-text ---------------------------------------------------------

_LINK_TARGET = r"""(?:https?://|mailto:|www\.|/)[^()\s]*(?:\([^()\s]*\)[^()\s]*)*(?:[ \t]+"[^"\n]*")?"""
_MARKDOWN_LINK = lazy(
    rf"(?P<image>!)?\[(?P<label>[^\[\]\n]{{0,200}})\]\((?P<target>{_LINK_TARGET})\)"
)


@rule(
    code="M007",
    name="markdown-in-plain-text",
    category=Category.MARKUP,
    summary="Markdown link or image syntax in a plain-text file",
    fix=FixAvailability.ALWAYS,
    applicability=Applicability.UNSAFE,
)
def markdown_in_plain_text(doc: Document, options: Options) -> Iterator[Finding]:
    """## What it flags
    Markdown images (`![alt](https://...)`) and inline links (`[text](https://...)`) in a
    file that is not Markdown, where a converter left its syntax in the text. Markdown
    files are never checked: there the syntax is the format.

    ## Why it matters
    In plain text the brackets, the parentheses and the URL interrupt the sentence: "Read
    [the report](https://example.com/r.pdf) here" should read "Read the report here".

    ## Example
    ```text
    The figures are in [the annual report](https://example.com/report.pdf).
    ![](https://example.com/chart.png)
    ```

    ## Fix safety
    Unsafe: a link is replaced by its text and an image is removed with its alternative
    text, so the URL (and the alt text) is gone; keep them if the links matter to you.
    """
    text = doc.text
    if doc.is_markdown or "](" not in text:
        return
    for match in _MARKDOWN_LINK.finditer(text):
        start, end = match.span()
        if match["image"] or not match["label"].strip():
            message = "Markdown image in plain text"
            fix = Fix.unsafe("Remove the image", _removal(doc, [_Mark(start, end)]))
        else:
            message = "Markdown link in plain text"
            fix = Fix.unsafe("Keep only the link text", Edit(start, end, match["label"]))
        yield Finding(start, end, f"{message}: {_quoted([_Mark(start, end)], text)}", fix)


# -- M008 icon-name ----------------------------------------------------------------------


@lru_cache(maxsize=1)
def _snake_case_line() -> re.Pattern[str]:
    """A line of one name with an underscore ("expand_more", "CHECK_CIRCLE"), after the
    line break before it; of the standard library's engine, compiled on first use."""
    return re.compile(r"\n[ \t]*[A-Za-z][A-Za-z0-9]*_[A-Za-z0-9_]*[ \t]*(?=\n|\Z)")


@lru_cache(maxsize=1)
def _icon_names() -> frozenset[str]:
    """The names of ``icon-ligature.mul.txt``, read when a text first has a line of one name."""
    return frozenset(phrases.load("icon-ligature"))


@rule(
    code="M008",
    name="icon-name",
    category=Category.MARKUP,
    summary="Name of an icon font's glyph printed as text",
    fix=FixAvailability.ALWAYS,
    applicability=Applicability.SAFE,
)
def icon_name(doc: Document, options: Options) -> Iterator[Finding]:
    """## What it flags
    A line that is nothing but the name of a glyph of Google's icon fonts (Material Icons,
    Material Symbols): "expand_more", "chevron_right", "open_in_new", "check_circle",
    "arrow_forward_ios" (the names with an underscore; `icon-ligature.mul.txt`). Such a
    font draws a glyph for a word of the page's markup; a converter prints the word.
    Names without an underscore ("menu", "close", "search") are words too, and are left
    to the rules that read the lines around them.

    ## Why it matters
    The names are the page's buttons and arrows ("expand_more" under each question of an
    FAQ, "open_in_new" after each outside link), not its text; in a corpus they read as
    identifiers dropped into prose.

    ## Example
    ```text
    How do I return an order?
    expand_more
    ```

    ## Fix safety
    Safe: the line is only the name. Unsafe in a text that shows code, where the name may
    be an identifier of a listing or the subject of an icon font's manual.
    """
    if "_" not in doc.text:
        return
    names = _icon_names()
    for line in doc.lines_opening_with(_snake_case_line()):
        name = line.text.strip()
        if name.lower() in names:
            fix = (Fix.unsafe if doc.shows_code else Fix.safe)("Remove the line", doc.remove_lines(line.index))
            yield Finding(line.start, line.end, f"Icon name printed as text: {name!r}", fix)


# -- M009 email-placeholder ---------------------------------------------------------------

# The text a page's e-mail protection (Cloudflare's) prints where an address stood, with
# its space as a no-break space, decoded or not.
_EMAIL_PLACEHOLDER_TEXT = r"\[email(?:\s|&#160;|&nbsp;)protected\]"
_EMAIL_PLACEHOLDER = lazy(_EMAIL_PLACEHOLDER_TEXT, regex.I)
# A line that holds nothing but the placeholder: a list's marker or emphasis around it, an
# "Email:" label before it.
_EMAIL_PLACEHOLDER_LINE = lazy(rf"[\W_]*?(?:e-?mail[ \t]*+:[ \t*_]*+)?{_EMAIL_PLACEHOLDER_TEXT}[\W_]*+", regex.I)


@rule(
    code="M009",
    name="email-placeholder",
    category=Category.MARKUP,
    summary="E-mail address replaced by the placeholder of a page's e-mail protection",
    fix=FixAvailability.SOMETIMES,
    applicability=Applicability.SAFE,
)
def email_placeholder(doc: Document, options: Options) -> Iterator[Finding]:
    """## What it flags
    "[email protected]": the text that a page's e-mail protection (Cloudflare's e-mail
    address obfuscation) puts where an address stood, until a script in the browser
    writes the address back. A scraper that runs no script keeps the placeholder, and the
    address is gone ("For more information, email [email protected]."). Also with its
    no-break space left as `&#160;` or `&nbsp;`.

    ## Why it matters
    The placeholder reads as an address and is none: a contact line without its contact,
    a sentence that points nowhere. Every protected page of a crawl carries the same
    string, which then looks like the most frequent address of the corpus.

    ## Example
    ```text
    Contact the newsroom
    [email protected]
    ```

    ## Fix safety
    A line that holds nothing but the placeholder (with a list's marker, or an "Email:"
    label) is removed safely: it says nothing. Not when the line may be a piece of a
    sentence broken at the address's link ("Send your questions to" / "[email protected]"
    / ". Owing to the volume of mail, …"): the placeholder stays in its sentence. Nor in a
    text that shows code, where the line may be a piece of a listing split at a string
    (`email = '` / "[email protected]" / `';`). A placeholder inside a sentence or a
    listing is reported only: the address cannot be written back, and taking the words
    out would break the sentence or the code.
    """
    if "protected]" not in doc.text:
        return
    lines = doc.lines
    message = "E-mail address hidden by the page's e-mail protection: the text holds its placeholder"
    for match in _EMAIL_PLACEHOLDER.finditer(doc.text):
        index = doc.line_index(match.start())
        previous, following = doc.texts_around(index)
        # A link's words on a line of its own may be a piece of a sentence broken at the
        # link ("Send your questions to" / "[email protected]" / ". Owing to ..."): the
        # placeholder stays in it, as it would inside one line.
        alone = _EMAIL_PLACEHOLDER_LINE.fullmatch(lines[index].text.strip()) is not None
        if alone and not doc.shows_code and not joined_to_prose(previous, lines[index].text, following):
            yield Finding(match.start(), match.end(), message, Fix.safe("Remove the line", doc.remove_lines(index)))
        else:
            yield Finding(match.start(), match.end(), message)
