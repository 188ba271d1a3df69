"""The on-call roster: hours in the line's time zone, who is on duty, and the CLI."""

from __future__ import annotations

from datetime import UTC, datetime
from zoneinfo import ZoneInfo

import pytest
from conftest import RecordingHandler
from flask import Flask
from flask.testing import FlaskCliRunner
from sqlalchemy import bindparam, text

from app.extensions import db
from app.models import OnCallResponder
from app.models.base import UTCDateTime, utcnow
from app.runtime import runtime
from app.staff.oncall import HoursError, normalize_hours, on_duty, parse_hours, responders_on_duty

CHICAGO = ZoneInfo("America/Chicago")
# A week of dates: 2026-03-02 is a Monday, so 2026-03-0N is weekday N-2.
MON, TUE, WED, THU, FRI, SAT, SUN = (2, 3, 4, 5, 6, 7, 8)


def at(day: int, hour: int, minute: int = 0) -> datetime:
    """Wall-clock time in Chicago, in the week of Monday 2 March 2026."""
    return datetime(2026, 3, day, hour, minute, tzinfo=CHICAGO)


def covers(hours: str, moment: datetime) -> bool:
    return parse_hours(hours).covers(moment)


@pytest.mark.parametrize(
    ("written", "canonical"),
    [
        ("always", "always"),
        ("  ALWAYS ", "always"),
        ("mon-fri 09:00-17:00", "mon-fri 09:00-17:00"),
        ("Mon - Fri  9:00 - 17:00", "mon-fri 09:00-17:00"),
        ("sat, sun 10:00-22:00", "sat,sun 10:00-22:00"),
        ("mon-sun 18:00-06:00", "mon-sun 18:00-06:00"),
        ("mon-fri 18:00-08:00 ; sat,sun always", "mon-fri 18:00-08:00; sat,sun always"),
        ("tue 20:00-24:00", "tue 20:00-24:00"),
        ("tue 20:00-00:00", "tue 20:00-24:00"),
        ("mon-wed,fri 00:00-24:00", "mon-wed,fri 00:00-24:00"),
    ],
)
def test_valid_hours_are_stored_in_one_canonical_form(written: str, canonical: str) -> None:
    assert normalize_hours(written) == canonical
    assert normalize_hours(canonical) == canonical


@pytest.mark.parametrize(
    ("written", "reason"),
    [
        ("", "hours are empty"),
        ("   ", "hours are empty"),
        ("sometimes", "should be days then one time range"),
        ("mon-fri", "should be days then one time range"),
        ("09:00-17:00", "should be days then one time range"),
        ("mon-fri 09:00-17:00 17:00-18:00", "should be days then one time range"),
        ("monday 09:00-17:00", '"monday" in "monday 09:00-17:00" is not a day'),
        ("mon-xyz 09:00-17:00", '"xyz" in "mon-xyz 09:00-17:00" is not a day'),
        ("mon,,tue 09:00-17:00", "has an empty day"),
        ("mon 9-5", '"9" in "mon 9-5" is not a time; write HH:MM'),
        ("mon 9am-5pm", "is not a time"),
        ("mon 09:00", "is not a time range"),
        ("mon 25:00-26:00", '"25:00" in "mon 25:00-26:00" is not a valid time (00:00 to 23:59)'),
        ("mon 09:60-10:00", "is not a valid time"),
        ("mon 24:00-02:00", "(00:00 to 23:59)"),
        ("mon 10:00-24:30", "(00:00 to 24:00)"),
        ("mon 09:00-09:00", "starts and ends at the same time"),
        ("mon 09:00-17:00;", 'remove the extra ";"'),
        ("mon 09:00-17:00;; tue always", 'remove the extra ";"'),
        ("always; sat always", "should be days then one time range"),
        ("; ".join(["mon-fri 09:00-17:00"] * 6), "longer than 100 characters"),
    ],
)
def test_invalid_hours_say_what_is_wrong(written: str, reason: str) -> None:
    with pytest.raises(HoursError) as caught:
        parse_hours(written)
    assert reason in str(caught.value)


def test_always_covers_every_minute() -> None:
    for day in (MON, WED, SUN):
        for hour, minute in ((0, 0), (12, 0), (23, 59)):
            assert covers("always", at(day, hour, minute))


