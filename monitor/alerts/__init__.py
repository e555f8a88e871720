"""Alerts: compose (pure rendering), routing (which channels), outbox (durable delivery)."""
