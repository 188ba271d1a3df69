"""Catalog upkeep: extract the template, update locales, and check them the way CI does."""

from __future__ import annotations

import io
import re
from collections import Counter
from pathlib import Path

from babel.messages.catalog import Catalog, Message
from babel.messages.extract import extract_from_dir
from babel.messages.pofile import read_po, write_po

from app.i18n import ALL_LOCALES, DEFAULT_LOCALE, DOMAIN, LOCALES_DIR

ROOT = LOCALES_DIR.parent
POT = LOCALES_DIR / f"{DOMAIN}.pot"
METHOD_MAP = [
    ("app/**.py", "python"),
    ("app/templates/**.html", "jinja2.ext:babel_extract"),
    ("conversations/*.yaml", "app.engine.babel_extract:extract_flow"),
]
OPTIONS_MAP = {"app/templates/**.html": {"extensions": "jinja2.ext.i18n"}}
KEYWORDS = {
    "_": None,
    "_l": None,
    "gettext": None,
    "lazy_gettext": None,
    "N_": None,
    "ngettext": (1, 2),
    "NP_": ((1, "c"), 2),
    "pgettext": ((1, "c"), 2),
}
# English is the source language: its msgids are its text, so it has no catalog.
TRANSLATED_LOCALES = tuple(loc for loc in ALL_LOCALES if loc != DEFAULT_LOCALE)
_PLACEHOLDER = re.compile(r"%\((\w+)\)[sd]|\{(\w+)\}")
_HTML = re.compile(r"<\s*/?\s*[a-zA-Z][^>]*>")


def extract() -> Catalog:
    catalog = Catalog(
        project="Testigo", version="1", msgid_bugs_address="", charset="utf-8", fuzzy=False
    )
    for filename, lineno, message, comments, context in extract_from_dir(
        str(ROOT),
        METHOD_MAP,
        OPTIONS_MAP,
        KEYWORDS,
        comment_tags=("TRANSLATORS:",),
        strip_comment_tags=True,
    ):
        # Line numbers are left out of the written template so it only changes with the text.
        catalog.add(message, None, [(filename, lineno)], auto_comments=comments, context=context)
    return catalog


def render(catalog: Catalog) -> str:
    out = io.BytesIO()
    write_po(out, catalog, sort_output=True, include_lineno=False, width=100)
    text = out.getvalue().decode("utf-8")
    # Dates in the header would make every extraction differ; they say nothing useful here.
    return re.sub(r'"(POT-Creation-Date|PO-Revision-Date): [^"]*\\n"\n', "", text)


def write_template() -> Path:
    POT.write_text(render(extract()), encoding="utf-8")
    return POT


def update_locales(locales: tuple[str, ...] = TRANSLATED_LOCALES) -> list[Path]:
    """Merge the template into each locale's catalog, creating missing ones."""
    with POT.open("rb") as handle:
        template = read_po(handle)
    written = []
    for locale in locales:
        path = LOCALES_DIR / locale / "LC_MESSAGES" / f"{DOMAIN}.po"
        if path.exists():
            with path.open("rb") as handle:
                catalog = read_po(handle, locale=locale)
        else:
            path.parent.mkdir(parents=True, exist_ok=True)
            catalog = Catalog(locale=locale, project="Testigo", version="1", fuzzy=False)
        catalog.update(template, update_header_comment=False, no_fuzzy_matching=True)
        catalog.obsolete.clear()
        path.write_text(render(catalog), encoding="utf-8")
        written.append(path)
    return written


def placeholder_counts(text: str) -> Counter[str]:
    """Each placeholder and how often it appears: a translation keeps them all, as often."""
    return Counter(a or b for a, b in _PLACEHOLDER.findall(text))


def _strings(message: Message) -> list[str]:
    if isinstance(message.string, tuple | list):
        return [s for s in message.string]
    return [message.string or ""]


def check(complete_locales: tuple[str, ...]) -> list[str]:
    """Problems CI refuses: a stale template, untranslated or broken entries."""
    problems: list[str] = []
    current = render(extract())
    if not POT.exists() or POT.read_text(encoding="utf-8") != current:
        problems.append(
            "locales/messages.pot does not match the code and flows "
            "(run: flask --app app i18n extract)"
        )
    template_ids = {
        (m.id if isinstance(m.id, str) else m.id[0], m.context)
        for m in read_po(io.BytesIO(current.encode()))
        if m.id
    }
    for locale in TRANSLATED_LOCALES:
        path = LOCALES_DIR / locale / "LC_MESSAGES" / f"{DOMAIN}.po"
        if not path.exists():
            if locale in complete_locales:
                problems.append(f"{locale}: no catalog")
            continue
        with path.open("rb") as handle:
            catalog = read_po(handle, locale=locale)
        for message in catalog:
            if not message.id:
                continue
            msgid = message.id if isinstance(message.id, str) else message.id[0]
            if (msgid, message.context) not in template_ids:
                continue
            strings = _strings(message)
            translated = [s for s in strings if s]
            if locale in complete_locales and (message.fuzzy or len(translated) != len(strings)):
                problems.append(f"{locale}: untranslated {msgid!r}")
                continue
            # Babel reads a plural with exactly the forms the header names: a missing one is
            # an empty string, so it is reported as untranslated above.
            plural = isinstance(message.id, tuple | list)
            # Each form of a plural follows the singular or the plural msgid; anything else
            # keeps every placeholder of its msgid, as often as the msgid has it.
            allowed = (
                [placeholder_counts(message.id[0]), placeholder_counts(message.id[1])]
                if plural
                else [placeholder_counts(msgid)]
            )
            for text in translated:
                if placeholder_counts(text) not in allowed:
                    problems.append(f"{locale}: placeholders differ in {msgid!r}")
                if _HTML.search(text) and not _HTML.search(msgid):
                    problems.append(f"{locale}: HTML in the translation of {msgid!r}")
        if locale in complete_locales:
            missing = template_ids - {
                (m.id if isinstance(m.id, str) else m.id[0], m.context) for m in catalog if m.id
            }
            for msgid, _ctx in sorted(missing, key=lambda x: x[0]):
                problems.append(f"{locale}: missing {msgid!r}")
        expected_forms = Catalog(locale=locale).plural_forms
        if catalog.num_plurals < 1 or catalog.plural_forms != expected_forms:
            problems.append(
                f"{locale}: plural forms {catalog.plural_forms!r}, expected {expected_forms!r}"
            )
    return problems
