"""`flask i18n check`, the gate every translation passes in CI: each way a catalog can be
broken is named, and the shipped catalogs pass."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

import pytest
from babel.messages.pofile import read_po, write_po

from app import i18n_tools
from app.i18n import ALL_LOCALES, LOCALES_DIR, REQUIRED_COMPLETE


@pytest.fixture
def locales(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A copy of the catalogs the check reads instead of the real ones."""
    copy = tmp_path / "locales"
    shutil.copytree(LOCALES_DIR, copy, ignore=shutil.ignore_patterns("*.mo"))
    monkeypatch.setattr(i18n_tools, "LOCALES_DIR", copy)
    monkeypatch.setattr(i18n_tools, "POT", copy / "messages.pot")
    return copy


def edit(locales: Path, locale: str, change: Callable[..., None]) -> None:
    path = locales / locale / "LC_MESSAGES" / "messages.po"
    with path.open("rb") as handle:
        catalog = read_po(handle, locale=locale)
    change(catalog)
    with path.open("wb") as handle:
        write_po(handle, catalog, width=100)


def test_the_shipped_catalogs_are_complete_and_clean() -> None:
    assert set(REQUIRED_COMPLETE) == set(ALL_LOCALES)
    assert i18n_tools.check(REQUIRED_COMPLETE) == []


def _set(msgid: str, value: object) -> Callable[..., None]:
    def change(catalog) -> None:  # type: ignore[no-untyped-def]
        for message in catalog:
            key = message.id[0] if isinstance(message.id, tuple) else message.id
            if key == msgid:
                message.string = value
                return
        raise AssertionError(f"no {msgid!r}")

    return change


@pytest.mark.parametrize(
    ("locale", "msgid", "value", "problem"),
    [
        ("ko", "Set status", "", "ko: untranslated 'Set status'"),
        (
            "pl",
            "Rapid response line: %(number)s",
            "Linia szybkiego reagowania",
            "pl: placeholders differ in 'Rapid response line: %(number)s'",
        ),
        (
            "ru",
            "Rapid response line: %(number)s",
            "Линия: %(numero)s",
            "ru: placeholders differ in 'Rapid response line: %(number)s'",
        ),
        ("gu", "Set status", "<b>સ્ટેટસ</b>", "gu: HTML in the translation of 'Set status'"),
    ],
)
def test_each_broken_entry_is_named(
    locales: Path, locale: str, msgid: str, value: str, problem: str
) -> None:
    edit(locales, locale, _set(msgid, value))
    assert problem in i18n_tools.check(REQUIRED_COMPLETE)


def test_a_plural_needs_every_form_of_its_language(locales: Path) -> None:
    def forms(count: int) -> Callable[..., None]:
        def change(catalog) -> None:  # type: ignore[no-untyped-def]
            for message in catalog:
                if isinstance(message.id, tuple):
                    strings = list(message.string)
                    message.string = tuple((strings * 2)[:count])
                    return
            raise AssertionError("no plural entry")

        return change

    edit(locales, "ru", forms(2))  # Russian has three forms: the missing one is untranslated
    problems = i18n_tools.check(REQUIRED_COMPLETE)
    assert any(p.startswith("ru: untranslated") for p in problems), problems


def test_wrong_plural_rules_are_refused(locales: Path) -> None:
    path = locales / "uk" / "LC_MESSAGES" / "messages.po"
    text = path.read_text(encoding="utf-8")
    start = text.index('"Plural-Forms:')
    end = text.index("\n", text.index('\\n"', start))
    path.write_text(
        text[:start] + '"Plural-Forms: nplurals=2; plural=(n != 1);\\n"' + text[end:],
        encoding="utf-8",
    )
    problems = i18n_tools.check(REQUIRED_COMPLETE)
    assert any(p.startswith("uk: plural forms") for p in problems), problems


def test_a_stale_template_is_refused(locales: Path) -> None:
    pot = locales / "messages.pot"
    pot.write_text(pot.read_text(encoding="utf-8").replace("Set status", "Set state"), "utf-8")
    assert any("does not match the code" in p for p in i18n_tools.check(REQUIRED_COMPLETE))