def test_day_ranges_and_lists() -> None:
    assert covers("mon-fri 09:00-17:00", at(MON, 9))
    assert covers("mon-fri 09:00-17:00", at(FRI, 16, 59))
    assert not covers("mon-fri 09:00-17:00", at(FRI, 17))  # the end is exclusive
    assert not covers("mon-fri 09:00-17:00", at(TUE, 8, 59))
    assert not covers("mon-fri 09:00-17:00", at(SAT, 12))
    assert covers("sat,sun 10:00-22:00", at(SUN, 21, 59))
    assert not covers("sat,sun 10:00-22:00", at(MON, 12))
    # A range may wrap round the week.
    assert covers("fri-mon 12:00-13:00", at(SUN, 12, 30))
    assert covers("fri-mon 12:00-13:00", at(MON, 12, 30))
    assert not covers("fri-mon 12:00-13:00", at(WED, 12, 30))
    assert covers("mon-wed,fri 08:00-09:00", at(FRI, 8))
    assert not covers("mon-wed,fri 08:00-09:00", at(THU, 8))
    assert covers("tue 20:00-24:00", at(TUE, 23, 59))
    assert not covers("tue 20:00-24:00", at(WED, 0))


def test_an_overnight_range_belongs_to_the_day_it_starts() -> None:
    hours = "fri 22:00-02:00"
    assert covers(hours, at(FRI, 23))
    assert covers(hours, at(SAT, 1, 30))
    assert not covers(hours, at(SAT, 3))
    assert not covers(hours, at(SAT, 2))  # the end is exclusive
    assert not covers(hours, at(FRI, 21, 59))
    assert not covers(hours, at(FRI, 1))  # that would be Thursday night
    assert not covers(hours, at(SAT, 23))
    # Sunday night runs into Monday morning, across the week's end.
    assert covers("sun 22:00-02:00", at(MON, 1))
    assert not covers("sun 22:00-02:00", at(TUE, 1))


def test_several_blocks() -> None:
    hours = "mon-fri 18:00-08:00; sat,sun always"
    assert covers(hours, at(MON, 19))
    assert covers(hours, at(TUE, 7, 59))
    assert not covers(hours, at(TUE, 12))
    assert covers(hours, at(SAT, 12))
    assert covers(hours, at(SAT, 7))  # Friday night, and Saturday "always"
    # Monday before 08:00 is Sunday night's span, and Sunday's "always" ends at midnight.
    assert not covers(hours, at(MON, 7))
    assert covers("sun-thu 18:00-08:00", at(MON, 7))


def _responder(label: str, hours: str, active: bool = True) -> OnCallResponder:
    return OnCallResponder(label=label, number_enc=b"sealed", hours=hours, active=active)


def test_on_duty_reads_the_moment_in_the_lines_zone_across_daylight_saving() -> None:
    days = _responder("days", "mon-fri 09:00-17:00")
    nights = _responder("nights", "mon-fri 17:00-09:00")
    off = _responder("off", "always", active=False)
    roster = [days, nights, off]
    # 14:30 UTC on a Tuesday: 08:30 in Chicago in winter (CST), 09:30 after 8 March (CDT).
    assert on_duty(roster, datetime(2026, 3, 3, 14, 30, tzinfo=UTC), CHICAGO) == [nights]
    assert on_duty(roster, datetime(2026, 3, 10, 14, 30, tzinfo=UTC), CHICAGO) == [days]
    # And back in November: 14:30 UTC is 09:30 CDT before 1 November, 08:30 CST after.
    assert on_duty(roster, datetime(2026, 10, 27, 14, 30, tzinfo=UTC), CHICAGO) == [days]
    assert on_duty(roster, datetime(2026, 11, 3, 14, 30, tzinfo=UTC), CHICAGO) == [nights]
    # Friday 23:00 in Chicago is already Saturday in UTC; the hours follow Chicago.
    fri = _responder("fri", "fri 22:00-02:00")
    assert on_duty([fri], datetime(2026, 3, 7, 5, 0, tzinfo=UTC), CHICAGO) == [fri]
    assert on_duty([fri], datetime(2026, 3, 7, 7, 30, tzinfo=UTC), CHICAGO) == [fri]
    assert on_duty([fri], datetime(2026, 3, 7, 9, 0, tzinfo=UTC), CHICAGO) == []


def test_on_duty_needs_an_aware_moment() -> None:
    with pytest.raises(ValueError, match="aware"):
        on_duty([_responder("a", "always")], datetime(2026, 3, 2, 12), CHICAGO)


def test_hours_that_no_longer_parse_still_ring_and_are_logged(
    raw_logs: RecordingHandler,
) -> None:
    broken = _responder("broken", "whenever")
    broken.id = 7
    assert on_duty([broken], at(MON, 3), CHICAGO) == [broken]
    assert "oncall.bad_hours responder=7" in raw_logs.lines


