"""The triage rules: priority, category, flags and agency from a report's answers and words."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field

from app.triage import codes as C
from app.triage.identifiers import NUMBER_ALONE, PLATE_ALONE, titled_names
from app.triage.lexicon import CONCEPTS, lexicons_for
from app.triage.matcher import CLAUSE_PUNCTUATION, QUESTION_MARKS, Reading, read
from app.triage.model import (
    AGENCIES,
    FEDERAL_AGENCIES,
    LOCAL_AGENCIES,
    Reason,
    Report,
    Text,
    Triage,
)
from app.triage.textnorm import word_count, words

ANSWER = "answer"
TEXT = "text"

TIME_CONCEPTS = frozenset({"now", "now_weak", "now_implied", "recent", "past"})
AGENCY_CONCEPTS = frozenset(
    {
        "agency_ice",
        "agency_cbp",
        "agency_other_federal",
        "agency_cpd",
        "agency_other_police",
    }
)
# What each kind of answer is read for. A place ("outside my house") is not a time, and the
# "when" answer says nothing about force; everything else is read for everything.
FIELD_CONCEPTS: dict[str, frozenset[str]] = {
    "when": TIME_CONCEPTS,
    "where": frozenset({"sensitive_location"}),
    "identifiers": frozenset({"badge", "agent_name", "plate", "plate_hidden", "no_id"})
    | AGENCY_CONCEPTS,
    "media": frozenset({"media"}),
}
STORY_FIELDS = frozenset({"narrative", "other"})
# Fewer words than this with nothing recognised is a greeting or noise, not an account.
MIN_STORY_WORDS = 4
# How close (in characters) "my son" must be to "took" to say the child was the one taken.
NEAR_TAKEN = 12
# How close a police mention must be to a status question to say the police asked it.
NEAR_POLICE = 40

_PRESENT_POLICE = frozenset({"stood_by", "blocked_traffic", "helped_detain", "shared_info"})
_POLICE_ANSWER_CODES = {
    "stood_by": "police_stood_by",
    "blocked_traffic": "police_blocked_traffic",
    "helped_detain": "police_helped_detain",
    "shared_info": "police_shared_info",
}
_HARM_ANSWER_CODES = {"force": "use_of_force", "injury": "injury", "weapon": "weapon_shown"}
_SIMPLE_TEXT_CODES = {
    "raid": "raid",
    "at_door": "agents_at_door",
    "roadblock": "roadblock",
    "surveillance": "surveillance",
    "property_damage": "property_damage",
    "retaliation": "retaliation",
    "masks": "masked_agents",
    "no_id": "agents_unidentified",
    "sensitive_location": "sensitive_location",
    "badge": "agent_identified",
    "agent_name": "agent_identified",
    "plate": "vehicle_identified",
    "plate_hidden": "plates_hidden",
    "agents_present": "agents_present",
    "question": "question_or_rights",
    "spam": "spam",
    "media": "evidence_media",
}
# What a resident may ask about rather than report ("can they come in without a warrant?",
# "can police ask my status?", "do I open the door when ICE is knocking?"). Arrests, force
# and the rest are never discounted this way: "can you help, they are taking my husband?"
# must stay an emergency.
ASKABLE = frozenset(
    {"no_warrant", "at_door", "status_question", "id_check", "now_weak", "now_implied"}
)
_CLAUSE_STOP = re.compile(f"[{re.escape(CLAUSE_PUNCTUATION + QUESTION_MARKS)}]")
# The rest of a clause that ends with a question mark.
_QUESTION_END = re.compile(f"[^{re.escape(CLAUSE_PUNCTUATION)}]*[{re.escape(QUESTION_MARKS)}]")


@dataclass
class _Found:
    """Reason codes gathered so far; an answer outranks the words for the same code."""

    sources: dict[str, str] = field(default_factory=dict)
    blocked: set[str] = field(default_factory=set)

    def add(self, code: str, source: str) -> None:
        if source == TEXT and code in self.blocked:
            return
        if self.sources.get(code) != ANSWER:
            self.sources[code] = source

    def block(self, *codes: str) -> None:
        """A structured answer said no: drop these codes where only the words said yes."""
        for code in codes:
            self.blocked.add(code)
            if self.sources.get(code) == TEXT:
                del self.sources[code]

    def discard(self, code: str) -> None:
        self.sources.pop(code, None)

    def __contains__(self, code: object) -> bool:
        return code in self.sources

    def codes(self) -> set[str]:
        return set(self.sources)


class _Answers:
    """Structured answers; a missing answer or "skipped" reads as None."""

    def __init__(self, answers: Mapping[str, object]) -> None:
        self._answers = answers

    def one(self, key: str) -> str | None:
        value = self._answers.get(key)
        if isinstance(value, Mapping):
            value = value.get("recency")
        if not isinstance(value, str) or value in ("", "skipped"):
            return None
        return value

    def many(self, key: str) -> frozenset[str]:
        value = self._answers.get(key)
        if isinstance(value, str):
            return frozenset() if value == "skipped" else frozenset({value})
        if isinstance(value, Sequence):
            return frozenset(v for v in value if isinstance(v, str))
        return frozenset()

    def any_given(self) -> bool:
        return any(value not in (None, "", "skipped", [], ()) for value in self._answers.values())


@dataclass(frozen=True)
class _Read:
    """One text and what the word lists found in it."""

    text: Text
    reading: Reading


class _Texts:
    """Everything the word lists found across a report's texts."""

    def __init__(self, texts: Sequence[Text]) -> None:
        self.items: list[_Read] = []
        for text in texts:
            if not text.text or not text.text.strip():
                continue
            allowed = FIELD_CONCEPTS.get(text.field, CONCEPTS)
            self.items.append(_Read(text, read(text.text, text.locale, allowed)))
        found: frozenset[str] = frozenset().union(*(r.reading.found() for r in self.items))
        # "Can ICE come into my house without a warrant?" asks; nobody came in.
        self.found = found - _only_asked(self.items)

    def __contains__(self, concept: object) -> bool:
        return concept in self.found

    def near(self, a: str, b: str, chars: int) -> bool:
        return any(r.reading.near(a, b, chars) for r in self.items)

    def first_of(self, agencies: Iterable[str]) -> str | None:
        """The agency named first, in the first text that names any of `agencies`."""
        for item in self.items:
            positions = {
                agency: pos
                for agency in agencies
                if (pos := item.reading.first(f"agency_{agency}")) is not None
            }
            if positions:
                return min(positions, key=lambda a: positions[a])
        return None

    def in_field(self, name: str) -> list[_Read]:
        return [r for r in self.items if r.text.field == name]

    def story_words(self) -> list[str]:
        return [
            w for r in self.items if r.text.field in STORY_FIELDS for w in words(r.reading.folded)
        ]

    def story_length(self) -> int:
        """About how many words the resident's story holds, in any script."""
        return sum(word_count(r.reading.folded) for r in self.items if r.text.field in STORY_FIELDS)


