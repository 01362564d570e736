"""List the server's models and show one of them."""

from __future__ import annotations

from demo_settings import CHAT_MODEL
from hiramu.ollama import Client


def main() -> None:
    with Client() as client:  # OLLAMA_HOST, else http://127.0.0.1:11434
        print(f"Ollama {client.version().version} at {client.base_url}")
        for model in client.list().models:
            details = model.details
            print(
                f"  {model.name:<28} {details.parameter_size:>7} {details.quantization_level:<6} {model.size:>10,} B"
            )
        shown = client.show(CHAT_MODEL)
        print(
            f"{CHAT_MODEL}: family {shown.details.family}, capabilities {', '.join(shown.capabilities or [])}"
        )
        print(
            f"  context length {shown.model_info.get('llama.context_length')}, template {len(shown.template or '')} chars"
        )


if __name__ == "__main__":
    main()
