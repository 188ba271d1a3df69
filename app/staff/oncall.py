"""On-call hours (the grammar is HOURS_HELP below, also the CLI help) and who is on duty."""

from __future__ import annotations

import logging
import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, tzinfo

from app.extensions import db
from app.models import OnCallResponder

log = logging.getLogger(__name__)

ALWAYS = "always"
MAX_LENGTH = 100  # the width of OnCallResponder.hours
DAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")  # index = datetime.weekday()
_DAY_MINUTES = 24 * 60

# Shown by the CLI; kept next to the parser so the two cannot drift apart.
HOURS_HELP = """\
Hours are wall-clock times in the line's time zone (TESTIGO_TIMEZONE, America/Chicago by
default), so daylight saving time is handled for you.

\b
  always                        every day, all day (the default)
  mon-fri 09:00-17:00           weekdays, nine to five
  sat,sun 10:00-22:00           a list of days
  fri 22:00-02:00               overnight: Friday 22:00 to Saturday 02:00
  mon-fri 18:00-08:00; sat,sun always
                                several blocks, separated by ";"

Days are mon tue wed thu fri sat sun, as a list (sat,sun), a range (mon-fri; fri-mon wraps
round the week) or both (mon-wed,fri). Times are HH:MM, 24-hour; the end may be 24:00. An
end earlier than the start crosses midnight, and the whole span belongs to the day it
starts on: "mon-fri 18:00-08:00" does not cover Monday before 08:00 (that is Sunday
night; write "sun-thu 18:00-08:00" or add a block). "always" after the days means all
day on those days.
"""

_TIME = re.compile(r"(\d{1,2}):(\d{2})")
_PUNCTUATION = re.compile(r"\s*([-,;])\s*")


class HoursError(ValueError):
    """Hours text that does not follow the grammar; the message says what is wrong."""


@dataclass(frozen=True)
class Block:
    """Some days and one span of minutes from midnight; end < start means it runs overnight."""

    days: frozenset[int]
    start: int  # 0..1439
    end: int  # 1..1440, never equal to start

    @property
    def overnight(self) -> bool:
        return self.end < self.start

    def covers(self, weekday: int, minute: int) -> bool:
        if not self.overnight:
            return weekday in self.days and self.start <= minute < self.end
        # Before the end, the span began the day before: that day must be one of ours.
        return (weekday in self.days and minute >= self.start) or (
            (weekday - 1) % 7 in self.days and minute < self.end
        )


@dataclass(frozen=True)
class Hours:
    blocks: tuple[Block, ...]
    text: str  # the canonical form: lower case, single spaces, "; " between blocks

    def covers(self, local: datetime) -> bool:
        """Whether this wall-clock moment (already in the line's zone) is inside the hours."""
        minute = local.hour * 60 + local.minute
        return any(block.covers(local.weekday(), minute) for block in self.blocks)


def parse_hours(text: str) -> Hours:
    """Parse hours text (grammar in HOURS_HELP); raises HoursError with the reason."""
    # Spaces around "-", "," and ";" are allowed ("sat, sun", "09:00 - 17:00") and dropped here.
    cleaned = _PUNCTUATION.sub(r"\1", " ".join(text.lower().split()))
    if not cleaned:
        raise HoursError('hours are empty; use "always" or e.g. "mon-fri 09:00-17:00"')
    if cleaned == ALWAYS:
        return Hours((Block(frozenset(range(7)), 0, _DAY_MINUTES),), ALWAYS)
    blocks: list[Block] = []
    texts: list[str] = []
    for part in cleaned.split(";"):
        if not part:
            raise HoursError(f'empty block in "{cleaned}": remove the extra ";"')
        block, canonical = _parse_block(part)
        blocks.append(block)
        texts.append(canonical)
    canonical_text = "; ".join(texts)
    if len(canonical_text) > MAX_LENGTH:
        raise HoursError(f"hours are longer than {MAX_LENGTH} characters")
    return Hours(tuple(blocks), canonical_text)


