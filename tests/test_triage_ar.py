"""Arabic triage: dialects, joined articles and conjunctions, negation, time and Arabizi."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from app.triage import Report, Text, Triage, parse_time, triage
from app.triage.lexicon import LEXICONS
from app.triage.textnorm import fold


def ar(text: str) -> Triage:
    return triage(Report(answers={}, texts=[Text("narrative", text, "ar")], channel="sms"))


def codes(result: Triage) -> set[str]:
    return {reason.code for reason in result.reasons}


# Negation: "nobody was hurt" must not read as an injury.


@pytest.mark.parametrize(
    "text",
    [
        "امبارح الامجريشن خدوا جوزي ومحدش اتعور",  # Egyptian
        "امبارح الايس اخدوا جوزي وما حدا انصاب",  # Levantine
        "امبارح الهجرة اعتقلوا زوجي ولم يصب احد بأذى",  # standard Arabic
        "البارحة الهجرة اخذوا زوجي وما كان في حدا مصاب",  # "there was nobody injured"
        "امبارح الايس خدوا جوزي بس الحمد لله ما اتعورش",  # Egyptian ما...ش around the verb
    ],
)
def test_nobody_hurt_is_not_an_injury(text: str) -> None:
    result = ar(text)
    assert "injury" not in result.flags
    assert result.priority == "P2"
    assert "detention" in result.flags


def test_negation_reaches_one_word_so_a_joined_and_starts_afresh() -> None:
    # "Nobody was hurt and they took my husband": the arrest is still read.
    result = ar("ما انصاب حدا واخدوا جوزي امبارح الايس")
    assert "detention" in result.flags
    assert "injury" not in result.flags


def test_they_did_not_hit_him() -> None:
    result = ar("الايس ما ضربوه بس اخدوه امبارح")
    assert "use_of_force" not in result.flags
    assert "person_detained" in codes(result)


def test_not_knowing_where_is_not_a_denial() -> None:
    # "I don't know where they took him": the question word opens a new clause.
    assert "detention" in ar("الهجره امبارح وما بعرف وين اخدوه").flags


# Time: now against yesterday, in every dialect.


@pytest.mark.parametrize("now", ["هلق", "هسه", "الحين", "دلوقتي", "الآن", "halla2"])
def test_now_in_each_dialect_is_p1(now: str) -> None:
    result = ar(f"الايس اخدوا جوزي {now} قدام البيت")
    assert result.priority == "P1"
    assert "ongoing" in result.flags


@pytest.mark.parametrize("yesterday", ["امبارح", "مبارح", "البارحة", "امس", "أمس"])
def test_yesterday_makes_a_detention_p2(yesterday: str) -> None:
    result = ar(f"الايس اخدوا جوزي {yesterday} قدام البيت")
    assert result.priority == "P2"
    assert "ongoing" not in result.flags


def test_bare_now_does_not_override_a_past_arrest() -> None:
    # "They took him yesterday and now I don't know where he is."
    assert ar("اخدوه الايس امبارح والحين ما ندري وينه").priority == "P2"


def test_now_next_to_presence_outranks_this_morning() -> None:
    # Parents taken this morning, the children alone at home now.
    result = ar("الهجرة خذوا امي وابي الصبح والجهال الحين لحالهم في البيت")
    assert result.priority == "P1"
    assert "child_alone" in codes(result)


def test_within_the_hour() -> None:
    result = ar("الايس مسكوا ابني من ربع ساعه")
    assert result.priority == "P1"
    assert "within_hour" in codes(result)
    assert "ongoing" not in result.flags


# Joined article, conjunctions and prepositions (clitics); hamza and ة/ه.


@pytest.mark.parametrize("police", ["الشرطة", "والشرطة", "بالشرطة", "للشرطة", "شرطه"])
def test_article_and_conjunctions_join_the_word(police: str) -> None:
    assert ar(f"وقفني {police} امبارح على الطريق").agency == "other_police"


def test_levantine_ala_al_is_joined_too() -> None:
    result = ar("الايس عالباب هلق")
    assert "agents_at_door" in codes(result)
    assert result.priority == "P1"


@pytest.mark.parametrize("text", ["أخذوا زوجتي أمس", "اخذوا زوجتى امس", "اَخَذُوا زَوْجَتِي أَمْسِ"])
def test_hamza_alef_maqsura_and_harakat_do_not_matter(text: str) -> None:
    assert "detention" in ar(f"الهجرة {text}").flags


def test_a_phone_taken_is_not_a_person_taken() -> None:
    result = ar("ضابط الايس اخذ تلفوني ومسح الفيديو امبارح")
    assert "detention" not in result.flags
    assert "retaliation" in result.flags


def test_immigration_police_are_not_local_police() -> None:
    result = ar("شرطة الهجرة اعتقلوا جاري امبارح")
    assert result.agency == "ice"
    assert result.category == "federal_enforcement"
    assert "local_police_present" not in result.flags


def test_police_helping_ice_detain() -> None:
    result = ar("شرطة شيكاغو عم تساعد الايس يعتقلوا ناس بشارع لورنس هلق")
    assert result.priority == "P1"
    assert result.category == "police_federal_cooperation"
    assert "police_helped_detain" in codes(result)


def test_police_alone_with_no_immigration_angle() -> None:
    result = ar("شرطي وقفني امبارح وفتش سيارتي بدون سبب، ما في اشي بخص الهجرة")
    assert result.category == "police_misconduct"
    assert result.agency == "other_police"


# Words that only look like a report.


def test_a_bulletproof_vest_is_not_gunfire() -> None:
    result = ar("شفت عملاء لابسين واقي رصاص امبارح قدام المحل")
    assert "weapon" not in result.flags
    assert result.priority == "P3"


def test_a_phone_call_is_not_a_blow() -> None:
    assert "use_of_force" not in ar("ضربتله تلفون لجاري امبارح").flags


@pytest.mark.parametrize(
    "text",
    [
        "شو حقوقي اذا اجا الايس عالبيت؟ لازم افتحلهم الباب؟",
        "هلق شو لازم نعمل اذا اجو عالبيت؟",
        "هل هذا الرقم سري؟",
    ],
)
def test_questions_are_p4(text: str) -> None:
    result = ar(text)
    assert result.priority == "P4"
    assert result.category == "other"


# Code-switching with English, and Arabizi.


def test_english_warrant_inside_arabic() -> None:
    result = ar("الامجريشن دخلوا الشقة بدون warrant هلق")
    assert "no_judicial_warrant" in result.flags
    assert result.priority == "P1"


def test_english_ice_with_a_joined_article() -> None:
    assert ar("الICE اخدوا جاري امبارح").agency == "ice"


def test_arabizi() -> None:
    result = ar("ice hon 3al bab halla2 bidhom yfoto")
    assert result.priority == "P1"
    assert "agents_at_door" in codes(result)


# The answer to "when did it happen?".

# A Friday afternoon in Chicago.
NOW = datetime(2026, 3, 20, 16, 30, tzinfo=ZoneInfo("America/Chicago"))


@pytest.mark.parametrize(
    ("answer", "recency"),
    [
        ("امبارح بالليل", "earlier"),
        ("من ساعتين", "today"),
        ("من نص ساعه", "within_hour"),
        ("قبل ١٠ دقايق", "now"),
        ("هلق", "now"),
        ("بكره", "unknown"),
    ],
)
def test_when_answer(answer: str, recency: str) -> None:
    assert parse_time(answer, "ar", NOW)["recency"] == recency


# The word lists themselves.


def test_common_words_are_folded_and_apart_from_urdu() -> None:
    words = LEXICONS["ar"].common_words
    assert words and all(fold(w) == w for w in words)
    assert not words & LEXICONS["ur"].common_words
