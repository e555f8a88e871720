"""Generic webhook: the alert as JSON, HMAC-SHA256 signed. Format and signature: docs/webhook.md.

Body: msg.to_dict() plus `"type": "filing-monitor.alert"`, UTF-8 JSON. Headers:
  X-Filing-Monitor-Timestamp: <unix seconds>
  X-Filing-Monitor-Signature: sha256=<hex HMAC-SHA256(secret, "<timestamp>." + raw body)>
  Idempotency-Key: <the alert's idempotency key> (receivers dedupe on it: a crash can repeat one)
The timestamp is inside the signed content so a captured request cannot be replayed later with a
fresh timestamp. 2xx = delivered; 408, 429, 5xx transient (Retry-After honoured); other = permanent.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import time
from collections.abc import Callable, Mapping

import requests

from monitor.alerts.compose import one_line
from monitor.channels.util import env_secret, post_json, raise_for_status
from monitor.domain import AlertMessage
from monitor.http import bounded
from monitor.settings import ConfigError
from monitor.settings import WebhookChannel as WebhookSettings

EVENT_TYPE = "filing-monitor.alert"
SIGNATURE_HEADER = "X-Filing-Monitor-Signature"
TIMESTAMP_HEADER = "X-Filing-Monitor-Timestamp"
USER_AGENT = "filing-monitor webhook"


def body_for(msg: AlertMessage) -> bytes:
    return json.dumps({**msg.to_dict(), "type": EVENT_TYPE}, ensure_ascii=False).encode("utf-8")


def sign(secret: str, timestamp: str, body: bytes) -> str:
    """`sha256=<hex>` over the bytes `<timestamp>.<body>`, exactly as docs/webhook.md states."""
    mac = hmac.new(secret.encode("utf-8"), timestamp.encode("ascii") + b"." + body, hashlib.sha256)
    return "sha256=" + mac.hexdigest()


def _header_value(text: str) -> str:
    # HTTP header values are one line of Latin-1: keep the key readable, never malformed.
    return one_line(text).encode("ascii", "backslashreplace").decode("ascii")


class WebhookChannel:
    type = "webhook"

    def __init__(
        self,
        name: str,
        url: str,
        *,
        secret: str | None = None,
        timeout: float = 10.0,
        rate_per_second: float = 5.0,
        clock: Callable[[], float] = time.time,
        session: requests.Session | None = None,
    ):
        self.name = name
        self.rate_per_second = rate_per_second
        self._url = url
        self._secret = secret
        self._timeout = timeout
        self._clock = clock
        self._session = bounded(session)

    @classmethod
    def from_settings(cls, cfg: WebhookSettings, env: Mapping[str, str]) -> WebhookChannel:
        where = f"channel {cfg.name!r}"
        url = cfg.url or env_secret(env, cfg.url_env, f"{where}: url_env")
        if not url:
            raise ConfigError([f"{where}: a webhook channel needs `url` or `url_env`"])
        secret = env_secret(env, cfg.secret_env, f"{where}: secret_env")
        return cls(
            cfg.name, url, secret=secret, timeout=cfg.timeout_seconds, rate_per_second=cfg.rate_per_second
        )

    def __repr__(self) -> str:  # the URL may carry a token
        return f"WebhookChannel(name={self.name!r})"

    def send(self, msg: AlertMessage) -> None:
        body = body_for(msg)
        headers = {
            "Content-Type": "application/json; charset=utf-8",
            "User-Agent": USER_AGENT,
            "Idempotency-Key": _header_value(msg.idempotency_key),
        }
        if self._secret:
            timestamp = str(int(self._clock()))
            headers[TIMESTAMP_HEADER] = timestamp
            headers[SIGNATURE_HEADER] = sign(self._secret, timestamp, body)
        who = f"webhook {self.name}"
        resp = post_json(self._session, self._url, body, headers, self._timeout, who)
        raise_for_status(resp, who, self._url)
