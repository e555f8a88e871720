"""Sources: one module per source behind the `Source` protocol (base.py)."""
