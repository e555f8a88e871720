"""Fixtures of the integration tests: a local SMTP server and its inbox."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.integration.alerts_support import Inbox, serve_smtp


@pytest.fixture
def inbox() -> Inbox:
    return Inbox()


@pytest.fixture
def smtp_port(inbox: Inbox) -> Iterator[int]:
    yield from serve_smtp(inbox)
