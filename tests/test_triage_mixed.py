"""English and Spanish as Chicago residents text them: code-switching, SMS and AAVE English,
Mexican, Central American and Puerto Rican Spanish, negation and time."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.triage import Report, Text, Triage, detect_language, triage
from app.triage.evaluation import evaluate, load_cases
from app.triage.lexicon import LOCALES

EVAL = Path(__file__).parent / "triage_eval"


def sms(text: str, locale: str = "en") -> Triage:
    return triage(Report(answers={}, texts=[Text("narrative", text, locale)], channel="sms"))


def codes(result: Triage) -> set[str]:
    return {r.code for r in result.reasons}


# --- code-switching ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "locale", "priority", "flags"),
    [
        ("la migra arrested my tío yesterday outside his job", "en", "P2", {"detention"}),
        ("they took mi esposo ahorita from the parking lot", "en", "P1", {"detention", "ongoing"}),
        ("ICE took my compadre orita en la 26", "en", "P1", {"detention", "ongoing"}),
        ("la migra tiene rodeado el building, estan knocking ahorita", "es", "P1", {"ongoing"}),
        ("mi suegro got arrested por ICE hace como dos horas", "es", "P2", {"detention"}),
        ("my mom got detenida en la corte de inmigracion hoy en la mañana", "es", "P2", set()),
    ],
)
def test_code_switching_reads_both_languages(
    text: str, locale: str, priority: str, flags: set[str]
) -> None:
    result = sms(text, locale)
    assert result.priority == priority
    assert result.category == "federal_enforcement"
    assert flags <= set(result.flags)


def test_spanglish_police_blocking_for_ice_is_cooperation() -> None:
    result = sms("ICE y la policia blocking la calle en 18th right now, 5 people in cuffs")
    assert (result.priority, result.category) == ("P1", "police_federal_cooperation")
    assert {"detention", "local_police_present", "ongoing"} <= set(result.flags)


def test_spanglish_kin_terms_count_as_people_taken() -> None:
    assert "detention" in sms("they grabbed my primo at the car wash").flags
    # A phone is not a person.
    assert "detention" not in sms("they grabbed my phone at the car wash").flags


# --- SMS and AAVE English ---------------------------------------------------------------


def test_dropped_g_and_dropped_are_still_happening_now() -> None:
    result = sms("ice at 26th n kedzie they grabbin ppl out the car wash")
    assert (result.priority, result.category) == ("P1", "federal_enforcement")
    assert {"ongoing", "detention"} <= set(result.flags)


def test_twelve_is_police_only_where_it_cannot_be_a_time_or_an_age() -> None:
    stop = sms("12 pulled me over on kedzie this afternoon and slammed me on the hood")
    assert (stop.priority, stop.category, stop.agency) == (
        "P2",
        "police_misconduct",
        "other_police",
    )
    assert "use_of_force" in stop.flags
    age = sms("my son is 12 and ice took his dad yesterday")
    assert "local_police_present" not in age.flags
    assert age.agency == "ice"


def test_police_and_agents_acting_together_is_cooperation() -> None:
    result = sms("cops and ice arresting people on 26th rn")
    assert result.category == "police_federal_cooperation"
    assert "local_police_present" in result.flags


def test_agents_took_pictures_is_surveillance_not_our_evidence() -> None:
    result = sms("some dudes in vests were taking pics of the houses on our block earlier")
    assert "evidence_media" not in result.flags
    assert "surveillance" in codes(result)


def test_a_landlord_threat_is_out_of_scope() -> None:
    result = sms("is this the rapid response line? my landlord is threatening to evict us")
    assert (result.priority, result.category) == ("P4", "other")
    assert "retaliation" not in result.flags


def test_bleeding_and_not_moving_needs_medical_help_even_without_punctuation() -> None:
    # "not moving someone call an ambulance": the "not" must not cancel the ambulance.
    result = sms("agents tackled a guy hes bleeding from his head and not moving someone call 911")
    assert result.priority == "P1"
    assert {"medical_needed", "injury", "use_of_force", "ongoing"} <= set(result.flags)


# --- rights questions are not reports ---------------------------------------------------


@pytest.mark.parametrize(
    ("text", "locale"),
    [
        ("do i have to open the door if ice knocks?? what are my rights", "en"),
        ("what do i do if ice comes to my house", "en"),
        ("tengo que abrirle la puerta a la migra si no traen orden?", "es"),
        ("que hago si la migra viene a mi casa", "es"),
    ],
)
def test_rights_questions_are_information(text: str, locale: str) -> None:
    result = sms(text, locale)
    assert (result.priority, result.category) == ("P4", "other")
    assert "question_or_rights" in codes(result)


def test_agents_demanding_the_door_be_opened_is_at_the_door() -> None:
    assert "agents_at_door" in codes(sms("theyre yelling open the door"))
    assert "agents_at_door" in codes(sms("estan gritando que abramos la puerta", "es"))


# --- negation ---------------------------------------------------------------------------


def test_english_negation() -> None:
    result = sms("ice came by the taqueria earlier, they didnt take anyone and nobody got hurt")
    assert not {"detention", "injury"} & set(result.flags)
    assert result.priority == "P3"


def test_spanish_negation_reaches_past_pronouns() -> None:
    # "no le enseñaron ninguna orden": "le" sits between "no" and the verb.
    warrant = sms("ayer la migra agarro a mi vecino, no le enseñaron ninguna orden", "es")
    assert {"detention", "no_judicial_warrant"} <= set(warrant.flags)
    # "no quiso ir al hospital": the hospital is not where it happened.
    hospital = sms("la migra tumbo a mi tio al piso ayer pero no quiso ir al hospital", "es")
    assert "sensitive_location" not in hospital.flags
    assert "use_of_force" in hospital.flags


def test_spanish_nobody_taken_nobody_hurt() -> None:
    result = sms(
        "vinieron de ice al trabajo, preguntaron por un compañero, no se llevaron a nadie", "es"
    )
    assert "detention" not in result.flags
    assert (result.priority, result.category) == ("P3", "federal_enforcement")
    hurt = sms("nadie salio herido pero se llevaron a mi tio ayer", "es")
    assert "injury" not in hurt.flags
    assert "detention" in hurt.flags


def test_no_ice_just_police_is_police_only() -> None:
    result = sms("la policia tiene a mi esposo esposado afuera ahorita, no es migra", "es")
    assert (result.priority, result.category) == ("P2", "police_misconduct")
    assert "local_police_present" not in result.flags


# --- time -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("when", "locale", "priority"),
    [
        ("right now", "en", "P1"),
        ("rn", "en", "P1"),
        ("10 minutes ago", "en", "P1"),
        ("yesterday", "en", "P2"),
        ("last nite", "en", "P2"),
    ],
)
def test_english_time_changes_priority(when: str, locale: str, priority: str) -> None:
    assert sms(f"ICE took my husband {when}", locale).priority == priority


@pytest.mark.parametrize(
    ("when", "priority"),
    [
        ("ahorita", "P1"),
        ("orita", "P1"),
        ("hace 10 min", "P1"),
        ("hace media hora", "P1"),
        ("ayer", "P2"),
        ("anoche", "P2"),
        ("hoy en la mañana", "P2"),
    ],
)
def test_spanish_time_changes_priority(when: str, priority: str) -> None:
    assert sms(f"la migra se llevo a mi esposo {when}", "es").priority == priority


def test_a_state_that_only_lasts_while_it_happens_is_now() -> None:
    result = sms("mi esposo se cayo cuando lo esposaron, esta sangrando y no reacciona", "es")
    assert result.priority == "P1"
    assert {"ongoing", "medical_needed", "injury", "detention"} <= set(result.flags)


# --- regional Spanish -------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "los de migracion lo torcieron a mi compa en la parada",  # Mexican slang
        "lo estan esposando ahorita",
        "la migra esta agarrando gente en la 26",
        "los agentes tienen a mi hijo en la camioneta",
    ],
)
def test_colloquial_arrests(text: str) -> None:
    assert "detention" in sms(text, "es").flags


def test_someone_holding_her_own_children_is_not_a_detention() -> None:
    assert "detention" not in sms("mi vecina tiene a sus hijos en la casa", "es").flags
    assert "detention" not in sms("mi esposa se llevaba a los niños a la escuela", "es").flags


@pytest.mark.parametrize("word", ["cipotes", "patojo", "chavalos", "morritos", "nenes"])
def test_central_american_and_caribbean_words_for_children(word: str) -> None:
    result = sms(f"la migra se llevo a la mama ayer y los {word} vieron todo", "es")
    assert "minor_involved" in result.flags


def test_puerto_rican_ta_for_esta() -> None:
    result = sms("mano la migra ta en el edificio rompiendo puertas", "es")
    assert result.priority == "P1"
    assert {"ongoing", "property_damage"} <= set(result.flags)


def test_agency_then_place_alone_is_agents_here_now() -> None:
    result = sms("ice aqui", "es")
    assert (result.priority, result.category) == ("P2", "sighting")
    assert "ongoing" in result.flags


def test_spanish_checkpoint_run_with_the_police_asking_papers() -> None:
    result = sms(
        "hay un reten de la policia con la migra en la pulaski estan pidiendo papeles", "es"
    )
    assert (result.priority, result.category) == ("P1", "police_federal_cooperation")


def test_police_and_migra_beating_someone_together() -> None:
    result = sms("la policia y la migra estan golpeando a un señor, manden una ambulancia", "es")
    assert (result.priority, result.category) == ("P1", "police_federal_cooperation")
    assert {"use_of_force", "medical_needed", "local_police_present"} <= set(result.flags)


def test_schools_by_level() -> None:
    assert "sensitive_location" in sms("vi camionetas de ice cerca de la primaria", "es").flags
    assert "sensitive_location" in sms("agarraron a un chavo saliendo de la prepa", "es").flags


# --- language detection -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "locale"),
    [
        ("ice rn at 26th n kedzie they grabbin ppl bruh", "en"),
        ("idk if it was the feds or cops", "en"),
        ("orita la migra esta afuera de la casa", "es"),
        ("se llevaron a mi esposo ayer xq no tenia papeles", "es"),
    ],
)
def test_texting_forms_help_detect_the_language(text: str, locale: str) -> None:
    assert detect_language(text, LOCALES) == locale


# --- the labelled sets ------------------------------------------------------------------


@pytest.mark.parametrize("locale", ["en", "es"])
def test_labelled_reports_meet_the_accuracy_targets(locale: str) -> None:
    scores = evaluate(load_cases([EVAL / f"{locale}.yaml"])).by_locale[locale]
    assert scores.cases >= 26
    assert (scores.priority_accuracy or 0) >= 0.92
    assert (scores.category_accuracy or 0) >= 0.92


@pytest.mark.parametrize(
    ("text", "locale"), [("theyre here now help", "en"), ("ayuda estan aqui ahorita", "es")]
)
def test_here_now_help_with_nothing_else_is_an_emergency(text: str, locale: str) -> None:
    result = sms(text, locale)
    assert (result.priority, result.category) == ("P1", "other")
