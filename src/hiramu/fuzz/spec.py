"""The OpenAPI document the fuzzer works from: the copy inside the installed package."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from importlib import resources
from pathlib import Path

SPEC_PACKAGE = "hiramu.ollama"
SPEC_RESOURCE = "openapi.yaml"


@contextlib.contextmanager
def spec_path() -> Iterator[Path]:
    """A file path to the spec for the duration of the block (a temporary copy if the package is
    not on the file system, e.g. in a zip)."""
    with resources.as_file(resources.files(SPEC_PACKAGE).joinpath(SPEC_RESOURCE)) as path:
        yield path
