"""Boilerplate: page furniture left on lines of its own.

Every rule here judges whole lines. A line counts when it is nothing but a listed phrase
(the phrase files hold them, in many languages), a small edit away from one, or a tight
pattern (a copyright notice, a photo credit, a reading time); the same words inside a
sentence never count. Lines are compared by key: case, punctuation and spacing ignored,
every number read as one placeholder, so "12 Comments" and "Comments (3)" meet the
listed "{n} comments". The keys, the phrase lists and the searches that find a page's
candidate lines are in ``scrapelint.phrases.matching``; the judgements are here.
"""

from __future__ import annotations

import itertools
import operator
import re
import unicodedata
from bisect import bisect_right
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from functools import lru_cache, partial

import regex

from scrapelint import phrases
from scrapelint.diagnostics import Applicability, Edit, Finding, Fix
from scrapelint.document import Document, Line, document_view, find_all, line_starts
from scrapelint.patterns import SubsetPatterns, caseless, lazy, standard
from scrapelint.phrases.matching import (
    EXACT,
    FUZZY,
    MAX_PHRASE_LINE_CHARS,
    TEMPLATE,
    PhraseList,
    count_held,
    family_keys,
    family_needles,
    holds_any,
    is_unspaced,
    key_opening,
    lines_holding,
    lines_opening_with,
    lines_with_edge_word,
    matching_lines,
    matching_positions,
    phrase_key,
    phrase_list,
    short_lines,
)
from scrapelint.predicates import (
    LETTER_OR_NUMBER,
    MIN_PROSE_LINE_WORDS,
    MIN_RUNNING_WORDS,
    PATTERN_SPACE,
    ends_sentence,
    ends_sentence_or_label,
    ends_with_colon,
    ends_statement,
    has_words,
    introduced_by_colon,
    is_bare_figure,
    is_list_item,
    is_running_text,
    joined_to_prose,
    normalize_line,
    opens_in_lower_case,
    opens_with_sentence_mark,
    sentence_or_label_end,
    words,
)
from scrapelint.records import NamedTuple
from scrapelint.rules.base import Category, FixAvailability, Options, rule

PHRASE_OPTIONS = {"extend-phrases": (), "extend-phrases-file": None}
MAX_NOTICE_WORDS = 80
MAX_NOTICE_CHARS = 800
"""Longer lines are never a banner, a prompt or a notice: they are prose."""
MAX_COOKIE_BANNER_WORDS = 130
MAX_COOKIE_BANNER_CHARS = 1000
"""A cookie banner's text may run longer: a consent dialog's overview is a paragraph."""

# A line's first mark has a word after it whenever any of its marks has: looking only
# there keeps a line full of marks from being scanned once for each of them.
_INNER_PUNCTUATION = lazy(r"^[^.:;!?。：；！？\n]*+[.:;!?。：；！？].*\w", regex.M)
_UPPER_OR_DIGIT_START = lazy(r"^\W*[\p{Lu}\p{Lt}\p{Lo}\p{N}]")


def _extension(options: Options) -> tuple[str, ...]:
    """The phrases a user adds from configuration: option values and a phrase file."""
    added = options.get("extend-phrases") or ()
    listed = (added,) if isinstance(added, str) else tuple(added)
    path = options.get("extend-phrases-file")
    if path:
        listed += _phrase_file(str(path))
    return listed


@lru_cache(maxsize=32)
def _phrase_file(path: str) -> tuple[str, ...]:
    with open(path, encoding="utf-8") as file:
        return tuple(phrases.parse(file.read()))


# -- lines ---------------------------------------------------------------------------


def _inside_sentence(doc: Document, line: Line) -> bool:
    """Whether ``line`` is a piece of a sentence that runs on from the line before it.

    Hard-wrapped prose breaks lines anywhere, and converters that put each link on a line
    of its own wedge a line between two halves of a sentence ("The\nAssociated
    Press\nreports that …"). The line before then stops on a word no sentence ends on,
    or the line after goes on with punctuation, or both edges fall in lower case.

    A line for which this holds is not flagged at all. ``joined_to_prose`` (see ``_joined``)
    asks a looser question of a line that is flagged: whether it may be such a piece, in
    which case its removal is only an unsafe fix. The two share their parts but not their
    conditions, and one in place of the other changes the findings on many real pages.
    """
    lines = doc.lines
    if line.index == 0:
        return False
    previous = lines[line.index - 1].text.rstrip()
    if not previous or ends_sentence_or_label(previous):
        return False
    following = lines[line.index + 1].text.lstrip() if line.index + 1 < len(lines) else ""
    return (
        _ends_open(previous)
        or opens_with_sentence_mark(following)
        or opens_in_lower_case(line.text) and opens_in_lower_case(following)
    )


def _joined(doc: Document, line: Line) -> bool:
    """Whether ``line`` may be a piece of a sentence broken at a link (see ``joined_to_prose``)."""
    previous, following = doc.texts_around(line.index)
    return joined_to_prose(previous, line.text, following)


def _borders_prose(doc: Document, line: Line) -> bool:
    """Whether the nearest line above or below ``line`` (across one blank line) is article prose."""
    lines = doc.lines
    for step in (-1, 1):
        index = line.index + step
        if 0 <= index < len(lines) and lines[index].is_blank:
            index += step
        if 0 <= index < len(lines) and is_running_text(lines[index].text):
            return True
    return False


def standalone_phrase_lines(
    doc: Document, family: str, extra: tuple[str, ...] = (), *, templates: bool = False
) -> Iterator[tuple[Line, str]]:
    """Each line that is nothing but one phrase of ``family``, with how it matched."""
    listed = phrase_list(family, extra, templates)
    for line, _, kind in matching_lines(doc, listed):
        # A wildcard stands for a name or a section, never for a clause of a sentence.
        if kind and (kind != TEMPLATE or not _INNER_PUNCTUATION.search(line.text.strip())):
            if not _inside_sentence(doc, line):
                yield line, kind


def _is_short_prose(text: str, max_words: int = MAX_NOTICE_WORDS, max_chars: int = MAX_NOTICE_CHARS) -> bool:
    """Whether ``text`` is short enough to be a banner, a prompt or a notice."""
    return len(text) <= max_chars and not has_words(text, max_words + 1)


def _near(first: int, second: int, doc: Document) -> bool:
    """Whether two lines are neighbours: adjacent, or with only one blank line between them."""
    low, high = sorted((first, second))
    return high - low == 1 or high - low == 2 and doc.lines[low + 1].is_blank


def _is_one_word(key: str) -> bool:
    return " " not in key and not (is_unspaced(key) and len(key) >= 4)


def _removal(doc: Document, first: Line, last: Line, message: str, applicability: Applicability, action: str) -> Finding:
    fix = Fix((doc.remove_lines(first.index, last.index),), applicability, action)
    return Finding(first.start, last.end, message, fix)


SHOWN_LINES = 4
"""A message quotes this many lines of a run it reports."""


def _first_lines_shown(lines: Sequence[Line]) -> str:
    """The first lines of a run, stripped, as a message quotes them ("Facebook, Twitter, …")."""
    shown = ", ".join(line.text.strip() for line in lines[:SHOWN_LINES])
    return shown + ", …" if len(lines) > SHOWN_LINES else shown


def _line_removal(doc: Document, line: Line, message: str, safe: bool = True) -> Finding:
    applicability = Applicability.SAFE if safe else Applicability.UNSAFE
    return _removal(doc, line, line, f"{message}: {line.text.strip()!r}", applicability, "Remove the line")


# -- comment forms --------------------------------------------------------------------


@rule(
    code="B001",
    name="comment-form",
    category=Category.BOILERPLATE,
    summary="Comment-form prompt left on a line of its own",
    fix=FixAvailability.ALWAYS,
    applicability=Applicability.SAFE,
    options=PHRASE_OPTIONS,
)
def comment_form(doc: Document, options: Options) -> Iterator[Finding]:
    """## What it flags
    A line that holds nothing but a comment-form prompt or one of the form's fixed
    strings: "Leave a Reply", "Leave a comment", "Cancel reply", "Your email address will
    not be published. Required fields are marked *", "Save my name, email, and website in
    this browser for the next time I comment", in 20 languages (the phrase files
    `comment-form.*.txt`), including misspellings and machine-translation variants within
    a small edit distance ("Leave a Replay"). The same words inside a sentence are never
    flagged.

    Option `extend-phrases` (default empty) adds phrases, matched like the listed ones;
    `extend-phrases-file` names a file of them, one a line.

    ## Why it matters
    Blog and news templates put a comment form under every article; scrapers keep its
    heading and labels. They are not part of the article, and in a training corpus they
    become some of the most repeated lines of all.

    ## Example
    ```text
    The two sides agreed to remain in close contact.

    Leave a Replay
    ```

    A string that a converter broke at the form's mark for required fields goes with
    the mark and the rest of its sentence ("Erforderliche Felder sind mit" / "*" /
    "markiert"), and one that the form follows with links in brackets, one a line, goes
    with them ("You are commenting using your Google account." / "(" / "Log Out" / "/" /
    "Change" / ")").

    ## Fix safety
    Safe: the line holds only the prompt, so removing it (with one adjacent blank line)
    removes no article text.
    """
    for line, _ in standalone_phrase_lines(doc, "comment-form", _extension(options)):
        last = _bracketed_links_end(doc, _required_mark_end(doc, line))
        message = f"Comment-form boilerplate: {line.text.strip()!r}"
        yield _removal(doc, line, last, message, Applicability.SAFE, "Remove the line" if last is line else "Remove the lines")


def _required_mark_end(doc: Document, line: Line) -> Line:
    """The last line of a comment form's string that breaks off on ``line`` at the mark
    for required fields, which the converter put on a line of its own: the mark, and
    under it the piece in lower case that ends the sentence, if any ("Erforderliche
    Felder sind mit" / "*" / "markiert"). ``line`` itself when no mark follows it."""
    if ends_sentence(line.text.rstrip()):
        return line
    following = doc.nonblank_lines_after(line.index, 2)
    if not following or following[0].text.strip() not in _REQUIRED_MARKS or not _near(line.index, following[0].index, doc):
        return line
    mark = following[0]
    if len(following) == 2 and _near(mark.index, following[1].index, doc):
        piece = following[1].text.strip()
        if opens_in_lower_case(piece) and not has_words(piece, MAX_CLAUSE_PIECE_WORDS + 1):
            return following[1]
    return mark


MAX_BRACKETED_LINKS_LINES = 7
"""The lines of a comment form's links in brackets, from "(" to ")": "(" / "Log Out" / "/" /
"Change" / ")" is five."""
MAX_BRACKETED_LINK_WORDS = 2


def _bracketed_links_end(doc: Document, line: Line) -> Line:
    """The last line of the links in brackets that a comment form prints right under
    ``line``, one a line ("You are commenting using your Google account." / "(" / "Log
    Out" / "/" / "Change" / ")"): the closing bracket, when every line from the opening
    one holds ``MAX_BRACKETED_LINK_WORDS`` words at most. ``line`` itself when no such
    group follows it."""
    group = doc.nonblank_lines_after(line.index, MAX_BRACKETED_LINKS_LINES)
    if not group or group[0].text.strip() != "(" or not _near(line.index, group[0].index, doc):
        return line
    above = group[0]
    for member in group[1:]:
        text = member.text.strip()
        if not _near(above.index, member.index, doc) or has_words(text, MAX_BRACKETED_LINK_WORDS + 1):
            return line
        if text == ")":
            return member
        above = member
    return line


# -- share bars -----------------------------------------------------------------------


_CLICK_TO_TWEET = lazy(r"(?<=[.!?…\"'”’])[ \t]*click[ \t]+to[ \t]+tweet[ \t]*$", regex.I | regex.M)


@rule(
    code="B002",
    name="share-bar",
    category=Category.BOILERPLATE,
    summary="Share-button labels left as lines",
    fix=FixAvailability.ALWAYS,
    applicability=Applicability.SAFE,
    options=PHRASE_OPTIONS,
)
def share_bar(doc: Document, options: Options) -> Iterator[Finding]:
    """## What it flags
    The labels of social sharing buttons left as lines: "Share this:", "Share on
    Facebook", "Tweet", "Pin it", "Email this", "1.2K shares", in 20 languages (the phrase
    files `share.*.txt`, where `{network}` stands for the name of any network of
    `social-network.mul.txt`: "Share this with Messenger", "Partager sur LinkedIn"), and
    the network names printed next to them ("Facebook", "WhatsApp", "ВКонтакте", "微博").
    A label of one word ("Share", "Print") counts alone where it reads as a button: not
    over a sentence or a paragraph (a heading), not under a line ending with a colon, not
    in a text that shows code (a token of a listing). Network names count only as part of
    a run of such lines that holds a share label. The counts of likes, comments and
    shares printed right above a bar's label, up to three bare numbers ("589" / "149" /
    "94" / "Share"), go with it: more figures in a row are a column of a table. A run of
    three or more different networks with no label (a strip of share or follow icons:
    "Facebook" / "Twitter" / "Instagram", or in lower case) counts too, unless a line
    ending with a colon introduces it ("Her favourite apps:"), a line of prose that does
    not close runs on into it ("I post tools on"), the sentence goes on below it in lower
    case ("and TikTok."), or its names end with commas; one or two networks alone are
    left alone. Also "Click To Tweet" glued to the end of a quoted sentence by
    click-to-tweet plugins.

    Option `extend-phrases` (default empty) adds share labels; `extend-phrases-file`
    names a file of them, one a line.

    ## Why it matters
    Every page of a site carries the same share bar; scraped, it leaves a stack of
    one-word lines around the article that carry no content.

    ## Example
    ```text
    Share this:
    Facebook
    Twitter
    WhatsApp

    The council met on Tuesday.
    ```

    ## Fix safety
    Safe: each line of the bar is only a button label or a network name next to one; the
    fix removes the bar (with one adjacent blank line), and the click-to-tweet fix removes
    only those three words. Unsafe when a line of the bar may be a piece of a sentence
    that the converter broke at a link: it opens in lower case under a line of prose that
    does not close ("and the response might look" over "like this:"), or it runs into a
    line below that goes on in lower case or with closing punctuation. Unsafe as well in
    a text that shows code (a listing, a session at a prompt, code split one token a
    line), where converters break sentences at inline code ("you could implement" / "default()"
    / "like this:"). A strip of icons without a label is removed only as an unsafe fix:
    an article may list the networks it speaks of one a line.
    """
    labels = phrase_list("share", _extension(options))
    networks = phrase_list("social-network").exact
    kinds = matching_positions(doc, labels)
    indices, keys = short_lines(doc)
    positions = sorted({*kinds, *itertools.compress(itertools.count(), map(networks.__contains__, keys))})
    run: list[tuple[Line, str | None]] = []
    for position in positions:
        line, key = doc.lines[indices[position]], keys[position]
        kind = kinds.get(position)
        # Names in lower case one under another ("facebook" / "instagram") are a strip of
        # icons, not the pieces of a sentence; _icon_strip still asks what stands around it.
        if _inside_sentence(doc, line) and not (kind is None and _next_to_network(doc, line, networks)):
            continue
        if run and not _near(run[-1][0].index, line.index, doc):
            yield from _share_run(doc, run)
            run = []
        run.append((line, None if kind is None else key))
    yield from _share_run(doc, run)
    if "weet" in doc.text or "WEET" in doc.text:
        # Only in lines that hold "click": over the whole text, the pattern (opening with a
        # look-behind) is tried at every position.
        for line in lines_holding(doc, ("click",)):
            for match in _CLICK_TO_TWEET.finditer(doc.text, line.start, line.end):
                yield Finding(
                    match.start(),
                    match.end(),
                    "Click-to-tweet label glued to a sentence",
                    Fix.safe("Remove the label", Edit(match.start(), match.end())),
                )


def _next_to_network(doc: Document, line: Line, networks: frozenset[str]) -> bool:
    """Whether the nearest filled line above or below ``line`` is a network's name."""
    around = [*doc.nonblank_lines_before(line.index, 1), *doc.nonblank_lines_after(line.index, 1)]
    return any(phrase_key(neighbour.text) in networks for neighbour in around)


MIN_ICON_STRIP_NETWORKS = 3
"""Different networks that make a run of bare network names a strip of icons."""


def _share_run(doc: Document, run: list[tuple[Line, str | None]]) -> Iterator[Finding]:
    label_keys = [key for _, key in run if key is not None]
    if not label_keys:
        yield from _icon_strip(doc, [line for line, _ in run])
        return
    counters = _counters_above(doc, run[0][0])
    # A one-word label alone ("Share") is a button where counts stand above it, or where it
    # reads as one: not a heading over a paragraph, nor a token of a listing.
    if len(run) < 2 and all(_is_one_word(key) for key in label_keys):
        if doc.shows_code or not (counters or _is_button(doc, run[0][0])):
            return
    first, last = counters[0] if counters else run[0][0], run[-1][0]
    # A label that runs on from a sentence ("might look\nlike this:") may be the sentence's
    # own words; on a page that shows code, a line may be a token of a listing or a
    # sentence broken at inline code ("implement" / "default()" / "like this:").
    safe = not any(_joined(doc, line) for line, _ in run) and not doc.shows_code
    if first is last:
        yield _line_removal(doc, first, "Share-bar label", safe)
        return
    bar = [*counters, *(line for line, _ in run)]
    applicability = Applicability.SAFE if safe else Applicability.UNSAFE
    yield _removal(doc, first, last, f"Share bar of {len(bar)} lines: {_first_lines_shown(bar)}", applicability, "Remove the share bar")


MAX_SHARE_COUNTERS = 3
"""The counts a share bar prints above its label, at most: likes, comments, shares."""
_COUNTER = lazy(r"\d[\d.,]*[KkMm]?")


def _counters_above(doc: Document, label: Line) -> list[Line]:
    """The counts of likes, comments and shares printed right above a share bar's first
    ``label`` ("589" / "149" / "94" / "Share"), in order; none where more figures stand in
    a row (a column of a table)."""
    counters: list[Line] = []
    nearest = label
    for line in doc.nonblank_lines_before(label.index, MAX_SHARE_COUNTERS + 1):
        if not (_COUNTER.fullmatch(line.text.strip()) and _near(line.index, nearest.index, doc)):
            break
        counters.append(line)
        nearest = line
    return [] if len(counters) > MAX_SHARE_COUNTERS else counters[::-1]


def _icon_strip(doc: Document, lines: list[Line]) -> Iterator[Finding]:
    """A run of network names with no share label: a strip of share or follow icons, unless
    a line ending with a colon introduces it as the article's own list, or it ends a
    sentence that names the networks ("I post tools on" / "Instagram" / "Twitter" / …)."""
    keys = {phrase_key(line.text) for line in lines}
    if len(keys) < MIN_ICON_STRIP_NETWORKS or any(line.text.rstrip().endswith((",", ";", "、", "，")) for line in lines):
        return
    nearest = doc.nonblank_lines_before(lines[0].index, 1)
    above = nearest[0].text.rstrip() if nearest else ""
    # A sentence that does not close above the names goes on with them ("I post on" / "Instagram").
    runs_on = not ends_sentence_or_label(above) and (len(above.split()) >= MIN_PROSE_LINE_WORDS or _ends_open(above))
    if ends_with_colon(above) or runs_on or phrase_key(above) in phrase_list("social-network").exact or _joined(doc, lines[0]):
        return
    # Nor may the sentence close below them ("youtube" / "every week, the manager said.").
    below = doc.nonblank_lines_after(lines[-1].index, 1)
    if below and (opens_with_sentence_mark(below[0].text) or opens_in_lower_case(below[0].text) and has_words(below[0].text, 2)):
        return
    yield _removal(doc, lines[0], lines[-1], f"Strip of {len(lines)} network icons: {_first_lines_shown(lines)}", Applicability.UNSAFE, "Remove the icon strip")


# -- newsletter prompts ---------------------------------------------------------------


@rule(
    code="B003",
    name="newsletter-prompt",
    category=Category.BOILERPLATE,
    summary="Newsletter or subscription prompt left as a line",
    fix=FixAvailability.ALWAYS,
    applicability=Applicability.UNSAFE,
    options=PHRASE_OPTIONS,
)
def newsletter_prompt(doc: Document, options: Options) -> Iterator[Finding]:
    """## What it flags
    A line that is a newsletter or subscription prompt: "Subscribe", "Sign up for our
    newsletter", "Enter your email address", "Подпишитесь на рассылку", in 20 languages
    (the phrase files `newsletter.*.txt`); and a short line that opens with such a prompt
    and names a newsletter, an inbox or what it sends (`newsletter-word.*.txt`: "Subscribe
    to the Morning Review newsletter", "Sign up for The Daily today to get the newsletter
    delivered to your inbox", "Subscribe to receive posts by email", "Subscribe to our
    blog"). Also
    the labels of the sign-up form's fields right under a prompt, two at most ("First
    Name" / "Email Address"; the phrase files `form-field.*.txt`).

    Option `extend-phrases` (default empty) adds prompts; `extend-phrases-file` names a
    file of them, one a line.

    ## Why it matters
    Sign-up boxes sit in the middle and at the end of articles; scraped, their text reads
    as if the author had written it, and it repeats across every page of a site.

    ## Example
    ```text
    The board will vote again in March.

    Sign up for our newsletter
    ```

    ## Fix safety
    A line that is exactly a listed prompt (or within a small edit of one) is removed
    safely, unless it may be a piece of a sentence broken at a link ("Sign up today" over
    "to get started!": the line below goes on in lower case; "Keep up with the" over "Daily
    Brief" over "newsletter."), or it ends with "." or "!" right under a paragraph of prose
    that does not name the newsletter, with no blank line between ("... all of that good
    stuff." over "Sign up now!": the paragraph's last sentence, set apart by its link),
    or the text shows code (a listing, a session at a prompt), where the prompt may be a
    form's label in an HTML listing ("Your email address:"): each makes it unsafe. A longer
    line that opens with a prompt is removed only as an unsafe fix: it is almost always
    the sign-up box, but it is a sentence, and a text about newsletters could open a
    sentence the same way. A field's label under a prompt goes as the prompt goes.
    """
    prompts = phrase_list("newsletter", _extension(options))
    flagged: dict[int, bool] = {}  # the prompts' lines, and whether each goes safely
    for line, _, _ in matching_lines(doc, prompts):
        if not _inside_sentence(doc, line):
            safe = flagged[line.index] = not (_joined(doc, line) or _closes_paragraph(doc, line) or doc.shows_code)
            yield _line_removal(doc, line, "Newsletter prompt", safe=safe)
    for line in lines_holding(doc, family_needles("newsletter-word")):
        if line.index not in flagged and not _inside_sentence(doc, line):
            for finding in _prompt_sentences(doc, line, _is_sign_up, prompts, "Newsletter sign-up text"):
                flagged[line.index] = False
                yield finding
    yield from _sign_up_fields(doc, flagged)


MAX_SIGN_UP_FIELDS = 2
"""The fields of a newsletter's sign-up form: a name and an address at most."""


def _sign_up_fields(doc: Document, prompts: dict[int, bool]) -> Iterator[Finding]:
    """The labels of the form's fields right under a newsletter prompt ("Email Address",
    "First Name"; `form-field.*.txt`), as safe to remove as the prompt is."""
    fields = phrase_list("form-field").exact
    for index, safe in prompts.items():
        above = doc.lines[index]
        for line in doc.nonblank_lines_after(index, MAX_SIGN_UP_FIELDS):
            if line.index in prompts or not _near(above.index, line.index, doc) or phrase_key(line.text) not in fields:
                break
            # A sentence broken at a link may go on from the prompt through a word of the list ("Name" / "is …").
            if _joined(doc, line):
                break
            yield _line_removal(doc, line, "Field of a newsletter sign-up form", safe=safe)
            above = line


def _closes_paragraph(doc: Document, line: Line) -> bool:
    """Whether ``line`` ends a sentence ("." or "!") right under a line of prose that does
    not speak of the newsletter, with no blank line between: the last sentence of the
    article's paragraph, put on a line of its own by its link ("… all of that good
    stuff." over "Sign up now!"). A sign-up box's own pitch names the newsletter or the
    inbox ("Get the news straight to your inbox." over "Thank you for subscribing."),
    and a field's placeholder trails off ("Type your email…")."""
    text = line.text.rstrip()
    if line.index == 0 or not text.endswith((".", "!")) or text.endswith(".."):
        return False
    above = doc.lines[line.index - 1].text
    return is_running_text(above) and not holds_any(phrase_key(above), family_keys("newsletter-word"))


# The break between two sentences, from the mark that ends the first: where the next one
# starts is the match's end. The mark opens the match, not a lookbehind, which would be
# tried at every character of the line (twice the time on the lines of the dev pages).
_SENTENCE_BREAK = lazy(r"[.!?…][\"'”’)\]]*\s+(?=[\"'“‘(\[]?[\p{Lu}\p{N}@])")
MAX_PROMPT_WORDS = 40


def _is_sign_up(prompts: PhraseList, key: str, text: str) -> bool:
    """Whether a piece of text opens with a newsletter prompt and names a newsletter or an inbox."""
    # "Newsletter publishers are struggling" opens with a listed word, but not with a prompt.
    topic = family_keys("newsletter-word")
    opening = prompts.opening(key)
    return opening is not None and opening not in topic and holds_any(key, topic)


def _prompt_sentences(
    doc: Document, line: Line, is_prompt: Callable[[PhraseList, str, str], bool], prompts: PhraseList, message: str
) -> Iterator[Finding]:
    """The prompt that a line is, or that its last sentences are, as an unsafe removal (see ``_prompt_start``)."""
    start = _prompt_start(line.text, is_prompt, prompts)
    if start is None:
        return
    if not start:
        yield _line_removal(doc, line, message, safe=False)
        return
    yield _tail_removal(line, start, line, f"{message} at the end of a line", "Remove the prompt")


def _tail_removal(line: Line, start: int, last: Line, message: str, action: str) -> Finding:
    """An unsafe removal from ``start`` in ``line`` (with the spaces before it) to the end
    of ``last``: the sentences before it on the line stay."""
    text = line.text
    cut = len(text[:start].rstrip())
    return Finding(
        line.start + start,
        last.end,
        f"{message}: {text[start:].strip()!r}",
        Fix.unsafe(action, Edit(line.start + cut, last.end)),
    )


@lru_cache(maxsize=8192)
def _prompt_start(text: str, is_prompt: Callable[[PhraseList, str, str], bool], prompts: PhraseList) -> int | None:
    """Where the prompt starts in the line ``text``: 0 when the line is one, the start of the
    run of prompt sentences that ends the line, or None.

    ``is_prompt`` judges a piece of text by ``prompts``, its key and its text. A line that
    opens with a prompt goes whole; otherwise the run of prompt sentences that ends the
    line goes, and the sentences before it stay. Kept for the lines that recur: a site's
    menus and footers name its networks on every page (of the bs4 pages' 1,551 lines that
    name a network, 917 differ).
    """
    if len(text) > MAX_NOTICE_CHARS:
        return None
    # Counted only as far as one word more than a prompt has: most of these lines are prose.
    # A line with fewer words than that is short prose (MAX_PROMPT_WORDS < MAX_NOTICE_WORDS):
    # its words are counted once.
    within_prompt = not has_words(text, MAX_PROMPT_WORDS + 1)
    if not within_prompt and not _is_short_prose(text):
        return None
    if within_prompt and is_prompt(prompts, phrase_key(text), text):
        return 0
    starts = [0] + [match.end() for match in _SENTENCE_BREAK.finditer(text)]
    if len(starts) == 1:  # one sentence is the whole line: no prompt ends it after other sentences
        return None
    tail = None
    for start, end in reversed(list(zip(starts, [*starts[1:], len(text)]))):
        piece = text[start:end]
        if not is_prompt(prompts, phrase_key(piece), piece):
            break
        tail = start
    if not tail or len(words(text[tail:])) > MAX_PROMPT_WORDS:
        return None
    return tail


# -- cookie and consent notices -------------------------------------------------------


@rule(
    code="B004",
    name="cookie-notice",
    category=Category.BOILERPLATE,
    summary="Cookie or consent banner left as a line",
    fix=FixAvailability.ALWAYS,
    applicability=Applicability.UNSAFE,
    options=PHRASE_OPTIONS,
)
def cookie_notice(doc: Document, options: Options) -> Iterator[Finding]:
    """## What it flags
    The text of cookie and consent banners: labels and buttons that stand alone ("Cookie
    policy", "Cookie settings", "Accept all cookies", "Politique de cookies"), and
    banner sentences, recognised by how they begin, by naming cookies and by speaking of
    the site, browsing or consent ("This website uses cookies to improve your
    experience…", "Utilizziamo i cookie per…", "Мы используем файлы cookie…"; a consent
    dialog's descriptions of its kinds of cookies, "Necessary cookies are absolutely
    essential for the website to function properly…", or of its purposes in the
    wording of the law on electronic privacy, "The technical storage or access that is
    used exclusively for statistical purposes."), in 20 languages (the phrase files
    `cookie-notice.*.txt`, `cookie-opener.*.txt` and `cookie-context.*.txt`). A
    sentence that mentions cookies without opening like a banner ("The bakery sold 300
    cookies") is never flagged. Also the consent line of a
    sign-up form or of a site's terms ("By signing up, you agree to our", "Registration
    on or use of this site constitutes acceptance of our"; the phrase files
    `consent-clause.*.txt`, where `*` stands for one to six words), with the links and
    words that the sentence goes on with on lines of their own ("Privacy Policy" /
    "and" / "Terms of Use" / "."), up to the piece in lower case that ends it ("and
    consent to receive emails from us about news and offers."). A consent line next to a
    paragraph of prose is the article's own sentence ("By the end, you agree to nothing."
    in a story) and is left alone. And a sentence that ends by pointing to the site's terms, above the link on a
    line of its own ("See our" / "Privacy Policy" / "."; "This site is protected by
    reCAPTCHA and the Google" / "Privacy Policy" / "and" / "Terms of Service" /
    "apply."; the phrase files `terms-reference.*.txt` and `terms-link.*.txt`), unless
    it goes on after its links ("Be sure to read the" / "privacy policy" / "- that may
    influence what you upload"): only that sentence, not the others on its line.

    And a consent dialog's table of the cookies the site sets, one cell a line: three
    column headings or more, one naming cookies ("Cookie" / "Duration" / "Description",
    "Cookie" / "Dauer" / "Beschreibung"; `cookie-column.*.txt`), then rows of a name,
    a duration and a description ("_ga" / "1 year" / "Google Analytics sets this cookie
    to…"), from the category's label printed twice above it ("Necessary" / "Necessary")
    to the last cell. One cookie at least must be named as code names it ("_ga",
    "OAGEO"): an article's table ("Period" / "Duration" / "Description") names no
    cookie, and a baker's ("Cookie" / "Type" / "Description") names them in words.

    Option `extend-phrases` (default empty) adds labels; `extend-phrases-file` names a
    file of them, one a line.

    ## Why it matters
    Consent banners are on every page of a site, so the same paragraph lands in every
    scraped article, ahead of or after the text.

    ## Example
    ```text
    This website uses cookies to improve your experience. We'll assume you're ok with this, but you can opt-out if you wish.
    The festival opens on Friday.
    ```

    ## Fix safety
    A line that is exactly a listed label is removed safely. A banner sentence, a
    consent line, a pointer to the terms and a table of cookies are removed only as an
    unsafe fix: a privacy policy or an article about consent banners may quote one.
    """
    columns = phrase_list("cookie-column").exact
    flagged: set[int] = set()
    table_headings: list[Line] = []
    notices = list(_cookie_notices(doc, _extension(options), columns, table_headings, flagged))
    tables = list(_cookie_tables(doc, table_headings, columns, flagged))
    # A table's finding takes the banner sentences and labels among its cells.
    for notice in notices:
        if not any(table.start <= notice.start and notice.end <= table.end for table in tables):
            yield notice
    yield from tables


