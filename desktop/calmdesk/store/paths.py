"""Where CalmDesk keeps its files, resolved lazily through platformdirs (XDG_* variables are honoured)."""

from __future__ import annotations

import logging
import os
import warnings
from pathlib import Path

import platformdirs

log = logging.getLogger(__name__)

APP_NAME = "calmdesk"


def _dirs() -> platformdirs.PlatformDirs:
    # Built on each call, not at import: tests and `env XDG_...=` runs change the environment after import.
    return platformdirs.PlatformDirs(APP_NAME, appauthor=False)


def config_dir() -> Path:
    return Path(_dirs().user_config_dir)


def data_dir() -> Path:
    return Path(_dirs().user_data_dir)


def state_dir() -> Path:
    return Path(_dirs().user_state_dir)


def runtime_dir() -> Path:
    # Without XDG_RUNTIME_DIR (a bare ssh or cron session) platformdirs falls back to /tmp/runtime-<uid> and
    # says so with a Python warning, which would reach the terminal raw. The fallback is fine for us: our own
    # folder inside it is created user-only (ensure_dir), so note it in the log instead.
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        path = Path(_dirs().user_runtime_dir)
    for warning in caught:
        log.debug("%s", warning.message)
    return path


def cache_dir() -> Path:
    """Files CalmDesk can always rebuild (the library cache); deleting them loses nothing."""
    return Path(_dirs().user_cache_dir)


def settings_file() -> Path:
    return config_dir() / "settings.toml"


def database_file() -> Path:
    return data_dir() / "calmdesk.sqlite3"


def backup_dir() -> Path:
    return data_dir() / "backups"


def team_cache_dir() -> Path:
    """The last good copy of each team pack folder, read when the share cannot be reached."""
    return data_dir() / "team-cache"


def user_packs_dir() -> Path:
    return data_dir() / "packs"


def ensure_dir(path: Path) -> Path:
    """Create `path` (user-only) on first use; nothing is created merely by asking where a file lives."""
    path.mkdir(parents=True, exist_ok=True, mode=0o700)
    return path


def sync_dir(path: Path) -> None:
    """Make a rename inside `path` durable (fsync the folder); a file system that cannot is left as it is."""
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass  # some file systems refuse fsync on a folder; the rename itself is still atomic
    finally:
        os.close(fd)
