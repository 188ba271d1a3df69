"""Bearer tokens for the staff API, and the roles each method needs."""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import Any, TypeVar

from flask import g, request

from app.api.errors import fail
from app.models import StaffMember
from app.staff.accounts import staff_for_token

F = TypeVar("F", bound=Callable[..., Any])


def current_staff() -> StaffMember:
    staff: StaffMember = g.api_staff
    return staff


def bearer_token() -> str:
    """The token of an `Authorization: Bearer <token>` header, or "" when there is none."""
    scheme, _, token = request.headers.get("Authorization", "").partition(" ")
    return token.strip() if scheme.lower() == "bearer" else ""


def staff_token(*roles: str) -> Callable[[F], F]:
    """Require a valid staff token, and one of `roles` if any are named."""

    def decorate(view: F) -> F:
        @functools.wraps(view)
        def wrapper(*args: Any, **kwargs: Any) -> Any:
            token = bearer_token()
            if not token:
                fail(401, "unauthorized", "an Authorization: Bearer <token> header is needed")
            staff = staff_for_token(token)
            if staff is None:
                fail(401, "unauthorized", "the token is not valid")
            if roles and staff.role not in roles:
                fail(403, "forbidden", f"the {staff.role} role cannot do this")
            g.api_staff = staff
            return view(*args, **kwargs)

        return wrapper  # type: ignore[return-value]

    return decorate
