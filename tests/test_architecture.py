"""The layout is the architecture: layers import only downwards, modules stay short, the README lists them."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).parents[1]
PACKAGE = ROOT / "src" / "techexec"
MODULES = sorted(PACKAGE.rglob("*.py"))
# Lower layers first; a module may import its own layer and the ones before it.
LAYERS = [
    ("base", {"techexec.model", "techexec.errors", "techexec.matching", "techexec.safe_text", "techexec"}),
    ("data", {"techexec.data"}),
    ("questions", {"techexec.language", "techexec.lookup", "techexec.orgtree", "techexec.classification"}),
    ("questions", {"techexec.compare", "techexec.search"}),
    ("questions", {"techexec.validate"}),
    ("render", {"techexec.render"}),
    ("cli", {"techexec.cli", "techexec.__main__"}),
]


def module_name(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def layer(name: str) -> int:
    """Index of the layer a module belongs to (the longest matching prefix decides)."""
    best = max(
        ((len(prefix), i) for i, (_, prefixes) in enumerate(LAYERS) for prefix in prefixes if _within(name, prefix)),
        default=(0, -1),
    )
    return best[1]


def _within(name: str, prefix: str) -> bool:
    return name == prefix or name.startswith(prefix + ".")


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
    upward = sorted(name for name in imports(path) if layer(name) > here and LAYERS[layer(name)][0] != LAYERS[here][0])
    assert not upward, f"{module_name(path)} ({LAYERS[here][0]}) imports a higher layer: {upward}"


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
