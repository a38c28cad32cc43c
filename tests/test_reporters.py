"""Output formats: the exact shape of each on the seed, escaping, and validity for their readers."""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from pathlib import Path
from urllib.parse import unquote

import jsonschema
import pytest
from conftest import ROOT, SEED, run_cli

from scrapelint.checker import FileReport, check_text
from scrapelint.reporters import FORMATS, ReportOptions, fingerprints, render
from scrapelint.settings import Settings

SEED_PATH = f"seeds/{SEED.name}"
SCHEMA = json.loads((ROOT / "tests" / "fixtures" / "sarif-2.1.0-schema.json").read_text(encoding="utf-8"))
ODD_NAME = "notes/my file, v2: 100%.txt"
"""A file name with a space, a comma, a colon and a percent sign."""


def seed_output(output_format: str) -> str:
    """The format as the command line prints it for the seed, run from the repository root."""
    result = run_cli("check", "--output-format", output_format, SEED_PATH, cwd=ROOT)
    assert result.returncode == 1, result.stderr
    return result.stdout


def checked(text: str, filename: str) -> FileReport:
    return check_text(text, filename, Settings().resolve()).report()


def with_message(result: FileReport, message: str) -> FileReport:
    """The same result, every diagnostic carrying ``message``: messages can quote any text."""
    return result._replace(diagnostics=[d._replace(message=message) for d in result.diagnostics])


def test_every_format_reports_rows_3_19_and_36_of_the_seed() -> None:
    for output_format in FORMATS:
        output = seed_output(output_format)
        for row in ("3", "19", "36"):
            assert row in output, (output_format, row)


def test_json_lines_has_one_object_a_line_equal_to_the_json_format() -> None:
    lines = seed_output("json-lines").splitlines()
    assert [json.loads(line) for line in lines] == json.loads(seed_output("json"))
    assert [json.loads(line)["location"]["row"] for line in lines] == [3, 19, 36]


def test_json_lines_keeps_unicode_line_separators_inside_their_line() -> None:
    result = with_message(checked("Leave a Reply\n", "a.txt"), "quoted\u2028text\x85here\u2029")
    output = render("json-lines", [result], ReportOptions())
    assert len(output.splitlines()) == 1
    assert json.loads(output)["message"] == "quoted\u2028text\x85here\u2029"


def test_github_annotations_on_the_seed() -> None:
    assert seed_output("github").splitlines() == [
        f"::error file={SEED_PATH},line=3,col=1,endLine=3,endColumn=95,title=D001 (duplicated-headline)"
        "::Headline repeated (first printed on row 1)",
        f"::error file={SEED_PATH},line=19,col=345,endLine=19,endColumn=346,title=T001 (truncated-sentence)"
        "::Sentence cut off after 'during' and glued to the next sentence",
        f"::error file={SEED_PATH},line=36,col=1,endLine=36,endColumn=15,title=B001 (comment-form)"
        "::Comment-form boilerplate: 'Leave a Replay'",
    ]


def test_github_escapes_properties_and_message() -> None:
    result = with_message(checked("Leave a Reply\n", ODD_NAME), "50% done:\r\nsee, here")
    assert render("github", [result], ReportOptions()) == (
        "::error file=notes/my file%2C v2%3A 100%25.txt,line=1,col=1,endLine=1,endColumn=14,"
        "title=B001 (comment-form)::50%25 done:%0D%0Asee, here\n"
    )


def test_github_omits_columns_of_a_span_over_several_rows() -> None:
    result = checked("Leave a Reply\n", "a.txt")
    first = result.diagnostics[0]
    spanning = result._replace(diagnostics=[first._replace(end_location=first.end_location._replace(row=2, column=1))])
    line = render("github", [spanning], ReportOptions())
    assert line.startswith("::error file=a.txt,line=1,endLine=2,title=B001 (comment-form)::")


def test_gitlab_code_quality_on_the_seed() -> None:
    issues = json.loads(seed_output("gitlab"))
    assert [(i["check_name"], i["location"]["positions"]["begin"]["line"]) for i in issues] == [
        ("D001", 3), ("T001", 19), ("B001", 36),
    ]
    assert issues[0] == {
        "description": "D001: Headline repeated (first printed on row 1)",
        "check_name": "D001",
        "fingerprint": issues[0]["fingerprint"],
        "severity": "major",
        "location": {
            "path": SEED_PATH,
            "positions": {"begin": {"line": 3, "column": 1}, "end": {"line": 3, "column": 95}},
        },
    }
    assert all(len(i["fingerprint"]) == 32 for i in issues)


