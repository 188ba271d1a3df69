"""Creating staff members and API tokens; passwords with Argon2id, tokens stored hashed."""

from __future__ import annotations

import hashlib
import secrets
from dataclasses import dataclass

import pyotp
from argon2 import PasswordHasher

from app.extensions import db
from app.models import ApiToken, StaffMember
from app.models.base import utcnow
from app.models.staff import ROLES
from app.privacy.crypto import Vault
from app.staff import audit

TOKEN_PREFIX = "tgs_"  # noqa: S105 - a visible prefix, not a secret
_hasher = PasswordHasher()


class AccountError(ValueError):
    """A staff command given something it cannot use."""


@dataclass(frozen=True)
class NewStaff:
    staff: StaffMember
    password: str
    totp_secret: str


def hash_token(token: str) -> str:
    # Tokens are long random strings, so a plain SHA-256 is enough to make a stolen table useless.
    return hashlib.sha256(token.encode()).hexdigest()


def normalize_email(email: str) -> str:
    cleaned = email.strip().lower()
    if "@" not in cleaned or len(cleaned) > 254 or cleaned.startswith("@"):
        raise AccountError("a valid email address is needed")
    return cleaned


def create_staff(vault: Vault, email: str, role: str) -> NewStaff:
    if role not in ROLES:
        raise AccountError(f"role must be one of {', '.join(ROLES)}")
    address = normalize_email(email)
    if db.session.scalars(db.select(StaffMember).filter_by(email=address)).first():
        raise AccountError("a staff member with that email exists")
    password = secrets.token_urlsafe(15)
    totp_secret = pyotp.random_base32()
    staff = StaffMember(
        email=address,
        role=role,
        password_hash=_hasher.hash(password),
        totp_secret_enc=vault.encrypt(totp_secret),
        must_change_password=True,
    )
    db.session.add(staff)
    db.session.flush()
    return NewStaff(staff, password, totp_secret)


def issue_token(email: str) -> str:
    staff = db.session.scalars(
        db.select(StaffMember).filter_by(email=normalize_email(email))
    ).first()
    if staff is None or not staff.active:
        raise AccountError("no active staff member with that email")
    token = TOKEN_PREFIX + secrets.token_urlsafe(32)
    db.session.add(ApiToken(staff_id=staff.id, token_hash=hash_token(token)))
    db.session.flush()
    return token


def staff_for_token(token: str) -> StaffMember | None:
    found = db.session.scalars(db.select(ApiToken).filter_by(token_hash=hash_token(token))).first()
    if found is None or found.revoked_at is not None or not found.staff.active:
        return None
    found.last_used_at = utcnow()
    return found.staff


def revoke_tokens(email: str) -> int:
    staff = db.session.scalars(
        db.select(StaffMember).filter_by(email=normalize_email(email))
    ).first()
    if staff is None:
        raise AccountError("no staff member with that email")
    count = 0
    for token in staff.tokens:
        if token.revoked_at is None:
            token.revoked_at = utcnow()
            count += 1
    audit.record("cli", "staff.tokens_revoked", detail={"staff": staff.id, "count": count})
    return count
