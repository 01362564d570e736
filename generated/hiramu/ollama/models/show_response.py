from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, WireMapping

if TYPE_CHECKING:
    from ..models.message import Message
    from ..models.model_details import ModelDetails
    from ..models.model_info import ModelInfo
    from ..models.tensor import Tensor


T = TypeVar("T", bound="ShowResponse")


@_attrs_define(slots=False)
class ShowResponse(WireMapping):
    """Everything known about a model. Fields other than `details`, `model_info` and `modified_at` are omitted when empty.

    Example:
        {'details': {'parent_model': '', 'format': 'gguf', 'family': 'llama', 'families': ['llama'], 'parameter_size':
            '1.71M', 'quantization_level': 'F16'}, 'model_info': {'general.architecture': 'llama'}, 'capabilities':
            ['completion'], 'modified_at': '2026-11-26T12:08:19.304194103Z'}

    Attributes:
        details (ModelDetails): Format and size facts of a model. The first six keys are always present. Example:
            {'parent_model': '', 'format': 'gguf', 'family': 'llama', 'families': ['llama'], 'parameter_size': '1.71M',
            'quantization_level': 'F16'}.
        model_info (ModelInfo): GGUF metadata (key to value). Without `verbose`, every non-empty array value is `null`;
            with it the
            arrays are complete. Values are strings, numbers, booleans, arrays or `null`.
             Example: {'general.architecture': 'llama', 'general.parameter_count': 1714944, 'llama.context_length': 2048,
            'tokenizer.ggml.tokens': None}.
        modified_at (str): When the model was last changed.
        license_ (str | Unset): License texts, joined by newlines.
        modelfile (str | Unset): A Modelfile that recreates the model.
        parameters (str | Unset): One `name value` line per parameter.
        template (str | Unset): The prompt template.
        system (str | Unset): The system prompt.
        renderer (str | Unset): Name of the built-in prompt renderer.
        parser (str | Unset): Name of the built-in output parser.
        messages (list[Message] | Unset): Messages that start every conversation.
        remote_model (str | Unset): For a stub model, the upstream model's name.
        remote_host (str | Unset): For a stub model, the upstream host's URL.
        projector_info (ModelInfo | Unset): GGUF metadata (key to value). Without `verbose`, every non-empty array value
            is `null`; with it the
            arrays are complete. Values are strings, numbers, booleans, arrays or `null`.
             Example: {'general.architecture': 'llama', 'general.parameter_count': 1714944, 'llama.context_length': 2048,
            'tokenizer.ggml.tokens': None}.
        tensors (list[Tensor] | Unset): The tensors (GGUF models; other formats only with `verbose`).
        capabilities (list[str] | Unset): Known values `completion`, `tools`, `insert`, `vision`, `embedding`,
            `thinking`, `image`, `audio`; Ollama may add others.
        requires (str | Unset): Minimum Ollama version the model needs.
    """

    _wire_fields: ClassVar[dict[str, str]] = {
        "details": "details",
        "model_info": "model_info",
        "modified_at": "modified_at",
        "license": "license_",
        "modelfile": "modelfile",
        "parameters": "parameters",
        "template": "template",
        "system": "system",
        "renderer": "renderer",
        "parser": "parser",
        "messages": "messages",
        "remote_model": "remote_model",
        "remote_host": "remote_host",
        "projector_info": "projector_info",
        "tensors": "tensors",
        "capabilities": "capabilities",
        "requires": "requires",
    }

    details: ModelDetails
    model_info: ModelInfo
    modified_at: str
    license_: str | Unset = UNSET
    modelfile: str | Unset = UNSET
    parameters: str | Unset = UNSET
    template: str | Unset = UNSET
    system: str | Unset = UNSET
    renderer: str | Unset = UNSET
    parser: str | Unset = UNSET
    messages: list[Message] | Unset = UNSET
    remote_model: str | Unset = UNSET
    remote_host: str | Unset = UNSET
    projector_info: ModelInfo | Unset = UNSET
    tensors: list[Tensor] | Unset = UNSET
    capabilities: list[str] | Unset = UNSET
    requires: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        details = self.details.to_dict()

        model_info = self.model_info.to_dict()

        modified_at = self.modified_at

        license_ = self.license_

        modelfile = self.modelfile

        parameters = self.parameters

        template = self.template

        system = self.system

        renderer = self.renderer

        parser = self.parser

        messages: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.messages, Unset):
            messages = []
            for messages_item_data in self.messages:
                messages_item = messages_item_data.to_dict()
                messages.append(messages_item)

        remote_model = self.remote_model

        remote_host = self.remote_host

        projector_info: dict[str, Any] | Unset = UNSET
        if not isinstance(self.projector_info, Unset):
            projector_info = self.projector_info.to_dict()

        tensors: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.tensors, Unset):
            tensors = []
            for tensors_item_data in self.tensors:
                tensors_item = tensors_item_data.to_dict()
                tensors.append(tensors_item)

        capabilities: list[str] | Unset = UNSET
        if not isinstance(self.capabilities, Unset):
            capabilities = self.capabilities

        requires = self.requires

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "details": details,
                "model_info": model_info,
                "modified_at": modified_at,
            }
        )
        if license_ is not UNSET:
            field_dict["license"] = license_
        if modelfile is not UNSET:
            field_dict["modelfile"] = modelfile
        if parameters is not UNSET:
            field_dict["parameters"] = parameters
        if template is not UNSET:
            field_dict["template"] = template
        if system is not UNSET:
            field_dict["system"] = system
        if renderer is not UNSET:
            field_dict["renderer"] = renderer
        if parser is not UNSET:
            field_dict["parser"] = parser
        if messages is not UNSET:
            field_dict["messages"] = messages
        if remote_model is not UNSET:
            field_dict["remote_model"] = remote_model
        if remote_host is not UNSET:
            field_dict["remote_host"] = remote_host
        if projector_info is not UNSET:
            field_dict["projector_info"] = projector_info
        if tensors is not UNSET:
            field_dict["tensors"] = tensors
        if capabilities is not UNSET:
            field_dict["capabilities"] = capabilities
        if requires is not UNSET:
            field_dict["requires"] = requires

        return field_dict

    _plain_fields: ClassVar[dict[str, str]] = {
        "modified_at": "modified_at",
        "license": "license_",
        "modelfile": "modelfile",
        "parameters": "parameters",
        "template": "template",
        "system": "system",
        "renderer": "renderer",
        "parser": "parser",
        "remote_model": "remote_model",
        "remote_host": "remote_host",
        "capabilities": "capabilities",
        "requires": "requires",
    }
    _required_fields: ClassVar[frozenset[str]] = frozenset(
        (
            "details",
            "model_info",
            "modified_at",
        )
    )

    @staticmethod
    def _convert(key: str, value: Any) -> Any:
        if key == "details":
            details = ModelDetails.from_dict(value)

            return details
        elif key == "model_info":
            model_info = ModelInfo.from_dict(value)

            return model_info
        elif key == "messages":
            _messages = value
            messages: list[Message] | Unset = UNSET
            if _messages is not UNSET:
                messages = []
                for messages_item_data in _messages:
                    messages_item = Message.from_dict(messages_item_data)

                    messages.append(messages_item)

            return messages
        elif key == "projector_info":
            _projector_info = value
            projector_info: ModelInfo | Unset
            if isinstance(_projector_info, Unset):
                projector_info = UNSET
            else:
                projector_info = ModelInfo.from_dict(_projector_info)

            return projector_info
        elif key == "tensors":
            _tensors = value
            tensors: list[Tensor] | Unset = UNSET
            if _tensors is not UNSET:
                tensors = []
                for tensors_item_data in _tensors:
                    tensors_item = Tensor.from_dict(tensors_item_data)

                    tensors.append(tensors_item)

            return tensors
        raise KeyError(key)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        show_response = object.__new__(cls)
        values = show_response.__dict__
        extra: dict[str, Any] = {}
        plain = cls._plain_fields
        for key, value in src_dict.items():
            name = plain.get(key)
            if name is not None:
                values[name] = value
            elif key == "details":
                values["details"] = cls._convert(key, value)
            elif key == "model_info":
                values["model_info"] = cls._convert(key, value)
            elif key == "messages":
                values["messages"] = cls._convert(key, value)
            elif key == "projector_info":
                values["projector_info"] = cls._convert(key, value)
            elif key == "tensors":
                values["tensors"] = cls._convert(key, value)
            else:
                extra[key] = value
        if not cls._required_fields <= values.keys():
            missing = sorted(cls._required_fields - values.keys())
            raise KeyError(missing[0])
        values["additional_properties"] = extra
        return show_response

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())


from ..models.message import Message  # noqa: E402
from ..models.model_details import ModelDetails  # noqa: E402
from ..models.model_info import ModelInfo  # noqa: E402
from ..models.tensor import Tensor  # noqa: E402

for _name in (
    "license_",
    "modelfile",
    "parameters",
    "template",
    "system",
    "renderer",
    "parser",
    "messages",
    "remote_model",
    "remote_host",
    "projector_info",
    "tensors",
    "capabilities",
    "requires",
):
    setattr(ShowResponse, _name, UNSET)
