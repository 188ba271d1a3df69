"""The locales Testigo speaks (CONTRACT "Locales"), in language-menu order.

A module of its own, with no imports, so that triage (pure, no Flask) and the web side
share one list.
"""

from __future__ import annotations

ALL_LOCALES: tuple[str, ...] = (
    "en",
    "es",
    "pl",
    "zh_Hans",
    "ar",
    "hi",
    "ur",
    "tl",
    "ru",
    "uk",
    "ko",
    "vi",
    "gu",
    "fr",
)
