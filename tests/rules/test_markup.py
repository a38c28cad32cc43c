from __future__ import annotations

from collections.abc import Iterable

import pytest
import regex
from hypothesis import example, given
from hypothesis import strategies as st
from ruletest import assert_only_unsafe_fix, codes, fires, fixed

import scrapelint
from scrapelint import phrases
from scrapelint.document import Document
from scrapelint.rules.markup import (
    _OTHER_OPENINGS,
    _PLACEHOLDER,
    _PLACEHOLDER_IN_MARKDOWN,
    _PLACEHOLDER_OPENINGS,
    _code_blocks,
    _elements,
    _is_strong,
    _is_strong_line,
    _is_weak_line,
    _strong_code_line,
    _tag_pattern,
    _weak_code_line,
)

# Text that no markup rule may flag: real article text, other scripts, Markdown used as Markdown.
CLEAN = [
    "Call details\n\nThe call lasted an hour.\n",
    "U.S. officials said on Oct. 1 that 3.5 million people left.\n",
    "Read the report at https://example.com/report?id=1&lang=en before Friday.\n",
    "Write to <editor@example.com> or see <https://example.com/contact>.\n",
    "He paused… then said: “We will see […] what happens.”\n",
    "Call details\n\n  • Biden condemned the attack.\n  • The two sides agreed to talk.\n",
    "Le président a déclaré : « Nous verrons demain ! »\n",
    "Der Bundestag hat am Donnerstag über das Gesetz abgestimmt.\n",
    "Президент заявил, что переговоры продолжатся.\n",
    "中国外交部发言人表示，双方将继续保持沟通。\n",
    "<The Palace: Tale of Jang Noksu> opens on Friday.\n",
    "I <3 this city, and a < b > c holds.\n",
    "AT&T and R&D budgets rose; Tom & Jerry aired at 5.\n",
    "He wrote [sic] that the figures [1] were wrong [a].\n",
    "[Photo: Reuters] The harbour at dawn.\n",
    "Prices rose 5% and rents 3%; the index stood at 102.\n",
    "If x > 3 and y < 2, the function returns.\n",
]


@pytest.mark.parametrize("text", CLEAN)
def test_clean_text_is_not_flagged(text: str) -> None:
    assert codes(text, "M") == []


# -- M001 html-tag -------------------------------------------------------------------------

TAG_FIRES = [
    "The two sides agreed to talk.<br/>\n",
    '<div class="ad-slot"></div>\n',
    "Officials said <b>nothing</b> about it.\n",
    "<p>The council will vote next week.</p>\n",
    '<img src="https://example.com/a.png" alt="">\n',
    "The talks ended.<BR>Next steps follow.\n",
    '<script type="text/javascript">var x = 1;</script>\n',
    "<p>\n",
    "<source>Reuters</source> reported the deal.\n",
    '<span style="display:none">x</span> The council met.\n',
    "# Heading\n\n<script>track();</script>\n",
    # a line that names a tag may still hold markup that is closed
    "The <p> element and <b>bold</b> text.\n",
]

TAG_NOT_FIRES = [
    *CLEAN,
    "cp <source> <dest> copies the file.\n",
    "Use the <p> tag for paragraphs.\n",
    "Use the <strong> tag for emphasis, not <b>.\n",
    "Tags such as <p>, <div> and <span> are common.\n",
    "Close it with the </p> tag.\n",
    "Type “<br>” to break a line.\n",
    "A List<String> or a Promise<void> holds values.\n",
    "<Main Street> is closed today.\n",
    "Sign <main street> petitions.\n",
    "<!-- scrapelint: disable M001 -->\nText.\n",
    "<a> grade students did well.\n",
    "Inline `<div class=\"x\">` is shown as code.\n",
]


@pytest.mark.parametrize("text", TAG_FIRES)
def test_html_tag_fires(text: str) -> None:
    assert fires(text, "M001")


@pytest.mark.parametrize("text", TAG_NOT_FIRES)
def test_html_tag_stays_silent(text: str) -> None:
    assert not fires(text, "M001")


@pytest.mark.parametrize(
    "text",
    [
        "Line one<br>\nLine two <sup>2</sup> and <details><summary>More</summary></details>\n",
        "A <span>styled</span> word and a <div align=\"center\">block</div>.\n",
        "```html\n<script>alert(1)</script>\n```\n",
    ],
)
def test_html_tag_accepts_inline_html_in_markdown(text: str) -> None:
    assert not fires(text, "M001", filename="post.md")


def test_html_tag_flags_page_machinery_in_markdown() -> None:
    assert fires("Text.\n\n<script>track();</script>\n", "M001", filename="post.md")
    assert fires('<meta name="x" content="y">\n', "M001", filename="post.md")


def test_adjacent_tags_are_one_finding() -> None:
    assert codes("<p><br></p>\nText.\n", "M001") == ["M001"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The two sides agreed.<br/>Next week they meet.\n", "The two sides agreed. Next week they meet.\n"),
        ("Officials said <b>nothing</b> about it.\n", "Officials said nothing about it.\n"),
        ("wo<b>r</b>d\n", "word\n"),
        ("Text <br> more\n", "Text more\n"),
        ("Text.\n\n<div class=\"ad\"></div>\n\nMore.\n", "Text.\n\nMore.\n"),
        ("End of text.</p>\n", "End of text.\n"),
        ("  <p>Indented\n", "  Indented\n"),
        ('<script type="text/javascript">var x = 1;\nrun(x);</script>\nAfter.\n', "After.\n"),
        ("Before <style>.a{color:red}</style> after\n", "Before after\n"),
    ],
)
def test_html_tag_fix(text: str, expected: str) -> None:
    assert fixed(text, "M001") == expected