def _cookie_notices(
    doc: Document, extension: tuple[str, ...], columns: frozenset[str], table_headings: list[Line], flagged: set[int]
) -> Iterator[Finding]:
    """The labels, banner sentences, consent lines and pointers to the terms of
    ``cookie-notice``, their lines added to ``flagged``; the lines that may head a table of
    cookies (a column heading that names cookies) added to ``table_headings``."""
    labels = phrase_list("cookie-notice", extension)
    openers = _cookie_openers()
    context = family_keys("cookie-context")
    for line, _, _ in matching_lines(doc, labels):
        if not _inside_sentence(doc, line):
            flagged.add(line.index)
            yield _line_removal(doc, line, "Cookie-banner label")
    for line in lines_holding(doc, family_needles("cookie-word")):
        if phrase_key(line.text) in columns:
            table_headings.append(line)
            continue
        # A consent dialog's overview runs longer than other notices ("This website uses
        # cookies to improve your experience while you navigate through the website. Out of
        # these, …": 95 words).
        if line.index not in flagged and _is_short_prose(line.text, MAX_COOKIE_BANNER_WORDS, MAX_COOKIE_BANNER_CHARS):
            key = phrase_key(line.text)
            if key.replace(" ", "").startswith(openers) and holds_any(key, context) and not _inside_sentence(doc, line):
                flagged.add(line.index)
                yield _line_removal(doc, line, "Cookie-banner text", safe=False)
    clauses = phrase_list("consent-clause", templates=True)
    for line in lines_holding(doc, family_needles("consent-word")):
        if line.index in flagged or not _is_short_prose(line.text) or _inside_sentence(doc, line) or _borders_prose(doc, line):
            continue
        if clauses.match(phrase_key(line.text)) is not None:
            last = _consent_clause_end(doc, line, closing_prose=True)
            flagged.update(range(line.index, last.index + 1))
            yield _removal(doc, line, last, "Consent line of a form or of the site's terms", Applicability.UNSAFE, "Remove the consent line")
    yield from _pointers_to_terms(doc, flagged)


MIN_COOKIE_COLUMNS = 3
MAX_COOKIE_NAME_CHARS = 80
MAX_COOKIE_CATEGORY_WORDS = 4
MAX_COOKIE_DURATION_WORDS = 8
"""The most words of a cookie's duration: "1 year 1 month 4 days" is six."""
MIN_COOKIE_DESCRIPTION_WORDS = 4


def _cookie_tables(doc: Document, headings: list[Line], columns: frozenset[str], flagged: set[int]) -> Iterator[Finding]:
    """The tables of a consent dialog that list the cookies a site sets, one cell a line
    ("Cookie" / "Duration" / "Description", then "_ga" / "1 year 1 month" / "Google
    Analytics sets this cookie to…"): from the categories' labels above the first row of
    column headings (each printed twice: "Necessary" / "Necessary") to the last cell. The
    headings are ``MIN_COOKIE_COLUMNS`` lines or more in a row, one of them naming cookies
    (``headings``): an article's own table ("Period" / "Duration" / "Dates") names none.
    And one cookie at least has a name no word has ("_ga", "OAGEO", "cookie_notice_v2"): a
    baker's table of cookies ("Cookie" / "Type" / "Description") names its cookies in words.
    The lines ``flagged`` already (the banner sentences that describe a cookie or a
    category) are cells too."""
    done = -1
    for heading in headings:
        if heading.index <= done:
            continue
        header = _column_run(doc, heading, columns)
        if len(header) < MIN_COOKIE_COLUMNS:
            continue
        cells, names = _cookie_rows(doc, header[-1], columns, flagged)
        # The headings among these cells would read a part of the same rows again: a text of
        # many such tables, none of them of cookies, took time with the square of its length.
        done = (cells or header)[-1].index
        if not any(map(_is_cookie_identifier, names)):
            continue
        table = [*_category_labels_above(doc, header[0], flagged), *header, *cells]
        columns_shown = ", ".join(line.text.strip() for line in header)
        yield _removal(
            doc, table[0], table[-1], f"Table of the cookies the site sets, under {columns_shown!r}",
            Applicability.UNSAFE, "Remove the table",
        )


def _column_run(doc: Document, heading: Line, columns: frozenset[str]) -> list[Line]:
    """The run of column headings that ``heading`` stands in: the non-blank lines next to
    each other whose keys are ``columns``."""
    lines = doc.lines
    first = last = heading.index
    while first > 0 and phrase_key(lines[first - 1].text) in columns:
        first -= 1
    while last + 1 < len(lines) and phrase_key(lines[last + 1].text) in columns:
        last += 1
    return lines[first:last + 1]


def _category_labels_above(doc: Document, header: Line, flagged: set[int]) -> list[Line]:
    """The lines right above a cookie table's headings that belong to its category: the
    category's label printed twice ("Necessary" / "Necessary", a toggle and its caption),
    with the lines already ``flagged`` below it ("Always Enabled", the category's
    description). Flagged lines above the label are the dialog's, not the table's."""
    passed: list[Line] = []
    above = doc.nonblank_lines_before(header.index, 2)
    while above and above[0].index in flagged:
        passed.insert(0, above[0])
        above = doc.nonblank_lines_before(above[0].index, 2)
    if len(above) == 2 and _is_category_pair(above[1], above[0]):
        return [above[1], above[0], *passed]
    return []


def _is_category_pair(first: Line, second: Line) -> bool:
    """Whether two lines are a consent category's label printed twice ("Analytics" / "Analytics")."""
    text = first.text.strip()
    return text == second.text.strip() and not has_words(text, MAX_COOKIE_CATEGORY_WORDS + 1) and not ends_sentence(text)


def _cookie_rows(doc: Document, header: Line, columns: frozenset[str], flagged: set[int]) -> tuple[list[Line], list[str]]:
    """The cells below a cookie table's last heading, one a line, up to the first line that
    is none: a row is a cookie's name (one word without spaces, "_ga_*",
    "cookielawinfo-checkbox-analytics"), then its duration (a few words, one a number, or a
    single word: "1 year 24 days", "session"), then a description of four words or more,
    either of the last two missing. Rows of headings, a category's label printed twice and
    lines already ``flagged`` stand between the rows of a dialog's tables. The cells,
    and the cookies' names."""
    lines = doc.lines
    taken: list[Line] = []
    names: list[str] = []
    cell = "name"
    index = header.index + 1
    while index < len(lines):
        line = lines[index]
        text = line.text.strip()
        if not text:
            index += 1
            continue
        if index in flagged:
            cell = "name"
        elif phrase_key(text) in columns and len(_column_run(doc, line, columns)) >= MIN_COOKIE_COLUMNS:
            cell = "name"
        elif (following := doc.nonblank_lines_after(index, 1)) and _is_category_pair(line, following[0]):
            taken.append(line)
            line = following[0]
            index = line.index
            cell = "name"
        elif cell in ("name", "description") and _is_cookie_name(text):
            names.append(text)
            cell = "duration"
        elif cell == "duration" and _is_cookie_duration(text):
            cell = "description"
        elif cell in ("duration", "description") and has_words(text, MIN_COOKIE_DESCRIPTION_WORDS):
            cell = "name"
        else:
            break
        taken.append(line)
        index += 1
    # Flagged lines after the last cell are the dialog's buttons, not the table's.
    while taken and taken[-1].index in flagged:
        taken.pop()
    return taken, names


def _is_cookie_name(text: str) -> bool:
    return len(text) <= MAX_COOKIE_NAME_CHARS and len(text.split()) == 1 and not ends_sentence_or_label(text)


MIN_UPPER_CASE_COOKIE_NAME = 4


def _is_cookie_identifier(name: str) -> bool:
    """Whether a cookie's name is no word: it holds an underscore or a digit, or it is a
    word of four capitals or more ("OAGEO")."""
    return "_" in name or any(map(str.isdigit, name)) or len(name) >= MIN_UPPER_CASE_COOKIE_NAME and name.isupper()


def _is_cookie_duration(text: str) -> bool:
    return len(text.split()) == 1 or any(map(str.isdigit, text)) and not has_words(text, MAX_COOKIE_DURATION_WORDS + 1)


def _pointers_to_terms(doc: Document, flagged: set[int]) -> Iterator[Finding]:
    """The sentences that end by pointing to the site's terms, on the line above the link
    that a converter put on a line of its own ("… We will never share your information.
    See our" / "Privacy Policy" / "."), with the pieces that close them. A sentence that
    goes on in prose after its link ("Be sure to read the" / "privacy policy" / "- that
    may influence what you upload") is the article's own."""
    lines = doc.lines
    endings, longest = _terms_reference_endings()
    for link, _, _ in matching_lines(doc, phrase_list("terms-link")):
        if link.index == 0 or link.index - 1 in flagged:
            continue
        line = lines[link.index - 1]
        text = line.text.rstrip()
        if not text or ends_sentence_or_label(text) or not _is_short_prose(text):
            continue
        start = _last_sentence_start(text)
        split = phrase_key(text[start:]).split()
        if not any(" ".join(split[-count:]) in endings for count in range(2, min(len(split), longest) + 1)):
            continue
        last = _consent_clause_end(doc, line)
        if last.index < link.index or _sentence_goes_on(doc, last):
            continue
        flagged.update(range(line.index, last.index + 1))
        message = "Sentence pointing to the site's terms"
        if not start:
            yield _removal(doc, line, last, message, Applicability.UNSAFE, "Remove the sentence and its links")
            continue
        # The sentences before it on the line may be the article's: they stay.
        yield _tail_removal(line, start, last, message, "Remove the sentence and its links")


@lru_cache(maxsize=1)
def _terms_reference_endings() -> tuple[frozenset[str], int]:
    """The keys of the endings that point to the terms, and the most words one has."""
    keys = family_keys("terms-reference")
    return frozenset(keys), max(len(key.split()) for key in keys)


def _last_sentence_start(text: str) -> int:
    starts = [match.end() for match in _SENTENCE_BREAK.finditer(text)]
    return starts[-1] if starts else 0


def _sentence_goes_on(doc: Document, last: Line) -> bool:
    """Whether the sentence that ``last`` does not end goes on below it: the next line
    opens in lower case or with a mark that continues a sentence. Not a period: it
    closes the sentence (". Wikipedia® is a registered trademark …" under "Privacy
    Policy")."""
    if ends_sentence(last.text.rstrip()) or last.index + 1 >= len(doc.lines):
        return False
    following = doc.lines[last.index + 1].text.lstrip()
    return bool(following) and (opens_in_lower_case(following) or following[:1] in ",;:)")


@lru_cache(maxsize=1)
def _cookie_openers() -> tuple[str, ...]:
    """The keys that open a banner sentence, without their spaces (compared with a line's key
    without its own): made once, not at each text's check."""
    return tuple(key.replace(" ", "") for key in family_keys("cookie-opener"))


MAX_CLAUSE_PIECES = 6
MAX_CLAUSE_PIECE_WORDS = 3
MAX_CLAUSE_CLOSING_WORDS = 25
"""The most words of a piece in lower case that ends a form's consent sentence below its links."""


def _consent_clause_end(doc: Document, line: Line, *, closing_prose: bool = False) -> Line:
    """The last line of the consent sentence that opens on ``line``: a converter puts each
    of its links on a line of its own ("… acceptance of our" / "User Agreement" / "and" /
    "Privacy Policy"). It goes on over links of the site's footer, short pieces in lower
    case ("and", "or") and punctuation, and ends on the piece that closes it. With
    ``closing_prose``, for a sentence that is a form's from its first words, that piece
    may also be a longer one in lower case (``MAX_CLAUSE_CLOSING_WORDS`` words at most)
    that ends the sentence ("and consent to receive emails from us."); a sentence that
    only ends by pointing to the terms may go on as the article's ("… read the" /
    "privacy policy" / "- that may influence what you upload")."""
    last = line
    lines = doc.lines
    for index in range(line.index + 1, min(len(lines), line.index + 1 + MAX_CLAUSE_PIECES)):
        if ends_sentence(last.text.rstrip()):
            break
        text = lines[index].text.strip()
        key = phrase_key(text)
        piece = not key or _is_other_furniture(key) or key in _terms_links() or opens_in_lower_case(text) and (
            len(words(text)) <= MAX_CLAUSE_PIECE_WORDS or closing_prose and ends_sentence(text) and not has_words(text, MAX_CLAUSE_CLOSING_WORDS + 1)
        )
        if not piece:
            break
        last = lines[index]
    return last


@lru_cache(maxsize=1)
def _terms_links() -> frozenset[str]:
    return phrase_list("terms-link").exact


# -- copyright footers ----------------------------------------------------------------


_COPYRIGHT_START = lazy(r"^[\W_]{0,3}?(?:(?P<symbol>©|ⓒ|℗|\(c\)|&copy;)|(?P<word>copyright\b|copr\.))", regex.I)
_AFTER_COPYRIGHT_WORD = lazy(r"^\W*(?:©|ⓒ|\(c\)|(?:1[89]|20)\d\d\b)", regex.I)
_COPYRIGHT_MARKS = ("©", "ⓒ", "℗", "(c)", "&copy;", "copyright", "copr.")
_YEAR = lazy(r"(?<!\d)(?:1[89]|20)\d\d(?!\d)")
MAX_FOOTER_WORDS = 30
MIN_FOOTER_SENTENCE_WORDS = 6
"""Below a copyright notice, a sentence of this many words is prose, not the footer's."""
_LINK_DEFINITION = lazy(r"^ {0,3}\[[^\]\n]+\]:")


@rule(
    code="B005",
    name="copyright-footer",
    category=Category.BOILERPLATE,
    summary="Copyright or all-rights-reserved footer left as a line",
    fix=FixAvailability.ALWAYS,
    applicability=Applicability.UNSAFE,
    options=PHRASE_OPTIONS,
)
def copyright_footer(doc: Document, options: Options) -> Iterator[Finding]:
    """## What it flags
    A short line that is a site's copyright footer: it starts with `©`, `ⓒ` or `(c)`
    and carries a year, the word "copyright" or a rights notice ("© 2024 Example Media.
    All rights reserved."); it starts with "Copyright" followed by the symbol or a year
    ("Copyright 2019 Hearst"); or it starts or ends with an all-rights-reserved notice in
    one of 20 languages ("Tous droits réservés", "Все права защищены", "무단전재 및
    재배포 금지"; the phrase files `rights-reserved.*.txt`). A sentence about copyright
    ("Copyright law changed in 1998.") and a bare credit such as "© Jane Doe" are left
    alone. A mark on a line of its own counts with the line below it, where a page
    printed the year and the owner as spans of their own ("©" / "2025 Slate. All Rights
    Reserved."; "©" / "2025", the two lines removed together).

    The lines below a notice that ends the text's prose are the rest of the page's footer
    ("Privacy" / "Terms" / "Sitemap") and are reported with it, as one removal. They are
    not when a sentence, a line of a dozen words or more, or a Markdown link or footnote
    definition follows the notice, or when they outnumber the lines above it (a poem under
    its credit line).

    Option `extend-phrases` (default empty) adds rights notices; `extend-phrases-file`
    names a file of them, one a line.

    ## Why it matters
    The footer of every page ends up under every scraped article; in a corpus it is one
    of the most repeated lines, and it asserts a copyright that is not the article's text.

    ## Example
    ```text
    The museum reopens in May.

    © 2019 Hearst Communications, Inc. All Rights Reserved.
    Privacy Policy · Terms of Use
    ```

    ## Fix safety
    Unsafe: the line is a rights notice, not prose, but wire stories carry their agency's
    notice as part of the syndicated text ("© 2019 Associated Press. All Rights
    Reserved. This material may not be published ..."), and annotators of article bodies
    keep it. Whether it belongs to the article is the user's call.
    """
    extra = _extension(options)
    rights = family_keys("rights-reserved", extra)
    candidates = {line.index: line for line in lines_holding(doc, _COPYRIGHT_MARKS)}
    candidates.update((line.index, line) for line in lines_holding(doc, family_needles("rights-reserved", extra)))
    lines = doc.lines
    taken = -1
    last_prose: int | None = None
    for index in sorted(candidates):
        line = candidates[index]
        text = line.text.strip()
        if index <= taken or len(text) > 200 or len(words(text)) > MAX_FOOTER_WORDS:
            continue
        if _is_copyright_notice(text, rights):
            if _inside_sentence(doc, line):
                continue
            taken, notice = index, repr(text)
        elif text.casefold() in _COPYRIGHT_MARKS and index + 1 < len(lines):
            # The mark on a line of its own, the year and the owner on the next: a footer
            # whose parts are each a span of their own ("©" / "2025" / "Vox Media").
            joined = f"{text} {lines[index + 1].text.strip()}"
            if (
                len(joined) > 200 or has_words(joined, MAX_FOOTER_WORDS + 1)
                or not _is_copyright_notice(joined, rights) or _inside_sentence(doc, line)
            ):
                continue
            taken, notice = index + 1, repr(joined)
        else:
            continue
        if last_prose is None:
            last_prose = _last_prose_line(doc)
        below = _footer_below(doc, line, lines[taken]) if last_prose <= taken else []
        if below:
            # One removal with the notice: the footer below is recognised by the notice above it.
            yield _removal(
                doc, line, below[-1], f"Copyright footer: {notice}, and the footer below it ({_first_lines_shown(below)})",
                Applicability.UNSAFE, "Remove the lines",
            )
            return
        action = "Remove the line" if taken == index else "Remove the lines"
        yield _removal(doc, line, lines[taken], f"Copyright footer: {notice}", Applicability.UNSAFE, action)


def _last_prose_line(doc: Document) -> int:
    """The index of the text's last line that a site's footer does not hold (-1 for none):
    a sentence, a line of a dozen words or more, or a Markdown link or footnote definition,
    which the text above refers to."""
    for line in reversed(doc.lines):
        text = line.text.strip()
        if has_words(text, MIN_RUNNING_WORDS) or is_running_text(text, MIN_FOOTER_SENTENCE_WORDS) or _LINK_DEFINITION.match(text):
            return line.index
    return -1


def _footer_below(doc: Document, first: Line, last: Line) -> list[Line]:
    """The lines with text below a copyright notice (``first`` to ``last``) that ends the
    text's prose, when there are no more of them than lines with text above it: a notice
    near the top of a text of short lines (a poem's) is not the page's footer."""
    lines = doc.lines
    below = [line for line in lines[last.index + 1:] if not line.is_blank]
    above = sum(1 for line in lines[:first.index] if not line.is_blank)
    return below if len(below) <= above else []


def _is_copyright_notice(text: str, rights: tuple[str, ...]) -> bool:
    key = phrase_key(text)
    has_rights = key.startswith(rights) or key.endswith(rights)
    start = _COPYRIGHT_START.match(text)
    if start is None:
        return has_rights
    if start["symbol"]:
        return has_rights or _YEAR.search(text) is not None or "copyright" in key
    after = text[start.end():]
    return (
        has_rights
        or _AFTER_COPYRIGHT_WORD.match(after) is not None
        or len(words(text)) <= 10 and _YEAR.search(after) is not None and not ends_sentence(text)
    )


# -- related-article lists ------------------------------------------------------------


@rule(
    code="B006",
    name="related-heading",
    category=Category.BOILERPLATE,
    summary="Heading of a related-articles or read-more list left as a line",
    fix=FixAvailability.ALWAYS,
    applicability=Applicability.SAFE,
    options=PHRASE_OPTIONS,
)
def related_heading(doc: Document, options: Options) -> Iterator[Finding]:
    """## What it flags
    A line that is the heading of a list of other articles: "Related", "Related posts",
    "You may also like", "Read more:", "Continue reading", "Most read in world news",
    "Popular on Example", "Читайте также", "Leia também", "関連記事", in 20 languages (the
    phrase files `related.*.txt`, where `*` stands for one to six words, such as a
    section or a site name).

    Option `extend-phrases` (default empty) adds headings (with `*` wildcards);
    `extend-phrases-file` names a file of them, one a line.

    ## Why it matters
    Recommendation widgets sit inside and under articles; their headings survive even
    good extractors and break the article's flow.

    ## Example
    ```text
    The simulation ran for more than a year.
    Most read in world news
    Authorities instituted a quarantine.
    ```

    A heading with titles listed under it is B007's (related-links): removing the
    heading alone would leave the titles to read as article text.

    ## Fix safety
    Safe: the line is only the widget's heading, and no list of titles follows it.
    Unsafe where the heading may be the article's own: when the nearest line above or
    below it is a paragraph of prose (an author's "Related articles" section, a "Read
    more" link inside the text), when it ends with a colon and a line follows that it may
    introduce ("Read also:" over a title), when it may be a piece of a sentence broken
    at a link, and when the line under it is such a piece ("We recommend" over "tipping
    movers" over "about 15% of the bill."): it introduces prose, not a list of titles.
    """
    for line, items in _related_headings(doc, _extension(options)):
        if not items:
            yield _line_removal(doc, line, "Related-articles heading", safe=not _heading_may_belong(doc, line))


def _heading_may_belong(doc: Document, line: Line) -> bool:
    """Whether a related-list heading may be the article's own: it borders article prose
    (an author's "Related articles" section, a "Read more" link inside the text), it
    introduces a line below it with a colon ("Read also:" over a title the list did not
    take), or it or the line under it is a piece of a sentence broken at a link."""
    if _introduces_line_below(doc, line) or _borders_prose(doc, line) or _joined(doc, line):
        return True
    # A list of titles does not open with a piece of a sentence ("We recommend" over
    # "tipping movers" over "about 15% of the bill."): the heading introduces prose.
    below = doc.nonblank_lines_after(line.index, 1)
    return bool(below) and _joined(doc, below[0])


def _introduces_line_below(doc: Document, line: Line, below_qualifies: Callable[[str], bool] | None = None) -> bool:
    """Whether ``line`` ends with a colon, Markdown emphasis aside ("**Read also:**"), over
    a non-blank line (one that ``below_qualifies``, when given): a label that introduces
    that line, which may then be the article's."""
    if not ends_with_colon(line.text):
        return False
    below = doc.nonblank_lines_after(line.index, 1)
    return bool(below) and (below_qualifies is None or below_qualifies(below[0].text))


# Runs of spaces are taken whole (possessive) and the title ends on a non-space: a long
# run of spaces split between adjacent quantifiers takes quadratic time.
_TEASER = lazy(
    r"^[\s\p{Pd}*•·>#]*+[\[(]?\s*+(?P<label>[^\s:：|\[\]()][^:：|\[\]()]{0,40}?)\s*+[:：|]\s*+"
    r"(?P<title>\S.*?)(?<!\s)\s*+[\])]?\s*+$"
)
_BULLETS = "-*+•·◦▪▸►‣"
_LIST_MARKER = lazy(rf"\s*(?:[{regex.escape(_BULLETS)}]|\d{{1,3}}[.)])\s+")


def _without_list_marker(text: str) -> str:
    # Most lines open with an ASCII letter, which opens no marker: no pattern is needed.
    first = text[:1]
    if first.isascii() and first.isalpha():
        return text
    # Nor for a bullet and the spaces after it, the marker of most items (the pattern's
    # compile costs a commit hook 2.2M instructions).
    stripped = text.lstrip(PATTERN_SPACE)
    bullet, after = stripped[:1], stripped[1:2]
    if bullet and after and bullet in _BULLETS and after in PATTERN_SPACE:
        return stripped[1:].lstrip(PATTERN_SPACE)
    # A match and a slice: a substitution builds its result in Python code of the pattern
    # package, several times slower on the menus' thousands of short lines.
    marker = _LIST_MARKER.match(text)
    return text[marker.end():] if marker else text

MAX_TITLE_WORDS = 20
MAX_LIST_ITEMS = 12


@rule(
    code="B007",
    name="related-links",
    category=Category.BOILERPLATE,
    summary="Titles of related articles left in the text",
    fix=FixAvailability.ALWAYS,
    applicability=Applicability.UNSAFE,
    options=PHRASE_OPTIONS,
)
def related_links(doc: Document, options: Options) -> Iterator[Finding]:
    """## What it flags
    Links to other articles that recommendation widgets leave in the text: a line that
    is a related-list label, a colon and a title ("Related: The 15 Weirdest Galaxies in
    Our Universe", "Read more: Tencent profit falls", "[Related: …]", "Leia também: …"),
    and a related-list heading such as "You may also like" (see B006) together with the
    run of two or more title-like lines right under it (short, one sentence at most, not
    ending like a sentence, in the same case); under a heading that ends with a colon
    ("Related post:"), one title is enough. A title-like line that a paragraph follows
    (after the first title) is the article's own next section heading: the list ends
    above it, and one title is then enough. Also a list without a heading at the end of
    the text (at most two lines follow it), right after a paragraph that ends with a
    sentence: two or more list items in title case, every longer word capitalised ("-
    15 Amazing Images of Stars", "- The 11 Biggest Unanswered Questions About Dark
    Matter"), the way widgets print headlines; an article's own closing list is written
    in sentence case, or introduced by a colon.

    Options `extend-phrases` and `extend-phrases-file` add labels, as for B006.

    ## Why it matters
    The titles belong to other articles. Left in, they put unrelated sentences in the
    middle of a text and mislead summarisers and classifiers.

    ## Example
    ```text
    You may also like...
    Who will make the Rock Hall in 2020?
    Dave Matthews Band takes over Rock Hall Fan Vote
    ```

    ## Fix safety
    Unsafe: a title is not a listed phrase, and a line that reads like a title under a
    heading could be the article's own next subheading. The fix removes the heading
    with its titles, so that no title is left to read as article text.
    """
    extra = _extension(options)
    labels = phrase_list("related", extra, templates=True)
    for line in lines_opening_with(doc, "related", extra):
        text = line.text
        # A teaser has a colon or a bar after its label: a line without one needs no pattern
        # (compiling it cost a commit hook 4M instructions), nor a look at the lines around.
        if len(text) > 300 or not (":" in text or "：" in text or "|" in text) or _inside_sentence(doc, line):
            continue
        teaser = _TEASER.match(text)
        if teaser and labels.match(phrase_key(teaser["label"])) == EXACT and _reads_as_title(teaser["title"]):
            yield _line_removal(doc, line, "Related-article link", safe=False)
    for heading, items in _related_headings(doc, extra):
        if items:
            yield _removal(
                doc,
                heading,
                items[-1],
                f"Related-articles list: {heading.text.strip()!r} and {len(items)} titles",
                Applicability.UNSAFE,
                "Remove the heading and the titles",
            )
    closing = _closing_headline_list(doc)
    if closing:
        yield _removal(
            doc,
            closing[0],
            closing[-1],
            f"List of {len(closing)} headlines closing the text: {closing[0].text.strip()!r}, …",
            Applicability.UNSAFE,
            "Remove the headlines",
        )


MIN_TITLE_CASE_WORDS = 3
MAX_LINES_AFTER_LIST = 2


def _closing_headline_list(doc: Document) -> list[Line]:
    """The run of list items in title case that follows a paragraph near the end of the text.

    At most ``MAX_LINES_AFTER_LIST`` short lines (an editor's note, a credit) may follow it.
    """
    # Read from the end, as far as the list goes: not every line of the text.
    filled = (line for line in reversed(doc.lines) if not line.is_blank)
    last_lines = list(itertools.islice(filled, MAX_LINES_AFTER_LIST + 1))
    end = next((position for position, line in enumerate(last_lines) if is_list_item(line.text)), None)
    if end is None:
        return []
    items: list[Line] = []
    above = None
    for line in itertools.chain(last_lines[end:], filled):
        if not is_list_item(line.text):
            above = line
            break
        items.append(line)
    if len(items) < 2 or above is None or not ends_sentence(above.text):
        return []
    items.reverse()
    for line in items:
        text = _without_list_marker(line.text)
        if not _reads_as_title(text) or not _in_title_case(text):
            return []
    return items


def _in_title_case(text: str) -> bool:
    """Whether every longer word is capitalised, as in English headlines."""
    longer = [word for word in words(text) if len(word) >= NAME_WORD_CHARS]
    return len(longer) >= MIN_TITLE_CASE_WORDS and all(word[0].isupper() or word[0].isdigit() for word in longer)


@document_view
def _related_headings(doc: Document, extra: tuple[str, ...]) -> list[tuple[Line, list[Line]]]:
    """Each line that is a related-articles heading, with the titles it lists (see
    ``_related_list``). Kept on the document: related-heading and
    related-links both read them."""
    headings = phrase_list("related", extra, templates=True)
    return [(line, _related_list(doc, line, headings)) for line, _ in standalone_phrase_lines(doc, "related", extra, templates=True)]


def _related_list(doc: Document, heading: Line, headings: PhraseList) -> list[Line]:
    """The titles listed under a related-articles heading; none when it heads no list.

    Two titles make a list; under a heading that ends with a colon, or when the article
    resumes right under the title with a heading of its own, one is enough. None when a
    heading without a colon stands again right under them: a card's button, printed under
    each card.
    """
    items, resumed = _title_lines_after(doc, heading, headings)
    introduces = ends_with_colon(heading.text)
    if len(items) < (1 if resumed or introduces else 2):
        return []
    # The same line again right under the titles is the button under each card of a list
    # ("Title" / "Source" / "Read More", card after card), not a heading over them; a label
    # with a colon introduces each of a run of teasers ("Related article:" / title).
    below = doc.nonblank_lines_after(items[-1].index, 1)
    if not introduces and below and phrase_key(below[0].text) == phrase_key(heading.text):
        return []
    return items


def _reads_as_title(text: str) -> bool:
    stripped = text.strip()
    if stripped.startswith(("http://", "https://", "www.")):
        return True
    count = len(words(stripped))
    return (
        0 < count <= MAX_TITLE_WORDS
        and len(stripped) <= 200
        and _UPPER_OR_DIGIT_START.match(stripped) is not None
        and not (stripped.endswith(".") and not stripped.endswith(("...", "…")))
        and not stripped.endswith((":", ","))
    )


def _title_lines_after(doc: Document, heading: Line, headings: PhraseList) -> tuple[list[Line], bool]:
    """The title-like lines right under ``heading`` (list items, or lines of a block), and
    whether the article resumes right under them with a section heading of its own: a
    title-like line that a paragraph of prose follows.
    """
    items: list[Line] = []
    index = heading.index + 1
    if index < len(doc.lines) and doc.lines[index].is_blank:
        index += 1
    while index < len(doc.lines) and len(items) < MAX_LIST_ITEMS:
        line = doc.lines[index]
        if line.is_blank:
            following = index + 1 < len(doc.lines) and doc.lines[index + 1]
            if not (items and following and is_list_item(following.text) and is_list_item(items[-1].text)):
                break
            index += 1
            continue
        text = _without_list_marker(line.text)
        following = doc.lines[index + 1] if index + 1 < len(doc.lines) else None
        if (
            not _reads_as_title(text)
            or _SENTENCE_BREAK.search(text)
            or items and text.isupper() != _without_list_marker(items[0].text).isupper()
            or _ends_open(text)
            or following is not None and opens_in_lower_case(following.text)
            or headings.match(phrase_key(text))
            or _is_other_furniture(phrase_key(text))
            or _is_dated_label(phrase_key(text), text, (), _date_words())
        ):
            break
        if items and following is not None and _is_paragraph(following.text):
            return items, True
        items.append(line)
        index += 1
    return items, False


# Families of page furniture that end a list of titles: the widget is over.
_FURNITURE_FAMILIES = (
    "advertisement", "navigation", "site-links", "share", "social-network", "newsletter", "comment-form",
    "comment-section", "follow-us", "cookie-notice",
)


def _is_other_furniture(key: str) -> bool:
    """Whether ``key`` is a phrase of one of ``_FURNITURE_FAMILIES`` (what ``match`` calls EXACT)."""
    return key in _furniture_keys()


@lru_cache(maxsize=1)
def _furniture_keys() -> frozenset[str]:
    return frozenset().union(*(phrase_list(family).exact for family in _FURNITURE_FAMILIES))


def _ends_open(text: str) -> bool:
    """Whether ``text`` stops on a word that no heading ends on ("the", "of"): a line cut mid-sentence."""
    split = text.rsplit(None, 1)
    return bool(split) and split[-1].strip(_EDGE_MARKS).casefold() in _never_final_words()


_EDGE_MARKS = ",;—–-(\"'“”‘’«»"


@lru_cache(maxsize=1)
def _never_final_words() -> frozenset[str]:
    return frozenset(word.casefold() for word in phrases.load("never-final-words"))


