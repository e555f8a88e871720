"""Builds sources, channels and the store from settings: the only place naming concrete classes."""

from __future__ import annotations

from monitor.settings import Settings


def resolve_problems(settings: Settings) -> list[str]:
    """Problems only visible with outside data (the SEC ticker map). Empty when all is well."""
    return []
