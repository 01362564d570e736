"""Unload and delete the models the demo created."""

from __future__ import annotations

from demo_settings import CHAT_MODEL, EMBED_MODEL
from hiramu.ollama import Client, NotFoundError


def main() -> None:
    with Client() as client:
        client.unload(CHAT_MODEL)
        for name in (CHAT_MODEL, EMBED_MODEL):
            client.delete(name)
            print(f"deleted {name}")
        try:
            client.show(CHAT_MODEL)
        except NotFoundError as error:
            print(f"show {CHAT_MODEL} now fails as expected: {error.error}")


if __name__ == "__main__":
    main()
