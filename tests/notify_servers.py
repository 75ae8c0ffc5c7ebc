"""Real servers on 127.0.0.1 for the delivery tests, and sample digest data.

- `SmtpServer`: aiosmtpd in its own thread, recording every message and login; optional AUTH,
  STARTTLS or implicit TLS, and a canned RCPT reply to simulate 4xx/5xx refusals. A hostile
  one can answer a failed AUTH with a reply built from what the client sent (`auth_reply`),
  offer only some mechanisms (`auth_mechanisms`), or answer AUTH PLAIN with the client's own
  blob as a challenge, forever (`auth_loop`).
- `WebhookReceiver`: a threaded http.server that records requests and answers 200, any status
  with headers, body and reason phrase (or a body quoting the request line and the URL it was
  sent to, as a careless receiver's 404 page does), hangs until released, or is taken down so
  connections are refused.
- `make_tls_files`: a self-signed certificate for 127.0.0.1/localhost, made with `cryptography`
  when it is importable (callers skip otherwise).
- `sample_*`: models to render digests from.
"""

from __future__ import annotations

import base64
import socket
import ssl
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from email import message_from_bytes, policy
from email.message import EmailMessage
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

from aiosmtpd.controller import Controller
from aiosmtpd.smtp import MISSING, AuthResult, LoginPassword

from watch.models import Alert, ClaimStatus, ClaimSummary, EvidenceRecord, Stance, StatusChange

# --- SMTP -------------------------------------------------------------------------------------


