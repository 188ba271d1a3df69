"""Vietnamese word lists for triage (phrase syntax: see app/triage/lexicon/__init__.py).

Written for Chicago's Vietnamese community around Argyle Street (Uptown), much of it from the
South, so Southern forms are listed beside the standard ones (ổng, bả, ảnh for him/her; coi
for xem; bảng số for biển số; hồi nãy, hồi sáng).

Folding removes every tone and vowel mark, so "bắt", "bật" and "bát" all read "bat"; phrases
are written with their marks for the reader, and each word that could mean something else
without them only counts with the words that make it unambiguous ("bắt người", "bị bắt",
not "bắt" alone, which also starts "bắt đầu", to begin; "chĩa súng", not "súng", which also
folds like "sưng", swollen).

The letter đ is not a mark on d: it survives folding, so "đang" does not match "dang". Many
residents type without any marks ("canh sat dang o truoc nha"), so every phrase here is
expanded to also accept d for đ (see _with_plain_d below); the lists are written with đ only.

"Nó" (him, it; "tụi nó", them) folds to "no", which the English and Spanish lists, always read
too, treat as a negator: "tụi nó đang bắt người" would read as "not arresting". Each phrase is
therefore also listed with "nó" in front (see _after_no), so the match starts at "nó" and the
word is no longer taken for a negation. Negation of "nó" sentences still works: "nó không bị
thương" has "không" before "bị thương".
"""

from __future__ import annotations

from collections.abc import Iterable

from app.triage.lexicon.model import Lexicon, TimeWords
from app.triage.textnorm import fold


def _split(phrase: str) -> list[str]:
    """The tokens of a phrase, keeping "(a|b c)" groups whole."""
    tokens: list[str] = []
    current = ""
    depth = 0
    for ch in phrase:
        depth += ch == "("
        depth -= ch == ")"
        if ch == " " and depth == 0:
            if current:
                tokens.append(current)
            current = ""
        else:
            current += ch
    if current:
        tokens.append(current)
    return tokens


def _plain_d_token(token: str) -> str:
    if "đ" not in token:
        return token
    optional = token.endswith("?") and len(token) > 1
    body = token[:-1] if optional else token
    if body.startswith("(") and body.endswith(")"):
        options: list[str] = []
        for alternative in body[1:-1].split("|"):
            for variant in (alternative, alternative.replace("đ", "d")):
                if variant not in options:
                    options.append(variant)
        body = "(" + "|".join(options) + ")"
    else:
        body = f"({body}|{body.replace('đ', 'd')})"
    return body + ("?" if optional else "")


def _with_plain_d(phrase: str) -> str:
    """The phrase accepting d wherever it has đ, word by word ("đang" -> "(đang|dang)")."""
    return " ".join(_plain_d_token(t) for t in _split(phrase))


def _words_with_plain_d(words: Iterable[str]) -> frozenset[str]:
    """Whole words compared with folded text: folded, and with d for đ as well."""
    folded = {fold(w) for w in words}
    return frozenset(folded | {w.replace("đ", "d") for w in folded})


# "Nó" and the words that may come between it and the action ("tụi nó đang bắt người").
_NO_SUBJECT = "(nó|tụi nó|bọn nó|chúng nó|lũ nó|mấy đứa nó|thằng nó)"
_NO_BETWEEN = (
    "(đang|đã|vừa|mới|lại|có|cũng|còn|cứ|sẽ|định|thì|mà|vẫn|liền|tới|đến|vô|vào|ra|về|lên|xuống|đi)"
)


def _after_no(phrases: tuple[str, ...]) -> tuple[str, ...]:
    return phrases + tuple(
        f"{_NO_SUBJECT} {_NO_BETWEEN}? {_NO_BETWEEN}? {phrase}" for phrase in phrases
    )


# People a resident says were taken; "bắt" alone also begins "bắt đầu" (to begin), "bắt xe"
# (to catch a ride), "bắt máy" (to pick up the phone).
_PEOPLE = (
    "(người|chồng|vợ|anh|chị|em|ông|bà|ba|má|mẹ|cha|bố|con|cháu|bạn|hàng xóm|chú|cô|dì"
    "|cậu|bác|thím|mợ|ổng|bả|ảnh|chỉ|nó|họ|tụi nó|mấy người|nhiều người|ai|thằng|đứa"
    "|cả nhà|gia đình|thợ|công nhân|người ta|mấy ông|mấy bà|mấy chú|mấy anh|mấy chị"
    "|một người|hai người|ba người|dân|khách|người bán hàng|người làm|nhân viên|mấy đứa"
    "|tụi nhỏ|đứa nhỏ)"
)
# Him or her, as the object of "đưa ... đi" (taken away); not "con", since "đưa con đi học"
# is taking a child to school.
_HIM = (
    "(ổng|bả|ảnh|chỉ|nó|họ|anh ấy|chị ấy|ông ấy|bà ấy|anh ta|chị ta|cô ấy|chú ấy|em ấy"
    "|ông ta|bà ta|chồng tôi|vợ tôi|anh tôi|em tôi|ba tôi|mẹ tôi|má tôi)"
)
_ICE = (
    "(ice|di trú|sở di trú|bên di trú|nhân viên di trú|cảnh sát di trú|di dân|sở di dân"
    "|nhập cư|đặc vụ|liên bang|border patrol|biên phòng)"
)
_POLICE = "(cảnh sát|công an|tụi cớm|bọn cớm|cớm|police|xe cảnh sát|cảnh sát chicago)"
# The resident and theirs, as alternatives to put inside a group ("(đánh|đá) ({_ME_ALT}|ổng)").
_ME_ALT = "tôi|tui|em|mình|chúng tôi|tụi tôi|tụi em|tao|con|cháu"
_ME = f"({_ME_ALT})"
_WEEKDAYS = (
    "(thứ hai|thứ ba|thứ tư|thứ năm|thứ sáu|thứ bảy|chủ nhật|thứ 2|thứ 3|thứ 4|thứ 5|thứ 6|thứ 7)"
)

