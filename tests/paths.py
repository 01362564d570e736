"""Where the tests find the repository, the spec, the recordings and the models."""

from __future__ import annotations

import os
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent
SPEC_PATH = REPO_ROOT / "spec" / "ollama.yaml"
GENERATED_DIR = REPO_ROOT / "generated"

# Real responses of Ollama 0.33.0-rc2 (see recordings/README.md for their provenance).
RECORDINGS_DIR = REPO_ROOT / "tests" / "recordings" / "native"
# The OpenAI- and Anthropic-compatible routes (/v1/...), Server-Sent Events parsed event by event.
COMPAT_RECORDINGS_DIR = REPO_ROOT / "tests" / "recordings" / "compat"
# TODO(data): the tiny GGUF models are still read from outside the repository.
MODELS_DIR = Path(os.environ.get("HIRAMU_SHARED", REPO_ROOT.parent / "shared")) / "models"
