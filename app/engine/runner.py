"""The pure step function: (flow, state, inbound message, context) -> new state, replies, events.

It knows nothing of Twilio, Flask or the database. Whatever it needs from outside (catalogs,
the time, a fresh receipt, readers of free text) comes in through the Context.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import asdict, dataclass, field, replace
from datetime import datetime
from typing import Any

from app.channels.segments import MAX_SEGMENTS, segments
from app.engine import messages as M
from app.engine.keywords import Keyword, KeywordIndex
from app.engine.loader import Translator
from app.engine.schema import END, TEXT_TYPES, Flow, Step
from app.engine.text import fold, zip_code
from app.i18n import NATIVE_NAMES

ACTIVE, SUBMITTED, STOPPED, DELETED = "active", "submitted", "stopped", "deleted"
SKIPPED = "skipped"
LANGUAGE_MENU = "language_menu"
_UNSURE = ("dont_know", "unknown")
_NUMBERS = re.compile(r"\d+")
# A first message this long (in words) is a story, not a greeting.
_STORY_WORDS = 4


@dataclass(frozen=True)
class Media:
    content_type: str
    ref: str = ""


@dataclass(frozen=True)
class Inbound:
    text: str
    media: tuple[Media, ...] = ()


@dataclass(frozen=True)
class ChoiceView:
    value: str
    label: str


@dataclass(frozen=True)
class Reply:
    text: str  # as sent by SMS: the prompt, then the numbered choices
    choices: tuple[ChoiceView, ...] = ()
    prompt: str | None = None  # the prompt alone, where a page shows the choices as buttons

    @property
    def lead(self) -> str:
        return self.prompt if self.prompt is not None else self.text


@dataclass(frozen=True)
class Event:
    kind: str  # started, answered, urgent, submitted, stopped, deleted, status, media, language
    data: Mapping[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class AnswerRecord:
    step_id: str
    field: str
    value: Any
    text: str | None
    skipped: bool


@dataclass(frozen=True)
class Hooks:
    """Readers of free text, supplied by the triage package."""

    extract_facts: Callable[[str, str], dict[str, Any]]
    parse_time: Callable[[str, str, datetime], dict[str, Any]]
    detect_language: Callable[[str, Sequence[str]], str | None]


@dataclass(frozen=True)
class Context:
    channel: str
    catalogs: Translator
    keywords: KeywordIndex
    hooks: Hooks
    now: datetime  # aware, in the line's local time zone
    receipt: str
    rapid_response_number: str | None = None
    locale_hint: str | None = None


@dataclass(frozen=True)
class State:
    flow_ref: str
    locale: str
    step: str | None = None
    answers: Mapping[str, Any] = field(default_factory=dict)
    texts: Mapping[str, str] = field(default_factory=dict)
    status: str = ACTIVE
    mode: str | None = None
    retries: int = 0
    urgent: bool = False
    media_count: int = 0

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> State:
        return cls(**dict(data))


@dataclass(frozen=True)
class Turn:
    state: State | None
    replies: tuple[Reply, ...] = ()
    events: tuple[Event, ...] = ()
    answers: tuple[AnswerRecord, ...] = ()


class _Builder:
    """Collects one turn's replies, events and answers while the state evolves."""

    def __init__(self, flow: Flow, state: State, ctx: Context) -> None:
        self.flow, self.state, self.ctx = flow, state, ctx
        self.replies: list[Reply] = []
        self.events: list[Event] = []
        self.answers: list[AnswerRecord] = []

    def t(self, msgid: str, **params: object) -> str:
        return self.ctx.catalogs.translate(self.state.locale, msgid, **params)

    def say(self, msgid: str, **params: object) -> None:
        self.replies.append(Reply(self.t(msgid, **params)))

    def turn(self, state: State | None = None, keep: bool = True) -> Turn:
        return Turn(
            state if state is not None else (self.state if keep else None),
            tuple(self.replies),
            tuple(self.events),
            tuple(self.answers),
        )

    # -- asking -------------------------------------------------------------------------

    def ask(self, step_id: str) -> None:
        self.state = replace(self.state, step=step_id, retries=0)
        self.replies.append(render_step(self.flow.steps[step_id], self.state.locale, self.ctx))

    def ask_current_or_first(self) -> None:
        self.ask(self.state.step or self.first_open(self.flow.start))

    def first_open(self, step_id: str) -> str:
        """From step_id on, the first step still worth asking (or END)."""
        current = step_id
        for _ in range(len(self.flow.steps) + 1):
            if current == END:
                return END
            step = self.flow.steps[current]
            needed = step.field not in self.state.answers and (
                step.ask_if is None or step.ask_if.holds(self.state.answers, self.ctx.channel)
            )
            if needed:
                return current
            current = self.following(step)
        return END

    def following(self, step: Step) -> str:
        for branch in step.next:
            if branch.when is None or branch.when.holds(self.state.answers, self.ctx.channel):
                return branch.goto
        return END

    def advance(self) -> None:
        """After an answer: the urgent path if it is happening now, then the next question."""
        self.check_urgent()
        current = self.state.step
        start = self.following(self.flow.steps[current]) if current else self.flow.start
        target = self.first_open(start)
        if target == END:
            self.finish()
        else:
            self.ask(target)

    def check_urgent(self) -> None:
        when = self.state.answers.get("when")
        if self.state.urgent or not (isinstance(when, dict) and when.get("recency") == "now"):
            return
        self.state = replace(self.state, urgent=True)
        self.events.append(Event("urgent"))
        for msgid in self.flow.message("urgent", self.ctx.channel):
            self.say(msgid)
        rapid = self.flow.message("rapid_response", self.ctx.channel)
        if self.ctx.rapid_response_number and rapid:
            self.say(rapid[0], number=self.ctx.rapid_response_number)

    def finish(self) -> None:
        self.state = replace(self.state, step=None, status=SUBMITTED, mode=None)
        self.events.append(Event("submitted", {"receipt": self.ctx.receipt}))
        self.say(self.flow.message("end", self.ctx.channel)[0], receipt=self.ctx.receipt)

    # -- recording ----------------------------------------------------------------------

    def record(self, step: Step, value: Any, text: str | None, skipped: bool = False) -> None:
        answers = dict(self.state.answers)
        texts = dict(self.state.texts)
        answers[step.field] = value
        if text:
            texts[step.field] = text
        self.state = replace(self.state, answers=answers, texts=texts)
        self.answers.append(AnswerRecord(step.id, step.field, value, text, skipped))
        self.events.append(Event("answered", {"field": step.field}))

    def prefill(self, facts: Mapping[str, Any]) -> None:
        """Facts a story already told: kept as answers so their questions are not asked."""
        by_field = {s.field: s for s in self.flow.steps.values()}
        for field_name, value in facts.items():
            step = by_field.get(field_name)
            if step is not None and field_name not in self.state.answers:
                self.record(step, value, None)

    def take_media(self, inbound: Inbound) -> None:
        if inbound.media:
            count = self.state.media_count + len(inbound.media)
            self.state = replace(self.state, media_count=count)
            self.events.append(Event("media", {"items": [asdict(m) for m in inbound.media]}))