_CONCEPTS: dict[str, tuple[str, ...]] = {
    "now": (
        "ngay bây giờ",
        "ngay bây h",
        "ngay lúc này",
        "ngay lúc nầy",
        "ngay giờ này",
        "ngay bi giờ",
        "(đang|còn đang) (diễn ra|xảy ra)",
        "vẫn (còn|đang) (ở|đứng|đậu|đây|đó|ngoài|trong|bắt|chặn|gõ)",
        "vẫn (ở|đứng|đậu) (đây|đó|ngoài|trong|trước)",
        "còn đang",
        "hiện đang",
        "trong lúc (tôi|em|mình) (nhắn|nhắn tin|viết|gõ)",
    ),
    # "Bây giờ" is "now", but also "bây giờ không biết ở đâu" after a detention yesterday, so
    # a past word beats it. Not "giờ" alone: it is also the hour, and folds like "giơ" (raise,
    # "giơ tay lên").
    "now_weak": ("bây giờ", "bây h", "bi giờ", "bjo", "giờ này", "hiện giờ", "hiện tại", "lúc này"),
    "now_implied": (
        # The progressive marker: "đang bắt", "đang đứng".
        "đang",
        "ở (đây|ngoài này|ngoài kia|đằng kia)",
        # "Tới" folds like "tôi" (I): not "tới nơi", which reads "tôi nói", I said.
        "(tới|đến) (rồi|đây)",
        "đến nơi",
        # Just arrived: they are here now.
        "(vừa|mới|vừa mới) (tới|đến)",
        # Children alone is a state that lasts: "tụi nhỏ ở nhà một mình".
        "ở (nhà)? một mình",
        "(đang|còn|vẫn) một mình",
        "có (ice|di trú|cảnh sát|đặc vụ|công an) (ở|tại|trước|ngoài|trong|đây|đó)",
        "đứng (đầy|đông|chật|kín)",
    ),
    "recent": (
        "(vài|mấy|mười|năm|hai|ba|một|_) phút (trước|rồi)",
        "(một|1) (tiếng|giờ) (trước|rồi)",
        "nửa (tiếng|giờ) (trước|rồi)",
        "(lúc|hồi|khi|vừa|ban) nãy",
        "vừa (mới|bắt|đi|rời|xảy ra|còng|lôi|đưa|xong)",
        "mới (vừa|bắt|đây|xảy ra|còng|lôi|đưa|rồi)",
    ),
    "past": (
        "hôm qua",
        # Not "tối qua" or "sáng qua": folded they are "tôi qua" (I went over) and "sang qua".
        "(tối|đêm) hôm qua",
        "(đêm|chiều|trưa) qua",
        "hôm kia",
        "bữa (trước|kia|hổm)",
        "hôm (trước|bữa|đó)",
        "(tuần|tháng) (trước|rồi|vừa rồi)",
        "năm (ngoái|rồi|trước)",
        "(sáng|chiều|trưa) nay",
        # Not "hồi tối" or "hồi trước": folded they are "hỏi tôi" (asked me) and "hỏi trước".
        "(hồi|lúc) (sáng|chiều|trưa|hôm)",
        # Numbers, not any word: "bây giờ trước nhà" is "now, in front of the house" (and
        # not "bảy", seven, which folds like "bây").
        "(1|2|3|4|5|6|7|8|9|10|11|12|hai|ba|bốn|năm|sáu|tám|mấy|vài|nhiều) (tiếng|giờ"
        "|ngày|hôm|tuần|tháng) (trước|rồi)",
        f"hôm {_WEEKDAYS}",
        f"{_WEEKDAYS} (tuần trước|rồi|vừa rồi)",
        "(mấy|vài) (ngày|hôm|tuần) (nay|rồi|trước)",
    ),
    "agency_ice": (
        "di trú",
        "sở di trú",
        "sở di dân",
        "bên di dân",
        "nhân viên di dân",
        "cảnh sát di dân",
        "(sở|cơ quan|nhân viên) nhập cư",
        "cảnh sát (di trú|nhập cư)",
    ),
    "agency_cbp": (
        "tuần tra biên giới",
        "biên phòng",
        "(cảnh sát|lính) biên phòng",
        "hải quan",
    ),
    # "Cảnh sát di trú" is listed here too: a federal match covering "cảnh sát" keeps it from
    # reading as local police as well.
    "agency_other_federal": (
        "liên bang",
        "(cảnh sát|đặc vụ|nhân viên|lính) liên bang",
        "cảnh sát (di trú|di dân|nhập cư)",
        "an ninh nội địa",
        "bộ nội an",
        "vệ binh quốc gia",
        "mật vụ",
    ),
    "agency_cpd": (
        "cảnh sát (thành phố)? chicago",
        "cảnh sát thành phố",
        "công an chicago",
    ),
    "agency_other_police": (
        "cảnh sát",
        "công an",
        "cảnh sát trưởng",
        "(tụi|bọn|lũ|thằng|mấy thằng|mấy ông) cớm",
        "xe cảnh sát",
        "đồn (cảnh sát|công an)",
    ),
    "agents_present": (
        "đặc vụ",
        "nhân viên (liên bang|di trú|chính phủ)",
        "(xe|chiếc xe|mấy chiếc xe|xe hơi|xe van|xe suv|van|suv) (màu)? (đen|trắng|xám"
        "|tối màu|kính đen|dán kính|không biển|không logo|không bảng số)",
        "(áo giáp|áo chống đạn|đồ rằn ri|đồ lính)",
        "(áo|áo khoác|lưng áo) (có chữ|ghi|in) (ice|police|hsi|fbi)",
        f"thấy (mấy)? {_ICE}",
    ),
    "detention": (
        f"bắt (mấy|một|hai|ba|bốn|năm|vài|nhiều|cả|hết|luôn|đi|thêm|1|2|3|4|5|6|7|8|9|10)?"
        f" {_PEOPLE}",
        "bắt (đi|mất|hết|luôn|sạch|giam|giữ|cóc|lên xe|vô xe)",
        "bị _? _? bắt",
        "(tạm giữ|giam giữ|bị giữ|bị giam|bị nhốt|trại giam)",
        "giữ lại (người|ổng|bả|ảnh|chỉ|anh|chị|ông|bà|chú|cô|mấy)",
        "(còng tay|bị còng|còng lại|còng số 8)",
        # Not "chở đi" (driven away) or "lôi đi" (dragged off): folded they are "cho đi" (let
        # go) and "lối đi" (a walkway).
        "(đưa|dẫn|kéo|đem|áp giải) (đi|lên xe|vô xe|vào xe)",
        "lôi (lên xe|vô xe|vào xe)",
        "(đưa|dẫn|chở|bắt|giải) (về|lên|vô|vào) đồn",
        f"(đưa|dẫn|lôi|kéo|đem) {_HIM} (đi|lên xe|vô xe|vào xe)",
        "(bị|đã) (đưa|dẫn|lôi|đem) (đi|lên xe|vô xe)",
        "(đưa|chở|đem) (đi|về|tới|đến|vô|vào) (trại giam|nhà tù|tù|broadview|trung tâm giam giữ)",
        "áp giải",
        "(bị|đã|mới|vừa) tóm",
        "(bị hốt|hốt hết|hốt người|hốt mấy)",
        "(bị|đã|sẽ bị) trục xuất",
        "(vây bắt|lùng bắt|truy bắt|bắt bớ|bắt người)",
    ),
    "raid": (
        "bố ráp",
        "(bị|đi) ráp",
        "ráp (tiệm|nhà|chợ|hãng|xưởng|khu)",
        "(đột kích|truy quét|càn quét|vây bắt|bao vây|lùng bắt|đột nhập)",
    ),
    "id_check": (
        "(hỏi|kiểm tra|xét|đòi|xem|coi|check|soát|tra|trình) (hết|tất cả|từng|mọi|mấy)?"
        " (người)? (giấy tờ|giấy|id|căn cước|bằng lái|giấy phép|thẻ xanh|thẻ căn cước|thẻ id"
        "|passport|hộ chiếu|giấy tùy thân)",
    ),
    "status_question": (
        "(có|co) (giấy tờ|giấy|thẻ xanh|green card|quốc tịch|visa|passport|hộ chiếu) (gì)?"
        " (không|ko|k|hông|hong|chưa)",
        "hỏi (về)? (tình trạng|diện|quốc tịch|tình trạng cư trú|tình trạng di trú|giấy tờ di trú"
        "|thẻ xanh)",
        # Wider than the idiom "tình trạng di trú", so it is not ignored with it.
        "(về|hỏi|biết|xem|coi|check|kiểm tra) (về)? (tình trạng|diện) (di trú|cư trú)",
        "hỏi (có phải|là|có)? (công dân|hợp pháp|bất hợp pháp|ở lậu|di dân lậu)",
        "(ở|cư trú|qua) (bất hợp pháp|lậu)",
        "(từ|tới từ|đến từ|người) (nước nào|đâu tới|đâu đến)",
        "sinh (ra)? ở (đâu|nước nào)",
    ),
    "at_door": (
        "(gõ|đập|đạp|đấm|kêu|gọi) cửa",
        # Written while it happens: "đang phá cửa nhà hàng xóm".
        "(phá|đạp|phá tung|đạp tung|cạy) (cửa|cổng|khóa)",
        "(trước|ngoài|ở|tại|đứng) cửa nhà",
        "(ngoài|ngay) cửa",
        "ở cửa (phòng|chính|sau|trước)",
        f"(trước|ngoài|sau|quanh) nhà ({_ME_ALT}|hàng xóm|bà|ông|anh|chị|cô|chú|bác|ba|má|mẹ|nó"
        "|ổng|bả|người ta|kế bên|bên cạnh|của|trên|ở|số|rồi|kìa|đó|này|nè|luôn)",
        "(xông|ập|tràn|xô|đột nhập) (vào|vô)",
        f"(tới|đến|vô|vào) nhà {_ME}",
        "(đòi|muốn|cố|tìm cách) (vào|vô) (nhà|phòng|chung cư)",
        f"(bắt|bảo|kêu|đòi|ra lệnh|ép) {_ME}? mở cửa",
        "(từng nhà|nhà này qua nhà khác|đi từng nhà)",
        "(vào|vô) (trong)? (nhà|căn nhà|phòng|chung cư) (tôi|tui|em|mình|hàng xóm)",
    ),
    "roadblock": (
        "chốt (chặn|kiểm soát|kiểm tra)",
        "trạm kiểm soát",
        "(lập|dựng|đặt) (chốt|trạm)",
        "(chặn|dừng|kiểm tra|xét) (tất cả|mọi|hết|từng) (xe|người)",
        "chặn (đường|hết đường|cả con đường)",
    ),
    "questioning": (
        "(thẩm vấn|tra hỏi|chất vấn|hỏi cung|tra khảo)",
        # "Chặn" folds like "chân" (leg: "chân tôi"), "dừng" like "dùng" (use), "lục" like
        # "lúc" (when): each only with the words that make it a stop or a search.
        f"(chặn|chận) ({_ME_ALT}|ổng|bả|ảnh|chỉ|anh|chị|mấy người|người) lại",
        "(chặn|chận) (lại|xe)",
        "bị (chặn|chận|tấp|hỏi)",
        "tấp (xe)? vào lề",
        "(bắt|bị) dừng xe",
        "(khám|xét) (người|túi|xe|giỏ|ba lô)",
        "(lục soát|lục lọi)",
        f"hỏi ({_ME_ALT}|ổng|bả|ảnh|chỉ|anh ấy|chị ấy|nhiều câu|đủ thứ|han)",
    ),
    "surveillance": (
        "theo dõi",
        "bám theo",
        f"(đi|chạy) theo ({_ME_ALT}|xe tôi|xe mình)",
        "rình (rập|mò)?",
        "canh (chừng|me)",
        # "Đậu" (parked), not "đỗ", which folds like "đó" (there); and "đậu" itself folds like
        # "đâu" (where) and "đầu" (head), so not "ở đâu gần đây".
        "đậu (xe)? (trước|ngoài|trên|cả buổi|suốt)",
        "(chạy|đi|lái) (vòng vòng|lòng vòng|qua lại|tới lui)",
        "(chạy|đi) qua (chạy|đi) lại",
        "chụp (hình|ảnh) (nhà|người|mọi người|biển số|xe)",
        "quay (phim|video) (nhà|người)",
        "máy bay không người lái",
    ),
    "force": (
        "(đánh đập|đánh túi bụi|hành hung|bạo lực|vũ lực|thô bạo|mạnh tay|hung hăng)",
        f"đánh ({_ME_ALT}|người|ổng|bả|ảnh|chỉ|nó|anh|chị|ông|bà|chú|cô|họ|mấy|vào|con|cháu|bạn"
        "|thằng|đứa)",
        "bị (đánh|đấm|đá|tát|xô|đẩy|vật|quật|đè|ghì|bóp cổ|siết cổ|kẹp cổ|xịt|chích điện)",
        "đấm (vào|vô) (mặt|bụng|đầu|người|ngực)",
        # Not "đấm" or "đẩy" before a person: folded they are "đám" (a crowd: "đám con nít")
        # and "đây" (here: "đây con").
        f"(đá|tát|xô) ({_ME_ALT}|ổng|bả|ảnh|chỉ|nó|anh|chị|ông|bà|chú|cô) (ngã|té|xuống|vào|lên)?",
        "(xô|đẩy|vật|quật) (ngã|té|xuống)",
        "xô đẩy",
        "(xuống|dưới) (đất|sàn|sàn nhà|mặt đất|lề đường)",
        "đè (xuống|lên|cổ|ngực|người)",
        "(bóp cổ|siết cổ|kẹp cổ)",
        "(kéo lê|lôi xềnh xệch)",
        "(hơi cay|xịt cay|bình xịt|đạn cao su)",
        "(chích điện|sốc điện)",
        "(bẻ tay|vặn tay|bẻ quặt)",
    ),
    "injury": (
        "(bị thương|thương tích|vết thương)",
        # Not "ra máu": folded it is "ra mau", get out quick.
        "(chảy máu|đổ máu|đầy máu|bê bết máu|máu me)",
        "(bầm tím|bầm dập|bị bầm)",
        # Not "sưng lên": folded it is "súng lên", a gun raised.
        "(sưng|bị sưng) (mặt|tay|chân|mắt|đầu|vù|húp)",
        "gãy (tay|chân|xương|mũi|răng|sườn)",
        "(bất tỉnh|ngất xỉu|ngất|xỉu)",
        "(trầy xước|trầy trụa|bị trầy)",
        "(u đầu|bể đầu|bể môi|rách môi)",
        "bị đau",
    ),
    "medical_now": (
        "(gọi|kêu|cần|xin) (xe)? (cấp cứu|cứu thương|911|ambulance)",
        "cấp cứu (gấp|với|giùm|giúp|ngay)",
        "xe cứu thương",
        # Not "không thở" or "đau tim" alone: folded they are also "không thợ" (no worker) and
        # "đâu tìm" (where to find).
        "(không|ko|k|hông) (thể)? (thở được|còn thở|thở nổi)",
        "(khó thở|ngưng thở|co giật)",
        "lên cơn (động kinh|co giật|đau tim|suyễn)",
        "(bị đau tim|nhồi máu cơ tim)",
        "(đang|vẫn|còn) bất tỉnh",
        "bất tỉnh nhân sự",
        "cần (đi)? (bệnh viện|bác sĩ)",
    ),
    "weapon": (
        "(có|cầm|mang|đeo|rút|giơ|cây|khẩu) súng",
        "súng (ống|trường|lục|ngắn|dài|điện|máy)",
        "(vũ khí|vũ trang|dùi cui)",
    ),
    "weapon_pointed": (
        "(chĩa|dí|rút|giơ|nhắm) súng",
        f"chĩa (thẳng)? (vào|vô) (đầu|mặt|người|{_ME_ALT}|mọi người|ổng|bả|ảnh|chỉ|anh|chị|ông|bà)",
        "(súng chĩa|họng súng)",
    ),
    # "Bắn" (shoot) folds like "bạn" (friend): "bạn tôi", "bạn người Việt", "bạn trúng thưởng"
    # must not read as shots, so only the words that go with a gun follow it.
    "weapon_fired": (
        "nổ súng",
        "bắn (súng|chết|đạn|lên trời|chỉ thiên|tỉa|bị thương)",
        "bắn (vào|vô) (đầu|chân|xe|đám đông|ngực|lưng|bụng|tay)",
        "bị bắn",
        "(tiếng súng|trúng đạn|bắn tỉa)",
    ),
    "property_damage": (
        "(phá|đạp|bể|vỡ|phá hư|làm hư|làm bể|làm vỡ|đạp bể|đập bể|đập vỡ|cạy|phá khóa|phá tung"
        "|đạp tung) (cửa|kính|cửa kính|cửa sổ|khóa|ổ khóa|xe|cổng|tường|đồ đạc|nhà)",
        "(cửa|kính|cửa kính|cửa sổ|khóa|ổ khóa|cổng) (bị)? (bể|vỡ|hư|phá|gãy)",
        "(đập phá|phá hoại|phá nát|tan hoang|lục tung)",
        "(vào|vô) nhà (mà)? (không|ko|k) (xin phép|được phép|có phép)",
    ),
    "retaliation": (
        "(đe dọa|hăm dọa|hăm he|uy hiếp|hù dọa|dọa)",
        "(giật|lấy|tịch thu|đập|đập bể|cướp|giành) (điện thoại|đt|phone|camera|máy ảnh|máy quay"
        "|máy chụp hình)",
        f"(bắt|ép|buộc|bảo) {_ME}? (xóa|xoá) (video|hình|clip|ảnh)",
        "(không cho|cấm|không được|ngưng|tắt) (quay|quay phim|quay video|chụp hình"
        "|ghi hình|livestream)",
        f"(quay lại|trở lại|quay về|đến lại) (tìm|bắt|kiếm|xử|hỏi thăm) ({_ME_ALT}|mày"
        "|bây|tụi mày)",
        f"biết (nhà|chỗ ở) ({_ME_ALT}|mày)",
        f"biết {_ME} (ở|sống) (đâu|chỗ nào)",
    ),
    "immigration_threat": (
        "(dọa|đe dọa|hăm dọa|hăm|nói sẽ|sẽ) (gọi|báo|kêu|giao|đưa|nộp) (cho)? (di trú|ice"
        "|sở di trú|bên di trú|di dân|nhập cư)",
        "(dọa|đe dọa|hăm dọa|hăm) (trục xuất|bắt đi|báo di trú|đuổi về)",
    ),
    "police_assist": (
        f"{_POLICE} (đang|đã|có|cũng)? (giúp|phụ|hỗ trợ|tiếp tay|hợp tác|phối hợp|dẫn đường"
        "|hộ tống|làm việc chung)",
        f"(giúp|phụ|hỗ trợ|tiếp tay|hợp tác với|phối hợp với) (cho)? {_ICE}",
        f"giao _? _? _? _? _? (cho|lại cho) {_ICE}",
        f"{_POLICE} (đã|đi|lại)? (gọi|báo) (cho)? {_ICE}",
        f"(để|cho) {_ICE} (bắt|còng|vào|lôi)",
    ),
    "police_block": (
        "chặn (đường|lối|hẻm|ngã tư|góc đường|đầu hẻm|con đường|cả con đường|cả khu|khu|hết đường)",
        "(phong tỏa|giăng dây|chắn đường|rào đường|rào lại)",
        "(điều khiển|điều phối|chỉ huy|phân luồng) giao thông",
        # "Cản" (block) folds like "cần" (need): only "cản đường".
        "cản đường",
        "không cho (ai|người ta|mọi người|xe|tụi tôi|chúng tôi) (đi qua|qua|lại gần|tới gần"
        "|vào|ra|đến gần)",
    ),
    "police_share": (
        f"{_POLICE} (đã)? (cung cấp|chia sẻ|đưa|gửi|gởi|tiết lộ) (thông tin|địa chỉ|hồ sơ|dữ liệu)",
        f"(cung cấp|chia sẻ|đưa|gửi|gởi|tiết lộ) (thông tin|địa chỉ|hồ sơ|dữ liệu) _? _? cho"
        f" {_ICE}",
    ),
    "police_watch": (
        f"{_POLICE} (chỉ)? (đứng nhìn|đứng coi|đứng xem|đứng đó|đứng ngoài|đứng bên cạnh"
        "|không làm gì|không can thiệp|đứng yên|khoanh tay)",
    ),
    "no_warrant": (
        "(không|ko|k|hông|chẳng) (có|đưa|xuất trình|trình|cho xem|đưa ra) (lệnh|trát|warrant)",
        "lệnh (của)? di trú",
        "(không|ko|k) (có)? chữ ký (của)? (thẩm phán|tòa|quan tòa)",
        "lệnh (không|ko) (có)? (ký|chữ ký)",
    ),
    "minor": (
        "con (tôi|tui|em|mình|của tôi|của em|trai|gái|nhỏ|nít|cái|bé)",
        "(các|mấy|hai|ba|2|3) (đứa)? con",
        "trẻ (em|con|nhỏ|vị thành niên)",
        "em bé",
        "(đứa|mấy đứa|tụi|bọn|hai đứa|ba đứa) (nhỏ|bé|con|trẻ)",
        "cháu (nhỏ|bé)",
        "bé (trai|gái|nhà|con)",
        "(học sinh|vị thành niên|phụ huynh)",
        "(1|2|3|4|5|6|7|8|9|10|11|12|13|14|15|16|17) tuổi",
        "(đón|đưa) (con|cháu|bé)",
    ),
    "child_alone": (
        "một mình",
        "(không|ko|k) (có)? ai (trông|coi|chăm|đón|lo|giữ)",
        "bỏ lại",
        "không có người lớn",
    ),
    "masks": (
        "(bịt|che|trùm|đeo) (kín)? (mặt|mặt nạ|khẩu trang|đầu)",
        "(mặt nạ|khẩu trang|trùm đầu)",
    ),
    "no_id": (
        "(không|ko|k|hông) (có|đeo|mang|cho xem)? (bảng tên|phù hiệu|huy hiệu|thẻ ngành|số hiệu"
        "|đồng phục|badge)",
        "(không|ko|k) (xưng|nói|cho biết) (danh|tên|danh tính|họ là ai|là ai)",
        "(thường phục|đồ thường|đồ dân sự)",
    ),
    "badge": ("(số hiệu|số phù hiệu|số thẻ|số badge|phù hiệu|huy hiệu|mã số) (số|là|ghi)? <num>",),
    "agent_name": (
        "(bảng tên|thẻ tên|name tag) (ghi|là|đề)",
        "(ông ta|anh ta|ổng|người đó|tên đó|thằng đó|viên cảnh sát|nhân viên|đặc vụ|sĩ quan)"
        " tên (là)?",
        "tên (của)? (ông ta|anh ta|ổng|người đó|cảnh sát|nhân viên|đặc vụ|sĩ quan) (là)",
    ),
    "plate": ("(biển số|bảng số|số xe) (xe)? (là|số)? (illinois|il|indiana|in)? <plate>",),
    "plate_hidden": (
        "(không|ko|k|hông) (có)? (biển số|bảng số)",
        "(che|giấu|tháo) (biển số|bảng số)",
        "(biển số|bảng số) (bị)? (che|giấu|tháo)",
        "xe không biển",
    ),
    "sensitive_location": (
        "trường (học|tiểu học|trung học|mẫu giáo|cấp)",
        "(ở|tại|trước|gần|ngoài|cổng|đến|tới|sân) trường",
        "nhà thờ",
        "(ở|tại|trước|gần|ngoài|cổng|đi) chùa",
        "bệnh viện",
        "phòng khám",
        "tòa án",
        "(nhà trẻ|mẫu giáo|nhà giữ trẻ)",
        "(thánh đường|giáo xứ)",
    ),
    "media": (
        "(quay|quay được|có quay|đã quay) (video|phim|clip|hình)",
        "chụp (hình|ảnh) (được|lại)?",
        # Not "có ảnh": folded it is "có anh", there is a man.
        "(có|gửi|gởi) (hình|video|clip)",
        "clip",
    ),
}

