"""Built-in content and art shipped with CalmDesk (read through importlib.resources)."""