_TAG_PIECES = [
    "<", "</", ">", "/>", " ", "\t", "\n", "=", '"', "'", "x", "é", "_", "2", "<3", "a", "b", "p", "br", "div", "span",
    "Span", "SPAN", "h1", "img", "src", "class", "strong", "FIGURE", "ſ", "ſpan", "\u212a", "\u212abd", "\u212aBD",
    "ﬁgure", "İmg", "İMG", "ımg", "ß", "\u0301", "@", "-", ":",
]


@given(st.lists(st.sampled_from(_TAG_PIECES), max_size=30).map("".join))
@example('<ſpan>x</ſpan> <\u212aBD>x</\u212aBD>')
@example('<Div class="a"><b_>')
def test_tags_of_any_name_kept_by_element_are_the_tags_of_the_named_list(text: str) -> None:
    elements = _elements()
    by_list = regex.compile(
        r"<(?P<close>/)?(?P<name>(?i:\L<names>))"
        r"""(?P<attributes>(?:[ \t]+[A-Za-z_:@][\w:.@-]*(?:[ \t]*=[ \t]*(?:"[^"<>\n]*"|'[^'<>\n]*'|[^\s"'=<>`]+))?)*)"""
        r"[ \t]*(?P<self>/)?>",
        regex.V1,
        names=list(elements),
    )

    def kept(matches: Iterable[regex.Match[str]]) -> list[tuple[int, int, str]]:
        # The named list also took names that only case folding makes an element's ("<ſpan>",
        # "<ﬁgure>"), on which the rule failed; neither form keeps them now.
        return [
            (match.start(), match.end(), match["name"])
            for match in matches
            if (match["name"].islower() or match["name"].isupper()) and match["name"].lower() in elements
        ]

    assert kept(_tag_pattern().finditer(text)) == kept(by_list.finditer(text))


def test_a_name_that_only_case_folding_makes_an_element_is_no_tag() -> None:
    assert codes("<ſpan>x</ſpan> and <ﬁgure>\n", "M001") == []


def test_html_tag_fix_is_idempotent() -> None:
    text = '<p>One <b>two</b></p>\n<div class="x"><br/></div>\nThree.<br>Four\n'
    once = fixed(text, "M001")
    assert fixed(once, "M001") == once
    assert "<" not in once


# -- M002 html-entity ----------------------------------------------------------------------

ENTITY_FIRES = [
    "Barnes &amp; Noble said so.\n",
    "It didn&#8217;t work.\n",
    "It didn&#x2019;t work.\n",
    "Prices&nbsp;rose.\n",
    "Tom &amp;amp; Jerry\n",
    "He said &quot;no&quot;.\n",
    "see http://example.com/?a=1&amp;b=2\n",
    "&lt;span&gt; residue\n",
]

ENTITY_NOT_FIRES = [
    *CLEAN,
    "AT&T and R&D\n",
    "&copy 2019 Example Media\n",
    "An unknown &foo; reference.\n",
    "An invalid &#0; reference.\n",
    "Rock & roll; blues & jazz;\n",
    "Q&A: the minister answers.\n",
]


@pytest.mark.parametrize("text", ENTITY_FIRES)
def test_html_entity_fires(text: str) -> None:
    assert fires(text, "M002")


@pytest.mark.parametrize("text", ENTITY_NOT_FIRES)
def test_html_entity_stays_silent(text: str) -> None:
    assert not fires(text, "M002")


def test_html_entity_in_markdown_flags_only_double_escaping() -> None:
    assert not fires("Fish &amp; chips&nbsp;here\n", "M002", filename="menu.md")
    assert fires("Fish &amp;amp; chips\n", "M002", filename="menu.md")
    assert not fires("Code `&amp;amp;` stays\n", "M002", filename="menu.md")


def test_html_entity_inside_a_tag_is_left_to_the_tag_rule() -> None:
    assert not fires('<img src="http://example.com/p?a=1&amp;b=2">\n', "M002")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Barnes &amp; Noble didn&#8217;t say.\n", "Barnes & Noble didn’t say.\n"),
        ("Tom &amp;amp; Jerry\n", "Tom & Jerry\n"),
        ("It didn&amp;#8217;t\n", "It didn’t\n"),
        ("a&nbsp;b\n", "a\u00a0b\n"),
        ("&lt;/span&gt;\n", "</span>\n"),
    ],
)
def test_html_entity_fix(text: str, expected: str) -> None:
    assert fixed(text, "M002") == expected


def test_references_in_one_word_are_one_finding() -> None:
    assert codes("x &gt;&amp;#65279;&lt;/span&gt; y\n", "M002") == ["M002"]


def test_html_entity_fix_is_idempotent() -> None:
    once = fixed("&amp;amp;lt; and &amp; and &#38;amp;\n", "M002")
    assert fixed(once, "M002") == once


# -- M003 html-comment ---------------------------------------------------------------------


def test_html_comment_fires_and_fix_removes_it() -> None:
    assert fires("<!-- .entry-content -->\nThe council met.\n", "M003")
    assert fixed("<!-- .entry-content -->\nThe council met.\n", "M003") == "The council met.\n"
    assert fixed("The council met.<!-- ad --> Next.\n", "M003") == "The council met. Next.\n"
    assert fixed("Before<!--\nmulti-line\n-->after\n", "M003") == "Before after\n"


@pytest.mark.parametrize(
    "text",
    [
        *CLEAN,
        "<!-- scrapelint: disable B001 -->\nLeave a Reply\n",
        "<!--scrapelint: disable-next-line M001 -->\n<br>\n",
        "An arrow <-- points left.\n",
        "Unclosed <!-- comment start.\n",
    ],
)
def test_html_comment_stays_silent(text: str) -> None:
    assert not fires(text, "M003")


def test_html_comment_in_markdown_is_legitimate() -> None:
    assert not fires("<!-- TODO: check the date -->\nText.\n", "M003", filename="post.md")