def _asked(folded: str, hit_start: int, hit_end: int, questions: list[int]) -> bool:
    """Whether a mention sits in a question: asked earlier in its clause, ending in "?"."""
    if not _QUESTION_END.match(folded[hit_end:]):
        return False
    return any(q <= hit_start and not _CLAUSE_STOP.search(folded[q:hit_start]) for q in questions)


def _only_asked(items: Sequence[_Read]) -> frozenset[str]:
    """Concepts of ASKABLE whose every mention is part of a question."""
    mentions: dict[str, list[bool]] = {}
    for item in items:
        reading = item.reading
        questions = [h.start for h in reading.hits if h.concept == "question"]
        for hit in reading.hits:
            if hit.concept in ASKABLE and not hit.negated:
                asked = bool(questions) and _asked(reading.folded, hit.start, hit.end, questions)
                mentions.setdefault(hit.concept, []).append(asked)
    return frozenset(concept for concept, asked in mentions.items() if all(asked))


def text_recency(found: Iterable[str]) -> str | None:
    """How recent the words say it is: explicit "now" beats a past marker, which beats an
    implied present ("they're outside"), so "took him yesterday, now I don't know where he
    is" is not read as happening now."""
    present = set(found)
    if "now" in present:
        return "now"
    if "recent" in present:
        return "within_hour"
    if "past" in present:
        return "earlier"
    if present & {"now_weak", "now_implied"}:
        return "now"
    return None


