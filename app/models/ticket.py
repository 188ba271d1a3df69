"""A triaged ticket for oversight staff, and the media a resident sent with it."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, Boolean, ForeignKey, Integer, LargeBinary, String, false
from sqlalchemy.orm import Mapped, mapped_column, relationship

from app.extensions import db
from app.models.base import UTCDateTime, new_id, utcnow
from app.triage.model import AGENCIES, CATEGORIES, FLAGS, PRIORITIES

STATUSES = ("new", "in_review", "needs_info", "verified", "referred", "closed")
CHANNELS = ("sms", "voice", "web", "partner")
# Priorities, categories, agencies and flags are triage's vocabulary, defined once there.
__all__ = ["AGENCIES", "CATEGORIES", "CHANNELS", "FLAGS", "PRIORITIES", "STATUSES"]


class Ticket(db.Model):  # type: ignore[name-defined]
    __tablename__ = "tickets"

    id: Mapped[str] = mapped_column(String(16), primary_key=True, default=lambda: new_id("T"))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, index=True)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, onupdate=utcnow)
    channel: Mapped[str] = mapped_column(String(16), index=True)
    language: Mapped[str] = mapped_column(String(16))
    status: Mapped[str] = mapped_column(String(16), default="new", index=True)
    priority: Mapped[str] = mapped_column(String(2), index=True)
    category: Mapped[str] = mapped_column(String(32), index=True)
    flags: Mapped[list[str]] = mapped_column(JSON, default=list)
    agency: Mapped[str] = mapped_column(String(16), default="unknown")
    # Reason codes with their source, never the resident's words.
    reasons: Mapped[list[dict[str, str]]] = mapped_column(JSON, default=list)
    # What triage computed; `priority` differs only after a staff override.
    triage_priority: Mapped[str] = mapped_column(String(2))
    override_reason: Mapped[str | None] = mapped_column(String(500))
    incident_id: Mapped[str | None] = mapped_column(String(16), index=True)
    # Who put the ticket in (or took it out of) its incident: "auto" when linked by time,
    # place and agency; "staff" once a person merged, split or confirmed it, after which
    # automatic linking leaves it alone.
    incident_source: Mapped[str | None] = mapped_column(String(8))
    # Chicago community area (1-77) the resident's words place it in; never more precise.
    community_area: Mapped[int | None] = mapped_column(Integer, index=True)
    # When the resident says it happened, where they said; otherwise the report's time.
    occurred_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    incomplete: Mapped[bool] = mapped_column(Boolean, default=True)
    receipt_hash: Mapped[str | None] = mapped_column(String(64), unique=True)
    conversation_id: Mapped[str | None] = mapped_column(
        ForeignKey("conversations.id", ondelete="SET NULL"), unique=True
    )
    narrative_enc: Mapped[bytes | None] = mapped_column(LargeBinary)
    media_count: Mapped[int] = mapped_column(Integer, default=0)
    advocate: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    contact_ok: Mapped[bool] = mapped_column(Boolean, default=False)
    share_ok: Mapped[bool] = mapped_column(Boolean, default=False)
    # Opt-in contact only: encrypted, with an expiry, never shown to staff.
    contact_enc: Mapped[bytes | None] = mapped_column(LargeBinary)
    contact_expires_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    # When on-call was alerted for this ticket (once, the first time it was P1).
    alerted_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    assignee_id: Mapped[int | None] = mapped_column(ForeignKey("staff_members.id"))

    media: Mapped[list[MediaItem]] = relationship(
        back_populates="ticket", cascade="all, delete-orphan", order_by="MediaItem.id"
    )
    messages: Mapped[list[TicketMessage]] = relationship(
        back_populates="ticket", cascade="all, delete-orphan", order_by="TicketMessage.id"
    )
    assignee = relationship("StaffMember")

    def __repr__(self) -> str:
        return f"<Ticket {self.id} {self.priority} {self.status}>"


class MediaItem(db.Model):  # type: ignore[name-defined]
    """A photo or video the resident sent.

    By SMS, only the provider's URL (encrypted) until a job downloads it. Uploaded on the web:
    the original, encrypted, kept as evidence with its SHA-256; and for images a copy with
    all metadata (EXIF, GPS) stripped, also encrypted, which is the one staff see.
    """

    __tablename__ = "media_items"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    ticket_id: Mapped[str | None] = mapped_column(
        ForeignKey("tickets.id", ondelete="CASCADE"), index=True
    )
    conversation_id: Mapped[str | None] = mapped_column(
        ForeignKey("conversations.id", ondelete="CASCADE"), index=True
    )
    content_type: Mapped[str] = mapped_column(String(100))
    source_enc: Mapped[bytes | None] = mapped_column(LargeBinary)
    status: Mapped[str] = mapped_column(String(16), default="remote")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    meta: Mapped[Any | None] = mapped_column(JSON)
    original_enc: Mapped[bytes | None] = mapped_column(LargeBinary)
    staff_copy_enc: Mapped[bytes | None] = mapped_column(LargeBinary)
    staff_copy_type: Mapped[str | None] = mapped_column(String(100))
    size: Mapped[int | None] = mapped_column(Integer)
    sha256: Mapped[str | None] = mapped_column(String(64))

    ticket: Mapped[Ticket | None] = relationship(back_populates="media")

    def __repr__(self) -> str:
        return f"<MediaItem {self.id} {self.content_type}>"


class TicketMessage(db.Model):  # type: ignore[name-defined]
    """The receipt mailbox: staff replies and what the resident adds later, encrypted."""

    __tablename__ = "ticket_messages"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    ticket_id: Mapped[str] = mapped_column(ForeignKey("tickets.id", ondelete="CASCADE"), index=True)
    # "staff" (a reply the resident reads), "resident" (added on the receipt page), or
    # "internal" (a note between staff, never shown to the resident)
    direction: Mapped[str] = mapped_column(String(16))
    body_enc: Mapped[bytes] = mapped_column(LargeBinary)
    author_id: Mapped[int | None] = mapped_column(ForeignKey("staff_members.id"))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)

    ticket: Mapped[Ticket] = relationship(back_populates="messages")

    def __repr__(self) -> str:
        return f"<TicketMessage {self.id} {self.direction}>"


class PatternKey(db.Model):  # type: ignore[name-defined]
    """A badge number, agent name or plate a report gives, as a keyed hash.

    Reports sharing a key are linked as a pattern. The identifier itself is only in the
    resident's (encrypted) words; the hash lets staff see the link without it being stored.
    """

    __tablename__ = "pattern_keys"

    ticket_id: Mapped[str] = mapped_column(
        ForeignKey("tickets.id", ondelete="CASCADE"), primary_key=True
    )
    kind: Mapped[str] = mapped_column(String(8), primary_key=True)
    key: Mapped[str] = mapped_column(String(32), primary_key=True, index=True)

    def __repr__(self) -> str:
        return f"<PatternKey {self.ticket_id} {self.kind}>"


class SearchTerm(db.Model):  # type: ignore[name-defined]
    """A blind index: keyed hashes of the words of a report, never the words themselves.

    Staff can find tickets by a word; someone holding only the database learns nothing,
    though whoever also holds IDENTITY_PEPPER could test guesses, as with any keyed index.
    """

    __tablename__ = "search_terms"

    ticket_id: Mapped[str] = mapped_column(
        ForeignKey("tickets.id", ondelete="CASCADE"), primary_key=True
    )
    term: Mapped[str] = mapped_column(String(32), primary_key=True, index=True)

    def __repr__(self) -> str:
        return f"<SearchTerm {self.ticket_id}>"
