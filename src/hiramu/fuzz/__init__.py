"""Spec-driven fuzzing of any Ollama server with schemathesis: ``python -m hiramu.fuzz [URL]``.

Needs the ``fuzz`` extra (``pip install 'hiramu[fuzz]'``). The OpenAPI document ships inside the
package (``hiramu/ollama/openapi.yaml``). Without a URL the bundled server (``hiramu.testing``) is
started for the run. See README.md in this folder for what is checked and how a real server is kept safe.
"""