def _is_test(texts: _Texts) -> bool:
    story = [r for r in texts.items if r.text.field in STORY_FIELDS]
    if not story:
        return False
    lexicons = lexicons_for(story[0].text.locale)
    test_words = frozenset().union(*(lex.test_words for lex in lexicons))
    filler = frozenset().union(*(lex.test_filler for lex in lexicons))
    tokens = texts.story_words()
    return any(t in test_words for t in tokens) and all(
        t in test_words or t in filler or t.isdigit() for t in tokens
    )


def _says_none(item: _Read) -> bool:
    """Whether a media answer means "no one has any" rather than naming who does."""
    lexicons = lexicons_for(item.text.locale)
    tokens = words(item.reading.folded)
    if not tokens:
        return True
    negators = {w for lex in lexicons for w, reach in lex.negators.items() if reach >= 3}
    if tokens[0] in negators:
        return True
    joined = " ".join(tokens)
    unknown = frozenset().union(*(lex.unknown_answers for lex in lexicons))
    return any(joined == u or joined.startswith(u + " ") for u in unknown)


def _identifier_hints(item: _Read) -> set[str]:
    """Names, badge numbers and plates in the identifiers answer, beyond the word lists."""
    found: set[str] = set()
    folded = item.reading.folded
    if titled_names(folded, item.text.locale):
        found.add("agent_identified")
    plates = list(PLATE_ALONE.finditer(folded))
    if plates and not item.reading.has("plate_hidden"):
        found.add("vehicle_identified")
    taken = [range(m.start(), m.end()) for m in plates]
    for match in NUMBER_ALONE.finditer(folded):
        if not any(match.start() in span for span in taken):
            found.add("agent_identified")
    return found


@dataclass(frozen=True)
class _Who:
    """Which agencies the answers and words name, and where the agency code came from."""

    agency: str
    source: str
    federal_present: bool
    local_present: bool
    # "Agents" or unmarked vans count as federal: residents name local police as police.
    federal_context: bool
    local_named_in_words: bool

    @property
    def local_only(self) -> bool:
        return self.local_present and not self.federal_context


def _when(answers: _Answers, texts: _Texts, found: _Found) -> str:
    """Adds the time reason; returns where the time came from."""
    recency = answers.one("when")
    source = ANSWER
    if recency not in ("now", "within_hour", "today", "earlier"):
        # Only the words are left to say when, so they decide.
        recency, source = text_recency(texts.found), TEXT
    if recency == "now":
        found.add("happening_now", source)
    elif recency == "within_hour":
        found.add("within_hour", source)
    elif recency in ("today", "earlier"):
        found.add("happened_earlier", source)
    return source


def _who(answers: _Answers, texts: _Texts) -> _Who:
    answered = answers.one("agency")
    agency_answer = answered if answered in AGENCIES and answered != "unknown" else None
    police = answers.many("police")
    police_absent = "not_present" in police and not police & _PRESENT_POLICE
    federal_text = texts.first_of(("ice", "cbp")) or (
        "other_federal" if "agency_other_federal" in texts else None
    )
    local_text = None
    if not police_absent:  # "not there" in the answers outranks "police" in the words
        local_text = texts.first_of(("cpd",)) or texts.first_of(("other_police",))
    federal_present = agency_answer in FEDERAL_AGENCIES or federal_text is not None
    local_present = (
        agency_answer in LOCAL_AGENCIES or local_text is not None or bool(police & _PRESENT_POLICE)
    )
    if agency_answer is not None:
        agency, source = agency_answer, ANSWER
    else:
        # A federal agency named anywhere comes first; local police alongside it is a flag.
        agency, source = federal_text or local_text or "unknown", TEXT
    return _Who(
        agency=agency,
        source=source,
        federal_present=federal_present,
        local_present=local_present,
        federal_context=federal_present or "agents_present" in texts,
        local_named_in_words=local_text is not None,
    )


