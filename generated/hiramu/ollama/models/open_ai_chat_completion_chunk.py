from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, WireMapping

if TYPE_CHECKING:
    from ..models.open_ai_chunk_choice import OpenAIChunkChoice
    from ..models.open_ai_usage import OpenAIUsage


T = TypeVar("T", bound="OpenAIChatCompletionChunk")


@_attrs_define(slots=False)
class OpenAIChatCompletionChunk(WireMapping):
    """`openai.ChatCompletionChunk`, the `data` of one event of a streamed chat completion. Every chunk
    of a stream has the same `id` and `created`.

        Example:
            {'id': 'chatcmpl-903', 'object': 'chat.completion.chunk', 'created': 1796287716, 'model': 'tiny-llama',
                'system_fingerprint': 'fp_ollama', 'choices': [{'index': 0, 'delta': {'content': ' they'}, 'finish_reason':
                None}]}

        Attributes:
            id (str):
            object_ (str): `chat.completion.chunk`.
            created (int):
            model (str):
            system_fingerprint (str):
            choices (list[OpenAIChunkChoice]): One choice, or none in the usage chunk.
            usage (OpenAIUsage | Unset):  Example: {'prompt_tokens': 24, 'completion_tokens': 4, 'total_tokens': 28}.
    """

    _wire_fields: ClassVar[dict[str, str]] = {
        "id": "id",
        "object": "object_",
        "created": "created",
        "model": "model",
        "system_fingerprint": "system_fingerprint",
        "choices": "choices",
        "usage": "usage",
    }

    id: str
    object_: str
    created: int
    model: str
    system_fingerprint: str
    choices: list[OpenAIChunkChoice]
    usage: OpenAIUsage | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        object_ = self.object_

        created = self.created

        model = self.model

        system_fingerprint = self.system_fingerprint

        choices = []
        for choices_item_data in self.choices:
            choices_item = choices_item_data.to_dict()
            choices.append(choices_item)

        usage: dict[str, Any] | Unset = UNSET
        if not isinstance(self.usage, Unset):
            usage = self.usage.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "object": object_,
                "created": created,
                "model": model,
                "system_fingerprint": system_fingerprint,
                "choices": choices,
            }
        )
        if usage is not UNSET:
            field_dict["usage"] = usage

        return field_dict

    _plain_fields: ClassVar[dict[str, str]] = {
        "id": "id",
        "object": "object_",
        "created": "created",
        "model": "model",
        "system_fingerprint": "system_fingerprint",
    }
    _required_fields: ClassVar[frozenset[str]] = frozenset(
        (
            "id",
            "object_",
            "created",
            "model",
            "system_fingerprint",
            "choices",
        )
    )

    @staticmethod
    def _convert(key: str, value: Any) -> Any:
        if key == "choices":
            choices = []
            _choices = value
            for choices_item_data in _choices:
                choices_item = OpenAIChunkChoice.from_dict(choices_item_data)

                choices.append(choices_item)

            return choices
        elif key == "usage":
            _usage = value
            usage: OpenAIUsage | Unset
            if isinstance(_usage, Unset):
                usage = UNSET
            else:
                usage = OpenAIUsage.from_dict(_usage)

            return usage
        raise KeyError(key)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        open_ai_chat_completion_chunk = object.__new__(cls)
        values = open_ai_chat_completion_chunk.__dict__
        extra: dict[str, Any] = {}
        plain = cls._plain_fields
        for key, value in src_dict.items():
            name = plain.get(key)
            if name is not None:
                values[name] = value
            elif key == "choices":
                values["choices"] = cls._convert(key, value)
            elif key == "usage":
                values["usage"] = cls._convert(key, value)
            else:
                extra[key] = value
        if not cls._required_fields <= values.keys():
            missing = sorted(cls._required_fields - values.keys())
            raise KeyError(missing[0])
        values["additional_properties"] = extra
        return open_ai_chat_completion_chunk

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())


from ..models.open_ai_chunk_choice import OpenAIChunkChoice  # noqa: E402
from ..models.open_ai_usage import OpenAIUsage  # noqa: E402

for _name in ("usage",):
    setattr(OpenAIChatCompletionChunk, _name, UNSET)