BUILD_LISTING = (
    "Add this target to the project file:\n"
    "<Project>\n"
    "<!--\n"
    "Format the code before each build.\n"
    "-->\n"
    "<PropertyGroup>\n"
    "<FormatOnBuild>true</FormatOnBuild>\n"
    "</PropertyGroup>\n"
    "</Project>\n"
)


def test_a_comment_in_a_listing_of_markup_is_still_flagged() -> None:
    assert fires(BUILD_LISTING, "M003")


def test_a_comment_between_lines_of_markup_is_removed_only_as_an_unsafe_fix() -> None:
    # Both neighbours open or close a tag: the comment is part of a file the article shows.
    (finding,) = scrapelint.lint(BUILD_LISTING, select=["M003"])
    assert finding.fix is not None and finding.fix.applicability is scrapelint.Applicability.UNSAFE
    assert fixed(BUILD_LISTING, "M003") == BUILD_LISTING
    assert "<!--" not in fixed(BUILD_LISTING, "M003", unsafe=True)


def test_a_template_marker_beside_one_stray_tag_stays_a_safe_fix() -> None:
    text = "<div class=\"entry\">\n<!-- .entry-content -->\nThe council will vote on the plan next week.\n"
    (finding,) = scrapelint.lint(text, select=["M003"])
    assert finding.fix is not None and finding.fix.applicability is scrapelint.Applicability.SAFE


# -- M004 shortcode ------------------------------------------------------------------------

SHORTCODE_FIRES = [
    '[caption id="attachment_12" align="alignnone" width="300"]The harbour.[/caption]\n',
    "[embed]https://www.youtube.com/watch?v=1[/embed]\n",
    '[gallery ids="1,2,3"]\n',
    "[button link=”http://example.com/submit/” type=”big”] Send us your review[/button]\n",
    "[url=https://example.com]the site[/url]\n",
    "[b]Bold[/b] text\n",
    "[/vc_column_text]\n",
    "[contact-form-7 id=\"42\" title=\"Contact\"]\n",
]

SHORTCODE_NOT_FIRES = [
    *CLEAN,
    "The study [1] and the reply [2] disagree.\n",
    "He said the law […] must change.\n",
    "He wrote “teh” [sic].\n",
    "See [the report](https://example.com/r) for details.\n",
    "[Updated at 5 p.m.] The council met.\n",
    "[ 발행인 및 편집인 : 최명희 ]\n",
    "[사진=MBC, SBS]\n",
    "- [x] done\n- [ ] open\n",
    "[edit] History\n",
    "[citation needed]\n",
]


@pytest.mark.parametrize("text", SHORTCODE_FIRES)
def test_shortcode_fires(text: str) -> None:
    assert fires(text, "M004")


@pytest.mark.parametrize("text", SHORTCODE_NOT_FIRES)
def test_shortcode_stays_silent(text: str) -> None:
    assert not fires(text, "M004")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('[caption id="attachment_12" align="alignnone"]The harbour at dawn.[/caption]\n', "The harbour at dawn.\n"),
        ("Watch it: [embed]https://youtu.be/x[/embed]\n", "Watch it: https://youtu.be/x\n"),
        ('Text.\n\n[gallery ids="1,2"]\n\nMore.\n', "Text.\n\nMore.\n"),
    ],
)
def test_shortcode_fix(text: str, expected: str) -> None:
    assert fixed(text, "M004") == expected
    assert fixed(expected, "M004") == expected


# -- M005 template-placeholder -------------------------------------------------------------

PLACEHOLDER_FIRES = [
    "Welcome back, {* welcomeName *}!\n",
    "{* #forgotPasswordForm *}\n",
    "{{ title }} | Example News\n",
    "Posted by {{author.name}}\n",
    "{% if user %}Hello{% endif %}\n",
    "%%title%% %%sep%% %%sitename%%\n",
    "Dear ${firstName},\n",
    "{{{ body }}}\n",
    'He said "Hello" to {{ user.name }} and left.\n',
]

PLACEHOLDER_NOT_FIRES = [
    *CLEAN,
    r"The formula $\frac{{a}}{b}$ and $x^{{2}}$ hold." + "\n",
    "The set {a, b} has two elements.\n",
    "Prices rose 100% in a year.\n",
    "It costs $5 {approximately}.\n",
    "Nested sets {{1, 2}, {3}} are allowed.\n",
    'Create the user:\n    name: "{{ deploy_user.username }}"\n    home: "{{ deploy_user.home_dir }}"\n',
    "query.whereRaw('title ILIKE ?', [`%${filter.searchTerm}%`])\n",
]


@pytest.mark.parametrize("text", PLACEHOLDER_FIRES)
def test_template_placeholder_fires(text: str) -> None:
    assert fires(text, "M005")


@pytest.mark.parametrize("text", PLACEHOLDER_NOT_FIRES)
def test_template_placeholder_stays_silent(text: str) -> None:
    assert not fires(text, "M005")


def test_placeholders_inside_strings_are_told_apart_on_a_long_line() -> None:
    # Each line's strings are read once and looked up: the placeholders outside them only.
    line = 'Hello {{ name }} and "{% tag %}" then `{{ code }}` ' * 500
    found = scrapelint.lint(line + "\n", select=["M005"])
    assert len(found) == 500
    assert {line[d.start:d.end] for d in found} == {"{{ name }}"}


_PLACEHOLDER_PIECES = ["{", "}", "{{", "}}", "%", "%%", "$", "*", "#", "-", " ", "\t", "\\frac", "^", "name", "title", "x.y", "<", ">", "\n"]