def _read_answers(report: Report, answers: _Answers, found: _Found) -> None:
    """Structured answers: a "no" here overrules a "yes" in the words."""
    detained = answers.one("detained")
    if detained == "yes":
        found.add("person_detained", ANSWER)
    elif detained == "no":
        found.block("person_detained", "minor_detained")
    children = answers.one("children")
    if children == "yes":
        found.add("minor_involved", ANSWER)
    elif children == "no":
        found.block("minor_involved", "minor_detained", "child_alone")
    medical = answers.one("medical_now")
    if medical == "yes":
        found.add("medical_needed", ANSWER)
    elif medical == "no":
        found.block("medical_needed")

    harm = answers.many("harm")
    if "none" in harm:
        found.block("use_of_force", "injury", "weapon_pointed", "weapon_fired", "weapon_shown")
    for value, code in _HARM_ANSWER_CODES.items():
        if value in harm:
            found.add(code, ANSWER)

    warrant = answers.one("warrant")
    if warrant in ("not_judicial", "none_shown"):
        found.add("no_judicial_warrant", ANSWER)
    elif warrant == "judicial":
        found.block("no_judicial_warrant")

    police = answers.many("police")
    for value, code in _POLICE_ANSWER_CODES.items():
        if value in police:
            found.add(code, ANSWER)
    if "helped_detain" in police and detained != "no":
        found.add("person_detained", ANSWER)

    if report.media_count > 0:
        found.add("evidence_media", ANSWER)


def _read_words(texts: _Texts, who: _Who, found: _Found) -> None:
    """What the resident's own words add (never what a structured answer denied)."""
    if "detention" in texts:
        found.add("person_detained", TEXT)
    if "minor" in texts:
        found.add("minor_involved", TEXT)
    if "person_detained" in found and texts.near("minor", "detention", NEAR_TAKEN):
        found.add("minor_detained", TEXT)
    if texts.near("child_alone", "minor", NEAR_POLICE):
        found.add("child_alone", TEXT)
    for concept, code in (
        ("medical_now", "medical_needed"),
        ("force", "use_of_force"),
        ("injury", "injury"),
        ("weapon_fired", "weapon_fired"),
        ("weapon_pointed", "weapon_pointed"),
        ("no_warrant", "no_judicial_warrant"),
        ("questioning", "questioning"),
        *_SIMPLE_TEXT_CODES.items(),
    ):
        if concept in texts:
            found.add(code, TEXT)
    if "weapon" in texts and not {"weapon_fired", "weapon_pointed"} & found.codes():
        found.add("weapon_shown", TEXT)
    for item in texts.in_field("identifiers"):
        for code in _identifier_hints(item):
            found.add(code, TEXT)
    for item in texts.in_field("media"):
        if not _says_none(item):
            found.add("evidence_media", TEXT)

    # The same words mean different things depending on who said them.
    if "id_check" in texts:
        # Police asking for a driver's licence is a stop; agents doing it is an ID check.
        found.add("questioning" if who.local_only else "id_checks", TEXT)
    if "status_question" in texts:
        by_police = who.local_present and (
            not who.federal_present
            or texts.near("status_question", "agency_other_police", NEAR_POLICE)
            or texts.near("status_question", "agency_cpd", NEAR_POLICE)
        )
        found.add("police_asked_status" if by_police else "id_checks", TEXT)
    if "immigration_threat" in texts:
        found.add(
            "police_threatened_immigration" if who.local_present else "threatened_with_immigration",
            TEXT,
        )
    for concept, code in (
        ("police_assist", "police_helped"),
        ("police_block", "police_blocked_traffic"),
        ("police_share", "police_shared_info"),
        ("police_watch", "police_stood_by"),
    ):
        if concept in texts and who.local_present:
            # Blocking a street with no immigration agents around is police conduct only.
            found.add(code if who.federal_context else "police_conduct", TEXT)
    if "police_helped" in found and texts.near("police_assist", "detention", NEAR_POLICE):
        # "la policía ayudó a detener a mi primo": they helped with the detention itself.
        found.add("police_helped_detain", TEXT)
        if found.sources.get("police_helped") == TEXT:
            found.discard("police_helped")
    if _is_test(texts):
        found.add("test_message", TEXT)