def render_step(step: Step, locale: str, ctx: Context) -> Reply:
    t = ctx.catalogs.translate
    labels = step_choices(step)
    views = tuple(ChoiceView(str(i), t(locale, label)) for i, (_, label) in enumerate(labels, 1))
    prompt = t(locale, step.prompt_for(ctx.channel))
    text = prompt
    if views:
        text += "\n" + "\n".join(f"{v.value} {v.label}" for v in views)
    return Reply(text, views, prompt)


def step_choices(step: Step) -> list[tuple[str, str]]:
    """(value, English label) in the order shown, numbered from 1."""
    if step.type == "yes_no":
        return list(zip(("yes", "no", "dont_know"), M.YES_NO, strict=True))
    if step.type == "consent":
        return list(zip(("yes", "no"), M.CONSENT, strict=True))
    return [(c.value, c.label) for c in step.choices]


def language_menu(ctx: Context, locale: str) -> Reply:
    enabled = ctx.catalogs.enabled
    views = tuple(ChoiceView(str(i), NATIVE_NAMES[loc]) for i, loc in enumerate(enabled, 1))
    header = ctx.catalogs.translate(locale, M.LANGUAGE_MENU)
    return Reply(header + "\n" + "\n".join(f"{v.value} {v.label}" for v in views), views, header)


def language_menus(ctx: Context, locale: str) -> list[Reply]:
    """The language menu as the channel sends it.

    By SMS each message must fit in 2 segments; fourteen languages in their own scripts do
    not, so the list goes out in as many messages as it needs, numbered throughout.
    """
    menu = language_menu(ctx, locale)
    if ctx.channel != "sms" or segments(menu.text) <= MAX_SEGMENTS:
        return [menu]
    parts: list[list[str]] = [[menu.prompt or ""]]
    for line in (f"{v.value} {v.label}" for v in menu.choices):
        if segments("\n".join([*parts[-1], line])) > MAX_SEGMENTS:
            parts.append([])
        parts[-1].append(line)
    return [
        Reply("\n".join(part), menu.choices if i == len(parts) - 1 else (), menu.prompt)
        for i, part in enumerate(parts)
    ]


