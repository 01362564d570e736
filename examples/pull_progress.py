"""Pull a model with a progress bar per layer (rich when installed); resumes after a dropped connection."""

from __future__ import annotations

from demo_settings import PULL_MODEL
from hiramu.ollama import Client, ResponseError


def main() -> None:
    with Client() as client:
        try:
            final = client.pull_with_progress(PULL_MODEL)
        except ResponseError as error:  # e.g. a server without network access
            print(f"pull {PULL_MODEL} failed: {error.error}")
            return
        print(f"pull {PULL_MODEL}: {final.status}")


if __name__ == "__main__":
    main()
