from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _wire
from ..types import UNSET, Unset, WireMapping

if TYPE_CHECKING:
    from ..models.create_info import CreateInfo
    from ..models.file_digest_map import FileDigestMap
    from ..models.message import Message
    from ..models.options import Options


@_attrs_define(slots=False)
class CreateRequest(WireMapping):
    """What to create. A name is needed (`model`, or the deprecated `name`; otherwise 400
    `invalid model name`) and a source: `from` or `files` (otherwise 400).

        Example:
            {'model': 'rec-derived', 'from': 'tiny-llama', 'system': 'You are a helpful test model.', 'parameters':
                {'temperature': 0.2}}

        Attributes:
            model (str | Unset): Name of the model to create.
            from_ (str | Unset): Existing model to build on (pulled first if it is not local). With a `:cloud` name or
                `remote_host` the new model is a stub that forwards to that host.
            files (FileDigestMap | Unset): File name (a relative slash path without `..`) to the digest (`sha256:<hex>`) of
                a blob uploaded
                with `POST /api/blobs/{digest}`. `*.safetensors` files are converted; `*.gguf` files (or any file
                with GGUF magic) are imported.
                 Example: {'tiny-llama.gguf': 'sha256:c01ec9de3c408769fa1d0255bf5a2680ea2691183d5015a0bac43c772ad0f2b7'}.
            adapters (FileDigestMap | Unset): File name (a relative slash path without `..`) to the digest (`sha256:<hex>`)
                of a blob uploaded
                with `POST /api/blobs/{digest}`. `*.safetensors` files are converted; `*.gguf` files (or any file
                with GGUF magic) are imported.
                 Example: {'tiny-llama.gguf': 'sha256:c01ec9de3c408769fa1d0255bf5a2680ea2691183d5015a0bac43c772ad0f2b7'}.
            draft_files (FileDigestMap | Unset): File name (a relative slash path without `..`) to the digest
                (`sha256:<hex>`) of a blob uploaded
                with `POST /api/blobs/{digest}`. `*.safetensors` files are converted; `*.gguf` files (or any file
                with GGUF magic) are imported.
                 Example: {'tiny-llama.gguf': 'sha256:c01ec9de3c408769fa1d0255bf5a2680ea2691183d5015a0bac43c772ad0f2b7'}.
            quantize (str | Unset): Quantize the weights (only from F16, BF16 or F32 sources): `q4_K_M` (alias `q4_K`),
                `q4_K_S`,
                `q8_0`, `f16`, `f32`, `bf16`, case-insensitive. Other values fail with 500.
            draft_quantize (str | Unset): Quantize the draft model (needs `draft_files`).
            remote_host (str | Unset): Create a stub that forwards to the Ollama at this URL (`ollama.com` means
                `https://ollama.com:443`).
            template (str | Unset): Prompt template (Go template syntax; a parse error gives 400).
            license (str | list[str] | Unset): One license text or several.
            system (str | Unset): System prompt.
            parameters (Options | Unset): Model and runner options. Any subset; the model's Modelfile parameters override
                the server
                defaults and these override both. Unknown keys are ignored and `null` values skipped. A value of
                the wrong JSON type is not a 400: the request fails with 500 (`option "x" must be of type ...`)
                once the model is scheduled. Integer options accept any number and drop the fraction. Changing a
                runner option (`num_ctx`, `num_batch`, `num_gpu`, `main_gpu`, `use_mmap`, `num_thread`,
                `draft_num_predict`) reloads the model.
                 Example: {'num_ctx': 2048, 'num_predict': 8, 'seed': 123, 'temperature': 0, 'top_k': 20, 'top_p': 0.9, 'min_p':
                0.05, 'repeat_penalty': 1.1, 'stop': ['\\n\\n', 'END']}.
            messages (list[Message] | Unset): Messages that start every conversation with the model.
            renderer (str | Unset): Name of a built-in prompt renderer.
            parser (str | Unset): Name of a built-in output parser.
            requires (str | Unset): Minimum Ollama version the model needs.
            info (CreateInfo | Unset): Overrides of what the server would detect about the model. Wrong types are rejected
                with 400. Example: {'capabilities': ['completion', 'tools'], 'model_family': 'llama', 'context_length': 8192}.
            stream (bool | Unset): Stream NDJSON progress. Default: true (only `false` turns streaming off).
            name (str | Unset): Deprecated alias of `model` (used when `model` is empty).
            quantization (str | Unset): Deprecated alias of `quantize`.
    """

    model: str | Unset = UNSET
    from_: str | Unset = UNSET
    files: FileDigestMap | Unset = UNSET
    adapters: FileDigestMap | Unset = UNSET
    draft_files: FileDigestMap | Unset = UNSET
    quantize: str | Unset = UNSET
    draft_quantize: str | Unset = UNSET
    remote_host: str | Unset = UNSET
    template: str | Unset = UNSET
    license: str | list[str] | Unset = UNSET
    system: str | Unset = UNSET
    parameters: Options | Unset = UNSET
    messages: list[Message] | Unset = UNSET
    renderer: str | Unset = UNSET
    parser: str | Unset = UNSET
    requires: str | Unset = UNSET
    info: CreateInfo | Unset = UNSET
    stream: bool | Unset = UNSET
    name: str | Unset = UNSET
    quantization: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields: ClassVar[tuple[_wire.Field, ...]] = (
        _wire.Field("model", "model", _wire.STR, False),
        _wire.Field("from", "from_", _wire.STR, False),
        _wire.Field("files", "files", _wire.model("FileDigestMap"), False),
        _wire.Field("adapters", "adapters", _wire.model("FileDigestMap"), False),
        _wire.Field("draft_files", "draft_files", _wire.model("FileDigestMap"), False),
        _wire.Field("quantize", "quantize", _wire.STR, False),
        _wire.Field("draft_quantize", "draft_quantize", _wire.STR, False),
        _wire.Field("remote_host", "remote_host", _wire.STR, False),
        _wire.Field("template", "template", _wire.STR, False),
        _wire.Field("license", "license", _wire.one_of(_wire.STR, _wire.list_of(_wire.STR)), False),
        _wire.Field("system", "system", _wire.STR, False),
        _wire.Field("parameters", "parameters", _wire.model("Options"), False),
        _wire.Field("messages", "messages", _wire.list_of(_wire.model("Message")), False),
        _wire.Field("renderer", "renderer", _wire.STR, False),
        _wire.Field("parser", "parser", _wire.STR, False),
        _wire.Field("requires", "requires", _wire.STR, False),
        _wire.Field("info", "info", _wire.model("CreateInfo"), False),
        _wire.Field("stream", "stream", _wire.BOOL, False),
        _wire.Field("name", "name", _wire.STR, False),
        _wire.Field("quantization", "quantization", _wire.STR, False),
    )
    _absent: ClassVar[Any] = UNSET

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())
