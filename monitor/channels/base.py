"""The Channel protocol and the registry that maps a config `type` to its class.

A channel renders an AlertMessage (text from monitor.alerts.compose) and delivers it. It never
touches the store: the outbox decides when to send, retries and records the outcome. `send` returns
only when the far end confirmed; otherwise it raises DeliveryError saying whether a retry can help
(`transient`) and how long to wait at least (`retry_after`, seconds, from a Retry-After header).

Why not apprise: it would cover many services with one dependency, but that dependency brings many
transitive ones and its own retry/format decisions, while the brief needs five channels whose
failure modes we must classify exactly (Slack's 200-with-error-body, SMTP 4xx vs 5xx, 429 with
Retry-After). The five below cover it; the signed generic webhook reaches anything else (a small
relay can forward to Teams, PagerDuty, ...).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Protocol, runtime_checkable

from monitor.channels.console import ConsoleChannel
from monitor.channels.email import EmailChannel
from monitor.channels.jsonl import JsonlChannel
from monitor.channels.slack import SlackChannel
from monitor.channels.webhook import WebhookChannel
from monitor.domain import AlertMessage
from monitor.settings import ConfigError, Settings


@runtime_checkable
class Channel(Protocol):
    name: str
    # Optional: messages per second this channel accepts; the outbox spaces sends by 1/rate.
    # rate_per_second: float

    def send(self, msg: AlertMessage) -> None:
        """Deliver or raise monitor.domain.DeliveryError(message, transient=..., retry_after=...)."""
        ...


REGISTRY: dict[str, Any] = {
    "slack": SlackChannel,
    "email": EmailChannel,
    "webhook": WebhookChannel,
    "jsonl": JsonlChannel,
    "console": ConsoleChannel,
}


def build_channel(cfg: Any, env: Mapping[str, str]) -> Channel:
    """One channel from its settings; secrets come from `env`. Raises ConfigError."""
    cls = REGISTRY.get(cfg.type)
    if cls is None:
        raise ConfigError([f"channel {cfg.name!r}: unknown type {cfg.type!r} (known: {', '.join(REGISTRY)})"])
    channel: Channel = cls.from_settings(cfg, env)
    return channel


def build_channels(settings: Settings, env: Mapping[str, str]) -> dict[str, Channel]:
    """Every configured channel by name; all problems reported at once."""
    out: dict[str, Channel] = {}
    problems: list[str] = []
    for cfg in settings.channel:
        try:
            out[cfg.name] = build_channel(cfg, env)
        except ConfigError as e:
            problems += e.problems
    if problems:
        raise ConfigError([f"{settings.source}: {p}" if settings.source else p for p in problems])
    return out
