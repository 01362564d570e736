"""Where the tests find the repository, the spec and the recordings (all inside the repository)."""

from __future__ import annotations

from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent
SPEC_PATH = REPO_ROOT / "spec" / "ollama.yaml"
GENERATED_DIR = REPO_ROOT / "generated"

# Real responses of Ollama 0.33.0-rc2 (see recordings/README.md for their provenance).
RECORDINGS_DIR = REPO_ROOT / "tests" / "recordings" / "native"
# The OpenAI- and Anthropic-compatible routes (/v1/...), Server-Sent Events parsed event by event.
COMPAT_RECORDINGS_DIR = REPO_ROOT / "tests" / "recordings" / "compat"
# The tiny GGUF models are not stored: `hiramu.testing.tiny_models_dir()` writes them once per run.