@given(st.lists(st.sampled_from(_PLACEHOLDER_PIECES), max_size=12).map("".join))
@example("{{ title }}")
@example("{% if x %}")
@example("{* name *}")
@example("%%title%%")
@example("${name}")
def test_a_text_without_a_placeholder_opening_holds_no_placeholder(text: str) -> None:
    """M005 looks for the openings before it compiles the patterns: a text without them has no match."""
    for openings, pattern in ((_PLACEHOLDER_OPENINGS, _PLACEHOLDER), (_OTHER_OPENINGS, _PLACEHOLDER_IN_MARKDOWN)):
        if not any(opening in text for opening in openings):
            assert pattern.search(text) is None


def test_site_generator_syntax_and_code_in_markdown_are_legitimate() -> None:
    text = "{{< youtube abc >}}\n\n{% include note.html %}\n\n{{ site.title }}\n"
    assert not fires(text, "M005", filename="post.md")
    assert not fires("Use `%%title%%` or `${name}` in the template.\n", "M005", filename="post.md")
    assert fires("%%title%%\n", "M005", filename="post.md")


def test_placeholder_fix_is_safe_only_for_whole_lines() -> None:
    (line,) = scrapelint.lint("Text.\n{* loginWidget *} {* backButton *}\n", select=["M005"])
    assert line.fix is not None and line.fix.applicability is scrapelint.Applicability.SAFE
    (inline,) = scrapelint.lint("Welcome back, {* welcomeName *}!\n", select=["M005"])
    assert inline.fix is not None and inline.fix.applicability is scrapelint.Applicability.UNSAFE
    assert fixed("Text.\n{* loginWidget *} {* backButton *}\n", "M005") == "Text.\n"
    assert_only_unsafe_fix("Welcome back, {* welcomeName *}!\n", "M005", "Welcome back,!\n")


TEMPLATE_LISTING = (
    "The sensor picks the room like this:\n"
    "{% set room = states('sensor.phone_room') %}\n"
    "{% if room != 'unknown' %}\n"
    "{{ room }}\n"
    "{% else %}\n"
    "Away\n"
    "{% endif %}\n"
    "Save the file and restart the server before you test it.\n"
)


def test_a_listing_of_template_code_is_still_flagged_where_nothing_introduces_it() -> None:
    assert fires(TEMPLATE_LISTING.replace("like this:", "like this."), "M005")


def test_placeholders_in_a_listing_of_template_code_are_removed_only_as_an_unsafe_fix() -> None:
    # A tag that holds code (a call, a quoted string, a comparison) shows a template on
    # purpose, even where nothing introduces it as a listing.
    text = TEMPLATE_LISTING.replace("like this:", "like this.")
    findings = scrapelint.lint(text, select=["M005"])
    assert [finding.fix.applicability for finding in findings] == [scrapelint.Applicability.UNSAFE] * 5  # type: ignore[union-attr]
    assert fixed(text, "M005") == text


def test_placeholders_in_a_listing_the_text_introduces_are_left_alone() -> None:
    # Under a line ending with a colon, the template code is a listing: the text shows code.
    assert not fires(TEMPLATE_LISTING, "M005")
    assert fixed(TEMPLATE_LISTING, "M005", unsafe=True) == TEMPLATE_LISTING


def test_failed_placeholders_far_from_template_code_stay_a_safe_fix() -> None:
    text = "{* loginWidget *}\nOne.\nTwo.\nThree.\nFour.\nThe rule {% if x == 1 %} is shown inline.\n"
    first, _ = scrapelint.lint(text, select=["M005"])
    assert first.fix is not None and first.fix.applicability is scrapelint.Applicability.SAFE
    assert fixed("Text.\n{% if user %}\n{{ user }}\n{% endif %}\n", "M005") == "Text.\n"


# -- M006 stray-code -----------------------------------------------------------------------

CODE_FIRES = [
    "The museum reopens.\ngoogletag.cmd.push(function() { googletag.display('ad-1'); });\n",
    ".ad{display:none;}\n",
    "display:none;\n",
    "#sidebar { width: 300px; float: right; }\n",
    "@media (max-width: 600px) {\n  .nav { display: none; }\n}\n",
    "window.dataLayer = window.dataLayer || [];\nfunction gtag(){dataLayer.push(arguments);}\ngtag('js', new Date());\n",
    "var _gaq = _gaq || [];\n",
    "(function(d, s, id) {\n  var js, fjs = d.getElementsByTagName(s)[0];\n"
    "  if (d.getElementById(id)) return;\n  js = d.createElement(s); js.id = id;\n"
    "  fjs.parentNode.insertBefore(js, fjs);\n}(document, 'script', 'facebook-jssdk'));\n",
    "document.write('<div>');\n",
    "fbq('init', '1234');\n",
    "The text.\ndisplay: none !important;\n",
    "The text.\nfont-family: \"Times New Roman\", serif;\n",
    "The text.\nbackground: url(\"a.png\") no-repeat;\n",
]

CODE_NOT_FIRES = [
    *CLEAN,
    "Call function() to start the engine.\n",
    "The function of the committee (see below)\n",
    "Note: this is important;\n",
    "Position: we disagree; they agree.\n",
    "x = 5;\n});\n",
    "He wrote: let x = 5.\n",
    "The document (the draft) was signed (in 2019)\n",
    "Window (2019) is a film.\n",
    "Color: red. Size: large.\n",
    "The for-loop (for i in range) is common.\n",
    "```js\nvar x = 1;\n```\n",
    # a property name that opens a line of prose ending in a semicolon
    "The key facts:\ncontent: the report says the bridge is safe;\n",
    "Her notes read:\nbackground: The family moved to Leeds in 1990;\n",
]


@pytest.mark.parametrize("text", CODE_FIRES)
def test_stray_code_fires(text: str) -> None:
    assert fires(text, "M006")
    assert fixed(text, "M006", unsafe=True) != text


