"""Keyed hashes that find a conversation or a delivery without storing who sent it."""

from __future__ import annotations

import hashlib
import hmac


def keyed_hash(pepper: bytes, purpose: str, value: str) -> str:
    # The purpose separates uses, so a receipt hash can never equal a lookup key.
    message = purpose.encode() + b"\x00" + value.encode("utf-8")
    return hmac.new(pepper, message, hashlib.sha256).hexdigest()


def lookup_key(pepper: bytes, channel: str, address: str) -> str:
    """HMAC(IDENTITY_PEPPER, channel + address) for finding an in-progress conversation."""
    return keyed_hash(pepper, "conversation", channel + "\x00" + address.strip().lower())


def delivery_key(pepper: bytes, provider_id: str) -> str:
    return keyed_hash(pepper, "delivery", provider_id)