def _add(runner: FlaskCliRunner, label: str, number: str, *hours: str) -> str:
    args = ["oncall", "add", label, number]
    if hours:
        args += ["--hours", hours[0]]
    result = runner.invoke(args=args)
    assert result.exit_code == 0, result.output
    return result.output


def test_cli_adds_lists_and_changes_hours_without_showing_numbers(
    runner: FlaskCliRunner, app: Flask
) -> None:
    _add(runner, "Ana (rapid response)", "+13125550161", "Mon-Fri 9:00-17:00")
    _add(runner, "Luis (legal)", "+13125550162")
    listed = runner.invoke(args=["oncall", "list"])
    assert listed.exit_code == 0
    lines = listed.output.splitlines()
    assert len(lines) == 2
    assert lines[0].split("\t")[1:] == ["active", "mon-fri 09:00-17:00", "Ana (rapid response)"]
    assert lines[1].split("\t")[1:] == ["active", "always", "Luis (legal)"]
    assert "555" not in listed.output

    luis = lines[1].split("\t")[0]
    # Unquoted hours work too: the words are joined.
    changed = runner.invoke(args=["oncall", "hours", luis, "sat,sun", "always"])
    assert changed.exit_code == 0, changed.output
    assert changed.output.strip() == f"responder {luis}: sat,sun always"
    with app.app_context():
        assert db.session.get(OnCallResponder, int(luis)).hours == "sat,sun always"

    bad = runner.invoke(args=["oncall", "hours", luis, "weekends"])
    assert bad.exit_code != 0
    assert "invalid hours" in bad.output and "weekends" in bad.output
    with app.app_context():
        assert db.session.get(OnCallResponder, int(luis)).hours == "sat,sun always"
    missing = runner.invoke(args=["oncall", "hours", "999999", "always"])
    assert missing.exit_code != 0 and "no responder" in missing.output


def test_cli_refuses_bad_hours_and_adds_nothing(runner: FlaskCliRunner, app: Flask) -> None:
    result = runner.invoke(args=["oncall", "add", "Ana", "+13125550161", "--hours", "mon-fri 9-5"])
    assert result.exit_code != 0
    assert 'invalid hours: "9" in "mon-fri 9-5" is not a time' in result.output
    assert "+1312" not in result.output
    with app.app_context():
        assert db.session.query(OnCallResponder).count() == 0


def test_cli_help_explains_the_hours_format(runner: FlaskCliRunner) -> None:
    for command in ("add", "hours"):
        result = runner.invoke(args=["oncall", command, "--help"])
        assert result.exit_code == 0
        assert "mon-fri 09:00-17:00" in result.output and "overnight" in result.output


def test_responders_on_duty_from_the_roster(runner: FlaskCliRunner, app: Flask) -> None:
    _add(runner, "days", "+13125550161", "mon-fri 09:00-17:00")
    _add(runner, "nights", "+13125550162", "mon-sun 17:00-09:00")
    _add(runner, "weekend", "+13125550163", "sat,sun always")
    _add(runner, "always", "+13125550164")
    _add(runner, "gone", "+13125550165")
    with app.app_context():
        gone = db.session.query(OnCallResponder).filter_by(label="gone").one()
        gone.active = False
        db.session.commit()
        zone = runtime().settings.zone

        def labels(moment: datetime) -> list[str]:
            return [r.label for r in responders_on_duty(zone, moment.astimezone(UTC))]

        assert labels(at(WED, 12)) == ["days", "always"]
        assert labels(at(WED, 3)) == ["nights", "always"]
        assert labels(at(SAT, 12)) == ["weekend", "always"]
        assert labels(at(SUN, 23)) == ["nights", "weekend", "always"]


def test_rows_without_hours_are_always_on_duty(app: Flask) -> None:
    """Responders added before hours existed: the column's server default keeps them on."""
    with app.app_context():
        db.session.execute(
            text(
                "INSERT INTO oncall_responders (label, number_enc, active, created_at) "
                "VALUES (:label, :number, :active, :created)"
            ).bindparams(bindparam("created", type_=UTCDateTime())),
            {"label": "old", "number": b"sealed", "active": True, "created": utcnow()},
        )
        db.session.commit()
        responder = db.session.query(OnCallResponder).one()
        assert responder.hours == "always"
        assert responders_on_duty(CHICAGO, utcnow()) == [responder]
