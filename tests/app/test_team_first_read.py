"""The app's first read of its team folders runs on a thread: the GUI thread parses only what is on this
machine, the team phrases join when read, and the start-up notice waits for their problems."""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from calmdesk.app.library_control import LibraryControl
from calmdesk.core import library_cache
from calmdesk.store.settings import Settings
from calmdesk.ui.common.notices import Notices

PACK = """\
[pack]
id = "first-team"
name = "First team"
language = "en"
version = "1.0.0"

[[phrase]]
id = "team.first-okapi"
category = "solution"
title = "Okapi answer"
text = "The okapi answer."
"""


pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support raise\(\)")


@pytest.fixture(autouse=True)
def controls_go_away_on_this_thread() -> Iterator[None]:
    """A LibraryControl a test is done with sits in a reference cycle (its PackControl's loader is its own
    method) until the cyclic collector runs: on whichever thread allocates then, which may be the next
    test's loading thread, where Qt aborts on destroying it. Collected here, on the GUI thread."""
    yield
    # The loading threads end by themselves; the store writer and the picker's reading pool live as long as
    # their owner (an earlier test's window among them) and would only cost each test 10 s of waiting.
    for thread in threading.enumerate():
        if thread.name.startswith(("calmdesk-index", "calmdesk-pack-reload")):
            thread.join(10)
    gc.collect()


@pytest.fixture
def parsed_where(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, list[Path]]]:
    """(thread name, folders) of every parse of pack folders the library cache makes."""
    calls: list[tuple[str, list[Path]]] = []
    real = library_cache.load_library

    def watched(dirs, **kwargs):
        calls.append((threading.current_thread().name, list(dirs)))
        return real(dirs, **kwargs)

    monkeypatch.setattr(library_cache, "load_library", watched)
    return calls


def _team(tmp_path: Path) -> Path:
    team = tmp_path / "team"
    team.mkdir()
    (team / "team.toml").write_text(PACK, encoding="utf-8")
    return team


def test_a_team_folder_seen_first_is_parsed_off_the_gui_thread(qtbot, tmp_path: Path, parsed_where) -> None:
    team = _team(tmp_path)
    control = LibraryControl(Settings(pack_dirs=(str(team),)), [], Notices())
    control.lay_over(None)
    on_gui = [dirs for name, dirs in parsed_where if name == threading.main_thread().name]
    assert all(team not in dirs for dirs in on_gui), "the team folder was parsed on the GUI thread"
    assert control.library.get("team.first-okapi") is None  # not read yet: the built-in phrases work
    assert len(control.library.phrases) > 50

    with qtbot.waitSignal(control.changed, timeout=10_000) as changed:
        pass
    index, library = changed.args
    assert library.get("team.first-okapi") is not None
    assert [hit.phrase.id for hit in index.search("okapi")][:1] == ["team.first-okapi"]
    assert ("calmdesk-pack-reload", [team]) in parsed_where


def test_the_next_start_reads_the_teams_from_the_cache_still_off_the_gui_thread(
    qtbot, tmp_path: Path, parsed_where
) -> None:
    team = _team(tmp_path)
    first = LibraryControl(Settings(pack_dirs=(str(team),)), [], Notices())
    first.lay_over(None)
    qtbot.waitUntil(lambda: not first.packs.pending(), timeout=10_000)
    parsed_where.clear()

    second = LibraryControl(Settings(pack_dirs=(str(team),)), [], Notices())
    second.lay_over(None)
    with qtbot.waitSignal(second.changed, timeout=10_000) as changed:
        pass
    assert changed.args[1].get("team.first-okapi") is not None
    assert parsed_where == [], "the whole library came from the cache; nothing was parsed"