# -- advertisement labels -------------------------------------------------------------


@rule(
    code="B008",
    name="advertisement-label",
    category=Category.BOILERPLATE,
    summary="Advertisement or sponsorship label left as a line",
    fix=FixAvailability.ALWAYS,
    applicability=Applicability.SAFE,
    options=PHRASE_OPTIONS,
)
def advertisement_label(doc: Document, options: Options) -> Iterator[Finding]:
    """## What it flags
    A line that is an ad slot's label: "Advertisement", "ADVERTISEMENT", "Sponsored
    content", "Story continues below advertisement", "Anzeige", "Publicité", "Реклама",
    "广告", "광고", "إعلان", in 20 languages (the phrase files `advertisement.*.txt`).

    Option `extend-phrases` (default empty) adds labels; `extend-phrases-file` names a
    file of them, one a line.

    ## Why it matters
    The ad itself is gone but its label stays, often several times in one article,
    splitting paragraphs apart.

    ## Example
    ```text
    The vote is expected on Thursday.

    ADVERTISEMENT

    Lawmakers have until Friday to agree.
    ```

    ## Fix safety
    Safe: the line is only the label. Unsafe where the label may be a word of the
    article: a piece of a sentence broken at a link, a label whose value goes on the line
    below (": Facebook Ads are highly customizable"), and a label with a colon over a line
    of five words or more ("Ads:" over a sentence about ad options). Unsafe too in a text
    that shows code (a listing, a session at a prompt), where "AD" may be a line of a
    program's output ("AA", "AB", "AC", "AD" printed by a combinations function).
    """
    for line, _ in standalone_phrase_lines(doc, "advertisement", _extension(options)):
        yield _line_removal(doc, line, "Advertisement label", safe=not _label_may_belong(doc, line) and not doc.shows_code)


def _label_may_belong(doc: Document, line: Line) -> bool:
    """Whether an ad label may be a word of the article: a piece of a sentence broken at a
    link, its value on the line below ("Ads" over ": Facebook Ads are highly
    customizable"), or a label with a colon over a line of prose ("Ads:" over "Switching
    to a business account gives you ad options.")."""
    return _joined(doc, line) or _introduces_line_below(doc, line, lambda below: has_words(below, MIN_PROSE_LINE_WORDS))


# -- navigation -----------------------------------------------------------------------


@rule(
    code="B009",
    name="navigation",
    category=Category.BOILERPLATE,
    summary="Navigation or site-chrome link left as a line",
    fix=FixAvailability.ALWAYS,
    applicability=Applicability.SAFE,
    options=PHRASE_OPTIONS,
)
def navigation(doc: Document, options: Options) -> Iterator[Finding]:
    """## What it flags
    A line that is a link of the site's chrome: skip links, back-to-top links, menu
    toggles and post-to-post links ("Skip to content", "Back to top", "Toggle
    navigation", "Previous post", "Zum Inhalt springen", "Перейти к содержимому", "본문
    바로가기"; the phrase files `navigation.*.txt`), and account and footer links ("Sign
    in", "Privacy policy", "Terms of use", "Contact us", "Impressum"; `site-links.*.txt`),
    in 20 languages. A footer link also counts alone where it reads as nothing but a link
    (nor a heading, nor a piece of a sentence, nor an item under a colon; see the buttons
    below): "Contact us" or "Sign in" over a paragraph is a heading of a how-to. Any other
    one-word link counts only next to another navigation line.

    Also the buttons of cards, offers and forms ("Learn more", "View all", "Get a demo",
    "En savoir plus", "Mehr erfahren"; `call-to-action.*.txt`): next to another
    navigation line, or where the page repeats the same button (under each card of a
    grid). Not a button: a line that ends with a colon or stands under one ("Case
    studies:" over "View all"), a line that the line below goes on from in lower case
    ("Learn more" over "about how we help."), and a line over a sentence or a paragraph,
    which is a heading ("Donate" over how to give things away).

    And the labels of a site's menus ("Home", "Blog", "Privacy", "Careers", "Sports";
    `menu-label.*.txt`) in a run of three navigation lines or more: one label alone, or
    two, may be a heading, and a list under a line that ends with a colon
    ("Sections:") is the article's.

    And the button that closes a dialog, a banner or a menu, or folds a text, alone on its
    line ("Close", "CLOSE", "Schließen", "Закрыть", "閉じる", "Read less", "收起";
    `close-button.*.txt`):
    not in lower case or marked up (an API's "close" event, "`close`"), nor where it may
    open a sentence broken at a link ("Close" over "friends came."), nor in a text that
    shows code, nor within six lines of a figure on a line of its own ("Open" / "High" /
    "Low" / "Close" over the prices of a table).

    And the buttons of forms, menus and widgets, alone on their line where they read as
    a button, with the close button's conditions ("Back", "More", "Menu", "Search",
    "Submit", "Cancel", "Accept", "Download", "Copied!", "Abbrechen", "Поиск", "検索";
    `widget-button.*.txt`; a pager's links are left to `pager-links`): not over a
    sentence, a label or a paragraph, nor under a line that ends with a colon ("More"
    over the paragraph it heads), nor between two single words that are no navigation
    lines (an article's "Chest" / "Back" / "Legs").

    And links printed with no space between them, as some converters print a bar of
    links ("SubscribeSign in", "Privacy PolicyTerms of Use"): a line that, cut where a
    lower-case letter meets a capital (ASCII letters), is two links or more of the lists
    above or of the home, share, pager, comment-section and follow-us lists
    (`home-link`, `share`, `pager-link`, `comment-section`, `follow-us`: "CommentsRestacks",
    "PreviousNext"), in a text that prints other links on lines of their own.

    Option `extend-phrases` (default empty) adds links that count on their own;
    `extend-phrases-file` names a file of them, one a line.

    ## Why it matters
    Menus, skip links and footer links are on every page; they say nothing about the
    article and repeat across a whole corpus.

    ## Example
    ```text
    Skip to content
    Council approves new budget
    ```

    ## Fix safety
    Safe: the line is only the link's or the button's text. Annotators of a product
    tour may keep its buttons ("Try it now", "Learn more") as part of the page.
    """
    chrome = {line.index: line for line, _ in standalone_phrase_lines(doc, "navigation", _extension(options))}
    footer = {line.index: line for line, _ in standalone_phrase_lines(doc, "site-links")}
    buttons = {line.index: line for line, _ in standalone_phrase_lines(doc, "call-to-action") if _is_button(doc, line)}
    labels = _menu_label_lines(doc)
    closers = {line.index: line for line, _ in standalone_phrase_lines(doc, "close-button") if _is_control(doc, line)}
    links = {**chrome, **footer, **labels, **closers}
    widgets = {
        line.index: line for line, _ in standalone_phrase_lines(doc, "widget-button")
        if _is_control(doc, line) and _is_button(doc, line) and not _among_words(doc, line, links)
    }
    # A page whose links are glued together prints other links on lines of their own: a
    # text without any (a commit hook's article) is not searched for them.
    has_links = bool(chrome or footer or buttons or labels or closers or widgets)
    if labels:
        labels = _labels_in_menus(doc, labels, {**buttons, **footer, **chrome, **closers, **widgets})
    # A card grid repeats its button under each card; a heading of a how-to stands once.
    repeated = {key for key, count in Counter(phrase_key(line.text) for line in buttons.values()).items() if count > 1}
    navigation_lines = {**labels, **buttons, **footer, **chrome, **closers, **widgets}
    for index, line in sorted(navigation_lines.items()):
        key = phrase_key(line.text)
        is_button = not any(index in listed for listed in (chrome, footer, labels, closers, widgets))
        counts_alone = key in repeated if is_button else any(index in listed for listed in (labels, closers, widgets)) or (
            _reads_as_link(line.text) and _is_button(doc, line) if index in footer else not _is_one_word(key)
        )
        if counts_alone or any(
            other in navigation_lines or _is_furniture_line(doc, other) for other in _neighbours(doc, index)
        ):
            if index in closers:
                message = "Button that closes a dialog, a menu or a folded text"
            elif index in widgets:
                message = "Button of a form, a menu or a widget"
            else:
                message = "Button of the site's cards or offers" if is_button else "Navigation link"
            yield _line_removal(doc, line, message)
    for line in _glued_links(doc, _extension(options)) if has_links else ():
        yield _line_removal(doc, line, "Navigation links printed without a space between them")


def _is_control(doc: Document, line: Line) -> bool:
    """Whether a line that is a control's words ("Close", "Search") is the control alone:
    it reads as a link and does not open in lower case (an API's "close" event), it is no
    piece of a sentence broken at a link, the text shows no code, and no figure stands
    near it (a price table's "Close")."""
    return (
        _reads_as_link(line.text) and not opens_in_lower_case(line.text)
        and not (_joined(doc, line) or _among_figures(doc, line) or doc.shows_code)
    )


def _among_words(doc: Document, line: Line, navigation_lines: dict[int, Line]) -> bool:
    """Whether the lines next to ``line`` above and below (across one blank line) are single
    words that are no navigation lines: ``line`` is an item of the article's list of
    things ("Chest" / "Back" / "Legs")."""
    neighbours = _neighbours(doc, line.index)
    return len(neighbours) == 2 and all(
        index not in navigation_lines and _is_one_word(phrase_key(doc.lines[index].text)) for index in neighbours
    )


CLOSING_PRICE_LINES = 6
"""Non-blank lines above and below a "Close" line read for a figure: a table of prices
prints its column headings ("Open", "High", "Low", "Close", "Volume") over its rows."""


def _among_figures(doc: Document, line: Line) -> bool:
    """Whether a figure stands on a line of its own within ``CLOSING_PRICE_LINES``
    non-blank lines of ``line``: a cell of a table, not a button."""
    near = doc.nonblank_lines_before(line.index, CLOSING_PRICE_LINES) + doc.nonblank_lines_after(line.index, CLOSING_PRICE_LINES)
    return any(is_bare_figure(other.text.strip()) for other in near)


@document_view
def _menu_label_lines(doc: Document) -> dict[int, Line]:
    """The lines that are a menu label and nothing else, by index: read by `navigation`
    and `breadcrumb-trail` alike, worked out once for a text."""
    return {line.index: line for line, _ in standalone_phrase_lines(doc, "menu-label")}


GLUED_LINK_FAMILIES = (
    "navigation", "site-links", "call-to-action", "menu-label", "home-link", "share", "pager-link", "comment-section", "follow-us",
)
"""The phrase lists whose links a bar printed with no space between them may hold."""


_BULLET_MARKS = "*+-•·>"


def _glued_links(doc: Document, extension: tuple[str, ...]) -> Iterator[Line]:
    """The lines of two links or more printed with no space between them, as some
    converters print a bar of links ("SubscribeSign in", "Privacy PolicyTerms of Use"):
    cut where a lower-case letter meets a capital, each piece is a link of
    ``GLUED_LINK_FAMILIES``. ASCII letters only: a name in camel case ("iPhone",
    "YouTube") is cut too, but its pieces are no links."""
    # Only the short lines are read, joined: a bar is one, and they hold a third of a
    # page's text (the whole text took twice the time).
    indices, _ = short_lines(doc)
    texts = list(map(doc.line_texts.__getitem__, indices))
    starts = line_starts(texts)
    glue = _glue_points()
    for position in sorted({bisect_right(starts, point.start()) - 1 for point in glue.finditer("\n".join(texts))}):
        # A bullet may open the bar ("* SubscribeSign in"): stripped as marks, not by the
        # list markers' pattern, which a commit hook would compile for a line of prose.
        text = texts[position].strip().lstrip(_BULLET_MARKS).lstrip()
        cuts = [0, *(point.start() + 1 for point in glue.finditer(text)), len(text)]
        if all(_is_link(phrase_key(text[start:end]), extension) for start, end in itertools.pairwise(cuts)):
            yield doc.lines[indices[position]]


def _is_link(key: str, extension: tuple[str, ...]) -> bool:
    """Whether ``key`` is a link of one of ``GLUED_LINK_FAMILIES``."""
    # Each list looked up on its own: the rules have built them, where their union would be
    # built for this alone.
    return any(key in phrase_list(family, extension if family == "navigation" else ()).exact for family in GLUED_LINK_FAMILIES)


@lru_cache(maxsize=1)
def _glue_points() -> re.Pattern[str]:
    """Where two links meet with no space: a lower-case letter, then a capital (the
    standard library's engine reads a text for it four times as fast as ``regex``)."""
    return re.compile("[a-z][A-Z]")


MIN_MENU_LABEL_RUN = 3
"""A menu label ("Home", "Privacy") counts in a run of this many navigation lines."""


def _labels_in_menus(doc: Document, labels: dict[int, Line], others: dict[int, Line]) -> dict[int, Line]:
    """The menu labels that stand in a run of ``MIN_MENU_LABEL_RUN`` different navigation
    lines or more (each next to the one before it, across at most one blank line), the run
    not introduced by a line that ends with a colon ("Sections:" over "Politics",
    "Business", "Sports": a list of the article's). A label printed three times is not a
    menu: a reference's heading, setting and title ("Search" / "search" / "Search")."""
    lines = doc.lines
    kept: dict[int, Line] = {}
    run: list[int] = []
    for index in [*sorted({**labels, **others}), len(lines) + 2]:
        if run and _near(run[-1], index, doc):
            run.append(index)
            continue
        if len(run) >= MIN_MENU_LABEL_RUN and len({phrase_key(lines[member].text) for member in run}) >= MIN_MENU_LABEL_RUN:
            if not introduced_by_colon(doc, run[0]):
                kept.update((member, labels[member]) for member in run if member in labels)
        run = [index]
    return kept


def _is_button(doc: Document, line: Line) -> bool:
    """Whether a line that reads like a button ("Learn more", "Get started") or a footer
    link is one: not a link inside a sentence ("Learn more" over "about how we help.";
    "Case studies:" over "View all" over "case studies"), nor a label or a heading
    ("Learn more:"; "Donate" over a paragraph of how to give things away; "Get started"
    over "Quick introductions for each background.")."""
    if ends_with_colon(line.text) or _joined(doc, line) or introduced_by_colon(doc, line.index):
        return False
    below = doc.nonblank_lines_after(line.index, 1)
    if not below:
        return True
    text = below[0].text
    return not (opens_in_lower_case(text) or ends_sentence_or_label(text.rstrip()) or is_running_text(text))


def _reads_as_link(text: str) -> bool:
    """Whether a line reads as nothing but a link's text, or a list item of one: it opens
    with a letter or a digit ("← You are here" goes on from an item of a list, "## Privacy"
    is a heading), holds no underscore (an identifier of code: "contact_us") and does not
    end with a period ("Contact us." is a sentence)."""
    stripped = _without_list_marker(text.strip())
    return stripped[:1].isalnum() and "_" not in stripped and not stripped.endswith((".", "。"))


def _neighbours(doc: Document, index: int) -> list[int]:
    """The non-blank lines next to a line, across at most one blank line."""
    found = []
    for step in (-1, 1):
        other = index + step
        if 0 <= other < len(doc.lines) and doc.lines[other].is_blank:
            other += step
        if 0 <= other < len(doc.lines) and not doc.lines[other].is_blank:
            found.append(other)
    return found


def _is_furniture_line(doc: Document, index: int) -> bool:
    text = doc.lines[index].text
    return len(text.strip()) <= MAX_PHRASE_LINE_CHARS and _is_other_furniture(phrase_key(text))


# -- photo credits and captions -------------------------------------------------------


MAX_CREDIT_WORDS = 8
MAX_CAPTION_WORDS = 40


@rule(
    code="B010",
    name="photo-credit",
    category=Category.BOILERPLATE,
    summary="Photo credit or image caption left as a line",
    fix=FixAvailability.ALWAYS,
    applicability=Applicability.UNSAFE,
    options=PHRASE_OPTIONS,
)
def photo_credit(doc: Document, options: Options) -> Iterator[Finding]:
    """## What it flags
    A line that is a picture's credit or caption rather than article text:
    - a credit label, a colon and a name ("Photo: Jane Doe/Reuters", "(Image credit: All
      About Space)", "Фото: ТАСС", "Photo by John Smith"; labels of two words or more need
      no colon), labels in 20 languages (the phrase files `photo-credit.*.txt`);
    - a line that is only agency credits ("AFP/Getty Images", "(AP Photo/Evan Vucci)",
      "NASA/JPL-Caltech"; agencies in `photo-agency.mul.txt`);
    - a caption label followed by a caption ("Image: The rocket on the launch pad",
      "Image caption Julian Assange in court"; `photo-caption.*.txt`).
    A label with nothing after it ("Photo:") and "Source: …" lines are left alone.

    Option `extend-phrases` (default empty) adds credit labels; `extend-phrases-file`
    names a file of them, one a line.

    ## Why it matters
    The picture is gone; its credit and caption stay behind as lines that break the text
    and add names that have nothing to do with the article.

    ## Example
    ```text
    Photo: Jane Doe/Reuters
    Protesters gathered outside parliament on Monday.
    ```

    A line in lower case among the keys of a configuration file ("image: mailhog/mailhog"
    under "mail:") is a setting, not a credit, and is left alone.

    ## Fix safety
    Unsafe, for credits and captions alike. A credit is not prose, but annotators of
    article bodies keep credit lines such as "(Image credit: NASA)" with the picture's
    place in the text, and a caption describes the picture in sentences an editor may
    want to keep.
    """
    extra = _extension(options)
    candidates = {line.index: line for line in lines_opening_with(doc, "photo-credit", extra)}
    candidates.update((line.index, line) for line in lines_opening_with(doc, "photo-caption"))
    candidates.update((line.index, line) for line in lines_holding(doc, _agency_needles()))
    if not candidates:  # the usual clean text: compile nothing
        return
    pattern = _credit_pattern(extra)
    credit_labels, caption_labels, agencies = _credit_key_sets(extra)
    for index in sorted(candidates):
        line = candidates[index]
        text = line.text.strip()
        if len(text) > 300 or len(words(text)) > MAX_CAPTION_WORDS + 3:
            continue
        what = _credit_kind(text, pattern, credit_labels, caption_labels, agencies)
        # Asked last: it reads the lines around, and most candidates (lines with a "/") are no credit.
        if what and not _inside_sentence(doc, line) and not _among_config_keys(doc, line):
            yield _line_removal(doc, line, what, safe=False)


_CONFIG_KEY = lazy(r"[a-z_][\w.-]*:(?:\s|$)")


def _among_config_keys(doc: Document, line: Line) -> bool:
    """Whether ``line`` opens in lower case next to a line that opens with a key of a
    configuration file ("image: mailhog/mailhog" under "mail:" in a Compose file): a
    setting, not a picture's credit."""
    return line.text.lstrip()[:1].islower() and any(_CONFIG_KEY.match(doc.lines[index].text.strip()) for index in _neighbours(doc, line.index))


def _credit_kind(
    text: str, pattern: _CreditLabels, credit_labels: frozenset[str], caption_labels: frozenset[str], agencies: frozenset[str]
) -> str | None:
    """What the line ``text`` (stripped) is: "Photo credit", "Image caption", or None."""
    labelled = pattern.match(text)
    if labelled:
        written, colon, rest = labelled
        label = phrase_key(written)
        if colon or " " in label:
            if label in credit_labels and _reads_as_credit(rest):
                return "Photo credit"
            if label in caption_labels and len(words(rest)) <= MAX_CAPTION_WORDS:
                return "Image caption"
    return "Photo credit" if _is_agency_credit(text, agencies) else None


@lru_cache(maxsize=1)
def _agency_needles() -> tuple[str, ...]:
    """What a line with an agency's credit holds: a "/" between names, or an agency's name."""
    return ("/", *family_needles("photo-agency", shortest=5))


@lru_cache(maxsize=None)
def _credit_key_sets(extra: tuple[str, ...]) -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """The keys of credit labels (with ``extra``), of caption labels and of agencies, as
    sets made once: a page's check reads them, and ``_agency_affixes`` is looked up by the
    agencies' set, whose hash a new set would compute again."""
    return frozenset(family_keys("photo-credit", extra)), frozenset(family_keys("photo-caption")), frozenset(family_keys("photo-agency"))


# What may stand before a label: spaces, list marks and dashes, an opening bracket.
_LABEL_LEAD = lazy(r"[^\S\n]*+(?P<marks>[*•·>#\p{Pd}]*)[^\S\n]*+(?P<bracket>[(\[]?)[^\S\n]*+")
# What follows a label: the end of its word, a colon perhaps, and some more. Runs of spaces
# are taken whole and the rest ends on a non-space, as in _TEASER.
_LABEL_TAIL = lazy(
    r"(?![\p{L}\p{M}])\.?[^\S\n]*+(?P<colon>[:：])?[^\S\n]*+(?P<rest>[^\s:：].*?)(?<!\s)[^\S\n]*+[)\]]?[^\S\n]*+$", regex.M
)


class _CreditLabels:
    """Matches a line that opens with one of the credit and caption labels, tried in their
    order, and holds some more: as one pattern of the lead, the labels and the tail would.

    That pattern cost a process that checks the bs4 folder 10 to 20 ms of compiles (a
    millisecond of each for the lead and the tail), paid again by each worker. Here the
    lead and the tail are compiled once, and a label only when a line's words may hold
    it, each in a pattern of its own: a fifth of a millisecond, for the 20 labels that
    the folder's lines open with ("Photo", "Image"), 5 ms in all.
    """

    def __init__(self, labels: tuple[str, ...]) -> None:
        # Each label's place in the order, the label and its words (caseless), by its first word.
        self._by_opening: dict[str, list[tuple[int, str, tuple[str, ...]]]] = {}
        for place, label in enumerate(labels):
            label_words = tuple(map(caseless, label.split()))
            self._by_opening.setdefault(label_words[0], []).append((place, label, label_words))
        self._any_opening = tuple(self._by_opening)
        by_initial: dict[str, list[str]] = {}
        for opening in self._any_opening:
            by_initial.setdefault(opening[:1], []).append(opening)
        self._by_initial = {initial: tuple(openings) for initial, openings in by_initial.items()}
        self._longest = max(map(len, self._any_opening))

    def match(self, text: str) -> tuple[str, str | None, str] | None:
        """The label as written, the colon after it if any, and the rest of the line."""
        openings_at = self._openings_at(text)
        if not openings_at:
            return None
        folded = None
        for start in _label_starts(text):
            openings = openings_at.get(start)
            if not openings:
                continue
            for _, label, label_words in sorted(itertools.chain.from_iterable(map(self._by_opening.__getitem__, openings))):
                # A label's other words are each where the pattern of the label matches them, case aside.
                if len(label_words) > 1:
                    folded = caseless(text) if folded is None else folded
                    if not all(map(folded.__contains__, label_words[1:])):
                        continue
                written = _label_words(label).match(text, start)
                tail = written and _LABEL_TAIL.match(text, written.end())
                if tail:
                    return written[0], tail["colon"], tail["rest"]
        return None

    def _openings_at(self, text: str) -> dict[int, set[str]]:
        """The labels' first words, caseless, that may open a label in ``text``, by where.

        The label comes after marks and spaces only, none of them a letter or a digit;
        where a ``regex`` pattern matches a word ignoring case, the text's ``caseless``
        from there opens with the word's.
        """
        found: dict[int, set[str]] = {}
        start = 0
        while True:
            # The tail from ``start`` as far as the longest first word reaches, unless a
            # letter that case folding drops (a combining dot) shortened it.
            rest = caseless(text[start:start + self._longest])
            if len(rest) < self._longest:
                rest = caseless(text[start:])
            if rest.startswith(self._any_opening):
                near = self._by_initial.get(rest[:1], ()) + self._by_initial.get("", ())
                found[start] = {opening for opening in near if rest.startswith(opening)}
            if start == len(text) or text[start].isalnum():
                return found
            start += 1


def _label_starts(text: str) -> list[int]:
    """Where a label may start in ``text``, in the order that the pattern of the lead, the
    labels and the tail tries them when it backtracks: after the whole lead, then before
    its bracket, then after fewer and fewer of its marks."""
    # A line that opens with a letter or a digit has no lead (most lines): no match is needed.
    if text[:1].isalnum():
        return [0]
    lead = _LABEL_LEAD.match(text)
    starts = [lead.end()]
    if lead["bracket"]:
        starts.append(lead.start("bracket"))
    starts.extend(range(lead.end("marks") - 1, lead.start("marks") - 1, -1))
    return starts


@lru_cache(maxsize=None)
def _label_words(label: str) -> regex.Pattern[str]:
    """The words of ``label``, case ignored, with any run of spaces between them."""
    return regex.compile("(?i:" + r"\s+".join(regex.escape(word) for word in label.split()) + ")")


@lru_cache(maxsize=None)
def _credit_pattern(extra: tuple[str, ...]) -> _CreditLabels:
    return _CreditLabels(tuple(sorted({*phrases.load("photo-credit"), *phrases.load("photo-caption"), *extra}, key=len, reverse=True)))


def _name_like(text: str) -> bool:
    """Words of a name or an organisation: capitalised, apart from short particles ("via", "de")."""
    listed = words(text)
    if is_unspaced(text):
        return len(text) <= 20
    return bool(listed) and all(word[0].isupper() or word[0].isdigit() or len(word) <= 3 for word in listed)


def _reads_as_credit(text: str) -> bool:
    stripped = text.strip()
    if len(words(stripped)) > MAX_CREDIT_WORDS or len(stripped) > 100:
        return False
    last = stripped.split()[-1] if stripped.split() else ""
    if ends_sentence(stripped) and len(last) > 5:
        return False
    return _name_like(stripped)


def _is_agency_credit(text: str, agencies: frozenset[str]) -> bool:
    stripped = text.strip(" ()[]")
    if not stripped or len(words(stripped)) > MAX_CREDIT_WORDS or ends_sentence(stripped):
        return False
    parts = [part.strip() for part in stripped.split("/")]
    if not all(parts) or not all(_name_like(part) for part in parts):
        return False
    keys = [phrase_key(part) for part in parts]
    openings, endings, via_endings = _agency_affixes(agencies)
    if len(keys) == 1:
        # One part is a credit only as a whole agency name or "X via Agency": a dateline
        # such as "ST. JOSEPH, Mich. (AP)" also ends with an agency.
        key = keys[0]
        return " " in key and key in agencies or key.endswith(via_endings)
    return any(key in agencies or key.startswith(openings) or key.endswith(endings) for key in keys)


@lru_cache(maxsize=4)
def _agency_affixes(agencies: frozenset[str]) -> tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]:
    """How a key names an agency among other words: it starts with "{agency} ", ends with
    " {agency}", or ends with " via {agency}" (tuples for one str.startswith or str.endswith)."""
    return (
        tuple(f"{agency} " for agency in agencies),
        tuple(f" {agency}" for agency in agencies),
        tuple(f" via {agency}" for agency in agencies),
    )


# -- follow-us and app prompts --------------------------------------------------------


@rule(
    code="B011",
    name="follow-prompt",
    category=Category.BOILERPLATE,
    summary="Follow-us, social-media or app-store prompt left as a line",
    fix=FixAvailability.ALWAYS,
    applicability=Applicability.UNSAFE,
    options=PHRASE_OPTIONS,
)
def follow_prompt(doc: Document, options: Options) -> Iterator[Finding]:
    """## What it flags
    A line that asks readers to follow the site or get its app: "Follow us on Twitter",
    "Like us on Facebook", "Get it on Google Play", "Click here to get the Example News
    app", "Síguenos en Facebook", "Подписывайтесь на нас", in 20 languages (the phrase
    files `follow-us.*.txt`, where `*` stands for one to six words); and a line that opens
    with such a prompt and names a network, an @handle or an app ("Follow us on Twitter
    @example and on Facebook.", "Follow the Opinion section on Facebook and Instagram.").
    Prompts of that second kind that name three different accounts or more, none of them
    speaking as the site or to the reader ("Follow Roxane Gay on social media: Twitter,
    Facebook, Goodreads", one under each book club of a list), are the article's list of
    accounts and are left alone; "Follow Example News on Facebook", "… on Twitter", "… on
    Instagram" name one account.

    Option `extend-phrases` (default empty) adds prompts (with `*` wildcards);
    `extend-phrases-file` names a file of them, one a line.

    ## Why it matters
    Social and app prompts close thousands of articles with the same words; they are
    the publisher's marketing, not the article.

    ## Example
    ```text
    The launch is planned for 2024.
    Follow us on Twitter @example and on Facebook.
    ```

    ## Fix safety
    A line that is exactly a listed prompt is removed safely, unless it may be a piece of
    a sentence broken at a link ("feel free to" over "connect with us.") or the nearest
    line above or below it is a paragraph of prose (the article's own "Stay Connected"
    section over its text), which makes it unsafe. A line that only starts like one, or
    fits a wildcard, is removed only as an unsafe fix: it is a sentence, and an article
    may tell readers to follow someone.
    """
    prompts = phrase_list("follow-us", _extension(options), templates=True)
    flagged = set()
    for line, _, kind in matching_lines(doc, prompts):
        if kind in (EXACT, FUZZY) and not _inside_sentence(doc, line):
            flagged.add(line.index)
            yield _line_removal(doc, line, "Follow-us prompt", safe=not (_joined(doc, line) or _borders_prose(doc, line)))
    worded: list[tuple[Finding, str]] = []
    for line in lines_holding(doc, _mention_needles()):
        if line.index not in flagged:
            # Few lines that name a network are prompts: whether one is a piece of a
            # sentence is asked of those only.
            found = list(_prompt_sentences(doc, line, _is_follow_prompt, prompts, "Follow-us prompt"))
            if found and not _inside_sentence(doc, line):
                worded.extend((finding, line.text) for finding in found)
    if _lists_accounts([text for _, text in worded]):
        return
    yield from (finding for finding, _ in worded)


def _is_follow_prompt(prompts: PhraseList, key: str, text: str) -> bool:
    """Whether a piece of text is a follow-us prompt, or opens with one and names a network, an @handle or an app."""
    kind = prompts.match(key)
    return kind in (EXACT, FUZZY) or (kind == TEMPLATE or prompts.opening(key)) and next(_mentions(text), None) is not None


MIN_LISTED_ACCOUNTS = 3


def _lists_accounts(prompts: list[str]) -> bool:
    """Whether prompts that follow a wildcard are the article's list of accounts to follow.

    A site asks to follow itself ("Follow us on Twitter", "Follow Example News on
    Instagram"), on one network after another; prompts that name three accounts or more
    (what they say once the networks are taken out), none of them speaking as the site or
    to the reader ("Follow Roxane Gay on social media: Twitter, Facebook"), are the items
    of a list the article makes.
    """
    accounts = {phrase_key(_without_mentions(text)) for text in prompts}
    return len(accounts) >= MIN_LISTED_ACCOUNTS and not any(_addresses_reader(phrase_key(text)) for text in prompts)


def _addresses_reader(key: str) -> bool:
    """Whether ``key`` holds one of the words with which a site addresses its readers, whole
    ("you", not the start of "YouTube")."""
    held = set(key.split())
    return any(word in key if is_unspaced(word) else word in held for word in family_keys("reader-address"))


@lru_cache(maxsize=1)
def _mention_needles() -> tuple[str, ...]:
    """Cheap clues of a mention, to find the lines worth the full pattern."""
    return ("@", " app", "google play", *family_needles("social-network", shortest=4))


# What names a network besides its name. The names are looked up by ``_network_name_at``:
# as a named list in this pattern they cost 6 ms to compile, paid by each process that
# meets a follow prompt.
_HANDLE_OR_APP = lazy(r"(?<![\w.])@\w{2,}|(?i:\bapps?\b|\bapp store\b|\bgoogle play\b)")


@lru_cache(maxsize=1)
def _network_names() -> dict[str, tuple[str, ...]]:
    """The social networks' names as written and in capitals, by their first character, longest first."""
    names = {name for name in phrases.load("social-network") if len(name) > 1}
    names |= {name.upper() for name in names}
    by_first: dict[str, tuple[str, ...]] = {}
    for name in sorted(names, key=len, reverse=True):
        by_first[name[0]] = (*by_first.get(name[0], ()), name)
    return by_first


