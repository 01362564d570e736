"""The runtime's two layers, its import graph and its one error tree.

The core (engine, streams, decoders, errors, host rules, types) knows no spec: it never imports a
feature, the generated client (`._client`) or the models. The features (tools, structured output,
files, progress, schema) build on the core; the generated client builds on both. Nothing imports
in a circle. Every `OllamaError` subclass lives in `_exceptions`, is exported from `hiramu.ollama`,
and the tree drawn in `_exceptions`' docstring (and in README's "## Errors") is the real one.
"""

from __future__ import annotations

import ast
import importlib
import inspect
import re
from pathlib import Path

import hiramu.ollama as package
import pytest
from hiramu.ollama import OllamaError
from paths import REPO_ROOT

RUNTIME = REPO_ROOT / "generator" / "runtime"
FEATURES = {"_convert", "_docstrings", "_files", "_progress", "_schema", "_structured", "_tools", "_typeinfo"}
# Generated modules: the core must not know them.
GENERATED = {"_client", "models", "types"}


def runtime_modules() -> dict[str, Path]:
    return {path.stem: path for path in sorted(RUNTIME.glob("*.py"))}


def core_modules() -> set[str]:
    # Every runtime module that is not a feature is core, new ones included (an SSE decoder, ...).
    return set(runtime_modules()) - FEATURES


def package_imports(path: Path) -> set[str]:
    """The package modules a runtime module imports (relative imports, at any depth of the code)."""
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text("utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.level == 1:
            if node.module:
                found.add(node.module.split(".")[0])
            else:
                found.update(alias.name for alias in node.names)
    return found


def test_the_layers_are_as_described() -> None:
    modules = runtime_modules()
    assert set(modules) >= FEATURES, sorted(FEATURES - set(modules))
    assert {"_base_client", "_exceptions", "_streaming", "_ndjson", "_host", "_types"} <= core_modules()


@pytest.mark.parametrize("name", sorted(core_modules()))
def test_the_core_imports_no_feature_and_nothing_generated(name: str) -> None:
    imported = package_imports(runtime_modules()[name])
    assert imported & (FEATURES | GENERATED) == set()
    assert imported <= core_modules()


def test_nothing_imports_in_a_circle() -> None:
    graph = {name: package_imports(path) & set(runtime_modules()) for name, path in runtime_modules().items()}
    cycles: list[list[str]] = []

    def visit(name: str, trail: list[str]) -> None:
        if name in trail:
            cycles.append([*trail[trail.index(name) :], name])
            return
        for target in sorted(graph[name]):
            visit(target, [*trail, name])

    for start in graph:
        visit(start, [])
    assert cycles == []


def test_the_runtime_needs_no_type_ignore_for_its_imports() -> None:
    offending = [
        f"{path.name}:{number}"
        for path in runtime_modules().values()
        for number, line in enumerate(path.read_text("utf-8").splitlines(), 1)
        if re.match(r"\s*(from|import)\s", line) and "type: ignore" in line
    ]
    assert offending == []


def error_classes() -> dict[str, type[OllamaError]]:
    """Every `OllamaError` subclass defined anywhere in the package's runtime or client."""
    found: dict[str, type[OllamaError]] = {}
    for name in [*runtime_modules(), "_client"]:
        module = importlib.import_module(f"hiramu.ollama.{name}")
        for value in vars(module).values():
            if inspect.isclass(value) and issubclass(value, OllamaError):
                assert value.__module__ == "hiramu.ollama._exceptions", f"{value.__qualname__} in {name}"
                found[value.__name__] = value
    return found


def test_one_module_holds_every_error_and_the_package_exports_each() -> None:
    classes = error_classes()
    assert len(classes) >= 20
    for name, cls in classes.items():
        assert name in package.__all__
        assert getattr(package, name) is cls


def real_tree() -> dict[str, str | None]:
    """Each error class's parent within the tree (None for `OllamaError`)."""
    tree: dict[str, str | None] = {}
    for name, cls in error_classes().items():
        parents = [base for base in cls.__bases__ if issubclass(base, OllamaError)]
        tree[name] = parents[0].__name__ if parents else None
    return tree


def drawn_tree(text: str) -> dict[str, str | None]:
    """The tree a box drawing shows: one class per line, 4 columns per level.

    A line naming a second class of the tree (several on one line) fails: it hides a level.
    """
    known = set(error_classes())
    tree: dict[str, str | None] = {}
    stack: list[str] = []
    for line in text.splitlines():
        match = re.search(r"[A-Z][A-Za-z]*Error\b", line)
        if match is None:
            continue
        others = set(re.findall(r"\b[A-Z][A-Za-z]*Error\b", line[match.end() :])) & known
        assert not others, f"one class per line: {line!r}"
        prefix = line[: match.start()]
        assert set(prefix) <= set(" │├└─"), f"unexpected text before the class name: {line!r}"
        depth = len(prefix) // 4
        del stack[depth:]
        tree[match.group()] = stack[-1] if stack else None
        stack.append(match.group())
    return tree


def test_the_docstring_tree_is_the_real_tree() -> None:
    from hiramu.ollama import _exceptions

    doc = _exceptions.__doc__ or ""
    drawing = "\n".join(line[4:] for line in doc.splitlines() if line.startswith("    "))
    assert drawn_tree(drawing) == real_tree()


def readme_errors_block() -> str:
    text = (REPO_ROOT / "README.md").read_text("utf-8")
    section = text.split("\n## Errors\n", 1)[1].split("\n## ", 1)[0]
    match = re.search(r"```[a-z]*\n(.*?)```", section, re.S)
    assert match is not None, "README's Errors section has no fenced block"
    return match.group(1)


def test_the_readme_tree_is_the_real_tree() -> None:
    assert drawn_tree(readme_errors_block()) == real_tree()
