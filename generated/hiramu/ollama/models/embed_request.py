from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, WireMapping

if TYPE_CHECKING:
    from ..models.options import Options


T = TypeVar("T", bound="EmbedRequest")


@_attrs_define(slots=False)
class EmbedRequest(WireMapping):
    """An embedding request. `model` is needed (an empty or missing one answers 404).

    Example:
        {'model': 'tiny-llama-embed', 'input': ['first text', 'second text']}

    Attributes:
        model (str): Model name; any model is tried (the runner decides whether it can embed).
        input_ (list[str] | str | Unset): One text or a list of texts. Any other JSON type (or a non-string list item)
            is rejected with 400.
        truncate (bool | Unset): Cut each input to fit the context window; `false` makes an over-long input a 400.
            Default: true.
        dimensions (int | Unset): Cut each vector to this many dimensions and normalise again (ignored unless smaller
            than the model's size).
        keep_alive (float | str | Unset): How long the model stays loaded after the request. A number is **seconds**
            (fractions allowed);
            a string is a Go duration and needs a unit (`"5m"`, `"1h30m"`, `"300ms"`; a bare `"300"` is
            rejected with 400). `0` unloads the model after the request; any negative value keeps it loaded
            until the server stops. Absent or `null` = the server default (`OLLAMA_KEEP_ALIVE`, 5 minutes
            unless set).
        options (Options | Unset): Model and runner options. Any subset; the model's Modelfile parameters override the
            server
            defaults and these override both. Unknown keys are ignored and `null` values skipped. A value of
            the wrong JSON type is not a 400: the request fails with 500 (`option "x" must be of type ...`)
            once the model is scheduled. Integer options accept any number and drop the fraction. Changing a
            runner option (`num_ctx`, `num_batch`, `num_gpu`, `main_gpu`, `use_mmap`, `num_thread`,
            `draft_num_predict`) reloads the model.
             Example: {'num_ctx': 2048, 'num_predict': 8, 'seed': 123, 'temperature': 0, 'top_k': 20, 'top_p': 0.9, 'min_p':
            0.05, 'repeat_penalty': 1.1, 'stop': ['\\n\\n', 'END']}.
    """

    _wire_fields: ClassVar[dict[str, str]] = {
        "model": "model",
        "input": "input_",
        "truncate": "truncate",
        "dimensions": "dimensions",
        "keep_alive": "keep_alive",
        "options": "options",
    }

    model: str
    input_: list[str] | str | Unset = UNSET
    truncate: bool | Unset = UNSET
    dimensions: int | Unset = UNSET
    keep_alive: float | str | Unset = UNSET
    options: Options | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        model = self.model

        input_: list[str] | str | Unset
        if isinstance(self.input_, Unset):
            input_ = UNSET
        elif isinstance(self.input_, list):
            input_ = self.input_

        else:
            input_ = self.input_

        truncate = self.truncate

        dimensions = self.dimensions

        keep_alive: float | str | Unset
        if isinstance(self.keep_alive, Unset):
            keep_alive = UNSET
        else:
            keep_alive = self.keep_alive

        options: dict[str, Any] | Unset = UNSET
        if not isinstance(self.options, Unset):
            options = self.options.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "model": model,
            }
        )
        if input_ is not UNSET:
            field_dict["input"] = input_
        if truncate is not UNSET:
            field_dict["truncate"] = truncate
        if dimensions is not UNSET:
            field_dict["dimensions"] = dimensions
        if keep_alive is not UNSET:
            field_dict["keep_alive"] = keep_alive
        if options is not UNSET:
            field_dict["options"] = options

        return field_dict

    _plain_fields: ClassVar[dict[str, str]] = {
        "model": "model",
        "truncate": "truncate",
        "dimensions": "dimensions",
    }
    _required_fields: ClassVar[frozenset[str]] = frozenset(("model",))

    @staticmethod
    def _convert(key: str, value: Any) -> Any:
        if key == "input":

            def _parse_input_(data: object) -> list[str] | str | Unset:
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, list):
                        raise TypeError()
                    componentsschemas_embed_input_type_1 = cast(list[str], data)

                    return componentsschemas_embed_input_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(list[str] | str | Unset, data)

            input_ = _parse_input_(value)

            return input_
        elif key == "keep_alive":

            def _parse_keep_alive(data: object) -> float | str | Unset:
                if isinstance(data, Unset):
                    return data
                return cast(float | str | Unset, data)

            keep_alive = _parse_keep_alive(value)

            return keep_alive
        elif key == "options":
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
        embed_request = object.__new__(cls)
        values = embed_request.__dict__
        extra: dict[str, Any] = {}
        plain = cls._plain_fields
        for key, value in src_dict.items():
            name = plain.get(key)
            if name is not None:
                values[name] = value
            elif key == "input":
                values["input_"] = cls._convert(key, value)
            elif key == "keep_alive":
                values["keep_alive"] = cls._convert(key, value)
            elif key == "options":
                values["options"] = cls._convert(key, value)
            else:
                extra[key] = value
        if not cls._required_fields <= values.keys():
            missing = sorted(cls._required_fields - values.keys())
            raise KeyError(missing[0])
        values["additional_properties"] = extra
        return embed_request

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())


from ..models.options import Options  # noqa: E402

for _name in (
    "input_",
    "truncate",
    "dimensions",
    "keep_alive",
    "options",
):
    setattr(EmbedRequest, _name, UNSET)