def test_gitlab_fingerprints_are_unique_and_survive_rows_moving() -> None:
    text = "The talks went on.\n\nLeave a Reply\n\nA first paragraph.\n\nLeave a Reply\n"
    first = json.loads(render("gitlab", [checked(text, "a.txt")], ReportOptions()))
    again = json.loads(render("gitlab", [checked(text, "a.txt")], ReportOptions()))
    moved = json.loads(render("gitlab", [checked("An intro line.\n\n" + text, "a.txt")], ReportOptions()))
    elsewhere = json.loads(render("gitlab", [checked(text, "b.txt")], ReportOptions()))
    prints = [i["fingerprint"] for i in first]
    assert len(prints) == 2 and len(set(prints)) == 2  # identical lines, told apart
    assert [i["fingerprint"] for i in again] == prints
    assert [i["location"]["positions"]["begin"]["line"] for i in moved] == [5, 9]
    assert [i["fingerprint"] for i in moved] == prints
    assert not set(prints) & {i["fingerprint"] for i in elsewhere}


def test_sarif_on_the_seed_is_valid_against_the_official_schema() -> None:
    log = json.loads(seed_output("sarif"))
    jsonschema.Draft4Validator(SCHEMA).validate(log)
    assert log["version"] == "2.1.0"
    (run,) = log["runs"]
    driver = run["tool"]["driver"]
    assert driver["name"] == "scrapelint"
    assert [r["id"] for r in driver["rules"]] == ["B001", "D001", "T001"]
    comment_form = driver["rules"][0]
    assert comment_form["name"] == "comment-form"
    assert comment_form["shortDescription"]["text"]
    assert "## Fix safety" in comment_form["help"]["markdown"]
    assert run["columnKind"] == "unicodeCodePoints"
    results = run["results"]
    regions = [r["locations"][0]["physicalLocation"]["region"] for r in results]
    assert regions == [
        {"startLine": 3, "startColumn": 1, "endLine": 3, "endColumn": 95},
        {"startLine": 19, "startColumn": 345, "endLine": 19, "endColumn": 346},
        {"startLine": 36, "startColumn": 1, "endLine": 36, "endColumn": 15},
    ]
    assert [driver["rules"][r["ruleIndex"]]["id"] for r in results] == [r["ruleId"] for r in results]
    assert results[0]["locations"][0]["physicalLocation"]["artifactLocation"] == {
        "uri": SEED_PATH,
        "uriBaseId": "%SRCROOT%",
    }
    assert run["originalUriBaseIds"]["%SRCROOT%"]["uri"] == ROOT.as_uri() + "/"
    assert "fixes" not in results[1]  # the truncated sentence has no fix
    (replacement,) = results[0]["fixes"][0]["artifactChanges"][0]["replacements"]
    assert replacement == {
        "deletedRegion": {"startLine": 3, "startColumn": 1, "endLine": 5, "endColumn": 1},
        "insertedContent": {"text": ""},
    }
    assert results[0]["fixes"][0]["properties"] == {"applicability": "safe"}


def test_sarif_encodes_file_names_as_uris_and_stays_valid(tmp_path: Path) -> None:
    result = with_message(checked("Leave a Reply\r\n\r\nText.\r\n", ODD_NAME), "Quote: \"<&>\"\nnext")
    absolute = checked("Leave a Reply\n", str(tmp_path / "a b.txt"))
    log = json.loads(render("sarif", [result, absolute], ReportOptions()))
    jsonschema.Draft4Validator(SCHEMA).validate(log)
    first, second = (r["locations"][0]["physicalLocation"]["artifactLocation"] for r in log["runs"][0]["results"])
    assert first["uri"] == "notes/my%20file%2C%20v2%3A%20100%25.txt"
    assert unquote(first["uri"]) == ODD_NAME
    assert second == {"uri": (tmp_path / "a b.txt").as_uri()}
    assert "%20" in second["uri"]
    # Fix regions count rows of the text as given, "\r\n" and all.
    (replacement,) = log["runs"][0]["results"][0]["fixes"][0]["artifactChanges"][0]["replacements"]
    assert replacement["deletedRegion"] == {"startLine": 1, "startColumn": 1, "endLine": 3, "endColumn": 1}


