from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, WireMapping

if TYPE_CHECKING:
    from ..models.options import Options


T = TypeVar("T", bound="ShowRequest")


@_attrs_define(slots=False)
class ShowRequest(WireMapping):
    """What to show. `model` (or the deprecated `name`) is needed (400 otherwise).

    Example:
        {'model': 'tiny-llama', 'verbose': False}

    Attributes:
        model (str | Unset): The model.
        verbose (bool | Unset): Include the full GGUF arrays in `model_info`/`projector_info` (otherwise they are
            `null`).
        system (str | Unset): Show the Modelfile with this system prompt instead of the model's.
        options (Options | Unset): Model and runner options. Any subset; the model's Modelfile parameters override the
            server
            defaults and these override both. Unknown keys are ignored and `null` values skipped. A value of
            the wrong JSON type is not a 400: the request fails with 500 (`option "x" must be of type ...`)
            once the model is scheduled. Integer options accept any number and drop the fraction. Changing a
            runner option (`num_ctx`, `num_batch`, `num_gpu`, `main_gpu`, `use_mmap`, `num_thread`,
            `draft_num_predict`) reloads the model.
             Example: {'num_ctx': 2048, 'num_predict': 8, 'seed': 123, 'temperature': 0, 'top_k': 20, 'top_p': 0.9, 'min_p':
            0.05, 'repeat_penalty': 1.1, 'stop': ['\\n\\n', 'END']}.
        template (str | Unset): Ignored.
        name (str | Unset): Deprecated alias of `model` (used when `model` is empty).
    """

    _wire_fields: ClassVar[dict[str, str]] = {
        "model": "model",
        "verbose": "verbose",
        "system": "system",
        "options": "options",
        "template": "template",
        "name": "name",
    }

    model: str | Unset = UNSET
    verbose: bool | Unset = UNSET
    system: str | Unset = UNSET
    options: Options | Unset = UNSET
    template: str | Unset = UNSET
    name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        model = self.model

        verbose = self.verbose

        system = self.system

        options: dict[str, Any] | Unset = UNSET
        if not isinstance(self.options, Unset):
            options = self.options.to_dict()

        template = self.template

        name = self.name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if model is not UNSET:
            field_dict["model"] = model
        if verbose is not UNSET:
            field_dict["verbose"] = verbose
        if system is not UNSET:
            field_dict["system"] = system
        if options is not UNSET:
            field_dict["options"] = options
        if template is not UNSET:
            field_dict["template"] = template
        if name is not UNSET:
            field_dict["name"] = name

        return field_dict

    _plain_fields: ClassVar[dict[str, str]] = {
        "model": "model",
        "verbose": "verbose",
        "system": "system",
        "template": "template",
        "name": "name",
    }

    @staticmethod
    def _convert(key: str, value: Any) -> Any:
        if key == "options":
            _options = value
            options: Options | Unset
            if isinstance(_options, Unset):
                options = UNSET
            else:
                options = Options.from_dict(_options)

            return options
        raise KeyError(key)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        show_request = object.__new__(cls)
        values = show_request.__dict__
        extra: dict[str, Any] = {}
        plain = cls._plain_fields
        for key, value in src_dict.items():
            name = plain.get(key)
            if name is not None:
                values[name] = value
            elif key == "options":
                values["options"] = cls._convert(key, value)
            else:
                extra[key] = value
        values["additional_properties"] = extra
        return show_request

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())


from ..models.options import Options  # noqa: E402

for _name in (
    "model",
    "verbose",
    "system",
    "options",
    "template",
    "name",
):
    setattr(ShowRequest, _name, UNSET)
