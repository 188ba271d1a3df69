"""Finding word-list concepts in free text, with simple negation, in any loaded language."""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Iterable
from dataclasses import dataclass
from functools import cache

from app.triage.lexicon import CONCEPTS, LEXICONS, Lexicon, lexicons_for
from app.triage.lexicon.model import BOUNDARIES
from app.triage.textnorm import INDIC, NON_WORD, WORD_CHAR, fold, words

_SEP = rf"{NON_WORD}+"
_SEP_UNSPACED = r"\s*"
# Illinois plates look like "AB 12345", "123 4567" or "ABC 123"; vanity plates mix both.
_PLATE = (
    r"(?:[a-z]{1,3}[\s-]?\d{2,5}|\d{2,5}-?[a-z]{1,3}|\d{3}[\s-]?\d{3,4}|\d{5,7}"
    r"|(?=[a-z]*\d)(?=\d*[a-z])[a-z0-9]{4,8})"
)
# "~" stands for a few characters of anything within a clause, for languages written
# without spaces ("把~带走": 把他带走, 把我丈夫带走).
_PLACEHOLDERS = {"_": rf"{WORD_CHAR}+", "<num>": r"\d{3,}", "<plate>": _PLATE, "~": r"[^\W_]{0,6}"}
# Scripts written without spaces, or with endings joined to the word: a Latin or Cyrillic
# word next to them still stands alone ("ICE来了", "ICE가 왔어요").
JOINED = (
    "\u1100-\u11ff\u3040-\u30ff\u3130-\u318f\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff"
)
# A character that continues a word for a phrase of the "words" kind.
EDGE = rf"(?:[^\W{JOINED}]|[{INDIC}])"
# What ends a clause in any script (。、 ، ؛ ۔ । too), and the question marks (Latin and
# Arabic; full-width ones fold to "?"). A negator never reaches across either.
CLAUSE_PUNCTUATION = ".;:!,\n¿¡()\u3001\u3002\u060c\u061b\u06d4\u0964\u0965"
QUESTION_MARKS = "?\u061f"
_CLAUSE_END = re.compile(f"[{re.escape(CLAUSE_PUNCTUATION + QUESTION_MARKS)}]")
_NEGATION_WINDOW = 3
# For text without spaces: how many characters a negator reaches ("没有人受伤").
_CHAR_WINDOW = 4

IDIOM = "idiom"
# (wider concept, narrower concept): when a match of the narrower one lies inside a match of
# the wider one, the wider reading wins. "patearon la puerta" is damage to a door, not force
# against a person; "policía de Chicago" is CPD, not some other police; "threatened to call
# ICE" does not mean ICE was there.
SUPPRESSES: frozenset[tuple[str, str]] = frozenset(
    {
        ("property_damage", "force"),
        ("at_door", "force"),
        ("agency_cpd", "agency_other_police"),
        # "Immigration police" (移民警察, cảnh sát di trú) are immigration agents.
        ("agency_ice", "agency_other_police"),
        ("agency_cbp", "agency_other_police"),
        ("agency_other_federal", "agency_other_police"),
        ("plate_hidden", "plate"),
        ("badge", "plate"),
        ("recent", "past"),
        ("now", "now_weak"),
        ("immigration_threat", "agency_ice"),
        ("immigration_threat", "agency_cbp"),
        ("immigration_threat", "agency_other_federal"),
        ("immigration_threat", "retaliation"),
        ("surveillance", "media"),
        ("retaliation", "media"),
        ("status_question", "id_check"),
        ("police_share", "question"),
    }
)


class LexiconError(ValueError):
    """A word list uses a concept or a phrase the matcher does not understand."""


@dataclass(frozen=True)
class Hit:
    """One concept found in one text; `negated` hits are kept so callers can see them."""

    concept: str
    start: int
    end: int
    negated: bool


@dataclass(frozen=True)
class Reading:
    """What the word lists found in one piece of text."""

    folded: str
    hits: tuple[Hit, ...]

    def has(self, concept: str) -> bool:
        return any(h.concept == concept and not h.negated for h in self.hits)

    def found(self) -> frozenset[str]:
        return frozenset(h.concept for h in self.hits if not h.negated)

    def first(self, concept: str) -> int | None:
        """Where the concept is first said (not negated), to tell which agency came first."""
        starts = [h.start for h in self.hits if h.concept == concept and not h.negated]
        return min(starts) if starts else None

    def near(self, a: str, b: str, chars: int) -> bool:
        """Whether `a` and `b` are both said, not negated, within `chars` of each other."""
        for x in self.hits:
            if x.concept != a or x.negated:
                continue
            for y in self.hits:
                if y.concept == b and not y.negated:
                    gap = max(x.start, y.start) - min(x.end, y.end)
                    if gap <= chars:
                        return True
        return False


