"""JUnit XML: a test suite per file, a failed test case per diagnostic, as ruff writes it.

CI services that read test reports (GitLab, Jenkins, Azure) then list the findings.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Sequence
from pathlib import PurePosixPath

from scrapelint.checker import FileReport
from scrapelint.reporters import ReportOptions, report_path

# Characters XML 1.0 cannot carry at all, even escaped; a message can quote them from the text.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def render(results: Sequence[FileReport], options: ReportOptions) -> str:
    failing = [r for r in results if r.diagnostics]
    total = sum(len(r.diagnostics) for r in failing)
    root = ET.Element("testsuites", name="scrapelint", tests=str(max(total, 1)), failures=str(total), errors="0")
    if not failing:
        suite = ET.SubElement(root, "testsuite", name="scrapelint", tests="1", failures="0", errors="0")
        ET.SubElement(suite, "testcase", name="No errors found", classname="scrapelint")
    for result in failing:
        path = report_path(result.filename)
        count = str(len(result.diagnostics))
        suite = ET.SubElement(root, "testsuite", name=_xml(path), tests=count, failures=count, errors="0")
        for d in result.diagnostics:
            case = ET.SubElement(
                suite,
                "testcase",
                name=f"{d.code} {d.name}",
                # Readers split a class name at dots: drop the suffix as ruff does.
                classname=_xml(str(PurePosixPath(path).with_suffix(""))),
                file=_xml(path),
                line=str(d.location.row),
                column=str(d.location.column),
            )
            failure = ET.SubElement(case, "failure", message=_xml(d.message), type=d.code)
            failure.text = _xml(f"line {d.location.row}, col {d.location.column}, {d.message}")
    ET.indent(root)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, encoding="unicode") + "\n"


def _xml(text: str) -> str:
    return _NOT_XML.sub(lambda match: f"\\u{ord(match.group()):04x}", text)
