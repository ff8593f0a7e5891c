"""Shared picker fixtures: a handful of hand-written phrases over the real categories, and collaborators."""

from __future__ import annotations

from dataclasses import dataclass

import pytest
from ui_helpers import FakePaster, QtClipboardWriter

from calmdesk.core.content import load_checklist
from calmdesk.core.library import Library
from calmdesk.core.model import Category, Phrase
from calmdesk.core.search import SearchIndex
from calmdesk.store.settings import Settings
from calmdesk.store.userstore import UserStore
from calmdesk.ui.common import translation
from calmdesk.ui.complaint.complaint_watch import ComplaintWatch
from calmdesk.ui.picker.picker_window import PickerWindow

CHECKLIST, _ = load_checklist()


@pytest.fixture(autouse=True)
def english_plurals(qapp) -> None:  # type: ignore[no-untyped-def]
    """The windows as an English agent sees them: English's catalogue says "1 phrase" and "2 phrases"
    (installed for each test: a test of another language, or of a missing catalogue, takes it away)."""
    translation.install(qapp, "en")


CATEGORIES = {
    "apology": Category("apology", "Apology", "Say sorry for the trouble.", "#c0392b"),
    "wait": Category("wait", "Wait", "Ask them to hold on, and say for how long.", "#f1c40f"),
    "solution": Category("solution", "Solution", "What will fix it.", "#27ae60"),
    "closing": Category("closing", "Closing", "End on a good note.", "#2980b9"),
}

PHRASES = [
    Phrase(
        "t.sorry-wait",
        "apology",
        "Sorry for the wait",
        "Sorry you had to wait so long, {{customer_name}}.",
        "test",
        tags=("sorry", "wait", "delay"),
    ),
    Phrase(
        "t.hold-on",
        "wait",
        "Please hold on",
        "Please hold on for {{minutes|2}} minutes while I check.",
        "test",
        tags=("wait", "hold"),
    ),
    Phrase(
        "t.refund",
        "solution",
        "Refund on its way",
        "Your refund for order {{order_number}} is on its way.",
        "test",
        tags=("refund", "money"),
    ),
    Phrase(
        "t.thanks",
        "closing",
        "Thanks for your patience",
        "Thank you for your patience today!",
        "test",
        tags=("thanks", "bye"),
    ),
    Phrase("t.signed", "closing", "Signed by me", "Kind regards,\n{{agent_name}}, {{company}}", "test"),
]


@dataclass(frozen=True)
class FakeHit:
    """Shaped like core.search.Hit: the model must need nothing more than `.phrase`."""

    phrase: Phrase
    score: float = 1.0


@pytest.fixture
def make_hits():
    """Turns phrases into hit-shaped objects, in the given order."""
    return lambda phrases: [FakeHit(p) for p in phrases]


@pytest.fixture
def categories() -> dict[str, Category]:
    return dict(CATEGORIES)


@pytest.fixture
def phrases() -> list[Phrase]:
    return list(PHRASES)


@pytest.fixture
def fake_paster() -> FakePaster:
    return FakePaster()


@pytest.fixture
def store(tmp_path):
    with UserStore.open(tmp_path / "user.sqlite3", backup_dir=tmp_path / "backups") as opened:
        yield opened


@pytest.fixture
def watch(qtbot, store):
    """The current complaint over the test store, as the app's windows see it."""
    made = ComplaintWatch(store.complaints, CHECKLIST, Settings(agent_name="Sam"))
    yield made
    made.stop()


@pytest.fixture
def make_picker(qtbot, store, phrases, categories):
    """Builds a PickerWindow over the test phrases with a real SearchIndex and UserStore."""

    def make(settings: Settings | None = None, *, paster=None, items=None, complaints=None) -> PickerWindow:
        items = phrases if items is None else items
        labels = {key: c.label for key, c in categories.items()}
        library = Library(phrases=tuple(items), categories=categories)
        picker = PickerWindow(
            SearchIndex(items, labels),
            library,
            settings or Settings(agent_name="Sam", company="ACME"),
            QtClipboardWriter(),
            store,
            paster,
            complaints=complaints,
        )
        qtbot.addWidget(picker)
        return picker

    return make