_UNNEGATED: dict[str, tuple[str, ...]] = {
    "question": (
        f"quyền (của)? {_ME}",
        "có quyền (gì|không)",
        "có quyền (vào|vô|bắt|hỏi|xét|khám|lục|đòi|kiểm tra|giữ)",
        "quyền gì",
        "phải mở cửa (không|ko|hông)",
        "(phải|nên) làm (sao|gì|thế nào)",
        "cho (tôi)? hỏi",
        "xin hỏi",
        "(tìm|cần|giới thiệu|có) luật sư",
        "luật sư",
        "đường dây nóng",
        "ẩn danh (không|ko)",
        "tư vấn",
    ),
    "idiom": (
        # "Bắt" in words that have nothing to do with arrests.
        "(bắt đầu|bắt buộc|bị bắt buộc|bắt chước|bắt tay|bắt gặp|bắt máy|bắt xe|bắt kịp"
        "|bắt đền|bắt sóng)",
        # "Bất" folds like "bắt": "bị bất ngờ" is being taken by surprise.
        "bị (bất ngờ|bất công|bất an|bất lực|bất tiện)",
        # "Đáng" (worth) and "đàng" fold like "đang": "đáng sợ" is scary, not happening now.
        "(đáng sợ|đáng lẽ|đáng tiếc|đáng ghét|xứng đáng|đáng buồn|đáng thương|đáng lo"
        "|đáng ngại|đáng chú ý|đáng kể|đáng giá|đáng đời|đàng hoàng)",
        "ice (cream|coffee|tea)",
        # "Di trú" as a field of law or paperwork, not the agency.
        "(luật sư|luật|hồ sơ|thủ tục|chính sách|diện|visa|đơn|phỏng vấn|tình trạng) di trú",
        "(đánh nhau|đánh bài|đánh răng|đánh thức|đánh máy|đánh giá)",
        "(quay lại|quay về) (nhà|chỗ cũ)",
    ),
    "spam": (
        "trúng thưởng",
        "miễn phí",
        "khuyến mãi",
        "vay (tiền|vốn)",
        "bấm vào (link|đây|đường link)",
        "(nhận quà|quà tặng)",
    ),
}

