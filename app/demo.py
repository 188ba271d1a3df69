"""Demo data: fictional residents texting the line, told through the real engine."""

from __future__ import annotations

from datetime import timedelta

from app.engine.runner import Inbound
from app.extensions import db
from app.intake.service import receive
from app.models import Ticket
from app.models.base import utcnow
from app.runtime import Runtime

# Each report is what one fictional resident texts: a first message, then answers by the
# question being asked (any question not listed is answered SKIP). Every one is invented;
# the numbers used are in the 555-01xx range reserved for fiction.
REPORTS: list[tuple[str, dict[str, str]]] = [
    (
        "ICE agents are at my door right now, they are knocking and saying open up",
        {
            "where": "Pulaski and 26th",
            "agents": "3 agents, masks, no badges",
            "harm": "4",
            "detained": "no",
            "children": "yes",
            "police": "1",
            "warrant": "3",
            "contact": "no",
            "share": "yes",
        },
    ),
    (
        "la migra se llevó a mi vecino ayer en la mañana, lo tiraron al suelo",
        {
            "when": "ayer 8am",
            "where": "60623",
            "agency": "1",
            "agents": "5 agentes con chalecos",
            "identifiers": "placa de la camioneta IL 4827193",
            "children": "no",
            "police": "2",
            "warrant": "3",
            "media": "tengo un video",
            "contact": "si",
            "share": "si",
        },
    ),
    ("hola", {}),
    (
        "I saw two unmarked SUVs with federal agents parked by the school on 18th street",
        {
            "when": "this morning around 7",
            "where": "18th and Blue Island",
            "agency": "3",
            "agents": "4 agents, tactical vests",
            "harm": "4",
            "detained": "no",
            "children": "yes",
            "police": "1",
            "warrant": "4",
            "share": "yes",
        },
    ),
    (
        "A CPD officer asked my cousin for his papers during a traffic stop and called ICE",
        {
            "when": "yesterday",
            "where": "Cicero Ave near Belmont",
            "agency": "4",
            "agents": "one officer",
            "identifiers": "badge 12345",
            "harm": "4",
            "detained": "no",
            "children": "no",
            "police": "5",
            "warrant": "3",
            "share": "yes",
        },
    ),
    ("what are my rights if ICE comes to my work?", {}),
    (
        "Border patrol stopped people at a checkpoint on Archer, they pushed a man down",
        {
            "when": "2 hours ago",
            "where": "Archer and Kedzie",
            "agency": "2",
            "agents": "about 10 agents and 6 trucks",
            "identifiers": "no plates on the trucks",
            "harm": "1 2",
            "medical": "no",
            "detained": "yes",
            "children": "no",
            "police": "2 3",
            "warrant": "3",
            "media": "my neighbor filmed it",
            "contact": "no",
            "share": "yes",
        },
    ),
    (
        "hay agentes afuera de la iglesia ahorita, están revisando papeles",
        {
            "where": "iglesia San Pío, 19 y Ashland",
            "agency": "6",
            "harm": "4",
            "detained": "no sé",
            "children": "si",
            "police": "1",
            "warrant": "3",
            "share": "si",
        },
    ),
]


def load_demo(rt: Runtime, copies: int = 1) -> int:
    """Tell each report message by message, a minute apart; returns tickets made."""
    before = db.session.query(Ticket).count()
    start = utcnow() - timedelta(days=3)
    for copy in range(copies):
        for index, (first, answers) in enumerate(REPORTS):
            number = f"+1312555{100 + (copy * len(REPORTS) + index) % 100:04d}"
            when = start + timedelta(hours=7 * index + copy)
            outcome = receive(rt, "sms", number, Inbound(first), now=when)
            for _ in range(30):
                if outcome.state != "in_progress":
                    break
                when += timedelta(minutes=1)
                reply = answers.get(outcome.awaiting or "", "SKIP")
                outcome = receive(rt, "sms", number, Inbound(reply), now=when)
            db.session.flush()
    return db.session.query(Ticket).count() - before
