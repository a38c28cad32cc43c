"""The package's modules define each top-level function and class once: a second
definition of a helper replaces the first for every caller in the module, silently."""

from __future__ import annotations

import ast

from conftest import ROOT


def test_no_module_defines_a_name_twice() -> None:
    for path in sorted((ROOT / "src" / "scrapelint").rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        names = [node.name for node in tree.body if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef))]
        repeated = sorted({name for name in names if names.count(name) > 1})
        assert not repeated, f"{path.relative_to(ROOT)} defines {repeated} more than once"
