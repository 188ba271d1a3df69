"""No-op markers that let the catalog extractor find msgids defined outside a request."""

from __future__ import annotations


def N_(msgid: str) -> str:
    return msgid


def NP_(context: str, msgid: str) -> tuple[str, str]:
    return (context, msgid)
