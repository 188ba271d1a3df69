"""Gujarati as Chicago residents text it: Gujarati script and romanized Gujarati, endings
joined to the word, negation after the verb, time words and English mixed in."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from app.triage import Report, Text, Triage, parse_time, triage


def sms(text: str) -> Triage:
    return triage(Report(answers={}, texts=[Text("narrative", text, "gu")], channel="sms"))


def codes(result: Triage) -> set[str]:
    return {r.code for r in result.reasons}


# --- negation after the verb --------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "ગઈકાલે ICE એ મને રોકી ને પૂછપરછ કરી, કોઈને વાગ્યું નથી",
        "kale ICE e mane rokyo ane puchparach kari, koi ne vagyu nathi",
    ],
)
def test_nobody_hurt_does_not_set_injury(text: str) -> None:
    result = sms(text)
    assert "injury" not in result.flags
    assert (result.priority, result.category) == ("P3", "federal_enforcement")


@pytest.mark.parametrize(
    "text",
    [
        "ગઈકાલે બપોરે Devon પર બે ICE ની ગાડી જોઈ, કોઈને પકડ્યા નથી",
        "kale devon par ICE ni gaadi joi, koi ne pakdya nathi",
        "પરમ દિવસે ICE ની બે ગાડીઓ જોઈ, કોઈને પકડ્યા નહીં",
    ],
)
def test_nobody_taken_is_a_sighting(text: str) -> None:
    result = sms(text)
    assert "detention" not in result.flags
    assert (result.priority, result.category) == ("P3", "sighting")


def test_dont_know_where_does_not_deny_the_detention() -> None:
    # "ખબર નથી" (I don't know) is not "did not".
    result = sms("kale ICE vala mara pati ne lai gaya, khabar nathi kya rakhya che")
    assert "detention" in result.flags
    assert result.priority == "P2"


def test_police_alone_when_ice_is_denied() -> None:
    result = sms("gaikale raate police e maara bhai ne maryo. ICE nu kai nathi, khali police")
    assert (result.priority, result.category) == ("P2", "police_misconduct")


def test_asked_nothing_about_immigration_keeps_it_police_only() -> None:
    result = sms("પોલીસવાળાએ ગઈકાલે દુકાન પર ગાળો બોલ્યા. ઇમિગ્રેશન વિશે કંઈ પૂછ્યું નથી")
    assert "agency_ice" not in codes(result)
    assert result.category == "police_misconduct"


# --- time -------------------------------------------------------------------------------


def test_now_and_yesterday_change_the_priority() -> None:
    now = sms("ICE વાળા અત્યારે મારા પતિને લઈ જાય છે")
    yesterday = sms("ICE વાળા ગઈકાલે મારા પતિને લઈ ગયા")
    assert (now.priority, yesterday.priority) == ("P1", "P2")
    assert "ongoing" in now.flags and "ongoing" not in yesterday.flags


def test_atyare_loses_to_a_past_time_word() -> None:
    result = sms("ગઈકાલે ICE મારા પતિને લઈ ગયા, અત્યારે ખબર નથી ક્યાં છે")
    assert result.priority == "P2"
    assert "ongoing" not in result.flags


def test_still_not_knowing_is_not_still_happening() -> None:
    result = sms("કાલે ICE પતિને લઈ ગયા, હજુ પણ ખબર નથી ક્યાં છે")
    assert result.priority == "P2"
    assert "ongoing" not in result.flags
    assert "ongoing" in sms("ICE હજુ પણ બહાર ઊભી છે").flags


def test_minutes_ago_is_within_the_hour() -> None:
    result = sms("10 મિનિટ પહેલાં ICE એ મારા પતિને પકડ્યા")
    assert result.priority == "P1"
    assert "within_hour" in codes(result)
    assert "ongoing" not in result.flags


def test_hours_ago_is_earlier() -> None:
    assert sms("3 કલાક પહેલાં ICE એ મારા પતિને પકડ્યા").priority == "P2"


# --- joined endings, inflection, words that look alike ------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "ICEવાળા અત્યારે પાડોશીને લઈ જાય છે",
        "અત્યારે ઇમિગ્રેશનવાળાએ મારા ભાઈને પકડ્યો",
        "અત્યારે ICE એ અમારા પાડોશીને ગાડીમાં બેસાડી દીધા",
        "ICE vala atyare amara padosi ne pakdi ne lai jay che",
        "atyare ICE vala e maara kaka ne upadi gaya",
    ],
)
def test_taken_in_its_forms(text: str) -> None:
    result = sms(text)
    assert result.priority == "P1"
    assert "detention" in result.flags


def test_police_with_an_ending_is_police() -> None:
    result = sms("ગઈકાલે પોલીસે મારી ગાડી રોકી")
    assert result.agency == "other_police"
    assert (result.priority, result.category) == ("P3", "police_misconduct")


def test_my_is_not_a_blow() -> None:
    # "મારા/મારી" (my) must not read as "માર્યો" (hit).
    result = sms("ગઈકાલે મારા ઘર પાસે ICE ની ગાડી હતી, મારી દીકરી ડરી ગઈ")
    assert "use_of_force" not in result.flags
    assert (result.priority, result.category) == ("P3", "sighting")


def test_the_time_of_day_is_not_an_injury() -> None:
    # "10 વાગ્યે" (at 10 o'clock) shares its stem with "વાગ્યું" (got hurt).
    result = sms("આજે સવારે 10 વાગ્યે Devon પર ICE ની ગાડી જોઈ")
    assert "injury" not in result.flags


def test_running_around_offices_is_not_a_push() -> None:
    assert "use_of_force" not in codes(sms("કોર્ટના ધક્કા ખાધા પણ કંઈ થયું નહીં"))


# --- code-switching and cooperation -------------------------------------------------------


def test_romanized_with_english_words() -> None:
    result = sms("ICE vala e maara kaka ne bahu maryo, lohi nikle che, ambulance bolavo atyare j")
    assert result.priority == "P1"
    assert {"ongoing", "use_of_force", "injury", "medical_needed"} <= set(result.flags)


def test_police_threatening_to_call_ice() -> None:
    result = sms(
        "kale police vala e gaadi roki ane puchyu ke papers che ke nahi, kahyu ICE ne bolavishu"
    )
    assert (result.priority, result.category) == ("P2", "police_federal_cooperation")
    assert "police_asked_status" in codes(result)


def test_police_giving_the_address_to_ice() -> None:
    result = sms("ગઈકાલે પોલીસે એનું સરનામું ICE ને આપી દીધું")
    assert (result.priority, result.category) == ("P2", "police_federal_cooperation")


def test_rights_question_is_low() -> None:
    result = sms("ICE ઘરે આવે તો બારણું ખોલવું પડે? અમારા હક શું છે?")
    assert (result.priority, result.category) == ("P4", "other")


# --- look-alike words ---------------------------------------------------------------------


def test_taking_a_photo_is_not_a_pull_or_a_push() -> None:
    result = sms("ગઈકાલે ICE ની ગાડી જોઈ, મેં ફોટો ખેંચી લીધો")
    assert "use_of_force" not in result.flags
    assert "evidence_media" in result.flags


def test_answering_the_phone_is_not_a_detention() -> None:
    result = sms("ગઈકાલે ICE ની ગાડી શેરીમાં હતી, ભાઈએ ફોન ઉપાડ્યો અને અંદર આવી ગયો")
    assert "detention" not in result.flags


def test_a_street_corner_is_not_a_checkpoint() -> None:
    result = sms("ગઈકાલે શેરીના નાકા પર ICE ની ગાડી ઊભી હતી")
    assert "roadblock" not in codes(result)
    assert (result.priority, result.category) == ("P3", "sighting")


# --- the "when" answer --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("answer", "recency"),
    [
        ("અત્યારે", "now"),
        ("20 મિનિટ પહેલાં", "within_hour"),
        ("adadho kalak pahela", "within_hour"),
        ("બે કલાક પહેલાં", "today"),
        ("ગઈ રાત્રે", "earlier"),
        ("પરમ દિવસે", "earlier"),
        ("ગયા મંગળવારે", "earlier"),
    ],
)
def test_when_answers_in_gujarati(answer: str, recency: str) -> None:
    now = datetime(2026, 3, 20, 16, 30, tzinfo=ZoneInfo("America/Chicago"))
    assert parse_time(answer, "gu", now)["recency"] == recency
