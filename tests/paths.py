"""Where the tests find the repository, the spec and the shared data (recordings, models)."""

from __future__ import annotations

import os
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent
SPEC_PATH = REPO_ROOT / "spec" / "ollama.yaml"
GENERATED_DIR = REPO_ROOT / "generated"

# shared/ lies beside the checkout (in CI too); HIRAMU_SHARED points elsewhere.
SHARED_DIR = Path(os.environ.get("HIRAMU_SHARED", REPO_ROOT.parent / "shared"))
RECORDINGS_DIR = SHARED_DIR / "recordings"
MODELS_DIR = SHARED_DIR / "models"
