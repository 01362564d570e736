"""hiramu: typed Python clients for Ollama.

* `hiramu.ollama`: the client, generated from the OpenAPI document of Ollama's HTTP API.
* `hiramu.testing`: a deterministic, Ollama-faithful server for tests.
"""

from __future__ import annotations

from pkgutil import extend_path as _extend_path
from typing import TYPE_CHECKING

# In a checkout the generated `hiramu.ollama` lies in generated/hiramu, beside this folder's
# src/hiramu; an installed wheel has both in one folder, where this changes nothing.
__path__ = _extend_path(__path__, __name__)

if TYPE_CHECKING:
    __version__: str

__all__ = ["__version__"]


def __getattr__(name: str) -> str:
    # `__version__` is read from the installed metadata on first access, not at import:
    # importlib.metadata (email, zipfile, csv, ...) would be most of `import hiramu.ollama`.
    if name != "__version__":
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    from importlib import metadata

    try:
        version = metadata.version("hiramu")
    except metadata.PackageNotFoundError:  # imported from a checkout that was never installed
        version = "0+unknown"
    globals()["__version__"] = version  # later reads find it without coming back here
    return version
