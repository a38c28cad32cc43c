"""Helpers for rule tests: which codes fire on a text, and what a fix makes of it."""

from __future__ import annotations

import scrapelint


def codes(text: str, code: str, filename: str | None = None) -> list[str]:
    """The codes of the diagnostics that rule ``code`` reports on ``text``."""
    return [d.code for d in scrapelint.lint(text, select=[code], filename=filename)]


def fires(text: str, code: str, filename: str | None = None) -> bool:
    return code in codes(text, code, filename)


def fixed(text: str, code: str, unsafe: bool = False, filename: str | None = None) -> str:
    result = scrapelint.fix(text, select=[code], unsafe=unsafe, filename=filename)
    assert result.converged
    return result.text


def assert_only_unsafe_fix(text: str, code: str, expected: str) -> None:
    """Rule ``code``'s fix of ``text`` is unsafe: ``--fix`` leaves the text as it is, and
    ``--fix --unsafe-fixes`` makes ``expected`` of it."""
    assert fixed(text, code) == text
    assert fixed(text, code, unsafe=True) == expected
