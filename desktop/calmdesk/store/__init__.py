"""Persistence: paths, the SQLite user store and the settings file. Never imports Qt."""
