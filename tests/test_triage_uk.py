"""Triage of reports written in Ukrainian: inflection, surzhyk, apostrophes, negation, time,
Latin letters and English mixed in."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from app.triage import Report, Text, Triage, detect_language, parse_time, triage
from app.triage.lexicon import LEXICONS, LOCALES
from app.triage.matcher import compiled

# A Friday afternoon in Chicago.
NOW = datetime(2026, 3, 20, 16, 30, tzinfo=ZoneInfo("America/Chicago"))


def uk(text: str, **answers: object) -> Triage:
    return triage(Report(answers=answers, texts=[Text("narrative", text, "uk")], channel="sms"))


def codes(result: Triage) -> list[str]:
    return [reason.code for reason in result.reasons]


def test_the_ukrainian_word_lists_load_and_compile() -> None:
    assert LEXICONS["uk"].locale == "uk"
    assert set(compiled("uk")) == set(LEXICONS["uk"].concepts)


# --- negation -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Вчора ввечері айс забрали мого чоловіка. Не били, ніхто не поранений",
        "вчора ICE забрали брата, ніхто не постраждав, поранених немає",
        "вчора затримали сусіда, ніякого насильства не було, ніхто не бив",
    ],
)
def test_denied_harm_sets_no_flag(text: str) -> None:
    result = uk(text)
    assert "detention" in result.flags
    assert not {"injury", "use_of_force"} & set(result.flags)
    assert result.priority == "P2"


def test_negation_ends_with_the_clause() -> None:
    result = uk("ніхто не поранений, але сусіда забрали вчора")
    assert "detention" in result.flags
    assert "injury" not in result.flags


@pytest.mark.parametrize(
    "text",
    [
        "Минулого тижня поліція зупинила мене на Harlem. ICE не було, мене ніхто не бив",
        "Поліцейський на Division зупинив брата в суботу. Тільки поліція, ніякого ICE",
        "вчера менты задержали соседа, ICE не было",
    ],
)
def test_no_ice_leaves_a_police_only_report(text: str) -> None:
    result = uk(text)
    assert result.category == "police_misconduct"
    assert "local_police_present" not in result.flags


# --- time ---------------------------------------------------------------------------------


def test_now_makes_a_detention_an_emergency_and_yesterday_does_not() -> None:
    now = uk("прямо зараз агенти забирають мого чоловіка біля дому")
    assert (now.priority, now.category) == ("P1", "federal_enforcement")
    assert {"ongoing", "detention"} <= set(now.flags)

    earlier = uk("вчора ввечері агенти забрали мого чоловіка біля дому")
    assert (earlier.priority, earlier.category) == ("P2", "federal_enforcement")
    assert "ongoing" not in earlier.flags


def test_a_plain_zaraz_yields_to_a_past_marker() -> None:
    # "Донька зараз вдома" says where she is now, not that it happens now.
    result = uk("Вчора ICE приходили в школу, питали у вчителів нашу адресу. Донька зараз вдома")
    assert result.priority == "P3"
    assert "happening_now" not in codes(result)


def test_an_hour_ago_is_within_the_hour_but_not_ongoing() -> None:
    result = uk("маму забрали агенти годину тому біля роботи")
    assert result.priority == "P1"
    assert "within_hour" in codes(result)
    assert "ongoing" not in result.flags


def test_a_child_alone_now_is_an_emergency_even_after_a_morning_arrest() -> None:
    result = uk("моя донька 8 років сама вдома бо нас з чоловіком забрали вранці")
    assert result.priority == "P1"
    assert "child_alone" in codes(result)
    assert "detention" in result.flags


@pytest.mark.parametrize(
    ("text", "recency"),
    [
        ("зараз", "now"),
        ("пів години тому", "within_hour"),
        ("дві години тому", "today"),
        ("сьогодні вранці о 7", "today"),
        ("вчора ввечері", "earlier"),
        ("минулої ночі", "earlier"),
        ("в четвер", "earlier"),
        ("минулого тижня", "earlier"),
        ("завтра", "unknown"),
    ],
)
def test_parse_time_in_ukrainian(text: str, recency: str) -> None:
    assert parse_time(text, "uk", NOW)["recency"] == recency


# --- inflection, apostrophes, surzhyk, Latin letters ---------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "вчора айс забрали мого чоловіка",
        "вчора міграційна служба затримала сусідку",
        "вчора забрали агенти двох робітників",
        "вчора маму забрали ICE на роботі",
        "вчора сусіда затримали біля магазину",
        "вчора хлопця запхали в чорний бус",
        "вчера айс задержали соседа",
    ],
)
def test_inflected_forms_of_a_detention(text: str) -> None:
    result = uk(text)
    assert "detention" in result.flags
    assert result.priority == "P2"


@pytest.mark.parametrize(
    "text",
    [
        "Поліцейський зараз бʼє хлопця на зупинці",
        "Поліцейський зараз б'є хлопця на зупинці",
        "Поліцейський зараз б’є хлопця на зупинці",
    ],
)
def test_every_apostrophe_reads_the_same(text: str) -> None:
    result = uk(text)
    assert (result.priority, result.category) == ("P1", "police_misconduct")
    assert {"ongoing", "use_of_force"} <= set(result.flags)


def test_surzhyk_and_russian_words_mixed_in() -> None:
    result = uk("щас менти стоять і дивляться як айсівці хапають людей на Western")
    assert (result.priority, result.category) == ("P1", "police_federal_cooperation")
    assert {"ongoing", "detention", "local_police_present"} <= set(result.flags)


def test_ukrainian_typed_in_latin_letters() -> None:
    result = uk("ICE zaraz pered nashym budynkom, dva chorni SUV, nichogo ne roblyat prosto stoyat")
    assert (result.priority, result.category) == ("P2", "sighting")
    assert "ongoing" in result.flags


def test_english_mixed_into_ukrainian() -> None:
    result = uk("ICE took my husband з роботи, допоможіть, прямо зараз")
    assert result.priority == "P1"
    assert {"detention", "ongoing"} <= set(result.flags)


def test_words_that_only_look_like_report_words() -> None:
    # "синці" are bruises and "синій" is blue, not a son; "рано" is early, not a wound;
    # "клінінг" is cleaning work, not a clinic; "зупинка" is also a bus stop.
    bruised = uk("вчора поліцейський вдарив мене, в мене синці")
    assert "minor_involved" not in bruised.flags
    assert "injury" in bruised.flags
    assert "minor_involved" not in uk("вчора біля дому стояв синій фургон").flags
    assert "injury" not in uk("вчора рано вранці агенти стояли біля дому").flags
    assert "sensitive_location" not in uk("вчора ICE прийшли до мами на клінінг").flags
    assert "questioning" not in codes(uk("вчора бачила агентів на зупинці автобуса"))


def test_a_taken_phone_is_retaliation_not_a_detention() -> None:
    result = uk("вчора поліцейський забрав у мене телефон бо я знімала")
    assert "detention" not in result.flags
    assert "retaliation" in result.flags


def test_a_parent_collecting_a_child_is_not_a_detention() -> None:
    assert "detention" not in uk("вчора я забрала сина зі школи бо там був ICE").flags


# --- who did it ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "agency"),
    [
        ("вчора айсівці забрали сусіда", "ice"),
        ("вчора прикордонники забрали сусіда", "cbp"),
        ("вчора федерали забрали сусіда", "other_federal"),
        ("вчора поліція Чикаго затримала сусіда", "cpd"),
        ("вчора менти затримали сусіда", "other_police"),
    ],
)
def test_agency_names_residents_use(text: str, agency: str) -> None:
    assert uk(text).agency == agency


def test_police_blocking_the_street_for_ice_is_cooperation() -> None:
    result = uk("Сьогодні вранці поліція перекрила вулицю поки ICE заходили в будинок")
    assert (result.priority, result.category) == ("P2", "police_federal_cooperation")
    assert "local_police_present" in result.flags


def test_police_asking_status_and_threatening_immigration() -> None:
    result = uk(
        "Позавчора мене зупинив поліцейський, питав чи є в мене грін карта,"
        " сказав що подзвонить в міграційну службу"
    )
    assert (result.priority, result.category) == ("P2", "police_federal_cooperation")
    assert {"police_asked_status", "police_threatened_immigration"} <= set(codes(result))


# --- identifiers, questions, tests --------------------------------------------------------


def test_identifiers() -> None:
    result = uk("вчора агент з жетоном номер 12345 питав документи, номер машини CV 48213")
    assert {"agent_identified", "vehicle_identified"} <= set(result.flags)
    named = uk("Два дні тому агент ICE, казав що його звати Родрігес, допитував мене")
    assert "agent_identified" in named.flags


@pytest.mark.parametrize(
    "text",
    [
        "Скажіть будь ласка чи має право ICE заходити в квартиру без ордера судді?",
        "Чи може ICE зайти в квартиру без ордера?",
        "маю питання що робити якщо прийдуть агенти на роботу?",
        "тест",
        "Вітаємо! Ви виграли 1000$ !!! Перейдіть за посиланням щоб отримати приз",
    ],
)
def test_questions_tests_and_spam_are_information_only(text: str) -> None:
    result = uk(text)
    assert (result.priority, result.category, result.flags) == ("P4", "other", ())


# --- language detection -------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Вони тут, допоможіть",
        "Вчора забрали чоловіка, що робити",
        "щас айс біля будинку",
    ],
)
def test_ukrainian_is_told_apart_from_russian(text: str) -> None:
    assert detect_language(text, LOCALES) == "uk"


def test_a_russian_message_stays_russian() -> None:
    assert detect_language("Дочь 8 лет осталась одна дома, маму забрали утром", LOCALES) == "ru"
