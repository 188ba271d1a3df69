"""Korean as Chicago residents text it: particles and endings joined to words, negation before
and after the verb, text folded to jamo, English loanwords (아이스, 폴리스) and English mixed in."""

from __future__ import annotations

import re

import pytest

from app.triage import Report, Text, Triage, triage
from app.triage.lexicon import ko
from app.triage.matcher import read


def sms(text: str) -> Triage:
    return triage(Report(answers={}, texts=[Text("narrative", text, "ko")], channel="sms"))


def codes(result: Triage) -> set[str]:
    return {r.code for r in result.reasons}


# --- negation, before and after the verb ------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "어제 ICE가 이웃 아저씨를 데려갔어요 다친 사람은 없어요",
        "어제 ICE가 이웃 아저씨를 데려갔어요 아무도 안 다쳤어요",
        "어제 ICE가 이웃 아저씨를 데려갔어요 다치지는 않았어요",
    ],
)
def test_nobody_hurt_does_not_set_injury(text: str) -> None:
    result = sms(text)
    assert "injury" not in result.flags
    # The denial after the verb does not reach back to the arrest before it.
    assert "detention" in result.flags
    assert (result.priority, result.category) == ("P2", "federal_enforcement")


@pytest.mark.parametrize(
    "text",
    [
        "오늘 아침 이민국 요원들 봤어요 아무도 안 잡아갔어요",
        "오늘 아침 이민국 요원들 봤어요 아무도 체포 안 됐어요",
        "오늘 아침 이민국 요원들 봤어요 아무도 잡아가지 않았어요",
    ],
)
def test_nobody_taken_is_a_sighting(text: str) -> None:
    result = sms(text)
    assert "detention" not in result.flags
    assert (result.priority, result.category) == ("P3", "sighting")


def test_not_ice_but_the_police() -> None:
    result = sms("어제 ICE 아니고 경찰이었어요 차 세워서 이것저것 물어봤어요")
    assert result.agency == "other_police"
    assert (result.priority, result.category) == ("P3", "police_misconduct")


def test_without_a_warrant_is_not_a_denial() -> None:
    # 없이 ("without") must not deny the agents who came in.
    result = sms("지금 이민국이 영장 없이 집에 들어왔어요")
    assert result.priority == "P1"
    assert result.agency == "ice"
    assert "no_judicial_warrant" in result.flags


def test_a_question_about_what_could_happen() -> None:
    result = sms("이민국이 영장 없이 집에 들어올 수 있나요? 제 권리가 뭔지 알고 싶어요")
    assert (result.priority, result.category) == ("P4", "other")


# --- time -------------------------------------------------------------------------------


def test_now_and_yesterday_change_the_priority() -> None:
    now = sms("지금 ICE가 남편을 잡아가고 있어요")
    before = sms("어제 ICE가 남편을 잡아갔어요")
    assert (now.priority, before.priority) == ("P1", "P2")
    assert "ongoing" in now.flags and "ongoing" not in before.flags


@pytest.mark.parametrize(
    "text", ["10분 전에 ICE가 아빠를 잡아갔어요", "10분전에 ICE가 아빠를 잡아갔어요"]
)
def test_minutes_ago_is_within_the_hour(text: str) -> None:
    result = sms(text)
    assert result.priority == "P1"
    assert "ongoing" not in result.flags


def test_two_hours_ago_is_the_past() -> None:
    result = sms("두 시간 전에 ICE가 아빠를 체포했어요")
    assert result.priority == "P2"


def test_where_he_is_now_is_not_happening_now() -> None:
    result = sms("남편이 이민국에 잡혀갔는데 지금 어디 있는지 몰라요")
    assert result.priority == "P2"
    assert "ongoing" not in result.flags


def test_present_is_not_past_once_folded_to_jamo() -> None:
    # 있어요 and 있었어요 share their first letters once folded; only the present is "now".
    present = sms("ICE 차량이 집 앞에 서 있어요")
    past = sms("ICE 차량이 집 앞에 서 있었어요")
    assert "ongoing" in present.flags
    assert "ongoing" not in past.flags


