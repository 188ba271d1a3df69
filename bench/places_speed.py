"""Benchmark: place lookups per second on a 500-character report, after the first call.

python bench/places_speed.py [--seconds 2]
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from app.places import locate  # noqa: E402

# About 500 characters, mixed English and Spanish, with a corner, a name and a ZIP code.
TEXT = (
    "Around 7:15 this morning two grey SUVs without plates stopped in front of the bakery. "
    "Four agents in vests, two with masks, took a man who was waiting for the bus. Luego "
    "se fueron por la 26 y Pulaski hacia el oeste, cerca de Little Village. Una señora "
    "grabó todo con su teléfono y dice que los agentes no mostraron ninguna orden. Chicago "
    "police were there and blocked traffic on Cermak for about twenty minutes. My ZIP code "
    "is 60623 and I can send the video later if you need it. Nobody was hurt."
)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=2.0)
    args = parser.parse_args()

    print(f"text: {len(TEXT)} characters -> {locate(TEXT)}")
    calls = 0
    started = time.perf_counter()
    deadline = started + args.seconds
    while time.perf_counter() < deadline:
        for _ in range(100):
            locate(TEXT)
        calls += 100
    elapsed = time.perf_counter() - started
    print(f"{calls / elapsed:,.0f} calls per second ({elapsed / calls * 1e6:.0f} µs per call)")


if __name__ == "__main__":
    main()