def _tokens(phrase: str) -> list[str]:
    """Split a phrase on spaces, keeping "(a|b c)" groups whole."""
    tokens: list[str] = []
    current: list[str] = []
    depth = 0
    for ch in phrase:
        if ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
        if ch == " " and depth == 0:
            if current:
                tokens.append("".join(current))
                current = []
        else:
            current.append(ch)
    if depth != 0:
        raise LexiconError(f"unbalanced parentheses in phrase {phrase!r}")
    if current:
        tokens.append("".join(current))
    return tokens


@dataclass(frozen=True)
class _Style:
    """How one language's phrases are turned into patterns."""

    separator: str = _SEP
    clitics: str = ""  # an optional group of prefixes before each word, or ""

    @classmethod
    def of(cls, lexicon: Lexicon) -> _Style:
        separator = _SEP_UNSPACED if lexicon.boundaries == "none" else _SEP
        clitics = ""
        if lexicon.clitics:
            ordered = sorted({fold(c) for c in lexicon.clitics}, key=lambda c: (-len(c), c))
            clitics = "(?:" + "|".join(re.escape(c) for c in ordered) + "){0,3}"
        return cls(separator, clitics)


def _word(word: str, style: _Style) -> str:
    if word in _PLACEHOLDERS:
        return _PLACEHOLDERS[word]
    if word.endswith("*"):
        return style.clitics + re.escape(fold(word[:-1])) + rf"{WORD_CHAR}*"
    return style.clitics + re.escape(fold(word))


def _alternatives(group: str, style: _Style) -> str:
    options = [
        style.separator.join(_word(w, style) for w in alt.split()) for alt in group.split("|")
    ]
    if not all(options):
        raise LexiconError(f"empty alternative in {group!r}")
    return "(?:" + "|".join(options) + ")"


def compile_phrase(phrase: str, style: _Style | None = None) -> str:
    """The regular expression (without word boundaries) for one word-list phrase."""
    style = style or _Style()
    parts: list[str] = []
    for index, token in enumerate(_tokens(phrase)):
        optional = token.endswith("?") and len(token) > 1
        if optional:
            token = token[:-1]
            if index == 0:
                raise LexiconError(f"phrase starts with an optional token: {phrase!r}")
        if token.startswith("(") and token.endswith(")"):
            body = _alternatives(token[1:-1], style)
        elif "(" in token or ")" in token:
            raise LexiconError(f"stray parenthesis in phrase {phrase!r}")
        else:
            body = _word(token, style)
        if index == 0:
            parts.append(body)
        elif optional:
            parts.append(f"(?:{style.separator}{body})?")
        else:
            parts.append(f"{style.separator}{body}")
    if not parts:
        raise LexiconError("empty phrase")
    return "".join(parts)


def compile_concept(
    phrases: Iterable[str], boundaries: str = "words", style: _Style | None = None
) -> re.Pattern[str]:
    # Longer phrases first, so the fullest reading of a passage is the one reported.
    ordered = sorted(set(phrases), key=lambda p: (-len(p), p))
    body = "|".join(compile_phrase(p, style) for p in ordered)
    if boundaries == "none":
        return re.compile(f"(?:{body})")
    if boundaries == "start":
        return re.compile(rf"(?<!{WORD_CHAR})(?:{body})")
    return re.compile(rf"(?<!{EDGE})(?:{body})(?!{EDGE})")


def _token_anchors(token: str) -> frozenset[str] | None:
    """Literal text any match of one phrase token must contain, or None if there is none."""
    if token.startswith("(") and token.endswith(")"):
        found: set[str] = set()
        for alternative in token[1:-1].split("|"):
            words_ = alternative.split()
            anchor = _token_anchors(words_[0]) if words_ else None
            if anchor is None:
                return None
            found |= anchor
        return frozenset(found)
    if token in _PLACEHOLDERS:
        return None
    literal = fold(token[:-1] if token.endswith("*") else token)
    return frozenset({literal}) if literal else None


