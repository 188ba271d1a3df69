"""Keywords that work at any point, as a whole message, in every supported language."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from app.engine.markers import NP_
from app.engine.text import fold, word_list

# Twilio's own opt-out words: Twilio stops delivery after them, so they always end the
# conversation silently, and none of them may ever mean anything else here.
TWILIO_OPT_OUT = ("stop", "stopall", "unsubscribe", "cancel", "end", "quit", "revoke", "optout")

# Each list is a translator's comma-separated set of words a resident may type.
KEYWORDS: dict[str, tuple[str, str]] = {
    # TRANSLATORS: words that end the conversation. Comma-separated, any number of them.
    "stop": NP_("keyword", "STOP"),
    # TRANSLATORS: words that start again after STOP. Comma-separated. Never "yes".
    "start": NP_("keyword", "START, UNSTOP"),
    # TRANSLATORS: words asking what this line is. Comma-separated.
    "help": NP_("keyword", "HELP, INFO"),
    # TRANSLATORS: words that show the language menu. Comma-separated.
    "language": NP_("keyword", "LANGUAGE, LANG"),
    # TRANSLATORS: words that go back to the first question. Comma-separated.
    "menu": NP_("keyword", "MENU, RESTART"),
    # TRANSLATORS: words that erase the report in progress. Comma-separated. Never "cancel".
    "delete": NP_("keyword", "DELETE"),
    # TRANSLATORS: the word before a receipt number to check a report. Comma-separated.
    "status": NP_("keyword", "STATUS"),
    # TRANSLATORS: words that skip a question. Comma-separated.
    "skip": NP_("keyword", "SKIP, PASS"),
}

ANSWER_WORDS: dict[str, tuple[str, str]] = {
    # TRANSLATORS: ways to answer yes, comma-separated.
    "yes": NP_("answer", "yes, y, yeah, yep, sure"),
    # TRANSLATORS: ways to answer no, comma-separated.
    "no": NP_("answer", "no, n, nope"),
    # TRANSLATORS: ways to say "I don't know", comma-separated.
    "dont_know": NP_("answer", "not sure, don't know, dont know, unsure, idk, maybe"),
}

# "Language" in each language Testigo is built for, so a resident can find the menu
# even when the catalog of their language is not yet complete.
LANGUAGE_WORDS = (
    "language",
    "lang",
    "idioma",
    "lenguaje",
    "język",
    "jezyk",
    "语言",
    "語言",
    "لغة",
    "اللغة",
    "भाषा",
    "زبان",
    "wika",
    "язык",
    "мова",
    "언어",
    "ngôn ngữ",
    "ngon ngu",
    "ભાષા",
    "langue",
)


def skip_word(catalogs: object, locale: str) -> str:
    """The word that skips a question in this language (the Skip button, voice silence)."""
    context, msgid = KEYWORDS["skip"]
    words = word_list(catalogs.translate_in(locale, context, msgid))  # type: ignore[attr-defined]
    return words[0].upper() if words else "SKIP"


@dataclass(frozen=True)
class Keyword:
    kind: str
    argument: str = ""
    # The language the word belongs to, when only one language uses it.
    locale: str | None = None


class KeywordIndex:
    """Folded words of every enabled locale, looked up in one dictionary."""

    def __init__(self, catalogs: object, locales: Iterable[str]) -> None:
        self._words: dict[str, str] = {}
        self._answers: dict[str, str] = {}
        # Which languages use each word: "estado" is Spanish only, "info" is shared.
        self._locales: dict[str, set[str]] = {}
        translate = catalogs.translate_in  # type: ignore[attr-defined]
        for locale in locales:
            for kind, (context, msgid) in KEYWORDS.items():
                for word in word_list(translate(locale, context, msgid)):
                    self._words.setdefault(word, kind)
                    self._locales.setdefault(word, set()).add(locale)
            for code, (context, msgid) in ANSWER_WORDS.items():
                for word in word_list(translate(locale, context, msgid)):
                    self._answers.setdefault(word, code)
        for word in LANGUAGE_WORDS:
            self._words.setdefault(fold(word), "language")
        for word in TWILIO_OPT_OUT:
            self._words[word] = "stop"
        self._status_phrases = sorted(
            (w for w, k in self._words.items() if k == "status"), key=len, reverse=True
        )

    def match(self, text: str) -> Keyword | None:
        folded = fold(text)
        if not folded:
            return None
        kind = self._words.get(folded)
        if kind is not None:
            return Keyword(kind, locale=self._locale_of(folded))
        # "STATUS 1234-5678-...", or a status phrase of several words ("TÌNH TRẠNG 1234…"):
        # the longest phrase that starts the message, then the receipt.
        for word in self._status_phrases:
            if folded.startswith(word + " "):
                rest = folded[len(word) + 1 :].strip()
                if rest:
                    return Keyword("status", rest, self._locale_of(word))
        return None

    def _locale_of(self, word: str) -> str | None:
        locales = self._locales.get(word, set())
        return next(iter(locales)) if len(locales) == 1 else None

    def answer(self, text: str) -> str | None:
        """yes, no or dont_know for a word typed in any enabled language."""
        return self._answers.get(fold(text))