@pytest.mark.parametrize("text", CODE_NOT_FIRES)
def test_stray_code_stays_silent(text: str) -> None:
    assert not fires(text, "M006", filename="post.md" if "```" in text else None)


def test_stray_code_fix_removes_the_whole_block() -> None:
    text = (
        "The museum reopens on Monday.\n\n"
        "window.dataLayer = window.dataLayer || [];\n"
        "function gtag(){dataLayer.push(arguments);}\n\n"
        "gtag('config', 'UA-1');\n\n"
        "Tickets cost $10.\n"
    )
    assert codes(text, "M006") == ["M006"]
    assert fixed(text, "M006", unsafe=True) == "The museum reopens on Monday.\n\nTickets cost $10.\n"


def test_weak_code_lines_join_but_do_not_start_a_block() -> None:
    assert not fires("if (a) {\n});\n", "M006")
    assert fixed("Text.\nvar a = 1;\nif (a) {\n  b = 2;\n}\nMore.\n", "M006", unsafe=True) == "Text.\nMore.\n"


def test_css_properties_and_script_globals_are_words_the_strong_pattern_captures_whole() -> None:
    assert all(regex.fullmatch(r"[a-z-]+", name) for name in phrases.load("css-properties"))
    assert all(regex.fullmatch(r"[\w$]+", name) for name in phrases.load("script-globals"))


_CODE_PIECES = [
    "color", "font-size", "-webkit-box", "colour", "border", "border-top", "display", "window", "document", "windows",
    "$", "ga", "gaq", "_gaq", "jQuery", "fbq", "dataLayer", "Window", "function", "=>", "var", "let", " x", "@media",
    ":", ";", " ", "\t", "=", "==", "(", ")", "{", "}", ".", "[", "]", '"', "'", "-", "a", "Z", "é", "ſ", "1px",
    "none", "!important", "#ccc", "push", "_", "return", "if", "else", "for", "while", "try", "/*", "*/", "@page",
    "Updated", "AM", "function ", "const ",
]


@given(st.lists(st.sampled_from(_CODE_PIECES), max_size=16).map("".join))
@example("color: red; font-size: 12px;")
@example("colour: red; font-size: 12px;")
@example("window.dataLayer = window.dataLayer || [];")
@example("windows.x = 1;")
def test_strong_code_lines_by_word_lookup_are_those_of_the_named_lists(text: str) -> None:
    token = r"""(?:[^\s;{}"'\p{Lu}]|"[^"\n]*"|'[^'\n]*')++"""
    value = rf"{token}(?:[ \t]+{token}){{0,2}}[ \t]*"
    declaration = r"-?[a-z][a-z-]*[ \t]*:[ \t]*[^;{}\n]+"
    selector = r"[.#]?[\w*\[\]=\"':>+~, .#()-]*"
    by_lists = regex.compile(
        r"(?:@(?:media|font-face|import|keyframes|supports|charset|page)\b.*"
        rf"|{selector}\{{[ \t]*{declaration}(?:;[ \t]*{declaration})*;?[ \t]*\}}"
        rf"|(?:\L<properties>)[ \t]*:[ \t]*{value};(?:[ \t]*(?:\L<properties>)[ \t]*:[ \t]*{value};)*"
        rf"|.*\bfunction[ \t]*[\w$]*[ \t]*\([^()\n]*\)[ \t]*\{{.*"
        rf"|.*=>[ \t]*\{{.*"
        r"|(?:var|let|const)[ \t]+[\w$]+(?:[ \t]*,[ \t]*[\w$]+)*[ \t]*[=;].*"
        r"|(?:\L<globals>)(?:\.[\w$]+|\[[^\]\n]*\])*(?:\(|[ \t]*=[^=]).*)",
        regex.V1,
        properties=phrases.load("css-properties"),
        globals=phrases.load("script-globals"),
    )
    assert _is_strong_line(text) == (by_lists.fullmatch(text) is not None)


@given(st.lists(st.sampled_from(_CODE_PIECES), max_size=16).map("".join))
@example("});")
@example("return x;")
@example("/* c */")
@example("a.b(c);")
@example("color: red; }")
def test_weak_code_lines_are_those_of_the_weak_pattern(text: str) -> None:
    """``_is_weak_line`` tests what the pattern's branches need before the pattern: the same answers."""
    assert _is_weak_line(text) == (_weak_code_line().fullmatch(text) is not None)


def _code_blocks_line_by_line(doc: Document) -> list[tuple[int, int]]:
    """``_code_blocks`` as it read every line of the text."""
    strong, weak = _strong_code_line(), _weak_code_line()
    blocks = []
    first = last = None
    seen_strong = False
    for line in doc.lines:
        stripped = line.text.strip()
        if not stripped:
            continue
        ends_like_code = stripped.endswith((";", "{", "}", "(", ")", "[", "*/"))
        is_strong = ends_like_code and _is_strong(strong.fullmatch(stripped))
        if is_strong or ends_like_code and weak.fullmatch(stripped):
            if first is None:
                first = line.index
            last = line.index
            seen_strong = seen_strong or is_strong
            continue
        if first is not None and seen_strong:
            blocks.append((first, last))
        first = last = None
        seen_strong = False
    if first is not None and seen_strong:
        blocks.append((first, last))
    return blocks


_CODE_BLOCK_LINES = [
    "display:none;", ".ad{display:none;}", "var x = 1;", "});", "}", "if (a) {", "x = 5;", "/* c */", "a */",
    "fbq('init', '1');", "The text.", "Call function() to start.", "The function (see below)", "Note: this;",
    "", " ", "\t", "\u00a0", "\u3000", "\x0b", "é;", "政府(", "[",
]


