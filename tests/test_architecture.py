"""The layout is the architecture: layers import only downwards, modules stay short, the README lists them."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).parents[1]
PACKAGE = ROOT / "src" / "techexec"
MODULES = sorted(PACKAGE.rglob("*.py"))
# Lower layers first; a module may import its own layer and the ones before it. A module's layer is
# its folder (the package's top holds the base records), so a new module in questions/ just works.
LAYERS = ["base", "data", "questions", "i18n", "answers", "render", "cli"]
TOP_LEVEL = {"__main__": "cli"}  # the top's only module that is not a base record


def module_name(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def layer(name: str) -> int:
    """Index of the layer a module (or a name imported from it) belongs to: its folder under techexec."""
    parts = name.split(".")[1:]
    if parts and (PACKAGE / parts[0]).is_dir():
        return LAYERS.index(parts[0])
    return LAYERS.index(TOP_LEVEL.get(parts[0], "base") if parts else "base")


def test_every_folder_is_a_layer():
    folders = {p.name for p in PACKAGE.iterdir() if p.is_dir() and p.name != "__pycache__"}
    assert folders == set(LAYERS) - {"base"}


def imports(path: Path) -> set[str]:
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found |= {alias.name for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module:
            found |= {f"{node.module}.{alias.name}" for alias in node.names} | {node.module}
    return {name for name in found if name.startswith("techexec")}


@pytest.mark.parametrize("path", MODULES, ids=lambda p: str(p.relative_to(PACKAGE)))
def test_imports_point_only_downwards(path):
    here = layer(module_name(path))
    upward = sorted(name for name in imports(path) if layer(name) > here)
    assert not upward, f"{module_name(path)} ({LAYERS[here]}) imports a higher layer: {upward}"


@pytest.mark.parametrize("path", MODULES, ids=lambda p: str(p.relative_to(PACKAGE)))
def test_modules_fit_in_a_few_screens(path):
    assert len(path.read_text(encoding="utf-8").splitlines()) <= 300


def test_readme_code_layout_lists_every_module():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme.split("## Code layout", 1)[1].split("\n## ", 1)[0]
    listed = set(re.findall(r"^\| `(src/techexec/[\w/]+\.py)` \|", section, flags=re.M))
    code = {str(p.relative_to(ROOT)) for p in MODULES if not _only_a_docstring(p)}
    assert listed == code


def _only_a_docstring(path: Path) -> bool:
    body = ast.parse(path.read_text(encoding="utf-8")).body
    return all(isinstance(node, ast.Expr) and isinstance(node.value, ast.Constant) for node in body)
