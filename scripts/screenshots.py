"""Screenshots of the real app in a throwaway X session (Xvfb + openbox + trayer), cropped to each window.

usage: python scripts/screenshots.py [OUT_DIR]   (default docs/screenshots; needs xvfb openbox trayer xdotool
imagemagick). Each shot starts a fresh session and a fresh `calmdesk` with its own XDG folders, drives it with
xdotool exactly as an agent's keyboard would, and crops the screen to the window plus a small margin.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
PYTHON = sys.executable
SETTINGS = 'agent_name = "Sam"\ncompany = "ACME Support"\n'
BACKDROP = "#5b6770"  # a neutral desktop, so the popup's rounded border shows in the crop
MARGIN = 12

# A dark desktop, as a KDE/GNOME dark theme hands it to Qt: the app must follow the palette it is given.
DARK_LAUNCHER = """
import sys
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication
app = QApplication(sys.argv[:1])
app.setStyle("Fusion")
p = QPalette()
for role, colour in {
    "Window": "#2b2d30", "WindowText": "#e6e6e6", "Base": "#1f2023", "AlternateBase": "#2b2d30",
    "Text": "#e6e6e6", "Button": "#35373b", "ButtonText": "#e6e6e6", "Highlight": "#3d7fc1",
    "HighlightedText": "#ffffff", "Mid": "#55585e", "PlaceholderText": "#8f9399", "ToolTipBase": "#2b2d30",
    "ToolTipText": "#e6e6e6", "Light": "#45484d", "Dark": "#18191b", "Midlight": "#3a3c40",
}.items():
    p.setColor(getattr(QPalette.ColorRole, role), QColor(colour))
app.setPalette(p)
from calmdesk.app.main import run
raise SystemExit(run())
"""


# Two weeks of made-up work, so the statistics window has something to draw (fixed seed: the same picture).
SEEDED_LAUNCHER = """
import random
from datetime import UTC, datetime, timedelta
from calmdesk.core.library import load_library
from calmdesk.store.userstore import UserStore
random.seed(4)
ids = [p.id for p in load_library().phrases][:40]
now = datetime.now(UTC)
with UserStore.open() as store:
    book = store.complaints
    for n in range(38):
        start = now - timedelta(days=random.randint(0, 13), hours=random.randint(1, 8))
        channel = random.choice(["chat", "chat", "email", "phone", "social"])
        book.new(customer=f"C{n}", channel=channel, at=start)
        for step in ("prepare", "listen", "empathize", "apologize", "take_ownership", "close"):
            if random.random() < 0.8:
                book.tick(step, at=start + timedelta(minutes=1))
        for k in range(random.randint(1, 4)):
            pid = random.choice(ids)
            book.record_copy(pid, at=start + timedelta(seconds=60 * (k + 1) * random.randint(1, 5)))
            store.record_use(pid)
        if n > 3:
            book.close(at=start + timedelta(minutes=random.randint(5, 60)))
    store.mark_worked("empathy.sounds-frustrating", "late parcel")
