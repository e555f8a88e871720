"""filing-monitor: watches SEC EDGAR and newswire feeds for credit-distress disclosures."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("filing-monitor")
except PackageNotFoundError:  # running from a source tree that was never installed
    __version__ = "0+unknown"
