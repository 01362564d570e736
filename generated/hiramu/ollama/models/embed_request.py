from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _wire
from ..types import UNSET, Unset, WireMapping

if TYPE_CHECKING:
    from ..models.options import Options


@_attrs_define(slots=False)
class EmbedRequest(WireMapping):
    """An embedding request. `model` is needed (an empty or missing one answers 404).

    Example:
        {'model': 'tiny-llama-embed', 'input': ['first text', 'second text']}

    Attributes:
        model (str): Model name; any model is tried (the runner decides whether it can embed).
        input (str | list[str] | Unset): One text or a list of texts. Any other JSON type (or a non-string list item) is
            rejected with 400.
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

    model: str
    input: str | list[str] | Unset = UNSET
    truncate: bool | Unset = UNSET
    dimensions: int | Unset = UNSET
    keep_alive: float | str | Unset = UNSET
    options: Options | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields: ClassVar[tuple[_wire.Field, ...]] = (
        _wire.Field("model", "model", _wire.STR, True),
        _wire.Field("input", "input", _wire.one_of(_wire.STR, _wire.list_of(_wire.STR)), False),
        _wire.Field("truncate", "truncate", _wire.BOOL, False),
        _wire.Field("dimensions", "dimensions", _wire.INT, False),
        _wire.Field("keep_alive", "keep_alive", _wire.one_of(_wire.FLOAT, _wire.STR), False),
        _wire.Field("options", "options", _wire.model("Options"), False),
    )
    _absent: ClassVar[Any] = UNSET

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())