def _network_name_at(text: str, start: int) -> int | None:
    """Where the longest network name that starts at ``start`` in ``text`` ends, the name
    glued to no letter or digit on either side; None if there is none."""
    names = _network_names().get(text[start:start + 1], ())
    if not names or start and LETTER_OR_NUMBER.match(text, start - 1):
        return None
    return next(
        (
            start + len(name) for name in names
            if text.startswith(name, start) and not LETTER_OR_NUMBER.match(text, start + len(name))
        ),
        None,
    )


def _mentions(text: str) -> Iterator[tuple[int, int]]:
    """The spans of the social networks (capitalised as brands are), @handles and apps that
    ``text`` names, from the left, none overlapping another; of two that start at one place,
    the network's name."""
    # Only the characters that open a name are asked for one: a call for each character of
    # a long paragraph that opens with a prompt cost 0.6 us a character.
    firsts = _network_names()
    position = 0
    other = _HANDLE_OR_APP.search(text)
    while position < len(text):
        # The first handle or app from here is the one found before, unless it is passed:
        # a search each time read the rest of the text again after each network's name.
        if other is not None and other.start() < position:
            other = _HANDLE_OR_APP.search(text, position)
        limit = len(text) if other is None else other.start()
        name = next(
            (
                (start, end) for start in range(position, limit + 1)
                if text[start:start + 1] in firsts and (end := _network_name_at(text, start)) is not None
            ),
            None,
        )
        span = name or (other and other.span())
        if span is None:
            return
        yield span
        position = span[1]


def _without_mentions(text: str) -> str:
    """``text`` with a space for each network, @handle and app it names."""
    pieces = []
    position = 0
    for start, end in _mentions(text):
        pieces.append(text[position:start])
        position = end
    pieces.append(text[position:])
    return " ".join(pieces)


# -- reading time and publication lines -----------------------------------------------


_TIME_ZONE = lazy(r"\b[A-Z]{2,4}\b")


@rule(
    code="B012",
    name="article-metadata",
    category=Category.BOILERPLATE,
    summary="Reading-time, publication-date or timestamp line left in the text",
    fix=FixAvailability.ALWAYS,
    applicability=Applicability.UNSAFE,
    options=PHRASE_OPTIONS,
)
def article_metadata(doc: Document, options: Options) -> Iterator[Finding]:
    """## What it flags
    A line that is only page metadata:
    - a reading time: "5 min read", "Reading time: 3 minutes", "Tempo de leitura: 2
      minutos", "Время чтения: 4 минуты" (the phrase files `reading-time.*.txt`, where `{n}`
      stands for a number);
    - a publication or update label followed by nothing but a date or a time: "Published
      3 hours ago", "Updated at 1:23 p.m.", "UPDATED: Tue., Nov. 19, 2019", "- Published 18
      November 2019", "기사입력 : 2018-08-25 15:24" (labels in `published-label.*.txt`,
      month, weekday and time words in `date-words.*.txt`).
    - a timestamp on a line of its own: a date with a month or weekday name, and a clock
      time ("sexta-feira, 22 de outubro de 2010 às 20:13"); a date alone ("November 19,
      2019") may head a timeline and is left alone, unless it stands next to a byline
      ("By Jane Doe"), a reading time ("8 min read") or one other date (published and
      updated): the pieces of an article's header. Three dates in a row, dates under
      a line that ends with a colon, in list items or in table rows ("4.2.4        May
      2014") are a list and are left alone, and so is a date under a quotation's
      attribution ("— Jane Doe (@janedoe)"). A date next to a field of a record,
      labelled with a colon ("From: Jane Doe", "To: …", "Location: Las Vegas, USA";
      `record-label.*.txt`), is an e-mail's header or an event's details and is left
      alone too;
    - a reading time or a publication date split at a link or a tag: a bare number over
      the rest of a reading time ("8" / "min read"), a publication label on a line of
      its own over a date or a timestamp ("Last updated:" / "Aug 1, 2025");
    - a byline split at its link: a label on a line of its own ("By", "Written by",
      "Medically reviewed by", "Par"; the phrase files `byline-label.*.txt`) over a
      short line of capitalised words, the author's name ("By" / "Jane Doe, Example
      News"). A label in capitals or with a colon ("BY", "By:") is a form's or a page's
      own heading and is left alone, and so is a name that a sentence goes on from ("By"
      / "Jane Doe" / ", who …").
    "Published in 1998, the book sold well" is a sentence and is left alone.

    Option `extend-phrases` (default empty) adds publication labels;
    `extend-phrases-file` names a file of them, one a line.

    ## Why it matters
    Article bodies carry no bylines or timestamps; these lines come from the page
    header and differ from page to page, so deduplication does not catch them either.

    ## Example
    ```text
    Tempo de leitura: 2 minutos
    A escola volta às aulas na segunda-feira.
    ```

    ## Fix safety
    A reading-time line is removed safely: it describes the page, not the story. A
    publication date or a timestamp is removed only as an unsafe fix: it holds nothing
    but a label and a date, yet news articles print their dateline as part of the body
    ("(Published Monday, Nov. 18, 2019)") and annotators keep it. For the same reason a
    reading time right above or below a date ("8 min read" under "12 Nov 2025", or with
    a separator between them: "7 min read" / "·" / "Dec 30, 2013") is part of the
    dateline, and its removal is unsafe too. So is a reading time right over a paragraph
    of prose: it is the last line of the article's own header, which some bodies keep
    above the text; a reading time among teasers (over the next title) describes
    another page and goes safely. A reading time split at its number goes as one does,
    and a split publication date as one does, both lines together. A byline is removed
    only as an unsafe fix, label and name together: some article bodies keep the
    author's name under the title.
    """
    yield from _split_bylines(doc)
    reading_times = phrase_list("reading-time")
    extra = _extension(options)
    date_words = _date_words()
    indices, keys = short_lines(doc)
    # A split date or reading time leaves a number on a short line: a text without one
    # (most articles' own text) builds neither list.
    if any(map(operator.contains, keys, itertools.repeat("0"))):
        yield from _split_datelines(doc, extra, date_words)
        yield from _split_reading_times(doc, extra, date_words)
    # Only a listed reading time, or a line with a number, is read in Python.
    numbered = map(operator.contains, keys, itertools.repeat("0"))
    for position in itertools.compress(itertools.count(), map(operator.or_, map(reading_times.exact.__contains__, keys), numbered)):
        line, key = doc.lines[indices[position]], keys[position]
        if key in reading_times.exact:  # what match() calls EXACT
            # Next to the date, the reading time is part of the dateline, which stays the user's call.
            what, safe = "Reading-time line", not (_next_to_date(doc, line, extra, date_words) or _over_paragraph(doc, line))
        elif "0" not in key:  # a date and a time hold numbers, which keys read as "0"
            continue
        elif _is_dated_label(key, line.text, extra, date_words):
            what, safe = "Publication-date line", False
        elif _is_timestamp(key, line.text, date_words):
            what, safe = "Timestamp line", False
        elif _is_header_date(doc, line, key, extra, date_words):
            what, safe = "Publication-date line", False
        else:
            continue
        if what != "Reading-time line" and _among_record_fields(doc, line):
            continue
        if not _inside_sentence(doc, line):
            yield _line_removal(doc, line, what, safe=safe)


def _among_record_fields(doc: Document, line: Line) -> bool:
    """Whether a line next to ``line`` is a field of a record, labelled with a colon (the
    phrase files `record-label.*.txt`: "From: Jane Doe", "Location: Las Vegas"): a date
    there is an e-mail's or an event's, not the page's."""
    return any(map(_opens_with_record_label, (doc.lines[index] for index in _neighbours(doc, line.index))))


def _is_record_field(doc: Document, line: Line) -> bool:
    """Whether ``line`` is itself a labelled field of a record, among others ("To:
    port-hp700@netbsd.org" between "From: …" and "Subject: …" in a quoted e-mail)."""
    return _opens_with_record_label(line) and _among_record_fields(doc, line)


def _opens_with_record_label(line: Line) -> bool:
    label, colon, _ = line.text.partition(":")
    return bool(colon) and phrase_key(label) in phrase_list("record-label").exact


MAX_BYLINE_NAME_WORDS = 6
MAX_BYLINE_NAME_CHARS = 60


def _split_bylines(doc: Document) -> Iterator[Finding]:
    """Each byline label on a line of its own over the author's name (see ``article_metadata``)."""
    labels = phrase_list("byline-label").exact
    indices, keys = short_lines(doc)
    for position in itertools.compress(itertools.count(), map(labels.__contains__, keys)):
        line = doc.lines[indices[position]]
        label = line.text.strip()
        if ":" in label or label.isupper() or _inside_sentence(doc, line):
            continue
        below = doc.nonblank_lines_after(line.index, 2)
        if not below or below[0].index - line.index > 2 or not _is_byline_name(below[0].text):
            continue
        if len(below) > 1 and (opens_with_sentence_mark(below[1].text) or opens_in_lower_case(below[1].text)):
            continue
        yield _removal(doc, line, below[0], f"Byline: {label} {below[0].text.strip()}", Applicability.UNSAFE, "Remove the byline")


def _is_byline_name(text: str) -> bool:
    """A short line of capitalised words that does not end a sentence: a name, with perhaps
    the site's ("Jane Doe, Example News")."""
    stripped = text.strip()
    return (
        0 < len(stripped) <= MAX_BYLINE_NAME_CHARS
        and len(words(stripped)) <= MAX_BYLINE_NAME_WORDS
        and not ends_sentence(stripped)
        and not opens_in_lower_case(stripped)
        and _name_like(stripped)
    )


def _over_paragraph(doc: Document, line: Line) -> bool:
    """Whether the nearest line with words under ``line`` is a paragraph of prose: the line
    heads the body, as the last line of the article's own header."""
    below = doc.nonblank_lines_after(line.index, 1)
    return bool(below) and is_running_text(below[0].text)


MAX_DATELINE_GAP = 3
"""Blank lines and separators ("·", "|") that may stand between the pieces of a dateline
(a blank line on each side of a separator)."""


def _dateline_neighbour(doc: Document, line: Line, step: int) -> Line | None:
    """The nearest short line with words above (``step`` -1) or below (1) ``line``, across a
    blank line or a separator ("7 min read" / "·" / "Dec 30, 2013"): where the next piece of
    a dateline stands."""
    lines = doc.lines
    index = line.index + step
    for _ in range(MAX_DATELINE_GAP):
        if 0 <= index < len(lines) and not has_words(lines[index].text, 1):
            index += step
    if 0 <= index < len(lines) and len(lines[index].text) <= MAX_PHRASE_LINE_CHARS:
        return lines[index]
    return None


def _is_date(text: str, extra: tuple[str, ...], date_words: frozenset[str]) -> bool:
    """Whether a line is a date, with or without a publication label or a clock time
    ("12 Nov 2025", "Updated 3 hours ago")."""
    key = phrase_key(text)
    return _is_bare_date(key, date_words) or _is_dated_label(key, text, extra, date_words) or _is_timestamp(key, text, date_words)


def _next_to_date(doc: Document, line: Line, extra: tuple[str, ...], date_words: frozenset[str]) -> bool:
    """Whether the nearest line above or below ``line`` is a date (see ``_dateline_neighbour``)."""
    return any(
        neighbour is not None and _is_date(neighbour.text, extra, date_words)
        for neighbour in (_dateline_neighbour(doc, line, -1), _dateline_neighbour(doc, line, 1))
    )


MAX_HEADER_DATES = 2
"""Dates in a row in an article's header: published and updated. More are a list."""


def _is_header_date(doc: Document, line: Line, key: str, extra: tuple[str, ...], date_words: frozenset[str]) -> bool:
    """Whether a date alone, with its year ("Dec 19, 2025"), is a piece of an article's
    header: next to a byline ("By Jane Doe"), a reading time ("8 min read") or one other
    date (published and updated). Three dates in a row or more are a list, and so are
    dates under a colon, dates in list items and table rows; a date under a quotation's
    attribution is the quotation's; a date alone over a paragraph may head a timeline."""
    text = line.text.strip()
    if not (_is_bare_date(key, date_words) and _YEAR.search(text)) or _reads_as_cell_or_item(text):
        return False
    above = doc.nonblank_lines_before(line.index, 1)
    # Under a quotation's attribution ("— Rep. Jane Doe (@janedoe)"), the date is the quote's.
    if above and above[0].text.lstrip().startswith(_ATTRIBUTION_DASHES):
        return False
    neighbours = [_dateline_neighbour(doc, line, -1), _dateline_neighbour(doc, line, 1)]
    run = [line]
    for step, neighbour in zip((-1, 1), neighbours):
        while neighbour is not None and len(run) <= MAX_HEADER_DATES and _is_date(neighbour.text, extra, date_words):
            run.append(neighbour)
            neighbour = _dateline_neighbour(doc, neighbour, step)
    if len(run) > MAX_HEADER_DATES:
        return False
    first = min(run, key=lambda piece: piece.index)
    over_run = doc.nonblank_lines_before(first.index, 1)
    if over_run and ends_with_colon(over_run[0].text):
        return False
    if len(run) == MAX_HEADER_DATES:
        return True
    reading_times = phrase_list("reading-time")
    return any(
        neighbour is not None and (_is_byline(neighbour.text) or reading_times.match(phrase_key(neighbour.text)) is not None)
        for neighbour in neighbours
    )


_ATTRIBUTION_DASHES = ("—", "–", "-", "―")
_VERSION_NUMBER = lazy(r"\d\.\d")


def _reads_as_cell_or_item(text: str) -> bool:
    """Whether a date line reads as a row of a table ("4.2.4        May 2014": a version,
    cells apart) or an item of a list ("* Feb. 21, 2019")."""
    return "  " in text or "\t" in text or is_list_item(text) or _VERSION_NUMBER.search(text) is not None


MAX_BYLINE_LABEL_WORDS = 3
"""Words of a byline's label ("By", "Written by")."""


def _is_byline(text: str) -> bool:
    """A byline label and the author's name on one line ("By Jane Doe", "Written by Jane Doe")."""
    split = text.split()
    labels = phrase_list("byline-label").exact
    for count in range(1, min(len(split), MAX_BYLINE_LABEL_WORDS + 1)):
        if phrase_key(" ".join(split[:count])) in labels:
            return _is_byline_name(" ".join(split[count:]))
    return False


@lru_cache(maxsize=8192)
def _is_bare_date(key: str, date_words: frozenset[str]) -> bool:
    """Whether a line's key is a date and nothing more: numbers and date words, one of each at least ("12 Nov 2025", "1 year ago")."""
    tokens = key.split()
    return "0" in tokens and any(token != "0" for token in tokens) and all(token == "0" or token in date_words for token in tokens)


def _split_datelines(doc: Document, extra: tuple[str, ...], date_words: frozenset[str]) -> Iterator[Finding]:
    """Each publication label on a line of its own over a date or a timestamp on the next
    line ("Published:" / "3 Jan 2019")."""
    # The labels looked up in C among the lines' keys: few lines are one. (The phrase list's
    # own set: the sorted labels and their openings that dated lines are read by cost a
    # commit hook's clean text 0.9M instructions.)
    labels = phrase_list("published-label", extra).exact
    indices, keys = short_lines(doc)
    for position in itertools.compress(itertools.count(), map(labels.__contains__, keys)):
        line = doc.lines[indices[position]]
        below = doc.nonblank_lines_after(line.index, 1)
        if not below or not _near(line.index, below[0].index, doc) or _inside_sentence(doc, line):
            continue
        text = below[0].text
        key = phrase_key(text)
        if _is_bare_date(key, date_words) or _is_timestamp(key, text, date_words):
            message = f"Publication-date line: {line.text.strip()} {text.strip()}"
            yield _removal(doc, line, below[0], message, Applicability.UNSAFE, "Remove the lines")


def _split_reading_times(doc: Document, extra: tuple[str, ...], date_words: frozenset[str]) -> Iterator[Finding]:
    """Each reading time split at its number: a bare number over the rest ("8" / "min read")."""
    indices, keys = short_lines(doc)
    for position in itertools.compress(itertools.count(), map(_unnumbered_reading_times().__contains__, keys)):
        line = doc.lines[indices[position]]
        above = doc.nonblank_lines_before(line.index, 1)
        if not above or not _near(above[0].index, line.index, doc) or phrase_key(above[0].text) != "0":
            continue
        number = above[0]
        safe = not (_next_to_date(doc, number, extra, date_words) or _next_to_date(doc, line, extra, date_words) or _over_paragraph(doc, line))
        message = f"Reading-time line: {number.text.strip()} {line.text.strip()}"
        yield _removal(doc, number, line, message, Applicability.SAFE if safe else Applicability.UNSAFE, "Remove the lines")


@lru_cache(maxsize=1)
def _unnumbered_reading_times() -> frozenset[str]:
    """The keys of the reading times that open with their number, without it ("min read" of "{n} min read")."""
    return frozenset(key[2:] for key in phrase_list("reading-time").exact if key.startswith("0 ") and "0" not in key[2:].split())


@lru_cache(maxsize=8)
def _published_labels(extra: tuple[str, ...]) -> tuple[tuple[str, ...], frozenset[str]]:
    """The keys of the publication labels, with ``extra``, and the openings they make (see
    ``key_opening``): looked up by the few words of ``extra``, not by the labels' tuple,
    whose hash a lookup computes again (a sixth of article-metadata's instructions)."""
    labels = family_keys("published-label", extra)
    return labels, frozenset(map(key_opening, labels))


@lru_cache(maxsize=1)
def _date_words() -> frozenset[str]:
    return frozenset(family_keys("date-words"))


@lru_cache(maxsize=1)
def _unspaced_date_words() -> tuple[str, ...]:
    return tuple(word for word in family_keys("date-words") if is_unspaced(word))


_CLOCK = lazy(r"(?<!\d)\d{1,2}:\d{2}(?!\d)")


def _is_timestamp(key: str, text: str, date_words: frozenset[str]) -> bool:
    """A line that is only a date and a clock time ("Tuesday, 22 October 2010 at 20:13")."""
    # The clock's colon first: most lines with numbers have none, and are not split into words.
    if ":" not in text:
        return False
    tokens = key.split()
    if tokens.count("0") < 2 or is_unspaced(key) or not _CLOCK.search(text):
        return False
    zones = {zone.casefold() for zone in _TIME_ZONE.findall(text)}
    named = any(token in date_words and len(token) > 3 for token in tokens)
    return named and all(token == "0" or token in date_words or token in zones for token in tokens)


def _is_dated_label(key: str, text: str, extra: tuple[str, ...], date_words: frozenset[str]) -> bool:
    """A line that is a publication label (of the listed ones, with ``extra``) and a date or a time."""
    if "0" not in key:
        return False
    labels, openings = _published_labels(extra)
    if key_opening(key) not in openings:
        return False
    if is_unspaced(key):
        for label in labels:
            if key.startswith(label.replace(" ", "")):
                rest = key[len(label.replace(" ", "")):]
                for word in _unspaced_date_words():
                    rest = rest.replace(word, "")
                return "0" in key[len(label.replace(" ", "")):] and not rest.replace("0", "")
        return False
    tokens = key.split()
    zones = {zone.casefold() for zone in _TIME_ZONE.findall(text)}
    for label in labels:
        label_tokens = label.split()
        if tokens[: len(label_tokens)] == label_tokens:
            rest = tokens[len(label_tokens):]
            return "0" in rest and all(token == "0" or token in date_words or token in zones for token in rest)
    return False


# -- tag lines ------------------------------------------------------------------------


_LABELLED = lazy(r"^[\s*•·>#\p{Pd}]*+(?P<label>[^\s:：([{][^:：]{0,30}?)\s*[:：]\s*(?P<items>.*?)\s*$")
_ITEM_SEPARATOR = lazy(r"[,;|•·]")
MAX_TAG_WORDS = 6


@rule(
    code="B013",
    name="tags-line",
    category=Category.BOILERPLATE,
    summary="Tag, topic or category list left in the text",
    fix=FixAvailability.ALWAYS,
    applicability=Applicability.UNSAFE,
    options=PHRASE_OPTIONS,
)
def tags_line(doc: Document, options: Options) -> Iterator[Finding]:
    """## What it flags
    The tag list of a post: a label, a colon and short items ("Tags: bubonic plague,
    China", "Filed under: Science |", "Etiquetas: economía, empleo", "Теги: выборы");
    a label on a line of its own ("Tags") followed by a line of comma- or
    pipe-separated short items; and a bare label followed by two or more tags one a line
    ("Filed Under:" / "Eastern Equine Encephalitis" / "health" / "Michigan"), up to the
    first line that is not a short tag (a sentence, a line with a colon, a comma or a
    bracket, a figure, another label, a related-list heading or other page furniture).
    Labels in 20 languages (the phrase files `tags-label.*.txt`). Items longer than six
    words, or a sentence after the label ("Topics: the economy dominated the debate."),
    are left alone; so is a bare label over a figure (a table's column heading:
    "Category" / "Last Month" / "6676"; a figure under more than twelve tags only ends
    them), and the last of the tags one a line when a paragraph follows it right away (it
    is the article's first heading or its dateline).

    Option `extend-phrases` (default empty) adds labels; `extend-phrases-file` names a
    file of them, one a line.

    ## Why it matters
    Tags are the CMS's index terms, not the article's words; left in, they add a line
    of keywords that reads as a broken sentence.

    ## Example
    ```text
    The race was held at Interlagos.
    Tags
    stock car brasil, interlagos, calendar 2018
    ```

    ## Fix safety
    A labelled tag line, and a bare label with a tag list under it, are removed safely.
    The list line under a bare label is removed only as an unsafe fix, since it is not
    labelled itself, and so are tags one a line with their label: where their run ends
    is read from the lines' shapes alone. Every fix is unsafe when the tags sit inside
    the article, with a paragraph of prose within four lines above them and prose again
    within two lines below: a paper prints its "Keywords:" between the abstract (and its
    citation and DOI) and the first section, and they are part of it; a CMS prints its
    tags after the article or above it. Tags one a line are left alone there.
    """
    extra = _extension(options)
    labels = phrase_list("tags-label", extra)
    lines = doc.lines
    for line in lines_opening_with(doc, "tags-label", extra):
        if len(line.text) > 300 or _inside_sentence(doc, line):
            continue
        labelled = _LABELLED.match(line.text)
        if labelled and labels.match(phrase_key(labelled["label"])) == EXACT and labelled["items"]:
            if _is_tag_list(labelled["items"], 1):
                yield _line_removal(doc, line, "Tag line", safe=not _amid_prose(doc, line, line))
            continue
        if len(line.text.strip()) > MAX_PHRASE_LINE_CHARS or labels.match(phrase_key(line.text)) != EXACT:
            continue
        following = line.index + 1
        if following < len(lines) and lines[following].is_blank:
            following += 1
        if following < len(lines) and _is_tag_list(lines[following].text, 2):
            yield _line_removal(doc, line, "Tag label", safe=not _amid_prose(doc, line, lines[following]))
            yield _line_removal(doc, lines[following], "Tag list", safe=False)
            continue
        items = _tags_one_a_line(doc, line, labels)
        if items:
            yield _removal(doc, line, items[-1], f"Tag label and {len(items)} tags: {_first_lines_shown(items)}", Applicability.UNSAFE, "Remove the tags")


MAX_TAG_ITEM_WORDS = 5
MAX_TAG_ITEM_CHARS = 40
MAX_TABLE_ROW_CELLS = 12
"""More short lines in a row than this are no table's row printed one cell a line (a
figure under them does not make them a table), nor a sentence's links (a line in lower
case under them does not make them one): a tag cloud, a menu."""
_NOT_IN_TAG = frozenset(":;,|()[]")


def _tags_one_a_line(doc: Document, label: Line, labels: PhraseList) -> list[Line]:
    """The tags listed one a line under a bare label, two or more, or none.

    The run stops at the first line that is not a short tag (a sentence, a line with a
    colon, a bracket or a comma, another label, the heading of a related list or a line of
    other page furniture: "Related articles", "Facebook"). A figure there makes the label
    a table's column heading ("Category" / "Last Month" / "6676"), unless more than
    ``MAX_TABLE_ROW_CELLS`` tags come before it (the archive's year under a tag cloud); a
    paragraph right under the last tag makes that line the article's first heading or its
    dateline, and it stays; tags amid prose are a paper's keywords.
    """
    items: list[Line] = []
    previous = label.index
    lines = doc.lines
    for index in range(label.index + 1, len(lines)):
        line = lines[index]
        if line.is_blank:
            continue
        if index - previous > 2 or not _is_tag_item(line.text, labels):
            if is_bare_figure(line.text) and len(items) <= MAX_TABLE_ROW_CELLS:
                return []
            if items and _opens_prose(line.text):
                items.pop()
            break
        items.append(line)
        previous = index
    if len(items) < 2 or _amid_prose(doc, label, items[-1]):
        return []
    return items


def _is_tag_item(text: str, labels: PhraseList) -> bool:
    stripped = text.strip()
    return (
        0 < len(stripped) <= MAX_TAG_ITEM_CHARS
        and 0 < len(words(stripped)) <= MAX_TAG_ITEM_WORDS
        and _NOT_IN_TAG.isdisjoint(stripped)
        and not ends_sentence(stripped)
        and not is_bare_figure(stripped)
        and labels.match(key := phrase_key(stripped)) != EXACT
        and not _is_other_furniture(key)
        and phrase_list("related", templates=True).match(key) is None
    )


PROSE_RESUMES_WITHIN = 2
"""Non-blank lines after a tag line within which article prose may go on (a section heading may come first)."""
PROSE_ENDS_WITHIN = 4
"""Non-blank lines before a tag line within which article prose may have stopped (a paper's
abstract, then its citation and identifiers: "JMIR Mhealth Uhealth 2019;7(6):e14273" /
"doi:10.2196/14273")."""


def _amid_prose(doc: Document, first: Line, last: Line) -> bool:
    """Whether lines ``first`` to ``last`` sit inside the article: prose a few lines above
    them, and prose again within a line or two below. A paper prints its keywords between
    the abstract (and its citation) and the first section; a CMS prints its tags after the
    article or above it."""
    lines = doc.lines
    above, seen = first.index - 1, 0
    while above >= 0 and seen < PROSE_ENDS_WITHIN and not is_running_text(lines[above].text):
        seen += not lines[above].is_blank
        above -= 1
    if above < 0 or seen == PROSE_ENDS_WITHIN:
        return False
    return any(_opens_prose(line.text) for line in doc.nonblank_lines_after(last.index, PROSE_RESUMES_WITHIN))


def _opens_prose(text: str) -> bool:
    """A line of article prose, or the start of one that a link broke off after a sentence
    or two ("It is thought that the civilization created it [" over a citation number)."""
    return is_running_text(text) or len(words(text)) >= 2 * MIN_RUNNING_WORDS and _SENTENCE_BREAK.search(text) is not None


def _is_tag_list(text: str, least: int) -> bool:
    # Split on the marks alone, then strip: "\s*[,;|•·]\s*" tries every space of a long
    # run of spaces as the start of a separator, in quadratic time.
    items = [item for item in (part.strip() for part in _ITEM_SEPARATOR.split(text.strip(" \t|,;•·"))) if item]
    if len(items) < least or sum(len(words(item)) for item in items) > MAX_NOTICE_WORDS:
        return False
    return all(0 < len(words(item)) <= MAX_TAG_WORDS and not ends_sentence(item) for item in items)


# -- comment sections -----------------------------------------------------------------


@rule(
    code="B014",
    name="comment-section",
    category=Category.BOILERPLATE,
    summary="Comment-section heading, counter or toggle left as a line",
    fix=FixAvailability.ALWAYS,
    applicability=Applicability.SAFE,
    options=PHRASE_OPTIONS,
)
def comment_section(doc: Document, options: Options) -> Iterator[Finding]:
    """## What it flags
    A line that is the heading, counter or toggle of a comment section: "Comments",
    "12 Comments", "Comments (3)", "View comments", "Loading comments…", "Comment policy",
    "Kommentare", "Комментарии", "댓글", in 20 languages (the phrase files
    `comment-section.*.txt`, where `{n}` stands for a number). The prompts of the comment
    form itself are B001's.

    Option `extend-phrases` (default empty) adds lines; `extend-phrases-file` names a file
    of them, one a line.

    ## Why it matters
    Comment widgets leave their heading and counters under the article even when the
    comments themselves are not scraped.

    ## Example
    ```text
    The deportees were flown home on Tuesday.
    Comments
    ```

    ## Fix safety
    Safe: the line is only the widget's heading or counter. Unsafe when it asks a
    question ("Comments?"): a widget's heading does not, and a post that closes a
    paragraph with a call for comments asks its readers in its own words. Unsafe too in a
    text that shows code (a listing, a session at a prompt, code split one token a line),
    where "comments" may be a name in a listing; there a line that opens neither with a
    capital nor with a figure ("comments", "'comments'") is such a name and is not
    reported.
    """
    for line, _ in standalone_phrase_lines(doc, "comment-section", _extension(options)):
        # In a text that shows code, "comments" in lower case or in quotes is a name of a listing.
        if doc.shows_code and _UPPER_OR_DIGIT_START.match(line.text.lstrip()) is None:
            continue
        yield _line_removal(doc, line, "Comment-section line", safe=not (_asks(line.text) or doc.shows_code))


def _asks(text: str) -> bool:
    """Whether a line ends with a question mark: the author's question, not a widget's label."""
    return text.rstrip().endswith(("?", "？", "؟"))


_NOTICE_LABEL = lazy(r"^\s*+(?:\p{L}++\s?){1,2}[:：]\s*")
COMMENT_WORD_REACH = 5


@rule(
    code="B015",
    name="comment-policy",
    category=Category.BOILERPLATE,
    summary="Comment-moderation notice left in the text",
    fix=FixAvailability.ALWAYS,
    applicability=Applicability.UNSAFE,
    default=False,
    options=PHRASE_OPTIONS,
)
def comment_policy(doc: Document, options: Options) -> Iterator[Finding]:
    """## What it flags
    A line that is a site's notice about moderating reader comments: it opens (after an
    optional label such as "Note:" or "ATENÇÃO:") with comments, or addresses the reader
    ("you", "we", "please") and names comments within its first five words, and it speaks
    of moderation, approval, deletion or guidelines ("Comments are subject to our
    community guidelines", "ATENÇÃO: Comentários com textos ininteligíveis … não serão
    aprovados pelo moderador.", "Note: we moderate all comments"). Comment words are in
    the phrase files `comment-word.*.txt`, moderation words in `comment-moderation.*.txt`,
    forms of address in `reader-address.*.txt`. "He declined to comment on the
    guidelines" is left alone.

    Opt-in: an article about platforms moderating comments can open a paragraph the
    same way.

    Option `extend-phrases` (default empty) adds moderation words; `extend-phrases-file`
    names a file of them, one a line.

    ## Why it matters
    The notice is printed under every article of a site and says nothing about the
    article.

    ## Example
    ```text
    Comments are subject to our community guidelines, which can be viewed here.
    ```

    ## Fix safety
    Unsafe: the notice is prose, and so is the article.
    """
    comment_words = family_keys("comment-word")
    moderation = family_keys("comment-moderation", _extension(options))
    address = family_keys("reader-address")
    for line in lines_holding(doc, family_needles("comment-word")):
        if not _is_short_prose(line.text) or _inside_sentence(doc, line):
            continue
        key = phrase_key(line.text)
        opening = phrase_key(_NOTICE_LABEL.sub("", line.text, count=1))
        if is_unspaced(opening):
            first, reach = opening[:4], opening[: COMMENT_WORD_REACH * 3]
        else:
            first, reach = opening.split(" ", 1)[0], " ".join(opening.split()[:COMMENT_WORD_REACH])
        addressed = holds_any(first, comment_words) or holds_any(reach, address)
        if addressed and holds_any(reach, comment_words) and holds_any(key, moderation):
            yield _line_removal(doc, line, "Comment-moderation notice", safe=False)


# -- headline above the body ----------------------------------------------------------


MIN_HEADLINE_WORDS = 3
MIN_LEDE_WORDS = 15
MAX_HEADER_LINES = 6
_CLAUSE_MARKS = (".", ",", ";", ":", "：")
_CLOSERS = "\"'”’»)]"
_ADDRESS_LINE = lazy(r"^(?:https?://|www\.)\S+$", regex.I)


