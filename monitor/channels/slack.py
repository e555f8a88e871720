"""Slack, through an incoming webhook, as Block Kit (rendered by monitor.alerts.compose).

Client choice: plain `requests`, not slack_sdk's WebhookClient. Both give the raw status, body and
headers (we need all three: "200 + body ok", Retry-After on 429). `requests` is the HTTP client the
rest of the project already uses, so Slack gets the same timeout and error handling as the generic
webhook channel, and its exceptions are ours to redact: the webhook URL is a credential and must
never reach a log or `last_error`. WebhookClient would add urllib-based transport with its own retry
handlers that would hide the 429s the outbox schedules around.

Outcomes (Slack answers 200 with body `ok` on success, and otherwise an error code as the body):
- 200 `ok`: delivered.
- 200 with another body: failed. A Slack error code that names a request or configuration problem
  (`invalid_*`, `no_text`, `no_service`, `channel_not_found`, ...) is permanent: sending the same
  payload again cannot help. Anything else (e.g. a proxy's HTML page, an unknown code) is transient.
- 429: transient, wait at least Retry-After. 408 and 5xx: transient. Other 4xx, 3xx: permanent.
- Connection errors, timeouts and answers not complete within the total deadline
  (`timeout_seconds`): transient.
"""

from __future__ import annotations

import json
import logging
import re
from collections.abc import Mapping

import requests

from monitor.alerts import compose
from monitor.channels.util import env_secret, post_json, raise_for_status
from monitor.domain import AlertMessage, DeliveryError
from monitor.http import bounded
from monitor.settings import SlackChannel as SlackSettings

log = logging.getLogger(__name__)

PERMANENT_CODES = frozenset(
    {
        "no_text",
        "no_service",
        "no_active_hooks",
        "channel_not_found",
        "channel_is_archived",
        "user_not_found",
        "action_prohibited",
        "posting_to_general_channel_denied",
        "too_many_attachments",
        "missing_text_or_fallback_or_attachments",
        "team_disabled",
    }
)


def is_permanent_code(body: str) -> bool:
    code = body.strip()
    if not re.fullmatch(r"[a-z_]+", code):
        return False
    return code.startswith("invalid_") or code in PERMANENT_CODES


class SlackChannel:
    type = "slack"

    def __init__(
        self,
        name: str,
        url: str,
        *,
        rate_per_second: float = 1.0,
        timeout: float = 10.0,
        session: requests.Session | None = None,
    ):
        self.name = name
        self.rate_per_second = rate_per_second  # Slack allows 1 message per second per webhook
        self._url = url
        self._timeout = timeout
        self._session = bounded(session)

    @classmethod
    def from_settings(cls, cfg: SlackSettings, env: Mapping[str, str]) -> SlackChannel:
        url = env_secret(env, cfg.webhook_url_env, f"channel {cfg.name!r}: webhook_url_env")
        assert url is not None  # webhook_url_env is required by the settings model
        return cls(cfg.name, url, rate_per_second=cfg.rate_per_second, timeout=cfg.timeout_seconds)

    def __repr__(self) -> str:  # never show the URL
        return f"SlackChannel(name={self.name!r})"

    def send(self, msg: AlertMessage) -> None:
        body = json.dumps(compose.slack_payload(msg), ensure_ascii=False).encode("utf-8")
        headers = {"Content-Type": "application/json; charset=utf-8"}
        who = f"slack {self.name}"
        resp = post_json(self._session, self._url, body, headers, self._timeout, who)
        if resp.status_code == 200:
            text = resp.text.strip()
            if text == "ok":
                log.debug("%s: delivered %s", who, msg.idempotency_key)
                return
            permanent = is_permanent_code(text)
            raise DeliveryError(
                f"{who}: HTTP 200 but Slack answered {' '.join(text[:200].split())!r}",
                transient=not permanent,
            )
        raise_for_status(resp, who, self._url)
        # Any other 2xx is not Slack's success answer: say so instead of assuming delivery.
        raise DeliveryError(f"{who}: unexpected HTTP {resp.status_code}", transient=True)
