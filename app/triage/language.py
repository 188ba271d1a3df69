"""Guessing a first message's language from its script and a few common words."""

from __future__ import annotations

import unicodedata
from collections import Counter
from collections.abc import Sequence

from app.triage.lexicon import LEXICONS
from app.triage.textnorm import fold, words

# Letters Urdu uses and Arabic does not (ٹ ڈ ڑ ں ے ھ ک گ, and ہ ی ۓ ۔).
_URDU = frozenset("\u0679\u0688\u0691\u06ba\u06d2\u06be\u06a9\u06af\u06c1\u06cc\u06d3\u06d4")
_UKRAINIAN = frozenset("іїєґІЇЄҐ")
_RUSSIAN = frozenset("ыэъёЫЭЪЁ")
_UK_WORDS = frozenset({"що", "це", "та", "як", "мені", "допоможіть", "вони", "тут", "є"})
_RU_WORDS = frozenset({"что", "это", "как", "мне", "помогите", "они", "здесь", "есть"})

# Script -> locale. Han is taken as Simplified Chinese: the only Chinese Testigo offers.
_SCRIPT_RANGES: tuple[tuple[int, int, str], ...] = (
    (0x0041, 0x024F, "latin"),
    (0x1E00, 0x1EFF, "latin"),
    (0x0370, 0x03FF, "greek"),
    (0x0400, 0x052F, "cyrillic"),
    (0x0600, 0x06FF, "arabic"),
    (0x0750, 0x077F, "arabic"),
    (0x08A0, 0x08FF, "arabic"),
    (0xFB50, 0xFDFF, "arabic"),
    (0xFE70, 0xFEFF, "arabic"),
    (0x0900, 0x097F, "devanagari"),
    (0x0A80, 0x0AFF, "gujarati"),
    (0x1100, 0x11FF, "hangul"),
    (0x3130, 0x318F, "hangul"),
    (0xAC00, 0xD7AF, "hangul"),
    (0x3400, 0x4DBF, "han"),
    (0x4E00, 0x9FFF, "han"),
    (0xF900, 0xFAFF, "han"),
)
_SCRIPT_LOCALE = {"han": "zh_Hans", "hangul": "ko", "devanagari": "hi", "gujarati": "gu"}

# Common short words (accent-folded) of the Latin-script languages, plus the words residents
# send first: greetings, "help", and the line's keywords (SKIP, LANGUAGE, DELETE).
_WORDS: dict[str, frozenset[str]] = {
    "en": frozenset(
        """
        the a an is are was were i you he she they we my your his her our their it at in on
        of to and or but not yes hi hello hey help please thanks thank what where when who
        how there here now right took take taken have has had do does did dont this that
        with for from door house home husband wife son daughter agents outside skip stop
        start menu language delete status arrested detained came come car street today
        yesterday morning night saw see just got
    """.split()
    ),
    "es": frozenset(
        """
        el la los las un una unos unas es son esta estan y o pero si yo tu ella ellos mi mis
        su sus de del en con por para que se lo le les me nos hola ayuda gracias favor aqui
        alla ahora ahorita migra policia llevaron llevo detuvieron esposo esposa hijo hija
        casa puerta saltar idioma borrar buenos buenas dias tardes noches necesito quiero hay
        muy como donde cuando quien afuera vecino ayer hoy estaba agentes fue ayudenme
        ayudame auxilio socorro necesitamos tengo miedo senora senor
    """.split()
    ),
    "pl": frozenset(
        """
        i w na z nie jest sa sie to do ze co jak tak moj moja moje mojego pomoc pomocy
        prosze dzien dobry czesc policja tutaj teraz maz meza zona drzwi pominac jezyk usun
        dziekuje ktory ale od po przy przez mnie jestem oni zabrali sa
    """.split()
    ),
    "fr": frozenset(
        """
        le la les un une des du de est sont et ou mais je tu il elle ils nous vous mon ma
        mes son sa ses au aux ce cette qui que pas ne oui non bonjour salut aide merci ici
        maintenant police porte mari femme passer langue supprimer avec pour dans sur chez
        aidez moi ont
    """.split()
    ),
    "tl": frozenset(
        """
        ang ng mga sa ako ikaw ka siya kami tayo sila ko mo niya namin po opo oo hindi na ay
        at may wala tulong salamat kumusta magandang umaga hapon gabi dito ngayon pulis
        asawa anak bahay pinto laktawan wika burahin kinuha nila
    """.split()
    ),
    "vi": frozenset(
        """
        toi khong cua giup nguoi duoc chong xin chao cam dang nhung voi nay tai canh sat
        nha bat
    """.split()
    ),
}

# Languages written in Latin letters, some of them romanized ("ICE wale mere pati ko le gaye").
_LATIN_LOCALES = ("en", "es", "pl", "fr", "tl", "vi", "hi", "ur", "gu")
_HINDUSTANI = ("hi", "ur")
# How many letters of a non-Latin script outweigh any number of Latin ones.
_MIN_OTHER_SCRIPT = 2


