"""An intake conversation: its encrypted state, the answers as they arrive, and the transcript."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    ForeignKey,
    Integer,
    LargeBinary,
    String,
    UniqueConstraint,
    false,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from app.extensions import db
from app.models.base import UTCDateTime, new_id, utcnow

ACTIVE = "active"
SUBMITTED = "submitted"
ABANDONED = "abandoned"
STOPPED = "stopped"


class Conversation(db.Model):  # type: ignore[name-defined]
    __tablename__ = "conversations"

    id: Mapped[str] = mapped_column(String(16), primary_key=True, default=lambda: new_id("C"))
    channel: Mapped[str] = mapped_column(String(16))
    # HMAC(IDENTITY_PEPPER, channel + address); erased when the conversation ends so a
    # finished report cannot be linked back to a number, even with the pepper.
    lookup_key: Mapped[str | None] = mapped_column(String(64), unique=True, index=True)
    flow_ref: Mapped[str] = mapped_column(String(80))
    locale: Mapped[str] = mapped_column(String(16))
    status: Mapped[str] = mapped_column(String(16), default=ACTIVE, index=True)
    # An advocate filing for someone else (web chat), carried onto the ticket.
    advocate: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    # The engine's state, which holds the resident's words: encrypted, dropped at the end.
    state_enc: Mapped[bytes | None] = mapped_column(LargeBinary)
    # Only when the resident agreed to be contacted: their address, encrypted, until the
    # ticket takes it over.
    contact_enc: Mapped[bytes | None] = mapped_column(LargeBinary)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    last_activity_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, index=True)
    ended_at: Mapped[datetime | None] = mapped_column(UTCDateTime)

    answers: Mapped[list[Answer]] = relationship(
        back_populates="conversation", cascade="all, delete-orphan", order_by="Answer.id"
    )
    transcript: Mapped[list[TranscriptEntry]] = relationship(
        back_populates="conversation", cascade="all, delete-orphan", order_by="TranscriptEntry.seq"
    )

    def __repr__(self) -> str:
        return f"<Conversation {self.id} {self.channel} {self.status}>"


class Answer(db.Model):  # type: ignore[name-defined]
    """One answer, saved the moment it arrives. Structured codes in clear, words encrypted."""

    __tablename__ = "answers"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    conversation_id: Mapped[str] = mapped_column(
        ForeignKey("conversations.id", ondelete="CASCADE"), index=True
    )
    step_id: Mapped[str] = mapped_column(String(64))
    field: Mapped[str] = mapped_column(String(64))
    value: Mapped[Any | None] = mapped_column(JSON)
    text_enc: Mapped[bytes | None] = mapped_column(LargeBinary)
    skipped: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)

    conversation: Mapped[Conversation] = relationship(back_populates="answers")

    def __repr__(self) -> str:
        return f"<Answer {self.id} {self.field}>"


class TranscriptEntry(db.Model):  # type: ignore[name-defined]
    __tablename__ = "transcript_entries"
    __table_args__ = (UniqueConstraint("conversation_id", "seq"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    conversation_id: Mapped[str] = mapped_column(
        ForeignKey("conversations.id", ondelete="CASCADE"), index=True
    )
    seq: Mapped[int] = mapped_column(Integer)
    direction: Mapped[str] = mapped_column(String(3))  # "in" or "out"
    body_enc: Mapped[bytes] = mapped_column(LargeBinary)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)

    conversation: Mapped[Conversation] = relationship(back_populates="transcript")

    def __repr__(self) -> str:
        return f"<TranscriptEntry {self.conversation_id}#{self.seq} {self.direction}>"


class Delivery(db.Model):  # type: ignore[name-defined]
    """A webhook delivery already handled, so a repeat gets the same reply and no new effect.

    Keyed by a keyed hash of the provider's id (a MessageSid could be matched against the
    provider's own logs), holding the encrypted reply; purged after a day.
    """

    __tablename__ = "deliveries"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    response_enc: Mapped[bytes] = mapped_column(LargeBinary)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, index=True)

    def __repr__(self) -> str:
        return f"<Delivery {self.key[:8]}>"


class FlowVersion(db.Model):  # type: ignore[name-defined]
    """Each version of a flow ever started, so a conversation finishes on the one it began."""

    __tablename__ = "flow_versions"

    ref: Mapped[str] = mapped_column(String(80), primary_key=True)
    flow_id: Mapped[str] = mapped_column(String(64), index=True)
    version: Mapped[int] = mapped_column(Integer)
    definition: Mapped[Any] = mapped_column(JSON)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)

    def __repr__(self) -> str:
        return f"<FlowVersion {self.ref}>"
