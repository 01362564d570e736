"""Create models from local GGUF files in one call: hash, upload the missing blobs, create."""

from __future__ import annotations

from pathlib import Path

from demo_settings import CHAT_GGUF, CHAT_MODEL, EMBED_GGUF, EMBED_MODEL, TEMPLATE
from hiramu.ollama import Client


def main() -> None:
    if not CHAT_GGUF or not EMBED_GGUF:
        raise SystemExit("set HIRAMU_DEMO_GGUF and HIRAMU_DEMO_EMBED_GGUF to GGUF files (make demo does)")
    with Client() as client:
        final = client.create_from_files(
            CHAT_MODEL,
            [Path(CHAT_GGUF)],
            template=TEMPLATE,
            parameters={"num_predict": 48, "stop": ["<|im_end|>"]},
            progress="plain",
        )
        print(f"create {CHAT_MODEL}: {final.status}")
        final = client.create_from_files(EMBED_MODEL, [Path(EMBED_GGUF)], progress="plain")
        print(f"create {EMBED_MODEL}: {final.status}")


if __name__ == "__main__":
    main()
