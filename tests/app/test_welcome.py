"""The first-start welcome: shown once per profile, remembered only once it was seen, never in the way."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest

from calmdesk.app.welcome import MARKER, welcome_once


def test_shown_once_then_remembered(tmp_path: Path) -> None:
    shown: list[int] = []
    state = tmp_path / "state"
    assert welcome_once(state, lambda: shown.append(1) or True)
    assert (state / MARKER).exists()
    assert not welcome_once(state, lambda: shown.append(2) or True)
    assert shown == [1]


def test_a_welcome_nobody_saw_is_tried_again(tmp_path: Path) -> None:
    assert not welcome_once(tmp_path, lambda: False)
    assert not (tmp_path / MARKER).exists()
    assert welcome_once(tmp_path, lambda: True)


def test_a_state_folder_that_cannot_be_written_costs_nothing_but_another_welcome(tmp_path: Path) -> None:
    blocked = tmp_path / "file-not-folder"
    blocked.write_text("x")
    assert welcome_once(blocked / "state", lambda: True)


def test_the_name_and_company_are_asked_once_unless_both_are_set(tmp_path: Path) -> None:
    from calmdesk.app.welcome import introduce_once

    asked: list[int] = []
    assert not introduce_once(tmp_path, True, lambda: asked.append(0))  # both set: nothing to ask
    assert introduce_once(tmp_path, False, lambda: asked.append(1))
    assert not introduce_once(tmp_path, False, lambda: asked.append(2))  # "Later" is not asked again
    assert asked == [1]


def test_a_state_folder_that_cannot_be_written_is_logged_in_the_language_spoken(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    from calmdesk.core import messages

    blocked = tmp_path / "state"
    blocked.write_text("a file where the state folder should be", encoding="utf-8")
    messages.use("fr")
    try:
        with caplog.at_level(logging.WARNING):
            assert welcome_once(blocked, lambda: True)
    finally:
        messages.use(None)
    assert "impossible de retenir l'accueil du premier démarrage" in caplog.text