CONCEPTS: dict[str, tuple[str, ...]] = {
    concept: tuple(_with_plain_d(p) for p in phrases)
    for concept, phrases in (
        *((c, _after_no(p)) for c, p in _CONCEPTS.items()),
        *_UNNEGATED.items(),
    )
}

NEGATORS: dict[str, int] = {
    **dict.fromkeys(
        (
            "không",
            "ko",
            "k",
            "kg",
            "khg",
            "hk",
            "hông",
            "hong",
            "hổng",
            "hok",
            "hem",
            "chẳng",
            "chưa",
        ),
        3,
    ),
    # A hypothetical ("nếu ICE tới gõ cửa") is a question, not a report. Not "lỡ", "nhỡ",
    # "chả", "chớ", "thể" or "đừng": folded they are "lo" (worry), "nho" (small), "cha"
    # (father), "cho" (give), English "the" and "đứng" (to stand).
    "nếu": 3,
}

_TIME_PHRASES: dict[str, tuple[str, ...]] = {
    "now": ("bây giờ", "ngay bây giờ", "bây h", "hiện giờ", "hiện tại", "lúc này", "ngay lúc này"),
    "today": ("hôm nay", "sáng nay", "chiều nay", "trưa nay", "tối nay"),
    "earlier_today": ("hồi sáng", "lúc sáng", "hồi trưa", "hồi chiều", "sáng nay"),
    "yesterday": ("hôm qua", "chiều qua"),
    "day_before_yesterday": ("hôm kia",),
    "last_night": ("đêm qua", "tối hôm qua", "đêm hôm qua"),
    "vague_past": (
        "tuần trước",
        "tuần rồi",
        "tháng trước",
        "tháng rồi",
        "năm ngoái",
        "hôm trước",
        "bữa trước",
        "mấy hôm trước",
        "hôm bữa",
        "hồi trước",
    ),
    "while_ago": ("lúc nãy", "hồi nãy", "khi nãy", "vừa nãy", "ban nãy", "mới đây"),
    "ago_after": ("trước", "về trước"),
    "last": ("tuần trước", "vừa rồi"),
    "future": ("ngày mai", "tuần sau", "tuần tới", "tháng sau", "tháng tới"),
    "half": ("nửa",),
    "am": ("giờ sáng", "h sáng"),
    "pm": ("giờ chiều", "giờ tối", "h chiều", "h tối"),
    "clock_lead": ("lúc", "khoảng", "vào lúc", "khoảng lúc", "tầm"),
}


