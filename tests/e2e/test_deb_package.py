"""The Debian package as IT deploys it: built by scripts/package, installed with apt, started from
/usr/bin/calmdesk in a real X session, summoned with the hotkey, a phrase copied, then purged, leaving the
user's data where it was."""

from __future__ import annotations

import fcntl
import json
import os
import subprocess
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from xapp import READY_LINE, clipboard, popup_windows, wait_for, xdotool
from xsession import XSession

pytestmark = pytest.mark.e2e

ROOT = Path(__file__).resolve().parents[2]
PROGRAM = Path("/usr/bin/calmdesk")
PRIVATE_ENV = Path("/usr/lib/calmdesk")
# One package test at a time on this machine: it installs into /usr, which every run shares.
LOCK = Path("/var/lock/calmdesk-package-test.lock")
BUILD_TIMEOUT_S = 1500
OLDER = "0.0.9"


def _as_root(*argv: str) -> list[str]:
    return list(argv) if os.geteuid() == 0 else ["sudo", *argv]


def _apt(*args: str) -> None:
    done = subprocess.run(
        _as_root("apt-get", "-y", "-q", "-o", "DPkg::Lock::Timeout=600", *args),
        env={**os.environ, "DEBIAN_FRONTEND": "noninteractive"},
        capture_output=True,
        text=True,
        timeout=900,
    )
    assert done.returncode == 0, f"apt-get {' '.join(args)} failed:\n{done.stdout[-3000:]}{done.stderr}"


def _build(out: Path, *options: str) -> Path:
    done = subprocess.run(
        ["bash", str(ROOT / "scripts" / "package"), *options],
        env={**os.environ, "OUT_DIR": str(out)},
        capture_output=True,
        text=True,
        timeout=BUILD_TIMEOUT_S,
    )
    assert done.returncode == 0, f"scripts/package failed:\n{done.stdout[-4000:]}\n{done.stderr[-4000:]}"
    (found,) = out.glob("calmdesk_*.deb")
    assert list(out.glob("calmdesk-*.whl"))
    assert list(out.glob("calmdesk-*.tar.gz"))
    return found


