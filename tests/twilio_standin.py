"""A small local stand-in for Twilio's REST API: records requests, answers like Twilio."""

from __future__ import annotations

import base64
import json
import threading
import uuid
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs


@dataclass
class Recorded:
    method: str
    path: str
    form: dict[str, list[str]]
    auth: tuple[str, str] | None


@dataclass
class TwilioStandIn:
    requests: list[Recorded] = field(default_factory=list)
    fail_next: int = 0
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
                if standin.fail_next:
                    standin.fail_next -= 1
                    self._reply(500, {"code": 20500, "message": "Internal error", "status": 500})
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
                self._reply(404, {"code": 20404, "message": "Not found", "status": 404})

            def do_DELETE(self) -> None:  # noqa: N802
                self._record()
                self._reply(204, None)

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        threading.Thread(target=self.server.serve_forever, daemon=True).start()
        return self

    def stop(self) -> None:
        if self.server is not None:
            self.server.shutdown()
            self.server.server_close()
