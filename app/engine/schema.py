"""The flow format (spec_version 1): parsing YAML data into frozen objects, and its validation."""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Mapping
from dataclasses import dataclass
from dataclasses import field as dc_field
from typing import Any

SPEC_VERSION = 1
END = "end"
ANSWER_TYPES = frozenset({"choice", "yes_no", "text", "time", "place", "media", "consent"})
TEXT_TYPES = frozenset({"text", "time", "place", "media"})
# Fields a flow may never fill: asking them scares residents off, and the city's
# Welcoming City Ordinance forbids staff asking immigration status.
FORBIDDEN_FIELDS = frozenset(
    {
        "name",
        "full_name",
        "first_name",
        "last_name",
        "address",
        "home_address",
        "status",
        "immigration_status",
        "citizenship",
        "dob",
        "date_of_birth",
        "birth_date",
        "birthday",
        "ssn",
        "phone",
        "email",
        "a_number",
    }
)
FLOW_MESSAGES = frozenset({"intro", "urgent", "rapid_response", "end"})
# A prompt or message may say things differently per channel ("reply SKIP" by SMS, a Skip
# button on the web); "default" is used wherever no variant is given.
VARIANTS = frozenset({"default", "sms", "voice", "web"})
_ID = re.compile(r"^[a-z][a-z0-9_]{0,63}$")
_PLACEHOLDER = re.compile(r"%\((\w+)\)s")


class FlowError(ValueError):
    """A flow file is not valid; the message names the file and the step."""


@dataclass(frozen=True)
class Condition:
    field: str | None = None
    equals: Any = None
    includes: str | None = None
    recency: str | None = None
    channel: str | None = None
    negate: bool = False

    def holds(self, answers: Mapping[str, Any], channel: str) -> bool:
        result = True
        if self.channel is not None:
            result = result and channel == self.channel
        if self.field is not None:
            value = answers.get(self.field)
            if self.equals is not None:
                result = result and value == self.equals
            if self.includes is not None:
                result = result and isinstance(value, list) and self.includes in value
            if self.recency is not None:
                result = result and isinstance(value, dict) and value.get("recency") == self.recency
        return result != self.negate

    def to_dict(self) -> dict[str, Any]:
        return {k: v for k, v in self.__dict__.items() if v not in (None, False)}


@dataclass(frozen=True)
class Branch:
    goto: str
    when: Condition | None = None


@dataclass(frozen=True)
class Choice:
    value: str
    label: str
    # Extra words that pick this choice in any language (agency acronyms, slang).
    words: tuple[str, ...] = ()


@dataclass(frozen=True)
class Step:
    id: str
    type: str
    prompt: str
    field: str
    next: tuple[Branch, ...]
    choices: tuple[Choice, ...] = ()
    multiple: bool = False
    ask_if: Condition | None = None
    # Whether a story told here may fill other fields (the first message's facts).
    extract: bool = False
    prompt_variants: Mapping[str, str] = dc_field(default_factory=dict)

    def prompt_for(self, channel: str) -> str:
        return self.prompt_variants.get(channel, self.prompt)


@dataclass(frozen=True)
class Flow:
    id: str
    version: int
    start: str
    steps: Mapping[str, Step]
    order: tuple[str, ...]
    # name -> variant ("default", "web", ...) -> the message's msgids
    messages: Mapping[str, Mapping[str, tuple[str, ...]]]
    definition: Mapping[str, Any] = dc_field(repr=False, default_factory=dict)
    # The channels this flow serves; only flows serving SMS are held to SMS lengths.
    channels: tuple[str, ...] = ("sms", "voice", "web")

    def message(self, name: str, channel: str) -> tuple[str, ...]:
        variants = self.messages.get(name)
        if not variants:
            return ()
        return variants.get(channel, variants["default"])

    @property
    def ref(self) -> str:
        digest = hashlib.sha256(
            json.dumps(self.definition, sort_keys=True, ensure_ascii=False).encode()
        ).hexdigest()[:12]
        return f"{self.id}@{self.version}:{digest}"

    def msgids(self) -> list[str]:
        """Every English msgid this flow shows, for catalog and segment checks."""
        out: list[str] = []
        for step_id in self.order:
            step = self.steps[step_id]
            out.append(step.prompt)
            out.extend(step.prompt_variants.values())
            out.extend(c.label for c in step.choices)
        for variants in self.messages.values():
            for texts in variants.values():
                out.extend(texts)
        return out