@pytest.fixture(scope="module")
def deb(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return _build(tmp_path_factory.mktemp("dist"))


@pytest.fixture(scope="module")
def older_deb(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The same tree built as an older release: what an agent's machine had before IT pushed this one."""
    return _build(tmp_path_factory.mktemp("dist-older"), "--version", OLDER, "--no-lintian")


@contextmanager
def package_lock() -> Iterator[None]:
    LOCK.parent.mkdir(parents=True, exist_ok=True)
    with LOCK.open("w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        yield


@pytest.fixture
def installed(deb: Path) -> Iterator[Path]:
    with package_lock():
        try:
            _apt("install", "--no-install-recommends", str(deb))
            yield deb
        finally:
            if _installed():
                _apt("purge", "calmdesk")


def _installed() -> bool:
    state = subprocess.run(
        ["dpkg-query", "-W", "-f=${Status}", "calmdesk"], capture_output=True, text=True, check=False
    )
    return state.returncode == 0 and "installed" in state.stdout.split()


def _start(session: XSession, log: Path) -> subprocess.Popen[bytes]:
    with log.open("ab") as out:
        return subprocess.Popen(
            [str(PROGRAM), "--hotkey", "Ctrl+Alt+Space"],
            env=session.env,
            stdin=subprocess.DEVNULL,
            stdout=out,
            stderr=out,
            cwd="/",
        )


def copy_with_the_hotkey(session: XSession, query: str, expected: str) -> None:
    xdotool(session, "key", "ctrl+alt+space")
    wait_for(lambda: popup_windows(session), 10, "the CalmDesk popup")
    xdotool(session, "type", "--delay", "20", query)
    xdotool(session, "key", "Return")
    wait_for(lambda: clipboard(session) == expected, 10, f"the clipboard to hold {expected!r}")


def visible_window(session: XSession, title: str) -> bool:
    found = subprocess.run(
        ["xdotool", "search", "--onlyvisible", "--name", title],
        env=session.env,
        capture_output=True,
        text=True,
        check=False,
    )
    return bool(found.stdout.split())


@pytest.mark.timeout(BUILD_TIMEOUT_S + 600)
def test_installed_package_starts_copies_and_leaves_data_on_purge(
    installed: Path, xsession: XSession, tmp_path: Path
) -> None:
    program = subprocess.run([str(PROGRAM), "--version"], capture_output=True, text=True, check=True, cwd="/")
    assert program.stdout.startswith("calmdesk ")
    # The package's files are where the Debian tools put them, and its bytecode was compiled at install.
    listed = subprocess.run(["dpkg", "-L", "calmdesk"], capture_output=True, text=True, check=True).stdout
    for path in (
        "/usr/share/applications/calmdesk.desktop",
        "/usr/share/icons/hicolor/scalable/apps/calmdesk.svg",
        "/usr/share/icons/hicolor/symbolic/apps/calmdesk-symbolic.svg",
        "/usr/share/metainfo/io.github.calmdesk.metainfo.xml",
        "/usr/share/man/man1/calmdesk.1.gz",
    ):
        assert path in listed.splitlines(), path
    assert any(PRIVATE_ENV.rglob("__pycache__/*.pyc"))

    log = tmp_path / "installed-calmdesk.log"
    app = _start(xsession, log)
    try:
        wait_for(lambda: READY_LINE in log.read_text(errors="replace") or app.poll() is not None, 30, "ready")
        assert app.poll() is None, log.read_text(errors="replace")
        found = subprocess.run(
            [str(PROGRAM), "search", "sorry", "wait", "--json", "--limit", "1"],
            env=xsession.env,
            capture_output=True,
            text=True,
            check=True,
        )
        expected = subprocess.run(
            [str(PROGRAM), "render", json.loads(found.stdout)[0]["id"]],
            env=xsession.env,
            capture_output=True,
            text=True,
            check=True,
        ).stdout.rstrip("\n")
        copy_with_the_hotkey(xsession, "sorry wait", expected)
        # The package installed again while the app runs (an upgrade pushed by IT): dpkg replaces the files
        # and the bytecode under it; the running app keeps working, and a window it has never opened
        # before (the editor: modules first imported now) still opens.
        _apt("install", "--reinstall", "--no-install-recommends", str(installed))
        wait_for(lambda: not popup_windows(xsession), 10, "the popup to hide")
        subprocess.run(["xclip", "-selection", "clipboard", "/dev/null"], env=xsession.env, check=True)
        copy_with_the_hotkey(xsession, "sorry wait", expected)
        edit = subprocess.run([str(PROGRAM), "edit"], env=xsession.env, capture_output=True, text=True)
        assert edit.returncode == 0, edit.stderr
        wait_for(lambda: visible_window(xsession, "^Phrases"), 15, "the phrase editor")
        assert app.poll() is None, log.read_text(errors="replace")
    finally:
        app.terminate()
        app.wait(15)

    data = Path(xsession.env["XDG_DATA_HOME"]) / "calmdesk"
    before = sorted(p.name for p in data.iterdir())
    assert before, "the app wrote no data to keep"
    _apt("purge", "calmdesk")
    assert not _installed()
    assert not PROGRAM.exists()
    assert not PRIVATE_ENV.exists()  # the bytecode compiled at install went with the package
    assert sorted(p.name for p in data.iterdir()) == before


# -- an upgrade from an older release, then removal ----------------------------------------------------------


def _known_to_dpkg() -> bool:
    """Installed, or removed with its configuration left ("rc"): either way purge cleans it up."""
    state = subprocess.run(["dpkg-query", "-W", "calmdesk"], capture_output=True, text=True, check=False)
    return state.returncode == 0


def _installed_version() -> str:
    return subprocess.run(
        ["dpkg-query", "-W", "-f=${Version}", "calmdesk"], capture_output=True, text=True, check=True
    ).stdout


def _agent_env(home: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("XDG_") and k != "DISPLAY"}
    env["HOME"] = str(home)
    for var in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME"):
        (home / var.lower()).mkdir(parents=True, exist_ok=True)
        env[var] = str(home / var.lower())
    return env


def _calmdesk(env: dict[str, str], *args: str) -> str:
    done = subprocess.run(
        [str(PROGRAM), *args], env=env, capture_output=True, text=True, cwd="/", timeout=120
    )
    assert done.returncode == 0, f"calmdesk {' '.join(args)}: {done.stderr}"
    return done.stdout


def _without_clocks(complaint: dict[str, object]) -> dict[str, object]:
    """A complaint as stored: its reply clock ("waited 95 s", then "late") runs on while the test does."""
    return {key: value for key, value in complaint.items() if key != "reply"}


def _what_the_agent_has(env: dict[str, str]) -> dict[str, object]:
    """Everything the agent would look for after the upgrade, as the installed program reports it."""
    config = Path(env["XDG_CONFIG_HOME"])
    return {
        "current complaint": _without_clocks(json.loads(_calmdesk(env, "complaint", "status", "--json"))),
        "open complaints": [
            _without_clocks(c) for c in json.loads(_calmdesk(env, "complaint", "list", "--json"))
        ],
        "closed complaints": json.loads(_calmdesk(env, "complaint", "history", "--json")),
        "reminders": json.loads(_calmdesk(env, "followups", "--json")),
        "phrases": json.loads(_calmdesk(env, "list", "--json")),
        "autostart": json.loads(_calmdesk(env, "autostart", "status", "--json")),
        "settings file": (config / "calmdesk" / "settings.toml").read_bytes(),
    }


def _data_files(env: dict[str, str]) -> dict[str, bytes]:
    data = Path(env["XDG_DATA_HOME"]) / "calmdesk"
    return {str(p.relative_to(data)): p.read_bytes() for p in sorted(data.rglob("*")) if p.is_file()}


@pytest.mark.timeout(2 * BUILD_TIMEOUT_S + 600)
def test_an_upgrade_keeps_the_agents_data_and_settings_and_removal_leaves_them(
    deb: Path, older_deb: Path, tmp_path: Path
) -> None:
    env = _agent_env(tmp_path / "agent")
    with package_lock():
        try:
            _apt("install", "--no-install-recommends", str(older_deb))
            assert _installed_version() == OLDER
            assert _calmdesk(env, "--version").strip() == f"calmdesk {OLDER}"

            # A day's work with the older release: complaints, a follow-up, own phrases, autostart, settings.
            _calmdesk(
                env, "complaint", "new", "--customer", "Dana Okafor", "--channel", "email", "--anger", "4"
            )
            _calmdesk(env, "complaint", "step", "listen")
            _calmdesk(env, "complaint", "close", "--follow-up", "2d")
            _calmdesk(
                env, "complaint", "new", "--customer", "Ana Souza", "--channel", "chat", "--ticket", "T-77"
            )
            _calmdesk(env, "complaint", "step", "2")
            mine = tmp_path / "mine.csv"
            mine.write_text(
                "title,text,category\nRefund on its way,Your refund left us today; it reaches you in 3 days.,"
                "commitment\n",
                encoding="utf-8",
            )
            _calmdesk(env, "import", "csv", str(mine))
            _calmdesk(env, "autostart", "on")
            older_python = PRIVATE_ENV / "bin" / "python"
            subprocess.run(
                [
                    str(older_python),
                    "-c",
                    "import dataclasses\n"
                    "from calmdesk.store.settings import load_settings, save_settings\n"
                    "settings, _ = load_settings()\n"
                    "save_settings(dataclasses.replace(settings, agent_name='Sam', hotkey='Ctrl+Alt+K',"
                    " auto_paste=False))\n",
                ],
                env=env,
                check=True,
                cwd="/",
            )
            before = _what_the_agent_has(env)
            assert "Refund on its way" in json.dumps(before["phrases"])
            assert before["reminders"], "the closed complaint's follow-up"
            files = _data_files(env)

            _apt("install", "--no-install-recommends", str(deb))  # what IT pushes: the newer release
            newer = _calmdesk(env, "--version").strip().removeprefix("calmdesk ")
            assert newer != OLDER
            assert _installed_version() == newer
            assert any(PRIVATE_ENV.rglob("__pycache__/*.pyc"))  # compiled again for the new files

            assert _what_the_agent_has(env) == before
            assert json.loads(_calmdesk(env, "autostart", "status", "--json"))["command"].startswith(
                str(PROGRAM)
            )

            # Removing the package (not purging) leaves every file of the agent's as it was.
            files = _data_files(env)
            _apt("remove", "calmdesk")
            assert not PROGRAM.exists()
            assert _data_files(env) == files
            assert (Path(env["XDG_CONFIG_HOME"]) / "calmdesk" / "settings.toml").read_bytes() == before[
                "settings file"
            ]
            assert (Path(env["XDG_CONFIG_HOME"]) / "autostart" / "calmdesk.desktop").is_file()
        finally:
            if _known_to_dpkg():
                _apt("purge", "calmdesk")
