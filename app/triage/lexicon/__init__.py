"""Per-language word lists for triage, the small phrase syntax they use, and their registry.

Each language lives in its own module (``en.py``, ``es.py``, ...) and is reviewed like code:
a phrase added here changes how reports are prioritised. Phrases are written in lower case;
accents are optional because text and phrases are folded the same way ("policía" matches
"policia"). The syntax, kept small so a reviewer who does not read regular expressions can
still check a list:

- words separated by spaces match words separated by any spaces or punctuation;
- ``word*`` matches any word that starts with ``word`` ("arrest*": arrested, arrests);
- ``(a|b c)`` matches one of the alternatives ("a", or "b" then "c");
  ``(a|b)?`` and ``word?`` may be absent;
- ``_`` matches any one word, ``_?`` one word or none;
- ``<num>`` matches a number of three or more digits (a badge or star number);
- ``<plate>`` matches something shaped like a licence plate ("ABC 1234", "1234567", "ZX90K");
- ``~`` matches up to six letters of anything, for languages written without spaces
  ("把 ~ 带走": 把他带走, 把我丈夫带走); in such a language the spaces between a phrase's
  words are optional in the text.

A language sets how its phrases meet the surrounding text (``boundaries``: whole words,
word starts for languages that join endings to words, or none for Chinese), any prefixes
joined to words (``clitics``, Arabic ``و ب ل ال``), and negators that come after what they
negate (``post_negators``: Korean ``없다``, Hindi ``नहीं``).

A phrase may not start with an optional token. The ``idiom`` concept lists set phrases that
only look like a report ("me pegaron un susto" is a scare, not a blow): whatever is found
inside one is ignored.
"""

from __future__ import annotations

import importlib

from app.locale_codes import ALL_LOCALES
from app.triage.lexicon.model import CONCEPTS, Lexicon, TimeWords

__all__ = [
    "ALWAYS_READ",
    "CONCEPTS",
    "LEXICONS",
    "LOCALES",
    "Lexicon",
    "TimeWords",
    "lexicons_for",
]

# The languages Testigo speaks; each has a module here named after its locale.
LOCALES: tuple[str, ...] = ALL_LOCALES


def _load() -> dict[str, Lexicon]:
    loaded: dict[str, Lexicon] = {}
    for locale in LOCALES:
        try:
            module = importlib.import_module(f"app.triage.lexicon.{locale.lower()}")
        except ModuleNotFoundError as exc:
            if exc.name != f"app.triage.lexicon.{locale.lower()}":
                raise
            continue
        lexicon: Lexicon = module.LEXICON
        if lexicon.locale != locale:
            raise ValueError(f"{module.__name__} holds the word lists of {lexicon.locale!r}")
        loaded[locale] = lexicon
    return loaded


LEXICONS: dict[str, Lexicon] = _load()

# Chicago residents mix English and Spanish freely ("la migra arrested my tío"), so these
# lists are read in every conversation, whatever its language.
ALWAYS_READ: tuple[str, ...] = ("en", "es")


def lexicons_for(locale: str) -> tuple[Lexicon, ...]:
    """The word lists to read text in `locale` with: its own, then the ones always read."""
    order = [locale, *ALWAYS_READ]
    seen: list[str] = []
    for code in order:
        if code in LEXICONS and code not in seen:
            seen.append(code)
    return tuple(LEXICONS[code] for code in seen)
