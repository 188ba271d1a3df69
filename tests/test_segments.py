"""Every message the SMS line can send fits in 2 segments, in every complete locale."""

from __future__ import annotations

import pytest
from flask import Flask

from app.channels.segments import is_gsm7, segments
from app.cli import all_sms_texts, sample_context
from app.i18n import REQUIRED_COMPLETE
from app.runtime import runtime


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("a" * 160, 1),
        ("a" * 161, 2),
        ("a" * 306, 2),
        ("a" * 307, 3),
        ("{" * 80, 1),
        ("{" * 81, 2),  # extension characters take two septets
        ("ó" * 70, 1),
        ("ó" * 71, 2),
        ("ó" * 134, 2),
        ("ó" * 135, 3),
        ("¿Qué pasó?" + "a" * 124, 2),
        ("¿Que paso?" + "a" * 150, 1),
        ("😀" * 35, 1),
        ("😀" * 36, 2),  # astral characters are two UTF-16 units
    ],
)
def test_segment_counting(text: str, expected: int) -> None:
    assert segments(text) == expected


def test_gsm7_detection() -> None:
    assert is_gsm7("¿Dónde?") is False
    assert is_gsm7("¿Donde? ñ é ü à") is True


def test_every_prompt_in_every_complete_locale_fits_two_segments(app: Flask) -> None:
    with app.app_context():
        rt = runtime()
        assert set(REQUIRED_COMPLETE) <= set(rt.catalogs.enabled)
        texts = all_sms_texts(sample_context())
    locales = {locale for locale, _, _ in texts}
    assert locales == set(rt.catalogs.enabled)
    # Every step of the intake flow is among them, in every locale.
    assert len([t for t in texts if t[1] == "intake.what_happened"]) == len(locales)
    too_long = [(loc, what, segments(text)) for loc, what, text in texts if segments(text) > 2]
    assert too_long == []