def phrase_anchors(phrase: str) -> frozenset[str] | None:
    """Strings of which a text must contain one for `phrase` to match (a cheap pre-check)."""
    best: frozenset[str] | None = None
    for token in _tokens(phrase):
        if token.endswith("?") and len(token) > 1:
            continue
        anchors = _token_anchors(token)
        # The rarest-looking word decides: "ils ont arrete" is checked by "arrete".
        if anchors and (best is None or min(map(len, anchors)) > min(map(len, best))):
            best = anchors
    return best


def concept_anchors(phrases: Iterable[str]) -> frozenset[str] | None:
    """The union of the phrases' anchors; None when some phrase has none (always search)."""
    found: set[str] = set()
    for phrase in phrases:
        anchors = phrase_anchors(phrase)
        if anchors is None:
            return None
        found |= anchors
    return frozenset(found)


@dataclass(frozen=True)
class Concept:
    pattern: re.Pattern[str]
    # A text holding none of these cannot match; checked before the pattern is run.
    anchors: frozenset[str] | None

    def finditer(self, folded: str) -> Iterable[re.Match[str]]:
        if self.anchors is not None and not any(a in folded for a in self.anchors):
            return ()
        return self.pattern.finditer(folded)


@cache
def compiled(locale: str) -> dict[str, Concept]:
    """The concept patterns of one language, compiled once per process."""
    lexicon = LEXICONS[locale]
    unknown = set(lexicon.concepts) - CONCEPTS
    if unknown:
        raise LexiconError(f"{locale}: unknown concepts {sorted(unknown)}")
    if lexicon.boundaries not in BOUNDARIES:
        raise LexiconError(f"{locale}: unknown boundaries {lexicon.boundaries!r}")
    style = _Style.of(lexicon)
    return {
        name: Concept(compile_concept(phrases, lexicon.boundaries, style), concept_anchors(phrases))
        for name, phrases in lexicon.concepts.items()
    }


def warm_up() -> None:
    """Compile every language's word lists at once (they are otherwise compiled on first use)."""
    for locale in LEXICONS:
        compiled(locale)


@dataclass(frozen=True)
class _Grammar:
    negators: dict[str, int]
    # Negators that follow what they negate; keys ending in "*" match word starts.
    post_negators: dict[str, int]
    # Negators of languages written without spaces, matched as strings; reach in characters.
    char_negators: dict[str, int]
    char_breaks: tuple[str, ...]
    breaks: frozenset[str]
    determiners: frozenset[str]


@cache
def _grammar(locales: tuple[str, ...]) -> _Grammar:
    negators: dict[str, int] = {}
    post: dict[str, int] = {}
    chars: dict[str, int] = {}
    char_breaks: set[str] = set()
    breaks: set[str] = set()
    determiners: set[str] = set()
    for locale in locales:
        lexicon = LEXICONS[locale]
        if lexicon.boundaries == "none":
            for word, reach in lexicon.negators.items():
                chars[fold(word)] = max(reach, chars.get(fold(word), 0))
            char_breaks |= {fold(b) for b in lexicon.clause_breaks}
            continue
        for word, reach in lexicon.negators.items():
            negators[fold(word)] = max(reach, negators.get(fold(word), 0))
        for word, reach in lexicon.post_negators.items():
            post[fold(word)] = max(reach, post.get(fold(word), 0))
        breaks |= {fold(b) for b in lexicon.clause_breaks}
        determiners |= {fold(d) for d in lexicon.determiners}
    # A word that negates in one language ("no") must not end a clause from another.
    return _Grammar(
        negators,
        post,
        chars,
        tuple(sorted(char_breaks, key=len, reverse=True)),
        frozenset(breaks - set(negators) - set(post)),
        frozenset(determiners),
    )


def _clause_before(folded: str, start: int) -> str:
    before = folded[:start]
    ends = [m.end() for m in _CLAUSE_END.finditer(before)]
    return before[ends[-1] :] if ends else before


def _clause_after(folded: str, end: int) -> str:
    after = folded[end:]
    found = _CLAUSE_END.search(after)
    return after[: found.start()] if found else after


def _is_post_negator(token: str, post: dict[str, int]) -> int | None:
    if token in post:
        return post[token]
    for key, reach in post.items():
        if key.endswith("*") and token.startswith(key[:-1]):
            return reach
    return None


