"""Triage of reports written in Polish: inflection, "ł" typed as "l", negation, time and
English mixed in."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from app.triage import Report, Text, Triage, detect_language, parse_time, triage
from app.triage.lexicon import LEXICONS, LOCALES
from app.triage.matcher import compiled

# A Friday afternoon in Chicago.
NOW = datetime(2026, 3, 20, 16, 30, tzinfo=ZoneInfo("America/Chicago"))


def pl(text: str, **answers: object) -> Triage:
    return triage(Report(answers=answers, texts=[Text("narrative", text, "pl")], channel="sms"))


def codes(result: Triage) -> list[str]:
    return [reason.code for reason in result.reasons]


def test_the_polish_word_lists_load_and_compile() -> None:
    assert LEXICONS["pl"].locale == "pl"
    assert set(compiled("pl")) == set(LEXICONS["pl"].concepts)


# --- negation -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "wczoraj ICE zabrało wujka z pracy. Nie bili go i nikt nie jest ranny",
        "wczoraj imigracja zatrzymała sąsiada, nikt nie został ranny, nikogo nie pobili",
        "ICE zatrzymało kuzyna w piątek, nikt z nas nie został poważnie ranny",
    ],
)
def test_denied_harm_sets_no_flag(text: str) -> None:
    result = pl(text)
    assert "detention" in result.flags
    assert not {"injury", "use_of_force"} & set(result.flags)
    assert result.priority == "P2"


def test_negation_ends_with_the_clause() -> None:
    result = pl("nikt nie został ranny, ale zabrali sąsiada wczoraj")
    assert "detention" in result.flags
    assert "injury" not in result.flags


def test_nobody_taken_is_not_a_detention() -> None:
    result = pl("dwie godziny temu agenci w maskach pytali ludzi skąd są. Nikogo nie zabrali")
    assert "detention" not in result.flags
    assert (result.priority, result.category) == ("P3", "federal_enforcement")


@pytest.mark.parametrize(
    "text",
    [
        "policjant zatrzymał mnie wczoraj na Belmont, bez ICE, sama policja",
        "policjant zatrzymał mnie wczoraj na Belmont. ICE nie było",
    ],
)
def test_no_ice_leaves_a_police_only_report(text: str) -> None:
    result = pl(text)
    assert result.category == "police_misconduct"
    assert "local_police_present" not in result.flags


# --- time ---------------------------------------------------------------------------------


def test_now_makes_a_detention_an_emergency_and_yesterday_does_not() -> None:
    now = pl("agenci zabierają mojego męża spod domu, pomocy")
    assert (now.priority, now.category) == ("P1", "federal_enforcement")
    assert {"ongoing", "detention"} <= set(now.flags)

    earlier = pl("wczoraj wieczorem agenci zabrali mojego męża spod domu")
    assert (earlier.priority, earlier.category) == ("P2", "federal_enforcement")
    assert "ongoing" not in earlier.flags


def test_half_an_hour_ago_is_within_the_hour_but_not_ongoing() -> None:
    result = pl("pół godziny temu zabrali mojego brata z budowy w Niles")
    assert result.priority == "P1"
    assert "within_hour" in codes(result)
    assert "ongoing" not in result.flags


def test_a_plain_teraz_yields_to_a_past_marker() -> None:
    # "Nie wiem gdzie jest teraz" says where he is now, not that it happens now.
    result = pl("wczoraj zabrali syna z pracy, nie wiem gdzie jest teraz")
    assert result.priority == "P2"
    assert "happening_now" not in codes(result)


def test_a_child_alone_now_is_an_emergency_even_after_a_morning_arrest() -> None:
    result = pl("moja córka 8 lat jest sama w domu bo zabrali mnie i męża rano")
    assert result.priority == "P1"
    assert "child_alone" in codes(result)


@pytest.mark.parametrize(
    ("text", "recency"),
    [
        ("teraz", "now"),
        ("przed chwilą", "within_hour"),
        ("pół godziny temu", "within_hour"),
        ("2 godziny temu", "today"),
        ("dziś rano o 7", "today"),
        ("wczoraj wieczorem", "earlier"),
        ("zeszlej nocy", "earlier"),
        ("w zeszły poniedziałek", "earlier"),
        ("jutro", "unknown"),
    ],
)
def test_parse_time_in_polish(text: str, recency: str) -> None:
    assert parse_time(text, "pl", NOW)["recency"] == recency


def test_o_2_w_nocy_is_two_in_the_morning() -> None:
    assert parse_time("wczoraj o 2 w nocy", "pl", NOW)["at"] == "2026-03-19T02:00:00-05:00"


# --- inflection and spelling --------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "wczoraj imigracja zatrzymała sąsiada",
        "wczoraj ICE zatrzymało sąsiada",
        "wczoraj agenci zatrzymali sąsiadów",
        "wczoraj mój syn został zatrzymany przez ICE",
        "wczoraj zgarnęli kuzyna z myjni",
        "wczoraj zabrali z 6 chłopaków z budowy",
        "wczoraj wsadzili go do czarnego SUVa",
        "wczoraj aresztowali mojego brata",
    ],
)
def test_inflected_forms_of_a_detention(text: str) -> None:
    result = pl(text)
    assert "detention" in result.flags
    assert result.priority == "P2"


@pytest.mark.parametrize(
    ("with_letters", "without"),
    [
        ("wczoraj imigracja zabrała męża", "wczoraj imigracja zabrala meza"),
        ("wczoraj pchnął mnie na ziemię", "wczoraj pchnal mnie na ziemie"),
        ("zeszłej nocy strzelali na podwórku", "zeszlej nocy strzelali na podworku"),
        ("przy szkole stoją białe vany", "przy szkole stoja biale vany"),
    ],
)
def test_polish_letters_are_optional(with_letters: str, without: str) -> None:
    a, b = pl(with_letters), pl(without)
    assert (a.priority, a.category, a.flags) == (b.priority, b.category, b.flags)


def test_zatrzymac_is_a_stop_for_the_writer_and_a_detention_for_others() -> None:
    stop = pl("wczoraj policjant zatrzymał mnie do kontroli na Harlem")
    assert "detention" not in stop.flags
    assert (stop.priority, stop.category) == ("P3", "police_misconduct")

    detained = pl("wczoraj policjant zatrzymał sąsiada na Harlem i zabrał na komisariat")
    assert "detention" in detained.flags


def test_words_that_only_look_like_report_words() -> None:
    # "maska" is a car bonnet here, "policzek" a cheek, "kości" bones, "od rana" since morning.
    result = pl("wczoraj policjant pchnął mnie na maskę auta i uderzył w policzek")
    assert "masked_agents" not in result.flags
    assert result.category == "police_misconduct"
    assert "sensitive_location" not in pl("wczoraj policja pobiła go, ma złamane kości").flags
    assert "injury" not in pl("od rana dwa białe vany stoją pod blokiem").flags


def test_a_taken_phone_is_retaliation_not_a_detention() -> None:
    result = pl("w sobotę policjant zabrał mi telefon bo nagrywałam, tylko CPD")
    assert "detention" not in result.flags
    assert {"retaliation", "evidence_media"} <= set(result.flags)


def test_a_parent_collecting_a_child_is_not_a_detention() -> None:
    result = pl("wczoraj zabrałam syna ze szkoły bo ICE stało pod szkołą")
    assert "detention" not in result.flags


# --- who did it ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "agency"),
    [
        ("wczoraj ajsy zabrali sąsiada", "ice"),
        ("wczoraj straż graniczna zabrała sąsiada", "cbp"),
        ("wczoraj federalni zabrali sąsiada", "other_federal"),
        ("wczoraj policja z Chicago zatrzymała sąsiada", "cpd"),
        ("wczoraj gliny zatrzymały sąsiada", "other_police"),
    ],
)
def test_agency_names_residents_use(text: str, agency: str) -> None:
    assert pl(text).agency == agency


def test_police_blocking_the_street_for_ice_is_cooperation() -> None:
    result = pl("dzisiaj rano policja zablokowała ulicę a ICE wyprowadzało ludzi z domu")
    assert (result.priority, result.category) == ("P2", "police_federal_cooperation")
    assert {"detention", "local_police_present"} <= set(result.flags)


def test_police_asking_status_and_threatening_immigration() -> None:
    result = pl("wczoraj policjant zapytał czy mam papiery i powiedział że zadzwoni po imigrację")
    assert (result.priority, result.category) == ("P2", "police_federal_cooperation")
    assert {"police_asked_status", "police_threatened_immigration"} <= set(codes(result))


# --- English mixed in ---------------------------------------------------------------------


def test_english_mixed_into_polish() -> None:
    result = pl("ICE took my husband z pracy, pomocy, dzieje się teraz")
    assert result.priority == "P1"
    assert {"detention", "ongoing"} <= set(result.flags)

    warrant = pl("last night agenci ICE stali pod drzwiami, mieli tylko administrative warrant")
    assert "no_judicial_warrant" in warrant.flags
    assert warrant.priority == "P3"


# --- identifiers, questions, tests --------------------------------------------------------


def test_identifiers() -> None:
    result = pl("wczoraj agent miał na kamizelce numer 4471, odjechali Tahoe rejestracja CK 58812")
    assert {"agent_identified", "vehicle_identified"} <= set(result.flags)
    hidden = pl("od tygodnia czarny Durango bez tablic jeździ w kółko po ulicy")
    assert "vehicle_identified" not in hidden.flags
    assert (hidden.priority, hidden.category) == ("P3", "sighting")


@pytest.mark.parametrize(
    "text",
    [
        "Czy muszę otworzyć drzwi jak ICE puka a nie mają nakazu od sędziego? Jakie mam prawa?",
        "Czy ICE może wejść do domu bez nakazu?",
        "Czy policja w Chicago współpracuje z ICE? Słyszałam że dają im adresy ludzi",
        "mam pytanie co robić jak przyjdą agenci do pracy?",
        "test próba 123",
        "Gratulacje! Wygrałeś nagrodę, kliknij tutaj",
    ],
)
def test_questions_tests_and_spam_are_information_only(text: str) -> None:
    result = pl(text)
    assert (result.priority, result.category, result.flags) == ("P4", "other", ())


# --- language detection -------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "zabrali meza teraz pomocy",
        "Policja zatrzymała sąsiada wczoraj",
        "ICE jest pod drzwiami, co mam robic",
    ],
)
def test_polish_is_recognised_with_or_without_polish_letters(text: str) -> None:
    assert detect_language(text, LOCALES) == "pl"
