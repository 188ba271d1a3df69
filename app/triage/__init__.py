"""Triage: a report's priority, category, flags and agency, with reasons staff can check.

Pure Python and deterministic: no I/O, no remote service, nothing from Flask. Reasons carry
codes and our own msgids only, never the resident's words.
"""

from __future__ import annotations

from app.triage.facts import extract_facts
from app.triage.language import detect_language
from app.triage.model import Reason, Report, Text, Triage
from app.triage.reasons import explain, priority_text, reason_text
from app.triage.rules import triage
from app.triage.timeparse import parse_time

__all__ = [
    "Reason",
    "Report",
    "Text",
    "Triage",
    "detect_language",
    "explain",
    "extract_facts",
    "parse_time",
    "priority_text",
    "reason_text",
    "triage",
]
