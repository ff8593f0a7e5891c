"""Importers and exporters: snippets from other tools (Espanso, Beeftext, CSV) and CalmDesk packs."""
