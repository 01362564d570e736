"""hiramu's generator: the pinned openapi-python-client, our config, templates and runtime.

`python -m generator --spec spec/ollama.yaml --output generated` writes `generated/hiramu/ollama/`;
`--check generated` regenerates into a scratch folder and fails on any difference.
"""