def _ends_on_clause_mark(text: str) -> bool:
    """Whether ``text`` ends on one punctuation mark of a clause or sentence (not an
    ellipsis), then closing quotes or brackets only."""
    # String tests where a pattern once was: its compile cost a commit hook 1.7M instructions.
    body = text.removesuffix("\n").rstrip(_CLOSERS)  # as a pattern's "$", before a final newline too
    return body[-1:] in _CLAUSE_MARKS and body[-2:-1] not in (".", "…")


def _may_be_address(text: str) -> bool:
    # No other characters fold to those of "http" or "www.": a line opening with neither
    # is not an address (a title opening with "W" compiled the pattern, 1.4M instructions).
    return text[:4].lower() in ("http", "www.")


_ALL_CAPS = lazy(r"^[^\p{Ll}]*\p{Lu}[^\p{Ll}]*$")
# A footnote's number right after a word's final mark, or after the quote that closes it.
_FOOTNOTE_AFTER_SENTENCE = lazy(r"(?<=\p{L}[.!?…][\"'”’»)\]]*|\p{L}[\"'”’»)\]]+[.!?…])(?:\d{1,3}|\[\d{1,3}\])$")
_NAMES_SOMETHING = lazy(r"\b[\p{Lu}\p{Lt}]")
MAX_SPEAKER_CHARS = 40
# A name of one to three capitalised words (or initials), then a colon and the turn.
_SPEAKER_LABEL = lazy(r"^\s*\p{Lu}[\p{L}.’'-]*(?:[ \t]+\p{Lu}[\p{L}.’'-]*){0,2}[ \t]*:[ \t]+\S")


@rule(
    code="B016",
    name="leading-headline",
    category=Category.BOILERPLATE,
    summary="Page headline left above the article body",
    fix=FixAvailability.ALWAYS,
    applicability=Applicability.UNSAFE,
)
def leading_headline(doc: Document, options: Options) -> Iterator[Finding]:
    """## What it flags
    The first line of the text, when it is the page's headline and the article body
    starts right under it: a line of 3 to 25 words that does not end like a sentence
    (no final period, comma, colon or semicolon), starts with a capital or a digit, is
    not written in capitals only, holds no address and at most one colon; and the next
    line is a paragraph of at least 15 words that starts a sentence and ends like one
    (or a shorter sentence with such a paragraph after it).
    "Cat found in New Mexico after going missing in Oregon" over "SANTA FE, N.M. (AP) —
    A cat who has been missing for five years …" is flagged. Up to six such lines over
    the body (a kicker, the headline, a subtitle, the page's address as the very first
    line) are flagged together as the page header. The header must sit right on the
    body, as extractors that print one paragraph a line leave it: a title set off by a
    blank line, or written as a Markdown heading ("# Title"), is laid out as the
    document's title on purpose and is left alone. So are a dateline or a kicker in
    capitals ("BAAR, SWITZERLAND"), a short heading over a short paragraph ("Call
    details"), a line of 15 words or more that ends like a sentence (the body's first
    sentence; a footnote's number after its final mark does not count, as under an
    epigraph: "“… die wir nicht nutzen.”1"), an exclamation that names nothing, with no
    capitalised word after its first and no figure (the text speaking to its reader:
    "Ihr kennt es sicher auch!"), an interview's first question when the body opens
    with the answer, each turn under its speaker's name ("Nikolai Huke: Wo sind Sie …?"
    over "Tareq Salem: Ich bin …"; the title above the question is still flagged), and
    a headline that the body repeats (D001 and D006 handle those).

    ## Why it matters
    Extractors keep the page's `<h1>` above the body, while article bodies (and the
    corpora built from them) carry the headline apart, as metadata. Left in, it is a
    sentence fragment glued to the first paragraph, and the same words end up twice
    when the title is stored as well.

    ## Example
    ```text
    New car sales plunge 10 percent in October
    New vehicle sales in the Houston area plunged 10 percent last month, despite low interest rates.
    ```

    ## Fix safety
    Unsafe: only the headline goes, but whether a text should keep its headline is the
    user's call, and a text may open with a heading of its own or with a line of its
    body that reads like a headline (a title-cased quote with no final mark, a question
    with no speaker's name).
    """
    lines = [line for line in doc.lines[: 2 * MAX_HEADER_LINES + 2] if not line.is_blank]
    header: list[Line] = []
    for line in lines[:MAX_HEADER_LINES]:
        text = line.text.strip()
        if not (_reads_as_headline(text) or not header and _may_be_address(text) and _ADDRESS_LINE.match(text)):
            break
        header.append(line)
    if not header or len(lines) <= len(header):
        return
    # An interview opens with a question under its speaker's name, and the body below with
    # the answer under another: the header ends above the first turn.
    if _opens_turn(lines[len(header)].text):
        header = list(itertools.takewhile(lambda line: not _opens_turn(line.text), header))
        if not header:
            return
    lede = lines[len(header)]
    # A title set off by a blank line is laid out as the document's title on purpose.
    if lede.index - header[0].index != len(header):
        return
    following = lines[len(header) + 1].text.strip() if len(lines) > len(header) + 1 else ""
    if not _opens_body(lede.text.strip(), max(len(words(line.text)) for line in header), following):
        return
    # A headline that the body repeats is D001's or D006's: removing both copies loses it.
    copies = {normalize_line(line.text) for line in header}
    if len(copies) < len(header) or any(normalize_line(line.text).startswith(copy) for line in lines[len(header):len(header) + 3] for copy in copies):
        return
    if len(header) == 1:
        yield _line_removal(doc, header[0], "Headline above the article body", safe=False)
        return
    shown = " / ".join(line.text.strip() for line in header[:3]) + (" / …" if len(header) > 3 else "")
    yield _removal(
        doc, header[0], header[-1], f"Page header of {len(header)} lines above the article body: {shown}",
        Applicability.UNSAFE, "Remove the header lines",
    )


def _reads_as_headline(title: str) -> bool:
    # A footnote's number after the final mark ("… nicht nutzen.”1": an epigraph and its
    # source's note) does not keep a line from ending like a sentence.
    if title[-1:].isdigit() or title.endswith("]"):
        title = _FOOTNOTE_AFTER_SENTENCE.sub("", title)
    count = len(words(title))
    return (
        MIN_HEADLINE_WORDS <= count <= MAX_TITLE_WORDS + 5
        and not _ends_on_clause_mark(title)
        # A line as long as a lede that ends like a sentence ("... asking if there were
        # “any supporters?”") is the body's first sentence, not its headline.
        and not (count >= MIN_LEDE_WORDS and ends_sentence(title))
        and not title.startswith("#")
        and _UPPER_OR_DIGIT_START.match(title) is not None
        and _ALL_CAPS.match(title) is None
        and title.count(":") + title.count("：") <= 1
        and not is_list_item(title)
        and not _ends_open(title)
        and _CONTACT_CLUE.search(title) is None
        and phrase_list("reading-time").match(phrase_key(title)) is None
        and not _is_bare_exclamation(title)
    )


def _is_bare_exclamation(title: str) -> bool:
    """Whether ``title`` is an exclamation that names nothing, no word after its first
    capitalised and no figure ("Ihr kennt es sicher auch!"): the text speaking to its
    reader, where a headline names its subject."""
    if not title.rstrip(_CLOSERS).endswith("!") or any(character.isdigit() for character in title):
        return False
    rest = title.split(None, 1)[1:]
    return not rest or _NAMES_SOMETHING.search(rest[0]) is None


def _opens_turn(text: str) -> bool:
    """Whether a line opens with a speaker's name and a colon, as each turn of an
    interview does ("Nikolai Huke: Wo sind Sie …", "Q: …")."""
    return ":" in text[:MAX_SPEAKER_CHARS] and _SPEAKER_LABEL.match(text) is not None


def _opens_body(text: str, headline_words: int, following: str) -> bool:
    """Whether ``text`` opens the body: a long sentence, or a short one that a long one follows."""
    count = len(words(text))
    long_enough = count >= MIN_LEDE_WORDS and count > headline_words
    return (
        (long_enough or following and _opens_body(following, headline_words, ""))
        and ends_sentence(text)
        and not opens_in_lower_case(text)
        and not is_list_item(text)
    )


# -- contributor credits --------------------------------------------------------------


MAX_CREDIT_LINE_WORDS = 60
NAME_WORD_CHARS = 4
"""Words this long count when judging whether a credit's words are names."""


@rule(
    code="B017",
    name="contributor-credit",
    category=Category.BOILERPLATE,
    summary="Contributor credit line left at the end of a story",
    fix=FixAvailability.ALWAYS,
    applicability=Applicability.UNSAFE,
    options=PHRASE_OPTIONS,
)
def contributor_credit(doc: Document, options: Options) -> Iterator[Finding]:
    """## What it flags
    A line that is only a credit of the people who reported, wrote or edited a story:
    it opens with a credit ("Reporting by …", "Additional reporting by …", "(Reporting by
    Jane Doe; Editing by John Smith)", "Con información de …", "Mit Material von …") or
    ends with one ("Keith Bradsher contributed reporting from Hong Kong.", "Associated
    Press writers Alan Fram and Zeke Miller contributed to this report."), and the rest
    is names: most of its longer words are capitalised. Credits in six languages (the
    phrase files `contributor-credit.*.txt`, where `*` stands for the names). "Reporting
    by the BBC showed that the minister knew" is a sentence and is left alone.

    Option `extend-phrases` (default empty) adds credits (with `*` for the names);
    `extend-phrases-file` names a file of them, one a line.

    ## Why it matters
    Article bodies carry no bylines; the credit line is the byline moved to the end, and
    it repeats, with other names, under every story of a wire service.

    ## Example
    ```text
    Officials said the talks would resume in January.
    Keith Bradsher contributed reporting from Hong Kong.
    ```

    ## Fix safety
    Unsafe: the line holds only names and the credit, but some publishers print it as
    part of the story and annotators of article bodies sometimes keep it.
    """
    extra = _extension(options)
    for line in lines_holding(doc, _credit_needles(extra)):
        text = line.text.strip()
        if has_words(text, MAX_CREDIT_LINE_WORDS + 1) or _inside_sentence(doc, line):
            continue
        match = _credit_line_match(text, extra)
        if match is None:
            continue
        names = " ".join(part for part in match.captures("names") if part)
        place = match["place"] or ""
        if _are_names(names) and (not place or _name_like(place)):
            yield _line_removal(doc, line, "Contributor credit", safe=False)


@lru_cache(maxsize=8)
def _listed_credits(extra: tuple[str, ...]) -> tuple[str, ...]:
    """The credits as listed, with ``extra``: a "*" after the words opens a line ("Reporting
    by *"), before them closes one ("* contributed reporting")."""
    return tuple(phrase for phrase in (*phrases.load("contributor-credit"), *extra) if _credit_words(phrase))


def _credit_words(phrase: str) -> tuple[str, bool] | None:
    """The words of a listed credit, and whether they open the line; None for a phrase with no "*" at an end."""
    split = phrase.split()
    if len(split) > 1 and split[-1] == "*":
        return " ".join(split[:-1]), True
    if len(split) > 1 and split[0] == "*":
        return " ".join(split[1:]), False
    return None


def _credit_phrases(listed: tuple[str, ...]) -> tuple[list[str], list[str]]:
    """The credits that open a line ("Reporting by") and those that close one ("contributed reporting")."""
    openers, closers = [], []
    for credit_words, opens in filter(None, map(_credit_words, listed)):
        (openers if opens else closers).append(credit_words)
    return openers, closers


@lru_cache(maxsize=8)
def _credit_needles(extra: tuple[str, ...]) -> tuple[str, ...]:
    openers, closers = _credit_phrases(_listed_credits(extra))
    return tuple(sorted({phrase.casefold() for phrase in (*openers, *closers)}))


@lru_cache(maxsize=8)
def _credit_line_patterns(extra: tuple[str, ...]) -> SubsetPatterns[tuple[regex.Pattern[str] | None, regex.Pattern[str] | None]]:
    """The patterns of the credits a line may hold (see ``_held_credits``).

    The pattern of every credit costs 10 to 17 ms to compile, paid by each process that
    meets a line with a credit's words; that of a credit or two, 2 ms. The bs4 folder's
    pages hold three sets of credits, the dev corpus's four.
    """
    return SubsetPatterns(_credit_line_pattern, _listed_credits(extra), limit=4)


@lru_cache(maxsize=8)
def _listed_credit_words(extra: tuple[str, ...]) -> tuple[tuple[str, ...], ...]:
    return tuple(tuple(map(caseless, _credit_words(phrase)[0].split())) for phrase in _listed_credits(extra))


def _held_credits(text: str, extra: tuple[str, ...]) -> tuple[str, ...]:
    """The listed credits whose words the line ``text`` holds, in their order: the only ones
    that the pattern of every credit may match on it."""
    folded = caseless(text)
    # Where the pattern matches a credit's word ignoring case, the line's caseless holds the word's.
    held = [all(map(folded.__contains__, words)) for words in _listed_credit_words(extra)]
    return tuple(itertools.compress(_listed_credits(extra), held))


def _credit_line_match(text: str, extra: tuple[str, ...]) -> regex.Match[str] | None:
    """What the pattern of every credit matches of the line ``text``."""
    held = _held_credits(text, extra)
    if not held:
        return None
    opening, closing = _credit_line_patterns(extra).of(held)
    return opening and opening.match(text) or closing and closing.match(text)


def _phrase_alternatives(listed: list[str]) -> str:
    """The phrases, longest first, with any run of spaces between their words."""
    ordered = sorted(dict.fromkeys(listed), key=len, reverse=True)
    return "|".join(r"[^\S\n]+".join(regex.escape(word) for word in phrase.split()) for phrase in ordered)


def _credit_line_pattern(listed: tuple[str, ...]) -> tuple[regex.Pattern[str] | None, regex.Pattern[str] | None]:
    """A line that opens with one of the ``listed`` credits, names after it, and a line that
    closes with one, names before it; None for either that none of the credits makes.

    They are the two branches of one pattern, tried in this order. Apart, a set of credits
    that only open lines (or only close them) compiles one branch, not both: a third less.
    """
    openers, closers = _credit_phrases(listed)
    # Runs of spaces are taken whole, and the names and the place end on a character that
    # the edges cannot take: 100 KB of spaces took minutes, tried split every way.
    edge = r"[\s(\[—–\-*_]*+"
    close_edge = r"[\s.)\]*_]*+"
    ends = r"(?<![\s.)\]*_])"
    opening = closing = None
    if openers:
        opening = regex.compile(
            rf"^{edge}(?:{_phrase_alternatives(openers)})(?![\p{{L}}\p{{M}}])[^\S\n]*+[:：]?[^\S\n]*+(?P<names>[^\n]+?){ends}"
            # No place follows an opening credit: a group that never takes part, as in one pattern of both.
            rf"(?:(?P<place>)(?!))?{close_edge}$",
            regex.I,
        )
    if closers:
        closing = regex.compile(
            rf"^{edge}(?P<names>[^\n]+?)(?<!\s)[^\S\n]++(?:{_phrase_alternatives(closers)})"
            rf"(?:[^\S\n]++(?:from|in|de|aus|da|desde)[^\S\n]++(?P<place>[^\n.]+?){ends})?"
            rf"{close_edge}$",
            regex.I,
        )
    return opening, closing


def _are_names(text: str) -> bool:
    """Whether ``text`` is a list of names: most of its longer words capitalised, no sentence in it."""
    if not text or _SENTENCE_BREAK.search(text) or opens_in_lower_case(text):
        return False
    longer = [word for word in words(text) if len(word) >= NAME_WORD_CHARS]
    capitalised = sum(1 for word in longer if word[0].isupper())
    return bool(longer) and capitalised * 5 >= len(longer) * 3


# -- contact lines --------------------------------------------------------------------


_CONTACT_CLUE = lazy(r"@|https?://|www\.|\.com/", regex.I)
_CONTACT_LINE = lazy(
    # Possessive: the label's letters and dashes must not be tried split between the
    # edge, the label's two words and the address (100 KB of dashes hung).
    r"^[\s\p{Pd}*•·>]*+(?:(?:[\p{L}\p{M}-]++[^\S\n]?){1,2}[:：][^\S\n]*+)?"
    r"(?:(?P<email>[\w.+-]{1,64}@[\w-]+(?:\.[\w-]+)+)"
    r"|(?:https?://)?(?:www\.|m\.)?(?P<site>[a-z]+)\.[a-z]{2,6}/@?[\w.-]{2,40}/?)"
    r"[\s.]*$",
    regex.I,
)


@rule(
    code="B018",
    name="contact-line",
    category=Category.BOILERPLATE,
    summary="E-mail address or social-media profile left on a line of its own",
    fix=FixAvailability.ALWAYS,
    applicability=Applicability.UNSAFE,
)
def contact_line(doc: Document, options: Options) -> Iterator[Finding]:
    """## What it flags
    A line that is nothing but an e-mail address ("paul.takahashi@chron.com", "Email:
    desk@example.com") or the address of a profile on a social network
    ("twitter.com/paultakahashi", "https://www.instagram.com/example"; networks from
    `social-network.mul.txt`), with at most a short label before it. Other web addresses
    on a line of their own are left alone: articles list sources and links that way. An
    address inside a sentence ("Write to jane.doe@example.com with questions.") is left
    alone too, and so is a field of a quoted e-mail's header ("To: list@example.org"
    between "From: …" and "Subject: …"; labels from `record-label.*.txt`).

    ## Why it matters
    Author boxes and site footers print the writer's or the desk's contacts under the
    article; in the text they are a stray line with no sentence around it.

    ## Example
    ```text
    The dealers expect sales to recover in the spring.
    paul.takahashi@chron.com
    twitter.com/paultakahashi
    ```

    ## Fix safety
    Unsafe: the line holds only an address, but an article can give readers an address
    to write to on a line of its own.
    """
    if "@" not in doc.text and ".com/" not in doc.text and "/" not in doc.text:
        return
    networks = _network_hosts()
    for line in lines_holding(doc, ("@", "/")):
        if len(line.text) > MAX_PHRASE_LINE_CHARS + 20:
            continue
        match = _CONTACT_LINE.match(line.text)
        if match and (match["email"] or match["site"].casefold() in networks) and not _inside_sentence(doc, line):
            if not _is_record_field(doc, line):
                yield _line_removal(doc, line, "Contact line", safe=False)


@lru_cache(maxsize=1)
def _network_hosts() -> frozenset[str]:
    """Social networks by the name their web address starts with ("twitter", "youtube")."""
    return frozenset(
        name.casefold() for name in phrases.load("social-network") if name.isascii() and name.isalpha() and len(name) > 1
    ) - {"email", "mail", "pocket", "mix", "messenger"}


# -- navigation menus -----------------------------------------------------------------


MIN_MENU_ITEMS = 6
MIN_BULLETED_MENU_ITEMS = 12
MAX_MENU_ITEM_WORDS = 5
MAX_MENU_ITEM_CHARS = 40
MAX_UNSPACED_MENU_ITEM_CHARS = 8
TITLE_CASE_SHARE = 0.8
MIN_CLEAN_PROSE_SHARE = 0.2
"""A text with at least this share of its lines in paragraphs of prose is an article as an
extractor gives it: few menus are left, and a list between its paragraphs is its own."""
MIN_SECTION_PARAGRAPH_WORDS = 10
MIN_TABLE_ANSWERS = 3
TABLE_ANSWERS = frozenset({"yes", "no", "ja", "nein", "oui", "non", "sí", "si", "sim", "não", "nee", "tak", "nie", "да", "нет"})
"""The keys of a comparison table's cells ("Yes", "No"): a run of labels holding
``MIN_TABLE_ANSWERS`` of them, one a line, is a table printed one cell a line, whose
header row and row names read as labels too."""
PROS_AND_CONS = (
    ("pros", "cons"), ("advantages", "disadvantages"), ("vorteile", "nachteile"),
    ("avantages", "inconvénients"), ("ventajas", "desventajas"), ("vantaggi", "svantaggi"),
)
"""The keys of the headings of a review's pros and cons: a run of labels holding both of
a pair lists a product's strong and weak points, short phrases one a line ("Affordable")."""
# What a menu item never holds and the candidate search (see _menu_run_candidates) leaves
# to look for: a digit of another script, and an underscore inside a word, which joins the
# words of an identifier ("CREATED_AT"), never of a link label (converters print emphasis
# as "_word_").
_MENU_ITEM_BREAKERS = lazy(r"\p{Nd}|(?<=[\p{L}\p{N}])_(?=[\p{L}\p{N}])")


class MenuLabel(NamedTuple):
    """A line that is a menu item, as its run is judged."""

    text: str
    """The line without its list marker and surrounding spaces."""
    capitalised: bool
    """Whether it reads as capitalised: two words at most, or every longer word capitalised."""
    key: str
    """``text`` as ``normalize_line`` keys it: how the label is looked up among the headings
    of the text (see ``_heads_sections_below``)."""


MENU_ITEM_BREAKING_STRINGS = ("@", ",", "，", "www.", "://")
"""What no menu item holds, besides an ASCII digit: an address's marks, a comma (what
the candidates' search does not look for is ``_MENU_ITEM_BREAKERS``)."""
MENU_ITEM_END_MARKS = ".!?…:;。！？：；"
"""What no menu item ends with: a sentence's or a label's marks."""
MENU_ITEM_CLOSERS = "\"'”’»)]*_"
"""What may follow a line's last mark and still leave the mark at its end: closing quotes,
brackets and Markdown emphasis ("**Services:**", as converters print a bold label)."""


@lru_cache(maxsize=1)
def _menu_run_candidates() -> re.Pattern[str]:
    """Runs of ``MIN_MENU_ITEMS`` lines or more (blank lines between them allowed) that
    may be menu items: short enough, with no ASCII digit, no comma, no address and no
    punctuation at their end. A run is found with the line break before it: search a
    text with one put before its first line.

    One search of the standard library's engine reads the whole text; ``_menu_label``
    then judges the lines of these runs only, half of a naive page's filled lines.
    """
    # The standard library's \s is what str.isspace() counts: the spaces str.strip() takes
    # off a line ([^\S\n] leaves out the line break).
    characters = "".join(breaker for breaker in MENU_ITEM_BREAKING_STRINGS if len(breaker) == 1)
    strings = [breaker for breaker in MENU_ITEM_BREAKING_STRINGS if len(breaker) > 1]
    openings = "".join(string[0] for string in strings)
    breaker = rf"(?:[0-9{characters}]|{'|'.join(map(re.escape, strings))})"
    marks = MENU_ITEM_END_MARKS
    line = (
        rf"[^\S\n]*+(?![^\n]{{{MAX_MENU_ITEM_CHARS}}}[^\n]*?\S)"
        # A breaker anywhere in the line. The characters that start none are skipped in one
        # go: trying the breaker at each of them was a third of the search's instructions.
        rf"(?![^\n0-9{characters}{openings}]*+(?:{breaker}|[{openings}][^\n]*?{breaker}))"
        # Punctuation at the end: after the line's last mark, only closing quotes, brackets,
        # emphasis ("**Services:**") and spaces (the marks are taken one run at a time, not
        # tried at each character).
        rf"(?!(?:[^\n{marks}]*+[{marks}])++[{re.escape(MENU_ITEM_CLOSERS)}]*+[^\S\n]*+$)"
        # A filled line: once its leading spaces are taken, any character left is no space
        # (a look for one before the line was taken cost 6M of the 83M instructions).
        rf"[^\n]++"
    )
    return standard(rf"\n{line}(?:\n(?:[^\S\n]*+\n)*+{line}){{{MIN_MENU_ITEMS - 1},}}", re.M)


# A page's thousands of labels are made without the named tuple's own __new__, a call in Python.
_new_menu_label = partial(tuple.__new__, MenuLabel)
_CONTINUES_SENTENCE = lazy(r"^\s*(?:[,.;:)\]]|\p{Ll})")
_OPENS_WITH_LOWER_CASE_WORD = lazy(r"^\s*\p{Ll}{2}")
_OPENS_WITH_DOMAIN = lazy(r"^\s*[\p{Ll}\d-]+\.(?:com|org|net|[a-z]{2})(?![\w.])")
_CAPITALISED = operator.attrgetter("capitalised")


@rule(
    code="B019",
    name="link-menu",
    category=Category.BOILERPLATE,
    summary="Run of short link labels left from a navigation menu",
    fix=FixAvailability.ALWAYS,
    applicability=Applicability.UNSAFE,
)
def link_menu(doc: Document, options: Options) -> Iterator[Finding]:
    """## What it flags
    A run of at least six lines (blank lines between them do not break it) that are each
    a short label, as menus, section lists, footers and tag clouds leave them when a page
    is turned into text one link a line: every line has at most five words and 40
    characters (8 in Chinese, Japanese or Korean), starts with a capital letter (or a
    letter of a script without case, or a name in camel case: "iPhone", "eBay"), and
    holds no digit, no comma, no address, no bracket without its pair ("Peace lily (")
    and no punctuation at its end; in at least four lines out of five every word of four
    letters or more is capitalised ("World", "Sign in", "Terms of Use", "Real Estate"). A menu styled in lower case is such a run of
    labels in lower case (words of letters, none ending on a word that a sentence goes
    on from, "and", "our") of which two or more are links of a site's chrome ("about",
    "contact", "blog", "share"), the line above stopping on no such word and neither
    edge a figure nor a sentence going on in lower case or with punctuation.
    A run made only of bulleted items needs twelve lines: an article's own bulleted
    lists are short. A run that a sentence flows into or out of (a link inside a
    sentence, put on a line of its own) is left alone, though a link of a site's chrome
    in lower case below it ("contact us") goes on with no sentence, nor does a label that
    opens with a name in camel case or a site's domain ("iPhone, Android apps",
    "syracuse.com Sections", not ending as a sentence does); so is a run next to a
    line that is a bare figure ("74", "85%": the cells of a table, one a line), unless the
    run holds more than twelve labels: then a line below that opens with a word in lower
    case or is a figure leaves out only its last label (a footer menu's "Tags" over a tag
    cloud, a site's menu over a video's length), and a figure above only its first (a
    shop's menu under its cart's count, "0"). A run that a line ending with a colon introduces
    ("The panel included:", "**Services offered:**"; under a label of five words or fewer,
    up to 25 labels: more are a site's menu under its heading, "Idioma:"), a run between two headings numbered one after the other ("1. Data Preprocessing" above it, "2. Exploratory
    Data Analysis" below: a part of an outline) or right under a numbered heading that
    no numbered item precedes nor one out of order follows (a listicle's "1. TomboyX"
    over its tags), a run that opens a section of the text
    (it stands under a heading with a permalink's mark, "#" or "¶" as documentation
    sites print them, or starts with one, and a paragraph of prose stands above that
    heading), a table of contents (half its labels or more head sections of the text
    below: a line that reads the same, followed by a paragraph of ten words or more), a
    run set between paragraphs of prose in a text
    that is mostly prose (a sentence of 15 words or more right under it and one among
    the two lines above it, in a text with a fifth of its lines or more in paragraphs: a list of the article
    as an extractor gives it, or a product's pros and cons; naive page text is mostly
    short lines, and a menu there can sit between the lede and the body), and lines with
    numbers (tables, scores, prices, ingredients), a run with three lines or more that
    are a bare "Yes" or "No" (a comparison table printed one cell a line, its header row
    and row names included) or with both a "Pros" and a "Cons" line (a review's strong
    and weak points), rows of a pipe table ("| Für den
    Mürbeteig: |  |", "Custom reports | ✔ | ✘") or an underscore inside a word
    (identifiers) are left alone.

    ## Why it matters
    Naive page-to-text conversion keeps every menu of the page: hundreds of one-word
    lines before and after the article that carry no content and repeat on every page of
    a site.

    ## Example
    ```text
    News
    World
    Business
    Sports
    Real Estate
    Opinion
    The council approved the budget on Tuesday.
    ```

    ## Fix safety
    Unsafe: the labels are not listed phrases, and a list of names or verse written one
    short capitalised line at a time reads the same way; a section heading among the
    labels, or at the run's end over its paragraph, goes with them (the last label over
    a paragraph is a menu's far more often than a heading).
    """
    if not _has_short_line_run(doc):
        return

    @lru_cache(maxsize=1)
    def paragraphs() -> list[Line]:
        # Read once, and only from a text that holds a run of labels long enough to be a menu.
        return _paragraph_lines(doc)

    @lru_cache(maxsize=2)
    def section_heads(of_paragraphs: bool) -> tuple[dict[str, int], int]:
        # With the last heading's index: a page has hundreds of runs and of headings.
        heads = _section_heads(doc, paragraphs(), of_paragraphs)
        return heads, max(heads.values(), default=-1)

    @lru_cache(maxsize=1)
    def prose_share() -> float:
        filled = sum(1 for line in doc.lines if not line.is_blank)
        return len(paragraphs()) / filled

    lines = doc.lines
    # Searched with a line break before the first line: each run starts at one, and the
    # search skips to the next line break instead of trying each position of the text.
    # Offsets in the text are one less.
    for candidates in _menu_run_candidates().finditer(doc.text_after_break):
        first, last = doc.line_index(candidates.start()), doc.line_index(candidates.end() - 1)
        # The filled lines above and below the candidates are no items: they end the runs
        # at the edges, as the other lines that are no items end runs.
        above = next((lines[index] for index in range(first - 1, -1, -1) if not lines[index].is_blank), None)
        below = next((lines[index] for index in range(last + 1, len(lines)) if not lines[index].is_blank), None)
        run: list[Line] = []
        labels: list[MenuLabel] = []
        lower_case_run: list[Line] = []
        # Labels next to a bare figure are the cells of a table printed one a line.
        figure_above = above.text if above is not None and is_bare_figure(above.text) else None
        for line in lines[first:last + 1]:
            if line.is_blank:
                continue
            item = _menu_label(line.text)
            if item:
                if lower_case_run:
                    yield from _lower_case_menu_run(doc, lower_case_run, line, prose_share)
                    lower_case_run = []
                run.append(line)
                labels.append(item)
                continue
            if figure_above is not None:
                run, labels = _labels_after_figure(run, labels, figure_above)
            yield from _menu_run(doc, *_labels_before(run, labels, line), section_heads, prose_share)
            run, labels = [], []
            # Labels after a bare figure are the cells of a table printed one a line.
            figure_above = line.text if is_bare_figure(line.text) else None
            # The first character first: most of these lines open with a capital.
            if line.text.lstrip()[:1].islower() and _is_lower_case_label(line.text):
                lower_case_run.append(line)
            elif lower_case_run:
                yield from _lower_case_menu_run(doc, lower_case_run, line, prose_share)
                lower_case_run = []
        if figure_above is not None:
            run, labels = _labels_after_figure(run, labels, figure_above)
        yield from _menu_run(doc, *_labels_before(run, labels, below), section_heads, prose_share)
        yield from _lower_case_menu_run(doc, lower_case_run, below, prose_share)


def _labels_before(run: list[Line], labels: list[MenuLabel], following: Line | None) -> tuple[list[Line], list[MenuLabel]]:
    """The labels of ``run`` (with their ``labels``) that may make a menu, given the line
    ``following`` it: all of them, unless that line is a bare figure ("74", "85%") or goes
    on with a sentence, as a line in lower case may, but no link of a site's chrome
    ("contact us") does. Then none: the run may be a table's cells printed one a line, a
    sentence broken at its links, a header row over its marks, plant names in brackets
    over ") grow well indoors". But below a run of more than ``MAX_TABLE_ROW_CELLS``
    labels, a figure or a word in lower case takes only the last label: a video's length
    ("1:41") under a site's menu, a tag cloud in lower case under the "Tags" that ends a
    footer menu."""
    # A shorter run is no menu whatever follows it (see ``_menu_run``): the line is not read.
    if following is None or len(run) < MIN_MENU_ITEMS:
        return run, labels
    figure = is_bare_figure(following.text)
    # A name in camel case or a site's domain opens a label, not the rest of a sentence
    # ("iPhone, Android apps", "syracuse.com Sections"), unless the line ends as one does.
    continues = _CONTINUES_SENTENCE.match(following.text) is not None and (
        ends_sentence(following.text.rstrip())
        or not _is_camel_case(next(iter(words(following.text)), "")) and _OPENS_WITH_DOMAIN.match(following.text) is None
    )
    if not (figure or continues) or _is_link(phrase_key(following.text), ()):
        return run, labels
    if len(run) > MAX_TABLE_ROW_CELLS and (figure or _OPENS_WITH_LOWER_CASE_WORD.match(following.text)):
        return run[:-1], labels[:-1]
    return [], []


