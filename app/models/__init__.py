"""All models, imported here so Alembic and the app see one metadata."""

from app.models.conversation import Answer, Conversation, Delivery, FlowVersion, TranscriptEntry
from app.models.outbox import OutboxJob
from app.models.partner import Partner
from app.models.staff import ApiToken, AuditEvent, OnCallResponder, StaffMember
from app.models.ticket import MediaItem, PatternKey, SearchTerm, Ticket, TicketMessage

__all__ = [
    "Answer",
    "ApiToken",
    "AuditEvent",
    "Conversation",
    "Delivery",
    "FlowVersion",
    "MediaItem",
    "OnCallResponder",
    "OutboxJob",
    "Partner",
    "PatternKey",
    "SearchTerm",
    "StaffMember",
    "Ticket",
    "TicketMessage",
    "TranscriptEntry",
]