def _fill_in(texts: _Texts, who: _Who, found: _Found) -> None:
    """What the agency alone tells us when nothing more specific was said."""
    present = found.codes()
    if who.federal_context and who.local_present and not present & C.COOPERATION:
        found.add("police_present", TEXT if who.local_named_in_words else ANSWER)
    # "What are my rights if ICE comes?" names ICE without anyone having seen them.
    if not present & {"question_or_rights", "test_message"}:
        if who.federal_present and not present & (C.ACTION | C.COOPERATION | C.SIGHTING):
            found.add("agents_present", who.source)
        if who.local_only and not present & C.ENCOUNTER:
            found.add("police_conduct", who.source)
    if who.agency != "unknown":
        found.add(f"agency_{who.agency}", who.source)
    # An account we recognise nothing in still needs a person to read it: "I don't know if
    # they took him" denies nothing for sure.
    if not found.codes() & (C.ENCOUNTER | C.LOW) and texts.story_length() >= MIN_STORY_WORDS:
        found.add("unclassified_account", TEXT)


def triage(report: Report) -> Triage:
    """Priority, category, flags, agency and reasons for a report. Pure and deterministic."""
    answers = _Answers(report.answers)
    texts = _Texts(report.texts)
    found = _Found()
    time_source = _when(answers, texts, found)
    who = _who(answers, texts)
    _read_answers(report, answers, found)
    _read_words(texts, who, found)
    _fill_in(texts, who, found)

    codes = found.codes()
    priority = _priority(codes, who.local_only)
    if priority == "P1" and not codes & (C.P1_ANY - C.TIME_NOW):
        found.add("nothing_else_known", time_source)
    if priority == "P4" and not codes & C.LOW:
        found.add("nothing_usable", TEXT if texts.items else ANSWER)
    codes = found.codes()

    flags = {flag for flag, sources in C.FLAG_CODES.items() if codes & sources}
    remote_only = codes & C.COOPERATION and codes & C.COOPERATION <= C.REMOTE_COOPERATION
    if who.federal_context and who.local_present and not remote_only:
        flags.add("local_police_present")
    lead = C.priority_codes(priority, codes)
    rest = [c for c in C.ordered(codes) if c not in lead]
    return Triage(
        priority=priority,
        category=_category(codes, who),
        flags=tuple(sorted(flags)),
        agency=who.agency,
        reasons=tuple(Reason(code, found.sources[code]) for code in [*lead, *rest]),
    )


def _priority(codes: set[str], local_only: bool) -> str:
    now = bool(codes & C.TIME_NOW)
    encounter = codes & C.ENCOUNTER
    urgent_now = codes & C.P1_ALWAYS
    if now:
        urgent_now |= codes & C.P1_NOW_ANY
        if not local_only:
            urgent_now |= codes & C.P1_NOW_ENFORCEMENT
    if urgent_now:
        return "P1"
    if now and not encounter - {"unclassified_account"} and not codes & {"spam", "test_message"}:
        # The resident said "now" and nothing we recognise ("they're here now, help"): only
        # a person can find out more, and it may be an emergency.
        return "P1"
    if codes & C.P2_HARM:
        return "P2"
    if now and encounter and not local_only:
        # Agents or their vehicles there right now, nothing done yet: someone should look.
        return "P2"
    if encounter:
        return "P3"
    return "P4"


def _category(codes: set[str], who: _Who) -> str:
    if not codes & C.ENCOUNTER:
        # Questions, tests and "now" with nothing else: no encounter to classify yet.
        return "other"
    if codes & C.COOPERATION:
        return "police_federal_cooperation"
    if codes & C.ACTION:
        return "police_misconduct" if who.local_only else "federal_enforcement"
    if who.local_only:
        return "police_misconduct"
    if codes & C.SIGHTING or who.federal_present:
        return "sighting"
    return "other"