def _labels_after_figure(run: list[Line], labels: list[MenuLabel], figure: str) -> tuple[list[Line], list[MenuLabel]]:
    """The labels of ``run`` (with their ``labels``) that may make a menu below the bare
    figure ``figure``: none, since a table printed one cell a line alternates its labels
    with figures, unless there are more than ``MAX_TABLE_ROW_CELLS``: then all but the
    first (a shop's menu under the count of its cart, "0"). A list's number ("8.") or a
    version ("1.50.0") heads what follows it, the item's lines or the contents of that
    version's documentation: none then either."""
    if len(run) > MAX_TABLE_ROW_CELLS and _LIST_NUMBER_OR_VERSION.match(figure) is None:
        return run[1:], labels[1:]
    return [], []


_LIST_NUMBER_OR_VERSION = lazy(r"^\s*(?:\d+[.)]|\d+(?:\.\d+){2,})\s*$")


def _has_short_line_run(doc: Document) -> bool:
    """Whether ``MIN_MENU_ITEMS`` filled lines in a row are short enough to be menu items:
    without such a run no menu can be found, and the candidate search need not be built
    (a commit hook's clean text has none)."""
    length = 0
    for line in doc.lines:
        if line.is_blank:
            continue
        length = length + 1 if len(line.text.strip()) <= MAX_MENU_ITEM_CHARS else 0
        if length >= MIN_MENU_ITEMS:
            return True
    return False


# The menus of a page repeat, and so do those of the pages of a site ("Home", "Sports",
# "Privacy Policy"): each line is judged once (of the 106 naive pages' 7,845 lines that
# differ within a page, 4,869 differ across them all).
@lru_cache(maxsize=16384)
def _menu_label(text: str) -> MenuLabel | None:
    """The label of a line that is a menu item, None for any other line, among the lines
    that ``_menu_run_candidates`` finds."""
    stripped = text.strip()
    ascii_only = stripped.isascii()
    # The candidates hold no ASCII digit: ASCII without an underscore has no breaker.
    if ("_" in stripped or not ascii_only) and _MENU_ITEM_BREAKERS.search(stripped):
        return None
    first = stripped[:1]
    # A row of a pipe table ("| 125 g | Mehl |", "**Custom reports** | ✔ | ✘") is a table's, not a menu's.
    if stripped.count("|") > 1:
        return None
    # A bracket left open or closed alone is an aside broken at a link ("Peace lily (" /
    # "Spathiphyllum)"), a piece of a sentence.
    if ("(" in stripped or ")" in stripped) and stripped.count("(") != stripped.count(")"):
        return None
    # Most labels open with an ASCII letter, which opens no list marker.
    label = stripped if first.isascii() and first.isalpha() else _without_list_marker(stripped)
    # Scripts written without spaces hold a clause in one "word": count their characters.
    if not ascii_only and len(label) > MAX_UNSPACED_MENU_ITEM_CHARS and is_unspaced(label):
        return None
    label_words = words(label)
    if not 0 < len(label_words) <= MAX_MENU_ITEM_WORDS:
        return None
    # Most labels open with an ASCII letter: its case answers without the pattern.
    first = label[:1]
    if not (first.isupper() if first.isascii() and first.isalpha() else _UPPER_OR_DIGIT_START.match(label)):
        if not _is_camel_case(label_words[0]):
            return None
    return _new_menu_label((label, _capitalised(label_words), normalize_line(label)))


def _is_camel_case(word: str) -> bool:
    """Whether ``word`` opens in lower case with a capital inside, as names do ("iPhone",
    "eBay", "myMuseum", "ePost-Standard", not "anti-Hermitian"): a menu's label, where a word
    in lower case would go on with a sentence."""
    opening = word.split("-", 1)[0]
    return opening[:1].islower() and not opening.islower() and word.replace("-", "").isalpha()


def _menu_run(
    doc: Document,
    run: list[Line],
    labels: list[MenuLabel],
    section_heads: Callable[[bool], tuple[dict[str, int], int]],
    prose_share: Callable[[], float],
) -> Iterator[Finding]:
    if len(run) < MIN_MENU_ITEMS or _inside_sentence(doc, run[0]) or not _stands_apart(doc, run, prose_share):
        return
    titled = sum(map(_CAPITALISED, labels))
    if titled < TITLE_CASE_SHARE * len(run) or _reads_as_table_or_review(labels):
        return
    # A label printed again and again ("Photo", "Credit" under every picture) belongs to
    # a repeated structure of the article (captions, table cells), not to a menu.
    if _heads_sections_below(run, labels, section_heads):
        return
    shown = ", ".join(label.text for label in labels[:4]) + ", …"
    yield _removal(doc, run[0], run[-1], f"Menu of {len(run)} link labels: {shown}", Applicability.UNSAFE, "Remove the menu")


def _reads_as_table_or_review(labels: list[MenuLabel]) -> bool:
    """Whether ``labels`` hold ``MIN_TABLE_ANSWERS`` of a table's "Yes" or "No", or both
    headings of a review's pros and cons (bold, or with a colon, or not)."""
    keys = [label.key.strip("*_:") for label in labels]
    if sum(map(TABLE_ANSWERS.__contains__, keys)) >= MIN_TABLE_ANSWERS:
        return True
    present = set(keys)
    return any(pros in present and cons in present for pros, cons in PROS_AND_CONS)


def _stands_apart(doc: Document, run: list[Line], prose_share: Callable[[], float]) -> bool:
    """Whether ``run``, a run of labels, stands apart from the text as a menu does: no line
    with a colon introduces it, it opens no section, it is no list between paragraphs of a
    text mostly in prose nor a part of a numbered outline, and if it is bulleted it is long."""
    if _listed_under_colon(doc, run) or _opens_section(doc, run[0]):
        return False
    if _between_paragraphs(doc, run) and prose_share() >= MIN_CLEAN_PROSE_SHARE or _in_numbered_outline(doc, run):
        return False
    return not (all(is_list_item(line.text) for line in run) and len(run) < MIN_BULLETED_MENU_ITEMS)


MAX_INTRODUCED_LIST_LABELS = 25
MAX_MENU_HEADING_WORDS = 5


def _listed_under_colon(doc: Document, run: list[Line]) -> bool:
    """Whether a line ending with a colon introduces ``run`` as the article's list ("The
    panel included:"): any run under a sentence, and up to ``MAX_INTRODUCED_LIST_LABELS``
    labels under a label ("Sections:"). A longer run under a label of a few words is a
    site's menu under its heading ("Idioma:" over the languages and the categories)."""
    above = doc.nonblank_lines_before(run[0].index, 1)
    if not above or not ends_with_colon(above[0].text):
        return False
    return len(run) <= MAX_INTRODUCED_LIST_LABELS or has_words(above[0].text, MAX_MENU_HEADING_WORDS + 1)


MIN_LOWER_CASE_MENU_LINKS = 2


def _lower_case_menu_run(doc: Document, run: list[Line], following: Line | None, prose_share: Callable[[], float]) -> Iterator[Finding]:
    """``run``, labels in lower case (see ``_is_lower_case_label``), as a menu, when
    ``MIN_LOWER_CASE_MENU_LINKS`` of them or more are links of a site's chrome ("about",
    "contact", "blog"): a menu styled in lower case. Words in lower case one a line are
    also a sentence broken at its links, a list of tags or an identifier's parts, so
    neither edge may go on with a sentence or a table: the line above stops on no word
    that a sentence goes on from, and neither it nor ``following`` (the line below) is a
    figure; the line below opens with no word in lower case and no punctuation."""
    if len(run) < MIN_MENU_ITEMS:
        return
    above = doc.nonblank_lines_before(run[0].index, 1)
    if above and (is_bare_figure(above[0].text) or _ends_open(above[0].text)):
        return
    if following is not None and (is_bare_figure(following.text) or _CONTINUES_SENTENCE.match(following.text)):
        return
    links = sum(1 for line in run if _is_link(phrase_key(line.text), ()))
    if links < MIN_LOWER_CASE_MENU_LINKS or not _stands_apart(doc, run, prose_share):
        return
    shown = ", ".join(line.text.strip() for line in run[:4]) + ", …"
    yield _removal(doc, run[0], run[-1], f"Menu of {len(run)} link labels in lower case: {shown}", Applicability.UNSAFE, "Remove the menu")


@lru_cache(maxsize=4096)
def _is_lower_case_label(text: str) -> bool:
    """Whether a line of the candidates of ``_menu_run_candidates`` that is no capitalised
    label (see ``_menu_label``) is a label in lower case: up to ``MAX_MENU_ITEM_WORDS``
    words of letters (with "&", "'" or "-" between them), the first in lower case, the
    last no word a sentence goes on from ("and", "our"). A dot, a slash or a bracket
    makes a file's or an identifier's name ("robots.txt", "build.os"), not a link."""
    stripped = text.strip()
    return (
        _LOWER_CASE_LABEL.match(stripped) is not None
        and len(stripped.split()) <= MAX_MENU_ITEM_WORDS
        and not _ends_open(stripped)
    )


_LOWER_CASE_LABEL = lazy(r"\p{Ll}[\p{L}\p{M}&'’ -]*$")


def _between_paragraphs(doc: Document, run: list[Line]) -> bool:
    """Whether a paragraph of prose follows ``run``, and one of the two lines above it is one.

    Menus sit among other menus at the edges of a page; a run with the article's prose on
    both sides is a list of the article (the line right above may be its caption or a
    product's name).
    """
    below = doc.nonblank_lines_after(run[-1].index, 1)  # not an islice of the lines: it would walk them from the first
    if not below or not is_running_text(below[0].text, MIN_LEDE_WORDS):
        return False
    return any(is_running_text(line.text, MIN_LEDE_WORDS) for line in doc.nonblank_lines_before(run[0].index, 2))


def _in_numbered_outline(doc: Document, run: list[Line]) -> bool:
    """Whether ``run`` is a part of an outline the text gives, where a menu does not number
    its groups: it stands between two headings numbered one after the other ("1. Data
    Preprocessing" above, "2. Exploratory Data Analysis" below), or right under a
    numbered heading that is no item of a numbered list, with no heading numbered out of
    order below (a listicle's "1. TomboyX" over its tags, "B corp" / "Budget friendly").
    A numbered list of links goes on over its sub-items as a menu does (a documentation
    site's sidebar: "11. Lifting State Up" / "12. Thinking In React" / "Advanced Guides")."""
    above = doc.nonblank_lines_before(run[0].index, 2)
    first = _NUMBERED_HEADING.match(above[0].text) if above else None
    if first is None:
        return False
    below = doc.nonblank_lines_after(run[-1].index, 1)
    second = _NUMBERED_HEADING.match(below[0].text) if below else None
    if second is not None:
        return int(second[1]) == int(first[1]) + 1
    return len(above) == 1 or _NUMBERED_HEADING.match(above[1].text) is None


_NUMBERED_HEADING = lazy(r"^\s*(\d{1,2})[.)][^\S\n]+\p{L}")


def _heads_sections_below(
    run: list[Line], labels: list[MenuLabel], section_heads: Callable[[bool], tuple[dict[str, int], int]]
) -> bool:
    """Whether half the labels of ``run`` (``labels``: its lines' labels) or more head
    sections of the text below: a table of contents.

    A label heads a section when a later line reads the same and a paragraph of prose
    follows it: a menu printed again in the footer is followed by labels or teasers. The
    run may end on the first of those headings, when no text separates it from the table.
    ``section_heads`` gives the headings (see ``_section_heads``) and the largest index among them.
    """
    # Keyed once for each label, with its judgement: the labels of menus recur page after page.
    wanted = {label.key: line.index for label, line in zip(reversed(labels), reversed(run))}
    # A heading that is a paragraph itself has a key of ten words or more (case folding
    # never takes a word away), a label one of five at most, unless case folding makes
    # letters of its marks ("\u0345" folds to "ι"): only for such a key are those headings keyed.
    heads, last_head = section_heads(any(map(has_words, wanted, itertools.repeat(MIN_SECTION_PARAGRAPH_WORDS))))
    # Only the headings below the run's first line count.
    if last_head <= run[0].index:
        return False
    headed = sum(1 for key, index in wanted.items() if heads.get(key, -1) > index)
    return headed * 2 >= len(wanted)


def _paragraph_lines(doc: Document) -> list[Line]:
    """The lines that are paragraphs of prose (see ``_is_paragraph``), in order."""
    # Only the lines that end like a sentence or a label, found by one search of the text,
    # are counted for words; not those too short to hold enough (a character between words).
    found = doc.lines_closing_with(sentence_or_label_end())
    shortest = 2 * MIN_SECTION_PARAGRAPH_WORDS - 1
    return [line for line in found if len(line.text) >= shortest and has_words(line.text, MIN_SECTION_PARAGRAPH_WORDS)]


def _section_heads(doc: Document, paragraphs: list[Line], of_paragraphs: bool) -> dict[str, int]:
    """For each line that a paragraph of prose (one of ``paragraphs``) follows, its key and
    the index of its last such line; without ``of_paragraphs``, only the lines that are no
    paragraph themselves (of the 106 naive pages' headings, half are paragraphs, the
    longest lines: 9 of the 11 ms of keying them)."""
    lines = doc.lines
    heads = {}
    previous = -1
    for following in paragraphs:
        index = following.index - 1
        while index >= 0 and lines[index].is_blank:
            index -= 1
        # A paragraph above is the one before in the list: no other line stands between.
        if index >= 0 and (of_paragraphs or index != previous):
            heads[normalize_line(lines[index].text)] = index
        previous = following.index
    return heads


def _is_paragraph(text: str) -> bool:
    return ends_sentence_or_label(text) and has_words(text, MIN_SECTION_PARAGRAPH_WORDS)


def _opens_section(doc: Document, line: Line) -> bool:
    """Whether ``line``, a run's first, opens a section of the text: it is, or stands right
    under, a heading with a permalink's mark (documentation sites print "#" or "¶" after
    each heading, on its line or the next), and a paragraph of prose stands right above
    that heading. A menu stands apart from the sections of the text."""
    lines = doc.lines
    filled = [line, *itertools.islice((lines[index] for index in range(line.index - 1, -1, -1) if not lines[index].is_blank), 3)]
    for position, candidate in enumerate(filled[:2]):
        text = candidate.text.strip()
        if text[-1:] not in _PERMALINK_MARKS or _PERMALINK.search(text) is None:
            continue
        heading = position + 1 if len(text) == 1 else position
        return heading + 1 < len(filled) and _is_paragraph(filled[heading + 1].text)
    return False


_PERMALINK_MARKS = "#¶§"
# The mark alone, or right after the heading's last word: not the "#" of "C#".
_PERMALINK = lazy(r"(?:^|\p{L}\p{L})[#¶§]$")


def _capitalised(label_words: list[str]) -> bool:
    """Whether a label of these words reads as capitalised: it has two words at most, or
    every longer word starts with a capital ("Terms of Use")."""
    return len(label_words) <= 2 or all(word[0].isupper() for word in label_words if len(word) >= NAME_WORD_CHARS)


# -- company profiles -----------------------------------------------------------------


MIN_PROFILE_FACTS = 2
MAX_PROFILE_TAIL_LINES = 5
"""A company profile closes a press release: it is looked for among the last lines only."""
# Words _PROFILE_SUBJECT needs after a blank: a line holding none is not looked at.
_PROFILE_VERBS = (" is", " has", " was", " are", "\tis", "\thas", "\twas", "\tare")
_PROFILE_SUBJECT = lazy(r"^\s*(?P<subject>\p{Lu}[\w&.’'-]*(?:[ \t]+\p{Lu}[\w&.’'-]*){0,3})(?:’s|'s)?[ \t]+(?:is|has|was|are)\b")


def _may_open_profile(text: str) -> bool:
    return any(verb in text for verb in _PROFILE_VERBS)


@rule(
    code="B020",
    name="company-profile",
    category=Category.BOILERPLATE,
    summary="Company profile left at the end of a press release",
    fix=FixAvailability.ALWAYS,
    applicability=Applicability.UNSAFE,
)
def company_profile(doc: Document, options: Options) -> Iterator[Finding]:
    """## What it flags
    The "About the company" paragraphs that close a press release, when the heading that
    introduced them is gone: among the last five lines of the text, a paragraph that
    opens with a name as its subject ("Ascom is", "Acme Corp. has") and states at least
    two facts of a company profile ("headquartered in", "employs", "subsidiaries in",
    "listed on the", "stock exchange", "leading provider of"; the phrase files
    `company-profile.*.txt`), with the paragraphs right above it that open with the same
    name. "WeWork is headquartered in New York City." inside a story states one fact and
    is left alone, and so is a profile followed by more than four lines of text.

    ## Why it matters
    Newswires and company sites print the same profile under every release; extractors
    keep it as the last paragraphs of the body, where it repeats across a corpus and
    reads as if the article said it.

    ## Example
    ```text
    The new system goes on sale in March.
    Acme is headquartered in Baar, has subsidiaries in 15 countries and employs 1,300 people.
    ```

    ## Fix safety
    Unsafe: the profile is prose, and a story about a company can close on the same facts.
    """
    # Read from the end: a list of every non-blank line cost each page a pass over its lines.
    tail = doc.nonblank_lines_before(len(doc.lines), MAX_PROFILE_TAIL_LINES)[::-1]
    facts = family_keys("company-profile")
    for position in range(len(tail) - 1, -1, -1):
        line = tail[position]
        # The facts first: they turn away the usual last lines without the subject's
        # pattern, whose compile cost a commit hook 2.2M instructions.
        if not _may_open_profile(line.text):
            continue
        key = phrase_key(line.text)
        if count_held(key, facts) < MIN_PROFILE_FACTS:
            continue
        opening = _PROFILE_SUBJECT.match(line.text)
        if opening is None:
            continue
        subject = opening["subject"]
        first = position
        while first > 0 and (above := _PROFILE_SUBJECT.match(tail[first - 1].text)) is not None and above["subject"] == subject:
            first -= 1
        yield _removal(
            doc, tail[first], line, f"Company profile of {subject}: {line.text.strip()[:60]!r}",
            Applicability.UNSAFE, "Remove the profile",
        )
        return


# -- author boxes ---------------------------------------------------------------------


MAX_AUTHOR_BOX_LINES = 4
"""Lines of an author box under its heading: a name, a role, the first lines of a bio."""
MAX_AUTHOR_LABEL_WORDS = 10
"""Words of a name or role line of an author box ("Senior Principal Software Engineer, Docker")."""
MIN_AUTHOR_BIO_WORDS = 6
BIO_NAMING_WORDS = 10
"""The first words of a bio, among which it names its author ("Matt Frankel, CFP, is …")."""


@rule(
    code="B030",
    name="author-box",
    category=Category.BOILERPLATE,
    summary="Box about the article's author left in the text",
    fix=FixAvailability.ALWAYS,
    applicability=Applicability.UNSAFE,
    options=PHRASE_OPTIONS,
)
def author_box(doc: Document, options: Options) -> Iterator[Finding]:
    """## What it flags
    The box about the author that sites print under each article: a heading on a line of
    its own ("About the author", "Über den Autor", "À propos de l'auteur", "Об авторе";
    the phrase files `author-box.*.txt`, in 20 languages), with what stands under it: the
    author's name and role on short lines ("Christian Dupuis" / "Senior Principal
    Software Engineer, Docker"), and the bio, a paragraph that opens with the name or
    names the author ("Christian Dupuis is a software engineering leader with …",
    "is an entrepreneur and author of …" under the name, "Hi, I'm Marc …"). Four lines
    under the heading at most, and one bio paragraph; a heading under which the article
    goes on (a paragraph that is no bio) goes alone, or with the name under it.

    Also the box that a link to the author's other articles closes ("View all posts by
    Jane Doe", "More articles by Jane Doe"; the phrase file `author-link.en.txt`, where
    `*` stands for the name): from the nearest line above it, twelve at most, that is
    the name ("Jane Doe", "About Jane Doe") or opens a bio with it ("Jane Doe is a
    reporter …"), with a byline's label over the name ("Written by"), down to the link.
    The link goes alone when no line above names the author.

    Option `extend-phrases` (default empty) adds headings; `extend-phrases-file` names a
    file of them, one a line.

    ## Why it matters
    The box repeats under every article of the author, so its bio lands in each scraped
    copy and reads as the article's last paragraph.

    ## Example
    ```text
    The council approved the budget on Tuesday.
    About the author
    Jane Doe
    Jane Doe is a reporter who covers city hall.
    ```

    ## Fix safety
    Unsafe: a review of a book or an interview may close with a section about its author
    that the article means to keep.
    """
    for heading, _ in standalone_phrase_lines(doc, "author-box", _extension(options)):
        labels: list[Line] = []
        bio = None
        name_words: set[str] = set()
        for line in doc.nonblank_lines_after(heading.index, MAX_AUTHOR_BOX_LINES):
            if line.index - (labels[-1] if labels else heading).index > 2:
                break
            text = line.text.strip()
            if not has_words(text, MAX_AUTHOR_LABEL_WORDS + 1) and not ends_sentence(text) and not opens_in_lower_case(text):
                # A name or a role: the words a bio below names the author by.
                name_words.update(word.casefold() for word in words(text) if word[:1].isupper())
                labels.append(line)
                continue
            if has_words(text, MIN_AUTHOR_BIO_WORDS) and _is_short_prose(text) and _opens_bio(text, name_words):
                bio = line
            break
        # A line in lower case under the heading ("Early life") heads the article's next
        # section, and without a bio only a name under the heading is the box's.
        if labels and not _name_like(labels[0].text):
            last = heading
        else:
            last = bio or (labels[0] if labels and _is_byline_name(labels[0].text) else heading)
        shown = " / ".join(line.text.strip()[:40] for line in doc.lines[heading.index : last.index + 1] if line.text.strip())
        yield _removal(doc, heading, last, f"Author box: {shown[:120]}", Applicability.UNSAFE, "Remove the author box")
    for link, _ in standalone_phrase_lines(doc, "author-link", templates=True):
        first = _author_box_above(doc, link)
        shown = " / ".join(line.text.strip()[:40] for line in doc.lines[first.index : link.index + 1] if line.text.strip())
        yield _removal(doc, first, link, f"Author box: {shown[:120]}", Applicability.UNSAFE, "Remove the author box")


MAX_AUTHOR_LINK_BOX_LINES = 12
"""Non-blank lines of an author box above the link that closes it: the name, a bio broken
at its links, the author's profiles."""


def _author_box_above(doc: Document, link: Line) -> Line:
    """The first line of the author box that ``link`` ("View all posts by Jane Doe") closes:
    the nearest line above that is the author's name ("Jane Doe", "About Jane Doe") or
    opens a bio with it ("Jane Doe is a reporter …"), with a byline label above it
    ("Written by"); ``link`` itself when no line within ``MAX_AUTHOR_LINK_BOX_LINES``
    names the author."""
    name = phrase_key(link.text).rpartition(" by ")[2]
    headings = (name, "about " + name)
    above = doc.nonblank_lines_before(link.index, MAX_AUTHOR_LINK_BOX_LINES)
    for position, line in enumerate(above):
        key = phrase_key(line.text)
        if key in headings:
            return _under_byline_label(doc, line)
        if key.startswith(name + " ") and has_words(line.text, MIN_AUTHOR_BIO_WORDS):
            # The bio may stand under the name ("Jane Doe" / "Jane Doe is a reporter …").
            upper = above[position + 1 : position + 2]
            if upper and _near(upper[0].index, line.index, doc) and phrase_key(upper[0].text) in headings:
                line = upper[0]
            return _under_byline_label(doc, line)
    return link


def _under_byline_label(doc: Document, line: Line) -> Line:
    """The label of a byline right above ``line`` ("Written by" over the name), or ``line``."""
    label = doc.nonblank_lines_before(line.index, 1)
    if label and _near(label[0].index, line.index, doc) and phrase_key(label[0].text) in phrase_list("byline-label").exact:
        return label[0]
    return line


_BIO_OPENING = lazy(
    r"^(?:(?:\p{Lu}[\p{L}'’.-]*\s+){1,3}(?:\([^)\n]{1,40}\)\s*)?(?:,[^,\n]{1,40},\s*)?(?:is|was|has|writes|covers)\s"
    r"|(?:is|was|has)\s|(?:Hi|Hello|Hey)\b|I['’]m\s|I\s+am\s|My\s+name\s+is\s)"
)


def _opens_bio(text: str, name_words: set[str]) -> bool:
    """Whether a paragraph reads as an author's bio: it names the author of the lines
    above it among its first words, or opens as a bio does in English ("Jane Doe is",
    "is a reporter", "Hi, I'm")."""
    opening = words(text)[:BIO_NAMING_WORDS]
    return any(word.casefold() in name_words for word in opening) or _BIO_OPENING.match(text) is not None


# -- affiliate disclosures ------------------------------------------------------------


MIN_DISCLOSURE_CLUES = 2


@rule(
    code="B021",
    name="affiliate-disclosure",
    category=Category.BOILERPLATE,
    summary="Affiliate disclosure left in the text",
    fix=FixAvailability.ALWAYS,
    applicability=Applicability.UNSAFE,
    options=PHRASE_OPTIONS,
)
def affiliate_disclosure(doc: Document, options: Options) -> Iterator[Finding]:
    """## What it flags
    A line that tells readers the site earns a commission on what they buy through its
    links: "As an Amazon Associate, I earn from qualifying purchases.", "This post may
    contain affiliate links.", "When you purchase through our links, we may earn a
    commission." The line holds two clues of the phrase files
    `affiliate-disclosure.*.txt` ("affiliate link", "earn a commission", "qualifying
    purchases", "purchase through our links", "enlaces de afiliado", …); a phrase matches
    as a stem ("affiliate link" in "affiliate links"), and a listed phrase that holds
    another one says enough alone ("post may contain affiliate links"). Lines of more
    than 80 words, table rows and lines inside a sentence are left alone, and so is a
    sentence that names one clue ("Many bloggers use affiliate links to make money.").

    Option `extend-phrases` (default empty) adds clues; `extend-phrases-file` names a
    file of them, one a line.

    ## Why it matters
    Review and how-to sites print the same disclosure at the top or the bottom of every
    article; extractors keep it as a paragraph of the body, where it repeats across a
    corpus and says nothing about the article.

    ## Example
    ```text
    This post may contain affiliate links.
    The best standing desks hold their height without wobbling.
    ```

    ## Fix safety
    Unsafe: the disclosure is prose, and an article about affiliate marketing can say
    the same in a sentence of its own.
    """
    extra = _extension(options)
    clues = family_keys("affiliate-disclosure", extra)
    for line in lines_holding(doc, family_needles("affiliate-disclosure", extra)):
        text = line.text.strip()
        if text.startswith("|") or not _is_short_prose(text):
            continue
        key = phrase_key(text)
        if count_held(key, clues) >= MIN_DISCLOSURE_CLUES and not _inside_sentence(doc, line):
            yield _line_removal(doc, line, "Affiliate disclosure", safe=False)


# -- archive lists ---------------------------------------------------------------------


MIN_ARCHIVE_ITEMS = 3
MAX_ARCHIVE_LABEL_WORDS = 6
MAX_DATE_WORDS = 6
MAX_POST_TITLE_WORDS = 15
"""A widget's title is a headline; a longer line by a date may be an author's description
that another fix left there."""
MAX_ENTRY_KEY_CHARS = 64
"""An entry's key is short: a label of six words with its count, a month, a date."""
MAX_DATE_CHARS = 40
"""A date's key is short ("wednesday 0 september 0 at 0 0 pm" is 34 characters)."""
_ENTRY_COUNT = lazy(r"^\s*\(\s*\d[\d,.]*\s*\)\s*$")
_MONTH_AND_YEAR = lazy(r"^\s*(?:[^\w\s]{1,3}\s*)?(?P<month>\p{L}+)\.?[^\S\n]{1,3}(?:19|20)\d\d[^\S\n]{0,3}(?:\(\s*\d[\d,.]*\s*\))?\s*$")
# A list item's marker, as converters print them ("*", "+", "o"), then the label and its count.
# A marker inside the label is a second column's item that a fix of spaces joined to the
# line ("Day 7 + May (31)").
_COUNTED_LABEL = lazy(r"^\s*(?:[-*+•◦▪o]\s+)?(?P<label>(?:(?!\s[-*+•◦▪]\s)[^()\n★☆]){1,60}?)\s\((?P<count>\d[\d,]*)\)\s*$")
_COLUMN_GAP = "    "
"""Spaces inside a line where a converter put two columns of a page side by side."""
_YEAR_ONLY = lazy(r"(?:19|20)\d\d")
_DATED_YEAR = lazy(r"^[^\n]{0,40}?(?<!\d)(?:19|20)\d\d(?!\d)[^\n]{0,20}$")
"""A year in a short line: the spaces between a page's two columns make a long one."""
# A year first, or last after the day and the month; one separator throughout ("1.2/5" is a rating).
_NUMERIC_DATE = lazy(r"^\W*(?:\d{4}([./-])\d{1,2}\1\d{1,2}|\d{1,2}([./-])\d{1,2}\2(?:\d{2}|\d{4}))\W*$")


@rule(
    code="B022",
    name="archive-list",
    category=Category.BOILERPLATE,
    summary="Archive, category or recent-posts widget left as a list of months, counted labels or dated titles",
    fix=FixAvailability.ALWAYS,
    applicability=Applicability.SAFE,
)
def archive_list(doc: Document, options: Options) -> Iterator[Finding]:
    """## What it flags
    The archive, category and recent-posts widgets of a blog's sidebar, one link a line:
    - three or more lines in a row that are each a month with its year, perhaps with a
      count ("March 2020" / "February 2020 (4)" / "January 2020"; the month names of the
      phrase files `date-words.*.txt`);
    - three or more lines in a row that are each a label with its count in brackets
      ("Travel (12)", "* Novembro (113)"), or three or more labels in a row that each
      have their count on the line below ("Travel" / "(12)" / "Recipes" / "(4)");
    - three or more titles in a row that each have their date on the line below or
      above ("How to Choose a Font Pairing" / "25 February 2026" / "What Makes a Luxury
      Logo?" / "24 February 2026"; "2024-01-28").

    A label has at most six words and does not end a sentence or a label; a title has
    two to fifteen words, two of them not figures ("4.2.3" over "April 2014" is a
    table's row), and does not end with a period or a colon. A count is not a year
    ("Revenue (2024)"), and has no spaces inside its brackets as code has ("addItem ( 10
    )"). A date is only date words and numbers, with a year ("Day 9" is not one), and no
    colon at its end ("6 décembre 2019 :" over the press article it introduces is the
    article's). A run
    of months or of labels holds two different ones at least: "May 2021" / "May 2022" /
    "May 2023" may be the article's. A line of two columns side by side (an article's
    line, many spaces, a sidebar's "+ May (31)") is no entry.

    ## Why it matters
    These widgets are on every page of a blog; they list the site's months, categories
    and latest posts, not the article's text, and their figures read as data.

    ## Example
    ```text
    The trail reopens in May.
    Archives
    March 2020
    February 2020
    January 2020
    ```

    ## Fix safety
    Safe: the lines are only months with their years, labels with their counts, or
    titles with their dates; no article prints three of them in a row without a word
    between them.
    """
    indices, keys = short_lines(doc)
    # An entry's key is short and opens or closes with a number ("0" for a count, "march
    # 0" for a month, "0 days ago"; numbers key as "0").
    numbered = [position for position in lines_with_edge_word(doc, "0") if len(keys[position]) <= MAX_ENTRY_KEY_CHARS]
    if not numbered:
        return
    lines, texts = doc.lines, doc.line_texts
    counts = [lines[indices[position]] for position in numbered if keys[position] == "0" and _ENTRY_COUNT.match(texts[indices[position]])]
    runs = list(_paired_runs(doc, counts, _is_archive_label))
    if len(numbered) >= MIN_ARCHIVE_ITEMS:
        months = _date_words()
        entries = [
            (lines[indices[position]], entry) for position in numbered
            if keys[position].endswith(" 0") and (entry := _archive_entry(keys[position], texts[indices[position]], months))
        ]
        runs += _entry_runs(doc, entries)
        dates = [
            lines[indices[position]] for position in numbered
            if len(keys[position]) <= MAX_DATE_CHARS and _is_post_date(keys[position], texts[indices[position]], months)
        ]
        if len(dates) >= MIN_ARCHIVE_ITEMS:
            runs += _paired_runs(doc, dates, _is_post_title)
            runs += _paired_runs(doc, dates, _is_post_title, below=True)
    for run in _merged(runs):
        yield _removal(doc, run[0], run[-1], f"Archive list: {_first_lines_shown(run)}", Applicability.SAFE, "Remove the lines")


