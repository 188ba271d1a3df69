"""What every page shares: its language and direction, security headers, same-origin posts."""

from __future__ import annotations

from urllib.parse import urlsplit

from flask import Flask, Response, abort, g, render_template, request
from flask_babel import get_locale, refresh
from flask_babel import gettext as _
from werkzeug.exceptions import HTTPException

from app.api import errors as api_errors
from app.engine.markers import N_
from app.i18n import NATIVE_NAMES, text_direction
from app.runtime import runtime

# Nothing is ever loaded from another origin: no fonts, scripts, analytics or images.
CSP = (
    "default-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'; "
    "object-src 'none'; img-src 'self'; connect-src 'self'"
)


def page_locale() -> str:
    """The page's language as the app names it ("tl", where Babel would say "fil_PH")."""
    get_locale()  # runs the selector, which records its choice
    return str(g.get("selected_locale") or "en")


def use_locale(locale: str) -> None:
    """Render this page in `locale` (a chat's own language, rather than the browser's)."""
    g.page_locale = locale
    refresh()


def same_origin_post() -> None:
    """Refuse form posts from other sites (CSRF) without a cookie: browsers say where from."""
    site = request.headers.get("Sec-Fetch-Site")
    if site is not None and site not in ("same-origin", "none"):
        abort(403, "cross-site form posts are refused")
    origin = request.headers.get("Origin")
    if origin and origin != "null":
        base = runtime().settings.public_base_url or request.host_url
        ours = urlsplit(base)
        theirs = urlsplit(origin)
        if (theirs.scheme, theirs.netloc) != (ours.scheme, ours.netloc):
            abort(403, "cross-site form posts are refused")


ERROR_TEXTS = {
    400: (N_("Something was missing"), N_("The page did not get what it needed. Try again.")),
    403: (N_("Not allowed"), N_("This page cannot be used that way.")),
    404: (N_("Page not found"), N_("There is nothing at this address.")),
    405: (N_("Not allowed"), N_("This page cannot be used that way.")),
    413: (N_("Too large"), N_("What you sent is too large to accept.")),
    429: (N_("Too many tries"), N_("Please wait a minute and try again.")),
}


def error_page(exc: HTTPException) -> Response | tuple[str, int]:
    """Errors as the people who meet them need them: JSON for the API, a page for residents."""
    status = exc.code or 500
    if request.path.startswith("/api/"):
        return api_errors.http_error(exc)
    if request.path.startswith("/twilio/") or status not in ERROR_TEXTS:
        return Response(f"{exc.name}\n", status=status, mimetype="text/plain")
    heading, message = ERROR_TEXTS[status]
    return render_template("public/error.html", heading=_(heading), message=_(message)), status


def register(app: Flask) -> None:
    app.register_error_handler(HTTPException, error_page)

    @app.context_processor
    def page_context() -> dict[str, object]:
        locale = page_locale()
        enabled = runtime().catalogs.enabled
        return {
            "locale": locale,
            "html_lang": locale.replace("_", "-"),
            "text_dir": text_direction(locale),
            "languages": [(code, NATIVE_NAMES[code]) for code in enabled],
            "quick_exit_url": runtime().settings.quick_exit_url,
        }

    @app.after_request
    def security_headers(response: Response) -> Response:
        response.headers.setdefault("Content-Security-Policy", CSP)
        response.headers.setdefault("X-Content-Type-Options", "nosniff")
        response.headers.setdefault("Referrer-Policy", "no-referrer")
        response.headers.setdefault("X-Frame-Options", "DENY")
        response.headers.setdefault(
            "Permissions-Policy", "geolocation=(), camera=(), microphone=()"
        )
        if response.mimetype == "text/html":
            # A shared phone's back button or cache must not show someone's report.
            response.headers["Cache-Control"] = "no-store"
        return response
