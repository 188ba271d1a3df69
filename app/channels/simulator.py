"""Development only: a page that behaves like a phone texting the line, signed like Twilio.

Each message goes through the real /twilio/sms route with a real X-Twilio-Signature, so
what you see is what a resident would get. The fake number lives only in the page.
"""

from __future__ import annotations

import json
import secrets
from typing import Any
from xml.etree import ElementTree

from flask import Blueprint, current_app, render_template, request
from twilio.request_validator import RequestValidator

from app.runtime import runtime

bp = Blueprint("simulator", __name__, url_prefix="/dev")
FAKE_SID = "AC" + "0" * 32


def fake_number() -> str:
    # 555-01xx numbers are reserved for fiction.
    return "+1312555" + f"01{secrets.randbelow(100):02d}"


def _send(number: str, text: str, seq: int) -> list[str]:
    settings = runtime().settings
    params = {
        "MessageSid": "SM" + secrets.token_hex(16),
        "AccountSid": FAKE_SID,
        "From": number,
        "To": "+13125550100",
        "Body": text,
        "NumMedia": "0",
        "NumSegments": "1",
    }
    base = settings.public_base_url or "http://localhost"
    headers = {}
    if settings.twilio_auth_token:
        validator = RequestValidator(settings.twilio_auth_token)
        headers["X-Twilio-Signature"] = validator.compute_signature(base + "/twilio/sms", params)
    client = current_app.test_client()
    response = client.post("/twilio/sms", data=params, headers=headers, base_url=base)
    if response.status_code != 200:
        return [f"[HTTP {response.status_code}] {response.get_data(as_text=True)}"]
    # Our own TwiML, produced a moment ago by this app, not outside input.
    root = ElementTree.fromstring(response.get_data())  # noqa: S314
    return [m.text or "" for m in root.iter("Message")]


@bp.route("/phone", methods=["GET", "POST"])
def phone() -> str:
    number = request.form.get("number") or fake_number()
    try:
        history: list[dict[str, Any]] = json.loads(request.form.get("history", "[]"))
    except json.JSONDecodeError:
        history = []
    if request.method == "POST":
        if request.form.get("action") == "new":
            number, history = fake_number(), []
        else:
            text = request.form.get("text", "")
            history.append({"from": "resident", "text": text})
            for reply in _send(number, text, len(history)):
                history.append({"from": "testigo", "text": reply})
    return render_template(
        "dev/phone.html",
        number=number,
        history=history,
        history_json=json.dumps(history, ensure_ascii=False),
    )
