"""Pages that `mkdocs build` makes itself, so the site never restates what lives elsewhere.

* The guide is README.md cut at its `## ` headings: the text before the first one is the home page,
  each section its own page (headings raised one level). The README stays the one copy of that prose.
* The API reference follows `hiramu.ollama.__all__`: every exception on one page, every other class
  on a page of its own, the functions together, plus the models module; and `hiramu.testing.__all__`
  on one page. A name added to either `__all__` appears in the next build without any change here.
* CHANGELOG.md as it is.
"""

from __future__ import annotations

import inspect
import os
import re
import shutil
from dataclasses import dataclass
from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import File, Files

ROOT = Path(__file__).resolve().parent.parent
# The tests point this at a README with a broken reference to see the build fail.
README = Path(os.environ.get("HIRAMU_DOCS_README", ROOT / "README.md"))
CHANGELOG = ROOT / "CHANGELOG.md"
# The package as the wheel lays it out: src/hiramu and generated/hiramu merged into one folder.
# (griffe reads src/hiramu/__init__.py as a regular package and cannot follow its `extend_path`.)
PACKAGE_VIEW = ROOT / ".docs-build"
_FENCE = re.compile(r"^(```|~~~)")


@dataclass(frozen=True)
class Page:
    path: str  # relative to the docs folder
    title: str
    text: str


def slug(title: str) -> str:
    """A file name from a heading: lower case, words joined by '-', nothing but [a-z0-9-]."""
    words = re.findall(r"[a-z0-9]+", title.lower())
    return "-".join(words) or "section"


def split_readme(text: str) -> tuple[Page, list[Page]]:
    """The home page and one page per `## ` section of the README (fenced code is never split)."""
    sections: list[tuple[str, list[str]]] = [("", [])]
    in_fence = False
    for line in text.splitlines():
        if _FENCE.match(line):
            in_fence = not in_fence
        if not in_fence and line.startswith("## "):
            sections.append((line[3:].strip(), []))
            continue
        sections[-1][1].append(line)
    intro = Page("index.md", "Overview", "\n".join(sections[0][1]).strip() + "\n")
    guide = []
    for title, lines in sections[1:]:
        body = "\n".join(_raise_headings(lines)).strip()
        guide.append(Page(f"guide/{slug(title)}.md", title, f"# {title}\n\n{body}\n"))
    return intro, guide


def _raise_headings(lines: list[str]) -> list[str]:
    # A README `###` sits under its page's `#` title, so it becomes `##`.
    out, in_fence = [], False
    for line in lines:
        if _FENCE.match(line):
            in_fence = not in_fence
        if not in_fence and line.startswith("###"):
            line = line[1:]
        out.append(line)
    return out


def _summary(obj: object) -> str:
    doc = inspect.getdoc(obj) or ""
    return doc.strip().split("\n\n")[0].replace("\n", " ").replace("|", "\\|")


def reference_pages() -> list[Page]:
    """The API reference of `hiramu.ollama`, one entry per name in its `__all__`."""
    import hiramu.ollama as package

    names = list(package.__all__)
    objects = {name: getattr(package, name) for name in names}
    errors = [n for n in names if inspect.isclass(objects[n]) and issubclass(objects[n], BaseException)]
    functions = [n for n in names if inspect.isfunction(objects[n])]
    classes = [n for n in names if inspect.isclass(objects[n]) and n not in errors]
    others = [n for n in names if n not in errors and n not in functions and n not in classes]
    if others:
        raise RuntimeError(f"hiramu.ollama.__all__ has names the reference cannot place: {others}")

    def where(name: str) -> str:
        if name in errors:
            return "errors.md"
        if name in functions:
            return "functions.md"
        return f"{name}.md"

    rows = "\n".join(
        f"| [`{name}`]({where(name)}#hiramu.ollama.{name}) | {_summary(objects[name])} |" for name in names
    )
    index = (
        "# hiramu.ollama\n\n"
        f"{_summary(package)}\n\n"
        "Every public name of the package (its `__all__`):\n\n"
        "| name | what it is |\n| --- | --- |\n"
        f"{rows}\n\n"
        "The request and response types are in [`hiramu.ollama.models`](models.md); every one of them can "
        "also be imported from `hiramu.ollama` itself.\n"
    )
    options = "    options:\n      show_root_full_path: true\n"
    pages = [Page("reference/index.md", "hiramu.ollama", index)]
    pages += [Page(f"reference/{n}.md", n, f"# {n}\n\n::: hiramu.ollama.{n}\n{options}") for n in classes]
    pages.append(
        Page(
            "reference/errors.md",
            "Errors",
            "# Errors\n\nEvery exception the client raises derives from `OllamaError`.\n\n"
            + "\n".join(f"::: hiramu.ollama.{n}\n{options}" for n in errors),
        )
    )
    pages.append(
        Page(
            "reference/functions.md",
            "Functions",
            "# Functions\n\n" + "\n".join(f"::: hiramu.ollama.{n}\n{options}" for n in functions),
        )
    )
    pages.append(testing_page())
    pages.append(
        Page(
            "reference/models.md",
            "hiramu.ollama.models",
            "# hiramu.ollama.models\n\n::: hiramu.ollama.models\n    options:\n      show_root_heading: false\n",
        )
    )
    return pages


def testing_page() -> Page:
    """`hiramu.testing`, the bundled server as a library: the names of its `__all__`."""
    import hiramu.testing as testing

    members = "".join(f"        - {name}\n" for name in testing.__all__)
    text = f"# hiramu.testing\n\n::: hiramu.testing\n    options:\n      show_root_heading: false\n      members:\n{members}"
    return Page("reference/testing.md", "hiramu.testing", text)


def _pages() -> tuple[Page, list[Page], list[Page]]:
    intro, guide = split_readme(README.read_text(encoding="utf-8"))
    return intro, guide, reference_pages()


def build_package_view() -> None:
    """Link src/hiramu's files and generated/hiramu/ollama into PACKAGE_VIEW/hiramu (rebuilt each time)."""
    target = PACKAGE_VIEW / "hiramu"
    if PACKAGE_VIEW.exists():
        shutil.rmtree(PACKAGE_VIEW)
    target.mkdir(parents=True)
    for part in (ROOT / "src" / "hiramu", ROOT / "generated" / "hiramu"):
        for entry in part.iterdir():
            if entry.name != "__pycache__":
                (target / entry.name).symlink_to(entry, target_is_directory=entry.is_dir())


def on_startup(command: str, dirty: bool) -> None:
    # Before any plugin's on_config: mkdocstrings checks its `paths` there.
    build_package_view()


def on_config(config: MkDocsConfig) -> MkDocsConfig:
    intro, guide, reference = _pages()
    config.nav = [
        {intro.title: intro.path},
        # Hand-written pages in docs/ (the full guide of hiramu.testing) follow the README's sections.
        {"Guide": [{page.title: page.path} for page in guide] + [{"The fake Ollama in depth": "testing.md"}]},
        {"API reference": [{page.title: page.path} for page in reference]},
        {"Changelog": "changelog.md"},
    ]
    return config


def on_files(files: Files, config: MkDocsConfig) -> Files:
    intro, guide, reference = _pages()
    changelog = Page("changelog.md", "Changelog", CHANGELOG.read_text(encoding="utf-8"))
    for page in [intro, *guide, *reference, changelog]:
        files.append(File.generated(config, page.path, content=page.text))
    return files