def _pick_language(text: str, ctx: Context) -> str | None:
    enabled = ctx.catalogs.enabled
    folded = fold(text)
    if folded.isdigit() and 1 <= int(folded) <= len(enabled):
        return enabled[int(folded) - 1]
    for loc in enabled:
        if folded in (fold(NATIVE_NAMES[loc]), fold(loc)):
            return loc
    return None


def parse_answer(step: Step, text: str, ctx: Context, locale: str) -> tuple[bool, Any]:
    """(understood, value) for a typed answer to step."""
    folded = fold(text)
    if step.type in TEXT_TYPES:
        if step.type == "time":
            picked = _choice_values(step, folded, ctx)
            if picked:
                return True, {"recency": picked[0], "at": None}
            return True, ctx.hooks.parse_time(text, locale, ctx.now)
        if step.type == "place":
            return True, {"zip": zip_code(text)}
        return True, None
    if step.type in ("yes_no", "consent"):
        values = [v for v, _ in step_choices(step)]
        word = ctx.keywords.answer(text)
        if folded.isdigit() and 1 <= int(folded) <= len(values):
            return True, values[int(folded) - 1]
        if word is not None:
            if step.type == "consent" and word == "dont_know":
                return True, "no"  # consent is never assumed
            return True, word
        return False, None
    if ctx.keywords.answer(text) == "dont_know":
        # "Not sure" is understood on every choice question, listed or not.
        unsure = next((c.value for c in step.choices if c.value in _UNSURE), "dont_know")
        return True, ([unsure] if step.multiple else unsure)
    picked = _choice_values(step, folded, ctx)
    if not picked:
        return False, None
    return True, (picked if step.multiple else picked[0])


def _choice_values(step: Step, folded: str, ctx: Context) -> list[str]:
    choices = step.choices
    if not choices or not folded:
        return []
    numbers = _NUMBERS.findall(folded)
    if numbers and not re.sub(r"[\d\s]", "", folded):
        # "1 3", "1,3" and (with nine choices or fewer) "13" all mean choices 1 and 3.
        digits = [int(d) for n in numbers for d in (n if len(n) > 1 else [n])]
        if all(1 <= d <= len(choices) for d in digits):
            picked = [choices[d - 1].value for d in digits]
            unique = list(dict.fromkeys(picked))
            return unique if step.multiple else unique[:1]
        return []
    # Each choice scores its longest name found in the answer, so "chicago police"
    # picks Chicago police over the shorter "police".
    padded = f" {folded} "
    scores: dict[str, int] = {}
    for choice in choices:
        names = {fold(ctx.catalogs.translate(loc, choice.label)) for loc in ctx.catalogs.enabled}
        names.update(fold(w) for w in choice.words)
        hits = [len(n) for n in names if n and f" {n} " in padded]
        if hits:
            scores[choice.value] = max(hits)
    if step.multiple:
        return [c.value for c in choices if c.value in scores]
    if not scores:
        return []
    best = max(scores.values())
    winners = [value for value, score in scores.items() if score == best]
    # Two different answers just as likely: ask again rather than guess.
    return winners if len(winners) == 1 else []


def _is_story(text: str, facts: Mapping[str, Any]) -> bool:
    return bool(facts) or len(fold(text).split()) >= _STORY_WORDS


def new_state(flow: Flow, text: str, ctx: Context, keyword: Keyword | None = None) -> State:
    enabled = ctx.catalogs.enabled
    locale = ctx.locale_hint if ctx.locale_hint in enabled else None
    if locale is None and keyword is not None and keyword.locale in enabled:
        locale = keyword.locale  # "SALTAR" or "AYUDA" as a first message
    if locale is None:
        locale = ctx.hooks.detect_language(text, enabled) or "en"
    return State(flow_ref=flow.ref, locale=locale)


def handle(flow: Flow, state: State | None, inbound: Inbound, ctx: Context) -> Turn:
    """One message in, the conversation's next state and what to say back."""
    keyword = ctx.keywords.match(inbound.text) if inbound.text.strip() else None
    if keyword is not None and keyword.kind == "stop":
        stopped = replace(state, status=STOPPED) if state is not None else None
        return Turn(stopped, (), (Event("stopped"),))
    if keyword is not None and keyword.kind == "status":
        locale = state.locale if state is not None else keyword.locale
        return Turn(state, (), (Event("status", {"text": keyword.argument, "locale": locale}),))

    if state is None or state.status != ACTIVE:
        return _begin(flow, inbound, keyword, ctx)
    return _continue(flow, state, inbound, keyword, ctx)


