"""Supported locales, locale selection, and the gettext catalogs shared by pages and flows."""

from __future__ import annotations

import os
import tempfile
import threading
from dataclasses import dataclass
from pathlib import Path

from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po
from babel.support import NullTranslations, Translations
from flask import g, has_request_context
from flask_babel import Domain, get_locale

from app.locale_codes import ALL_LOCALES as ALL_LOCALES  # shared with triage

LOCALES_DIR = Path(__file__).resolve().parent.parent / "locales"
DOMAIN = "messages"
DEFAULT_LOCALE = "en"

RTL_LOCALES = frozenset({"ar", "ur"})
# Locales that must always be 100% translated; CI fails otherwise. Every resident's
# language is: a prompt added in English must be translated into all of them.
REQUIRED_COMPLETE: tuple[str, ...] = ALL_LOCALES

# Each language's name in its own language and script, for every language menu.
NATIVE_NAMES: dict[str, str] = {
    "en": "English",
    "es": "Español",
    "pl": "Polski",
    "zh_Hans": "中文",
    "ar": "العربية",
    "hi": "हिन्दी",
    "ur": "اردو",
    "tl": "Tagalog",
    "ru": "Русский",
    "uk": "Українська",
    "ko": "한국어",
    "vi": "Tiếng Việt",
    "gu": "ગુજરાતી",
    "fr": "Français",
}


class I18nError(RuntimeError):
    """The catalogs cannot serve the default locale."""


def text_direction(locale: str) -> str:
    return "rtl" if locale in RTL_LOCALES else "ltr"


@dataclass(frozen=True)
class CatalogStatus:
    locale: str
    total: int
    translated: int

    @property
    def complete(self) -> bool:
        return self.total > 0 and self.translated == self.total


def _po_path(locales_dir: Path, locale: str) -> Path:
    return locales_dir / locale / "LC_MESSAGES" / f"{DOMAIN}.po"


def compile_catalogs(locales_dir: Path = LOCALES_DIR) -> dict[str, CatalogStatus]:
    """Build missing or stale .mo files (atomically: several workers may start at once)."""
    statuses: dict[str, CatalogStatus] = {}
    for locale in ALL_LOCALES:
        po = _po_path(locales_dir, locale)
        if not po.exists():
            continue
        with po.open("rb") as handle:
            catalog = read_po(handle, locale=locale)
        messages = [m for m in catalog if m.id]
        translated = [
            m
            for m in messages
            if not m.fuzzy and (all(m.string) if isinstance(m.string, tuple) else bool(m.string))
        ]
        statuses[locale] = CatalogStatus(locale, len(messages), len(translated))
        mo = po.with_suffix(".mo")
        if mo.exists() and mo.stat().st_mtime >= po.stat().st_mtime:
            continue
        fd, tmp = tempfile.mkstemp(dir=po.parent, suffix=".mo.tmp")
        with os.fdopen(fd, "wb") as out:
            write_mo(out, catalog, use_fuzzy=False)
        os.replace(tmp, mo)
    return statuses


class Catalogs:
    """Translations by locale for code that runs outside a request (flows, SMS, workers)."""

    def __init__(self, locales_dir: Path = LOCALES_DIR) -> None:
        self.locales_dir = locales_dir
        self.status = compile_catalogs(locales_dir)
        # English is the source language: its catalog may be empty and still be complete.
        self.enabled: tuple[str, ...] = tuple(
            loc
            for loc in ALL_LOCALES
            if loc == DEFAULT_LOCALE or (loc in self.status and self.status[loc].complete)
        )
        self._cache: dict[str, NullTranslations] = {}
        self._lock = threading.Lock()
        if DEFAULT_LOCALE not in self.enabled:
            raise I18nError("the default locale has no usable catalog")

    def translations(self, locale: str) -> NullTranslations:
        with self._lock:
            if locale not in self._cache:
                loaded = Translations.load(str(self.locales_dir), [locale], DOMAIN)
                self._cache[locale] = loaded
            return self._cache[locale]

    def translate(self, locale: str, msgid: str, **params: object) -> str:
        text = self.translations(locale).gettext(msgid)
        return text % params if params else text

    def translate_in(self, locale: str, context: str, msgid: str) -> str:
        return str(self.translations(locale).pgettext(context, msgid))

    def best_match(self, wanted: str | None) -> str | None:
        """The enabled locale for a code such as 'es', 'es-MX', 'zh-Hans-CN' or 'zh'."""
        if not wanted:
            return None
        code = wanted.replace("-", "_").strip()
        lowered = {loc.lower(): loc for loc in self.enabled}
        if code.lower() in lowered:
            return lowered[code.lower()]
        base = code.split("_")[0].lower()
        if base == "zh" and "zh_Hans" in self.enabled:
            return "zh_Hans"
        return lowered.get(base)


class CatalogDomain(Domain):
    """Flask-Babel's gettext for pages, reading the app's own catalogs by its locale codes.

    Flask-Babel would load the catalog named after Babel's idea of the locale, and Babel
    reads "tl" (Tagalog) as Filipino, "fil_PH": pages in Tagalog would fall back to English.
    """

    def get_translations(self) -> NullTranslations:
        if not has_request_context():
            return super().get_translations()  # type: ignore[no-any-return]
        from app.runtime import runtime  # the runtime holds the catalogs; it imports us

        get_locale()  # the selector runs once per request and records the code it chose
        code = g.get("selected_locale") or "en"
        return runtime().catalogs.translations(str(code))
