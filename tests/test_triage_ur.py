"""Urdu triage, in Urdu script and Roman Urdu: negation after the verb, tenses, spellings."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from app.triage import Report, Text, Triage, parse_time, triage
from app.triage.lexicon import LEXICONS
from app.triage.textnorm import fold


def ur(text: str) -> Triage:
    return triage(Report(answers={}, texts=[Text("narrative", text, "ur")], channel="sms"))


def codes(result: Triage) -> set[str]:
    return {reason.code for reason in result.reasons}


# Negation, which in Urdu mostly comes after the word it negates.


@pytest.mark.parametrize(
    "text",
    [
        "کل رات امیگریشن والے میرے کزن کو لے گئے، کسی کو چوٹ نہیں آئی",
        "kal ICE ne mere shohar ko pakad liya, kisi ko chot nahi lagi",
        "kal ICE ne mere shohar ko pakad liya, zakhmi koi nahi hua",
        "kal ICE ne mere shohar ko pakad liya, chot wagaira nahi aayi",
    ],
)
def test_nobody_hurt_is_not_an_injury(text: str) -> None:
    result = ur(text)
    assert "injury" not in result.flags
    assert result.priority == "P2"
    assert "detention" in result.flags


@pytest.mark.parametrize(
    "text",
    [
        "kal ICE agents aaye the, kisi ko pakra nahi",  # after the verb
        "کل آئی سی ای والے آئے تھے، کسی کو گرفتار نہیں کیا",
        "کل آئی سی ای والے آئے تھے، کوئی گرفتاری نہیں ہوئی",
    ],
)
def test_nobody_taken_is_not_a_detention(text: str) -> None:
    result = ur(text)
    assert "detention" not in result.flags
    assert result.priority == "P3"


def test_negation_before_the_verb() -> None:
    assert "use_of_force" not in ur("کل امیگریشن والوں نے اسے نہیں مارا").flags


def test_a_two_word_phrase_is_negated_as_a_whole() -> None:
    result = ur("kal ICE wale chacha ko utha kar le gaye, kisi ne maara peeta nahi")
    assert "use_of_force" not in result.flags
    assert "detention" in result.flags


def test_a_negation_reaches_only_the_word_before_it() -> None:
    # "The children are alone, nobody is with them": "alone" is not negated.
    result = ur("ICE ne subah meri behan ko pakar liya, bachay akele hain koi nahi unke paas")
    assert result.priority == "P1"
    assert "child_alone" in codes(result)


# Tenses and time words.


@pytest.mark.parametrize(
    "text",
    [
        "امیگریشن والے میرے شوہر کو پکڑ کر لے جا رہے ہیں",  # present progressive
        "ICE wale mere shohar ko le ja rahe hain",
        "ICE wale darwaze pe khade hain",  # present perfect of standing
        "police aayi hai ghar pe, ICE bhi saath hai",
    ],
)
def test_present_tenses_mean_now(text: str) -> None:
    result = ur(text)
    assert result.priority == "P1"
    assert "ongoing" in result.flags


def test_now_against_yesterday() -> None:
    assert ur("ICE ne abhi mere bhai ko pakad liya").priority == "P1"
    assert ur("ICE ne kal mere bhai ko pakad liya").priority == "P2"
    assert ur("ICE ne parson mere bhai ko pakad liya").priority == "P2"


def test_past_progressive_is_the_past() -> None:
    result = ur("ICE wale Devon pe logon se sawal pooch rahe the")
    assert result.priority == "P3"
    assert "ongoing" not in result.flags


def test_minutes_ago_is_within_the_hour() -> None:
    result = ur("مسجد کے باہر آئی سی ای نے میرے بیٹے کو پکڑ لیا، دس منٹ پہلے")
    assert result.priority == "P1"
    assert "within_hour" in codes(result)
    assert "ongoing" not in result.flags


def test_just_found_out_is_not_happening_now() -> None:
    # "I just learned that ICE took my cousin yesterday."
    assert ur("ابھی مجھے پتا چلا کہ کل آئی سی ای نے میرے کزن کو پکڑ لیا").priority == "P2"


# Spellings: Roman Urdu varies, Urdu script is folded.


@pytest.mark.parametrize(
    "took",
    ["pakad liya", "pakar liya", "pakra", "giraftar kar liya", "arrest kar liya", "utha liya"],
)
def test_roman_urdu_spellings_of_taking_someone(took: str) -> None:
    assert "detention" in ur(f"kal ICE ne mere bhai ko {took}").flags


@pytest.mark.parametrize("ice", ["آئی سی ای", "آئ سی ای", "امیگریشن", "ICE"])
def test_urdu_script_names_of_ice(ice: str) -> None:
    assert ur(f"کل {ice} والوں نے میرے بھائی کو گرفتار کیا").agency == "ice"


def test_a_phone_taken_is_not_a_person_taken() -> None:
    result = ur("کل امیگریشن والے میرا فون لے گئے")
    assert "detention" not in result.flags


def test_immigration_police_are_not_local_police() -> None:
    result = ur("کل امیگریشن پولیس نے میرے بھائی کو گرفتار کیا")
    assert result.agency == "ice"
    assert "local_police_present" not in result.flags


def test_police_alone_not_an_immigration_matter() -> None:
    result = ur("پولیس والا ابھی میرے بھائی کو ڈنڈے مار رہا ہے، کوئی امیگریشن کا معاملہ نہیں")
    assert result.priority == "P1"
    assert result.category == "police_misconduct"


def test_police_calling_ice() -> None:
    result = ur("police ne ICE ko bulaya aur mere bhai ko le gaye kal raat")
    assert result.category == "police_federal_cooperation"
    assert result.priority == "P2"


# Words that only look like a report, and questions.


def test_goli_maaro_means_forget_it() -> None:
    assert "weapon" not in ur("goli maaro, kal ICE wale aaye the").flags


def test_chota_bhai_is_not_the_police() -> None:
    result = ur("kal ICE ne mere chota bhai ko pakad liya")
    assert result.agency == "ice"
    assert "local_police_present" not in result.flags


@pytest.mark.parametrize(
    "text",
    [
        "agar ICE ghar aaye to kya karna chahiye?",
        "اگر امیگریشن والے گھر آئیں تو کیا مجھے دروازہ کھولنا ضروری ہے؟",
        "mujhe apne huqooq ke bare mein maloomat chahiye",
        "ٹیسٹ میسج ہے",
    ],
)
def test_questions_and_tests_are_p4(text: str) -> None:
    result = ur(text)
    assert result.priority == "P4"
    assert result.category == "other"


# Code-switching with English.


def test_english_inside_roman_urdu() -> None:
    result = ur("yesterday ICE agents ne mere chacha ko utha kar le gaye, koi warrant nahi dikhaya")
    assert result.priority == "P2"
    assert {"detention", "no_judicial_warrant"} <= set(result.flags)


# The answer to "when did it happen?".

# A Friday afternoon in Chicago.
NOW = datetime(2026, 3, 20, 16, 30, tzinfo=ZoneInfo("America/Chicago"))


@pytest.mark.parametrize(
    ("answer", "recency"),
    [
        ("kal raat", "earlier"),
        ("do ghante pehle", "today"),
        ("aadha ghanta pehle", "within_hour"),
        ("دس منٹ پہلے", "now"),
        ("ابھی", "now"),
        ("پچھلے ہفتے", "earlier"),
    ],
)
def test_when_answer(answer: str, recency: str) -> None:
    assert parse_time(answer, "ur", NOW)["recency"] == recency


# The word lists themselves.


def test_common_words_are_folded() -> None:
    words = LEXICONS["ur"].common_words
    assert words and all(fold(w) == w for w in words)
