"""Tagalog as Filipino residents text it: Taglish, verb aspect written with infixes and repeated
syllables, texting shortcuts, negation before the verb, and time words."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.triage import Report, Text, Triage, detect_language, triage
from app.triage.evaluation import evaluate, load_cases
from app.triage.lexicon import LOCALES

EVAL = Path(__file__).parent / "triage_eval" / "tl.yaml"


def sms(text: str) -> Triage:
    return triage(Report(answers={}, texts=[Text("narrative", text, "tl")], channel="sms"))


def codes(result: Triage) -> set[str]:
    return {r.code for r in result.reasons}


# --- verb forms -------------------------------------------------------------------------


@pytest.mark.parametrize(
    "verb",
    [
        "hinuli",  # completed
        "hinuhuli",  # in progress: first syllable repeated
        "huhulihin",  # about to happen
        "inaresto",
        "inaaresto",
        "dinampot",
        "dinadampot",
        "dinakip",
        "pinosasan",
        "nanghuhuli ng tao",
    ],
)
def test_arrest_verbs_in_every_aspect_are_a_detention(verb: str) -> None:
    assert "detention" in sms(f"{verb} ng ICE yung kapitbahay namin").flags


@pytest.mark.parametrize(
    ("text", "detained"),
    [
        ("kinuha ng ICE yung tito ko", True),
        ("kinukuha nila ang tatay ko", True),
        ("yung asawa ko kinuha ng mga ahente", True),
        ("isinakay nila sa van si kuya", True),
        # Taking a thing, or the resident picking up their own child, is not a detention.
        ("kinuha nila ang cellphone ko", False),
        ("kinuha ko yung anak ko sa school kanina", False),
    ],
)
def test_taking_a_person_is_a_detention_taking_a_thing_is_not(text: str, detained: bool) -> None:
    assert ("detention" in sms(text).flags) is detained


def test_nahuli_counts_only_when_someone_caught_them() -> None:
    # "Nahuli" is also "came late".
    assert "detention" not in sms("nahuli ako sa trabaho kanina kasi traffic").flags
    assert "detention" in sms("nahuli siya ng ICE sa Devon").flags


def test_back_of_the_line_is_not_an_arrest() -> None:
    assert "person_detained" not in codes(sms("nasa hulihan kami ng pila sa Seafood City"))
    assert "person_detained" in codes(sms("may hulihan sa Lawrence kahapon"))


# --- negation ---------------------------------------------------------------------------


def test_nobody_hurt_does_not_set_injury() -> None:
    result = sms("walang nasaktan pero hinuli nila si kuya kahapon")
    assert "injury" not in result.flags
    assert "detention" in result.flags
    assert result.priority == "P2"


def test_particles_between_negator_and_verb_do_not_break_negation() -> None:
    # "Hindi naman po nila hinuli": po, naman are skipped when counting.
    result = sms("hindi naman po nila hinuli si tito, tinanong lang siya ng ICE kahapon")
    assert "detention" not in result.flags
    assert (result.priority, result.category) == ("P3", "federal_enforcement")


def test_not_knowing_where_he_was_taken_does_not_deny_the_detention() -> None:
    result = sms("hinuli ng ICE si papa kahapon, hindi namin alam kung saan siya dinala")
    assert "detention" in result.flags


def test_a_name_after_ni_is_not_a_spanish_negation() -> None:
    # "Ni" marks a name in Tagalog; Spanish reads it as "nor".
    result = sms("ang anak ni Aling Rosa hinuli ng ICE kanina lang")
    assert result.priority == "P1"
    assert "detention" in result.flags


@pytest.mark.parametrize(
    "text",
    [
        "ano po ang karapatan ko kung kumatok ang ICE sa bahay?",
        "pwede ba silang pumasok sa bahay kahit walang warrant?",
    ],
)
def test_hypotheticals_are_questions(text: str) -> None:
    result = sms(text)
    assert (result.priority, result.category) == ("P4", "other")


# --- time -------------------------------------------------------------------------------


def test_now_and_yesterday_change_the_priority() -> None:
    now = sms("hinuli ng ICE si tito ngayon sa Lawrence")
    yesterday = sms("hinuli ng ICE si tito kahapon sa Lawrence")
    assert (now.priority, yesterday.priority) == ("P1", "P2")
    assert "ongoing" in now.flags and "ongoing" not in yesterday.flags


def test_just_now_is_within_the_hour_not_ongoing() -> None:
    result = sms("tinutukan ng baril ng ICE yung kapitbahay namin ngayon lang")
    assert result.priority == "P1"
    assert "within_hour" in codes(result)
    assert "ongoing" not in result.flags


def test_still_not_home_after_yesterday_is_not_happening_now() -> None:
    result = sms("kinuha ng ICE si kuya kahapon, hanggang ngayon hindi pa umuuwi")
    assert result.priority == "P2"


def test_verbs_in_progress_mean_it_is_happening() -> None:
    result = sms("kumakatok ang ICE sa pinto namin")
    assert (result.priority, result.category) == ("P1", "federal_enforcement")
    assert "ongoing" in result.flags


# --- Taglish and texting ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "priority", "flags"),
    [
        ("na-detain yung friend ko sa Home Depot last Friday", "P2", {"detention"}),
        ("ICE took my tito kanina sa Devon", "P2", {"detention"}),
        ("kinukuha ng ICE ung tito ko ngayon d2 sa harap ng bahay", "P1", {"detention"}),
        ("may checkpoint ang border patrol sa Foster rn", "P1", {"ongoing"}),
        ("mga naka-mask na ahente nasa labas ng school ngayon", "P2", {"masked_agents"}),
    ],
)
def test_taglish_and_shortcuts(text: str, priority: str, flags: set[str]) -> None:
    result = sms(text)
    assert result.priority == priority
    assert flags <= set(result.flags)


def test_ice_cream_is_not_the_agency() -> None:
    assert sms("bumili ako ng ice cream sa Jewel kanina").agency == "unknown"


# --- local police -----------------------------------------------------------------------


def test_police_blocking_the_street_for_ice_is_cooperation() -> None:
    result = sms("hinarangan ng pulis ang kalye habang nanghuhuli ang ICE ngayon")
    assert (result.priority, result.category) == ("P1", "police_federal_cooperation")
    assert {"ongoing", "detention", "local_police_present"} <= set(result.flags)


def test_police_threatening_to_call_immigration() -> None:
    result = sms("pinara ako ng pulis kagabi at sabi tatawagan daw niya ang immigration")
    assert (result.priority, result.category) == ("P2", "police_federal_cooperation")
    assert "retaliation" not in result.flags
    assert "local_police_present" not in result.flags


def test_police_force_with_no_immigration_angle() -> None:
    result = sms("sinampal at sinipa ng pulis ng Chicago yung kapatid ko kagabi, walang ICE")
    assert (result.priority, result.category) == ("P2", "police_misconduct")
    assert result.agency == "cpd"


# --- the labelled set and language detection --------------------------------------------


def test_the_tagalog_labelled_set_meets_its_targets() -> None:
    scores = evaluate(load_cases([EVAL])).overall
    assert scores.cases >= 24
    assert scores.p1_recall == 1.0
    assert scores.priority_accuracy is not None and scores.priority_accuracy >= 0.92
    assert scores.category_accuracy is not None and scores.category_accuracy >= 0.92


@pytest.mark.parametrize(
    "text",
    ["kinuha nila si tito kanina", "tulong po", "may ICE sa labas ng bahay namin"],
)
def test_tagalog_is_detected(text: str) -> None:
    assert detect_language(text, LOCALES) == "tl"