def _negator_near(
    tokens: Iterable[str], reach_of: Callable[[str], int | None], grammar: _Grammar
) -> bool:
    """Whether a negator is among the first words of `tokens` (nearest first) within its
    reach; a clause break stops the search and determiners ("a", "la") are not counted."""
    counted = 0
    for token in tokens:
        if token in grammar.breaks:
            return False
        reach = reach_of(token)
        if reach is None and token in grammar.determiners:
            continue
        counted += 1
        if reach is not None and counted <= reach:
            return True
        if counted >= _NEGATION_WINDOW:
            return False
    return False


def _negated_before(clause: str, grammar: _Grammar) -> bool:
    return _negator_near(reversed(words(clause)), grammar.negators.get, grammar)


def _negated_after(clause: str, grammar: _Grammar) -> bool:
    if not grammar.post_negators:
        return False
    return _negator_near(
        words(clause), lambda token: _is_post_negator(token, grammar.post_negators), grammar
    )


def _negated_chars(clause: str, grammar: _Grammar) -> bool:
    """A negator of an unspaced language a few characters before ("没有人受伤")."""
    tail = clause.rstrip()
    for negator, reach in grammar.char_negators.items():
        at = tail.rfind(negator)
        if at < 0:
            continue
        between = tail[at + len(negator) :]
        # A space is a pause in text without spaces: it ends the negator's reach.
        if (
            len(between) <= reach
            and " " not in between
            and not any(b in between for b in grammar.char_breaks)
        ):
            return True
    return False


def _negated(folded: str, start: int, end: int, grammar: _Grammar) -> bool:
    before = _clause_before(folded, start)
    if _negated_before(before, grammar):
        return True
    # The window plus room for the negator itself ("没有" and the like are short).
    if grammar.char_negators and _negated_chars(before[-(_CHAR_WINDOW + 4) :], grammar):
        return True
    return _negated_after(_clause_after(folded, end), grammar)


def _suppressed(hit: tuple[str, int, int], spans: list[tuple[str, int, int]]) -> bool:
    concept, start, end = hit
    return concept == IDIOM or any(
        (other == IDIOM or (other, concept) in SUPPRESSES) and o_start <= start and end <= o_end
        for other, o_start, o_end in spans
        if (other, o_start, o_end) != hit
    )


def read(text: str, locale: str, concepts: Collection[str] | None = None) -> Reading:
    """Every concept the word lists for `locale` (and the always-read ones) find in `text`."""
    folded = fold(text)
    lexicons: tuple[Lexicon, ...] = lexicons_for(locale)
    spans: set[tuple[str, int, int]] = set()
    for lexicon in lexicons:
        for concept, pattern in compiled(lexicon.locale).items():
            if concepts is not None and concept not in concepts:
                continue
            for match in pattern.finditer(folded):
                spans.add((concept, match.start(), match.end()))
    ordered = sorted(spans, key=lambda s: (s[1], s[2], s[0]))
    grammar = _grammar(tuple(lex.locale for lex in lexicons))
    kept = [span for span in ordered if not _suppressed(span, ordered)]
    kept_spans = set(kept)
    # A negator inside a phrase belongs to that phrase ("no se identificaron", "không có
    # logo", "पता नहीं"): it says what the phrase says and negates nothing after it. A
    # question's words ("puch sakti hai") still make what they ask about hypothetical.
    masks = [
        (start, end)
        for concept, start, end in ordered
        if concept != "question"
        and (concept == IDIOM or (concept, start, end) in kept_spans)
        and _holds_negator(folded[start:end], grammar)
    ]
    hits = tuple(
        Hit(concept, start, end, _negated(_masked(folded, masks, start, end), start, end, grammar))
        for concept, start, end in kept
    )
    return Reading(folded, hits)


def _holds_negator(phrase: str, grammar: _Grammar) -> bool:
    tokens = words(phrase)
    if any(t in grammar.negators or _is_post_negator(t, grammar.post_negators) for t in tokens):
        return True
    return any(n in phrase for n in grammar.char_negators)


def _masked(folded: str, masks: list[tuple[int, int]], start: int, end: int) -> str:
    """The text with every other negator-holding phrase shown as one neutral word."""
    if not masks:
        return folded
    out = folded
    for m_start, m_end in masks:
        if m_end <= start or m_start >= end:
            out = out[:m_start] + "x" + " " * (m_end - m_start - 1) + out[m_end:]
    return out
