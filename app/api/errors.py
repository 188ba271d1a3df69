"""The API's one error shape, and handlers that keep every /api failure in it."""

from __future__ import annotations

from typing import NoReturn

from flask import Flask, Response, jsonify
from werkzeug.exceptions import HTTPException

_CODES = {
    400: "bad_request",
    401: "unauthorized",
    403: "forbidden",
    404: "not_found",
    405: "method_not_allowed",
    409: "conflict",
    413: "too_large",
    415: "unsupported_media_type",
    429: "rate_limited",
}


class ApiError(Exception):
    def __init__(self, status: int, code: str, message: str, field: str | None = None) -> None:
        super().__init__(message)
        self.status, self.code, self.message, self.field = status, code, message, field


def fail(status: int, code: str, message: str, field: str | None = None) -> NoReturn:
    raise ApiError(status, code, message, field)


def error_response(status: int, code: str, message: str, field: str | None = None) -> Response:
    response = jsonify({"error": {"code": code, "message": message, "field": field}})
    response.status_code = status
    return response


def register(app: Flask) -> None:
    @app.errorhandler(ApiError)
    def _api_error(exc: ApiError) -> Response:
        return error_response(exc.status, exc.code, exc.message, exc.field)


def http_error(exc: HTTPException) -> Response:
    """An HTTP error on an /api route, in the API's error shape."""
    status = exc.code or 500
    return error_response(status, _CODES.get(status, "error"), exc.description or exc.name)
