"""Benchmark: many concurrent residents through the whole SMS flow, against gunicorn on loopback.

In the same run it measures a bare Flask endpoint returning fixed TwiML under the same load,
and prints messages per second, p50 and p99 latency for both, and their ratio.

    python bench/sms_load.py [--residents 40] [--workers 2] [--database-url URL]

Everything runs on 127.0.0.1 and stops by itself.
"""

from __future__ import annotations

import argparse
import os
import secrets
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from pathlib import Path

import requests
from cryptography.fernet import Fernet
from twilio.request_validator import RequestValidator

ROOT = Path(__file__).resolve().parent.parent
TOKEN = "bench-token-" + secrets.token_hex(8)
PUBLIC_BASE = "https://line.example.org"
FLOW = ["hello"] + ["SKIP"] * 14


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def wait_until_up(url: str, process: subprocess.Popen[bytes], seconds: float = 30) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise SystemExit(f"server exited early with code {process.returncode}")
        try:
            requests.get(url, timeout=5)
            return
        except requests.RequestException:
            time.sleep(0.2)
    raise SystemExit(f"server at {url} did not come up")


def start(app_spec: str, port: int, workers: int, env: dict[str, str]) -> subprocess.Popen[bytes]:
    return subprocess.Popen(
        [
            sys.executable,
            "-m",
            "gunicorn",
            "--workers",
            str(workers),
            "--threads",
            "4",
            "--bind",
            f"127.0.0.1:{port}",
            "--log-level",
            "warning",
            app_spec,
        ],
        cwd=ROOT,
        env=env,
    )


def resident(base: str, number: str, latencies: list[float], errors: list[str]) -> None:
    validator = RequestValidator(TOKEN)
    with requests.Session() as session:
        for body in FLOW:
            sid = "SM" + uuid.uuid4().hex
            params = {
                "MessageSid": sid,
                "AccountSid": "AC" + "0" * 32,
                "From": number,
                "To": "+13125550100",
                "Body": body,
                "NumMedia": "0",
            }
            signature = validator.compute_signature(PUBLIC_BASE + "/twilio/sms", params)
            began = time.perf_counter()
            response = session.post(
                base + "/twilio/sms",
                data=params,
                timeout=60,
                headers={"X-Twilio-Signature": signature},
            )
            latencies.append(time.perf_counter() - began)
            if response.status_code != 200 or "<Response" not in response.text:
                errors.append(f"{response.status_code}")


def load(base: str, residents: int) -> tuple[float, list[float], list[str]]:
    latencies: list[float] = []
    errors: list[str] = []
    threads = [
        threading.Thread(target=resident, args=(base, f"+1312555{i:04d}", latencies, errors))
        for i in range(residents)
    ]
    began = time.perf_counter()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=600)
    return time.perf_counter() - began, latencies, errors


def report(name: str, elapsed: float, latencies: list[float], errors: list[str]) -> float:
    rate = len(latencies) / elapsed
    ordered = sorted(latencies)
    p50 = statistics.median(ordered) * 1000
    p99 = ordered[min(len(ordered) - 1, int(len(ordered) * 0.99))] * 1000
    print(
        f"{name:<22} {len(latencies):>6} msgs  {rate:>8.1f} msgs/s  "
        f"p50 {p50:>7.1f} ms  p99 {p99:>7.1f} ms  errors {len(errors)}"
    )
    return rate


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--residents", type=int, default=40)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument(
        "--database-url", default=None, help="default: a fresh SQLite file; or a PostgreSQL URL"
    )
    args = parser.parse_args()

    instance = tempfile.mkdtemp(prefix="testigo-bench-")
    env = {
        **os.environ,
        "TESTIGO_ENV": "testing",
        "TESTIGO_INSTANCE_PATH": instance,
        "SECRET_KEY": secrets.token_urlsafe(32),
        "IDENTITY_PEPPER": secrets.token_urlsafe(32),
        "DATA_KEYS": Fernet.generate_key().decode(),
        "TWILIO_ACCOUNT_SID": "AC" + "0" * 32,
        "TWILIO_AUTH_TOKEN": TOKEN,
        "PUBLIC_BASE_URL": PUBLIC_BASE,
        "DATABASE_URL": args.database_url or f"sqlite:///{instance}/bench.sqlite3",
        "TESTIGO_LOG_LEVEL": "WARNING",
    }
    subprocess.run(
        [sys.executable, "-m", "flask", "--app", "app", "db", "upgrade"],
        cwd=ROOT,
        env=env,
        check=True,
        capture_output=True,
    )

    print(
        f"{args.residents} concurrent residents x {len(FLOW)} messages; gunicorn "
        f"{args.workers} workers x 4 threads; database "
        f"{'PostgreSQL' if 'postgres' in env['DATABASE_URL'] else 'SQLite'}"
    )
    results = {}
    for name, spec in (
        ("bare Flask TwiML", "bench.bare_app:app"),
        ("Testigo SMS flow", "app:create_app()"),
    ):
        port = free_port()
        server = start(spec, port, args.workers, env)
        try:
            wait_until_up(f"http://127.0.0.1:{port}/", server)
            elapsed, latencies, errors = load(f"http://127.0.0.1:{port}", args.residents)
            results[name] = report(name, elapsed, latencies, errors)
        finally:
            server.terminate()
            server.wait(timeout=30)
    ratio = results["Testigo SMS flow"] / results["bare Flask TwiML"]
    print(f"ratio (Testigo / bare): {ratio:.3f}")


if __name__ == "__main__":
    main()
