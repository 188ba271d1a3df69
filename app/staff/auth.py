"""Staff sign-in: Argon2id passwords, a TOTP second factor, lockout, and an idle timeout."""

from __future__ import annotations

import hmac
import logging
from dataclasses import dataclass
from datetime import datetime, timedelta

import pyotp
from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

from app.extensions import db
from app.models import StaffMember
from app.privacy.crypto import Vault
from app.staff import audit
from app.staff.accounts import normalize_email

log = logging.getLogger(__name__)
MAX_FAILURES = 5
LOCKOUT = timedelta(minutes=15)
IDLE = timedelta(minutes=30)
MIN_PASSWORD = 12
_hasher = PasswordHasher()
# Verified when the email is unknown, so a wrong email takes as long as a wrong password.
_DUMMY_HASH = _hasher.hash("not-a-real-password-for-timing")


@dataclass(frozen=True)
class SignIn:
    staff: StaffMember | None
    reason: str  # "ok", "failed", "locked"


def check_password(stored_hash: str, password: str) -> bool:
    try:
        return bool(_hasher.verify(stored_hash, password))
    except (VerificationError, InvalidHashError):
        return False


def sign_in(vault: Vault, email: str, password: str, code: str, now: datetime) -> SignIn:
    """Check all three factors; every attempt is audited, by event, never by secret."""
    try:
        address = normalize_email(email)
    except ValueError:
        address = ""
    staff = db.session.scalars(db.select(StaffMember).filter_by(email=address)).first()
    if staff is None or not staff.active:
        check_password(_DUMMY_HASH, password)
        audit.record("unknown", "staff.sign_in_failed")
        log.info("staff.sign_in_failed reason=unknown")
        return SignIn(None, "failed")
    if staff.locked_until is not None and staff.locked_until > now:
        audit.record(staff.email, "staff.sign_in_locked")
        log.info("staff.sign_in_locked staff=%s", staff.id)
        return SignIn(None, "locked")
    totp = pyotp.TOTP(vault.decrypt(staff.totp_secret_enc))
    step = _matching_step(totp, code.strip().replace(" ", ""), now)
    fresh = step is not None and (staff.totp_last_step is None or step > staff.totp_last_step)
    good = check_password(staff.password_hash, password) and fresh
    if not good:
        staff.failed_logins += 1
        if staff.failed_logins >= MAX_FAILURES:
            staff.locked_until = now + LOCKOUT
            staff.failed_logins = 0
            audit.record(staff.email, "staff.locked")
            log.warning("staff.locked staff=%s", staff.id)
        audit.record(staff.email, "staff.sign_in_failed")
        log.info("staff.sign_in_failed staff=%s", staff.id)
        return SignIn(None, "failed")
    staff.failed_logins = 0
    staff.locked_until = None
    staff.totp_last_step = step
    audit.record(staff.email, "staff.sign_in")
    log.info("staff.sign_in staff=%s", staff.id)
    return SignIn(staff, "ok")


def _matching_step(totp: pyotp.TOTP, code: str, now: datetime) -> int | None:
    """The time step the code belongs to, allowing one step of clock drift either way."""
    if not code.isdigit():
        return None
    current = int(totp.timecode(now))
    for step in (current - 1, current, current + 1):
        if hmac.compare_digest(totp.generate_otp(step), code):
            return step
    return None


def set_password(staff: StaffMember, new_password: str) -> None:
    staff.password_hash = _hasher.hash(new_password)
    staff.must_change_password = False
    audit.record(staff.email, "staff.password_changed")
