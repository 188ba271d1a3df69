"""Reading a resident's answer to "when did it happen?" as a recency and an hour."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from functools import cache

from app.triage.lexicon import lexicons_for
from app.triage.matcher import EDGE, JOINED
from app.triage.textnorm import fold

NOW = "now"
WITHIN_HOUR = "within_hour"
TODAY = "today"
EARLIER = "earlier"
UNKNOWN = "unknown"

# "Happening now" covers the last quarter hour: long enough for a resident to find the line.
NOW_MINUTES = 15
HOUR_MINUTES = 60
HALF_HOUR = 30
_DAY_UNIT = 1440
_ISO_START = re.compile(r"^\s*\d{4}-\d{2}-\d{2}")


# Between words: any punctuation or spacing, or none where a script joins its words
# ("10分钟前", "2horas" alike). Edges: a Latin or Cyrillic word must stand alone, a Chinese
# or Korean one may be joined to the next ("昨天晚上", "10분").
_GAP = r"\W*"
_START = rf"(?<!{EDGE})"
# Case endings join Gujarati and Hindi time words ("મંગળવારે", Tuesday + "on"): a vowel sign
# after one does not stop it.
_END = rf"(?![^\W{JOINED}])"


def _alternation(phrases: Iterable[str]) -> str:
    # Longest first, so "a couple of" wins over "a"; words may be split by any punctuation.
    ordered = sorted({fold(p) for p in phrases if p}, key=lambda p: (-len(p), p))
    return "|".join(r"\W+".join(re.escape(w) for w in p.split()) for p in ordered)


def _any(phrases: Iterable[str]) -> re.Pattern[str] | None:
    body = _alternation(phrases)
    return re.compile(rf"{_START}(?:{body}){_END}") if body else None


@dataclass(frozen=True)
class _Grammar:
    now: re.Pattern[str] | None
    today: re.Pattern[str] | None
    yesterday: re.Pattern[str] | None
    day_before: re.Pattern[str] | None
    last_night: re.Pattern[str] | None
    vague: re.Pattern[str] | None
    while_ago: re.Pattern[str] | None
    last: re.Pattern[str] | None
    future: re.Pattern[str] | None
    ago: tuple[re.Pattern[str], ...]
    clock: re.Pattern[str]
    part: re.Pattern[str] | None
    weekday: re.Pattern[str] | None
    month_day: re.Pattern[str] | None
    day_month: re.Pattern[str] | None
    numbers: Mapping[str, int]
    units: Mapping[str, int]
    parts: Mapping[str, int]
    weekdays: Mapping[str, int]
    months: Mapping[str, int]
    am: re.Pattern[str] | None
    day_first: bool


def _key(phrase: str) -> str:
    """The lookup key for a matched phrase: its words, however they were separated."""
    return " ".join(re.findall(r"\w+", fold(phrase)))


def _merged(mappings: Iterable[Mapping[str, int]]) -> dict[str, int]:
    merged: dict[str, int] = {}
    for mapping in mappings:
        for key, value in mapping.items():
            merged.setdefault(_key(key), value)  # the conversation's own language first
    return merged


@cache
def _grammar(locale: str) -> _Grammar:
    lexicons = lexicons_for(locale)
    words = [lex.time for lex in lexicons]

    def pick(name: str) -> list[str]:
        return [phrase for w in words for phrase in getattr(w, name)]

    numbers = _merged(w.numbers for w in words)
    units = _merged(w.units for w in words)
    parts = _merged(w.parts_of_day for w in words)
    weekdays = _merged(w.weekdays for w in words)
    months = _merged(w.months for w in words)
    count = rf"(?:(?P<num>\d{{1,3}}|{_alternation(numbers)}){_GAP})?"
    half = rf"(?:(?P<half>{_alternation(pick('half'))}){_GAP})?" if pick("half") else ""
    unit = rf"(?P<unit>{_alternation(units)})"
    ago: list[re.Pattern[str]] = []
    if pick("ago_after"):  # "two hours ago", "10分钟前"
        after = _alternation(pick("ago_after"))
        ago.append(re.compile(rf"{_START}{count}{half}{unit}{_GAP}(?:{after}){_END}"))
    if pick("ago_before"):  # "hace dos horas"
        before = _alternation(pick("ago_before"))
        ago.append(re.compile(rf"{_START}(?:{before}){_GAP}{count}{half}{unit}{_END}"))
    lead = _alternation(pick("clock_lead"))
    meridiem = _alternation([*pick("am"), *pick("pm")])
    hour_word = _alternation(pick("clock_after"))
    after_hour = rf"(?:\s*(?P<hw>{hour_word})(?P<m2>\d{{2}})?)?" if hour_word else ""
    clock = re.compile(
        rf"(?<![/:])(?<![^\W{JOINED}])(?:(?P<lead>{lead}){_GAP})?(?P<h>\d{{1,2}})"
        rf"(?::(?P<m>\d{{2}}))?"
        rf"{after_hour}\s*(?P<mer>{meridiem}|a\.m\.?|p\.m\.?)?(?![\w/]|{EDGE})"
    )
    month_names = _alternation(months)
    return _Grammar(
        now=_any(pick("now")),
        today=_any([*pick("today"), *pick("earlier_today")]),
        yesterday=_any(pick("yesterday")),
        day_before=_any(pick("day_before_yesterday")),
        last_night=_any(pick("last_night")),
        vague=_any(pick("vague_past")),
        while_ago=_any(pick("while_ago")),
        last=_any(pick("last")),
        future=_any(pick("future")),
        ago=tuple(ago),
        clock=clock,
        part=_any(parts),
        weekday=_any(weekdays),
        month_day=re.compile(
            rf"(?<!\w)(?P<mon>{month_names})\.?\W+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?"
            rf"(?:\W+(?:de\W+|del\W+)?(?P<y>\d{{4}}))?(?!\w)"
        )
        if months
        else None,
        day_month=re.compile(
            rf"(?<!\w)(?P<d>\d{{1,2}})(?:st|nd|rd|th|ro)?\W+(?:de\W+|of\W+)?"
            rf"(?P<mon>{month_names})(?:\W+(?:de\W+|del\W+)?(?P<y>\d{{4}}))?(?!\w)"
        )
        if months
        else None,
        numbers=numbers,
        units=units,
        parts=parts,
        weekdays=weekdays,
        months=months,
        am=_any(pick("am")),
        day_first=lexicons[0].time.day_first if lexicons else False,
    )


def _result(recency: str, at: datetime | None) -> dict[str, str | None]:
    return {"recency": recency, "at": at.isoformat() if at is not None else None}


def _floor(moment: datetime) -> datetime:
    return moment.replace(minute=0, second=0, microsecond=0)


def _minus(now: datetime, minutes: int) -> datetime:
    # Through UTC, so "two hours ago" across a daylight-saving change is still two hours.
    if now.tzinfo is None:
        return now - timedelta(minutes=minutes)
    return (now.astimezone(UTC) - timedelta(minutes=minutes)).astimezone(now.tzinfo)


def _at(now: datetime, day: date, hour: int) -> datetime:
    return datetime.combine(day, time(hour), tzinfo=now.tzinfo)


def _relative(minutes: int, now: datetime) -> dict[str, str | None]:
    if minutes <= NOW_MINUTES:
        return _result(NOW, _floor(now))
    at = _minus(now, minutes)
    if minutes <= HOUR_MINUTES:
        return _result(WITHIN_HOUR, _floor(at))
    return _result(TODAY if at.date() == now.date() else EARLIER, _floor(at))


def _ago_minutes(folded: str, g: _Grammar) -> int | None:
    for pattern in g.ago:
        match = pattern.search(folded)
        if match is None:
            continue
        raw = match.group("num")
        unit = g.units[_key(match.group("unit"))]
        if match.groupdict().get("half"):
            return unit // 2
        if raw is None:
            amount = 1
        elif raw.isdigit():
            amount = int(raw)
        else:
            amount = g.numbers.get(_key(raw), 1)
        return amount * unit
    return None


def _date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _past_date(month: int, day: int, year: str | None, today: date) -> date | None:
    """A date the resident wrote; without a year it is the latest one not in the future."""
    if year is not None:
        number = int(year)
        return _date(number + 2000 if number < 100 else number, month, day)
    found = _date(today.year, month, day)
    if found is not None and found > today:
        found = _date(today.year - 1, month, day)
    return found


def _explicit_date(folded: str, g: _Grammar, today: date) -> date | None | bool:
    """A written date, None if there is none, False if there is one but it is impossible."""
    iso = re.search(r"(?<!\d)(\d{4})-(\d{1,2})-(\d{1,2})(?!\d)", folded)
    if iso:
        return _date(int(iso.group(1)), int(iso.group(2)), int(iso.group(3))) or False
    numeric = re.search(r"(?<![\d/])(\d{1,2})/(\d{1,2})(?:/(\d{2}|\d{4}))?(?![\d/])", folded)
    if numeric:
        a, b = int(numeric.group(1)), int(numeric.group(2))
        month, day = (b, a) if g.day_first else (a, b)
        if month > 12 >= day:
            month, day = day, month
        return _past_date(month, day, numeric.group(3), today) or False
    for pattern in (g.month_day, g.day_month):
        match = pattern.search(folded) if pattern else None
        if match:
            month = g.months[_key(match.group("mon"))]
            return _past_date(month, int(match.group("d")), match.group("y"), today) or False
    return None


def _day(folded: str, g: _Grammar, today: date) -> tuple[date | None, bool]:
    """The day named, and whether it was named as today ("today", "this morning")."""
    for pattern, back in ((g.day_before, 2), (g.yesterday, 1), (g.last_night, 1)):
        if pattern and pattern.search(folded):
            return today - timedelta(days=back), False
    weekday = g.weekday.search(folded) if g.weekday else None
    if weekday:
        wanted = g.weekdays[_key(weekday.group(0))]
        back = (today.weekday() - wanted) % 7
        if back == 0 and g.last and g.last.search(folded):
            back = 7
        return today - timedelta(days=back), back == 0
    if g.today and g.today.search(folded):
        return today, True
    return None, False


def _hour(folded: str, g: _Grammar) -> tuple[int | None, bool, bool]:
    """(hour, from a clock time, the hour could be morning or afternoon)."""
    part_match = g.part.search(folded) if g.part else None
    part = g.parts[_key(part_match.group(0))] if part_match else None
    for match in g.clock.finditer(folded):
        hour = int(match.group("h"))
        minute = match.group("m") or match.groupdict().get("m2")
        mer = match.group("mer")
        named = match.group("lead") or match.groupdict().get("hw")
        if not (named or minute or mer) or hour > 23:
            continue
        if minute is not None and int(minute) > 59:
            continue
        if mer:
            is_am = bool(g.am and g.am.fullmatch(mer)) or mer.startswith("a.")
            return hour % 12 + (0 if is_am else 12), True, False
        if hour > 12 or hour == 0:
            return hour, True, False
        if part is not None:
            return hour % 12 + (12 if part >= 12 else 0), True, False
        return hour, True, True
    if part is not None:
        return part, False, False
    return None, False, False


def _ambiguous_hour(hour: int, day: date, now: datetime) -> int:
    """Morning or afternoon for "at 3": today, the latest that is not in the future; for an
    earlier day, the reading people usually mean (1 to 7 in the afternoon, 12 noon)."""
    morning, afternoon = hour % 12, hour % 12 + 12
    if day == now.date():
        for candidate in (afternoon, morning):
            if _at(now, day, candidate) <= now:
                return candidate
        return morning
    if hour == 12:
        return 12
    return afternoon if hour <= 7 else morning


def parse_time(text: str, locale: str, now: datetime) -> dict[str, str | None]:
    """{"recency": now|within_hour|today|earlier|unknown, "at": ISO hour or None}.

    `now` is the current time where the resident is (Chicago). "at" is rounded down to the
    hour and is never in the future; an answer that cannot be read is "unknown".
    """
    if _ISO_START.match(text):
        iso = _iso(text.strip(), now)
        if iso is not None:
            return iso
    folded = fold(text)
    if not folded:
        return _result(UNKNOWN, None)
    g = _grammar(locale)
    today = now.date()
    if g.future and g.future.search(g.part.sub(" ", folded) if g.part else folded):
        # "Tomorrow" cannot be when something already happened.
        return _result(UNKNOWN, None)

    minutes = _ago_minutes(folded, g)
    if minutes is not None and minutes < _DAY_UNIT:
        return _relative(minutes, now)
    if g.while_ago and g.while_ago.search(folded):
        return _relative(HALF_HOUR, now)

    explicit = _explicit_date(folded, g, today)
    if explicit is False:
        return _result(UNKNOWN, None)
    day: date | None
    named_today = False
    if isinstance(explicit, date):
        day = explicit
    elif minutes is not None:
        day = (_minus(now, minutes)).date()
    else:
        day, named_today = _day(folded, g, today)
    hour, from_clock, ambiguous = _hour(folded, g)

    if day is None and hour is None:
        if g.now and g.now.search(folded):
            return _result(NOW, _floor(now))
        if g.vague and g.vague.search(folded):
            return _result(EARLIER, None)
        return _result(UNKNOWN, None)
    if day is None:
        day = today
    if day > today:
        return _result(UNKNOWN, None)
    if hour is not None and ambiguous:
        hour = _ambiguous_hour(hour, day, now)
    at = _at(now, day, hour if hour is not None else 0)
    if at > now:
        if day == today and not named_today and hour is not None and explicit is None:
            # "at 11pm" said in the morning means last night.
            at = at - timedelta(days=1)
        else:
            at = _floor(now)
    return _classify(at, now, from_clock)


def _classify(at: datetime, now: datetime, from_clock: bool) -> dict[str, str | None]:
    if at.date() != now.date():
        return _result(EARLIER, _floor(at))
    if from_clock and now - at < timedelta(minutes=HOUR_MINUTES):
        return _result(WITHIN_HOUR, _floor(at))
    return _result(TODAY, _floor(at))


def _iso(text: str, now: datetime) -> dict[str, str | None] | None:
    """An ISO 8601 answer (from a web form or a partner), or None if it is not one."""
    try:
        parsed = datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        return None
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=now.tzinfo)
    elif now.tzinfo is not None:
        parsed = parsed.astimezone(now.tzinfo)
    if parsed > now:
        return _result(UNKNOWN, None)
    has_time = "t" in text.lower()[10:11] or " " in text[10:11]
    return _classify(parsed, now, has_time)
