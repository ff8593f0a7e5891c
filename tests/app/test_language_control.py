"""A complaint in the customer's language: the picker and the panel follow it, and go back after it."""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import QObject, Signal

from calmdesk.app.language_control import LanguageControl
from calmdesk.core.complaint import Complaint
from calmdesk.core.library import Library, load_library
from calmdesk.core.search import SearchIndex


class FakeLibraries(QObject):
    changed = Signal(object, object)

    def __init__(self, library: Library) -> None:
        super().__init__()
        self.library = library
        self.index: SearchIndex | None = SearchIndex.for_library(library)


class FakeWatch(QObject):
    changed = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.complaint: Complaint | None = None

    def current(self) -> Complaint | None:
        return self.complaint


@dataclass
class Shown:
    libraries: list[Library] = field(default_factory=list)

    def set_library(self, *args: object) -> None:
        library = args[-1]
        assert isinstance(library, Library)
        self.libraries.append(library)


def complaint(lang: str) -> Complaint:
    from datetime import UTC, datetime

    return Complaint(1, datetime(2026, 12, 6, tzinfo=UTC), customer="Lucía", lang=lang)


def test_the_picker_and_panel_follow_the_complaint_language(qtbot) -> None:  # type: ignore[no-untyped-def]
    libraries = FakeLibraries(load_library(language="en"))
    watch = FakeWatch()
    picker, panel = Shown(), Shown()
    control = LanguageControl(libraries, watch, picker, panel)  # type: ignore[arg-type]
    control.follow()
    assert picker.libraries == []  # no complaint: the agent's language, already shown

    watch.complaint = complaint("es")
    watch.changed.emit()
    assert [lib.language for lib in picker.libraries] == ["es"]
    assert [lib.language for lib in panel.libraries] == ["es"]
    wait = picker.libraries[-1].get("apology.sorry-for-the-wait")
    assert wait is not None
    assert wait.lang == "es"
    # The interface stays in the agent's language: category labels and checklist tips are English.
    assert picker.libraries[-1].categories["apology"].label == "Apology"
    assert panel.libraries[-1].step("listen").title == "Listen"  # type: ignore[union-attr]

    watch.changed.emit()  # nothing changed: nothing rebuilt
    assert len(picker.libraries) == 1

    watch.complaint = complaint("")  # a complaint in the agent's own language
    watch.changed.emit()
    assert [lib.language for lib in picker.libraries] == ["es", "en"]


def test_a_new_library_is_shown_again_in_the_complaint_language(qtbot) -> None:  # type: ignore[no-untyped-def]
    libraries = FakeLibraries(load_library(language="en"))
    watch = FakeWatch()
    watch.complaint = complaint("de")
    picker, panel = Shown(), Shown()
    control = LanguageControl(libraries, watch, picker, panel)  # type: ignore[arg-type]
    control.follow()
    assert picker.libraries[-1].language == "de"
    libraries.library = load_library(language="en")  # a team pack changed: a new base library
    libraries.changed.emit(None, libraries.library)
    assert picker.libraries[-1].language == "de"
    assert picker.libraries[-1] is not picker.libraries[0]