def _time_words(name: str) -> tuple[str, ...]:
    phrases = _TIME_PHRASES[name]
    return tuple(dict.fromkeys((*phrases, *(p.replace("đ", "d") for p in phrases))))


TIME = TimeWords(
    now=_time_words("now"),
    today=_time_words("today"),
    earlier_today=_time_words("earlier_today"),
    yesterday=_time_words("yesterday"),
    day_before_yesterday=_time_words("day_before_yesterday"),
    last_night=_time_words("last_night"),
    vague_past=_time_words("vague_past"),
    while_ago=_time_words("while_ago"),
    ago_after=_time_words("ago_after"),
    ago_before=(),
    last=_time_words("last"),
    future=_time_words("future"),
    numbers={
        "một": 1,
        "hai": 2,
        "ba": 3,
        "bốn": 4,
        "năm": 5,
        "sáu": 6,
        "tám": 8,
        "chín": 9,
        "mười": 10,
        "mười lăm": 15,
        "hai mươi": 20,
        "ba mươi": 30,
        "bốn mươi lăm": 45,
        "mấy": 3,
        "vài": 3,
    },
    half=_time_words("half"),
    units={"phút": 1, "tiếng": 60, "giờ": 60, "ngày": 1440, "hôm": 1440, "tuần": 10080},
    # Whole phrases where a bare word would fold like another: "sáng" like "sang" (to go
    # over), "tối" like "tôi" (I), "đêm" like "đem" (to take).
    parts_of_day={
        "buổi sáng": 9,
        "sáng nay": 9,
        "sáng sớm": 6,
        "giờ sáng": 9,
        "trưa": 12,
        "chiều": 15,
        "buổi tối": 20,
        "tối nay": 20,
        "giờ tối": 20,
        "ban đêm": 23,
        "ban dem": 23,
        "đêm qua": 23,
        "dem qua": 23,
        "khuya": 23,
        "nửa đêm": 0,
        "nua dem": 0,
    },
    am=_time_words("am"),
    pm=_time_words("pm"),
    clock_lead=_time_words("clock_lead"),
    clock_after=("giờ", "gio"),
    weekdays={
        "thứ hai": 0,
        "thứ 2": 0,
        "thứ ba": 1,
        "thứ 3": 1,
        "thứ tư": 2,
        "thứ 4": 2,
        "thứ năm": 3,
        "thứ 5": 3,
        "thứ sáu": 4,
        "thứ 6": 4,
        "thứ bảy": 5,
        "thứ 7": 5,
        "chủ nhật": 6,
    },
    months={
        "tháng một": 1,
        "tháng giêng": 1,
        "tháng hai": 2,
        "tháng ba": 3,
        "tháng tư": 4,
        "tháng năm": 5,
        "tháng sáu": 6,
        "tháng bảy": 7,
        "tháng tám": 8,
        "tháng chín": 9,
        "tháng mười": 10,
        "tháng mười một": 11,
        "tháng mười hai": 12,
        "tháng chạp": 12,
    },
    day_first=True,
)