def _archive_entry(key: str, text: str, months: frozenset[str]) -> str | None:
    """What an entry of an archive list names: the month of a month and a year ("March
    2020", "März 2020 (4)"), or the label of a label with its count ("Travel (12)")."""
    split = key.split()
    if len(split) in (2, 3) and split[0] in months and (dated := _MONTH_AND_YEAR.match(text)):
        return dated["month"].casefold()
    counted = _COUNTED_LABEL.match(text)
    if counted is None or _YEAR_ONLY.fullmatch(counted["count"]) or not _is_archive_label(counted["label"]):
        return None
    return counted["label"].casefold()


def _is_post_date(key: str, text: str, months: frozenset[str]) -> bool:
    """Whether a line is only a date with its year: numbers and date words ("25 February
    2026", "Feb 3, 2024, 10:15 am"), or numbers joined as a date ("2026-02-25",
    "25.02.2026"). Not a day of a series ("Day 9"), nor a line of two columns."""
    tokens = key.split(None, MAX_DATE_WORDS)
    if len(tokens) > MAX_DATE_WORDS or not all(token == "0" or token in months for token in tokens):
        return False
    if ends_with_colon(text):  # a label over what it introduces: the article's list
        return False
    if _NUMERIC_DATE.match(text) is not None:
        return True
    return any(len(token) > 2 and token != "0" for token in tokens) and _DATED_YEAR.search(text) is not None


def _is_post_title(text: str) -> bool:
    """Whether a line reads as a post's title: two words or more that are not figures (a
    version, "4.2.3", is a table's cell), and no statement or label at its end (a title
    may ask: "What Makes a Luxury Logo?")."""
    stripped = text.strip()
    if not has_words(stripped, 2) or has_words(stripped, MAX_POST_TITLE_WORDS + 1) or _COLUMN_GAP in stripped:
        return False
    if ends_statement(stripped):
        return False
    return sum(not word.isdigit() for word in words(stripped)) >= 2


def _is_archive_label(text: str) -> bool:
    stripped = text.strip()
    return (
        bool(stripped) and not has_words(stripped, MAX_ARCHIVE_LABEL_WORDS + 1)
        and not ends_sentence_or_label(stripped) and _COLUMN_GAP not in stripped
    )


def _paired_runs(doc: Document, markers: list[Line], fits: Callable[[str], bool], below: bool = False) -> Iterator[list[Line]]:
    """Each run of ``MIN_ARCHIVE_ITEMS`` lines or more that each have one of ``markers``
    (a count, a date) on the line below (or above, with ``below``), the lines naming two
    things or more."""
    marked = {marker.index for marker in markers}
    run: list[Line] = []
    partners: list[str] = []
    for marker in [*markers, None]:
        pair: list[Line] = []
        if marker is not None:
            near = doc.nonblank_lines_after(marker.index, 1) if below else doc.nonblank_lines_before(marker.index, 1)
            if near and near[0].index not in marked and fits(near[0].text):
                pair = [marker, near[0]] if below else [near[0], marker]
        if pair and run and doc.nonblank_lines_after(run[-1].index, 1) == [pair[0]]:
            run += pair
            partners.append(pair[below].text.strip().casefold())
            continue
        if len(partners) >= MIN_ARCHIVE_ITEMS and len(set(partners)) > 1:
            yield run
        run, partners = pair, [pair[below].text.strip().casefold()] if pair else []


def _entry_runs(doc: Document, entries: list[tuple[Line, str]]) -> Iterator[list[Line]]:
    """Each run of ``MIN_ARCHIVE_ITEMS`` entries or more, one under the other, that name two things or more."""
    run: list[tuple[Line, str]] = []
    for entry in [*entries, None]:
        if entry is not None and run and doc.nonblank_lines_after(run[-1][0].index, 1) == [entry[0]]:
            run.append(entry)
            continue
        if len(run) >= MIN_ARCHIVE_ITEMS and len({named for _, named in run}) > 1:
            yield [line for line, _ in run]
        run = [entry] if entry is not None else []


def _merged(runs: list[list[Line]]) -> list[list[Line]]:
    """The runs in order, those that share lines merged: a list of titles under their
    dates is also a list of dates under their titles, one line shorter."""
    merged: list[list[Line]] = []
    for run in sorted(runs, key=lambda run: run[0].index):
        if merged and run[0].index <= merged[-1][-1].index:
            merged[-1] += [line for line in run if line.index > merged[-1][-1].index]
        else:
            merged.append(list(run))
    return merged


# -- tables of contents ---------------------------------------------------------------


MIN_CONTENTS_ENTRIES = 3
MAX_CONTENTS_GAP = 2
"""Lines in a row among the entries that the page does not print again ("Introduction",
which links to the top; the page's title): more end the table."""
# What a table of contents may print among its entries: its heading again ("Table of
# Contents" twice), the button that folds it ("Toggle", "[hide]", "View all"), numbers
# on lines of their own ("1." over "Allianz").
_CONTENTS_TOGGLES = frozenset({"toggle", "show", "hide", "expand", "collapse", "view all"})


@rule(
    code="B023",
    name="table-of-contents",
    category=Category.BOILERPLATE,
    summary="Table of contents whose entries the page prints again as its headings",
    fix=FixAvailability.ALWAYS,
    applicability=Applicability.UNSAFE,
)
def table_of_contents(doc: Document, options: Options) -> Iterator[Finding]:
    """## What it flags
    A table of contents: a line that heads one ("Table of contents", "In this article",
    "On this page", "Inhaltsverzeichnis", "Sommaire", "Содержание", "目次"; the phrase
    files `contents-heading.*.txt`, in 20 languages) over three entries or more, one a
    line, that the page prints again as lines of their own (its sections' headings,
    below the table or, in a sidebar's printed under the article, above it; "1 History"
    counts for "History"). The table runs on across single blank
    lines and short lines: among its entries, two lines in a row at most that are not
    printed again ("Introduction", which links to the top of the page), and two thirds
    of its lines at least are; its heading again, the button that folds it ("Toggle",
    "[hide]", "View all") and numbers on lines of their own ("1.") are read past. A line
    of prose ends it, and so does one that ends with a period unless the page prints it
    again (a section headed by a sentence; not dot leaders, "Introduction......"), and
    two blank lines. A heading that may be a piece of a sentence broken at a link ("… on
    gzipped" over "contents.") heads no table.

    A heading of more than one word ("Table of contents", "In this article", not
    "Contents") over a paragraph of prose is a table that the page's script fills in,
    printed empty: the heading is flagged, with the fold button, the mark ("▼") or the
    loading message ("Loading...") under it. The first section's heading may stand
    between it and the paragraph ("Introduction"), and stays, unless the heading ends
    with a colon ("In this article:" over its one entry); two short lines are entries.

    ## Why it matters
    A table of contents is the page's navigation: its entries are the article's
    headings once more, without their sections, and in a corpus they read as a list of
    fragments before the text begins.

    ## Example
    ```text
    Table of contents
    Why it matters
    How it works
    What to do next
    Why it matters
    The council voted on Monday.
    ```

    ## Fix safety
    Unsafe: the fix removes the heading and the entries. The article's headings are
    printed again and stay, but an entry that is not (a link to the top of the
    page, the page's title) goes with the table, and some editors count a table of
    contents as part of the article, and keep it. An empty table's heading may head a
    section of its own.
    """
    headings = [line for line, _ in standalone_phrase_lines(doc, "contents-heading") if not _joined(doc, line)]
    if not headings:
        return
    indices, keys = short_lines(doc)
    key_at = dict(zip(indices, keys))
    # An entry is printed again below the table, or above its heading (a sidebar's table under the article).
    unnumbered_keys = list(map(_unnumbered, keys))
    last_line_of = dict(zip(unnumbered_keys, indices))
    first_line_of = dict(zip(reversed(unnumbered_keys), reversed(indices)))
    neutral = _CONTENTS_TOGGLES | {key_at[heading.index] for heading in headings}
    lines = doc.lines
    end = -1
    for heading in headings:
        if heading.index <= end:
            continue
        last = filled = heading.index
        entries = gap = others = others_within = 0
        first_entry = None
        for index in range(heading.index + 1, len(lines)):
            if lines[index].is_blank:
                if index - filled > 1:
                    break
                continue
            key = key_at.get(index)
            if key is None:  # a long line: the text's prose
                break
            filled = index
            if key in neutral or not key.strip("0 "):
                continue
            text = lines[index].text.rstrip()
            # An entry may be a sentence that heads its section ("1. Planners save you time."),
            # not a line of dot leaders ("Introduction........ 3"), as a printed document's table has.
            if text.endswith(".."):
                break
            entry = _unnumbered(key)
            # The first entry again is the first section's heading ("Try it" over the example
            # it names): the text goes on from there. Other entries may recur in a table (each
            # method's "Parameters").
            if entry == first_entry:
                break
            if last_line_of.get(entry, -1) > index or first_line_of.get(entry, index) < heading.index:
                last, entries, gap, others_within = index, entries + 1, 0, others
                first_entry = first_entry or entry
                continue
            if text.endswith("."):  # a sentence
                break
            gap, others = gap + 1, others + 1
            if gap > MAX_CONTENTS_GAP:
                break
        # Two entries out of three at least are printed again.
        if entries >= MIN_CONTENTS_ENTRIES and entries >= 2 * others_within:
            end = last
            message = f"Table of contents: {heading.text.strip()!r} and {entries} entries printed again"
            yield _removal(doc, heading, lines[last], message, Applicability.UNSAFE, "Remove the table of contents")
        elif " " in key_at[heading.index] and (empty_end := _empty_contents_end(doc, heading, key_at)) is not None:
            yield _removal(doc, heading, empty_end, f"Empty table of contents: {heading.text.strip()!r} over a paragraph",
                           Applicability.UNSAFE, "Remove the heading")


_EMPTY_CONTENTS_FILLERS = _CONTENTS_TOGGLES | {"", "loading"}
"""What a table printed empty may show under its heading: its fold button, a mark ("▼") or
the message of the script that fills it in ("Loading...")."""
MAX_EMPTY_CONTENTS_LINES = 4
MIN_EMPTY_CONTENTS_SENTENCE_WORDS = 8
"""A sentence this long under the heading is the article's: an entry that is a sentence is shorter."""


def _empty_contents_end(doc: Document, heading: Line, key_at: dict[int, str]) -> Line | None:
    """The last line of a table of contents that a page's script fills in, printed empty:
    ``heading``, or the fold button, mark or loading message under it, when a paragraph of
    prose comes next (each line across one blank line at most): a sentence, or a line of a
    dozen words that breaks off as a sentence broken at a link does. One heading may stand
    between them, the first section's ("Introduction"), which stays, unless ``heading``
    ends with a colon: it introduces that line as its one entry ("In this article:"). Two
    short lines or more are entries."""
    last = previous = heading
    section_heading = False
    introduces_entry = ends_with_colon(heading.text)
    for line in doc.nonblank_lines_after(heading.index, MAX_EMPTY_CONTENTS_LINES):
        if not _near(previous.index, line.index, doc):
            return None
        previous = line
        text = line.text.strip()
        # A paragraph, or its first piece broken at a link, which ends on a word in lower case
        # or a comma: not a table's entries run together ("11.1. Introduction 11.2. Index Types").
        if is_running_text(text, MIN_EMPTY_CONTENTS_SENTENCE_WORDS) or has_words(text, MIN_RUNNING_WORDS) and _breaks_off(text):
            return last
        # A short line of marks only has no key.
        key = key_at.get(line.index, "" if len(text) <= MAX_PHRASE_LINE_CHARS else None)
        if not section_heading and key in _EMPTY_CONTENTS_FILLERS:
            last = line
        elif section_heading or introduces_entry or key is None or ends_statement(text):
            return None
        else:
            section_heading = True
    return None


def _breaks_off(text: str) -> bool:
    """Whether a line stops as a sentence broken at a link does: on a comma or a semicolon,
    or on a word in lower case (not on a colon, which introduces what follows)."""
    split = text.rsplit(None, 1)
    return bool(split) and (text.endswith((",", ";")) or not text.endswith(":") and opens_in_lower_case(split[-1]))


def _unnumbered(key: str) -> str:
    """A key without the number that opens it: "0 history" (numbers key as "0") is "history"."""
    return key[2:] if key.startswith("0 ") else key


# -- readers' comments ------------------------------------------------------------------


MIN_THREAD_REPLIES = 2
MAX_COMMENT_LINES = 15
"""Non-blank lines that a reader's comment may take between two reply buttons (its author,
its date, its paragraphs): two buttons farther apart are not one thread."""


@rule(
    code="B024",
    name="comment-thread",
    category=Category.BOILERPLATE,
    summary="Readers' comments under the article, each closed by a reply button",
    fix=FixAvailability.ALWAYS,
    applicability=Applicability.UNSAFE,
    options=PHRASE_OPTIONS,
)
def comment_thread(doc: Document, options: Options) -> Iterator[Finding]:
    """## What it flags
    Readers' comments left in the text: a run of comments, each with a reply button on a
    line of its own ("Reply", "Log in to Reply", "Antworten", "Répondre", "Ответить",
    "返信"; the phrase files `reply-button.*.txt`, in 20 languages), two buttons at least,
    with one to 15 non-blank lines between each two (a comment's author, its date, its
    paragraphs); a button printed twice in a row counts once. The thread runs to the
    last button. It starts below the comment section's heading or form ("12 Comments",
    "Leave a Reply"; B014's and B001's phrases) when that stands over the first comment,
    or where the first comment's header starts as the later comments show theirs (each
    has "says:" one line below the author: the line above the first comment's "says:"),
    no farther above the first button than the longest of the other comments takes;
    otherwise at the first button, and the first comment stays.

    Also a run of comments without buttons, each opening with its header: the author's
    name (six words at most, no sentence) right over "says:" ("sagt:", "dit :",
    "говорит:"; `comment-header.*.txt`, in 20 languages, the line ending with a colon),
    two comments at least, with at most 15 non-blank lines between a header and the next
    author. The header may end the author's line where that is an item of a list or the
    name is in bold ("1. **Hans** says:", as html2text prints a thread). The last comment
    runs to the comment section's heading or form below it ("Leave a Reply"), or for 15
    non-blank lines below its header at most.

    Option `extend-phrases` (default empty) adds reply buttons; `extend-phrases-file`
    names a file of them, one a line.

    ## Why it matters
    Comments are other people's text under the article, with their names, dates and
    buttons: in a corpus they read as the article going on in other voices.

    ## Example
    ```text
    The council will vote again in May.
    2 Comments
    Jane
    says:
    Great piece, thanks!
    Reply
    Sam
    says:
    I disagree with the second point.
    Reply
    ```

    ## Fix safety
    Unsafe: the fix removes the comments, which are prose. On a forum or a question-and-
    answer page the replies are the content, and some editors keep the comments under a
    post as part of it.
    """
    end = -1
    for finding in _threads_of_buttons(doc, options):
        end = doc.line_index(finding.end)
        yield finding
    yield from _threads_of_headers(doc, end)


def _threads_of_buttons(doc: Document, options: Options) -> Iterator[Finding]:
    """The threads whose comments each end with a reply button."""
    listed = phrase_list("reply-button", _extension(options))
    buttons = [line for line, _, kind in matching_lines(doc, listed) if kind in (EXACT, FUZZY)]
    if len(buttons) < MIN_THREAD_REPLIES:
        return
    # A button printed twice in a row (its icon's label and its own) is one button: the
    # thread's measures start at the first copy and end at the last.
    groups: list[list[Line]] = []
    for button in buttons:
        if groups and not _comment_lines(doc, groups[-1][-1], button):
            groups[-1].append(button)
        else:
            groups.append([button])
    thread: list[list[Line]] = []
    end = -1
    for group in [*groups, None]:
        if group is not None and thread and _comment_lines(doc, thread[-1][-1], group[0]) <= MAX_COMMENT_LINES:
            thread.append(group)
            continue
        if len(thread) >= MIN_THREAD_REPLIES:
            first, last = _thread_start(doc, thread, end), thread[-1][-1]
            end = last.index
            message = f"Comment thread: {len(thread)} comments closed by {last.text.strip()!r}"
            yield _removal(doc, first, last, message, Applicability.UNSAFE, "Remove the comments")
        thread = [group] if group is not None else []


def _comment_lines(doc: Document, above: Line, below: Line) -> int:
    """How many non-blank lines stand between two lines, counted up to one more than a comment takes."""
    count = 0
    for line in doc.lines[above.index + 1 : below.index]:
        if not line.is_blank:
            count += 1
            if count > MAX_COMMENT_LINES:
                break
    return count


def _thread_start(doc: Document, buttons: list[list[Line]], after: int) -> Line:
    """The first line of a thread: below the comment section's heading or form over the
    first comment, or where the first comment's header starts (see ``_first_comment_start``),
    when either is no farther above the first button than the longest other comment
    takes, nor above line ``after`` (the end of the thread before); the first button
    otherwise."""
    reach = max(_comment_lines(doc, above[-1], below[0]) for above, below in itertools.pairwise(buttons))
    first_button = buttons[0][0]
    above = [line for line in doc.nonblank_lines_before(first_button.index, reach + 1) if line.index > after]
    headings = _comment_chrome(doc)
    for position, line in enumerate(above):
        if line.index in headings:
            return above[position - 1] if position else first_button
    return _first_comment_start(doc, buttons, above) or first_button


MAX_AUTHOR_WORDS = 6
"""The most words of the line above a comment's "says:" that reads as its author's name."""


CommentOpening = tuple[Line, Line]
"""Where a comment of a thread without buttons opens: its author's line, and the line of
its header ("says:"), the same line when the header ends the author's."""


def _threads_of_headers(doc: Document, after: int) -> Iterator[Finding]:
    """The threads whose comments each open with a header (see ``_comment_openings``),
    below line ``after`` (the end of the threads of buttons). A comment ends where the
    next one's author stands; the last one where the comment section's chrome starts
    again, or ``MAX_COMMENT_LINES`` lines below its header."""
    thread: list[CommentOpening] = []
    for opening in [*_comment_openings(doc, after), None]:
        if opening is not None and thread:
            (_, header), (author, _) = thread[-1], opening
            if _comment_lines(doc, header, author) <= MAX_COMMENT_LINES:
                thread.append(opening)
                continue
        if len(thread) >= MIN_THREAD_REPLIES:
            (first, header), (_, last_header) = thread[0], thread[-1]
            message = f"Comment thread: {len(thread)} comments, each opening with its author's {header.text.strip()!r}"
            yield _removal(doc, first, _last_comment_end(doc, last_header), message, Applicability.UNSAFE, "Remove the comments")
        thread = [opening] if opening is not None else []


def _comment_openings(doc: Document, after: int) -> list[CommentOpening]:
    """The comments' headers below line ``after``, in order: "says:" (``comment-header.*.txt``)
    on a line of its own under its author's name (see ``_comment_author``), or ending the
    author's line where that is an item of a list or the name is in bold ("1. **Hans**
    says:", as html2text prints a thread; a line of prose may end with "says:" too)."""
    listed = phrase_list("comment-header")
    # The colon ends the line itself: a header in bold as a whole ("**Makali wrote:**")
    # quotes someone in the article, as a post quoting e-mails does.
    openings = [
        (author, line)
        for line, _, kind in matching_lines(doc, listed)
        if kind == EXACT and line.index > after and line.text.rstrip().endswith((":", "："))
        for author in [_comment_author(doc, line)]
        if author is not None and author.index > after
    ]
    # Looked up by the header's last word among the short lines' keys: a search of the
    # text for the headers cost every commit hook 1.7M instructions.
    indices, keys = short_lines(doc)
    headers = family_keys("comment-header")
    for position in lines_with_edge_word(doc, *_last_words(headers)):
        line, key = doc.lines[indices[position]], keys[position]
        text = line.text.rstrip()
        if line.index <= after or not text.endswith((":", "：")) or not (is_list_item(text) or "**" in text):
            continue
        header = next((header for header in headers if key.endswith(f" {header}")), None)
        if header is not None and not has_words(key[: -len(header)], MAX_AUTHOR_WORDS + 2):  # with the item's number
            openings.append((line, line))
    return sorted(openings)


@lru_cache(maxsize=1)
def _last_words(keys: tuple[str, ...]) -> frozenset[str]:
    """The last word of each of ``keys``: the short lines that end with one are looked up by it."""
    return frozenset(key.rsplit(" ", 1)[-1] for key in keys)


def _comment_author(doc: Document, header: Line) -> Line | None:
    """The line right above a comment's "says:", where it reads as a name: a few words, no sentence."""
    if header.index == 0 or doc.lines[header.index - 1].is_blank:
        return None
    author = doc.lines[header.index - 1]
    text = author.text.strip()
    return None if has_words(text, MAX_AUTHOR_WORDS + 1) or ends_statement(text) else author


def _last_comment_end(doc: Document, header: Line) -> Line:
    """The last line of the comment under ``header``, the last of a thread: at most
    ``MAX_COMMENT_LINES`` lines below it, ending before a line of the comment section's
    chrome (its form, its heading)."""
    chrome = _comment_chrome(doc)
    last = header
    for line in doc.nonblank_lines_after(header.index, MAX_COMMENT_LINES):
        if line.index in chrome:
            break
        last = line
    return last


@document_view
def _comment_chrome(doc: Document) -> frozenset[int]:
    """The lines that are a comment section's heading or a comment form's prompt (the
    phrases of B014 and B001): worked out once for a text, however many threads and forms
    ask (once for each, the time grew with the square of a text of many pages)."""
    return frozenset(line.index for family in ("comment-section", "comment-form") for line, _, _ in matching_lines(doc, phrase_list(family)))

MAX_COMMENT_HEADER_LINES = 3
"""How far into a comment its header may run: the author, "says:", the date."""
MAX_COMMENT_HEADER_WORDS = 3
"""The most words of a header line that one later comment alone may show ("says:", "wrote
on"): a longer line may be the comment's text."""


def _first_comment_start(doc: Document, buttons: list[list[Line]], above: list[Line]) -> Line | None:
    """Where the first comment starts, told by a line that every later comment has at the
    same place in its header ("says:" below the author, a date in one format, numbers
    keyed alike): the line as far above its copy over the first button as the line sits
    below the start of the later comments."""
    keys_above = [phrase_key(line.text) for line in above]
    headers = [
        [line for line in doc.nonblank_lines_after(button[-1].index, MAX_COMMENT_HEADER_LINES) if line.index < following[0].index]
        for button, following in itertools.pairwise(buttons)
    ]
    for place in range(1, MAX_COMMENT_HEADER_LINES):
        keys = {phrase_key(header[place].text) if len(header) > place else "" for header in headers}
        key = keys.pop()
        if keys or not key or len(headers) < 2 and has_words(key, MAX_COMMENT_HEADER_WORDS + 1):
            continue
        for position, above_key in enumerate(keys_above[: len(above) - place]):
            if above_key == key:
                return above[position + place]
    return None


# -- forms -------------------------------------------------------------------------------


MIN_FORM_FIELDS = 3
FORM_CONTEXT_LINES = 3
"""How near a comment section's heading or a comment form's prompt ("Leave a Reply")
stands to a run of labels that it heads or closes."""
_REQUIRED_MARKS = ("*", "＊")


@rule(
    code="B025",
    name="form-fields",
    category=Category.BOILERPLATE,
    summary="Labels of a web form's fields left as lines",
    fix=FixAvailability.ALWAYS,
    applicability=Applicability.SAFE,
    options=PHRASE_OPTIONS,
)
def form_fields(doc: Document, options: Options) -> Iterator[Finding]:
    """## What it flags
    The labels of a web form's fields and buttons, three different ones or more in a
    row, each a line of its own: "Name", "Email", "Website", "Comment", "Submit",
    "Vorname", "Adresse e-mail", "Комментарий", "メールアドレス" (the phrase files
    `form-field.*.txt`, in 20 languages). Blank lines, lines of a required mark ("*")
    and the comment form's own strings (B001's: "(Address never made public)") may stand
    between them. Labels that are the items of a list, or that a line ending
    with a colon introduces ("The form asks for:"), are left alone.

    Also a line of nothing but "Δ": the hidden field that WordPress's anti-spam plugins
    add to every comment, contact and sign-up form, which extraction prints as a line.
    Left alone in a text with other Greek letters, and next to a line of one or two
    letters or digits (the pieces of a formula printed one a line).

    Option `extend-phrases` (default empty) adds labels; `extend-phrases-file` names a
    file of them, one a line.

    ## Why it matters
    A comment, contact or sign-up form loses its boxes in extraction and leaves their
    labels, one a line, in the text: words of no sentence.

    ## Example
    ```text
    The museum reopens in May.
    Leave a Reply
    Name *
    Email *
    Website
    ```

    ## Fix safety
    Safe when the form shows itself: a label marked required ("Name *", "(required)"),
    or a comment section's heading or a comment form's prompt ("Comments", "Leave a
    Reply"; B014's and B001's phrases) within three lines.
    Otherwise unsafe: the header of a table printed one cell a line ("Name", "Email",
    "Phone") reads the same. Unsafe too in a text that shows code.
    """
    # The marker first, in C: most texts hold no "Δ".
    if _ANTI_SPAM_MARKER in doc.text:
        yield from _anti_spam_markers(doc)
    listed = phrase_list("form-field", _extension(options))
    labels = [line for line, _, kind in matching_lines(doc, listed) if kind == EXACT]
    if len(labels) < MIN_FORM_FIELDS:
        return
    for run in _label_runs(doc, labels):
        if len({phrase_key(line.text) for line in run}) < MIN_FORM_FIELDS or _introduced_as_list(doc, run):
            continue
        safe = (_marks_required(doc, run) or _near_comment_chrome(doc, run)) and not doc.shows_code
        applicability = Applicability.SAFE if safe else Applicability.UNSAFE
        yield _removal(doc, run[0], run[-1], f"Form fields: {_first_lines_shown(run)}", applicability, "Remove the labels")


_ANTI_SPAM_MARKER = "\u0394"
""""Δ", the text of the hidden field that WordPress's anti-spam plugins add to forms."""
_GREEK_LETTER = lazy(r"[\p{Greek}--[\u0394]]", flags=regex.V1)
_FORMULA_PIECE_CHARS = 2


def _anti_spam_markers(doc: Document) -> Iterator[Finding]:
    """Each line of nothing but the anti-spam marker, in a text without other Greek
    letters, away from a formula's pieces."""
    if _GREEK_LETTER.search(doc.text):
        return
    # The lines that hold the marker, found in C: not every line of a long text read in Python.
    for index in sorted({doc.line_index(offset) for offset in find_all(doc.text, _ANTI_SPAM_MARKER)}):
        line = doc.lines[index]
        if line.text.strip() != _ANTI_SPAM_MARKER:
            continue
        neighbours = [doc.lines[index].text.strip() for index in _neighbours(doc, line.index)]
        if any(_is_formula_piece(text) for text in neighbours):
            continue
        yield _line_removal(doc, line, "Anti-spam field of a form", safe=not doc.shows_code)


def _is_formula_piece(text: str) -> bool:
    """Whether a line reads as a piece of a formula printed one a line ("x", "2"): a
    letter or a digit, or two (a required mark, "*", is a form's)."""
    return len(text) <= _FORMULA_PIECE_CHARS and any(map(str.isalnum, text))


def _label_runs(doc: Document, labels: list[Line]) -> Iterator[list[Line]]:
    """The labels in runs: between two labels of a run stand only blank lines, required
    marks and the comment form's own strings ("E-Mail" / "(Adresse wird niemals
    veröffentlicht)" / "Name")."""
    run = [labels[0]]
    for label in labels[1:]:
        between = doc.lines[run[-1].index + 1 : label.index]
        if all(line.is_blank or line.text.strip() in _REQUIRED_MARKS or line.index in _comment_chrome(doc) for line in between):
            run.append(label)
            continue
        yield run
        run = [label]
    yield run


def _introduced_as_list(doc: Document, run: list[Line]) -> bool:
    """Whether the labels are the items of a list, or a line ending with a colon introduces them."""
    return introduced_by_colon(doc, run[0].index) or any(is_list_item(line.text) for line in run)


def _marks_required(doc: Document, run: list[Line]) -> bool:
    """Whether a label of the run is marked required: a star ("Name *", or one a line) or a label in brackets ("(required)")."""
    lines = doc.lines[run[0].index : run[-1].index + 1]
    return any(any(mark in line.text for mark in _REQUIRED_MARKS) or _in_brackets(line.text.strip()) for line in lines)


def _in_brackets(text: str) -> bool:
    return text.startswith("(") and text.endswith(")")


def _near_comment_chrome(doc: Document, run: list[Line]) -> bool:
    """Whether a comment section's heading or a comment form's prompt stands within
    ``FORM_CONTEXT_LINES`` non-blank lines above or below the run."""
    near = [*doc.nonblank_lines_before(run[0].index, FORM_CONTEXT_LINES), *doc.nonblank_lines_after(run[-1].index, FORM_CONTEXT_LINES)]
    chrome = _comment_chrome(doc)
    return any(line.index in chrome for line in near)



# -- loading messages ----------------------------------------------------------------


_ELLIPSES = ("...", "…", ". . .")


@rule(
    code="B026",
    name="loading-message",
    category=Category.BOILERPLATE,
    summary="A widget's loading or error message left as a line",
    fix=FixAvailability.ALWAYS,
    applicability=Applicability.SAFE,
    options=PHRASE_OPTIONS,
)
def loading_message(doc: Document, options: Options) -> Iterator[Finding]:
    """## What it flags
    A line that a widget prints while its script loads, ending with an ellipsis:
    "Loading...", "Loading prices for your region…", "Please wait...", "Wird geladen…",
    "Chargement…", "Загрузка…", "読み込み中…" (the phrase files `loading-message.*.txt`,
    in 20 languages, where `*` stands for one to six words). Without the ellipsis the
    line may be a heading ("Loading", "Loading Photo Gallery") and is left alone.

    Also the messages a widget prints when its script fails, two or more in a row ("Sorry,
    something went wrong." / "Uh oh!" / "There was an error while loading." / "Please
    reload this page.", "Etwas ist schiefgelaufen" / "Bitte versuchen Sie es später
    erneut"; the phrase files `widget-error.*.txt`, in 10 languages). One such line alone
    may be a line of dialogue, and a run under a line that ends with a colon is an example
    that the article gives ("A bad error message:").

    Option `extend-phrases` (default empty) adds messages (with `*` wildcards);
    `extend-phrases-file` names a file of them, one a line.

    ## Why it matters
    The script replaces the message with the content it loads; a scraper that does not
    run it keeps the message, which says nothing about the article.

    ## Example
    ```text
    The museum reopens in May.
    Loading...
    ```

    ## Fix safety
    Safe: the line is only the message. Unsafe in a text that shows code, where it may be
    a program's output.
    """
    yield from _widget_errors(doc)
    # The ellipsis first, in C: most texts end no line with one, and build no phrase list.
    if not any(map(doc.text.__contains__, _ELLIPSES)):
        return
    messages = phrase_list("loading-message", _extension(options), templates=True)
    for line, _, kind in matching_lines(doc, messages):
        if kind and line.text.rstrip().endswith(_ELLIPSES) and not _inside_sentence(doc, line):
            yield _line_removal(doc, line, "Loading message", safe=not doc.shows_code)


