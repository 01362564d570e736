"""Small shared types: the `NOT_GIVEN` sentinel and the timeout argument type."""

from __future__ import annotations

from typing import TYPE_CHECKING, Final, Literal, TypeAlias

if TYPE_CHECKING:
    import httpx

__all__ = ["NOT_GIVEN", "NotGiven", "TimeoutTypes"]


class NotGiven:
    """Marks an argument the caller left out, where `None` is a meaningful value.

    `timeout=None` means "no timeout at all", so "use the client's timeout" needs its own value.
    """

    _instance: NotGiven | None = None

    def __new__(cls) -> NotGiven:
        # One instance, so identity checks (`timeout is NOT_GIVEN`) always work.
        if cls._instance is None:
            cls._instance = super().__new__(cls)
        return cls._instance

    def __bool__(self) -> Literal[False]:
        return False

    def __repr__(self) -> str:
        return "NOT_GIVEN"

    def __reduce__(self) -> str:
        return "NOT_GIVEN"


NOT_GIVEN: Final = NotGiven()

# What a `timeout=` argument accepts: seconds for every phase, a full `httpx.Timeout`, or no limit.
# A string, so that naming it in annotations does not import httpx.
TimeoutTypes: TypeAlias = "float | httpx.Timeout | None"