def _condition(raw: Any, where: str) -> Condition:
    if not isinstance(raw, Mapping):
        raise FlowError(f"{where}: a condition must be a mapping")
    allowed = {"field", "equals", "includes", "recency", "channel", "not"}
    unknown = set(raw) - allowed
    if unknown:
        raise FlowError(f"{where}: unknown condition keys {sorted(unknown)}")
    if "field" not in raw and "channel" not in raw:
        raise FlowError(f"{where}: a condition needs a field or a channel")
    return Condition(
        field=raw.get("field"),
        equals=raw.get("equals"),
        includes=raw.get("includes"),
        recency=raw.get("recency"),
        channel=raw.get("channel"),
        negate=bool(raw.get("not")),
    )


def _branches(raw: Any, where: str) -> tuple[Branch, ...]:
    if isinstance(raw, str):
        return (Branch(raw),)
    if not isinstance(raw, list) or not raw:
        raise FlowError(f"{where}: next must be a step id or a list of branches")
    out = []
    for i, item in enumerate(raw):
        if not isinstance(item, Mapping) or "goto" not in item:
            raise FlowError(f"{where}: branch {i + 1} needs goto")
        cond = _condition(item["if"], f"{where} branch {i + 1}") if "if" in item else None
        out.append(Branch(str(item["goto"]), cond))
    if out[-1].when is not None:
        raise FlowError(f"{where}: the last branch must have no condition (the default)")
    return tuple(out)


def _variants(raw: Any, where: str) -> dict[str, tuple[str, ...]]:
    """Text, a list of texts, or a mapping of variant -> either, with a default."""
    if not isinstance(raw, Mapping):
        raw = {"default": raw}
    unknown = set(raw) - VARIANTS
    if unknown:
        raise FlowError(f"{where}: unknown variants {sorted(unknown)}")
    if "default" not in raw:
        raise FlowError(f"{where}: a default is needed besides channel variants")
    out = {}
    for name, value in raw.items():
        texts = value if isinstance(value, list) else [value]
        out[name] = tuple(_text(t, f"{where} ({name})") for t in texts)
    return out


def _text(raw: Any, where: str) -> str:
    if not isinstance(raw, str) or not raw.strip():
        raise FlowError(f"{where}: must be non-empty text")
    return raw.strip()


