"""The answer to "when did it happen?" in every script: joined words, and hour words that
follow the number ("15h30", "3 baje", "下午3点", "오후 3시")."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from app.triage import parse_time

NOW = datetime(2026, 11, 21, 16, 30, tzinfo=ZoneInfo("America/Chicago"))  # a Saturday


@pytest.mark.parametrize(
    ("locale", "text", "recency", "at"),
    [
        ("zh_Hans", "10分钟前", "now", "2026-11-21T16:00"),
        ("zh_Hans", "一小时前", "within_hour", "2026-11-21T15:00"),
        ("zh_Hans", "下午3点", "today", "2026-11-21T15:00"),
        ("zh_Hans", "星期一下午3点", "earlier", "2026-11-16T15:00"),
        ("zh_Hans", "昨天晚上", "earlier", "2026-11-20T21:00"),
        ("ko", "10분 전", "now", "2026-11-21T16:00"),
        ("ko", "오후 3시", "today", "2026-11-21T15:00"),
        ("fr", "lundi 15h", "earlier", "2026-11-16T15:00"),
        ("fr", "hier à 15h30", "earlier", "2026-11-20T15:00"),
        ("hi", "दोपहर 3 बजे", "today", "2026-11-21T15:00"),
        ("ur", "kal 3 baje", "earlier", "2026-11-20T15:00"),
        ("gu", "ગયા મંગળવારે", "earlier", "2026-11-17T00:00"),
        ("vi", "3 giờ chiều", "today", "2026-11-21T15:00"),
        ("ru", "в 3 часа дня", "today", "2026-11-21T15:00"),
        ("en", "3 o'clock", "today", "2026-11-21T15:00"),
        ("es", "hace dos horas", "today", "2026-11-21T14:00"),
    ],
)
def test_when_in_each_language(locale: str, text: str, recency: str, at: str) -> None:
    result = parse_time(text, locale, NOW)
    assert result["recency"] == recency
    assert (result["at"] or "").startswith(at)


def test_a_bare_number_is_still_not_an_hour() -> None:
    assert parse_time("route 66", "en", NOW)["recency"] == "unknown"
    assert parse_time("3", "fr", NOW)["recency"] == "unknown"
