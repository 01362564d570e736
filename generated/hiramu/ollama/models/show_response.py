from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _wire
from ..types import WireMapping

if TYPE_CHECKING:
    from ..models.message import Message
    from ..models.model_details import ModelDetails
    from ..models.tensor import Tensor


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
        model_info (dict[str, Any]): GGUF metadata (key to value). Without `verbose`, every non-empty array value is
            `null`; with it the
            arrays are complete. Values are strings, numbers, booleans, arrays or `null`.
             Example: {'general.architecture': 'llama', 'general.parameter_count': 1714944, 'llama.context_length': 2048,
            'tokenizer.ggml.tokens': None}.
        modified_at (str): When the model was last changed.
        license (str | None): License texts, joined by newlines.
        modelfile (str | None): A Modelfile that recreates the model.
        parameters (str | None): One `name value` line per parameter.
        template (str | None): The prompt template.
        system (str | None): The system prompt.
        renderer (str | None): Name of the built-in prompt renderer.
        parser (str | None): Name of the built-in output parser.
        messages (list[Message] | None): Messages that start every conversation.
        remote_model (str | None): For a stub model, the upstream model's name.
        remote_host (str | None): For a stub model, the upstream host's URL.
        projector_info (dict[str, Any] | None): GGUF metadata (key to value). Without `verbose`, every non-empty array
            value is `null`; with it the
            arrays are complete. Values are strings, numbers, booleans, arrays or `null`.
             Example: {'general.architecture': 'llama', 'general.parameter_count': 1714944, 'llama.context_length': 2048,
            'tokenizer.ggml.tokens': None}.
        tensors (list[Tensor] | None): The tensors (GGUF models; other formats only with `verbose`).
        capabilities (list[str] | None): Known values `completion`, `tools`, `insert`, `vision`, `embedding`,
            `thinking`, `image`, `audio`; Ollama may add others.
        requires (str | None): Minimum Ollama version the model needs.
    """

    details: ModelDetails
    model_info: dict[str, Any]
    modified_at: str
    license: str | None = None
    modelfile: str | None = None
    parameters: str | None = None
    template: str | None = None
    system: str | None = None
    renderer: str | None = None
    parser: str | None = None
    messages: list[Message] | None = None
    remote_model: str | None = None
    remote_host: str | None = None
    projector_info: dict[str, Any] | None = None
    tensors: list[Tensor] | None = None
    capabilities: list[str] | None = None
    requires: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields: ClassVar[tuple[_wire.Field, ...]] = (
        _wire.Field("details", "details", _wire.model("ModelDetails"), True),
        _wire.Field("model_info", "model_info", _wire.OBJECT, True),
        _wire.Field("modified_at", "modified_at", _wire.STR, True),
        _wire.Field("license", "license", _wire.STR, False),
        _wire.Field("modelfile", "modelfile", _wire.STR, False),
        _wire.Field("parameters", "parameters", _wire.STR, False),
        _wire.Field("template", "template", _wire.STR, False),
        _wire.Field("system", "system", _wire.STR, False),
        _wire.Field("renderer", "renderer", _wire.STR, False),
        _wire.Field("parser", "parser", _wire.STR, False),
        _wire.Field("messages", "messages", _wire.list_of(_wire.model("Message")), False),
        _wire.Field("remote_model", "remote_model", _wire.STR, False),
        _wire.Field("remote_host", "remote_host", _wire.STR, False),
        _wire.Field("projector_info", "projector_info", _wire.OBJECT, False),
        _wire.Field("tensors", "tensors", _wire.list_of(_wire.model("Tensor")), False),
        _wire.Field("capabilities", "capabilities", _wire.list_of(_wire.STR), False),
        _wire.Field("requires", "requires", _wire.STR, False),
    )

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())