def _begin(flow: Flow, inbound: Inbound, keyword: Keyword | None, ctx: Context) -> Turn:
    state = new_state(flow, inbound.text, ctx, keyword)
    b = _Builder(flow, state, ctx)
    b.events.append(Event("started", {"locale": state.locale}))
    b.take_media(inbound)
    kind = keyword.kind if keyword else None
    if kind == "delete":
        b.say(M.NOTHING_TO_DELETE)
        return b.turn(keep=False)
    if kind == "language":
        b.state = replace(b.state, mode=LANGUAGE_MENU)
        b.replies.extend(language_menus(ctx, b.state.locale))
        return b.turn()
    if kind == "help":
        b.say(M.HELP)
    if kind == "skip":
        first_open = b.first_open(flow.start)
        b.state = replace(b.state, step=first_open)
        b.record(flow.steps[first_open], SKIPPED, None, skipped=True)
        b.advance()
        return b.turn()
    first = flow.steps[flow.start]
    text = inbound.text.strip()
    if kind is None and text and first.type in TEXT_TYPES:
        facts = ctx.hooks.extract_facts(text, state.locale) if first.extract else {}
        if _is_story(text, facts):
            b.state = replace(b.state, step=first.id)
            b.record(first, None, text)
            b.prefill(facts)
            # When agents are there now, safety guidance is the very first thing said.
            b.check_urgent()
            b.say(flow.message("intro", ctx.channel)[0])
            b.advance()
            return b.turn()
    if inbound.media and not text:
        b.say(M.MEDIA_RECEIVED)
    b.ask(b.first_open(flow.start))
    return b.turn()


def _continue(
    flow: Flow, state: State, inbound: Inbound, keyword: Keyword | None, ctx: Context
) -> Turn:
    b = _Builder(flow, state, ctx)
    b.take_media(inbound)
    kind = keyword.kind if keyword else None

    if state.mode == LANGUAGE_MENU and kind is None:
        picked = _pick_language(inbound.text, ctx)
        if picked is None:
            b.replies.extend(language_menus(ctx, state.locale))
            return b.turn()
        b.state = replace(b.state, locale=picked, mode=None)
        b.events.append(Event("language", {"locale": picked}))
        b.ask_current_or_first()
        return b.turn()

    if kind == "language":
        b.state = replace(b.state, mode=LANGUAGE_MENU)
        b.replies.extend(language_menus(ctx, state.locale))
        return b.turn()
    b.state = replace(b.state, mode=None)
    if kind == "delete":
        b.state = replace(b.state, status=DELETED, step=None)
        b.events.append(Event("deleted"))
        b.say(M.DELETED)
        return b.turn()
    if kind == "start":
        b.ask_current_or_first()
        return b.turn()
    if kind == "help":
        b.say(M.HELP)
        b.ask_current_or_first()
        return b.turn()
    if kind == "menu":
        # Answers already saved stay saved; the questions are simply asked again.
        b.state = replace(b.state, answers={}, texts={}, step=None)
        b.say(M.RESTARTED)
        b.ask(b.first_open(flow.start))
        return b.turn()

    if state.step is None:
        b.ask_current_or_first()
        return b.turn()
    step = flow.steps[state.step]
    if kind == "skip":
        b.record(step, SKIPPED, None, skipped=True)
        b.advance()
        return b.turn()

    text = inbound.text.strip()
    if not text:
        if inbound.media and step.type == "media":
            b.record(step, {"count": len(inbound.media)}, None)
            b.advance()
            return b.turn()
        if inbound.media:
            b.say(M.MEDIA_RECEIVED)
        b.ask(step.id)
        return b.turn()

    understood, value = parse_answer(step, text, ctx, state.locale)
    if step.type == "media":
        value = {"count": len(inbound.media)}
    if not understood and state.retries == 0:
        b.say(M.NOT_UNDERSTOOD)
        b.ask(step.id)
        b.state = replace(b.state, retries=1)
        return b.turn()
    # A second answer that still fits no choice is kept as the resident's words.
    keep_text = text if (step.type in TEXT_TYPES or not understood) else None
    b.record(step, value, keep_text)
    if step.extract:
        # The story answers later questions too: do not ask again what it already says.
        b.prefill(ctx.hooks.extract_facts(text, state.locale))
    b.advance()
    return b.turn()
