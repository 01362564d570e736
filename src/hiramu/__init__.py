"""hiramu: typed Python clients for Ollama.

* `hiramu.ollama`: the client, generated from the OpenAPI document of Ollama's HTTP API.
* `hiramu.testing`: a deterministic, Ollama-faithful server for tests.
"""

from __future__ import annotations

from importlib import metadata as _metadata
from pkgutil import extend_path as _extend_path

# In a checkout the generated `hiramu.ollama` lies in generated/hiramu, beside this folder's
# src/hiramu; an installed wheel has both in one folder, where this changes nothing.
__path__ = _extend_path(__path__, __name__)

try:
    __version__ = _metadata.version("hiramu")
except _metadata.PackageNotFoundError:  # imported from a checkout that was never installed
    __version__ = "0+unknown"

__all__ = ["__version__"]
