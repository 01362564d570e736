"""Contains all the data models used in inputs/outputs"""

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
