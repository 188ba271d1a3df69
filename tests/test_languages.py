"""Every resident's language: a first SMS in each of the 14 is answered in it, LANGUAGE (in
any language) switches at any point, and the catalogs are complete."""

from __future__ import annotations

import pytest
from babel.dates import format_date
from conftest import Phone
from flask import Flask
from flask.testing import FlaskClient, FlaskCliRunner

from app.channels.segments import segments
from app.engine import messages as M
from app.engine.keywords import KEYWORDS
from app.extensions import db
from app.i18n import ALL_LOCALES, NATIVE_NAMES, REQUIRED_COMPLETE
from app.models import Conversation, Ticket
from app.runtime import runtime

# A first message as a resident would send it: "ICE took my neighbour yesterday near the shop".
FIRST_MESSAGES = {
    "en": "ICE took my neighbor yesterday near the store",
    "es": "la migra se llevó a mi vecino ayer cerca de la tienda",
    "pl": "wczoraj ICE zabrało mojego sąsiada koło sklepu",
    "zh_Hans": "昨天移民局在商店附近抓走了我的邻居",
    "ar": "أمس أخذت الهجرة جاري قرب المحل",
    "hi": "कल ICE वाले मेरे पड़ोसी को दुकान के पास से ले गए",
    "ur": "کل ICE والے میرے پڑوسی کو دکان کے پاس سے لے گئے",
    "tl": "kahapon kinuha ng ICE ang kapitbahay ko malapit sa tindahan",
    "ru": "вчера ICE забрали моего соседа возле магазина",
    "uk": "вчора ICE забрали мого сусіда біля магазину",
    "ko": "어제 ICE가 가게 근처에서 우리 이웃을 잡아갔어요",
    "vi": "hôm qua ICE bắt người hàng xóm của tôi gần cửa hàng",
    "gu": "ગઈકાલે ICE વાળા મારા પાડોશીને દુકાન પાસેથી લઈ ગયા",
    "fr": "hier ICE a arrêté mon voisin près du magasin",
}


def test_every_language_is_complete_and_enabled(app: Flask) -> None:
    assert set(REQUIRED_COMPLETE) == set(ALL_LOCALES)
    with app.app_context():
        assert runtime().catalogs.enabled == ALL_LOCALES


@pytest.mark.parametrize("locale", ALL_LOCALES)
def test_a_first_sms_in_any_language_is_answered_in_it(
    app: Flask, client: FlaskClient, locale: str
) -> None:
    replies = Phone(client, "+1312555" + f"{ALL_LOCALES.index(locale):04d}").send(
        FIRST_MESSAGES[locale]
    )
    with app.app_context():
        rt = runtime()
        [conversation] = db.session.query(Conversation).all()
        assert conversation.locale == locale
        intro = rt.flows["intake"].message("intro", "sms")[0]
        assert replies[0] == rt.catalogs.translate(locale, intro)
        # Then the next question (when: "yesterday" is kept in the words, not as an answer).
        when = rt.flows["intake"].steps["when"].prompt_for("sms")
        assert replies[-1].startswith(rt.catalogs.translate(locale, when)[:20])
    assert all(segments(reply) <= 2 for reply in replies)


@pytest.mark.parametrize("locale", ALL_LOCALES)
def test_language_in_any_language_switches_at_any_point(
    app: Flask, client: FlaskClient, locale: str
) -> None:
    phone = Phone(client, "+1773555" + f"{ALL_LOCALES.index(locale):04d}")
    phone.send("hello")
    phone.send("SKIP")
    with app.app_context():
        rt = runtime()
        context, msgid = KEYWORDS["language"]
        word = rt.catalogs.translate_in(locale, context, msgid).split(",")[0].strip()
        header = rt.catalogs.translate("en", M.LANGUAGE_MENU)
    menu = phone.send(word)
    assert menu[0].startswith(header)
    listed = "\n".join(menu)
    for number, code in enumerate(ALL_LOCALES, 1):
        assert f"{number} {NATIVE_NAMES[code]}" in listed  # each in its own name and script
    assert all(segments(message) <= 2 for message in menu)
    switched = phone.send(str(ALL_LOCALES.index(locale) + 1))
    with app.app_context():
        rt = runtime()
        [conversation] = db.session.query(Conversation).all()
        assert conversation.locale == locale
        # Back to the question the resident was on, now in the new language.
        when = rt.flows["intake"].steps["when"].prompt_for("sms")
        assert switched[0].startswith(rt.catalogs.translate(locale, when)[:20])


@pytest.mark.parametrize("locale", ["zh_Hans", "ru", "ar", "tl", "gu"])
def test_the_receipt_page_gives_dates_the_locale_way(
    app: Flask, client: FlaskClient, runner: FlaskCliRunner, locale: str
) -> None:
    key = runner.invoke(args=["partner", "create", "Dates"]).output.strip()
    filed = client.post(
        "/api/v1/reports",
        json={"narrative": "ICE detained a man at the bus stop", "language": locale},
        headers={"Authorization": f"Bearer {key}"},
    ).get_json()
    html = client.post(f"/receipt?lang={locale}", data={"receipt": filed["receipt"]}).get_data(
        as_text=True
    )
    with app.app_context():
        ticket = db.session.get(Ticket, filed["ticket"]["id"])
        assert ticket is not None
        local = ticket.created_at.astimezone(runtime().settings.zone)
        status = runtime().catalogs.translate(locale, M.STATUS_WORDS["new"])
    assert format_date(local, "long", locale=locale) in html  # e.g. 2026年11月21日
    assert f'lang="{locale.replace("_", "-")}"' in html and status in html


def test_a_status_phrase_of_two_words_finds_the_report(
    app: Flask, client: FlaskClient, runner: FlaskCliRunner
) -> None:
    """Vietnamese says STATUS in two words: "TÌNH TRẠNG 1234-…" is answered in Vietnamese."""
    key = runner.invoke(args=["partner", "create", "Status"]).output.strip()
    filed = client.post(
        "/api/v1/reports",
        json={"narrative": "ICE detained a man at the bus stop", "language": "vi"},
        headers={"Authorization": f"Bearer {key}"},
    ).get_json()
    reply = Phone(client, "+13125559911").send(f"tình trạng {filed['receipt']}")
    with app.app_context():
        words = runtime().catalogs.translate("vi", M.STATUS_WORDS["new"])
    assert len(reply) == 1 and words in reply[0]