def _vocabulary() -> dict[str, frozenset[str]]:
    """The words above, with each language's own everyday words from its triage lists."""
    merged = dict(_WORDS)
    for locale in (*_LATIN_LOCALES, "uk", "ru"):
        lexicon = LEXICONS.get(locale)
        if lexicon is not None:
            # Latin-script languages keep only their Latin words ("mere", "che", "się"):
            # Devanagari or Urdu words are told apart by their script already.
            own = frozenset(
                folded
                for folded in map(fold, lexicon.common_words)
                if locale in ("uk", "ru") or all(_script(ch) in (None, "latin") for ch in folded)
            )
            merged[locale] = merged.get(locale, frozenset()) | own
    return merged


# Letters that point to one language (or share their weight among a few).
_LETTERS: dict[str, tuple[str, ...]] = {
    **dict.fromkeys("ñ¿¡", ("es",)),
    **dict.fromkeys("ąęłńśźżć", ("pl",)),
    **dict.fromkeys("çœëïîûÿ", ("fr",)),
    **dict.fromkeys("đăơư", ("vi",)),
    **dict.fromkeys("áíú", ("es", "vi")),
    "ó": ("es", "pl", "vi"),
    "é": ("es", "fr", "vi"),
    **dict.fromkeys("àèùâêô", ("fr", "vi")),
    **dict.fromkeys("ãõĩũỹỳ", ("vi",)),
}


def _script(ch: str) -> str | None:
    code = ord(ch)
    for start, end, name in _SCRIPT_RANGES:
        if start <= code <= end:
            return name if name != "latin" or ch.isalpha() else None
    return None


_VOCABULARY = _vocabulary()
# Words only one of Ukrainian and Russian uses ("що" against "что"; "не" counts for neither).
_UK_ALL = {fold(w) for w in _UK_WORDS} | _VOCABULARY.get("uk", frozenset())
_RU_ALL = {fold(w) for w in _RU_WORDS} | _VOCABULARY.get("ru", frozenset())
_ONLY_UK = frozenset(_UK_ALL - _RU_ALL)
_ONLY_RU = frozenset(_RU_ALL - _UK_ALL)


def _latin_scores(text: str) -> dict[str, float]:
    scores: dict[str, float] = {}
    for token in words(fold(text)):
        langs = [
            lang
            for lang, vocabulary in _VOCABULARY.items()
            if lang in _LATIN_LOCALES and token in vocabulary
        ]
        for lang in langs:
            scores[lang] = scores.get(lang, 0.0) + 1 / len(langs)
    for ch in text.lower():
        shared = _LETTERS.get(ch)
        if shared is None and 0x1EA0 <= ord(ch) <= 0x1EF9:
            shared = ("vi",)  # Vietnamese letters with tone marks
        for lang in shared or ():
            scores[lang] = scores.get(lang, 0.0) + 1 / len(shared or ())
    return scores


def _ranked(text: str) -> list[tuple[str, float]]:
    """Locales with a score, best first."""
    scripts = Counter(s for s in map(_script, text) if s is not None)
    if not scripts:
        return []
    script = scripts.most_common(1)[0][0]
    # "help ICE来了", "police 来了": English words ride along in every language (and are
    # read anyway), so a few letters of another script say more about the writer.
    other = [(name, n) for name, n in scripts.most_common() if name != "latin"]
    if script == "latin" and other and other[0][1] >= _MIN_OTHER_SCRIPT:
        script = other[0][0]
    if script == "latin":
        scores = _latin_scores(text)
        ranked = sorted(scores.items(), key=lambda kv: -kv[1])
        if ranked and ranked[0][0] in _HINDUSTANI:
            # Romanized Hindi and Urdu are one spoken language: which script the writer
            # reads cannot be told from Latin letters, so ask rather than guess.
            best = max(scores.get(code, 0.0) for code in _HINDUSTANI)
            scores.update(dict.fromkeys(_HINDUSTANI, best))
            ranked = sorted(scores.items(), key=lambda kv: -kv[1])
        return ranked
    if script == "arabic":
        urdu = sum(ch in _URDU for ch in text)
        return [("ur", 2.0), ("ar", 1.0)] if urdu else [("ar", 2.0), ("ur", 1.0)]
    if script == "cyrillic":
        tokens = set(words(fold(text)))
        uk = sum(ch in _UKRAINIAN for ch in text) + len(tokens & _ONLY_UK)
        ru = sum(ch in _RUSSIAN for ch in text) + len(tokens & _ONLY_RU)
        return [("uk", 2.0), ("ru", 1.0)] if uk > ru else [("ru", 2.0), ("uk", 1.0)]
    locale = _SCRIPT_LOCALE.get(script)
    return [(locale, 2.0)] if locale else []


def detect_language(text: str, candidates: Sequence[str]) -> str | None:
    """The most likely locale of `text` among `candidates`, or None with nothing to go on.

    A locale that is not a candidate is never returned; when the best guess is not offered,
    the next best that is offered is. Two candidates just as likely: None (ask, don't guess).
    """
    text = unicodedata.normalize("NFC", text)
    offered = [(loc, score) for loc, score in _ranked(text) if loc in candidates and score > 0]
    if not offered:
        return None
    if len(offered) > 1 and abs(offered[0][1] - offered[1][1]) < 1e-9:
        return None
    return offered[0][0]