def test_the_start_up_notice_waits_for_the_team_folders_problems(qtbot, tmp_path: Path) -> None:
    team = tmp_path / "team"
    team.mkdir()
    (team / "broken.toml").write_text("[pack\nid = ", encoding="utf-8")
    notices = Notices()
    notices.problems("Some settings were not understood", ["colour: unknown setting"])
    control = LibraryControl(Settings(pack_dirs=(str(team),)), [], notices)
    control.lay_over(None)
    told: list[bool] = []
    control.after_teams_read(lambda: told.append(True))
    assert told == []  # not before the folder is read
    qtbot.waitUntil(lambda: told == [True], timeout=10_000)
    notices.flush()
    [box] = notices.shown()
    assert "broken.toml" in box.detailedText()
    assert "colour" in box.detailedText()
    box.close()


def test_without_team_folders_nothing_waits(qtbot) -> None:
    control = LibraryControl(Settings(), [], Notices())
    told: list[bool] = []
    control.after_teams_read(lambda: told.append(True))
    assert told == [True]
    assert not control.packs.pending()


def test_a_team_folder_added_in_the_settings_is_read_off_the_gui_thread(
    qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from calmdesk.app import library_control

    team = _team(tmp_path)
    reads: list[str] = []
    real = library_control.load_configured

    def watched(*args, **kwargs):
        reads.append(threading.current_thread().name)
        return real(*args, **kwargs)

    monkeypatch.setattr(library_control, "load_configured", watched)
    control = LibraryControl(Settings(), [], Notices())
    control.lay_over(None)
    with qtbot.waitSignal(control.changed, timeout=10_000) as changed:
        control.set_settings(Settings(pack_dirs=(str(team),)))
        assert control.library.get("team.first-okapi") is None  # saving the settings did not wait for it
    assert changed.args[1].get("team.first-okapi") is not None
    assert reads == ["calmdesk-pack-reload"]


def test_a_huge_user_layer_is_indexed_off_the_gui_thread_at_start(
    qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # 300,000 imported phrases took 12 s of CPU to index before the tray and the hotkey came up.
    from calmdesk.app import library_control
    from calmdesk.core.model import Phrase
    from calmdesk.store.phrase_rows import UserPhrase

    class Imported:
        def all(self) -> list[UserPhrase]:
            return [
                UserPhrase(Phrase(f"imported.{word}", "solution", f"{word} reply", f"The {word}.", "user"))
                for word in ("quokka", "numbat", "bilby")
            ]

        def hidden(self) -> frozenset[str]:
            return frozenset()

    monkeypatch.setattr(library_control, "INDEX_AT_START_AT_MOST", 2)
    control = LibraryControl(Settings(), [], Notices())
    with qtbot.waitSignal(control.changed, timeout=10_000) as changed:
        index = control.lay_over(Imported())  # type: ignore[arg-type]
        assert control.library.get("imported.quokka") is not None  # copies and lookups have them at once
        assert [hit.phrase.id for hit in index.search("quokka")] == []  # the search, once indexed
    later, library = changed.args
    assert [hit.phrase.id for hit in later.search("quokka")][:1] == ["imported.quokka"]
    assert library.get("imported.numbat") is not None
    assert control.index is later


def test_the_team_read_waits_for_the_event_loop(qtbot, tmp_path: Path, parsed_where) -> None:
    """Begun while the tray, the hotkey and the picker are still being built, the read's thread took the
    GIL from them (10,000 team phrases: the start 1.24x the built-in-only). It begins once the loop runs,
    and is pending from the start, so whoever waits for it (a test, the benchmark) does wait."""
    team = _team(tmp_path)
    control = LibraryControl(Settings(pack_dirs=(str(team),)), [], Notices())
    control.lay_over(None)
    assert control.packs.pending()
    assert not any(name == "calmdesk-pack-reload" for name, _dirs in parsed_where)
    assert all(t.name != "calmdesk-pack-reload" for t in threading.enumerate())
    with qtbot.waitSignal(control.changed, timeout=10_000) as changed:
        pass
    assert changed.args[1].get("team.first-okapi") is not None
    assert not control.packs.pending()
