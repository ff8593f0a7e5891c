"""At a first start with something to tell (no tray, a broken pack), the question for the agent's name and
the start-up notice come one after the other: both are centred, and together one sat right over the other."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from calmdesk.app import main as app_module
from calmdesk.app.main import CalmDesk
from calmdesk.core import messages
from calmdesk.store import paths
from calmdesk.system.instance_server import InstanceServer
from calmdesk.ui.common import translation
from calmdesk.ui.common.notices import Notices

# Offscreen cannot raise a window; the notices raise theirs.
pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support raise\(\)")


@pytest.fixture
def desk(qtbot, monkeypatch) -> Iterator[CalmDesk]:
    for var in ("DISPLAY", "WAYLAND_DISPLAY", "XDG_SESSION_TYPE"):  # offscreen: no desktop, no tray
        monkeypatch.delenv(var, raising=False)
    monkeypatch.setattr(app_module, "welcome", lambda *_args, **_kwargs: False)  # no notification server
    server = InstanceServer.acquire()
    assert server is not None
    made = CalmDesk(server, hotkey=None, pack_dirs=())
    # Whatever the test machine has: one thing to tell at start, so a start-up notice is due.
    made.notices.problems("A team pack could not be read", ["broken.toml: line 1"])
    yield made
    for box in made.notices.shown():
        box.close()
    if made.windows.introduction is not None:
        made.windows.introduction.close()
    if made.store is not None:
        made.store.close()
    server.close()


def test_the_start_up_notice_waits_until_the_first_start_question_is_answered(qtbot, desk) -> None:
    desk.show_notices()
    question = desk.windows.introduction
    assert question is not None, "a first start asks for the agent's name"
    qtbot.waitExposed(question)
    qtbot.wait(300)  # the team folders' wait and the event loop: anything due would be shown by now
    assert desk.notices.shown() == [], "no notice centred over the question"
    question.reject()  # "Later"
    qtbot.waitUntil(lambda: len(desk.notices.shown()) == 1, timeout=5000)
    assert "team pack" in desk.notices.shown()[0].text() + desk.notices.shown()[0].informativeText()


def test_a_later_start_shows_the_notice_at_once(qtbot, desk) -> None:
    desk.windows.introduce()  # asked at an earlier start: not again
    if desk.windows.introduction is not None:
        desk.windows.introduction.reject()
    desk.windows.introduction = None
    desk.show_notices()
    qtbot.waitUntil(lambda: len(desk.notices.shown()) == 1, timeout=5000)
    assert desk.windows.introduction is None


def test_settings_problems_speak_the_interface_language(qtbot, qapp, monkeypatch) -> None:
    # The settings name the interface language, so they are read before it is known; their problems were
    # worded in English then, under a German title.
    paths.settings_file().parent.mkdir(parents=True, exist_ok=True)
    paths.settings_file().write_text('interface_language = "de"\nhotkee = "Ctrl+Alt+K"\n', encoding="utf-8")
    for var in ("DISPLAY", "WAYLAND_DISPLAY", "XDG_SESSION_TYPE"):
        monkeypatch.delenv(var, raising=False)
    monkeypatch.setattr(app_module, "welcome", lambda *_args, **_kwargs: False)
    told: list[tuple[str, list[str]]] = []
    monkeypatch.setattr(
        Notices, "problems", lambda _self, title, problems: told.append((title, list(problems)))
    )
    server = InstanceServer.acquire()
    assert server is not None
    try:
        made = CalmDesk(server, hotkey=None, pack_dirs=())
        if made.store is not None:
            made.store.close()
    finally:
        server.close()
        translation.install(qapp, "en")
        messages.use(None)
    settings_told = [problems for title, problems in told if "Einstellungen" in title]
    assert settings_told, told
    assert "unbekannte Einstellung 'hotkee'" in "\n".join(settings_told[0])
