"""Triage of reports written in French: elision, "ne ... pas", time, SMS and Kreyòl spelling."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from app.triage import Report, Text, Triage, parse_time, triage
from app.triage.lexicon import LEXICONS
from app.triage.matcher import compiled, read

# A Friday afternoon in Chicago.
NOW = datetime(2026, 3, 20, 16, 30, tzinfo=ZoneInfo("America/Chicago"))


def fr(text: str, **answers: object) -> Triage:
    return triage(Report(answers=answers, texts=[Text("narrative", text, "fr")], channel="sms"))


def codes(result: Triage) -> list[str]:
    return [reason.code for reason in result.reasons]


def test_the_french_word_lists_load_and_compile() -> None:
    assert LEXICONS["fr"].locale == "fr"
    assert set(compiled("fr")) == set(LEXICONS["fr"].concepts)


@pytest.mark.parametrize(
    ("text", "concept"),
    [
        ("l'ICE est là", "agency_ice"),
        ("des agents d'ICE", "agency_ice"),
        ("ils l'ont arrêté", "detention"),
        ("devant l'école", "sensitive_location"),
        ("un contrôle d'identité", "id_check"),
        ("il s'appelle Miller", "agent_name"),
    ],
)
def test_elided_words_are_read(text: str, concept: str) -> None:
    assert concept in read(text, "fr").found()


@pytest.mark.parametrize(
    "text",
    [
        "Personne n'a été blessé, personne n'a été arrêté, ils sont partis hier",
        "Hier ICE est passé, il n'y a pas eu de blessés et ils ont arrêté personne",
        "ils ont pas frappé mon mari hier, juste contrôlé ses papiers",
        "mon voisin a pas été blessé, ils ont rien cassé",
    ],
)
def test_denied_harm_sets_no_flag(text: str) -> None:
    result = fr(text)
    assert not {"injury", "detention", "use_of_force", "property_damage"} & set(result.flags)
    assert result.priority not in ("P1", "P2")


def test_negation_ends_with_the_clause() -> None:
    result = fr("il n'y a pas eu de blessés mais ils ont embarqué 3 personnes hier")
    assert "detention" in result.flags
    assert "injury" not in result.flags


def test_now_makes_a_detention_an_emergency_and_yesterday_does_not() -> None:
    now = fr("Ils sont en train d'embarquer mon mari devant le Jewel")
    assert (now.priority, now.category) == ("P1", "federal_enforcement")
    assert set(now.flags) >= {"ongoing", "detention"}

    earlier = fr("Hier soir ICE a pris mon mari devant le Jewel")
    assert (earlier.priority, earlier.category) == ("P2", "federal_enforcement")
    assert "ongoing" not in earlier.flags


def test_a_plain_maintenant_yields_to_a_past_marker() -> None:
    result = fr("ICE a pris mon cousin hier, maintenant il est à Broadview")
    assert result.priority == "P2"
    assert "happening_now" not in codes(result)


def test_sms_spelling() -> None:
    result = fr("slt svp aidez moi l'ICE est devant ma porte mtn ils tapent fort")
    assert (result.priority, result.category) == ("P1", "federal_enforcement")
    assert "ongoing" in result.flags
    assert fr("c ICE g peur ils sont ds le couloir de l'immeuble").priority == "P1"


def test_just_happened_is_within_the_hour_but_not_ongoing() -> None:
    result = fr("ICE vient d'arrêter deux hommes au car wash il y a 20 minutes")
    assert result.priority == "P1"
    assert "within_hour" in codes(result)
    assert "ongoing" not in result.flags


def test_stopped_for_a_traffic_offence_is_a_stop_not_an_arrest() -> None:
    result = fr("La police m'a arrêté pour un feu arrière hier soir et a fouillé ma voiture")
    assert (result.priority, result.category) == ("P3", "police_misconduct")
    assert "detention" not in result.flags


def test_a_parent_taking_the_children_out_is_not_a_detention() -> None:
    assert "detention" not in fr("hier j'ai emmené mes enfants au parc").flags
    both = fr("ICE a pris mon mari et j'ai pris mes enfants chez ma soeur hier")
    assert "detention" in both.flags


def test_a_bus_stop_is_not_an_arrest() -> None:
    result = fr("j'ai vu des agents ICE à l'arrêt de bus sur Devon hier")
    assert "detention" not in result.flags
    assert result.category == "sighting"


def test_agent_de_police_is_local_police() -> None:
    result = fr("un agent de police m'a insulté au parc hier")
    assert (result.priority, result.category) == ("P3", "police_misconduct")
    assert result.agency == "other_police"
    assert "local_police_present" not in result.flags


def test_police_de_l_immigration_is_not_local_police() -> None:
    result = fr("c'est la police de l'immigration qui embarque mon mari maintenant")
    assert result.agency == "ice"
    assert "local_police_present" not in result.flags


@pytest.mark.parametrize(
    ("text", "agency"),
    [
        ("la patrouille frontalière sur Devon", "cbp"),
        ("la police aux frontières sur Devon", "cbp"),
        ("des agents fédéraux sur Devon", "other_federal"),
        ("les policiers de Chicago sur Devon", "cpd"),
        ("les flics sur Devon", "other_police"),
        ("imigrasyon devan kay la", "ice"),
    ],
)
def test_agency_names_residents_use(text: str, agency: str) -> None:
    assert fr(text).agency == agency


def test_police_cooperation() -> None:
    blocked = fr("la police bloquait la rue pendant que ICE embarquait les vendeurs hier")
    assert blocked.category == "police_federal_cooperation"
    assert "local_police_present" in blocked.flags
    asked = fr("Dimanche un policier m'a demandé si j'étais légal")
    assert (asked.priority, asked.category) == ("P2", "police_federal_cooperation")
    assert "police_asked_status" in codes(asked)
    threat = fr("le policier a dit qu'il allait appeler l'immigration")
    assert "police_threatened_immigration" in codes(threat)


def test_african_and_haitian_french() -> None:
    ramasse = fr("Il y a deux heures les gars de l'immigration ont ramassé les vendeurs")
    assert (ramasse.priority, ramasse.category) == ("P2", "federal_enforcement")
    assert "detention" in ramasse.flags
    kreyol = fr("yo pran papa pitit mwen devan lekol la kounye a se ICE")
    assert kreyol.priority == "P1"
    assert {"ongoing", "detention", "minor_involved", "sensitive_location"} <= set(kreyol.flags)
    past = fr("Yè swa ICE pran frè m nan travay li, nou pa konn kote li ye")
    assert past.priority == "P2"


def test_english_mixed_into_french() -> None:
    result = fr("les ICE agents ont arrêté mon voisin right now devant chez lui")
    assert (result.priority, result.category) == ("P1", "federal_enforcement")
    assert set(result.flags) >= {"ongoing", "detention"}


def test_identifiers() -> None:
    named = fr("Avant-hier l'agent de ICE qui s'appelle Miller m'a poussé contre le mur")
    assert "agent_identified" in named.flags
    plate = fr("3 camions de ICE garés devant l'école, plaque IL 8824510")
    assert "vehicle_identified" in plate.flags
    hidden = fr("une voiture sans plaque devant l'immeuble, des hommes en civil cagoulés")
    assert "vehicle_identified" not in hidden.flags
    assert "masked_agents" in hidden.flags


def test_tears_are_not_weapons() -> None:
    assert "weapon" not in fr("ma fille est en larmes depuis que ICE a pris son père").flags


def test_questions_and_tests_are_information_only() -> None:
    question = fr("Bonjour est-ce que je dois ouvrir la porte si ICE vient sans mandat?")
    assert (question.priority, question.category) == ("P4", "other")
    assert fr("ceci est un test").priority == "P4"
    assert fr("Félicitations vous avez gagné un iPhone gratuit, cliquez ici").priority == "P4"


@pytest.mark.parametrize(
    ("text", "recency"),
    [
        ("maintenant", "now"),
        ("il y a 10 minutes", "now"),
        ("il y a une demi heure", "within_hour"),
        ("hier soir", "earlier"),
        ("la semaine passée", "earlier"),
        ("kounye a", "now"),
    ],
)
def test_parse_time_in_french(text: str, recency: str) -> None:
    assert parse_time(text, "fr", NOW)["recency"] == recency
