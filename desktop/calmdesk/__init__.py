"""CalmDesk: an offline tray companion for support agents facing angry customers."""

__version__ = "0.1.0"