def free_port() -> int:
    """A TCP port on 127.0.0.1 that was free a moment ago (aiosmtpd needs a number up front)."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@dataclass
class ReceivedMail:
    mail_from: str
    rcpt_tos: list[str]
    raw: bytes
    tls: bool

    @property
    def message(self) -> EmailMessage:
        parsed = message_from_bytes(self.raw, policy=policy.default)
        assert isinstance(parsed, EmailMessage)
        return parsed


@dataclass
class _Handler:
    messages: list[ReceivedMail] = field(default_factory=list)
    rcpt_reply: str | None = None

    async def handle_RCPT(
        self, server: Any, session: Any, envelope: Any, address: str, rcpt_options: list[str]
    ) -> str:
        if self.rcpt_reply:
            return self.rcpt_reply
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        self.messages.append(
            ReceivedMail(
                envelope.mail_from,
                list(envelope.rcpt_tos),
                envelope.original_content or envelope.content,
                session.ssl is not None,
            )
        )
        return "250 Message accepted for delivery"


class _LoopingHandler(_Handler):
    async def auth_PLAIN(self, server: Any, args: list[str]) -> AuthResult:
        """Challenge the client with its own AUTH PLAIN blob until it gives up."""
        blob = args[1] if len(args) > 1 else ""
        for _ in range(10):
            answer = await server.challenge_auth(blob.encode(), encode_to_b64=False)
            if answer is MISSING:
                break
            blob = base64.b64encode(answer).decode()
        return AuthResult(success=False, handled=False)


class SmtpServer:
    """aiosmtpd on 127.0.0.1. Use as a context manager; `port`, `messages`, `logins`."""

    def __init__(
        self,
        *,
        credentials: tuple[str, str] | None = None,
        starttls: ssl.SSLContext | None = None,
        implicit_tls: ssl.SSLContext | None = None,
        rcpt_reply: str | None = None,
        auth_reply: Callable[[str, bytes, bytes], str] | None = None,
        auth_mechanisms: Sequence[str] | None = None,
        auth_loop: bool = False,
    ) -> None:
        self.handler = (_LoopingHandler if auth_loop else _Handler)(rcpt_reply=rcpt_reply)
        self.logins: list[tuple[str, str]] = []
        self._credentials = credentials
        self._auth_reply = auth_reply
        self.port = free_port()
        kwargs: dict[str, Any] = {}
        if credentials is not None:
            kwargs.update(
                authenticator=self._authenticate,
                auth_required=True,
                auth_require_tls=starttls is not None or implicit_tls is not None,
            )
        if auth_mechanisms is not None:
            others = {"PLAIN", "LOGIN"} - set(auth_mechanisms)
            kwargs.update(auth_exclude_mechanism=sorted(others))
        if starttls is not None:
            kwargs.update(tls_context=starttls, require_starttls=True)
        self.controller = Controller(
            self.handler, hostname="127.0.0.1", port=self.port, ssl_context=implicit_tls, **kwargs
        )

    @property
    def messages(self) -> list[ReceivedMail]:
        return self.handler.messages

    def _authenticate(
        self, server: Any, session: Any, envelope: Any, mechanism: str, auth_data: Any
    ) -> AuthResult:
        if not isinstance(auth_data, LoginPassword):
            return AuthResult(success=False, handled=False)
        login, password = auth_data.login.decode(), auth_data.password.decode()
        self.logins.append((login, password))
        success = (login, password) == self._credentials
        if not success and self._auth_reply is not None:
            reply = self._auth_reply(mechanism, auth_data.login, auth_data.password)
            return AuthResult(success=False, handled=False, message=reply)
        # handled=False: let aiosmtpd send the 535 reply itself on failure.
        return AuthResult(success=success, handled=False)

    def __enter__(self) -> SmtpServer:
        self.controller.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.controller.stop()


class SilentServer:
    """Accepts TCP connections (kernel backlog) and never says a word: SMTP clients hang
    waiting for the greeting until their timeout."""

    def __init__(self) -> None:
        self.sock = socket.socket()
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen(8)
        self.port = int(self.sock.getsockname()[1])

    def __enter__(self) -> SilentServer:
        return self

    def __exit__(self, *exc: object) -> None:
        self.sock.close()


def make_tls_files(directory: Path) -> tuple[Path, Path]:
    """(cert, key) PEM files of a self-signed certificate for 127.0.0.1 and localhost.
    Raises ImportError when `cryptography` is not installed."""
    import ipaddress

    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "watch test")])
    now = datetime.now(UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - timedelta(hours=1))
        .not_valid_after(now + timedelta(days=1))
        .add_extension(
            x509.SubjectAlternativeName(
                [x509.DNSName("localhost"), x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]
            ),
            critical=False,
        )
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .sign(key, hashes.SHA256())
    )
    cert_path, key_path = directory / "cert.pem", directory / "key.pem"
    cert_path.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    key_path.write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
    )
    return cert_path, key_path


# --- webhooks ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class ReceivedRequest:
    method: str
    path: str
    headers: dict[str, str]  # lower-cased names
    body: bytes


class WebhookReceiver:
    """An HTTP server on 127.0.0.1 that records POSTs. Answers 200 until told otherwise with
    `answer(status, headers, body)`, `hang()` or `down()`."""

    def __init__(self, port: int = 0) -> None:
        self.requests: list[ReceivedRequest] = []
        self.status = 200
        self.headers: dict[str, str] = {}
        self.body = b'{"ok":true}'
        self.reason: str | None = None
        self.echo = False  # the body quotes the request line and the full URL posted to
        self.hanging = False
        self.hang_after = 0  # requests answered before hanging starts
        self.release = threading.Event()
        receiver = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                length = int(self.headers.get("content-length") or 0)
                body = self.rfile.read(length)
                receiver.requests.append(
                    ReceivedRequest(
                        "POST", self.path, {k.lower(): v for k, v in self.headers.items()}, body
                    )
                )
                if receiver.hanging and len(receiver.requests) > receiver.hang_after:
                    receiver.release.wait(30)  # bounded, and released at teardown
                    return
                body = receiver.body
                if receiver.echo:
                    url = f"http://{self.headers.get('host')}{self.path}"
                    body = f"{self.requestline}: no hook at {url} ({self.path})".encode()
                self.send_response(receiver.status, receiver.reason)
                for name, value in receiver.headers.items():
                    self.send_header(name, value)
                self.send_header("content-length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, format: str, *args: Any) -> None:
                pass  # keep test output clean

        self.server = ThreadingHTTPServer(("127.0.0.1", port), Handler)
        self.server.daemon_threads = True
        self.port = int(self.server.server_address[1])
        self.url = f"http://127.0.0.1:{self.port}/hook"
        self._thread = threading.Thread(target=self.server.serve_forever, args=(0.05,), daemon=True)
        self._up = False

    def answer(
        self,
        status: int,
        headers: dict[str, str] | None = None,
        body: bytes = b"",
        reason: str | None = None,
    ) -> None:
        """Answer every request from now on with `status` (and this reason phrase, or the
        standard one), `headers` (written as given, even if malformed) and `body`."""
        self.status, self.headers, self.body = status, dict(headers or {}), body
        self.reason, self.echo = reason, False

    def answer_echoing(self, status: int) -> None:
        """Answer every request from now on with `status` and a body quoting the request line
        and the URL the request was sent to, path and query included."""
        self.answer(status)
        self.echo = True

    def hang(self, after: int = 0) -> None:
        """Answer the next `after` requests, then leave every later one without an answer."""
        self.hang_after = len(self.requests) + after
        self.hanging = True

    def down(self) -> None:
        """Stop listening: connections to `url` are refused from now on."""
        self._stop()

    def __enter__(self) -> WebhookReceiver:
        self._thread.start()
        self._up = True
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop()

    def _stop(self) -> None:
        self.release.set()
        if self._up:
            self._up = False
            self.server.shutdown()
            self.server.server_close()
            self._thread.join(5)


# --- sample data ------------------------------------------------------------------------------

T0 = datetime(2026, 11, 20, 9, 30, tzinfo=UTC)
NOW = datetime(2026, 11, 23, 8, 0, tzinfo=UTC)
STATEMENTS = {
    "openai-ipo-q4-2026": "OpenAI will file for an IPO in Q4 2026.",
    "acme-buys-widgets": "Acme will buy Widgets Inc for $20 billion.",
    "quiet-claim": "Nothing new is reported about this one.",
}


def sample_record(
    claim_id: str = "openai-ipo-q4-2026",
    *,
    article_id: int = 1,
    stance: Stance = Stance.CONTRADICTS,
    title: str = "OpenAI delays listing",
    url: str = "https://news.example.com/a/1",
    quote: str = "OpenAI said it has no plans to list this year.",
    source: str = "news.example.com",
    confidence: float = 0.82,
) -> EvidenceRecord:
    return EvidenceRecord(
        claim_id=claim_id,
        article_id=article_id,
        story_id=article_id,
        stance=stance,
        confidence=confidence,
        quote=quote,
        url=url,
        title=title,
        source=source,
        published=T0,
        lang="en",
    )


def evidence_alert(record: EvidenceRecord, *, alert_id: int = 1) -> Alert:
    return Alert(
        key=f"e:{record.claim_id}:{record.story_id}",
        claim_id=record.claim_id,
        kind="evidence",
        created_at=NOW,
        stance=record.stance,
        evidence=(record,),
        id=alert_id,
    )


def status_alert(
    claim_id: str,
    old: ClaimStatus,
    new: ClaimStatus,
    *,
    alert_id: int = 10,
    evidence: tuple[EvidenceRecord, ...] = (),
) -> Alert:
    change = StatusChange(
        claim_id=claim_id, old=old, new=new, at=NOW, reason="2 independent outlets contradict it"
    )
    return Alert(
        key=f"s:{claim_id}:{new}",
        claim_id=claim_id,
        kind="status",
        created_at=NOW,
        change=change,
        evidence=evidence,
        id=alert_id,
    )


def sample_claims() -> list[ClaimSummary]:
    return [
        ClaimSummary(
            "openai-ipo-q4-2026",
            STATEMENTS["openai-ipo-q4-2026"],
            ClaimStatus.CONTRADICTED,
            0,
            2,
            2,
            T0,
        ),
        ClaimSummary(
            "acme-buys-widgets", STATEMENTS["acme-buys-widgets"], ClaimStatus.CONFIRMED, 3, 0, 3, T0
        ),
        ClaimSummary("quiet-claim", STATEMENTS["quiet-claim"], ClaimStatus.REPORTED, 0, 0, 0, None),
    ]
