"""Alert channels behind one Protocol; see monitor.channels.base."""