def test_sarif_without_diagnostics_is_valid() -> None:
    log = json.loads(render("sarif", [checked("Fine.\n", "a.txt")], ReportOptions()))
    jsonschema.Draft4Validator(SCHEMA).validate(log)
    assert log["runs"][0]["results"] == [] and log["runs"][0]["tool"]["driver"]["rules"] == []


def test_junit_on_the_seed() -> None:
    root = ET.fromstring(seed_output("junit"))
    assert (root.tag, root.get("tests"), root.get("failures"), root.get("errors")) == ("testsuites", "3", "3", "0")
    (suite,) = root
    assert (suite.get("name"), suite.get("tests"), suite.get("failures")) == (SEED_PATH, "3", "3")
    cases = list(suite)
    assert [(c.get("name"), c.get("line"), c.get("column")) for c in cases] == [
        ("D001 duplicated-headline", "3", "1"),
        ("T001 truncated-sentence", "19", "345"),
        ("B001 comment-form", "36", "1"),
    ]
    assert cases[0].get("classname") == f"seeds/{SEED.stem}"
    assert cases[0].get("file") == SEED_PATH
    failure = cases[2].find("failure")
    assert failure is not None
    assert failure.get("message") == "Comment-form boilerplate: 'Leave a Replay'"
    assert failure.get("type") == "B001"
    assert failure.text == "line 36, col 1, Comment-form boilerplate: 'Leave a Replay'"


def test_junit_escapes_markup_and_drops_characters_xml_cannot_hold() -> None:
    result = with_message(checked("Leave a Reply\n", ODD_NAME), 'bell\x07 "<tag> & more"\nsecond line')
    root = ET.fromstring(render("junit", [result], ReportOptions()))
    case = root.find("testsuite/testcase")
    assert case is not None and case.get("file") == ODD_NAME
    failure = case.find("failure")
    assert failure is not None
    assert failure.get("message") == 'bell\\u0007 "<tag> & more"\nsecond line'


def test_junit_without_diagnostics_has_one_passing_case() -> None:
    root = ET.fromstring(render("junit", [checked("Fine.\n", "a.txt")], ReportOptions()))
    assert (root.get("tests"), root.get("failures")) == ("1", "0")
    (case,) = root.iter("testcase")
    assert case.get("name") == "No errors found" and case.find("failure") is None


@pytest.mark.parametrize("output_format", ["json-lines", "github", "gitlab", "sarif", "junit"])
def test_machine_formats_have_no_summary_and_parse_when_clean(tmp_path: Path, output_format: str) -> None:
    clean = tmp_path / "clean.txt"
    clean.write_text("The call lasted an hour.\n", encoding="utf-8")
    result = run_cli("check", "--output-format", output_format, str(clean))
    assert result.returncode == 0, result.stderr
    assert "All checks passed" not in result.stdout
    if output_format in ("gitlab", "sarif"):
        json.loads(result.stdout)
    elif output_format == "junit":
        ET.fromstring(result.stdout)
    else:
        assert result.stdout == ""


def test_fingerprints_are_one_per_diagnostic() -> None:
    result = checked(SEED.read_text(encoding="utf-8"), SEED_PATH)
    assert len(fingerprints(result)) == len(result.diagnostics) == 3


def test_fix_run_names_each_rewritten_file(seed_copy: Path, tmp_path: Path) -> None:
    clean = tmp_path / "clean.txt"
    clean.write_text("Fine.\n", encoding="utf-8")
    result = run_cli("check", "--fix", "--output-format", "concise", str(seed_copy), str(clean))
    assert result.stdout.splitlines()[0] == f"Fixing {seed_copy}"
    assert f"Fixing {clean}" not in result.stdout
    assert result.stderr == ""


@pytest.mark.parametrize("flags", [("--quiet",), ("--output-format", "json")])
def test_fix_run_names_no_file_when_quiet_or_machine_readable(tmp_path: Path, flags: tuple[str, ...]) -> None:
    copy = tmp_path / "copy.txt"
    copy.write_bytes(SEED.read_bytes())
    result = run_cli("check", "--fix", *flags, str(copy))
    assert "Fixing" not in result.stdout + result.stderr
    assert copy.read_bytes() != SEED.read_bytes()
    if "json" in flags:
        assert [d["code"] for d in json.loads(result.stdout)] == ["T001"]
