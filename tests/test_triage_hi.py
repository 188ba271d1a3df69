"""Hindi as Chicago residents text it: Devanagari and romanized Hindi/Hinglish, negation after
the verb, time words, inflected verbs and English mixed in."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from app.triage import Report, Text, Triage, parse_time, triage


def sms(text: str) -> Triage:
    return triage(Report(answers={}, texts=[Text("narrative", text, "hi")], channel="sms"))


def codes(result: Triage) -> set[str]:
    return {r.code for r in result.reasons}


# --- negation, before and after the verb ------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "कल ICE ने मुझे रोका, किसी को चोट नहीं लगी",
        "kal ICE ne mujhe roka, kisi ko chot nahi lagi",
        "kal ICE ne mujhe roka, chot to nahi lagi",
    ],
)
def test_nobody_hurt_does_not_set_injury(text: str) -> None:
    result = sms(text)
    assert "injury" not in result.flags
    assert (result.priority, result.category) == ("P3", "federal_enforcement")


@pytest.mark.parametrize(
    "text",
    [
        "kal devon pe ICE ki gaadi dekhi, kisi ko pakda nahi",
        "कल ICE की गाड़ी देखी, किसी को नहीं पकड़ा",
        "ICE wale kal aaye the, kisi ko pakad ke nahi le gaye",
    ],
)
def test_nobody_taken_is_a_sighting(text: str) -> None:
    result = sms(text)
    assert "detention" not in result.flags
    assert (result.priority, result.category) == ("P3", "sighting")


def test_dont_know_where_does_not_deny_the_detention() -> None:
    # "pata nahi" (I don't know) is not "did not".
    result = sms("kal ICE ne mere pati ko pakad liya, pata nahi kahan le gaye")
    assert "detention" in result.flags
    assert result.priority == "P2"


def test_police_alone_when_ice_is_denied() -> None:
    result = sms("पुलिस अभी मेरे भाई को हथकड़ी लगा के ले जा रही है. कोई ICE नहीं है")
    assert (result.priority, result.category) == ("P2", "police_misconduct")
    assert "local_police_present" not in result.flags


def test_asking_if_police_can_ask_status_is_a_question() -> None:
    result = sms("kya police mujhse mera immigration status puch sakti hai? apne rights batao")
    assert (result.priority, result.category) == ("P4", "other")


# --- time -------------------------------------------------------------------------------


def test_now_and_yesterday_change_the_priority() -> None:
    now = sms("ICE वाले अभी मेरे पति को पकड़ के ले जा रहे हैं")
    yesterday = sms("ICE वाले कल मेरे पति को पकड़ के ले गए")
    assert (now.priority, yesterday.priority) == ("P1", "P2")
    assert "ongoing" in now.flags and "ongoing" not in yesterday.flags


def test_abhi_loses_to_a_past_time_word() -> None:
    # "took him yesterday, now I don't know where he is" is about yesterday.
    result = sms("कल ICE मेरे पति को ले गई, अब पता नहीं कहाँ है")
    assert result.priority == "P2"
    assert "ongoing" not in result.flags


def test_still_not_knowing_is_not_still_happening() -> None:
    result = sms("kal ICE ne pati ko pakda, abhi bhi pata nahi kahan hai")
    assert result.priority == "P2"
    assert "ongoing" not in result.flags
    assert "ongoing" in sms("ICE abhi bhi yahin hai").flags


def test_minutes_ago_is_within_the_hour_not_ongoing() -> None:
    result = sms("abhi 15 min pehle immigration walo ne mere dost ko utha liya")
    assert result.priority == "P1"
    assert "within_hour" in codes(result)
    assert "ongoing" not in result.flags


def test_hours_ago_is_earlier() -> None:
    assert sms("3 ghante pehle ICE ne mere pati ko pakda").priority == "P2"


# --- inflection and spelling --------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "अभी ICE ने मेरे भाई को पकड़ा",
        "अभी ICE ने मेरे भाई को पकड़ लिया",
        "अभी ICE ने मेरे भाई को पकड़कर गाड़ी में डाल दिया",
        "अभी ICE मेरे भाई को उठा ले गई",
        "ICE wale abhi mere bhai ko le gye",
        "ICE wale abhi mere bhai ko pakad ke le gaye",
        "abhi ICE ne bhai ko giraftar kiya",
        "ICEवाले अभी पड़ोसी को ले जा रहे हैं",
    ],
)
def test_taken_in_its_forms(text: str) -> None:
    result = sms(text)
    assert result.priority == "P1"
    assert "detention" in result.flags


def test_a_phone_taken_is_not_a_person_taken() -> None:
    result = sms("कल ICE वाले मेरा फोन ले गए")
    assert "detention" not in result.flags
    assert "retaliation" in codes(result)


def test_out_of_fear_is_not_a_blow() -> None:
    # "डर के मारे" is "out of fear"; "हमारे" (our) holds "मारे" too.
    result = sms("कल हमारे घर के बाहर ICE की गाड़ी थी, डर के मारे हम बाहर नहीं गए")
    assert "use_of_force" not in result.flags
    assert (result.priority, result.category) == ("P3", "sighting")


def test_ice_cream_is_not_ice() -> None:
    assert "agency_ice" not in codes(sms("bacchon ke liye ice cream laana hai"))


# --- code-switching -----------------------------------------------------------------------


def test_hinglish_with_english_verbs() -> None:
    result = sms("ICE wale ne mere bhai ko arrest kar liya abhi, Devon pe, video hai mere paas")
    assert (result.priority, result.category) == ("P1", "federal_enforcement")
    assert {"ongoing", "detention", "evidence_media"} <= set(result.flags)


def test_police_helping_ice_is_cooperation() -> None:
    result = sms(
        "ridge ave pe abhi naka laga hai, police ICE ke saath mil ke gaadiyan rok rahi hai"
    )
    assert (result.priority, result.category) == ("P1", "police_federal_cooperation")
    assert "local_police_present" in result.flags


def test_police_threatening_to_call_ice() -> None:
    result = sms("कल पुलिस ने गाड़ी रोकी और पूछा ग्रीन कार्ड है या नहीं, फिर बोले ICE को बुला देंगे")
    assert (result.priority, result.category) == ("P2", "police_federal_cooperation")
    assert "police_asked_status" in codes(result)


def test_rights_question_is_low() -> None:
    result = sms("अगर ICE घर आए तो क्या दरवाज़ा खोलना ज़रूरी है? हमारे क्या अधिकार हैं")
    assert (result.priority, result.category) == ("P4", "other")


# --- Devanagari vowel signs and look-alike words -----------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        # "क्लिनिक", "क्लार्क" fold to "कलिनिक", "कलारक", which start like "कल" (yesterday).
        "अभी ICE क्लिनिक के बाहर लोगों को पकड़ रहा है",
        "अभी ICE वाले क्लार्क स्ट्रीट पर सबकी ID चेक कर रहे हैं",
    ],
)
def test_words_starting_like_kal_do_not_make_it_yesterday(text: str) -> None:
    result = sms(text)
    assert result.priority == "P1"
    assert "ongoing" in result.flags


def test_illness_is_not_a_blow() -> None:
    result = sms("कल ICE ने मेरे पति को पकड़ा, वो बीमारी से परेशान हैं")
    assert "use_of_force" not in result.flags
    assert "detention" in result.flags


def test_answering_the_phone_is_not_a_detention() -> None:
    result = sms("kal ICE wale gali me the, bhai ne phone utha liya aur andar aa gaya")
    assert "detention" not in result.flags


# --- the "when" answer --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("answer", "recency"),
    [
        ("अभी", "now"),
        ("आधा घंटा पहले", "within_hour"),
        ("aadha ghanta pehle", "within_hour"),
        ("दो घंटे पहले", "today"),
        ("कल रात", "earlier"),
        ("parso", "earlier"),
        ("pichle mangalvar", "earlier"),
    ],
)
def test_when_answers_in_hindi(answer: str, recency: str) -> None:
    now = datetime(2026, 3, 20, 16, 30, tzinfo=ZoneInfo("America/Chicago"))
    assert parse_time(answer, "hi", now)["recency"] == recency
