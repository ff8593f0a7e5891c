"""Team pack folders watched in the running app: a change reloads once, problems are told once."""

from __future__ import annotations

import shutil
import threading
from pathlib import Path

from PySide6.QtCore import QTimer

from calmdesk.app.pack_control import PackControl
from calmdesk.core.library import load_library

PACK = """\
[pack]
id = "team-live"
name = "Team live"
language = "en"
version = "{version}"

[[phrase]]
id = "team.live-{word}"
category = "solution"
title = "Live {word}"
text = "The {word} answer."
"""


def _write(folder: Path, word: str, version: str = "1.0.0") -> None:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "team.toml").write_text(PACK.format(word=word, version=version), encoding="utf-8")


def _control(qtbot, folder: Path, cache: Path | None = None) -> PackControl:
    control = PackControl(lambda: load_library([folder], cache_dir=cache), [folder])
    control.remember_shown(load_library([folder], cache_dir=cache).problems)
    return control


def test_a_changed_pack_file_reloads_once_after_a_quiet_moment(qtbot, tmp_path: Path) -> None:
    share = tmp_path / "share"
    _write(share, "heron")
    control = _control(qtbot, share)
    with qtbot.waitSignal(control.reloaded, timeout=5000) as reloaded:
        _write(share, "egret", "1.1.0")
        _write(share, "egret", "1.1.1")  # a burst of saves: one reload
    library, seconds = reloaded.args
    assert library.get("team.live-egret") is not None
    assert library.get("team.live-heron") is None
    assert seconds < 5
    with qtbot.assertNotEmitted(control.reloaded, wait=800):
        pass


def test_a_new_file_in_the_folder_is_picked_up(qtbot, tmp_path: Path) -> None:
    share = tmp_path / "share"
    _write(share, "heron")
    control = _control(qtbot, share)
    with qtbot.waitSignal(control.reloaded, timeout=5000) as reloaded:
        extra = PACK.format(word="ibis", version="1").replace('"team-live"', '"team-extra"')
        (share / "extra.toml").write_text(extra, encoding="utf-8")
    assert reloaded.args[0].get("team.live-ibis") is not None


def test_a_broken_file_is_told_once_and_the_rest_still_loads(qtbot, tmp_path: Path) -> None:
    share = tmp_path / "share"
    _write(share, "heron")
    good = PACK.format(word="crane", version="1").replace('"team-live"', '"team-other"')
    (share / "other.toml").write_text(good, encoding="utf-8")
    control = _control(qtbot, share)
    with qtbot.waitSignal(control.problemsFound, timeout=5000) as found:
        (share / "team.toml").write_text("[pack\nid = ", encoding="utf-8")
    assert any(p.file.endswith("team.toml") for p in found.args[0])
    assert control.reload().get("team.live-crane") is not None
    with qtbot.assertNotEmitted(control.problemsFound):
        control.reload()  # the same problem is not told again


def test_an_unreachable_share_is_said_once_and_its_copy_used(qtbot, tmp_path: Path) -> None:
    share, cache = tmp_path / "share", tmp_path / "cache"
    _write(share, "heron")
    control = _control(qtbot, share, cache)
    shutil.rmtree(share)
    with qtbot.waitSignal(control.problemsFound, timeout=2000) as found:
        library = control.reload()
    assert library.get("team.live-heron") is not None
    assert "cannot be reached" in found.args[0][0].message
    with qtbot.assertNotEmitted(control.problemsFound):
        control.reload()


def _many(count: int) -> str:
    head = '[pack]\nid = "team-many"\nname = "Team many"\nlanguage = "en"\nversion = "1.0.0"\n'
    return head + "".join(
        f'\n[[phrase]]\nid = "team.many-{n}"\ncategory = "solution"\ntitle = "Many {n}"\n'
        f'text = "Answer {n}."\n'
        for n in range(count)
    )


def _count(library) -> int:  # type: ignore[no-untyped-def]
    return sum(p.id.startswith("team.many-") for p in library.phrases)


def test_a_pack_cut_in_place_keeps_its_copy_then_is_taken_once_it_settles(qtbot, tmp_path: Path) -> None:
    # Issue 15, point 14: a shorter pack that still parses is a writer's pause until it stops changing;
    # nothing is announced meanwhile, and the app looks again by itself (a finished write sends no event).
    share, cache = tmp_path / "share", tmp_path / "cache"
    share.mkdir()
    (share / "many.toml").write_text(_many(100), encoding="utf-8")
    control = _control(qtbot, share, cache)
    got: list[int] = []
    control.reloaded.connect(lambda library, _seconds: got.append(_count(library)))
    with qtbot.assertNotEmitted(control.problemsFound, wait=0):
        with qtbot.waitSignal(control.reloaded, timeout=5000):
            (share / "many.toml").write_text(_many(40), encoding="utf-8")
        assert got == [100], "the last good copy is kept while the file may still be being written"
        qtbot.waitUntil(lambda: got[-1:] == [40], timeout=20_000)  # no event: the control looked again


def test_a_change_is_loaded_off_the_gui_thread_and_the_event_loop_keeps_running(
    qtbot, tmp_path: Path
) -> None:
    # Issue 15, point 13: a reload of a big folder took 2.9-4.5 s on the GUI thread; `calmdesk toggle` (an
    # event on that thread) waited for it. Here the load blocks until the test lets it go.
    share = tmp_path / "share"
    _write(share, "heron")
    release = threading.Event()
    threads: list[str] = []

    def slow_load():  # type: ignore[no-untyped-def]
        threads.append(threading.current_thread().name)
        assert release.wait(30)
        return load_library([share])

    control = PackControl(slow_load, [share])
    ticks: list[int] = []
    timer = QTimer()
    timer.timeout.connect(lambda: ticks.append(1))
    timer.start(20)
    _write(share, "egret", "1.1.0")
    qtbot.waitUntil(lambda: bool(threads), timeout=5000)
    seen = len(ticks)
    qtbot.waitUntil(lambda: len(ticks) > seen + 3, timeout=5000)  # the GUI thread runs while it loads
    assert control.pending()
    with qtbot.waitSignal(control.reloaded, timeout=5000) as reloaded:
        release.set()
    timer.stop()
    assert threads == ["calmdesk-pack-reload"]
    assert reloaded.args[0].get("team.live-egret") is not None
    assert not control.pending()


def test_the_loader_goes_away_on_the_gui_thread_never_the_loading_one(qtbot, tmp_path: Path) -> None:
    """A loader may hold a QObject (LibraryControl's methods do): when the loading thread held the last
    reference, a test that dropped its control as the load ended had Qt destroy it on that thread and
    abort ("Socket notifiers cannot be enabled or disabled from another thread")."""
    import gc
    import weakref

    from calmdesk.core.library import Library

    go = threading.Event()

    class Loader:
        def __call__(self) -> Library:
            go.wait(10)  # until the test has let go of it: then only the control and the thread hold it
            return Library()

    gone_on: list[str] = []
    loader = Loader()
    weakref.finalize(loader, lambda: gone_on.append(threading.current_thread().name))
    control = PackControl(Loader(), [tmp_path])
    with qtbot.waitSignal(control.reloaded, timeout=10_000):
        control.reload_in_background(loader)
        del loader
        go.set()
    for thread in threading.enumerate():
        if thread.name == "calmdesk-pack-reload":
            thread.join(10)
    gc.collect()
    assert gone_on == [threading.main_thread().name]
