"""A tool call answered by a Python function: the schema comes from its type hints and docstring."""

from __future__ import annotations

from typing import Literal

from demo_settings import CHAT_MODEL
from hiramu.ollama import Client, tool_schema


def get_weather(city: str, unit: Literal["celsius", "fahrenheit"] = "celsius") -> str:
    """Get the current weather in a city.

    Args:
        city: The city's name.
        unit: The temperature unit.
    """
    return f"22 degrees {unit} and sunny in {city}"


def main() -> None:
    print(f"tool schema: {tool_schema(get_weather)['function']}")
    with Client() as client:
        run = client.run_tools(
            CHAT_MODEL,
            [{"role": "user", "content": "What's the weather in Paris?"}],
            [get_weather],
            options={"seed": 3},
        )
    for message in run.messages:
        role = message["role"]
        calls = message.get("tool_calls")
        if calls:
            for call in calls:
                function = call["function"]
                arguments = function["arguments"]
                if hasattr(arguments, "to_dict"):
                    arguments = arguments.to_dict()
                print(f"  {role}: calls {function['name']}({arguments})")
        else:
            print(f"  {role}: {message.get('content')!r}")
    if not any(message["role"] == "tool" for message in run.messages):
        print("  (the model answered without calling the tool)")
    print(f"final answer: {run.response.message.content!r}")


if __name__ == "__main__":
    main()