def test_they_have_gone() -> None:
    result = sms("ICE가 왔는데 다행히 아무도 체포 안 됐어요 지금은 갔어요")
    assert (result.priority, result.category) == ("P3", "sighting")


def test_children_alone_now() -> None:
    result = sms("엄마가 어젯밤에 이민국에 잡혀갔어요. 지금 동생(7살)이 혼자 집에 있어요")
    assert result.priority == "P1"
    assert "child_alone" in codes(result)


# --- particles, spacing and loanwords --------------------------------------------------


@pytest.mark.parametrize("word", ["경찰이", "경찰은", "경찰한테", "경찰관이", "폴리스가"])
def test_police_with_any_particle(word: str) -> None:
    result = sms(f"어제 {word} 우리 아들 차 세워서 이것저것 물어봤어요")
    assert result.category == "police_misconduct"
    assert "minor_involved" in result.flags


@pytest.mark.parametrize(
    "text", ["ICE가 남편을 잡아갔어요", "ICE가 남편을 잡아 갔어요", "ICE가 남편을 잡아갓어요"]
)
def test_taken_joined_apart_or_misspelt(text: str) -> None:
    assert "detention" in sms(text).flags


def test_ice_as_a_loanword() -> None:
    result = sms("지금 아이스가 우리 집 문 앞에서 문 두드리고 있어요")
    assert (result.priority, result.category) == ("P1", "federal_enforcement")
    assert result.agency == "ice"


@pytest.mark.parametrize(
    "text", ["아이스크림 가게 앞에서 만나요", "아이스 아메리카노 한 잔 주세요", "우리 딸기 가게 앞"]
)
def test_ice_cream_and_strawberries(text: str) -> None:
    found = read(text, "ko").found()
    assert not {"agency_ice", "minor"} & found


def test_english_mixed_in() -> None:
    result = sms("폴리스가 ICE 도와서 Bryn Mawr 한인교회 앞에서 사람들 잡아가고 있어요 right now")
    assert (result.priority, result.category) == ("P1", "police_federal_cooperation")
    assert {"ongoing", "detention", "local_police_present", "sensitive_location"} <= set(
        result.flags
    )


# --- local police and immigration -------------------------------------------------------


def test_police_asking_status() -> None:
    result = sms("지난주에 시카고 경찰이 교통 단속하면서 영주권 있냐고 물어봤어요")
    assert (result.priority, result.category) == ("P2", "police_federal_cooperation")
    assert "police_asked_status" in codes(result)


def test_police_sharing_an_address() -> None:
    result = sms("경찰이 이민국한테 우리 주소 알려줬대요")
    assert result.category == "police_federal_cooperation"
    assert "police_shared_info" in codes(result)


def test_police_alone_detaining_now_without_force() -> None:
    result = sms("경찰이 지금 역 앞에서 아저씨를 수갑 채워서 데려가고 있어요 때리지는 않았어요")
    assert (result.priority, result.category) == ("P2", "police_misconduct")
    assert "use_of_force" not in result.flags


def test_no_news_since_does_not_deny_the_arrest() -> None:
    # 없어요 reaches one word back only: the arrest two words before stands.
    result = sms("어제 남편이 잡혀갔는데 연락이 없어요")
    assert "detention" in result.flags
    assert result.priority == "P2"


# --- the word list itself ---------------------------------------------------------------


def test_no_phrase_nests_a_group() -> None:
    # The phrase syntax has no nested groups: "(a|(b|c))" would silently match nonsense.
    nested = re.compile(r"\([^()]*\(")
    for concept, phrases in ko.CONCEPTS.items():
        for phrase in phrases:
            assert not nested.search(phrase), (concept, phrase)
            assert ")(" not in phrase, (concept, phrase)