MIN_WIDGET_ERRORS = 2


def _widget_errors(doc: Document) -> Iterator[Finding]:
    """The runs of ``MIN_WIDGET_ERRORS`` error messages of a widget or more, next to each
    other across at most one blank line, not introduced by a line that ends with a colon."""
    run: list[Line] = []
    errors = [line for line, _ in standalone_phrase_lines(doc, "widget-error")]
    for line in [*errors, None]:
        if line is not None and (not run or _near(run[-1].index, line.index, doc)):
            run.append(line)
            continue
        if len(run) >= MIN_WIDGET_ERRORS and not introduced_by_colon(doc, run[0].index):
            applicability = Applicability.UNSAFE if doc.shows_code else Applicability.SAFE
            yield _removal(doc, run[0], run[-1], f"Error messages of a widget: {_first_lines_shown(run)}", applicability, "Remove the lines")
        run = [line] if line is not None else []


# -- pagers ----------------------------------------------------------------------------


@rule(
    code="B027",
    name="pager-links",
    category=Category.BOILERPLATE,
    summary="Links to the page before and the page after, left as lines",
    fix=FixAvailability.ALWAYS,
    applicability=Applicability.UNSAFE,
    options=PHRASE_OPTIONS,
)
def pager_links(doc: Document, options: Options) -> Iterator[Finding]:
    """## What it flags
    A pager: two different links to the page before and the page after, each a line of
    its own ("Previous" / "Next", "Vorherige" / "Nächste", "Précédent" / "Suivant",
    "前へ" / "次へ"; the phrase files `pager-link.*.txt`, in 20 languages), next to each
    other or with the title of the page before between them. With a title between, the
    title of the page after, on the line below the second link, goes with them
    ("Previous" / "Installation" / "Next" / "Tutorial"). A link printed twice in a row
    goes with its copy. A link inside a sentence, or two links apart, is left alone.

    Option `extend-phrases` (default empty) adds links; `extend-phrases-file` names a
    file of them, one a line.

    ## Why it matters
    A pager leads to other pages of the site; its labels and the titles it names are not
    the article's text.

    ## Example
    ```text
    The council will vote again in May.
    Previous
    Next
    ```

    ## Fix safety
    Unsafe: some editors keep a documentation page's pager with its text, and a
    carousel's "Next" button may sit among the article's own slides.
    """
    links = [line for line, _, kind in matching_lines(doc, phrase_list("pager-link", _extension(options))) if kind == EXACT]
    end = -1
    for first, second in itertools.pairwise(links):
        if first.index <= end or phrase_key(first.text) == phrase_key(second.text):
            continue
        between = doc.lines[first.index + 1 : second.index]
        titles = [line for line in between if not line.is_blank]
        if len(titles) > 1 or titles and not _names_a_page(titles[0]) or len(between) > len(titles) + 2:
            continue
        if _inside_sentence(doc, first) or _inside_sentence(doc, second):
            continue
        first, second = _with_its_copy(doc, first, -1), _with_its_copy(doc, second, 1)
        last = second
        below = doc.nonblank_lines_after(second.index, 1)
        if titles and below and _near(second.index, below[0].index, doc) and _names_a_page(below[0]):
            last = below[0]
        end = last.index
        message = f"Pager: {_first_lines_shown([line for line in doc.lines[first.index : last.index + 1] if not line.is_blank])}"
        yield _removal(doc, first, last, message, Applicability.UNSAFE, "Remove the pager")


def _with_its_copy(doc: Document, line: Line, step: int) -> Line:
    """``line``, or its copy right above it (``step`` -1) or below it (1): a link printed
    twice in a row (its icon's label and its own)."""
    found = doc.nonblank_lines_before(line.index, 1) if step < 0 else doc.nonblank_lines_after(line.index, 1)
    if found and _near(line.index, found[0].index, doc) and phrase_key(found[0].text) == phrase_key(line.text):
        return found[0]
    return line


def _names_a_page(line: Line) -> bool:
    """Whether a line reads as the title of a page a pager links to: short, and not a sentence."""
    text = line.text.strip()
    return 0 < len(text) <= MAX_PHRASE_LINE_CHARS and not ends_statement(text)


# -- breadcrumbs -----------------------------------------------------------------------


MAX_CRUMBS = 3
"""The sections a breadcrumb trail names between the home page and the page itself, at
most: a home link over more menu labels heads a menu."""


@rule(
    code="B028",
    name="breadcrumb-trail",
    category=Category.BOILERPLATE,
    summary="Breadcrumb trail left one link a line",
    fix=FixAvailability.ALWAYS,
    applicability=Applicability.SAFE,
    options=PHRASE_OPTIONS,
)
def breadcrumb_trail(doc: Document, options: Options) -> Iterator[Finding]:
    """## What it flags
    A breadcrumb trail printed one link a line: a link to the home page on a line of its
    own ("Home", "Startseite", "Accueil", "Главная", "首页"; the phrase files
    `home-link.*.txt`, in 20 languages), with the menu labels right below it
    (`menu-label.*.txt`: "Blog", "News", "Resources"), one to three of them. The
    page's own title, which ends the trail, stays.

    A trail printed as a bulleted list ("* Home" / "* Blog") goes the same way. A trail
    printed as an ordered list ("1. Home" / "2. Blog" / "3. The page's title", as
    html2text prints one) goes but for its last item, the page itself: two to five items
    after the home link.

    Left alone: a home link that heads a paragraph or a sentence (a heading of the
    article's), stands under a line ending with a colon or sits inside a sentence; and a
    home link over four menu labels or more, which is a menu (see `navigation` and
    `link-menu`). A label right over a paragraph of prose is a heading and ends the
    trail before it.

    Option `extend-phrases` (default empty) adds home links; `extend-phrases-file` names
    a file of them, one a line.

    ## Why it matters
    The trail says where the page sits in the site's menus. It repeats on every page of
    a section and is not part of the article.

    ## Example
    ```text
    Home
    Blog
    Five easy sewing patterns for beginners
    ```

    ## Fix safety
    Safe: the lines are only the links' text. Unsafe in a text that shows code, where a
    line may be a program's output, and for a trail printed as a list: an article's list
    may start with "Home" (and the items of an ordered one are not listed labels).
    """
    extension = _extension(options)
    roots = [line for line, kind in standalone_phrase_lines(doc, "home-link", extension) if kind == EXACT]
    roots = sorted(roots + _numbered_home_links(doc, extension))
    if not roots:
        return
    labels = _menu_label_lines(doc)
    end = -1
    for root in roots:
        if root.index <= end or introduced_by_colon(doc, root.index):
            continue
        if _ITEM_NUMBER.match(root.text):
            crumbs = _numbered_crumbs(doc, root)
        else:
            crumbs = _labels_under(doc, root, labels) if _reads_as_link(root.text) and _is_button(doc, root) else None
        if crumbs is None:
            continue
        # A list of the article's may start with "Home": an item goes only as an unsafe fix.
        safe = not (doc.shows_code or is_list_item(root.text))
        applicability = Applicability.SAFE if safe else Applicability.UNSAFE
        last = crumbs[-1] if crumbs else root
        end = last.index
        message = f"Breadcrumb trail: {_first_lines_shown([root, *crumbs])}"
        yield _removal(doc, root, last, message, applicability, "Remove the trail")


def _labels_under(doc: Document, root: Line, labels: dict[int, Line]) -> list[Line] | None:
    """The menu labels (``labels``, by index) right under a home link, up to the last one that
    is no heading over prose; None when more than ``MAX_CRUMBS`` follow it (a menu)."""
    crumbs: list[Line] = []
    above = root
    for line in doc.nonblank_lines_after(root.index, MAX_CRUMBS + 1):
        if line.index not in labels or not _near(above.index, line.index, doc):
            break
        crumbs.append(line)
        above = line
    if len(crumbs) > MAX_CRUMBS:
        return None
    while crumbs and not _is_button(doc, crumbs[-1]):
        crumbs.pop()
    return crumbs


def _numbered_home_links(doc: Document, extension: tuple[str, ...]) -> list[Line]:
    """The lines that are a home link numbered as an item of a list ("1. Home"; keyed "0 home")."""
    numbered = lines_with_edge_word(doc, "0")
    if not numbered:
        return []
    links = phrase_list("home-link", extension).exact
    indices, keys = short_lines(doc)
    return [doc.lines[indices[position]] for position in numbered if keys[position].startswith("0 ") and keys[position][2:] in links]


_ITEM_NUMBER = lazy(r"\s*(\d{1,2})[.)]\s")


def _numbered_crumbs(doc: Document, root: Line) -> list[Line] | None:
    """The items after a home link that is the first of an ordered list ("1. Home" /
    "2. Blog" / "3. The page's title", as html2text prints a trail), but the last one,
    which names the page itself. None for a home link that is no first item, or a list
    longer than a trail."""
    number = _ITEM_NUMBER.match(root.text)
    if number is None or number[1] != "1":
        return None
    items: list[Line] = []
    above = root
    for line in doc.nonblank_lines_after(root.index, MAX_CRUMBS + 2):
        number = _ITEM_NUMBER.match(line.text)
        if number is None or int(number[1]) != len(items) + 2 or not _near(above.index, line.index, doc):
            break
        items.append(line)
        above = line
    if not items or len(items) > MAX_CRUMBS + 1:
        return None
    return items[:-1]


MIN_DESCRIBED_MENU_PAIRS = 3
MIN_DESCRIBED_MENU_LABELS = 2
MIN_DESCRIPTION_WORDS = 4
MAX_DESCRIPTION_WORDS = 20
MAX_DESCRIPTION_CHARS = 240


@rule(
    code="B029",
    name="described-menu",
    category=Category.BOILERPLATE,
    summary="Menu whose links each carry a line of description",
    fix=FixAvailability.ALWAYS,
    applicability=Applicability.UNSAFE,
)
def described_menu(doc: Document, options: Options) -> Iterator[Finding]:
    """## What it flags
    Three links or more, each on a line of its own with a line of description under it,
    two of them or more menu labels of a site (`menu-label.*.txt`: "Careers", "Blog",
    "Events", "News"): a menu that shows a sentence under each of its links ("Careers" /
    "Learn about working at Emplifi and find the perfect role for you."), or a list of
    teasers, each headline under its section's label ("News" / "Nintendo reveals the
    final trailer…"). A link is a line that `link-menu` reads as a label: up to five
    words, capitalised, no digit, no punctuation at its end; a description is a line of
    four to twenty words (and 240 characters at most) that opens with neither
    punctuation nor a word in lower case and is no label capitalised as a title is ("Yoast
    and WordPress" is a link; "Giving back to our community" describes one).

    Left alone: pairs whose labels are not a site's menu labels (an article's terms and
    their definitions, a product's features), fewer than three pairs, and paragraphs
    of more than twenty words under headings that are menu labels.

    ## Why it matters
    Sites put a line of description under each link of their large menus, and a list of
    teasers under each section's name. The text they leave repeats on every page and
    reads like the article's own sentences, so a reader cannot tell where the article
    begins.

    ## Example
    ```text
    Company
    Powering the next generation of applications
    Careers
    Build the future of data and AI
    Events
    Meet the team at conferences around the world
    The council approved the budget on Tuesday.
    ```

    ## Fix safety
    Unsafe: an article may name the sections of a site and say what each holds, one
    line each.
    """
    anchors = _menu_label_lines(doc)
    if len(anchors) < MIN_DESCRIBED_MENU_LABELS:
        return
    end = -1
    for index in sorted(anchors):
        if index <= end:
            continue
        # Most listed labels stand in menus without descriptions, right over another label:
        # the line under each is read first.
        if index + 1 in anchors:
            continue
        under = doc.nonblank_lines_after(index, 1)
        if not under or not _is_description(under[0].text):
            continue
        start = anchors[index]
        # The menu may open with a link that is no listed label: walk back pair by pair.
        while True:
            before = doc.nonblank_lines_before(start.index, 2)
            if len(before) < 2 or not (_is_description(before[0].text) and _is_described_link(before[1].text)):
                break
            start = before[1]
        pairs = _described_pairs(doc, start)
        if len(pairs) < MIN_DESCRIBED_MENU_PAIRS:
            continue
        if sum(1 for link, _ in pairs if link.index in anchors) < MIN_DESCRIBED_MENU_LABELS:
            continue
        end = pairs[-1][1].index
        shown = ", ".join(link.text.strip() for link, _ in pairs[:3]) + ", …"
        yield _removal(
            doc, start, pairs[-1][1], f"Menu of {len(pairs)} links, each with a line of description: {shown}",
            Applicability.UNSAFE, "Remove the menu",
        )


def _described_pairs(doc: Document, first: Line) -> list[tuple[Line, Line]]:
    """The links from ``first`` on, each with the line of description under it, as long as they go."""
    pairs = []
    link = first
    while _is_described_link(link.text):
        following = doc.nonblank_lines_after(link.index, 2)
        if not following or not _is_description(following[0].text):
            break
        pairs.append((link, following[0]))
        if len(following) < 2:
            break
        link = following[1]
    return pairs


@lru_cache(maxsize=4096)
def _is_described_link(text: str) -> bool:
    """Whether a line reads as a link of a menu (see ``_menu_label``): short, capitalised,
    with no digit, no comma, no address and no punctuation at its end."""
    stripped = text.strip()
    return (
        len(stripped) <= MAX_MENU_ITEM_CHARS
        and not stripped.rstrip(MENU_ITEM_CLOSERS).endswith(tuple(MENU_ITEM_END_MARKS))
        and not any(map(str.isdigit, stripped))
        and not any(map(stripped.__contains__, MENU_ITEM_BREAKING_STRINGS))
        and _menu_label(text) is not None
    )


def _is_description(text: str) -> bool:
    """Whether a line reads as a link's line of description: a few words more than a
    label, opening as a sentence does. A line that opens with punctuation or in lower case
    goes on from the line above: a term and its definition broken at the term's emphasis
    ("Scalability" / ": Resources can be scaled …")."""
    # Paragraphs are ruled out by their length before their words are counted.
    return (
        len(text) <= MAX_DESCRIPTION_CHARS
        and not _CONTINUES_SENTENCE.match(text)
        and has_words(text, MIN_DESCRIPTION_WORDS)
        and not has_words(text, MAX_DESCRIPTION_WORDS + 1)
        and not _is_capitalised_link(text)
    )


def _is_capitalised_link(text: str) -> bool:
    """Whether a line reads as a link that no description could be: a label capitalised as
    titles are ("Yoast and WordPress"). A label of longer words in lower case reads as a
    sentence ("Giving back to our community"), and under a link it describes it."""
    if not _is_described_link(text):
        return False
    label = _menu_label(text)
    return label is not None and label.capitalised


# -- government banners ------------------------------------------------------------------


MAX_GOVERNMENT_BANNER_LINES = 25
"""Lines below its first that a government website's banner may take: a converter puts
each of its links and icons on a line of its own ("A" / ".gov" / "lock" / "(")."""


@rule(
    code="B031",
    name="government-banner",
    category=Category.BOILERPLATE,
    summary="Banner of a government website left above the text",
    fix=FixAvailability.ALWAYS,
    applicability=Applicability.SAFE,
)
def government_banner(doc: Document, options: Options) -> Iterator[Finding]:
    """## What it flags
    The banner that United States government websites print above every page, from its
    first line ("An official website of the United States government"; the phrase files
    `government-banner.*.txt`) to its last, which tells how to know the site is secure
    ("… Share sensitive information only on official, secure websites.", "… any
    information you provide is encrypted and transmitted securely."; the words of
    `government-banner-end.*.txt`), within 25 lines: "Here's how you know", "Official
    websites use .gov" and the pieces a converter breaks its sentences into go with it. A
    first line with no such last line below it is left alone: it may be the article's
    sentence about the site.

    ## Why it matters
    The banner is on every page of thousands of sites; it says nothing about the page,
    and in a corpus the same ten lines open each of its documents.

    ## Example
    ```text
    An official website of the United States government
    Here's how you know
    Official websites use .gov
    A .gov website belongs to an official government organization in the United States.
    Secure .gov websites use HTTPS
    A lock or https:// means you've safely connected to the .gov website. Share sensitive information only on official, secure websites.
    Healthy Eating Tips
    ```

    ## Fix safety
    Safe: the lines between the banner's first line and its last are the banner's own.
    """
    openers = [line for line, _ in standalone_phrase_lines(doc, "government-banner")]
    if not openers:
        return
    ends = family_needles("government-banner-end")
    lines = doc.lines
    done = -1
    for opener in openers:
        if opener.index <= done:
            continue
        below = lines[opener.index + 1 : opener.index + 1 + MAX_GOVERNMENT_BANNER_LINES]
        last = next((line for line in reversed(below) if any(map(line.text.casefold().__contains__, ends))), None)
        if last is not None:
            done = last.index
            yield _removal(
                doc, opener, last, f"Government website's banner: {opener.text.strip()!r}", Applicability.SAFE, "Remove the banner"
            )


# -- feedback prompts ------------------------------------------------------------------


MAX_FEEDBACK_ANSWERS = 4
"""Lines under a feedback question that its answers may take: "Yes" / "No", a button
printed twice, the thanks that replaces them."""


@rule(
    code="B032",
    name="feedback-prompt",
    category=Category.BOILERPLATE,
    summary="Question whether the page helped, left with its answer buttons",
    fix=FixAvailability.ALWAYS,
    applicability=Applicability.UNSAFE,
)
def feedback_prompt(doc: Document, options: Options) -> Iterator[Finding]:
    """## What it flags
    The question a page's feedback widget asks, alone on its line ("Was this page
    helpful?", "Did you find this article helpful?", "War diese Seite hilfreich?",
    "Cette page vous a-t-elle été utile ?", "このページは役に立ちましたか？"; the phrase
    files `feedback-prompt.*.txt`, in 13 languages), with the lines right under it that
    answer it: its buttons ("Yes" / "No", "Ja" / "Nein") and the thanks that replace them
    ("Thanks for your feedback!", and a line that opens with such thanks; the phrase
    files `feedback-answer.*.txt`), four at most. The same words inside a sentence are
    never flagged.

    ## Why it matters
    The widget is on every page of a site's documentation or help centre; scraped, its
    question and buttons end the article with words of no sentence.

    ## Example
    ```text
    Restart the server to apply the change.
    Was this page helpful?
    Yes
    No
    ```

    ## Fix safety
    Unsafe: the lines are only the widget's question and buttons, but some editors keep
    a help page's question as the page's last line, with its answers.
    """
    # Looked up by a question's last word among the short lines' keys: matching the whole
    # list, whose phrases allow edits and share words with many lines ("article", "page"),
    # cost lint() 8.3M instructions over the unseen half of the bs4 pages.
    listed = phrase_list("feedback-prompt")
    indices, keys = short_lines(doc)
    prompts = [
        line
        for position in lines_with_edge_word(doc, *_last_words(family_keys("feedback-prompt")))
        for line in [doc.lines[indices[position]]]
        if listed.match(keys[position]) and not _inside_sentence(doc, line)
    ]
    if not prompts:
        return
    answers = phrase_list("feedback-answer")
    done = -1
    for prompt in prompts:
        if prompt.index <= done:
            continue
        last = prompt
        for line in doc.nonblank_lines_after(prompt.index, MAX_FEEDBACK_ANSWERS):
            if not _near(last.index, line.index, doc) or not _answers_feedback(answers, phrase_key(line.text)):
                break
            last = line
        done = last.index
        shown = _first_lines_shown([line for line in doc.lines[prompt.index : last.index + 1] if not line.is_blank])
        yield _removal(doc, prompt, last, f"Feedback question: {shown}", Applicability.UNSAFE, "Remove the question")


def _answers_feedback(answers: PhraseList, key: str) -> bool:
    """Whether a line's key is a feedback widget's button or thanks, or opens with thanks
    of more than one word ("Thanks for the feedback. If you have a question, ask it on")."""
    if key in answers.exact:
        return True
    opening = answers.opening(key)
    return opening is not None and " " in opening


# -- link hints --------------------------------------------------------------------------


@rule(
    code="B033",
    name="link-hint",
    category=Category.BOILERPLATE,
    summary="A link's hint for screen readers left as a line",
    fix=FixAvailability.ALWAYS,
    applicability=Applicability.UNSAFE,
)
def link_hint(doc: Document, options: Options) -> Iterator[Finding]:
    """## What it flags
    A line that is only what a page tells screen readers about the link before it:
    "(opens in a new tab)", "Opens in new window", "(link is external)", "Öffnet in
    neuem Fenster", "S'ouvre dans un nouvel onglet", or how to work it from the keyboard,
    "Press enter to open the dropdown menu", "Press enter or click to view image in full
    size" (the phrase files `link-hint.*.txt`, in 10 languages). The hint is hidden on
    the page; a converter prints it as a line of its own under the link; in brackets it
    is one even inside a sentence broken at its link. The same words as a piece of a sentence ("The form" / "opens in a new window" /
    "when you click.") and a heading an edit away ("External links") are left alone.

    ## Why it matters
    The hint says where a link opens, not what the article says; pages that mark every
    outside link leave dozens of these lines.

    ## Example
    ```text
    Read the full report
    (opens in new tab)
    The council will vote in May.
    ```

    ## Fix safety
    Unsafe: the line is only the hint, but some editors keep it with the link (a
    testimonial's "LinkedIn … (opens in a new tab)"), and in a text that shows code the
    line may be a program's output.
    """
    for line, _, kind in matching_lines(doc, phrase_list("link-hint")):
        # Exactly: an edit away is a heading ("External links"). In brackets, the hint is
        # one even inside a sentence broken at its link.
        if kind == EXACT and (_in_brackets(line.text.strip()) or not _inside_sentence(doc, line)):
            yield _removal(doc, line, line, f"Link hint: {line.text.strip()!r}", Applicability.UNSAFE, "Remove the hint")


# -- region pickers ----------------------------------------------------------------------


PICKERS = (("country-name", "Country", 100), ("state-name", "State", 45))
"""What a form's pickers list (a phrase family), what the message calls them, and how many
of the names in a row read as a picker: a picker offers the world, some 200 names, or a
country's states, some 50; an article's list names those it speaks of, a few dozen."""
MAX_OPTION_GAP = 2
"""Other lines that may stand between two names of one picker: a name not listed, a
region's heading, an option such as "Other"."""
MAX_OPTION_WORDS = 6
"""The most words of a line among a picker's options: a longer line is the text around it."""
MIN_ORDERED_SHARE = 0.9
"""The share of two neighbouring names that come in alphabetical order, and that stand next
to each other: a picker may put the site's own country first, or a name not listed
between two; a table printed one cell a line has a cell between every two names."""


@rule(
    code="B034",
    name="region-picker",
    category=Category.BOILERPLATE,
    summary="A form's country or state picker printed one name a line",
    fix=FixAvailability.ALWAYS,
    applicability=Applicability.SAFE,
)
def region_picker(doc: Document, options: Options) -> Iterator[Finding]:
    """## What it flags
    The options of a form's country or state picker, which a converter prints one a
    line: 100 countries or more in a row ("Afghanistan" / "Aland Islands" / "Albania" /
    … / "Zimbabwe"; the names of `country-name.*.txt`, in English, French, German and
    Spanish, in the forms pickers use: "Korea, Republic of", "Congo, the Democratic
    Republic of the", and with a bracketed tail as ISO 3166 writes some: "Bahamas
    (the)"), or 45 states or more ("Alabama" / "Alaska" / … / "Wyoming";
    `state-name.*.txt`: the states of the United States and the provinces of Canada);
    nine neighbours out of ten in alphabetical order (accents aside: "Égypte" comes
    after "Dominique"), and nine out of ten next to each other, with at most two other
    lines between two names (a name not listed, a region's heading; six words at most).
    From the first name to the last. A table printed one cell a line ("Alabama" /
    "$7.25" / "Alaska" / "$11.73") has a cell between every two names, and is left
    alone.

    ## Why it matters
    A sign-up, contact or download form under the article leaves its whole picker in the
    text: fifty or two hundred lines of names that say nothing about the page, often
    twice.

    ## Example
    ```text
    Request a demo
    Country
    Afghanistan
    Aland Islands
    Albania
    …
    Zimbabwe
    ```

    ## Fix safety
    Safe: an article that lists countries or states lists those it speaks of, not all of
    them in alphabetical order; a picker stands under its label ("Country*", "Please
    select"). Unsafe under a line of more than six words ("The convention has been
    ratified by the following states:"): a list of the world that a sentence introduces
    is the article's.
    """
    for family, kind, minimum in PICKERS:
        if len(doc.lines) < minimum:
            continue
        for run in _picker_runs(doc, phrase_list(family).exact, minimum):
            if len(run) < minimum:
                continue
            pairs = list(itertools.pairwise(run))
            ordered = sum(earlier <= later for (_, earlier), (_, later) in pairs)
            adjacent = sum(
                not _options_between(doc, earlier, later, MAX_OPTION_GAP, MAX_OPTION_WORDS) for (earlier, _), (later, _) in pairs
            )
            if min(ordered, adjacent) >= MIN_ORDERED_SHARE * len(pairs):
                first, last = doc.lines[run[0][0]], doc.lines[run[-1][0]]
                # A picker stands under its label ("Country*", "Please select"); a list of
                # the world under a sentence is the article's.
                above = doc.nonblank_lines_before(first.index, 1)
                introduced = bool(above) and has_words(above[0].text, MAX_OPTION_WORDS + 1)
                message = f"{kind} picker: {len(run)} names, {first.text.strip()!r} to {last.text.strip()!r}"
                yield _removal(doc, first, last, message, Applicability.UNSAFE if introduced else Applicability.SAFE, "Remove the picker")


def _picker_runs(doc: Document, names: frozenset[str], minimum: int) -> list[list[tuple[int, str]]]:
    """The lines that are one of ``names`` (their index, and their key without accents), in
    runs of neighbours (see ``_options_between``); a run of ``minimum`` names that starts
    again from its first name (in alphabetical order) is followed by a second picker."""
    indices, keys = short_lines(doc)
    found = dict(zip(itertools.compress(itertools.count(), map(names.__contains__, keys)), itertools.repeat("")))
    runs: list[list[tuple[int, str]]] = []
    if len(found) < minimum // 2:
        return runs
    # Pickers that follow ISO 3166 write some names with a bracketed tail ("Bahamas (the)",
    # "Korea (the Republic of)"): looked for once the text holds half a picker's names.
    lines = doc.lines
    for position, index in enumerate(indices):
        text = lines[index].text.rstrip()
        if text.endswith((")", "）")) and position not in found:
            bare = phrase_key(_without_bracketed_tail(text))
            if bare in names:
                found[position] = bare
    if len(found) < minimum:
        return runs
    listed = [(indices[position], _unaccented(bare or keys[position])) for position, bare in sorted(found.items())]
    first_key = ""
    for entry in listed:
        run = runs[-1] if runs else None
        starts_again = run is not None and len(run) >= minimum and entry[1] <= first_key
        near = run is not None and _options_between(doc, run[-1][0], entry[0], MAX_OPTION_GAP, MAX_OPTION_WORDS) <= MAX_OPTION_GAP
        if run is not None and near and not starts_again:
            run.append(entry)
            first_key = min(first_key, entry[1])
        else:
            runs.append([entry])
            first_key = entry[1]
    return runs




def _without_bracketed_tail(text: str) -> str:
    """``text``, which ends with a bracket, without it ("Cocos (Keeling) Islands (the)" ->
    "Cocos (Keeling) Islands")."""
    opening = max(text.rfind("("), text.rfind("（"))
    return text[:opening] if opening > 0 else text


def _unaccented(key: str) -> str:
    """A key without its accents, as pickers sort names ("Égypte" between "Dominique" and "Érythrée")."""
    if key.isascii():
        return key
    return "".join(char for char in unicodedata.normalize("NFD", key) if not unicodedata.combining(char))


def _options_between(doc: Document, above: int, below: int, most: int, max_words: int) -> int:
    """The non-blank lines between two lines of a menu, counted up to ``most`` + 1, which a
    line of more than ``max_words`` words (the text around the menu) stands for."""
    gap = 0
    for line in doc.lines[above + 1 : below]:
        if not line.is_blank:
            gap += 1
            if gap > most or has_words(line.text, max_words + 1):
                return most + 1
    return gap


# -- language switchers ------------------------------------------------------------------


MIN_SWITCHER_LANGUAGES = 3
"""Languages by their own names in a row that read as a switcher: two are a bilingual
page's headings ("English" / "Español")."""
MIN_SAFE_SWITCHER_LANGUAGES = 10
"""Languages in a row that no page keeps as its content: fewer may be a sentence's list
("Available in:" / "English" / "Deutsch" / "Français"), and a wiki's editors may keep the
short list of the languages its page is translated into."""
MAX_SWITCHER_GAP = 1
"""Other lines that may stand between two listed languages of one switcher: a language
not listed ("Deutsch (Sie-Form)", "Pulaar-Fulfulde")."""
MAX_SWITCHER_GAP_WORDS = 3
"""The most words of a line between two languages of a switcher: a longer line is the text around it."""


@rule(
    code="B035",
    name="language-switcher",
    category=Category.BOILERPLATE,
    summary="A site's language switcher printed one language a line",
    fix=FixAvailability.ALWAYS,
    applicability=Applicability.SAFE,
)
def language_switcher(doc: Document, options: Options) -> Iterator[Finding]:
    """## What it flags
    The menu in which a site offers its other languages, each by its own name, one a
    line: three languages or more in a row ("English" / "Deutsch" / "Español" /
    "Français" / "日本語"; the names of `language-name.mul.txt`, a name with its region
    in brackets after it too: "Español (México)", "English (UK)"), with at most one
    other line between two (a language not listed; three words at most). From the first
    language to the last; the menu's label ("Select language") stays.

    ## Why it matters
    The switcher is on every page of a site that speaks several languages, and says
    nothing about the page; a documentation site prints thirty languages under each of
    its pages.

    ## Example
    ```text
    Select language:
    English
    Deutsch
    Español
    Français
    日本語
    ```

    ## Fix safety
    Safe from ten languages: no page lists ten languages each by its own name as its
    content. Unsafe for fewer, which may be the article's own list under a sentence
    ("The app speaks:" / "English" / "Deutsch" / "Français"), or the languages a wiki
    page is translated into, which its editors may count as part of the page. Unsafe
    too in a text that shows code.
    """
    names = phrase_list("language-name").exact
    indices, keys = short_lines(doc)
    # The names themselves, looked up in C; a name with its region ("español de méxico"),
    # among the lines that open with a name.
    found = set(itertools.compress(itertools.count(), map(names.__contains__, keys)))
    for position in lines_with_edge_word(doc, *_first_words(names)):
        with_region = doc.lines[indices[position]].text.rstrip().endswith((")", "）"))
        if with_region and keys[position].partition(" ")[0] in names:
            found.add(position)
    if len(found) < MIN_SWITCHER_LANGUAGES:
        return
    runs: list[list[int]] = []
    for position in sorted(found):
        if runs and _options_between(
            doc, indices[runs[-1][-1]], indices[position], MAX_SWITCHER_GAP, MAX_SWITCHER_GAP_WORDS
        ) <= MAX_SWITCHER_GAP:
            runs[-1].append(position)
        else:
            runs.append([position])
    for run in runs:
        languages = {keys[position].partition(" ")[0] for position in run}
        if len(languages) < MIN_SWITCHER_LANGUAGES:
            continue
        first, last = doc.lines[indices[run[0]]], doc.lines[indices[run[-1]]]
        safe = len(languages) >= MIN_SAFE_SWITCHER_LANGUAGES and not doc.shows_code
        message = f"Language switcher: {_first_lines_shown([doc.lines[indices[position]] for position in run])}"
        yield _removal(doc, first, last, message, Applicability.SAFE if safe else Applicability.UNSAFE, "Remove the switcher")


@lru_cache(maxsize=1)
def _first_words(keys: frozenset[str]) -> tuple[str, ...]:
    """The first word of each of ``keys``: a line that opens with one may be the name with its region."""
    return tuple({key.partition(" ")[0] for key in keys})

