"""Answers the router gives before any handler runs (404 unknown path, 405 wrong method, trailing-slash
redirects, CORS preflights, the host/origin guard's bare 403), checked against the spec's route table.
Shared by the native and the compat recording tests."""

from __future__ import annotations

import re
from typing import Any

import pytest

from spec.support import load_spec, operations

BODY_KEYS = ("json", "ndjson", "sse", "text")


def path_regex(template: str) -> re.Pattern[str]:
    return re.compile("^" + re.sub(r"\\\{[^}]+\\\}", "[^/]+", re.escape(template)) + "$")


def spec_path_for(path: str) -> str | None:
    for template in load_spec()["paths"]:
        if path_regex(template).match(path):
            return str(template)
    return None


def spec_methods(template: str) -> set[str]:
    return {method for method, path, _, _ in operations() if path == template}


def has_body(response: dict[str, Any]) -> bool:
    return any(key in response for key in BODY_KEYS)


def is_guard_rejection(case: dict[str, Any]) -> bool:
    """The host/origin guard answers before routing; it is documented once, globally."""
    headers = case["request"].get("headers", {})
    return case["response"]["status"] == 403 and ("host" in headers or "origin" in headers)


def check_guard_rejection(case: dict[str, Any]) -> None:
    response = case["response"]
    assert not has_body(response) and "content-type" not in response["headers"]
    assert "bare `403`" in load_spec()["info"]["description"]


def is_router_answer(case: dict[str, Any], method: str) -> bool:
    """Whether a case recorded under an operation (whose method is `method`) never reached it."""
    request, status = case["request"], case["response"]["status"]
    return (
        request["method"].lower() != method
        or spec_path_for(request["path"]) is None
        or status in (301, 307)
        or (request["method"].lower() == "options" and status == 204)
    )


def check_router_case(case: dict[str, Any]) -> None:
    request, response = case["request"], case["response"]
    method, path, status = request["method"].lower(), request["path"], response["status"]
    headers = response["headers"]
    if status == 404:
        assert spec_path_for(path) is None, f"{path} answered 404 but the spec defines it"
    elif status in (301, 307):
        target = headers["location"]
        assert path.rstrip("/") == target and path != target
        assert spec_path_for(path) is None and spec_path_for(target) is not None
        assert method in spec_methods(str(spec_path_for(target)))
    elif status == 204:
        # A CORS preflight for a method the path really has.
        template = spec_path_for(path)
        assert method == "options" and template is not None
        wanted = request["headers"]["access-control-request-method"].lower()
        assert wanted in spec_methods(template)
        assert not has_body(response)
    elif status == 405:
        check_wrong_method(case)
    else:
        pytest.fail(f"router status {status} is not understood by this test")


def check_wrong_method(case: dict[str, Any]) -> None:
    request, response = case["request"], case["response"]
    template = spec_path_for(request["path"])
    assert template is not None, f"{request['path']} is not in the spec"
    methods = spec_methods(template)
    assert request["method"].lower() not in methods
    assert response["status"] == 405
    allow = {m.strip().lower() for m in response["headers"]["allow"].split(",")}
    assert allow == methods, f"Allow {allow} differs from the spec's methods {methods} for {template}"
