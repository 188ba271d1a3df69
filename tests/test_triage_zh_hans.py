"""Chinese as Chicago residents text it: no spaces between words, Simplified and Traditional
characters, some Cantonese, English mixed in, and negators that count characters."""

from __future__ import annotations

import re

import pytest

from app.triage import Report, Text, Triage, triage
from app.triage.lexicon import zh_hans


def sms(text: str) -> Triage:
    return triage(Report(answers={}, texts=[Text("narrative", text, "zh_Hans")], channel="sms"))


def codes(result: Triage) -> set[str]:
    return {r.code for r in result.reasons}


# --- negation: characters, not words ----------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "昨天移民局把我邻居带走了，没有人受伤",
        "昨天移民局把我邻居带走了 没人受伤",
        "昨天移民局把我鄰居帶走了，沒有人受傷",
        "昨天移民局把我邻居带走了 我没看到有人受伤",
    ],
)
def test_nobody_hurt_does_not_set_injury(text: str) -> None:
    result = sms(text)
    assert "injury" not in result.flags
    assert "detention" in result.flags
    assert (result.priority, result.category) == ("P2", "federal_enforcement")


def test_nobody_taken_is_a_sighting() -> None:
    result = sms("上周移民局的人在我们楼下 没有抓人")
    assert "detention" not in result.flags
    assert (result.priority, result.category) == ("P3", "sighting")


def test_a_negator_stops_at_but() -> None:
    # 但是 ends the reach of 没有: they did take him.
    result = sms("昨天没有人受伤但是把他带走了")
    assert "detention" in result.flags
    assert "injury" not in result.flags


def test_not_knocking_is_not_not_entering() -> None:
    # "没敲门就进来了": they came in without knocking.
    result = sms("移民局的人没敲门就闯进来了 现在还在我家")
    assert "agents_at_door" in codes(result)
    assert result.priority == "P1"


def test_a_hypothetical_is_a_question() -> None:
    result = sms("请问如果移民局来敲门 我一定要开门吗？我有什么权利")
    assert (result.priority, result.category) == ("P4", "other")
    assert "agents_at_door" not in codes(result)


# --- time: 现在 is weak, 正在 and 现在有 are not --------------------------------------------


def test_now_and_yesterday_change_the_priority() -> None:
    now = sms("移民局正在把我老公带走 在Wentworth")
    before = sms("移民局昨天把我老公带走了 在Wentworth")
    assert (now.priority, before.priority) == ("P1", "P2")
    assert "ongoing" in now.flags and "ongoing" not in before.flags


def test_minutes_ago_is_within_the_hour_not_ongoing() -> None:
    result = sms("ICE十分钟前把我老公抓走了")
    assert result.priority == "P1"
    assert "within_hour" in codes(result)
    assert "ongoing" not in result.flags


def test_now_after_a_past_arrest_is_not_happening_now() -> None:
    # Taken yesterday; "现在" only says where things stand.
    result = sms("我老公昨天被移民局抓了，现在不知道关在哪里")
    assert result.priority == "P2"
    assert "ongoing" not in result.flags


def test_a_verb_ending_in_lai_le_is_not_they_came() -> None:
    # 铐起来了 is "handcuffed", not "they have come".
    result = sms("前天警察在Archer把一个小哥铐起来了")
    assert "happening_now" not in codes(result)
    assert (result.priority, result.category) == ("P2", "police_misconduct")


def test_a_child_alone_now_after_a_morning_arrest() -> None:
    result = sms("我妈妈今天早上被移民局抓了，弟弟才6岁现在一个人在家没人照顾")
    assert result.priority == "P1"
    assert "child_alone" in codes(result)
    assert "minor_involved" in result.flags


# --- characters, dialect and English ---------------------------------------------------


def test_traditional_characters() -> None:
    result = sms("他們昨天把我爸爸帶走了 門被撞壞了 沒有給我們看搜查令")
    assert {"detention", "property_damage", "no_judicial_warrant"} <= set(result.flags)
    assert result.priority == "P2"


def test_cantonese() -> None:
    result = sms("而家有ICE喺我哋樓下拉人 差佬都喺度")
    assert (result.priority, result.category) == ("P1", "federal_enforcement")
    assert {"ongoing", "detention", "local_police_present"} <= set(result.flags)


def test_english_mixed_in() -> None:
    result = sms("help!! ICE agents在Cermak Rd的Walgreens门口正在抓人")
    assert (result.priority, result.category) == ("P1", "federal_enforcement")
    assert result.agency == "ice"


def test_placeholder_reaches_across_a_few_characters() -> None:
    # "把 ~ 抓": 把我老公抓走, with no spaces anywhere.
    result = sms("移民局昨天把我老公抓走了")
    assert "detention" in result.flags


# --- words that only look like a report ------------------------------------------------


@pytest.mark.parametrize(
    "text",
    ["我昨天给律师打了个电话", "我在唐人街打工", "昨天在餐馆打包带走了两份饭"],
)
def test_everyday_verbs_are_not_force_or_arrest(text: str) -> None:
    result = sms(text)
    assert not {"use_of_force", "detention"} & set(result.flags)


def test_a_warrant_is_not_a_search() -> None:
    result = sms("上个月ICE来过 给我们看了搜查令")
    assert "questioning" not in codes(result)


# --- local police and immigration -------------------------------------------------------


def test_police_asking_status_and_threatening_immigration() -> None:
    result = sms("上个礼拜在Bridgeport被警察拦下来 问我有没有身份 还说要打电话叫移民局")
    assert (result.priority, result.category) == ("P2", "police_federal_cooperation")
    assert "police_asked_status" in codes(result)
    assert "local_police_present" not in result.flags


def test_police_blocking_the_road_for_immigration_now() -> None:
    result = sms("现在Archer Ave警察把路封了，移民局的人在查每辆车的证件")
    assert (result.priority, result.category) == ("P1", "police_federal_cooperation")
    assert "police_blocked_traffic" in codes(result)


def test_police_alone_asking_for_a_licence_is_a_stop() -> None:
    result = sms("昨天警察在Bridgeport拦下我 要看驾照")
    assert (result.priority, result.category) == ("P3", "police_misconduct")
    assert "police_asked_status" not in codes(result)


# --- the word list itself ---------------------------------------------------------------


def test_no_phrase_nests_a_group() -> None:
    # The phrase syntax has no nested groups: "(a|(b|c))" would silently match nonsense.
    nested = re.compile(r"\([^()]*\(")
    for concept, phrases in zh_hans.CONCEPTS.items():
        for phrase in phrases:
            assert not nested.search(phrase), (concept, phrase)
            assert ")(" not in phrase, (concept, phrase)
            assert "*" not in phrase, (concept, phrase)
