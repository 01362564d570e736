from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, WireMapping

if TYPE_CHECKING:
    from ..models.create_info import CreateInfo
    from ..models.file_digest_map import FileDigestMap
    from ..models.message import Message
    from ..models.options import Options


T = TypeVar("T", bound="CreateRequest")


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
            license_ (list[str] | str | Unset): One license text or several.
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

    _wire_fields: ClassVar[dict[str, str]] = {
        "model": "model",
        "from": "from_",
        "files": "files",
        "adapters": "adapters",
        "draft_files": "draft_files",
        "quantize": "quantize",
        "draft_quantize": "draft_quantize",
        "remote_host": "remote_host",
        "template": "template",
        "license": "license_",
        "system": "system",
        "parameters": "parameters",
        "messages": "messages",
        "renderer": "renderer",
        "parser": "parser",
        "requires": "requires",
        "info": "info",
        "stream": "stream",
        "name": "name",
        "quantization": "quantization",
    }

    model: str | Unset = UNSET
    from_: str | Unset = UNSET
    files: FileDigestMap | Unset = UNSET
    adapters: FileDigestMap | Unset = UNSET
    draft_files: FileDigestMap | Unset = UNSET
    quantize: str | Unset = UNSET
    draft_quantize: str | Unset = UNSET
    remote_host: str | Unset = UNSET
    template: str | Unset = UNSET
    license_: list[str] | str | Unset = UNSET
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

    def to_dict(self) -> dict[str, Any]:
        model = self.model

        from_ = self.from_

        files: dict[str, Any] | Unset = UNSET
        if not isinstance(self.files, Unset):
            files = self.files.to_dict()

        adapters: dict[str, Any] | Unset = UNSET
        if not isinstance(self.adapters, Unset):
            adapters = self.adapters.to_dict()

        draft_files: dict[str, Any] | Unset = UNSET
        if not isinstance(self.draft_files, Unset):
            draft_files = self.draft_files.to_dict()

        quantize = self.quantize

        draft_quantize = self.draft_quantize

        remote_host = self.remote_host

        template = self.template

        license_: list[str] | str | Unset
        if isinstance(self.license_, Unset):
            license_ = UNSET
        elif isinstance(self.license_, list):
            license_ = self.license_

        else:
            license_ = self.license_

        system = self.system

        parameters: dict[str, Any] | Unset = UNSET
        if not isinstance(self.parameters, Unset):
            parameters = self.parameters.to_dict()

        messages: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.messages, Unset):
            messages = []
            for messages_item_data in self.messages:
                messages_item = messages_item_data.to_dict()
                messages.append(messages_item)

        renderer = self.renderer

        parser = self.parser

        requires = self.requires

        info: dict[str, Any] | Unset = UNSET
        if not isinstance(self.info, Unset):
            info = self.info.to_dict()

        stream = self.stream

        name = self.name

        quantization = self.quantization

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if model is not UNSET:
            field_dict["model"] = model
        if from_ is not UNSET:
            field_dict["from"] = from_
        if files is not UNSET:
            field_dict["files"] = files
        if adapters is not UNSET:
            field_dict["adapters"] = adapters
        if draft_files is not UNSET:
            field_dict["draft_files"] = draft_files
        if quantize is not UNSET:
            field_dict["quantize"] = quantize
        if draft_quantize is not UNSET:
            field_dict["draft_quantize"] = draft_quantize
        if remote_host is not UNSET:
            field_dict["remote_host"] = remote_host
        if template is not UNSET:
            field_dict["template"] = template
        if license_ is not UNSET:
            field_dict["license"] = license_
        if system is not UNSET:
            field_dict["system"] = system
        if parameters is not UNSET:
            field_dict["parameters"] = parameters
        if messages is not UNSET:
            field_dict["messages"] = messages
        if renderer is not UNSET:
            field_dict["renderer"] = renderer
        if parser is not UNSET:
            field_dict["parser"] = parser
        if requires is not UNSET:
            field_dict["requires"] = requires
        if info is not UNSET:
            field_dict["info"] = info
        if stream is not UNSET:
            field_dict["stream"] = stream
        if name is not UNSET:
            field_dict["name"] = name
        if quantization is not UNSET:
            field_dict["quantization"] = quantization

        return field_dict

    _plain_fields: ClassVar[dict[str, str]] = {
        "model": "model",
        "from": "from_",
        "quantize": "quantize",
        "draft_quantize": "draft_quantize",
        "remote_host": "remote_host",
        "template": "template",
        "system": "system",
        "renderer": "renderer",
        "parser": "parser",
        "requires": "requires",
        "stream": "stream",
        "name": "name",
        "quantization": "quantization",
    }

    @staticmethod
    def _convert(key: str, value: Any) -> Any:
        if key == "files":
            _files = value
            files: FileDigestMap | Unset
            if isinstance(_files, Unset):
                files = UNSET
            else:
                files = FileDigestMap.from_dict(_files)

            return files
        elif key == "adapters":
            _adapters = value
            adapters: FileDigestMap | Unset
            if isinstance(_adapters, Unset):
                adapters = UNSET
            else:
                adapters = FileDigestMap.from_dict(_adapters)

            return adapters
        elif key == "draft_files":
            _draft_files = value
            draft_files: FileDigestMap | Unset
            if isinstance(_draft_files, Unset):
                draft_files = UNSET
            else:
                draft_files = FileDigestMap.from_dict(_draft_files)

            return draft_files
        elif key == "license":

            def _parse_license_(data: object) -> list[str] | str | Unset:
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, list):
                        raise TypeError()
                    componentsschemas_license_type_1 = cast(list[str], data)

                    return componentsschemas_license_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(list[str] | str | Unset, data)

            license_ = _parse_license_(value)

            return license_
        elif key == "parameters":
            _parameters = value
            parameters: Options | Unset
            if isinstance(_parameters, Unset):
                parameters = UNSET
            else:
                parameters = Options.from_dict(_parameters)

            return parameters
        elif key == "messages":
            _messages = value
            messages: list[Message] | Unset = UNSET
            if _messages is not UNSET:
                messages = []
                for messages_item_data in _messages:
                    messages_item = Message.from_dict(messages_item_data)

                    messages.append(messages_item)

            return messages
        elif key == "info":
            _info = value
            info: CreateInfo | Unset
            if isinstance(_info, Unset):
                info = UNSET
            else:
                info = CreateInfo.from_dict(_info)

            return info
        raise KeyError(key)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        create_request = object.__new__(cls)
        values = create_request.__dict__
        extra: dict[str, Any] = {}
        plain = cls._plain_fields
        for key, value in src_dict.items():
            name = plain.get(key)
            if name is not None:
                values[name] = value
            elif key == "files":
                values["files"] = cls._convert(key, value)
            elif key == "adapters":
                values["adapters"] = cls._convert(key, value)
            elif key == "draft_files":
                values["draft_files"] = cls._convert(key, value)
            elif key == "license":
                values["license_"] = cls._convert(key, value)
            elif key == "parameters":
                values["parameters"] = cls._convert(key, value)
            elif key == "messages":
                values["messages"] = cls._convert(key, value)
            elif key == "info":
                values["info"] = cls._convert(key, value)
            else:
                extra[key] = value
        values["additional_properties"] = extra
        return create_request

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())


from ..models.create_info import CreateInfo  # noqa: E402
from ..models.file_digest_map import FileDigestMap  # noqa: E402
from ..models.message import Message  # noqa: E402
from ..models.options import Options  # noqa: E402

for _name in (
    "model",
    "from_",
    "files",
    "adapters",
    "draft_files",
    "quantize",
    "draft_quantize",
    "remote_host",
    "template",
    "license_",
    "system",
    "parameters",
    "messages",
    "renderer",
    "parser",
    "requires",
    "info",
    "stream",
    "name",
    "quantization",
):
    setattr(CreateRequest, _name, UNSET)
