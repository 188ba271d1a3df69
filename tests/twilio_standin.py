"""A small local stand-in for Twilio's REST API: records requests, answers like Twilio."""

from __future__ import annotations

import base64
import json
import re
import threading
import uuid
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlsplit

# Where the SDK and a download address a call recording: the media (.wav/.mp3) or the resource.
RECORDING = re.compile(r"/2010-04-01/Accounts/AC\w+/Recordings/(RE\w+)\.(wav|mp3|json)")


@dataclass
class Recorded:
    method: str
    path: str
    form: dict[str, list[str]]
    auth: tuple[str, str] | None


@dataclass
class TwilioStandIn:
    requests: list[Recorded] = field(default_factory=list)
    # The next N requests of any method answer 500.
    fail_next: int = 0
    # The next N requests of one method ("GET", "POST", "DELETE") answer 500.
    fail_next_for: dict[str, int] = field(default_factory=dict)
    # Call recordings by SID (RE...): GET serves the bytes, DELETE removes them.
    recordings: dict[str, bytes] = field(default_factory=dict)
    server: ThreadingHTTPServer | None = None

    @property
    def url(self) -> str:
        assert self.server is not None
        host, port = self.server.server_address[:2]
        return f"http://{host}:{port}"

    def start(self) -> TwilioStandIn:
        standin = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, format: str, *args: object) -> None:  # noqa: A002
                return

            def _auth(self) -> tuple[str, str] | None:
                header = self.headers.get("Authorization", "")
                if not header.startswith("Basic "):
                    return None
                user, _, password = base64.b64decode(header[6:]).decode().partition(":")
                return user, password

            def _record(self) -> Recorded:
                length = int(self.headers.get("Content-Length") or 0)
                body = self.rfile.read(length).decode() if length else ""
                item = Recorded(self.command, self.path, parse_qs(body), self._auth())
                standin.requests.append(item)
                return item

            def _failing(self) -> bool:
                if standin.fail_next_for.get(self.command, 0) > 0:
                    standin.fail_next_for[self.command] -= 1
                elif standin.fail_next:
                    standin.fail_next -= 1
                else:
                    return False
                self._reply(500, {"code": 20500, "message": "Internal error", "status": 500})
                return True

            def _not_found(self) -> None:
                self._reply(404, {"code": 20404, "message": "Not found", "status": 404})

            def _reply(self, status: int, payload: dict[str, object] | None) -> None:
                data = json.dumps(payload).encode() if payload is not None else b""
                self.send_response(status)
                if payload is not None:
                    self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            def do_POST(self) -> None:  # noqa: N802
                item = self._record()
                if self._failing():
                    return
                if item.path.endswith("/Messages.json"):
                    self._reply(
                        201,
                        {
                            "sid": "SM" + uuid.uuid4().hex,
                            "status": "queued",
                            "to": item.form.get("To", [""])[0],
                            "body": item.form.get("Body", [""])[0],
                        },
                    )
                    return
                self._not_found()

            def do_GET(self) -> None:  # noqa: N802
                item = self._record()
                if self._failing():
                    return
                match = RECORDING.fullmatch(urlsplit(item.path).path)
                data = standin.recordings.get(match.group(1)) if match else None
                if match is None or match.group(2) == "json" or data is None:
                    # Also what Twilio answers while a recording is still being processed.
                    self._not_found()
                    return
                kind = "audio/x-wav" if match.group(2) == "wav" else "audio/mpeg"
                self.send_response(200)
                self.send_header("Content-Type", kind)
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            def do_DELETE(self) -> None:  # noqa: N802
                item = self._record()
                if self._failing():
                    return
                match = RECORDING.fullmatch(urlsplit(item.path).path)
                if match is not None:
                    if (
                        match.group(2) != "json"
                        or standin.recordings.pop(match.group(1), None) is None
                    ):
                        self._not_found()
                        return
                self._reply(204, None)

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        threading.Thread(target=self.server.serve_forever, daemon=True).start()
        return self

    def stop(self) -> None:
        if self.server is not None:
            self.server.shutdown()
            self.server.server_close()
