"""Contains all the data models used in inputs/outputs"""

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .delete_request import DeleteRequest
    from .error_response import ErrorResponse
    from .format_schema import FormatSchema
    from .generate_request import GenerateRequest
    from .generate_request_format_type_0 import GenerateRequestFormatType0
    from .generate_request_think_type_1 import GenerateRequestThinkType1
    from .generate_response import GenerateResponse
    from .list_model_response import ListModelResponse
    from .list_response import ListResponse
    from .model_details import ModelDetails
    from .options import Options
    from .progress_response import ProgressResponse
    from .pull_request import PullRequest
    from .stream_error_line import StreamErrorLine
    from .version_response import VersionResponse

_MODULES = {
    "DeleteRequest": ".delete_request",
    "ErrorResponse": ".error_response",
    "FormatSchema": ".format_schema",
    "GenerateRequest": ".generate_request",
    "GenerateRequestFormatType0": ".generate_request_format_type_0",
    "GenerateRequestThinkType1": ".generate_request_think_type_1",
    "GenerateResponse": ".generate_response",
    "ListModelResponse": ".list_model_response",
    "ListResponse": ".list_response",
    "ModelDetails": ".model_details",
    "Options": ".options",
    "ProgressResponse": ".progress_response",
    "PullRequest": ".pull_request",
    "StreamErrorLine": ".stream_error_line",
    "VersionResponse": ".version_response",
}


def __getattr__(name: str) -> Any:
    module = _MODULES.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    from importlib import import_module

    value = getattr(import_module(module, __name__), name)
    globals()[name] = value
    return value


__all__ = (
    "DeleteRequest",
    "ErrorResponse",
    "FormatSchema",
    "GenerateRequest",
    "GenerateRequestFormatType0",
    "GenerateRequestThinkType1",
    "GenerateResponse",
    "ListModelResponse",
    "ListResponse",
    "ModelDetails",
    "Options",
    "ProgressResponse",
    "PullRequest",
    "StreamErrorLine",
    "VersionResponse",
)