@given(st.lists(st.tuples(st.sampled_from(_CODE_BLOCK_LINES), st.sampled_from(["", " ", "\t", "\u00a0", "\x0c"])), max_size=14))
@example([("var x = 1;", ""), ("", ""), ("});", " "), ("The text.", ""), ("display:none;", "\t")])
def test_code_blocks_read_only_the_lines_that_end_like_code_as_every_line(lines: list[tuple[str, str]]) -> None:
    doc = Document("\n".join(text + trailing for text, trailing in lines))
    assert list(_code_blocks(doc)) == _code_blocks_line_by_line(doc)


# -- M007 markdown-in-plain-text -----------------------------------------------------------

MARKDOWN_FIRES = [
    "The figures are in [the annual report](https://example.com/report.pdf).\n",
    "![](https://example.com/chart.png)\n",
    '![A chart](https://example.com/chart.png "Chart")\n',
    "Read [here](/wiki/Topic) and [there](www.example.com).\n",
    "[![logo](https://x.com/a.png)](https://x.com)\n",
    "Write to [us](mailto:desk@example.com).\n",
]

MARKDOWN_NOT_FIRES = [
    *CLEAN,
    "A citation [1] (and a note).\n",
    "The term [sic] (sic) is Latin.\n",
    "Array access a[i](j) in code.\n",
    "See [the list] (below).\n",
]


@pytest.mark.parametrize("text", MARKDOWN_FIRES)
def test_markdown_in_plain_text_fires(text: str) -> None:
    assert fires(text, "M007")
    assert fires(text, "M007", filename="page.txt")


@pytest.mark.parametrize("text", MARKDOWN_NOT_FIRES)
def test_markdown_in_plain_text_stays_silent(text: str) -> None:
    assert not fires(text, "M007")


@pytest.mark.parametrize("text", MARKDOWN_FIRES)
def test_markdown_files_are_never_checked(text: str) -> None:
    assert not fires(text, "M007", filename="page.md")


def test_markdown_in_plain_text_fix_is_unsafe() -> None:
    text = "The figures are in [the annual report](https://example.com/report.pdf).\n![](https://example.com/c.png)\n"
    assert fixed(text, "M007") == text
    once = fixed(text, "M007", unsafe=True)
    assert once == "The figures are in the annual report.\n"
    assert fixed(once, "M007", unsafe=True) == once


def test_offsets_survive_text_whose_lowercase_is_longer() -> None:
    # "İ".lower() is two characters: offsets must come from the text itself.
    text = "İstanbul news.\n\n<script>var x = 1;</script>\n"
    assert fixed(text, "M001") == "İstanbul news.\n"


def test_stray_code_is_only_removed_as_an_unsafe_fix() -> None:
    # Text alone cannot always tell a listing from a leaked script: a safe fix keeps it.
    text = "The museum reopens.\n\nvar a = 1;\nfunction start() {\n  a = 2;\n}\n\nTickets cost $10.\n"
    assert codes(text, "M006") == ["M006"]
    assert_only_unsafe_fix(text, "M006", "The museum reopens.\n\nTickets cost $10.\n")


CODE_LISTINGS = [
    # introduced by a line ending with a colon
    "Add this to your page:\n\nvar a = 1;\nfunction start() {\n  a = 2;\n}\n\nThen reload it.\n",
    # a comment line between the introduction and the code
    "Let's reuse the example of the last episode:\n// cow.js\nfunction Cow(name) {\n  this.name = name;\n}\nAnd its tests.\n",
    # indented deeper than the text above it, as converters print a <pre> block
    "The simplest call takes a URL.\n\n    fetch(\"/data.json\").then(function(res) {\n      show(res);\n    });\n\nIt returns a promise.\n",
    # a listing split by a line that does not end like code: the second part is shown too
    "Create a request first:\n\nvar req = new Request(\"/index.html\");\nreq.send(); // sends it\nvar copy = new Request(req);\n\nThe copy is independent.\n",
    # under a code viewer's label, the name of its language
    "Functions can also be created by an expression\njs\nconst square = function (number) {\n  return number * number;\n};\nIt has no name.\n",
    # a page that shows code at a prompt: its other code is shown too
    "Install the package first.\n\n$ npm install left-pad\n$ npm test\n\nThen load it.\n\nvar pad = require(\"left-pad\");\nfunction start() {\n  pad(\"a\", 3);\n}\n\nThat is all.\n",
]


@pytest.mark.parametrize("text", CODE_LISTINGS)
def test_a_code_listing_is_left_alone(text: str) -> None:
    assert not fires(text, "M006")
    assert fixed(text, "M006", unsafe=True) == text


def test_a_tag_listing_over_several_lines_is_an_unsafe_fix() -> None:
    listing = (
        "The page ends.\n\n"
        "<html>\n<head>\n<title>Test</title>\n</head>\n<body>\n</body>\n</html>\n\n"
        "Save it as index.html.\n"
    )
    assert set(codes(listing, "M001")) == {"M001"}
    assert fixed(listing, "M001") == listing
    assert "<" not in fixed(listing, "M001", unsafe=True)


TAG_LISTINGS = [
    "Let's create the test page for it:\n<!DOCTYPE html>\n<html>\n<head>\n  <title>Test</title>\n</head>\n</html>\n",
    "A minimal page looks like this:\n\n<html>\n<head>\n<title>Test</title>\n</head>\n<body>\n</body>\n</html>\n\nSave it.\n",
    "The markup is short.\n\n    <ul>\n      <li>One</li>\n      <li>Two</li>\n    </ul>\n\nIt makes a list.\n",
    # a page that shows code at a prompt: its block of tags is a listing too
    "Start the server.\n\n$ npm install\n$ npm start\n\nThe page it serves.\n\n<html>\n<body>\n<p>Hello</p>\n</body>\n</html>\n",
]


@pytest.mark.parametrize("text", TAG_LISTINGS)
def test_a_tag_listing_shown_on_purpose_is_left_alone(text: str) -> None:
    assert not fires(text, "M001")
    assert fixed(text, "M001", unsafe=True) == text