def normalize_hours(text: str) -> str:
    """The canonical text to store, after checking it parses."""
    return parse_hours(text).text


def _parse_block(part: str) -> tuple[Block, str]:
    pieces = part.split(" ")
    if len(pieces) != 2:
        raise HoursError(
            f'"{part}" should be days then one time range, '
            'e.g. "mon-fri 09:00-17:00" or "sat,sun always"'
        )
    days_text, when = pieces
    days = _parse_days(days_text, part)
    if when == ALWAYS:
        return Block(days, 0, _DAY_MINUTES), f"{days_text} {ALWAYS}"
    start_text, dash, end_text = when.partition("-")
    if not dash:
        raise HoursError(f'"{when}" in "{part}" is not a time range like 09:00-17:00 or "always"')
    start = _parse_time(start_text, part, allow_24=False)
    end = _parse_time(end_text, part, allow_24=True)
    if start == end:
        raise HoursError(
            f'"{when}" in "{part}" starts and ends at the same time; '
            'for a whole day write 00:00-24:00 or "always"'
        )
    if end == 0:
        end = _DAY_MINUTES  # "22:00-00:00" means until midnight, not an overnight span
    return Block(days, start, end), f"{days_text} {_format(start)}-{_format(end)}"


def _parse_days(text: str, part: str) -> frozenset[int]:
    days: set[int] = set()
    for item in text.split(","):
        first, dash, last = item.partition("-")
        if not item or (dash and not last):
            raise HoursError(f'"{text}" in "{part}" has an empty day; days are {", ".join(DAYS)}')
        a = _day(first, part)
        b = _day(last, part) if dash else a
        # A range may wrap round the week: fri-mon is fri, sat, sun, mon.
        days.update((a + i) % 7 for i in range((b - a) % 7 + 1))
    return frozenset(days)


def _day(name: str, part: str) -> int:
    if name not in DAYS:
        raise HoursError(f'"{name}" in "{part}" is not a day; days are {", ".join(DAYS)}')
    return DAYS.index(name)


def _parse_time(text: str, part: str, *, allow_24: bool) -> int:
    match = _TIME.fullmatch(text)
    if match is None:
        raise HoursError(f'"{text}" in "{part}" is not a time; write HH:MM, 24-hour')
    hour, minute = int(match.group(1)), int(match.group(2))
    if allow_24 and hour == 24 and minute == 0:
        return _DAY_MINUTES
    if hour > 23 or minute > 59:
        limit = "00:00 to 24:00" if allow_24 else "00:00 to 23:59"
        raise HoursError(f'"{text}" in "{part}" is not a valid time ({limit})')
    return hour * 60 + minute


def _format(minutes: int) -> str:
    return f"{minutes // 60:02d}:{minutes % 60:02d}"


def on_duty(
    responders: Iterable[OnCallResponder], now: datetime, zone: tzinfo
) -> list[OnCallResponder]:
    """Active responders whose hours include `now` (aware), read as wall-clock time in `zone`.

    No database access, so it can be tested with any moment. Hours that no longer parse
    (edited outside the CLI) count as "always": missing an emergency is worse than an
    off-hours call, and the warning says which responder to fix.
    """
    if now.tzinfo is None or now.utcoffset() is None:
        raise ValueError("now must be timezone-aware")
    local = now.astimezone(zone)
    found = []
    for responder in responders:
        if not responder.active:
            continue
        try:
            hours = parse_hours(responder.hours or ALWAYS)
        except HoursError:
            log.warning("oncall.bad_hours responder=%s", responder.id)
            found.append(responder)
            continue
        if hours.covers(local):
            found.append(responder)
    return found


def responders_on_duty(zone: tzinfo, now: datetime) -> list[OnCallResponder]:
    """The active responders on duty at `now` (aware, e.g. utcnow()), in id order."""
    responders = db.session.scalars(
        db.select(OnCallResponder).filter_by(active=True).order_by(OnCallResponder.id)
    )
    return on_duty(responders, now, zone)
