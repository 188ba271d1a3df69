"""Benchmark: how many reports triage reads per second, per language and overall.

It triages every case of the labelled evaluation set (real-looking reports in all 14
languages) over and over, after one warm-up pass that compiles the word lists, and prints
reports per second and the mean, p50 and p99 time per report.

    python bench/triage_speed.py [--rounds 20] [PATH ...]

PATH defaults to tests/triage_eval. Pure CPU: no database, no network.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from app.triage import triage  # noqa: E402
from app.triage.evaluation import load_cases  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("paths", nargs="*", type=Path, default=[ROOT / "tests" / "triage_eval"])
    parser.add_argument("--rounds", type=int, default=20)
    args = parser.parse_args()
    cases = load_cases(args.paths)
    reports = [(case.locale, case.report()) for case in cases]

    started = time.perf_counter()
    for _, report in reports:
        triage(report)
    warmup = time.perf_counter() - started

    per_locale: dict[str, list[float]] = defaultdict(list)
    timings: list[float] = []
    started = time.perf_counter()
    for _ in range(args.rounds):
        for locale, report in reports:
            t0 = time.perf_counter()
            triage(report)
            elapsed = time.perf_counter() - t0
            timings.append(elapsed)
            per_locale[locale].append(elapsed)
    total = time.perf_counter() - started

    chars = statistics.mean(len(case.text) for case in cases)
    print(f"{len(cases)} reports x {args.rounds} rounds, {chars:.0f} characters on average")
    print(f"first pass (compiling word lists): {warmup:.2f} s")
    print(f"{'locale':<9}{'mean ms':>9}{'p99 ms':>9}")
    for locale in sorted(per_locale):
        values = sorted(per_locale[locale])
        p99 = values[min(len(values) - 1, int(len(values) * 0.99))]
        print(f"{locale:<9}{statistics.mean(values) * 1000:>9.3f}{p99 * 1000:>9.3f}")
    timings.sort()
    p50 = timings[len(timings) // 2] * 1000
    p99 = timings[min(len(timings) - 1, int(len(timings) * 0.99))] * 1000
    mean = total / len(timings) * 1000
    rate = len(timings) / total
    print(f"overall: {rate:,.0f} reports/s, mean {mean:.3f} ms, p50 {p50:.3f} ms, p99 {p99:.3f} ms")


if __name__ == "__main__":
    main()