def parse_flow(data: Any, source: str) -> Flow:
    """Turn loaded YAML into a Flow, checking the structure as it goes."""
    if not isinstance(data, Mapping):
        raise FlowError(f"{source}: a flow file must be a mapping")
    if data.get("spec_version") != SPEC_VERSION:
        raise FlowError(f"{source}: spec_version must be {SPEC_VERSION}")
    flow_id = data.get("id")
    if not isinstance(flow_id, str) or not _ID.match(flow_id):
        raise FlowError(f"{source}: id must be a lower-case identifier")
    version = data.get("version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise FlowError(f"{source}: version must be a whole number from 1")
    raw_steps = data.get("steps")
    if not isinstance(raw_steps, list) or not raw_steps:
        raise FlowError(f"{source}: steps must be a non-empty list")

    steps: dict[str, Step] = {}
    order: list[str] = []
    fields_seen: dict[str, str] = {}
    for raw in raw_steps:
        if not isinstance(raw, Mapping):
            raise FlowError(f"{source}: every step must be a mapping")
        step_id = raw.get("id")
        if not isinstance(step_id, str) or not _ID.match(step_id) or step_id == END:
            raise FlowError(f"{source}: step id {step_id!r} is not a valid identifier")
        where = f"{source} step {step_id}"
        if step_id in steps:
            raise FlowError(f"{where}: duplicate step id")
        kind = raw.get("type")
        if kind not in ANSWER_TYPES:
            raise FlowError(f"{where}: type must be one of {sorted(ANSWER_TYPES)}")
        field_name = raw.get("field")
        if not isinstance(field_name, str) or not _ID.match(field_name):
            raise FlowError(f"{where}: field must be an identifier")
        if field_name in FORBIDDEN_FIELDS:
            raise FlowError(f"{where}: a flow must never ask for {field_name!r}")
        if field_name in fields_seen:
            raise FlowError(
                f"{where}: field {field_name!r} is already filled by step {fields_seen[field_name]}"
            )
        fields_seen[field_name] = step_id
        choices = []
        for i, c in enumerate(raw.get("choices") or []):
            if not isinstance(c, Mapping) or "value" not in c or "label" not in c:
                raise FlowError(f"{where}: choice {i + 1} needs value and label")
            words = c.get("words") or []
            if not isinstance(words, list) or not all(isinstance(w, str) for w in words):
                raise FlowError(f"{where}: choice {i + 1} words must be a list of text")
            choices.append(
                Choice(str(c["value"]), _text(c["label"], f"{where} choice {i + 1}"), tuple(words))
            )
        if kind == "choice" and len(choices) < 2:
            raise FlowError(f"{where}: a choice step needs at least two choices")
        if kind in ("yes_no", "consent", "text", "place", "media") and choices:
            raise FlowError(f"{where}: {kind} steps have built-in answers, not choices")
        values = [c.value for c in choices]
        if len(set(values)) != len(values):
            raise FlowError(f"{where}: choice values must be unique")
        if len(choices) > 9:
            raise FlowError(f"{where}: at most 9 choices, so every answer is one key")
        if "next" not in raw:
            raise FlowError(f"{where}: next is missing")
        prompts = _variants(raw.get("prompt"), f"{where} prompt")
        if any(len(texts) != 1 for texts in prompts.values()):
            raise FlowError(f"{where}: a prompt is one text per variant")
        steps[step_id] = Step(
            id=step_id,
            type=kind,
            prompt=prompts["default"][0],
            prompt_variants={k: v[0] for k, v in prompts.items() if k != "default"},
            field=field_name,
            next=_branches(raw["next"], where),
            choices=tuple(choices),
            multiple=bool(raw.get("multiple", False)),
            ask_if=_condition(raw["ask_if"], f"{where} ask_if") if "ask_if" in raw else None,
            extract=bool(raw.get("extract", False)),
        )
        if steps[step_id].multiple and kind != "choice":
            raise FlowError(f"{where}: only choice steps take multiple answers")
        order.append(step_id)

    messages: dict[str, dict[str, tuple[str, ...]]] = {}
    raw_messages = data.get("messages") or {}
    if not isinstance(raw_messages, Mapping):
        raise FlowError(f"{source}: messages must be a mapping")
    for key, value in raw_messages.items():
        if key not in FLOW_MESSAGES:
            raise FlowError(f"{source}: unknown message {key!r}")
        messages[key] = _variants(value, f"{source} message {key}")
    for required in ("intro", "end"):
        if required not in messages:
            raise FlowError(f"{source}: message {required!r} is missing")
    for texts in messages["end"].values():
        if "%(receipt)s" not in texts[0]:
            raise FlowError(f"{source}: the end message must show %(receipt)s")

    channels = data.get("channels", ["sms", "voice", "web"])
    if (
        not isinstance(channels, list)
        or not channels
        or not set(channels) <= VARIANTS - {"default"}
    ):
        raise FlowError(f"{source}: channels must be a list of sms, voice and web")
    start = data.get("start", order[0])
    flow = Flow(
        id=flow_id,
        version=version,
        start=start,
        steps=steps,
        order=tuple(order),
        messages=messages,
        definition=dict(data),
        channels=tuple(channels),
    )
    validate_graph(flow, source)
    return flow


def validate_graph(flow: Flow, source: str) -> None:
    """No dangling next, no unreachable step, and the end reachable from the start."""
    if flow.start not in flow.steps:
        raise FlowError(f"{source}: start {flow.start!r} is not a step")
    for step in flow.steps.values():
        for branch in step.next:
            if branch.goto != END and branch.goto not in flow.steps:
                raise FlowError(f"{source} step {step.id}: next {branch.goto!r} does not exist")
    seen: set[str] = set()
    frontier = [flow.start]
    reaches_end = False
    while frontier:
        current = frontier.pop()
        if current == END:
            reaches_end = True
            continue
        if current in seen:
            continue
        seen.add(current)
        frontier.extend(b.goto for b in flow.steps[current].next)
    unreachable = [s for s in flow.order if s not in seen]
    if unreachable:
        raise FlowError(f"{source}: unreachable steps {unreachable}")
    if not reaches_end:
        raise FlowError(f"{source}: the end can never be reached")


def placeholders(msgid: str) -> set[str]:
    return set(_PLACEHOLDER.findall(msgid))
