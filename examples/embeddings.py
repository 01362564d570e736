"""Embeddings: one vector per input, L2-normalised; `dimensions` shortens them."""

from __future__ import annotations

import math

from demo_settings import EMBED_MODEL
from hiramu.ollama import Client


def main() -> None:
    with Client() as client:
        texts = ["The sky is blue.", "Grass is green.", "The sky is blue!"]
        result = client.embed(EMBED_MODEL, input=texts)
        vectors = result.embeddings
        print(f"{len(vectors)} vectors of {len(vectors[0])} dimensions")
        for text, vector in zip(texts[1:], vectors[1:], strict=True):
            similarity = sum(a * b for a, b in zip(vectors[0], vector, strict=True))
            print(f"  cosine({texts[0]!r}, {text!r}) = {similarity:.3f}")
        short = client.embed(EMBED_MODEL, input=texts[0], dimensions=64).embeddings[0]
        print(f"dimensions=64: {len(short)} values, norm {math.sqrt(sum(v * v for v in short)):.3f}")


if __name__ == "__main__":
    main()
