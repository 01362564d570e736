from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _wire
from ..types import UNSET, Unset, WireMapping

if TYPE_CHECKING:
    from ..models.options import Options


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

    model: str | Unset = UNSET
    verbose: bool | Unset = UNSET
    system: str | Unset = UNSET
    options: Options | Unset = UNSET
    template: str | Unset = UNSET
    name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields: ClassVar[tuple[_wire.Field, ...]] = (
        _wire.Field("model", "model", _wire.STR, False),
        _wire.Field("verbose", "verbose", _wire.BOOL, False),
        _wire.Field("system", "system", _wire.STR, False),
        _wire.Field("options", "options", _wire.model("Options"), False),
        _wire.Field("template", "template", _wire.STR, False),
        _wire.Field("name", "name", _wire.STR, False),
    )
    _absent: ClassVar[Any] = UNSET

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())
