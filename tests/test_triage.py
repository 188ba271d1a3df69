"""Triage as staff see it: priorities, categories, flags and reasons for real-sounding reports."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from app.triage import (
    Reason,
    Report,
    Text,
    Triage,
    detect_language,
    explain,
    extract_facts,
    parse_time,
    reason_text,
    triage,
)
from app.triage import reasons as reasons_module
from app.triage.codes import ORDER
from app.triage.lexicon import CONCEPTS, LEXICONS
from app.triage.matcher import compile_concept
from app.triage.model import AGENCIES, CATEGORIES, FLAGS, PRIORITIES

CHICAGO = ZoneInfo("America/Chicago")
# A Friday afternoon.
NOW = datetime(2026, 3, 20, 16, 30, tzinfo=CHICAGO)


@dataclass(frozen=True)
class Case:
    text: str
    priority: str
    category: str
    agency: str
    flags: tuple[str, ...] = ()
    absent: tuple[str, ...] = ()
    locale: str = "en"


def story(text: str, locale: str = "en", **answers: object) -> Report:
    return Report(answers=answers, texts=[Text("narrative", text, locale)], channel="sms")


CASES = [
    # English
    Case(
        "ICE agents are breaking the door of my neighbor now",
        "P1",
        "federal_enforcement",
        "ice",
        ("ongoing", "property_damage"),
    ),
    Case(
        "la migra está rompiendo la puerta del vecino ahorita",
        "P1",
        "federal_enforcement",
        "ice",
        ("ongoing", "property_damage"),
    ),
    Case(
        "ICE is asking everyone for their papers outside the store now",
        "P1",
        "federal_enforcement",
        "ice",
        ("ongoing",),
    ),
    Case(
        "hay agentes afuera de la iglesia ahorita, están revisando papeles",
        "P1",
        "federal_enforcement",
        "unknown",
        ("ongoing", "sensitive_location"),
    ),
    Case("ICE is at my door right now", "P1", "federal_enforcement", "ice", ("ongoing",)),
    Case(
        "ICE agents are arresting people at the car wash on 26th street right now",
        "P1",
        "federal_enforcement",
        "ice",
        ("ongoing", "detention"),
    ),
    Case("they took my husband", "P2", "federal_enforcement", "unknown", ("detention",)),
    Case(
        "ICE took my husband yesterday outside the school, they had masks and no warrant",
        "P2",
        "federal_enforcement",
        "ice",
        ("detention", "masked_agents", "no_judicial_warrant", "sensitive_location"),
        ("ongoing",),
    ),
    Case(
        "police blocked the street while ICE arrested people",
        "P2",
        "police_federal_cooperation",
        "ice",
        ("detention", "local_police_present"),
    ),
    Case(
        "cop asked if I was legal during a traffic stop",
        "P2",
        "police_federal_cooperation",
        "other_police",
    ),
    Case(
        "cpd officer pushed me, no immigration", "P2", "police_misconduct", "cpd", ("use_of_force",)
    ),
    Case(
        "border patrol stopped my cousin on pulaski, nobody was hurt and no one was detained",
        "P3",
        "federal_enforcement",
        "cbp",
        (),
        ("injury", "detention"),
    ),
    Case(
        "federal agents pointed rifles at us and tackled my neighbor, he is bleeding and "
        "needs an ambulance",
        "P1",
        "federal_enforcement",
        "other_federal",
        ("use_of_force", "injury", "medical_needed", "weapon"),
    ),
    Case(
        "unmarked black SUVs with no plates parked outside the church all morning",
        "P3",
        "sighting",
        "unknown",
        ("sensitive_location",),
        ("vehicle_identified",),
    ),
    Case(
        "agents in masks are going door to door on my block right now",
        "P1",
        "federal_enforcement",
        "unknown",
        ("ongoing", "masked_agents"),
    ),
    Case(
        "a police officer called ICE on my brother after a traffic stop, they took him to "
        "broadview",
        "P2",
        "police_federal_cooperation",
        "ice",
        ("detention", "local_police_present"),
    ),
    Case(
        "the sheriff's deputies stood by and watched while immigration agents handcuffed my dad",
        "P2",
        "police_federal_cooperation",
        "ice",
        ("detention", "local_police_present"),
    ),
    Case(
        "ICE shot at a car on Cermak this afternoon",
        "P2",
        "federal_enforcement",
        "ice",
        ("weapon", "use_of_force"),
        ("ongoing",),
    ),
    Case(
        "two ice trucks parked near the school, nobody was taken",
        "P3",
        "sighting",
        "ice",
        ("sensitive_location",),
        ("detention",),
    ),
    Case(
        "they broke the door and dragged my son out, he is 16",
        "P2",
        "federal_enforcement",
        "unknown",
        ("property_damage", "use_of_force", "detention", "minor_involved"),
    ),
    Case("my neighbor has video of the whole thing", "P3", "other", "unknown", ("evidence_media",)),
    Case(
        "is ICE at the Jewel on Cicero? what are my rights if they ask for papers",
        "P4",
        "other",
        "ice",
        (),
        ("ongoing",),
    ),
    Case(
        "the cops beat my brother during an arrest last night",
        "P2",
        "police_misconduct",
        "other_police",
        ("use_of_force", "detention"),
    ),
    Case("hi", "P4", "other", "unknown"),
    Case("free iphone winner click here http://win.example", "P4", "other", "unknown"),
    Case(
        "ICE agents detained a 12 year old boy at the bus stop",
        "P2",
        "federal_enforcement",
        "ice",
        ("detention", "minor_involved"),
    ),
    Case(
        "border patrol has a checkpoint on 63rd st stopping every car rn",
        "P1",
        "federal_enforcement",
        "cbp",
        ("ongoing",),
    ),
    Case(
        "ICE agents were waiting outside the courthouse this morning",
        "P3",
        "sighting",
        "ice",
        ("sensitive_location",),
        ("ongoing",),
    ),
    Case("I saw ICE", "P3", "sighting", "ice"),
    Case(
        "there was a raid at the factory on 47th this morning, they took like 20 workers",
        "P2",
        "federal_enforcement",
        "unknown",
        ("detention",),
        ("ongoing",),
    ),
    Case(
        "ICE shooting pepper balls at protesters outside broadview right now",
        "P1",
        "federal_enforcement",
        "ice",
        ("ongoing", "use_of_force", "weapon"),
        ("detention",),
    ),
    Case("I don't know if they took him", "P3", "other", "unknown", (), ("detention",)),
    Case(
        "I need to know where my husband is, he was picked up at work on Tuesday",
        "P2",
        "federal_enforcement",
        "unknown",
        ("detention",),
        ("ongoing",),
    ),
    Case("can ICE enter a church?", "P4", "other", "unknown", ("sensitive_location",)),
    Case(
        "there are cops everywhere in pilsen today",
        "P3",
        "police_misconduct",
        "other_police",
        ("ongoing",),
    ),
    Case("what are my rights", "P4", "other", "unknown"),
    Case("test", "P4", "other", "unknown"),
    Case("this is just a test 123", "P4", "other", "unknown"),
    # Spanish
    Case(
        "la migra se llevó a mi vecino ayer, lo tiraron al suelo",
        "P2",
        "federal_enforcement",
        "ice",
        ("detention", "use_of_force"),
        ("ongoing",),
        "es",
    ),
    Case(
        "vi dos camionetas de ICE en la esquina de 26 y Pulaski",
        "P3",
        "sighting",
        "ice",
        (),
        ("ongoing",),
        "es",
    ),
    Case(
        "vi dos camionetas de ICE en la esquina de 26 y Pulaski ahorita",
        "P2",
        "sighting",
        "ice",
        ("ongoing",),
        (),
        "es",
    ),
    Case("la migra está aquí", "P2", "sighting", "ice", ("ongoing",), (), "es"),
    Case(
        "están tocando la puerta, es la migra, no sé qué hacer",
        "P1",
        "federal_enforcement",
        "ice",
        ("ongoing",),
        (),
        "es",
    ),
    Case(
        "no se llevaron a nadie pero golpearon a mi hermano",
        "P2",
        "federal_enforcement",
        "unknown",
        ("use_of_force",),
        ("detention",),
        "es",
    ),
    Case(
        "nadie salió herido, solo nos pidieron identificación",
        "P3",
        "federal_enforcement",
        "unknown",
        (),
        ("injury", "minor_involved"),
        "es",
    ),
    Case(
        "la policía de Chicago le preguntó a mi papá si tenía papeles",
        "P2",
        "police_federal_cooperation",
        "cpd",
        (),
        (),
        "es",
    ),
    Case(
        "un policía me empujó y me quitaron el celular cuando estaba grabando",
        "P2",
        "police_misconduct",
        "other_police",
        ("use_of_force", "retaliation"),
        (),
        "es",
    ),
    Case(
        "entraron a la fuerza a mi casa sin orden judicial y se llevaron a mi esposo",
        "P2",
        "federal_enforcement",
        "unknown",
        ("property_damage", "no_judicial_warrant", "detention"),
        ("use_of_force",),
        "es",
    ),
    Case(
        "agentes encapuchados sin placas en una camioneta blanca vigilando la iglesia",
        "P3",
        "sighting",
        "unknown",
        ("masked_agents", "sensitive_location"),
        ("vehicle_identified",),
        "es",
    ),
    Case(
        "hay un retén de la policía con la migra en la 47 ahorita",
        "P1",
        "federal_enforcement",
        "ice",
        ("ongoing", "local_police_present"),
        (),
        "es",
    ),
    Case(
        "se llevaron a mi hijo de 15 años",
        "P2",
        "federal_enforcement",
        "unknown",
        ("detention", "minor_involved"),
        (),
        "es",
    ),
    Case(
        "los niños se quedaron solos porque se llevaron a su mamá ahorita",
        "P1",
        "federal_enforcement",
        "unknown",
        ("ongoing", "minor_involved", "detention"),
        (),
        "es",
    ),
    Case(
        "se llevaron a mi papá y mis hermanitos están solos en la casa",
        "P1",
        "federal_enforcement",
        "unknown",
        ("ongoing", "minor_involved", "detention"),
        (),
        "es",
    ),
    Case("hay migra en el home depot de pulaski", "P2", "sighting", "ice", ("ongoing",), (), "es"),
    Case(
        "mi esposo no ha regresado, creo que lo agarró la migra",
        "P2",
        "federal_enforcement",
        "ice",
        ("detention",),
        (),
        "es",
    ),
    Case(
        "quiero saber dónde está mi esposo, lo agarraron en el trabajo el martes",
        "P2",
        "federal_enforcement",
        "unknown",
        ("detention",),
        ("ongoing",),
        "es",
    ),
    Case("me pegaron un susto", "P3", "other", "unknown", (), ("use_of_force",), "es"),
    Case("hola", "P4", "other", "unknown", (), (), "es"),
    Case("prueba", "P4", "other", "unknown", (), (), "es"),
    Case("cuáles son mis derechos si viene la migra", "P4", "other", "ice", (), (), "es"),
    Case(
        "la patrulla fronteriza disparó balas de goma contra la gente en Little Village",
        "P2",
        "federal_enforcement",
        "cbp",
        ("weapon", "use_of_force"),
        (),
        "es",
    ),
    Case(
        "un agente federal me apuntó con su pistola",
        "P2",
        "federal_enforcement",
        "other_federal",
        ("weapon",),
        (),
        "es",
    ),
    Case(
        "amenazaron con volver por mí si seguía grabando",
        "P2",
        "federal_enforcement",
        "unknown",
        ("retaliation",),
        (),
        "es",
    ),
    Case(
        "el policía amenazó con llamar a la migra",
        "P2",
        "police_federal_cooperation",
        "other_police",
        (),
        ("retaliation",),
        "es",
    ),
    Case(
        "LA MIGRA DETUVIERON A MI ESPOSO EN LA PARADA DEL CAMION",
        "P2",
        "federal_enforcement",
        "ice",
        ("detention",),
        (),
        "es",
    ),
    # Both languages in one message
    Case(
        "la migra arrested my tío en la 26, they had masks",
        "P2",
        "federal_enforcement",
        "ice",
        ("detention", "masked_agents"),
        (),
        "es",
    ),
    Case(
        "ICE está afuera de mi casa right now",
        "P1",
        "federal_enforcement",
        "ice",
        ("ongoing",),
        (),
        "es",
    ),
    Case(
        "my tio got detenido by la policia de Chicago y ICE",
        "P2",
        "federal_enforcement",
        "ice",
        ("detention", "local_police_present"),
        (),
        "en",
    ),
    Case(
        "CPD ayudó a ICE a bloquear la calle",
        "P2",
        "police_federal_cooperation",
        "ice",
        ("local_police_present",),
        (),
        "es",
    ),
]


def _fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


# Words of our own msgids: a resident's word that is also one of ours ("detained") may show.
OUR_WORDS = {
    w
    for msgid in [
        *reasons_module.REASON_TEXTS.values(),
        *reasons_module.PRIORITY_TEXTS.values(),
        reasons_module.FROM_TEXT,
        reasons_module.FROM_ANSWER,
    ]
    for w in re.findall(r"[a-z]+", _fold(msgid))
}


@pytest.mark.parametrize("case", CASES, ids=[c.text[:50] for c in CASES])
def test_what_staff_see(case: Case) -> None:
    result = triage(story(case.text, case.locale))
    assert (result.priority, result.category, result.agency) == (
        case.priority,
        case.category,
        case.agency,
    )
    assert set(case.flags) <= set(result.flags)
    assert not set(case.absent) & set(result.flags)
    lines = explain(result)
    assert lines[0].startswith(f"{case.priority}: ")
    shown = set(re.findall(r"[a-z]+", _fold(" ".join(lines))))
    for token in re.findall(r"[a-z]+", _fold(case.text)):
        if len(token) >= 5 and token not in OUR_WORDS:
            assert token not in shown, f"resident's word {token!r} in the reasons"


def test_results_are_well_formed_and_deterministic() -> None:
    for case in CASES:
        first = triage(story(case.text, case.locale))
        assert triage(story(case.text, case.locale)) == first
        assert first.priority in PRIORITIES
        assert first.category in CATEGORIES
        assert first.agency in AGENCIES
        assert set(first.flags) <= set(FLAGS)
        assert list(first.flags) == sorted(set(first.flags))
        assert first.reasons, case.text
        for reason in first.reasons:
            assert reason.code in ORDER
            assert reason.source in ("answer", "text")


def test_negations_do_not_set_flags() -> None:
    for text, locale in [
        ("nobody was hurt", "en"),
        ("no one was detained", "en"),
        ("they didn't arrest anyone and nobody got injured", "en"),
        ("no se llevaron a nadie", "es"),
        ("nadie salió herido", "es"),
        ("no hubo heridos", "es"),
        ("no hubo heridos ni detenidos", "es"),
    ]:
        result = triage(story(text, locale))
        assert not {"injury", "detention"} & set(result.flags), text
        # A longer denial is still an account someone should read, but never urgent.
        assert result.priority in ("P3", "P4"), text


def test_negation_stops_at_the_end_of_a_clause() -> None:
    result = triage(story("no one was hurt but they took my neighbor"))
    assert "detention" in result.flags
    assert "injury" not in result.flags


def test_case_and_accents_do_not_matter() -> None:
    plain = triage(story("la policia detuvieron a mi primo", "es"))
    shouted = triage(story("LA POLICÍA DETUVIERON A MI PRIMO", "es"))
    assert plain == shouted
    assert "detention" in plain.flags


def test_nothing_given_is_information_only() -> None:
    skipped = dict.fromkeys(
        [
            "when",
            "where",
            "agency",
            "harm",
            "medical_now",
            "detained",
            "children",
            "police",
            "warrant",
        ],
        "skipped",
    )
    result = triage(Report(answers=skipped, texts=[], channel="sms"))
    assert (result.priority, result.category, result.agency, result.flags) == (
        "P4",
        "other",
        "unknown",
        (),
    )
    assert [r.code for r in result.reasons] == ["nothing_usable"]
    empty = triage(Report(answers={}, texts=[Text("narrative", "   ", "en")], channel="web"))
    assert empty.priority == "P4"


def test_now_and_nothing_else_is_an_emergency_to_check() -> None:
    answers: dict[str, object] = dict.fromkeys(
        ["where", "agency", "harm", "detained", "children", "police", "warrant"], "skipped"
    )
    answers["when"] = {"recency": "now", "at": None}
    result = triage(Report(answers=answers, texts=[], channel="voice"))
    assert result.priority == "P1"
    assert result.flags == ("ongoing",)
    assert [r.code for r in result.reasons] == ["happening_now", "nothing_else_known"]
    assert explain(result)[0] == "P1: happening now; nothing else known yet: check now"


def test_answers_alone_make_an_emergency() -> None:
    report = Report(
        answers={
            "when": {"recency": "now", "at": None},
            "agency": "ice",
            "detained": "yes",
            "children": "yes",
            "police": ["helped_detain"],
            "warrant": "none_shown",
        },
        texts=[],
        channel="sms",
        media_count=2,
    )
    result = triage(report)
    assert (result.priority, result.category, result.agency) == (
        "P1",
        "police_federal_cooperation",
        "ice",
    )
    assert set(result.flags) == {
        "ongoing",
        "detention",
        "minor_involved",
        "local_police_present",
        "no_judicial_warrant",
        "evidence_media",
    }
    assert all(r.source == "answer" for r in result.reasons)
    assert explain(result)[0] == (
        "P1: happening now; person detained; local police helped detain someone"
    )


def test_answers_win_over_words() -> None:
    text = "ICE took my husband, they pushed him, no warrant, police helped them"
    plain = triage(story(text))
    assert {"detention", "use_of_force", "no_judicial_warrant", "local_police_present"} <= set(
        plain.flags
    )
    answered = triage(
        story(
            text,
            detained="no",
            harm=["none"],
            warrant="judicial",
            police=["not_present"],
            agency="cbp",
        )
    )
    assert answered.agency == "cbp"
    assert not {"detention", "use_of_force", "no_judicial_warrant", "local_police_present"} & set(
        answered.flags
    )
    assert answered.category == "sighting"
    assert answered.priority == "P3"


def test_answer_reason_replaces_the_same_reason_from_words() -> None:
    result = triage(story("se llevaron a mi esposo", "es", detained="yes"))
    detained = [r for r in result.reasons if r.code == "person_detained"]
    assert detained == [Reason("person_detained", "answer")]


def test_local_police_alone_arresting_now_is_not_an_emergency() -> None:
    result = triage(story("the police are arresting my brother right now"))
    assert (result.priority, result.category, result.agency) == (
        "P2",
        "police_misconduct",
        "other_police",
    )


def test_medical_help_needed_is_an_emergency_whenever_it_happened() -> None:
    result = triage(
        Report(
            answers={
                "when": {"recency": "earlier", "at": None},
                "harm": ["injury"],
                "medical_now": "yes",
            },
            texts=[],
            channel="web",
        )
    )
    assert result.priority == "P1"
    assert result.reasons[0] == Reason("medical_needed", "answer")


def test_other_answers_are_read_for_what_they_can_say() -> None:
    report = Report(
        answers={"agency": "ice"},
        texts=[
            Text("narrative", "they stopped my car and took my brother", "en"),
            Text("agents", "4 agents, 2 black tahoes, masks, no badges", "en"),
            Text("identifiers", "Officer Ramirez badge 4471, plate ABC 1234", "en"),
            Text("media", "my neighbor filmed it", "en"),
            Text("when", "yesterday around 5", "en"),
            Text("where", "outside my house by the church on 18th", "en"),
        ],
        channel="web",
    )
    result = triage(report)
    assert result.priority == "P2"
    assert {
        "agent_identified",
        "vehicle_identified",
        "masked_agents",
        "evidence_media",
        "sensitive_location",
        "detention",
    } <= set(result.flags)
    # A place is not a time: "outside my house" in the where answer is not "now".
    assert "ongoing" not in result.flags


def test_hidden_plates_and_no_media_are_not_evidence() -> None:
    report = Report(
        answers={},
        texts=[
            Text("narrative", "ICE agents grabbed a man at the bus stop", "en"),
            Text("identifiers", "no plates, placas tapadas", "es"),
            Text("media", "nadie", "es"),
        ],
        channel="sms",
    )
    result = triage(report)
    assert not {"vehicle_identified", "evidence_media"} & set(result.flags)
    assert "plates_hidden" in [r.code for r in result.reasons]


def test_spanish_badge_is_not_a_plate() -> None:
    report = Report(
        answers={},
        texts=[
            Text("narrative", "el agente con placa número 5521 empujó a mi hermano", "es"),
        ],
        channel="sms",
    )
    result = triage(report)
    assert "agent_identified" in result.flags
    assert "vehicle_identified" not in result.flags


def test_first_reasons_explain_the_priority() -> None:
    result = triage(story("ICE arrested my neighbor right now, they had masks", "en"))
    codes = [r.code for r in result.reasons]
    assert codes[:2] == ["happening_now", "person_detained"]
    assert explain(result)[0] == "P1: happening now; person detained"
    assert "Agents wore masks (from the resident's words)" in explain(result)


def test_explain_translates_every_line() -> None:
    catalog = {
        "%(priority)s: %(reasons)s": "%(priority)s : %(reasons)s",
        "Happening now": "Está pasando ahora",
        "Agents at a door or inside a home": "Agentes en una puerta",
        "Agency: ICE": "Agencia: ICE",
        "%(reason)s (from the resident's words)": "%(reason)s (palabras del residente)",
    }
    result = triage(story("ICE is at my door right now"))
    lines = explain(result, lambda msgid: catalog.get(msgid, msgid))
    assert lines == [
        "P1 : está pasando ahora; agentes en una puerta",
        "Está pasando ahora (palabras del residente)",
        "Agentes en una puerta (palabras del residente)",
        "Agencia: ICE (palabras del residente)",
    ]


def test_every_reason_has_an_english_msgid() -> None:
    assert set(reasons_module.REASON_TEXTS) == set(ORDER)
    for code in ORDER:
        text = reason_text(Reason(code, "text"))
        assert text and text[0].isupper() and "{" not in text
    assert reason_text(Reason("from_the_future", "text"))
    stored = Triage("P2", "other", (), "unknown", (Reason("from_the_future", "answer"),))
    assert explain(stored)[0] == "P2: urgent"


def test_word_lists_are_well_formed() -> None:
    assert set(LEXICONS) >= {"en", "es"}
    for lexicon in LEXICONS.values():
        assert set(lexicon.concepts) <= CONCEPTS
        for concept, phrases in lexicon.concepts.items():
            assert phrases, concept
            compile_concept(phrases)
    assert set(LEXICONS["en"].concepts) == set(LEXICONS["es"].concepts)


@pytest.mark.parametrize(
    ("text", "locale", "facts"),
    [
        (
            "ICE is at my door right now",
            "en",
            {"when": {"recency": "now", "at": None}, "agency": "ice"},
        ),
        ("they took my husband", "en", {"detained": "yes"}),
        (
            "la migra se llevó a mi hijo",
            "es",
            {"agency": "ice", "detained": "yes", "children": "yes"},
        ),
        (
            "police pushed me and I'm bleeding",
            "en",
            {"agency": "other_police", "harm": ["force", "injury"]},
        ),
        ("agents pointed guns at us", "en", {"harm": ["weapon"]}),
        ("my neighbor needs an ambulance", "en", {"medical_now": "yes"}),
        ("se lo llevaron ayer y ahora no sé dónde está", "es", {"detained": "yes"}),
        (
            "ahorita está la patrulla fronteriza en la esquina",
            "es",
            {"when": {"recency": "now", "at": None}, "agency": "cbp"},
        ),
        (
            "CPD and ICE are outside",
            "en",
            {"when": {"recency": "now", "at": None}, "agency": "ice"},
        ),
        ("they took my husband, now what do I do", "en", {"detained": "yes"}),
        ("nobody was hurt", "en", {}),
        ("no se llevaron a nadie", "es", {}),
        ("hi", "en", {}),
        ("hola", "es", {}),
        ("help", "en", {}),
        ("ayuda", "es", {}),
    ],
)
def test_extract_facts(text: str, locale: str, facts: dict[str, object]) -> None:
    assert extract_facts(text, locale) == facts


@pytest.mark.parametrize(
    ("text", "locale", "recency", "at"),
    [
        ("now", "en", "now", "2026-03-20T16:00:00-05:00"),
        ("ahora", "es", "now", "2026-03-20T16:00:00-05:00"),
        ("right now", "en", "now", "2026-03-20T16:00:00-05:00"),
        ("just now", "en", "now", "2026-03-20T16:00:00-05:00"),
        ("10 minutes ago", "en", "now", "2026-03-20T16:00:00-05:00"),
        ("30 minutes ago", "en", "within_hour", "2026-03-20T16:00:00-05:00"),
        ("hace 20 minutos", "es", "within_hour", "2026-03-20T16:00:00-05:00"),
        ("an hour ago", "en", "within_hour", "2026-03-20T15:00:00-05:00"),
        ("hace una hora", "es", "within_hour", "2026-03-20T15:00:00-05:00"),
        ("hace media hora", "es", "within_hour", "2026-03-20T16:00:00-05:00"),
        ("4:15pm", "en", "within_hour", "2026-03-20T16:00:00-05:00"),
        ("3 hours ago", "en", "today", "2026-03-20T13:00:00-05:00"),
        ("this morning", "en", "today", "2026-03-20T09:00:00-05:00"),
        ("esta mañana", "es", "today", "2026-03-20T09:00:00-05:00"),
        ("today 3pm", "en", "today", "2026-03-20T15:00:00-05:00"),
        ("hoy a las 3 de la tarde", "es", "today", "2026-03-20T15:00:00-05:00"),
        ("at 3", "en", "today", "2026-03-20T15:00:00-05:00"),
        ("tonight", "en", "today", "2026-03-20T16:00:00-05:00"),
        ("yesterday", "en", "earlier", "2026-03-19T00:00:00-05:00"),
        ("yesterday morning", "en", "earlier", "2026-03-19T09:00:00-05:00"),
        ("ayer en la tarde", "es", "earlier", "2026-03-19T15:00:00-05:00"),
        ("last night", "en", "earlier", "2026-03-19T21:00:00-05:00"),
        ("anoche", "es", "earlier", "2026-03-19T21:00:00-05:00"),
        ("hace 2 días", "es", "earlier", "2026-03-18T00:00:00-05:00"),
        ("Monday", "en", "earlier", "2026-03-16T00:00:00-05:00"),
        ("el lunes", "es", "earlier", "2026-03-16T00:00:00-05:00"),
        ("3/14", "en", "earlier", "2026-03-14T00:00:00-05:00"),
        ("14/3", "es", "earlier", "2026-03-14T00:00:00-05:00"),
        ("2026-03-14", "en", "earlier", "2026-03-14T00:00:00-05:00"),
        ("March 14", "en", "earlier", "2026-03-14T00:00:00-05:00"),
        ("14 de marzo", "es", "earlier", "2026-03-14T00:00:00-05:00"),
        ("12/25", "en", "earlier", "2025-12-25T00:00:00-06:00"),
        ("last week", "en", "earlier", None),
        ("2026-03-14T15:30:00-05:00", "en", "earlier", "2026-03-14T15:00:00-05:00"),
        ("2026-03-14 at 3pm", "en", "earlier", "2026-03-14T15:00:00-05:00"),
        ("ayer a las 5", "es", "earlier", "2026-03-19T17:00:00-05:00"),
        ("el lunes en la mañana", "es", "earlier", "2026-03-16T09:00:00-05:00"),
        ("2026-12-01", "en", "unknown", None),
        ("tomorrow morning", "en", "unknown", None),
        ("mañana", "es", "unknown", None),
        ("no sé", "es", "unknown", None),
        ("asdf", "en", "unknown", None),
        ("", "en", "unknown", None),
    ],
)
def test_parse_time(text: str, locale: str, recency: str, at: str | None) -> None:
    parsed = parse_time(text, locale, NOW)
    assert parsed == {"recency": recency, "at": at}
    if parsed["at"] is not None:
        assert datetime.fromisoformat(parsed["at"]) <= NOW


def test_parse_time_counts_real_hours_across_daylight_saving() -> None:
    # Clocks went from 2:00 to 3:00 on 8 March 2026: two hours before 3:30 is 0:30.
    now = datetime(2026, 3, 8, 3, 30, tzinfo=CHICAGO)
    assert parse_time("2 hours ago", "en", now) == {
        "recency": "today",
        "at": "2026-03-08T00:00:00-06:00",
    }


ALL = ["en", "es", "pl", "zh_Hans", "ar", "hi", "ur", "tl", "ru", "uk", "ko", "vi", "gu", "fr"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("hola", "es"),
        ("ayuda", "es"),
        ("la migra está aquí", "es"),
        ("se llevaron a mi esposo", "es"),
        ("SALTAR", "es"),
        ("hi", "en"),
        ("help", "en"),
        ("ICE is at my door", "en"),
        ("they took my husband", "en"),
        ("Pomocy, policja zabrała mojego męża", "pl"),
        ("La police est à ma porte", "fr"),
        ("Tulong po, kinuha nila ang asawa ko", "tl"),
        ("Công an đang ở đây, giúp tôi", "vi"),
        ("移民局的人在我家门口", "zh_Hans"),
        ("경찰이 집 앞에 있어요", "ko"),
        ("الشرطة هنا الآن", "ar"),
        ("پولیس یہاں ہے", "ur"),
        ("Полиция здесь", "ru"),
        ("Поліція тут, допоможіть", "uk"),
        ("पुलिस यहाँ है", "hi"),
        ("પોલીસ અહીં છે", "gu"),
        ("", None),
        ("12345", None),
        ("ok", None),
        ("?!", None),
    ],
)
def test_detect_language(text: str, expected: str | None) -> None:
    assert detect_language(text, ALL) == expected


def test_detect_language_only_returns_offered_locales() -> None:
    assert detect_language("hola", ["en", "pl"]) is None
    assert detect_language("移民局的人在我家门口", ["en", "es"]) is None
    assert detect_language("Поліція тут, допоможіть", ["en", "ru"]) == "ru"
    assert detect_language("se llevaron a mi esposo", ["en", "es"]) == "es"
