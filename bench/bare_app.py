"""The baseline for the SMS benchmark: a bare Flask endpoint answering fixed TwiML."""

from flask import Flask, Response

app = Flask(__name__)
TWIML = (
    '<?xml version="1.0" encoding="UTF-8"?><Response><Message>Testigo: this line is '
    "anonymous. What happened?</Message></Response>"
)


@app.post("/twilio/sms")
def sms() -> Response:
    return Response(TWIML, mimetype="application/xml")
