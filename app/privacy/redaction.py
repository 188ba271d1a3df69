"""A logging filter that scrubs phone numbers, receipts, addresses and stray text."""

from __future__ import annotations

import logging
import re

# Sequences of 7+ digits (with common separators) cover phone numbers and receipts;
# IPv4/IPv6 and WhatsApp ids are caught separately.
_PATTERNS = (
    re.compile(r"whatsapp:\+?\d+", re.IGNORECASE),
    re.compile(r"\+?\d[\d\s().\-]{5,}\d"),
    re.compile(r"\b(?:\d{1,3}\.){3}\d{1,3}\b"),
    re.compile(r"\b(?:[0-9a-f]{1,4}:){2,7}[0-9a-f]{1,4}\b", re.IGNORECASE),
    re.compile(r"[\w.+-]+@[\w-]+\.[\w.-]+"),
)
REDACTED = "[redacted]"
# Loopback and the wildcard address are never a resident's, and the server's own start-up
# line ("Running on http://127.0.0.1:5000") must stay readable.
_LOCAL = re.compile(r"127(?:\.\d{1,3}){3}|0\.0\.0\.0")


def _redact(match: re.Match[str]) -> str:
    return match.group(0) if _LOCAL.fullmatch(match.group(0)) else REDACTED


def scrub(text: str) -> str:
    for pattern in _PATTERNS:
        text = pattern.sub(_redact, text)
    return text


class ScrubFilter(logging.Filter):
    """Last line of defence: application logs name events and ids, and this catches slips."""

    def filter(self, record: logging.LogRecord) -> bool:
        try:
            message = record.getMessage()
        except (TypeError, ValueError):
            message = str(record.msg)
        record.msg = scrub(message)
        record.args = None
        if record.exc_info and record.exc_info[1] is not None:
            # Exception text may quote request data; keep the type, drop the details.
            exc = record.exc_info[1]
            record.msg += f" [{type(exc).__name__}]"
            record.exc_info = None
            record.exc_text = None
        return True


def install(level: str = "INFO") -> None:
    """Attach the scrubber to every handler of the root logger, and to werkzeug's."""
    root = logging.getLogger()
    if not root.handlers:
        handler = logging.StreamHandler()
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s %(message)s"))
        root.addHandler(handler)
    root.setLevel(level)
    # The development server logs client addresses on every request; keep them out too.
    for target in (*root.handlers, logging.getLogger("werkzeug")):
        if not any(isinstance(f, ScrubFilter) for f in target.filters):
            target.addFilter(ScrubFilter())
