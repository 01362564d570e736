"""The tool loop against the bundled server: calls run with converted arguments, results go back."""

from __future__ import annotations

import dataclasses
import enum
import json
from typing import Any, Literal

import pytest
from hiramu.ollama import AsyncClient, Client, ToolArgumentsError, ToolLoopLimitError, UnknownToolError
from hiramu.ollama._tools import (
    ToolRun,
    arun_tools,
    run_tools,
    tool_result_text,
    tool_schema,
)

from features.support import TOOLS_MODEL, pull_model
from hiramu.testing import ServerHandle


class Unit(enum.Enum):
    CELSIUS = "celsius"
    FAHRENHEIT = "fahrenheit"


@dataclasses.dataclass
class Place:
    city: str
    country: str


@dataclasses.dataclass
class Call:
    name: str
    arguments: dict[str, Any]


def make_tools(calls: list[Call]) -> list[Any]:
    def get_weather(place: Place, unit: Unit = Unit.CELSIUS, days: list[int] | None = None) -> dict[str, Any]:
        """Get the weather forecast.

        Args:
            place: Where.
            unit: Temperature unit.
            days: Days ahead.
        """
        calls.append(Call("get_weather", {"place": place, "unit": unit, "days": days}))
        return {"place": place, "temperature": 21.5, "unit": unit}

    return [get_weather]


QUESTION = [{"role": "user", "content": "What is the weather in Paris?"}]


@pytest.fixture
def tools_server(fresh_server: ServerHandle) -> ServerHandle:
    pull_model(fresh_server.url, TOOLS_MODEL)
    return fresh_server


@pytest.fixture
def tool_client(tools_server: ServerHandle, client: Client) -> Client:
    return client


@pytest.fixture
def tool_aclient(tools_server: ServerHandle, aclient: AsyncClient) -> AsyncClient:
    return aclient


def check_run(run: ToolRun[Any], calls: list[Call]) -> None:
    messages = run.messages
    assert messages[0] == QUESTION[0]
    assistant, tool_message, final = messages[1], messages[2], messages[3]
    assert len(messages) == 4
    # The assistant's tool call went out, was run once with converted arguments, and answered.
    request = assistant.tool_calls[0]
    assert request.function.name == "get_weather"
    assert len(calls) == 1
    place = calls[0].arguments["place"]
    assert isinstance(place, Place)
    assert isinstance(calls[0].arguments["unit"], Unit)
    sent = dict(request.function.arguments)
    assert place == Place(**sent["place"])
    assert tool_message["role"] == "tool"
    assert tool_message["tool_name"] == "get_weather"
    assert tool_message["tool_call_id"] == request.id
    assert json.loads(tool_message["content"])["place"] == dataclasses.asdict(place)
    # The final answer has no tool calls and is the last message.
    assert final is run.response.message
    assert not run.response.message.tool_calls
    assert run.response.done is True


def test_run_tools_sync(tool_client: Client) -> None:
    calls: list[Call] = []
    run = run_tools(tool_client, TOOLS_MODEL, QUESTION, make_tools(calls), options={"seed": 1})
    check_run(run, calls)


def test_run_tools_method(tool_client: Client) -> None:
    calls: list[Call] = []
    run = tool_client.run_tools(TOOLS_MODEL, QUESTION, make_tools(calls))
    check_run(run, calls)


async def test_run_tools_async_with_a_coroutine_tool(tool_aclient: AsyncClient) -> None:
    calls: list[Call] = []
    (get_weather,) = make_tools(calls)

    async def forecast(
        place: Place, unit: Unit = Unit.CELSIUS, days: list[int] | None = None
    ) -> dict[str, Any]:
        """Get the weather forecast."""
        result: dict[str, Any] = get_weather(place, unit, days)
        return result

    run = await arun_tools(tool_aclient, TOOLS_MODEL, QUESTION, {"get_weather": forecast})
    check_run(run, calls)


async def test_async_method_with_plain_functions(tool_aclient: AsyncClient) -> None:
    calls: list[Call] = []
    run = await tool_aclient.run_tools(TOOLS_MODEL, QUESTION, make_tools(calls))
    check_run(run, calls)


def lookup(code: int) -> str:
    """Look a code up."""
    return f"code {code}"


def test_unknown_tool_raises(tool_client: Client) -> None:
    # The server only calls tools it was offered; offering a different one than the loop knows
    # is what a model inventing a tool name looks like.
    offered = tool_schema(lookup, name="launch_rockets")
    with pytest.raises(UnknownToolError) as caught:
        run_tools(tool_client, TOOLS_MODEL, QUESTION, [lookup], extra_body={"tools": [offered]})
    assert caught.value.name == "launch_rockets"
    assert caught.value.available == ["lookup"]
    assert caught.value.call.function.name == "launch_rockets"


