"""Vietnamese as residents around Argyle Street text it: with tone marks or without any,
the letter đ kept or typed as d, words that fold alike, "nó" and negation, and time words."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.triage import Report, Text, Triage, detect_language, triage
from app.triage.evaluation import evaluate, load_cases
from app.triage.lexicon import LOCALES
from app.triage.textnorm import fold

EVAL = Path(__file__).parent / "triage_eval" / "vi.yaml"


def sms(text: str) -> Triage:
    return triage(Report(answers={}, texts=[Text("narrative", text, "vi")], channel="sms"))


def codes(result: Triage) -> set[str]:
    return {r.code for r in result.reasons}


# --- tone marks and đ -------------------------------------------------------------------


def test_fold_strips_tones_but_keeps_the_stroke_on_d() -> None:
    assert fold("Cảnh sát đang ở trước nhà") == "canh sat đang o truoc nha"
    assert fold("ĐANG") == "đang" != "dang"


@pytest.mark.parametrize(
    ("marked", "plain"),
    [
        ("Cứu với, ICE đang bắt chồng tôi trước nhà", "cuu voi, ICE dang bat chong toi truoc nha"),
        ("di trú đang gõ cửa nhà tôi", "di tru dang go cua nha toi"),
        ("hôm qua ICE bắt anh trai tôi ở chợ", "hom qua ICE bat anh trai toi o cho"),
        ("Họ đang phá cửa, không có lệnh tòa", "Ho dang pha cua, khong co lenh toa"),
        ("cảnh sát đang ở trước nhà tôi", "canh sat dang o truoc nha toi"),
    ],
)
def test_text_with_and_without_marks_reads_the_same(marked: str, plain: str) -> None:
    with_marks, without = sms(marked), sms(plain)
    assert (with_marks.priority, with_marks.category, with_marks.flags) == (
        without.priority,
        without.category,
        without.flags,
    )


def test_police_in_front_of_the_house_with_no_immigration_angle() -> None:
    result = sms("canh sat dang o truoc nha toi")
    assert (result.priority, result.category) == ("P3", "police_misconduct")
    assert "ongoing" in result.flags


# --- words that fold alike --------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("tôi bắt đầu đi làm lúc 6 giờ sáng", "person_detained"),  # bắt đầu: to begin
        ("tôi bắt xe buýt đi làm", "person_detained"),  # catch a bus
        ("bạn tôi quay được clip hôm thứ năm", "weapon_fired"),  # bạn (friend), not bắn
        ("bạn người Việt của tôi bán phở", "weapon_fired"),
        ("họ giơ súng lên", "injury"),  # súng lên (gun raised), not sưng lên (swollen)
        ("thật đáng sợ, ICE bắt chồng tôi ở chợ", "happening_now"),  # đáng sợ, not đang
        ("ICE đang đứng trước nhà hàng Phở 888", "agents_at_door"),  # a restaurant
        ("bây giờ trước nhà tôi có xe di trú", "happened_earlier"),  # not "bảy giờ trước"
        ("cho tôi hỏi tôi nói gì với họ", "happening_now"),  # tôi nói, not tới nơi
    ],
)
def test_words_that_fold_like_report_words_are_not_read_as_them(text: str, absent: str) -> None:
    assert absent not in codes(sms(text))


def test_immigration_law_is_not_the_agency() -> None:
    result = sms("cho hỏi có luật sư di trú nào nói tiếng Việt ở Chicago không")
    assert (result.priority, result.category, result.agency) == ("P4", "other", "unknown")


def test_immigration_police_is_not_local_police() -> None:
    result = sms("cảnh sát di trú đang bắt người ở chợ")
    assert result.agency == "ice"
    assert "local_police_present" not in result.flags


# --- "nó" and negation ------------------------------------------------------------------


def test_no_meaning_him_is_not_a_negation() -> None:
    # "Nó" folds to "no", an English and Spanish negator.
    assert sms("tụi nó đang bắt người ở chợ").priority == "P1"
    assert "detention" in sms("nó bị bắt rồi").flags
    assert "injury" not in sms("nó không bị thương").flags


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("không ai bị thương, chỉ hỏi giấy tờ thôi", "injury"),
        ("không có ai bị thương cả", "injury"),
        ("Có 3 chiếc xe của ICE đang đậu trên đường Argyle, chưa thấy bắt ai", "detention"),
        ("ko ai bi bat het", "detention"),
    ],
)
def test_negation(text: str, absent: str) -> None:
    assert absent not in sms(text).flags


def test_not_knowing_where_he_was_taken_does_not_deny_it() -> None:
    result = sms("hom qua ICE bat anh trai toi, gio khong biet dua di dau")
    assert "detention" in result.flags
    assert result.priority == "P2"


def test_a_hypothetical_is_a_question() -> None:
    result = sms("nếu ICE tới gõ cửa thì tôi có quyền không mở cửa không?")
    assert (result.priority, result.category) == ("P4", "other")


# --- time -------------------------------------------------------------------------------


def test_now_and_yesterday_change_the_priority() -> None:
    now = sms("ICE đang bắt chồng tôi ở chợ Tân Thành")
    yesterday = sms("hôm qua ICE bắt chồng tôi ở chợ Tân Thành")
    assert (now.priority, yesterday.priority) == ("P1", "P2")
    assert "ongoing" in now.flags and "ongoing" not in yesterday.flags


def test_minutes_ago_is_within_the_hour() -> None:
    result = sms("khoảng 20 phút trước đặc vụ còng tay một anh giao hàng ở Broadway")
    assert result.priority == "P1"
    assert "within_hour" in codes(result)
    assert "ongoing" not in result.flags


def test_now_after_yesterday_stays_in_the_past() -> None:
    result = sms("chồng tôi bị bắt hôm qua, bây giờ không biết ở đâu")
    assert result.priority == "P2"


def test_children_left_alone_now() -> None:
    result = sms("tụi nhỏ ở nhà một mình vì ICE bắt mẹ tụi nó rồi")
    assert result.priority == "P1"
    assert {"minor_involved", "detention"} <= set(result.flags)


# --- code-switching and police ----------------------------------------------------------


def test_english_mixed_in() -> None:
    result = sms("ICE đang raid tiệm nail của cô tôi trên Broadway right now, họ bắt hết thợ")
    assert (result.priority, result.category) == ("P1", "federal_enforcement")
    assert {"ongoing", "detention"} <= set(result.flags)


def test_police_blocking_the_road_for_ice_is_cooperation() -> None:
    result = sms("canh sat dang chan duong o Broadway va Argyle cho ICE bat nguoi")
    assert (result.priority, result.category) == ("P1", "police_federal_cooperation")
    assert "local_police_present" in result.flags


def test_police_alone_handcuffing_someone_now() -> None:
    result = sms("cảnh sát đang còng tay một chú người Việt ngoài tiệm phở, không thấy di trú")
    assert (result.priority, result.category) == ("P2", "police_misconduct")


def test_police_asking_for_papers_is_cooperation() -> None:
    result = sms("cảnh sát chặn xe tôi rồi hỏi tôi có giấy tờ không")
    assert (result.priority, result.category) == ("P2", "police_federal_cooperation")


# --- the labelled set and language detection --------------------------------------------


def test_the_vietnamese_labelled_set_meets_its_targets() -> None:
    scores = evaluate(load_cases([EVAL])).overall
    assert scores.cases >= 24
    assert scores.p1_recall == 1.0
    assert scores.priority_accuracy is not None and scores.priority_accuracy >= 0.92
    assert scores.category_accuracy is not None and scores.category_accuracy >= 0.92


@pytest.mark.parametrize(
    "text",
    ["ICE bắt chồng tôi", "canh sat dang o truoc nha", "di tru bat chong toi", "ICE o day"],
)
def test_vietnamese_is_detected_with_or_without_marks(text: str) -> None:
    assert detect_language(text, LOCALES) == "vi"
