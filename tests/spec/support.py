"""Loading the spec and validating JSON against any schema in it by JSON pointer."""

from __future__ import annotations

import functools
from collections.abc import Iterator
from typing import Any

import yaml
from jsonschema import Draft202012Validator
from paths import SPEC_PATH
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

SPEC_URI = "urn:hiramu:spec"
HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
NDJSON = "application/x-ndjson"
JSON = "application/json"

Json = Any


@functools.cache
def load_spec() -> dict[str, Any]:
    with SPEC_PATH.open(encoding="utf-8") as f:
        doc = yaml.safe_load(f)
    assert isinstance(doc, dict)
    return doc


@functools.cache
def _registry() -> Registry[Any]:
    resource: Resource[Any] = Resource.from_contents(load_spec(), default_specification=DRAFT202012)
    registry: Registry[Any] = Registry().with_resource(SPEC_URI, resource)
    return registry


def escape(token: str) -> str:
    return token.replace("~", "~0").replace("/", "~1")


def unescape(token: str) -> str:
    return token.replace("~1", "/").replace("~0", "~")


def join(pointer: str, *tokens: str | int) -> str:
    return pointer + "".join("/" + escape(str(t)) for t in tokens)


def at(pointer: str) -> Json:
    """The node of the spec at a JSON pointer (`""` is the whole document)."""
    node: Json = load_spec()
    for raw in pointer.split("/")[1:]:
        token = unescape(raw)
        node = node[int(token)] if isinstance(node, list) else node[token]
    return node


def deref(pointer: str) -> tuple[str, Json]:
    """Follow local `$ref`s from the node at `pointer`; returns the final pointer and node."""
    seen: set[str] = set()
    node = at(pointer)
    while isinstance(node, dict) and "$ref" in node:
        ref = node["$ref"]
        assert isinstance(ref, str) and ref.startswith("#"), f"non-local $ref {ref!r} at {pointer}"
        assert pointer not in seen, f"$ref cycle through {pointer}"
        seen.add(pointer)
        pointer = ref[1:]
        node = at(pointer)
    return pointer, node


@functools.cache
def validator(pointer: str) -> Draft202012Validator:
    """A Draft 2020-12 validator (formats checked) for the schema at `pointer`."""
    return Draft202012Validator(
        {"$ref": f"{SPEC_URI}#{pointer}"},
        registry=_registry(),
        format_checker=Draft202012Validator.FORMAT_CHECKER,
    )


def errors(pointer: str, instance: Json) -> list[str]:
    """Human-readable validation errors of `instance` against the schema at `pointer`."""
    found = sorted(validator(pointer).iter_errors(instance), key=lambda e: list(e.absolute_path))
    return [f"{'/'.join(map(str, e.absolute_path)) or '<root>'}: {e.message}" for e in found]


def operations() -> Iterator[tuple[str, str, str, dict[str, Any]]]:
    """(method, path, pointer, operation) for every operation in the spec."""
    for path, item in load_spec()["paths"].items():
        for method in HTTP_METHODS:
            if method in item:
                yield method, path, join("/paths", path, method), item[method]


def operation_by_id(operation_id: str) -> tuple[str, str, str, dict[str, Any]]:
    for method, path, pointer, op in operations():
        if op.get("operationId") == operation_id:
            return method, path, pointer, op
    raise KeyError(operation_id)


def media_type(content_type: str) -> str:
    """`application/json; charset=utf-8` -> `application/json`."""
    return content_type.split(";", 1)[0].strip().lower()


def walk(node: Json, pointer: str = "") -> Iterator[tuple[str, Json]]:
    """Every (pointer, node) in a JSON tree, depth first."""
    yield pointer, node
    if isinstance(node, dict):
        for key, value in node.items():
            yield from walk(value, join(pointer, key))
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield from walk(value, join(pointer, index))


SCHEMA_MAP_KEYWORDS = ("properties", "patternProperties", "$defs", "dependentSchemas")
SCHEMA_LIST_KEYWORDS = ("oneOf", "anyOf", "allOf", "prefixItems")
SCHEMA_KEYWORDS = ("items", "additionalProperties", "not", "if", "then", "else", "contains")


def subschemas(pointer: str, schema: Json) -> Iterator[tuple[str, Json]]:
    """The schema at `pointer` and every schema nested in it (without following `$ref`)."""
    if not isinstance(schema, dict):
        return
    yield pointer, schema
    for keyword in SCHEMA_MAP_KEYWORDS:
        for name, sub in schema.get(keyword, {}).items():
            yield from subschemas(join(pointer, keyword, name), sub)
    for keyword in SCHEMA_LIST_KEYWORDS:
        for index, sub in enumerate(schema.get(keyword, [])):
            yield from subschemas(join(pointer, keyword, index), sub)
    for keyword in SCHEMA_KEYWORDS:
        if isinstance(schema.get(keyword), dict):
            yield from subschemas(join(pointer, keyword), schema[keyword])


def all_schemas() -> Iterator[tuple[str, Json]]:
    """Every schema object in the document: components, parameters and media types."""
    doc = load_spec()
    for name, schema in doc.get("components", {}).get("schemas", {}).items():
        yield from subschemas(join("/components/schemas", name), schema)
    for pointer, node in walk(doc):
        if pointer.startswith("/components/schemas"):
            continue
        if isinstance(node, dict) and isinstance(node.get("schema"), dict):
            parent = pointer.rsplit("/", 2)
            # media type objects (".../content/<type>") and parameter objects carry a `schema`
            if len(parent) == 3 and (parent[1] == "content" or "in" in node):
                yield from subschemas(join(pointer, "schema"), node["schema"])


def undocumented_keys(pointer: str, instance: Json, where: str = "") -> list[str]:
    """Keys of `instance` that the schema at `pointer` does not declare (where the schema is an object
    with named properties). Branches of oneOf/anyOf are chosen by validation."""
    pointer, schema = deref(pointer)
    if not isinstance(schema, dict):
        return []
    for keyword in ("oneOf", "anyOf"):
        if keyword in schema:
            for index in range(len(schema[keyword])):
                branch = join(pointer, keyword, index)
                if not errors(branch, instance):
                    return undocumented_keys(branch, instance, where)
            return []
    found: list[str] = []
    if isinstance(instance, dict):
        properties = schema.get("properties")
        extra = schema.get("additionalProperties")
        if properties is None and not isinstance(extra, dict):
            return []  # a free-form value: nothing is declared, so nothing can be undocumented
        properties = properties or {}
        for key, value in instance.items():
            here = f"{where}/{key}"
            if key in properties:
                found += undocumented_keys(join(pointer, "properties", key), value, here)
            elif isinstance(extra, dict):
                found += undocumented_keys(join(pointer, "additionalProperties"), value, here)
            elif extra is not True:
                found.append(here)
    elif isinstance(instance, list) and isinstance(schema.get("items"), dict):
        for index, value in enumerate(instance):
            found += undocumented_keys(join(pointer, "items"), value, f"{where}/{index}")
    return found