def test_bad_arguments_raise_or_are_reported(tool_client: Client) -> None:
    # Advertise `code` as text: the model sends a word, which cannot become an int.
    offered = tool_schema(lookup)
    offered["function"]["parameters"]["properties"]["code"] = {"type": "string", "enum": ["seven"]}
    with pytest.raises(ToolArgumentsError) as caught:
        run_tools(tool_client, TOOLS_MODEL, QUESTION, [lookup], extra_body={"tools": [offered]})
    assert caught.value.name == "lookup"
    assert caught.value.arguments == {"code": "seven"}
    assert caught.value.reason == "code: expected an integer, got a string"

    run = run_tools(
        tool_client, TOOLS_MODEL, QUESTION, [lookup], on_error="report", extra_body={"tools": [offered]}
    )
    tool_message = run.messages[2]
    assert tool_message["role"] == "tool"
    assert (
        tool_message["content"]
        == "error: bad arguments for tool 'lookup': code: expected an integer, got a string"
    )
    assert not run.response.message.tool_calls


def test_exception_inside_a_tool(tool_client: Client) -> None:
    def explode(reason: str) -> str:
        """Fail on purpose."""
        raise RuntimeError(f"boom: {reason}")

    with pytest.raises(RuntimeError, match="boom"):
        run_tools(tool_client, TOOLS_MODEL, QUESTION, [explode])
    run = run_tools(tool_client, TOOLS_MODEL, QUESTION, [explode], on_error="report")
    assert run.messages[2]["content"].startswith("error: RuntimeError: boom: ")


def test_round_limit(tool_client: Client) -> None:
    calls: list[Call] = []
    with pytest.raises(ToolLoopLimitError) as caught:
        run_tools(tool_client, TOOLS_MODEL, QUESTION, make_tools(calls), max_rounds=1)
    assert calls == []  # the calls of the last allowed round are not run
    assert caught.value.messages[-1].tool_calls
    assert caught.value.response.message.tool_calls


async def test_async_errors(tool_aclient: AsyncClient) -> None:
    offered = tool_schema(lookup, name="launch_rockets")
    with pytest.raises(UnknownToolError):
        await arun_tools(tool_aclient, TOOLS_MODEL, QUESTION, [lookup], extra_body={"tools": [offered]})
    run = await arun_tools(
        tool_aclient, TOOLS_MODEL, QUESTION, [lookup], on_error="report", extra_body={"tools": [offered]}
    )
    assert (
        run.messages[2]["content"]
        == "error: the model called an unknown tool 'launch_rockets' (available: lookup)"
    )


def test_sync_loop_refuses_coroutine_tools_and_bad_limits(client: Client) -> None:
    async def later() -> None:
        """Nothing."""

    with pytest.raises(TypeError, match="arun_tools"):
        run_tools(client, TOOLS_MODEL, QUESTION, [later])
    with pytest.raises(ValueError, match="max_rounds"):
        run_tools(client, TOOLS_MODEL, QUESTION, [lookup], max_rounds=0)
    with pytest.raises(ValueError, match="two tools"):
        run_tools(client, TOOLS_MODEL, QUESTION, [lookup, lookup])


def test_tool_results_become_text() -> None:
    assert tool_result_text("plain") == "plain"
    assert tool_result_text(None) == "null"
    assert json.loads(
        tool_result_text({"unit": Unit.CELSIUS, "place": Place("Paris", "FR"), "n": (1, 2)})
    ) == {
        "unit": "celsius",
        "place": {"city": "Paris", "country": "FR"},
        "n": [1, 2],
    }


def test_tool_arguments_conversion_through_the_signature() -> None:
    from hiramu.ollama._tools import _registry

    def tool(a: int, /, b: Literal["x", "y"], *, c: float = 1.0, **extra: bool) -> None:
        """Mixed parameter kinds."""

    bound = _registry([tool])["tool"].bind({"a": "4", "b": "y", "c": 2, "flag": "true"}, call=None)
    assert bound == ([4], {"b": "y", "c": 2.0, "flag": True})
    with pytest.raises(ToolArgumentsError, match="missing required argument 'b'"):
        _registry([tool])["tool"].bind({"a": 1}, call=None)
    with pytest.raises(ToolArgumentsError, match="extra: expected a boolean"):
        _registry([tool])["tool"].bind({"a": 1, "b": "x", "extra": "maybe"}, call=None)


def test_plain_chat_accepts_functions_as_tools(tool_client: Client) -> None:
    calls: list[Call] = []
    response = tool_client.chat(TOOLS_MODEL, messages=QUESTION, tools=make_tools(calls))
    (call,) = response.message.tool_calls or []
    assert call["function"]["name"] == "get_weather"
    # The schema the server saw was the function's: the arguments fit its parameters.
    assert set(call["function"]["arguments"]["place"]) == {"city", "country"}
    assert calls == []  # a plain chat only asks; running tools is the loop's job