LEXICON = Lexicon(
    locale="vi",
    concepts=CONCEPTS,
    negators=NEGATORS,
    clause_breaks=_words_with_plain_d(
        {
            "nhưng",
            "mà",
            "rồi",
            "thì",
            "và",
            "vì",
            "nên",
            "lúc",
            "khi",
            "hay",
            "xong",
            "còn",
            # "Không biết đưa đi đâu": not knowing where he was taken does not deny it.
            "biết",
        }
    ),
    # Skipped when counting a negator's reach: "không có ai bị thương cả".
    determiners=_words_with_plain_d(
        {"có", "ai", "nào", "người", "gì", "hết", "mấy", "những", "các", "một", "cái", "đã"}
    ),
    test_words=_words_with_plain_d({"test", "thử"}),
    test_filler=_words_with_plain_d(
        {
            "tin",
            "nhắn",
            "thôi",
            "chỉ",
            "là",
            "đây",
            "này",
            "xin",
            "chào",
            "một",
            "hai",
            "ba",
            "gửi",
            "gởi",
            "hello",
        }
    ),
    titles=frozenset({"ong", "quan", "vu", "sat", "truong", "officer"}),
    not_names=_words_with_plain_d(
        {
            "la",
            "ten",
            "co",
            "khong",
            "ko",
            "đa",
            "đang",
            "bi",
            "toi",
            "ay",
            "ta",
            "nay",
            "đo",
            "ghi",
            "so",
            "hieu",
            "nguoi",
            "cua",
        }
    ),
    unknown_answers=_words_with_plain_d(
        {
            "không biết",
            "ko biết",
            "k biết",
            "hông biết",
            "không rõ",
            "không nhớ",
            "không có",
            "chịu",
            "không thấy",
            "ko thấy",
        }
    ),
    time=TIME,
    # Not "ạ", "đó", "ko" or "mấy": folded they are English "a" and "do" (typed without đ) and
    # Tagalog "ko" and "may". "Ở" is shared with Spanish "o" on purpose: "ICE o day" is
    # Vietnamese typed without marks.
    common_words=_words_with_plain_d(
        """
        tôi tui không của giúp giùm người được chồng vợ đang nhưng với này tại nhà bắt bị
        rồi đã họ mình anh chị ông bà cho trong ngoài trước sau về vào vô đi đây gì sao làm
        thì cũng vẫn hôm qua nay giờ cảnh sát trú xe nhiều lắm quá ơi nhé tụi thử tin nhắn ở
        """.split()
    ),
)