SHORT_TAG_LISTINGS = [
    # one line introduced like a listing
    "Adding support is a matter of adding this line to your test page:\n\n"
    '<script src="vendor/cover.js" data-adapter="vendor/adapter.js"></script>\n\nThat is all.\n',
    # a listing a converter joined on one line
    "Let's create the test page for it:\n\n"
    '<!DOCTYPE html> <html> <head> <meta charset="utf-8"> <title>Test</title> </head> <body> </body> </html>\n',
    # a listing whose other lines open with tags the rule does not flag alone
    'The response might look like this:\nHTTP/1.1 200 OK\n<!DOCTYPE html>\n<html lang="en">\n<head>\n<title>Allow?</title>\n...\n',
]


@pytest.mark.parametrize("text", SHORT_TAG_LISTINGS)
def test_a_short_tag_listing_is_an_unsafe_fix(text: str) -> None:
    assert fires(text, "M001")
    assert fixed(text, "M001") == text


@pytest.mark.parametrize(
    "text",
    [
        'The talks ended.\n<div class="ad-slot"></div>\nThey resume on Monday.\n',
        "The talks ended.<br/>\n<p>They resume on Monday.</p>\n",
    ],
)
def test_a_stray_tag_line_in_prose_stays_a_safe_fix(text: str) -> None:
    assert "<" not in fixed(text, "M001")


MARKUP_NAMED_IN_A_SENTENCE = [
    # the line above runs into the tag
    "You could not run scripts from (\n<img src=\"/image.svg\">\n). This is well known.\n",
    "The old pages were a mess of tables,\n<font color=\"blue\">\n, and spacer images.\n",
    # the tag runs into the line below
    "Every header was copied by hand, or you used\n<iframe>\nto embed shared parts of the page.\n",
    "The first commit parsed the simplest valid string\n<p>Hello</p>\n. Then came the tokenizer.\n",
]


@pytest.mark.parametrize("text", MARKUP_NAMED_IN_A_SENTENCE)
def test_markup_a_sentence_names_is_removed_only_as_an_unsafe_fix(text: str) -> None:
    assert fires(text, "M001")
    assert fixed(text, "M001") == text
    assert "<" not in fixed(text, "M001", unsafe=True)


def test_markup_on_a_page_that_shows_a_listing_of_it_is_removed_only_as_an_unsafe_fix() -> None:
    # The first line is introduced like a listing; the lines after it are shown the same way.
    text = "Simpler inputs did not crash:\n<table></table>\nfine, too\nfine\n<table></table><li>\nfine\n<li><table></table>\nfine\n"
    assert codes(text, "M001") == ["M001"] * 3
    assert fixed(text, "M001") == text
    assert "<" not in fixed(text, "M001", unsafe=True)
    # Where a line of markup follows among the next two, the text shows code: the tags
    # are the listing's, and are left alone.
    listing = text.replace("fine, too\n", "")
    assert not fires(listing, "M001")


def test_markup_on_a_page_that_shows_it_after_a_label_is_removed_only_as_an_unsafe_fix() -> None:
    text = "The fuzzer found a crash.\nInput: <table></table><li><table></table>\n- <table></table><li> in select - fine\n"
    assert codes(text, "M001") == ["M001"] * 2
    assert fixed(text, "M001") == text
    assert "<" not in fixed(text, "M001", unsafe=True)


@pytest.mark.parametrize(
    "text",
    [
        # a tracking pixel under a headline: the headline does not run into it
        'Storm closes the bridge for the whole winter\n<img height="1" width="1" src="http://example.com/p.gif">\nPolitics\n',
        # the line above does not close, but a tag opens no word that would go on from it
        'The talks ended on Friday night, after a long day\n<div class="ad-slot"></div>\nThey resume on Monday.\n',
    ],
)
def test_a_stray_tag_line_next_to_prose_stays_a_safe_fix(text: str) -> None:
    assert "<" not in fixed(text, "M001")


def test_a_stray_tag_in_prose_stays_a_safe_fix() -> None:
    assert fixed("The two sides agreed to talk.<br/>\nTalks begin today.\n", "M001") == (
        "The two sides agreed to talk.\nTalks begin today.\n"
    )


# -- fixes in a text that shows code ----------------------------------------------------------

DJANGO_FORM_LISTING = (
    "All you need to do is place the form instance into the template context.\n"
    "Add this to your template:\n"
    '<form action="/your-name/" method="post">\n'
    "    {% csrf_token %}\n"
    "    {% for field in form %}\n"
    "        {{ field.label_tag }} {{ field }}\n"
    "    {% endfor %}\n"
    '    <input type="submit" value="Submit">\n'
    "</form>\n"
    "The fields are unpacked into markup by the template language.\n"
)


def _applicabilities(text: str, code: str) -> list[scrapelint.Applicability]:
    return [finding.fix.applicability for finding in scrapelint.lint(text, select=[code]) if finding.fix is not None]


def test_a_template_listing_the_text_shows_is_left_alone() -> None:
    assert not fires(DJANGO_FORM_LISTING, "M005")
    assert not fires(DJANGO_FORM_LISTING, "M001")
    # Without the line that introduces it, its tags and placeholders are flagged.
    bare = DJANGO_FORM_LISTING.replace("Add this to your template:\n", "")
    assert fires(bare, "M005") and fires(bare, "M001")


def test_jsx_and_a_closing_script_tag_in_an_indented_listing_are_left_alone() -> None:
    text = (
        "Pass the handler down, do not call it.\n\n"
        "jsx\n\n"
        "    function MyButton() {\n"
        "      return <button onClick={handleClick}>Click me</button>;\n"
        "    }\n\n"
        "vue\n\n"
        "    <script setup>\n"
        "    import { ref } from 'vue'\n"
        "    const count = ref(0)\n"
        "    </script>\n\n"
        "The component re-renders when the count changes.\n"
    )
    assert not fires(text, "M001")


