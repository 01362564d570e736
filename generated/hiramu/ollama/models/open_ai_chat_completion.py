from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, WireMapping

if TYPE_CHECKING:
    from ..models.debug_info import DebugInfo
    from ..models.open_ai_chat_choice import OpenAIChatChoice
    from ..models.open_ai_usage import OpenAIUsage


T = TypeVar("T", bound="OpenAIChatCompletion")


@_attrs_define(slots=False)
class OpenAIChatCompletion(WireMapping):
    """`openai.ChatCompletion`, the `stream: false` answer.

    Example:
        {'id': 'chatcmpl-650', 'object': 'chat.completion', 'created': 1796287716, 'model': 'tiny-llama',
            'system_fingerprint': 'fp_ollama', 'choices': [{'index': 0, 'message': {'role': 'assistant', 'content': 'S they
            e na'}, 'finish_reason': 'length'}], 'usage': {'prompt_tokens': 24, 'completion_tokens': 4, 'total_tokens': 28}}

    Attributes:
        id (str): `chatcmpl-<0..998>` (random, not unique).
        object_ (str): `chat.completion`.
        created (int): Unix seconds.
        model (str):
        system_fingerprint (str): `fp_ollama`.
        choices (list[OpenAIChatChoice]): Exactly one choice.
        usage (OpenAIUsage):  Example: {'prompt_tokens': 24, 'completion_tokens': 4, 'total_tokens': 28}.
        field_debug_info (DebugInfo | Unset): What `_debug_render_only` returns. Example: {'rendered_template':
            '<|im_start|>system\\nsys<|im_end|>\\n<|im_start|>user\\nhi<|im_end|>\\n<|im
            _start|>assistant\\n'}.
    """

    _wire_fields: ClassVar[dict[str, str]] = {
        "id": "id",
        "object": "object_",
        "created": "created",
        "model": "model",
        "system_fingerprint": "system_fingerprint",
        "choices": "choices",
        "usage": "usage",
        "_debug_info": "field_debug_info",
    }

    id: str
    object_: str
    created: int
    model: str
    system_fingerprint: str
    choices: list[OpenAIChatChoice]
    usage: OpenAIUsage
    field_debug_info: DebugInfo | Unset = UNSET
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

        usage = self.usage.to_dict()

        field_debug_info: dict[str, Any] | Unset = UNSET
        if not isinstance(self.field_debug_info, Unset):
            field_debug_info = self.field_debug_info.to_dict()

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
                "usage": usage,
            }
        )
        if field_debug_info is not UNSET:
            field_dict["_debug_info"] = field_debug_info

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
            "usage",
        )
    )

    @staticmethod
    def _convert(key: str, value: Any) -> Any:
        if key == "choices":
            choices = []
            _choices = value
            for choices_item_data in _choices:
                choices_item = OpenAIChatChoice.from_dict(choices_item_data)

                choices.append(choices_item)

            return choices
        elif key == "usage":
            usage = OpenAIUsage.from_dict(value)

            return usage
        elif key == "_debug_info":
            _field_debug_info = value
            field_debug_info: DebugInfo | Unset
            if isinstance(_field_debug_info, Unset):
                field_debug_info = UNSET
            else:
                field_debug_info = DebugInfo.from_dict(_field_debug_info)

            return field_debug_info
        raise KeyError(key)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        open_ai_chat_completion = object.__new__(cls)
        values = open_ai_chat_completion.__dict__
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
            elif key == "_debug_info":
                values["field_debug_info"] = cls._convert(key, value)
            else:
                extra[key] = value
        if not cls._required_fields <= values.keys():
            missing = sorted(cls._required_fields - values.keys())
            raise KeyError(missing[0])
        values["additional_properties"] = extra
        return open_ai_chat_completion

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())


from ..models.debug_info import DebugInfo  # noqa: E402
from ..models.open_ai_chat_choice import OpenAIChatChoice  # noqa: E402
from ..models.open_ai_usage import OpenAIUsage  # noqa: E402

for _name in ("field_debug_info",):
    setattr(OpenAIChatCompletion, _name, UNSET)