from calmdesk.app.main import run
raise SystemExit(run())
"""


@dataclass
class Session:
    env: dict[str, str]
    procs: list[subprocess.Popen[bytes]] = field(default_factory=list)

    def run(self, *argv: str, check: bool = True) -> str:
        done = subprocess.run(argv, env=self.env, capture_output=True, text=True, check=False)
        if check and done.returncode != 0:
            raise RuntimeError(f"{argv[0]} failed: {done.stderr.strip()}")
        return done.stdout

    def keys(self, *keys: str) -> None:
        self.run("xdotool", "key", "--delay", "60", *keys)
        time.sleep(0.4)

    def type(self, text: str) -> None:
        self.run("xdotool", "type", "--delay", "40", text)
        time.sleep(0.4)

    def window(self, pattern: str) -> tuple[int, int, int, int, str]:
        """Geometry (x, y, w, h) and id of the largest visible window whose title matches `pattern`."""
        best: tuple[int, int, int, int, str] | None = None
        for wid in self.run("xdotool", "search", "--onlyvisible", "--name", pattern, check=False).split():
            info = dict(
                line.split("=", 1)
                for line in self.run("xdotool", "getwindowgeometry", "--shell", wid).split()
            )
            geo = (int(info["X"]), int(info["Y"]), int(info["WIDTH"]), int(info["HEIGHT"]), wid)
            if best is None or geo[2] * geo[3] > best[2] * best[3]:
                best = geo
        if best is None:
            raise RuntimeError(f"no visible window matching {pattern!r}")
        return best

    def outer(self, wid: str) -> tuple[int, int, int, int]:
        """Root geometry of the window's top-level ancestor: the window manager's frame and title bar."""
        from Xlib import display

        conn = display.Display(self.env["DISPLAY"])
        try:
            root = conn.screen().root
            window = conn.create_resource_object("window", int(wid))
            while (parent := window.query_tree().parent) != root:
                window = parent
            geo = window.get_geometry()
            return geo.x, geo.y, geo.width + 2 * geo.border_width, geo.height + 2 * geo.border_width
        finally:
            conn.close()

    def shot(self, out: Path, pattern: str) -> None:
        x, y, w, h = self.outer(self.window(pattern)[4])
        crop = f"{w + 2 * MARGIN}x{h + 2 * MARGIN}+{max(0, x - MARGIN)}+{max(0, y - MARGIN)}"
        self.run("import", "-window", "root", "-crop", crop, "+repage", "-strip", str(out))
        # Palette-quantised PNGs are a fraction of the size and look the same for flat UI art.
        self.run("convert", str(out), "-colors", "256", "PNG8:" + str(out))
        print(f"screenshots: {out.relative_to(REPO) if out.is_relative_to(REPO) else out}")


def _shot_area(self: Session, out: Path, _unused: str, crop: str) -> None:
    self.run("import", "-window", "root", "-crop", crop, "+repage", "-strip", str(out))
    self.run("convert", str(out), "-colors", "256", "PNG8:" + str(out))
    print(f"screenshots: {out.relative_to(REPO) if out.is_relative_to(REPO) else out}")


Session.shot_area = _shot_area  # type: ignore[attr-defined]


@contextmanager
def x_session(size: str, extra_env: dict[str, str], launcher: list[str]) -> Iterator[Session]:
    """Xvfb at `size`, openbox, trayer, and CalmDesk (ready when it prints its ready line)."""
    home = Path(tempfile.mkdtemp(prefix="calmdesk-shots-"))
    env = {k: v for k, v in os.environ.items() if k not in ("WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    for var in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_STATE_HOME", "XDG_RUNTIME_DIR", "XDG_CACHE_HOME"):
        (home / var).mkdir(mode=0o700)
        env[var] = str(home / var)
    (home / "XDG_CONFIG_HOME" / "calmdesk").mkdir()
    (home / "XDG_CONFIG_HOME" / "calmdesk" / "settings.toml").write_text(SETTINGS, encoding="utf-8")
    read_fd, write_fd = os.pipe()
    xvfb = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write_fd), "-screen", "0", f"{size}x24", "-nolisten", "tcp"],
        pass_fds=(write_fd,),
        stderr=subprocess.DEVNULL,
    )
    os.close(write_fd)
    with os.fdopen(read_fd) as pipe:
        display = pipe.readline().strip()
    env.update(DISPLAY=f":{display}", XDG_SESSION_TYPE="x11", QT_QPA_PLATFORM="xcb", **extra_env)
    session = Session(env, [xvfb])
    try:
        for argv in (["openbox", "--sm-disable"], ["trayer", "--edge", "top", "--align", "right"]):
            session.procs.append(subprocess.Popen(argv, env=env, stderr=subprocess.DEVNULL))
        time.sleep(0.8)
        _paint_backdrop(env["DISPLAY"])
        app = subprocess.Popen(launcher, env=env, stderr=subprocess.PIPE, text=True, cwd=REPO)
        session.procs.append(app)  # type: ignore[arg-type]
        assert app.stderr is not None
        for line in app.stderr:
            if line.strip() == "calmdesk: ready":
                break
        else:
            raise RuntimeError(f"calmdesk did not start (exit {app.wait()})")
        time.sleep(0.5)
        yield session
    finally:
        for proc in reversed(session.procs):
            proc.terminate()
            try:
                proc.wait(5)
            except subprocess.TimeoutExpired:
                proc.kill()
        shutil.rmtree(home, ignore_errors=True)


def _paint_backdrop(display_name: str) -> None:
    """A solid desktop colour (what xsetroot -solid does), through python-xlib, which the app depends on."""
    from Xlib import display

    conn = display.Display(display_name)
    screen = conn.screen()
    red, green, blue = (int(BACKDROP[i : i + 2], 16) * 257 for i in (1, 3, 5))
    pixel = screen.default_colormap.alloc_color(red, green, blue).pixel
    screen.root.change_attributes(background_pixel=pixel)
    screen.root.clear_area(0, 0, 0, 0)
    conn.sync()
    conn.close()


def _summon(s: Session) -> None:
    s.keys("ctrl+alt+space")


def _search(query: str) -> Callable[[Session], None]:
    def act(s: Session) -> None:
        _summon(s)
        s.type(query)

    return act


def _fill_in(s: Session) -> None:
    _summon(s)
    s.type("refund if")
    s.keys("Return")  # a phrase with blanks: Enter opens its form first
    s.type("12.50")


def _check(s: Session) -> None:
    _summon(s)
    s.keys("ctrl+t")  # check mode: the draft is checked as it is typed
    s.type("Hi Maria,")
    s.keys("Return")
    s.type("As I already said, it's not our fault!! Per our policy there is nothing I can do.")
    s.keys("alt+Down")


def _tray_menu(entries_down: int) -> Callable[[Session], None]:
    """Open the tray icon's menu with a right click and walk it with the keyboard (as a user would)."""

    def act(s: Session) -> None:
        x, y, w, h = _tray_icon(s)
        s.run("xdotool", "mousemove", str(x + w // 2), str(y + h // 2), "click", "3")
        time.sleep(0.5)
        s.keys(*(["Down"] * entries_down), "Return")
        time.sleep(0.5)

    return act


def _tray_icon(s: Session) -> tuple[int, int, int, int]:
    for wid in s.run("xdotool", "search", "--onlyvisible", "--class", "calmdesk").split():
        info = dict(
            line.split("=", 1) for line in s.run("xdotool", "getwindowgeometry", "--shell", wid).split()
        )
        if int(info["WIDTH"]) <= 64:
            return int(info["X"]), int(info["Y"]), int(info["WIDTH"]), int(info["HEIGHT"])
    raise RuntimeError("no tray icon")


def _cli(s: Session, *args: str) -> None:
    s.run(PYTHON, "-m", "calmdesk", *args)


def _open(window: str, *keys: str) -> Callable[[Session], None]:
    """A window of the running app, asked for from the command line (`calmdesk settings`), then `keys`."""

    def act(s: Session) -> None:
        _cli(s, window)
        time.sleep(1.0)
        if keys:
            s.keys(*keys)
            time.sleep(0.5)

    return act


def _complaint_under_way(s: Session) -> None:
    """A chat complaint a few minutes in: customer, ticket, anger, the first steps ticked, a phrase sent."""
    _cli(s, "complaint", "new", "--customer", "Ana Souza", "--channel", "chat", "--ticket", "A-1042",
         "--topic", "late delivery", "--anger", "4")  # fmt: skip
    _cli(s, "complaint", "new", "--customer", "Ben Ito", "--channel", "email", "--topic", "refund")
    _cli(s, "complaint", "switch", "1")
    for step in ("prepare", "listen", "empathize"):
        _cli(s, "complaint", "step", step)
    time.sleep(0.8)  # the app notices the CLI's writes within a second


def _panel_beside_chat(s: Session) -> None:
    _complaint_under_way(s)
    s.procs.append(subprocess.Popen([PYTHON, str(REPO / "scripts" / "chat_window.py")], env=s.env))
    time.sleep(1.5)
    _cli(s, "show", "--checklist")
    time.sleep(1.0)
    wid = s.window("^Checklist")[4]
    s.run("xdotool", "windowmove", wid, "620", "40")
    time.sleep(0.6)


def _picker_for_complaint(s: Session) -> None:
    _complaint_under_way(s)
    _search("sorry wait")(s)


def _new_complaint_form(s: Session) -> None:
    _summon(s)
    s.keys("ctrl+n")
    s.type("Ana Souza")
    s.keys("Tab")


def _followups(history: bool) -> Callable[[Session], None]:
    def act(s: Session) -> None:
        _complaint_under_way(s)
        _cli(s, "complaint", "close", "--follow-up", "2d")
        _cli(s, "complaint", "new", "--customer", "Chris Doe", "--channel", "phone", "--anger", "2")
        _cli(s, "complaint", "step", "prepare")
        _cli(s, "complaint", "close", "--follow-up", "4h")
        time.sleep(0.8)
        _tray_menu(4)(s)  # Follow-ups and history, walked to as a user would
        if history:
            s.keys("alt+h")

    return act


def _due_reminder(s: Session) -> None:
    """A check-in reminder falls due: the tray balloon says so (no notification server in this session),
    and the follow-ups window lists it as due."""
    _complaint_under_way(s)
    s.run(PYTHON, "-c", DUE_REMINDER)
    time.sleep(11)  # the app looks for due reminders every ten seconds; the balloon stays 30 s


DUE_REMINDER = """
from datetime import UTC, datetime, timedelta
from calmdesk.store.userstore import UserStore
with UserStore.open() as store:
    store.complaints.add_reminder("check_in", datetime.now(UTC) - timedelta(seconds=5),
                                  note="Check in with Ana Souza", complaint_id=1)
"""


def _editor(s: Session) -> None:
    """`calmdesk edit`, then a search and a phrase with blanks, as an agent would look one up to change it."""
    s.run(PYTHON, "-m", "calmdesk", "edit")
    time.sleep(1.0)
    s.keys("ctrl+f")  # the first field has the first focus: the search is a key away
    s.type("refund")
    s.keys("Tab", "Tab", "Tab", "Down", "Down")


def _choices(s: Session) -> None:
    """The example pack imported while the app runs, then its dropdown and optional sentence filled in."""
    example = REPO / "docs" / "examples" / "fill-in-examples.toml"
    s.run(PYTHON, "-m", "calmdesk", "import", "calmdesk", str(example))
    time.sleep(1.5)  # the running app sees its data file change and loads the new phrases
    _summon(s)
    s.type("replacement on its way")
    s.keys("Return")  # into the form: the first blank
    s.type("Ana")
    s.keys("Tab")
    s.type("A-17")
    s.keys("Tab", "Down", "Tab", "space")  # 3-5 working days, and the voucher sentence ticked


def _import_preview(s: Session) -> None:
    """Ctrl+I in the editor, an Espanso sample file typed in, Enter for the preview."""
    s.run(PYTHON, "-m", "calmdesk", "edit")
    time.sleep(1.0)
    s.keys("ctrl+i")
    s.keys("Tab")  # from the format box to the path
    s.type(str(REPO / "tests" / "core" / "importers" / "samples" / "espanso-base.yml"))
    s.keys("Return")
    time.sleep(1.5)


APP = [PYTHON, "-m", "calmdesk"]
_LAST_TAB = ("ctrl+Tab", "ctrl+Tab")  # Settings: General, Times and complaints, Languages
DARK = [PYTHON, "-c", DARK_LAUNCHER]
# name, screen size, extra environment, launcher, action, window title to crop to
SHOTS = [
    ("picker-empty", "1280x800", {}, APP, _summon, "^CalmDesk$"),
    ("picker-search", "1280x800", {}, APP, _search("sorry wait"), "^CalmDesk$"),
    ("picker-fill-in", "1280x800", {}, APP, _fill_in, "^CalmDesk$"),
    ("picker-dark", "1280x800", {}, DARK, _search("refund"), "^CalmDesk$"),
    ("picker-partial", "1280x800", {}, APP, _search("sry parcel never arrived"), "^CalmDesk$"),
    ("picker-partial-dark", "1280x800", {}, DARK, _search("sry parcel never arrived"), "^CalmDesk$"),
    ("picker-nothing", "1280x800", {}, APP, _search("zqxv xylophone"), "^CalmDesk$"),
    ("picker-200pct", "2560x1600", {"QT_SCALE_FACTOR": "2"}, APP, _search("sorry wait"), "^CalmDesk$"),
    ("picker-check", "1280x800", {}, APP, _check, "^CalmDesk$"),
    ("picker-check-dark", "1280x800", {}, DARK, _check, "^CalmDesk$"),
    # Menu: Open, New complaint, Checklist, Follow-ups, Edit phrases, Statistics, Settings, About.
    ("stats", "1280x800", {}, [PYTHON, "-c", SEEDED_LAUNCHER], _tray_menu(6), "^Your statistics"),
    ("settings", "1280x800", {}, APP, _tray_menu(7), "^Settings"),
    # Its Languages page in each interface language, as the locale picks it (nothing clipped or English).
    ("settings-es", "1280x800", {"LANG": "es_ES.UTF-8"}, APP, _open("settings", *_LAST_TAB), "^Ajustes"),
    (
        "settings-de",
        "1280x800",
        {"LANG": "de_DE.UTF-8"},
        APP,
        _open("settings", *_LAST_TAB),
        "^Einstellungen",
    ),
    ("settings-fr", "1280x800", {"LANG": "fr_FR.UTF-8"}, APP, _open("settings", *_LAST_TAB), "^Réglages"),
    (
        "settings-pt",
        "1280x800",
        {"LANG": "pt_BR.UTF-8"},
        APP,
        _open("settings", *_LAST_TAB),
        "^Configurações",
    ),
    ("about", "1280x800", {}, APP, _tray_menu(8), "^About CalmDesk"),
    ("picker-choices", "1280x800", {}, APP, _choices, "^CalmDesk$"),
    ("editor", "1280x800", {}, APP, _editor, "^Phrases"),
    ("editor-dark", "1280x800", {}, DARK, _editor, "^Phrases"),
    ("import-preview", "1280x800", {}, APP, _import_preview, "^Import phrases"),
    ("checklist-panel", "1280x800", {}, APP, _panel_beside_chat, None),
    ("checklist-panel-dark", "1280x800", {}, DARK, _panel_beside_chat, None),
    ("checklist-panel-200pct", "2560x1600", {"QT_SCALE_FACTOR": "2"}, APP, _panel_beside_chat, "^Checklist"),
    ("complaint-form", "1280x800", {}, APP, _new_complaint_form, "^New complaint$"),
    ("picker-complaint", "1280x800", {}, APP, _picker_for_complaint, "^CalmDesk$"),
    ("followups", "1280x800", {}, APP, _followups(False), "^Follow-ups and history"),
    ("history", "1280x800", {}, APP, _followups(True), "^Follow-ups and history"),
    ("reminder", "1280x800", {}, APP, _due_reminder, "area:400x110+880+0"),
]


def main(argv: list[str]) -> int:
    tools = ("Xvfb", "openbox", "trayer", "xdotool", "xprop", "import", "convert")
    missing = [tool for tool in tools if not shutil.which(tool)]
    if missing:
        print(
            f"screenshots: missing {', '.join(missing)} (apt install xvfb openbox trayer xdotool imagemagick)"
        )
        return 2
    out_dir = Path(argv[0]) if argv else REPO / "docs" / "screenshots"
    out_dir.mkdir(parents=True, exist_ok=True)
    only = set(argv[1:])
    for name, size, env, launcher, act, title in SHOTS:
        if only and name not in only:
            continue
        with x_session(size, env, launcher) as session:
            act(session)
            if title is None or title.startswith("area:"):  # a scene: several windows, or a balloon
                crop = title.removeprefix("area:") if title else "1040x800+0+0"
                session.shot_area(out_dir / f"{name}.png", "0x0", crop)
            else:
                session.shot(out_dir / f"{name}.png", title)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
