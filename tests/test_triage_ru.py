"""Triage of reports written in Russian: inflection, negation, time and mixed scripts."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from app.triage import Report, Text, Triage, parse_time, triage
from app.triage.lexicon import LEXICONS
from app.triage.matcher import compiled

# A Friday afternoon in Chicago.
NOW = datetime(2026, 3, 20, 16, 30, tzinfo=ZoneInfo("America/Chicago"))


def ru(text: str, **answers: object) -> Triage:
    return triage(Report(answers=answers, texts=[Text("narrative", text, "ru")], channel="sms"))


def codes(result: Triage) -> list[str]:
    return [reason.code for reason in result.reasons]


def test_the_russian_word_lists_load_and_compile() -> None:
    assert LEXICONS["ru"].locale == "ru"
    assert set(compiled("ru")) == set(LEXICONS["ru"].concepts)


@pytest.mark.parametrize(
    "text",
    [
        "Утром агенты выбили дверь у соседей. Никого не забрали, никто не пострадал.",
        "Раненых нет, пострадавших нет, агенты приходили вчера и ушли",
        "Вчера ICE проверяли документы у всех, никого не били, без травм",
    ],
)
def test_denied_harm_sets_no_flag(text: str) -> None:
    result = ru(text)
    assert not {"injury", "detention", "use_of_force"} & set(result.flags)
    assert result.priority != "P1"


def test_negation_ends_with_the_clause() -> None:
    result = ru("Никто не пострадал, но соседа увезли")
    assert "detention" in result.flags
    assert "injury" not in result.flags


def test_now_makes_a_detention_an_emergency_and_yesterday_does_not() -> None:
    now = ru("айс забирают мужа прямо сейчас у дома")
    assert (now.priority, now.category) == ("P1", "federal_enforcement")
    assert set(now.flags) >= {"ongoing", "detention"}

    earlier = ru("вчера вечером айс забрали мужа у дома")
    assert (earlier.priority, earlier.category) == ("P2", "federal_enforcement")
    assert "ongoing" not in earlier.flags


def test_a_plain_now_yields_to_a_past_marker() -> None:
    # "Где он сейчас, не знаем" says where he is now, not that it happens now.
    result = ru("Вчера иммиграционная служба забрала брата. Где он сейчас, не знаем")
    assert result.priority == "P2"
    assert "happening_now" not in codes(result)


def test_minutes_ago_is_within_the_hour_but_not_ongoing() -> None:
    result = ru("мою маму забрала иммиграционка минут 10 назад")
    assert result.priority == "P1"
    assert "within_hour" in codes(result)
    assert "ongoing" not in result.flags


@pytest.mark.parametrize(
    "text",
    [
        "полиция помогала агентам",
        "Полиция помогла агентам",
        "полицию вызвали, полицейские помогали айсам",
        "Полицейский помогает ICE",
    ],
)
def test_inflected_forms_of_the_same_words(text: str) -> None:
    result = ru(text)
    assert result.category == "police_federal_cooperation"
    assert "local_police_present" in result.flags


@pytest.mark.parametrize(
    ("text", "agency"),
    [
        ("айсы приехали на Devon", "ice"),
        ("ICE-овцы стоят у магазина", "ice"),
        ("иммиграционка стоит у магазина", "ice"),
        ("пограничники на вокзале", "cbp"),
        ("федералы на углу", "other_federal"),
        ("Полиция Чикаго на углу", "cpd"),
        ("менты стоят на углу", "other_police"),
    ],
)
def test_agency_names_residents_use(text: str, agency: str) -> None:
    assert ru(text).agency == agency


def test_a_taken_phone_is_not_a_detained_person() -> None:
    result = ru("вчера агент забрал мой телефон когда я снимал")
    assert "detention" not in result.flags
    assert "retaliation" in result.flags


def test_a_parent_collecting_a_child_is_not_a_detention() -> None:
    result = ru("сегодня я забрала сына из школы и увидела агентов у входа")
    assert "detention" not in result.flags
    assert result.category == "sighting"


def test_immigration_as_a_topic_is_not_immigration_agents() -> None:
    result = ru(
        "Полиция остановила меня вчера, обыскали машину. Про иммиграцию ничего не спрашивали"
    )
    assert (result.priority, result.category) == ("P3", "police_misconduct")
    assert "local_police_present" not in result.flags


def test_police_asking_status_is_cooperation_without_agents_there() -> None:
    result = ru("на прошлой неделе полиция спрашивала есть ли у меня документы и откуда я приехал")
    assert (result.priority, result.category) == ("P2", "police_federal_cooperation")
    assert "police_asked_status" in codes(result)
    assert "local_police_present" not in result.flags


def test_police_threatening_to_call_immigration() -> None:
    result = ru("Полицейский из CPD сказал что позвонит в иммиграцию. Это было в понедельник")
    assert (result.priority, result.category) == ("P2", "police_federal_cooperation")
    assert "police_threatened_immigration" in codes(result)


def test_folding_reads_yo_and_short_i_either_way() -> None:
    with_letters = ru("Агенты ещё тут, сосед лежит без сознания, вызовите скорую")
    without = ru("агенты еще тут сосед лежит без сознания вызовите скорую")
    assert with_letters.priority == without.priority == "P1"
    assert with_letters.flags == without.flags
    assert "medical_needed" in with_letters.flags


def test_english_mixed_into_russian() -> None:
    result = ru("Копы стоят рядом и смотрят пока ICE agents надевают наручники на парня, right now")
    assert (result.priority, result.category) == ("P1", "police_federal_cooperation")
    assert set(result.flags) >= {"ongoing", "detention", "local_police_present"}


def test_russian_typed_in_latin_letters() -> None:
    result = ru("pomogite ICE zabrali soseda pryamo seichas oni eshe tut")
    assert (result.priority, result.category) == ("P1", "federal_enforcement")
    assert set(result.flags) >= {"ongoing", "detention"}


def test_a_child_left_alone_is_an_emergency_even_after_a_morning_arrest() -> None:
    result = ru("Дочь 8 лет осталась одна дома, маму забрали утром")
    assert result.priority == "P1"
    assert "child_alone" in codes(result)


def test_local_police_force_now_is_an_emergency_but_not_federal() -> None:
    result = ru("Сейчас полицейские держат моего сына на земле и бьют")
    assert (result.priority, result.category) == ("P1", "police_misconduct")
    assert "local_police_present" not in result.flags


def test_identifiers() -> None:
    badge = ru("Позавчера офицер ICE толкнул жену. Номер значка 4471")
    assert "agent_identified" in badge.flags
    plate = ru("Машина ICE номер IL CX 48213 паркуется напротив дома")
    assert "vehicle_identified" in plate.flags
    hidden = ru("две черные машины без номеров у церкви, мужчины в балаклавах")
    assert "vehicle_identified" not in hidden.flags
    assert {"masked_agents", "sensitive_location"} <= set(hidden.flags)


def test_questions_and_tests_are_information_only() -> None:
    question = ru("Здравствуйте, какие у меня права если иммиграция придёт домой?")
    assert (question.priority, question.category) == ("P4", "other")
    assert ru("тест").priority == "P4"
    assert ru("Поздравляем! Вы выиграли приз, переходите по ссылке").priority == "P4"


@pytest.mark.parametrize(
    ("text", "recency"),
    [
        ("прямо сейчас", "now"),
        ("10 минут назад", "now"),
        ("полчаса назад", "within_hour"),
        ("вчера вечером", "earlier"),
        ("на прошлой неделе", "earlier"),
    ],
)
def test_parse_time_in_russian(text: str, recency: str) -> None:
    assert parse_time(text, "ru", NOW)["recency"] == recency
