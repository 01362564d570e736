"""Structured output: the answer is constrained to a dataclass's JSON schema and parsed into it."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from demo_settings import CHAT_MODEL
from hiramu.ollama import Client, StructuredOutputError


@dataclass
class City:
    name: str
    country: str
    population: int
    climate: Literal["arid", "temperate", "tropical", "polar"]


def main() -> None:
    with Client() as client:
        try:
            parsed = client.chat_parse(
                CHAT_MODEL,
                messages=[{"role": "user", "content": "Describe a city as JSON."}],
                format=City,
                options={"num_predict": 400, "temperature": 0},
            )
        except StructuredOutputError as error:  # a model may stop before the JSON is complete
            print(f"the answer did not fit City: {error}")
            return
        city = parsed.value
        print(f"{type(city).__name__}: {city}")
        print(f"  raw text: {parsed.response.message.content}")


if __name__ == "__main__":
    main()
