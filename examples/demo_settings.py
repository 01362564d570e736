"""Model names the examples use; each can be changed with an environment variable.

The defaults suit the bundled local server. Against a real Ollama, `make demo` first creates
`hiramu-demo` and `hiramu-demo-embed` from local GGUF files (create_from_file.py), so the other
examples have models to talk to even on a server without network access.
"""

from __future__ import annotations

import os

CHAT_MODEL = os.environ.get("HIRAMU_DEMO_MODEL", "hiramu-demo")
EMBED_MODEL = os.environ.get("HIRAMU_DEMO_EMBED_MODEL", "hiramu-demo-embed")
PULL_MODEL = os.environ.get("HIRAMU_DEMO_PULL_MODEL", "tiny-llama")
# GGUF files for create_from_file.py (make demo passes them).
CHAT_GGUF = os.environ.get("HIRAMU_DEMO_GGUF", "")
EMBED_GGUF = os.environ.get("HIRAMU_DEMO_EMBED_GGUF", "")

# A ChatML template that mentions tools, so Ollama gives the model the `tools` capability.
TEMPLATE = """{{- if .System }}<|im_start|>system
{{ .System }}<|im_end|>
{{ end }}{{- if .Tools }}<|im_start|>system
Tools: {{ range .Tools }}{{ .Function.Name }} {{ end }}<|im_end|>
{{ end }}{{- range .Messages }}<|im_start|>{{ .Role }}
{{ .Content }}<|im_end|>
{{ end }}<|im_start|>assistant
"""
