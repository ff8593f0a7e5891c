"""The reader's fixed vocabulary: its topics, asks, threats and anger levels (the issue names them)."""

from __future__ import annotations

TOPICS = ("delivery", "damaged", "wrong_item", "refund", "billing", "account", "technical", "service",
          "cancellation", "other")  # fmt: skip
ASKS = ("refund", "replacement", "repair", "callback", "manager", "cancel", "explanation", "compensation",
        "update", "apology", "delete_data")  # fmt: skip
THREATS = ("legal", "chargeback", "public", "leave")
ANGER_LEVELS = {"calm": 0.0, "annoyed": 1.0, "angry": 2.0, "furious": 3.0}