def test_a_twig_comment_opening_a_listing_is_an_unsafe_fix() -> None:
    text = (
        "The badge template loops over the trophies:\n"
        "<!-- /views/badge.twig -->\n"
        "{% for i in 1..user.trophies %}\n"
        '    <img src="trophy.png">\n'
        "{% endfor %}\n"
        "Each trophy is one image.\n"
    )
    assert _applicabilities(text, "M003") == [scrapelint.Applicability.UNSAFE]
    assert fixed(text, "M003") == text


def test_a_placeholder_a_sentence_names_on_a_line_of_its_own_is_an_unsafe_fix() -> None:
    text = (
        "An object of variables which can be replaced in your content using the\n"
        "{{ variableName }}\n"
        "syntax. For example, the following replaces the name of the product.\n"
    )
    assert _applicabilities(text, "M005") == [scrapelint.Applicability.UNSAFE]
    listed = "You can use the\n{{{ prefix }}}\n,\n{{{ suffix }}}\n,\n{{{ filename }}}\n, and more variables of the page.\n"
    assert set(_applicabilities(listed, "M005")) == {scrapelint.Applicability.UNSAFE}


def test_leftovers_on_a_page_with_a_leaked_script_stay_safe_fixes() -> None:
    # Code a converter leaked, level with the text and introduced by nothing, is not a
    # listing: the page's stray tags, comments and failed placeholders still go safely.
    text = (
        "window.dataLayer = window.dataLayer || [];\n"
        "function gtag(){dataLayer.push(arguments);}\n"
        "The museum reopens on Monday.<br/>\n"
        "<!-- .entry-content -->\n"
        "Display Name:\n"
        "{* public_displayName *}\n"
        "Tickets go on sale next week.\n"
    )
    for code in ("M001", "M003", "M005"):
        assert _applicabilities(text, code) == [scrapelint.Applicability.SAFE], code


# -- M008 icon-name ------------------------------------------------------------------------

ICON_FIRES = [
    "How do I return an order?\nexpand_more\nWithin 30 days of delivery.\n",
    "Read the report\nopen_in_new\n",
    "Next article\n  chevron_right  \n",
    "Subscribed!\nCHECK_CIRCLE\n",
    "Weiterlesen\narrow_forward_ios\n",
]

ICON_NOT_FIRES = [
    *CLEAN,
    # An identifier that is no icon's name, an icon's name inside a sentence or with more on its line.
    "Set the option below.\nmax_length\nThe field is required.\n",
    "The button uses the expand_more icon of the font.\n",
    "expand_more (Material Symbols)\n",
    # Names without an underscore are words.
    "Menu\nclose\nsearch\n",
]


@pytest.mark.parametrize("text", ICON_FIRES)
def test_icon_name_fires(text: str) -> None:
    assert fires(text, "M008")


@pytest.mark.parametrize("text", ICON_NOT_FIRES)
def test_icon_name_stays_silent(text: str) -> None:
    assert not fires(text, "M008")


def test_icon_name_goes_safely_but_only_unsafely_where_the_text_shows_code() -> None:
    faq = "How do I return an order?\nexpand_more\nWithin 30 days of delivery.\n"
    assert fixed(faq, "M008") == "How do I return an order?\nWithin 30 days of delivery.\n"
    manual = (
        "Add this to your template:\n\n    <span class=\"material-icons\">expand_more</span>\n"
        "    <span class=\"material-icons\">chevron_right</span>\n\nThe icon:\nexpand_more\n"
    )
    assert_only_unsafe_fix(manual, "M008", manual.replace("The icon:\nexpand_more\n", "The icon:\n"))


# -- M009 email-placeholder ------------------------------------------------------------------

PLACEHOLDER_FIRES = [
    "Contact the newsroom\n[email\u00a0protected]\n",
    "For more information, email [email protected].\n",
    "* Email: [email protected]\n",
    "Send tips to [email&#160;protected] before Friday.\n",
]

PLACEHOLDER_NOT_FIRES = [
    *CLEAN,
    # A real address, a protected file, the words in a sentence.
    "Write to editor@example.com or call the desk.\n",
    "The document is marked [protected] and the email is archived.\n",
    "He said his email was protected by a password.\n",
]


@pytest.mark.parametrize("text", PLACEHOLDER_FIRES)
def test_email_placeholder_fires(text: str) -> None:
    assert fires(text, "M009")


@pytest.mark.parametrize("text", PLACEHOLDER_NOT_FIRES)
def test_email_placeholder_stays_silent(text: str) -> None:
    assert not fires(text, "M009")


def test_email_placeholder_line_goes_but_a_sentence_or_a_listing_keeps_it() -> None:
    contact = "Contact the newsroom\n[email\u00a0protected]\n* Email: [email protected]\nThe desk answers within a day.\n"
    assert fixed(contact, "M009") == "Contact the newsroom\nThe desk answers within a day.\n"
    sentence = "For more information, email [email protected].\n"
    assert fixed(sentence, "M009", unsafe=True) == sentence
    broken_at_its_link = "(Send your questions to\n[email protected]\n. Owing to the volume of mail, no reply is sent.)\n"
    assert fixed(broken_at_its_link, "M009", unsafe=True) == broken_at_its_link
    # A text that shows code: the line may be a piece of a listing split at a string.
    listing = (
        "Add a user:\n\n    user = User(name=\"spongebob\")\n    session.add(user)\n    session.commit()\n\n"
        "Its address:\n[email protected]\n"
    )
    assert fires(listing, "M009")
    assert fixed(listing, "M009", unsafe=True) == listing
