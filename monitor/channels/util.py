"""Helpers shared by the channels: secrets from the environment, Retry-After, HTTP outcomes.

Webhook URLs are secrets (a Slack incoming-webhook URL is its own credential), so every error text
built here has the URL replaced before it can reach a log line or the outbox's `last_error`.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from urllib.parse import urlsplit

import requests

from monitor.domain import DeliveryError
from monitor.http import Watchdog
from monitor.settings import ConfigError

REDACTED = "[url redacted]"
CONNECT_TIMEOUT = 5.0


def env_secret(env: Mapping[str, str], var: str | None, where: str) -> str | None:
    """The value of environment variable `var` (None when no variable is configured)."""
    if not var:
        return None
    value = env.get(var)
    if not value:
        raise ConfigError([f"{where}: environment variable {var} is not set"])
    return value


def parse_retry_after(value: str | None, now: datetime | None = None) -> float | None:
    """Seconds to wait from a Retry-After header: delta-seconds or an HTTP date."""
    if not value:
        return None
    value = value.strip()
    try:
        return max(0.0, float(value))
    except ValueError:
        pass
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return max(0.0, (when - (now or datetime.now(UTC))).total_seconds())


def redact(text: str, url: str) -> str:
    """`text` without the URL, its path or its query (requests puts the path in its messages)."""
    parts = urlsplit(url)
    secrets = [url, parts.path + ("?" + parts.query if parts.query else ""), parts.path, parts.query]
    for s in sorted((s for s in secrets if s and s != "/"), key=len, reverse=True):
        text = text.replace(s, REDACTED)
    return text


def post_json(
    session: requests.Session,
    url: str,
    body: bytes,
    headers: dict[str, str],
    timeout: float,
    who: str,
) -> requests.Response:
    """POST without following redirects; network failures become transient DeliveryErrors.

    `timeout` is the total deadline of the exchange (connect, headers, body): `session` must come
    from monitor.http.bounded so that the Watchdog can cut a server that answers a byte at a time.
    """
    late = DeliveryError(f"{who}: no complete answer within the {timeout:g}s deadline", transient=True)
    with Watchdog(timeout) as dog:
        try:
            resp = session.post(url, data=body, headers=headers, timeout=(min(CONNECT_TIMEOUT, timeout), timeout),
                                allow_redirects=False)
        except requests.Timeout:
            raise late from None
        except (requests.exceptions.MissingSchema, requests.exceptions.InvalidSchema,
                requests.exceptions.InvalidURL, requests.exceptions.URLRequired) as e:
            # No retry can send to a URL without an http(s) scheme or a host: fix the setting.
            detail = redact(f"{type(e).__name__}: {e}", url)
            raise DeliveryError(f"{who}: cannot send to this URL: {detail}", transient=False) from None
        except requests.RequestException as e:
            if dog.fired:
                raise late from None
            # The text names the host and the path: redact before it can be logged or stored.
            detail = redact(f"{type(e).__name__}: {e}", url)
            raise DeliveryError(f"{who}: connection failed: {detail}", transient=True) from None
    # A status line came back: the far end took the request, whatever the watchdog did since (a
    # cut-short body does not make it undelivered, and a retry would post it twice).
    return resp


def raise_for_status(resp: requests.Response, who: str, url: str) -> None:
    """2xx passes. 408, 429 and 5xx are transient (with Retry-After); any other status is not.

    3xx is permanent: a webhook that moved must be reconfigured, not followed blindly (a POST
    turned into a GET by a redirect would "succeed" without delivering anything).
    """
    if 200 <= resp.status_code < 300:
        return
    body = " ".join(resp.text[:200].split())
    text = f"{who}: HTTP {resp.status_code}" + (f": {body}" if body else "")
    transient = resp.status_code in (408, 429) or resp.status_code >= 500
    retry_after = parse_retry_after(resp.headers.get("Retry-After")) if transient else None
    raise DeliveryError(redact(text, url), transient=transient, retry_after=retry_after)
