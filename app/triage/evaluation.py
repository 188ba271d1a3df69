"""Measuring triage against reports labelled by people: recall, accuracy and confusion.

An evaluation file is YAML: a list of cases, each a report as a resident would send it and
the priority, category and flags a person reading it would give.

    - id: es-014
      locale: es
      text: "la migra esta en mi puerta ahorita"
      answers: {detained: "no"}        # optional: structured answers, as in the intake flow
      channel: sms                     # optional, sms when absent
      media: 1                         # optional: photos or videos sent with it
      expect:
        priority: P1
        category: federal_enforcement
        flags: [ongoing]

A path may be a file or a folder of ``*.yaml`` files. Nothing here touches a database.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from app.triage.model import CATEGORIES, FLAGS, PRIORITIES, Report, Text, Triage
from app.triage.rules import triage

OVERALL = "all"
# What triage must reach on the labelled set (issue targets): an emergency missed is the
# costliest error, so P1 recall has the highest bar.
P1_RECALL_TARGET = 0.98
ACCURACY_TARGET = 0.92
LOCALE_ACCURACY_TARGET = 0.85


class EvalFileError(ValueError):
    """An evaluation file that cannot be read, with where and why."""


@dataclass(frozen=True)
class Case:
    id: str
    locale: str
    text: str
    answers: Mapping[str, object]
    channel: str
    media: int
    priority: str
    category: str
    flags: frozenset[str]

    def report(self) -> Report:
        texts = [Text("narrative", self.text, self.locale)] if self.text else []
        return Report(
            answers=self.answers, texts=texts, channel=self.channel, media_count=self.media
        )


@dataclass(frozen=True)
class Outcome:
    case: Case
    got: Triage


def _case(raw: object, where: str) -> Case:
    if not isinstance(raw, Mapping):
        raise EvalFileError(f"{where}: each case must be a mapping")
    expect = raw.get("expect")
    if not isinstance(expect, Mapping):
        raise EvalFileError(f"{where}: 'expect' is missing")
    case_id = str(raw.get("id") or where)
    priority, category = expect.get("priority"), expect.get("category")
    flags = expect.get("flags") or []
    if priority not in PRIORITIES:
        raise EvalFileError(f"{case_id}: priority must be one of {', '.join(PRIORITIES)}")
    if category not in CATEGORIES:
        raise EvalFileError(f"{case_id}: category must be one of {', '.join(CATEGORIES)}")
    if not isinstance(flags, list) or not set(flags) <= set(FLAGS):
        unknown = sorted(set(flags) - set(FLAGS)) if isinstance(flags, list) else flags
        raise EvalFileError(f"{case_id}: unknown flags {unknown}")
    locale, text = raw.get("locale"), raw.get("text", "")
    if not isinstance(locale, str) or not isinstance(text, str):
        raise EvalFileError(f"{case_id}: 'locale' and 'text' must be strings")
    answers = raw.get("answers") or {}
    if not isinstance(answers, Mapping):
        raise EvalFileError(f"{case_id}: 'answers' must be a mapping")
    return Case(
        id=case_id,
        locale=locale,
        text=text,
        answers=dict(answers),
        channel=str(raw.get("channel", "sms")),
        media=int(raw.get("media", 0)),
        priority=str(priority),
        category=str(category),
        flags=frozenset(flags),
    )


def _files(paths: Iterable[Path]) -> list[Path]:
    found: list[Path] = []
    for path in paths:
        found.extend(sorted(path.glob("*.yaml")) if path.is_dir() else [path])
    return found


def load_cases(paths: Iterable[Path]) -> list[Case]:
    """Every case in the given files and folders; ids must be unique."""
    cases: list[Case] = []
    for path in _files(paths):
        try:
            data: Any = yaml.safe_load(path.read_text(encoding="utf-8"))
        except (OSError, yaml.YAMLError) as exc:
            raise EvalFileError(f"{path}: {exc}") from exc
        if not isinstance(data, list):
            raise EvalFileError(f"{path}: expected a list of cases")
        cases.extend(_case(raw, f"{path.name}[{i}]") for i, raw in enumerate(data))
    seen = Counter(c.id for c in cases)
    repeated = sorted(i for i, n in seen.items() if n > 1)
    if repeated:
        raise EvalFileError(f"case ids used more than once: {', '.join(repeated)}")
    return cases


def run(cases: Sequence[Case]) -> list[Outcome]:
    return [Outcome(case, triage(case.report())) for case in cases]


@dataclass
class Scores:
    """Figures for one group of cases (a locale, or all of them)."""

    cases: int = 0
    p1_expected: int = 0
    p1_found: int = 0
    priority_right: int = 0
    category_right: int = 0
    flag_tp: Counter[str] = field(default_factory=Counter)
    flag_fp: Counter[str] = field(default_factory=Counter)
    flag_fn: Counter[str] = field(default_factory=Counter)

    def add(self, outcome: Outcome) -> None:
        case, got = outcome.case, outcome.got
        self.cases += 1
        if case.priority == "P1":
            self.p1_expected += 1
            self.p1_found += got.priority == "P1"
        self.priority_right += got.priority == case.priority
        self.category_right += got.category == case.category
        flags = set(got.flags)
        for flag in flags & case.flags:
            self.flag_tp[flag] += 1
        for flag in flags - case.flags:
            self.flag_fp[flag] += 1
        for flag in case.flags - flags:
            self.flag_fn[flag] += 1

    @property
    def p1_recall(self) -> float | None:
        return self.p1_found / self.p1_expected if self.p1_expected else None

    @property
    def priority_accuracy(self) -> float | None:
        return self.priority_right / self.cases if self.cases else None

    @property
    def category_accuracy(self) -> float | None:
        return self.category_right / self.cases if self.cases else None

    def flag_precision(self, flag: str | None = None) -> float | None:
        tp = self.flag_tp[flag] if flag else sum(self.flag_tp.values())
        fp = self.flag_fp[flag] if flag else sum(self.flag_fp.values())
        return tp / (tp + fp) if tp + fp else None

    def flag_recall(self, flag: str | None = None) -> float | None:
        tp = self.flag_tp[flag] if flag else sum(self.flag_tp.values())
        fn = self.flag_fn[flag] if flag else sum(self.flag_fn.values())
        return tp / (tp + fn) if tp + fn else None


@dataclass
class Evaluation:
    outcomes: list[Outcome]
    by_locale: dict[str, Scores]
    overall: Scores
    priority_confusion: Counter[tuple[str, str]]
    category_confusion: Counter[tuple[str, str]]

    def misses(self) -> list[Outcome]:
        return [
            o
            for o in self.outcomes
            if o.got.priority != o.case.priority or o.got.category != o.case.category
        ]


def evaluate(cases: Sequence[Case]) -> Evaluation:
    outcomes = run(cases)
    by_locale: dict[str, Scores] = defaultdict(Scores)
    overall = Scores()
    priorities: Counter[tuple[str, str]] = Counter()
    categories: Counter[tuple[str, str]] = Counter()
    for outcome in outcomes:
        by_locale[outcome.case.locale].add(outcome)
        overall.add(outcome)
        priorities[(outcome.case.priority, outcome.got.priority)] += 1
        categories[(outcome.case.category, outcome.got.category)] += 1
    return Evaluation(outcomes, dict(by_locale), overall, priorities, categories)


def _pct(value: float | None) -> str:
    return "   -  " if value is None else f"{value * 100:5.1f}%"


def _matrix(title: str, labels: Sequence[str], counts: Counter[tuple[str, str]]) -> list[str]:
    """Rows are what people said, columns what triage said; columns numbered to stay narrow."""
    name_width = max(len(label) for label in labels) + 2
    width = max(6, *(len(str(n)) + 2 for n in counts.values()))
    lines = [f"{title} (rows: expected, columns: triage)"]
    lines.append(
        " " * (name_width + 4) + "".join(f"({i})".rjust(width) for i in range(1, len(labels) + 1))
    )
    for index, expected in enumerate(labels, start=1):
        row = "".join(str(counts[(expected, got)]).rjust(width) for got in labels)
        lines.append(f"({index}) {expected}".ljust(name_width + 4) + row)
    return lines


def report_lines(evaluation: Evaluation, show_misses: bool = False) -> list[str]:
    """The printed evaluation: figures per locale and overall, flags, confusion matrices."""
    header = f"{'locale':<9}{'cases':>6}{'P1 recall':>11}{'priority':>10}{'category':>10}"
    header += f"{'flag prec':>11}{'flag rec':>10}"
    lines = [header]
    rows = [*sorted(evaluation.by_locale.items()), (OVERALL, evaluation.overall)]
    for name, s in rows:
        lines.append(
            f"{name:<9}{s.cases:>6}{_pct(s.p1_recall):>11}{_pct(s.priority_accuracy):>10}"
            f"{_pct(s.category_accuracy):>10}{_pct(s.flag_precision()):>11}"
            f"{_pct(s.flag_recall()):>10}"
        )
    lines.append("")
    lines.append(f"{'flag':<22}{'expected':>9}{'precision':>11}{'recall':>9}")
    overall = evaluation.overall
    for flag in FLAGS:
        expected = overall.flag_tp[flag] + overall.flag_fn[flag]
        lines.append(
            f"{flag:<22}{expected:>9}{_pct(overall.flag_precision(flag)):>11}"
            f"{_pct(overall.flag_recall(flag)):>9}"
        )
    lines.append("")
    lines.extend(_matrix("Priority", PRIORITIES, evaluation.priority_confusion))
    lines.append("")
    lines.extend(_matrix("Category", CATEGORIES, evaluation.category_confusion))
    if show_misses:
        lines.append("")
        for outcome in evaluation.misses():
            case, got = outcome.case, outcome.got
            lines.append(
                f"{case.id}: expected {case.priority} {case.category}, "
                f"got {got.priority} {got.category} ({', '.join(r.code for r in got.reasons)})"
            )
    return lines


def missed_targets(evaluation: Evaluation) -> list[str]:
    """Each target the evaluation misses, in words; empty when all are met."""
    missed: list[str] = []
    overall = evaluation.overall
    checks = [
        ("P1 recall", OVERALL, overall.p1_recall, P1_RECALL_TARGET),
        ("priority accuracy", OVERALL, overall.priority_accuracy, ACCURACY_TARGET),
        ("category accuracy", OVERALL, overall.category_accuracy, ACCURACY_TARGET),
    ]
    for locale, scores in sorted(evaluation.by_locale.items()):
        checks.append(
            ("priority accuracy", locale, scores.priority_accuracy, LOCALE_ACCURACY_TARGET)
        )
        checks.append(
            ("category accuracy", locale, scores.category_accuracy, LOCALE_ACCURACY_TARGET)
        )
    for name, scope, value, target in checks:
        if value is not None and value < target:
            missed.append(f"{name} ({scope}) {value * 100:.1f}% < {target * 100:.0f}%")
    return missed
