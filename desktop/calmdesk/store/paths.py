"""Where CalmDesk keeps its files, resolved lazily through platformdirs (XDG_* variables are honoured)."""

from __future__ import annotations

import logging
import os
import stat
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


def log_file() -> Path:
    """Where the running app writes its warnings and errors (doctor and About say where, for support)."""
    return state_dir() / "calmdesk.log"


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
    """Create `path` (user-only) on first use; nothing is created merely by asking where a file lives.

    A folder that exists already is made user-only too: `mkdir -p .../calmdesk/packs` (to add a pack by
    hand) creates it 0755, and the customer data written into it must not be listed by other users.
    """
    path.mkdir(parents=True, exist_ok=True, mode=0o700)
    make_private(path)
    return path


def make_private(path: Path) -> None:
    """Take group and other permissions off `path` (ours only) if it has any; best effort, never fails."""
    try:
        info = path.stat()
        if info.st_mode & 0o077 and info.st_uid == os.geteuid():
            os.chmod(path, stat.S_IMODE(info.st_mode) & 0o700)
            log.info("Made %s readable by its owner only", path)
    except OSError as exc:
        log.debug("could not make %s private: %s", path, exc)


def create_private_file(path: Path) -> None:
    """Make sure the data file `path` and the journals beside it are user-only; creates it (empty) if absent.

    SQLite creates a file with the umask's mode (0644 by default) and gives its -wal, -shm and -journal
    files the database file's mode, so creating it 0600 first keeps all of them private.
    """
    try:
        os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
    except FileExistsError:
        for suffix in ("", "-wal", "-shm", "-journal"):
            companion = Path(f"{path}{suffix}")
            if companion.is_file():
                make_private(companion)
    except OSError as exc:  # a read-only folder: opening the file says what is wrong
        log.debug("could not create %s: %s", path, exc)


def readable_by_others() -> list[Path]:
    """CalmDesk's folders and files of customer data that other users of this machine can read."""
    candidates = [data_dir(), database_file(), backup_dir(), config_dir(), settings_file()]
    if backup_dir().is_dir():
        candidates += sorted(backup_dir().iterdir())
    found = []
    for path in candidates:
        try:
            if path.stat().st_mode & 0o077:
                found.append(path)
        except OSError:
            continue
    return found
