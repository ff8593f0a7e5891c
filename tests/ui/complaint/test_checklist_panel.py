"""The checklist panel, the new-complaint form and the complaint watch, over a real store and clipboard."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtTest import QTest

from calmdesk.core.complaint_time import Reminder
from calmdesk.core.content import load_checklist
from calmdesk.core.library import Library
from calmdesk.core.model import Phrase
from calmdesk.store.settings import Settings
from calmdesk.store.userstore import UserStore
from calmdesk.ui.complaint.checklist_model import StepRole, StepsModel
from calmdesk.ui.complaint.checklist_panel import ChecklistPanel
from calmdesk.ui.complaint.complaint_form import ComplaintForm
from calmdesk.ui.complaint.followup_models import HistoryModel, RemindersModel

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support (raise\(\)|propagateSizeHints)")

CHECKLIST, _ = load_checklist()


class QtClipboardWriter:
    """Writes straight to QClipboard, read back with QGuiApplication.clipboard()."""

    def copy(self, text: str, html: str | None = None) -> None:
        QGuiApplication.clipboard().setText(text)


PHRASES = (
    Phrase("t.listen", "listen", "Tell me more", "Tell me more, {{customer_name}}.", "t", step="listen"),
    Phrase("t.hold", "wait", "Hold on", "Please hold for {{minutes|2}} minutes.", "t", channels=("phone",)),
    Phrase(
        "t.order",
        "questions",
        "Order number",
        "Thanks! Order {{order_number}}, right?",
        "t",
        step="gather_facts",
    ),
    Phrase("t.sorry", "apology", "Sorry", "I'm sorry, {{customer_name}}.", "t", step="apologize"),
)


@pytest.fixture
def panel(qtbot, watch, store, categories, tmp_path):
    library = Library(phrases=PHRASES, categories=categories, checklist=CHECKLIST)
    made = ChecklistPanel(
        library, Settings(agent_name="Sam"), QtClipboardWriter(), watch, store, str(tmp_path / "w.ini")
    )
    qtbot.addWidget(made)
    return made


def _current_step(panel: ChecklistPanel) -> str:
    return str(panel.steps.currentIndex().data(StepRole.Key))


def test_steps_model_passes_the_model_tester_and_follows_the_complaint(qtmodeltester, store) -> None:
    model = StepsModel(CHECKLIST)
    qtmodeltester.check(model, force_py=True)
    assert model.rowCount() == 12
    complaint = store.complaints.new(customer="Ana")
    complaint = store.complaints.tick("prepare")
    model.set_complaint(complaint)
    assert model.index(0, 0).data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
    assert model.index(1, 0).data(StepRole.IsNext) is True
    assert model.index(1, 0).data() == "2. Listen"
    qtmodeltester.check(model, force_py=True)


def test_a_step_passed_over_says_so_and_stays_the_current_one(store) -> None:
    model = StepsModel(CHECKLIST)
    store.complaints.new(customer="Ana")
    store.complaints.tick("prepare")
    complaint = store.complaints.tick("act")  # a wait phrase ticked "act and keep informed" early
    model.set_complaint(complaint)
    listen = model.index(1, 0)
    assert listen.data(StepRole.IsNext) is True, "the first open step stays the one to work on"
    assert listen.data(StepRole.Skipped) is True
    assert listen.data() == "2. Listen (skipped)"
    assert "skipped" in listen.data(Qt.ItemDataRole.AccessibleTextRole)
    close = model.index(9, 0)
    assert close.data(StepRole.Skipped) is False
    assert close.data(StepRole.IsNext) is False


def test_reminder_and_history_models_pass_the_model_tester(qtmodeltester) -> None:
    now = datetime(2026, 12, 2, 14, tzinfo=UTC)
    reminders = RemindersModel()
    reminders.set_reminders(
        [Reminder(1, "check_in", now), Reminder(2, "promise", now + timedelta(hours=1))], now
    )
    qtmodeltester.check(reminders, force_py=True)
    assert reminders.index(0, 0).data() == "Due"
    assert reminders.index(1, 0).data() == "Upcoming"
    history = HistoryModel()
    history.set_rows([{"id": 3, "customer": "", "ticket": "T-1", "closed": "2026-12-02T15:00:00+00:00"}])
    qtmodeltester.check(history, force_py=True)
    assert history.index(0, 1).data() == "T-1"
    assert history.index(0, 0).data() == "2026-12-02 15:00"


def test_space_ticks_and_unticks_the_selected_step_and_it_is_saved(qtbot, panel, watch, store) -> None:
    watch.new(customer="Ana")
    panel.summon()
    assert _current_step(panel) == "prepare"
    QTest.keyClick(panel.steps, Qt.Key.Key_Space)
    assert store.flush_uses(5)
    current = store.complaints.current()
    assert current is not None
    assert current.done_steps() == {"prepare"}
    assert _current_step(panel) == "prepare", "Space ticks where the agent is"
    QTest.keyClick(panel.steps, Qt.Key.Key_Down)
    assert _current_step(panel) == "listen", "Space then Down goes to the next step, skipping none"
    assert panel.steps.currentIndex().data(StepRole.IsNext) is True
    QTest.keyClick(panel.steps, Qt.Key.Key_Up)
    QTest.keyClick(panel.steps, Qt.Key.Key_Space)
    assert store.flush_uses(5)
    current = store.complaints.current()
    assert current is not None
    assert current.done_steps() == frozenset()


def test_enter_copies_the_phrase_with_the_customer_filled_and_ticks_its_step(
    qtbot, panel, watch, store
) -> None:
    watch.new(customer="Ana", channel="chat")
    store.complaints.tick("prepare")
    watch._reload()
    panel.summon()
    assert _current_step(panel) == "listen"
    assert panel.current_phrase().id == "t.listen"
    QTest.keyClick(panel.steps, Qt.Key.Key_Return)
    assert QGuiApplication.clipboard().text() == "Tell me more, Ana."
    assert _current_step(panel) == "empathize", "shown at once, before the writer thread saves it"
    assert store.flush_uses(5)
    current = store.complaints.current()
    assert current is not None
    assert "listen" in current.done_steps()  # auto-tick, on by default
    assert [c.phrase_id for c in current.copied] == ["t.listen"]
    assert _current_step(panel) == "empathize"


def test_a_blank_typed_once_is_kept_for_that_complaint_only(qtbot, panel, watch, store) -> None:
    ana = watch.new(customer="Ana")
    panel.summon()
    panel.steps.setCurrentIndex(panel.steps_model.index(panel.steps_model.row_of("gather_facts"), 0))
    assert panel.current_phrase().id == "t.order"
    QTest.keyClick(panel.steps, Qt.Key.Key_Return)  # order_number is empty: the form takes the keyboard
    assert panel.form.isVisible()
    QTest.keyClicks(panel.form._edits["order_number"], "991")
    panel.copy_current()
    assert QGuiApplication.clipboard().text() == "Thanks! Order 991, right?"
    assert store.flush_uses(5)
    assert store.complaints.get(ana.id).values == {"order_number": "991"}
    watch.new(customer="Ben")
    assert panel.flow.prefill().get("order_number") is None
    watch.switch(ana.id)
    assert panel.flow.prefill()["order_number"] == "991"


def test_closing_hides_and_the_place_is_remembered(qtbot, panel, watch, store, tmp_path, categories) -> None:
    panel.summon()
    panel.resize(333, 555)
    panel.close()
    assert not panel.isVisible()
    library = Library(phrases=PHRASES, categories=categories, checklist=CHECKLIST)
    again = ChecklistPanel(library, Settings(), QtClipboardWriter(), watch, store, str(tmp_path / "w.ini"))
    qtbot.addWidget(again)
    assert (again.width(), again.height()) == (333, 555)


def test_other_channels_phrases_drop_behind(qtbot, panel, watch) -> None:
    from calmdesk.core.complaint import phrases_for_step

    act = next(s for s in CHECKLIST if s.key == "act")
    chat = [p.id for p in phrases_for_step(PHRASES, act, "chat")]
    phone = [p.id for p in phrases_for_step(PHRASES, act, "phone")]
    assert "t.hold" in chat
    assert phone.index("t.hold") <= chat.index("t.hold")


def test_a_write_by_another_process_shows_within_a_second(qtbot, panel, watch, tmp_path, store) -> None:
    with UserStore.open(store.path, backup_dir=tmp_path / "b2") as other:
        other.complaints.new(customer="From the CLI")
    with qtbot.waitSignal(watch.changed, timeout=1000):
        pass
    assert watch.current().customer == "From the CLI"
    assert "From the CLI" in panel.complaint_box.currentText()


def test_new_complaint_form_enter_accepts_with_every_field_optional(qtbot) -> None:
    form = ComplaintForm()
    qtbot.addWidget(form)
    form.show()
    with qtbot.waitSignal(form.accepted_fields) as blocker:
        QTest.keyClick(form._customer, Qt.Key.Key_Return)
    assert blocker.args == [
        {
            "customer": "",
            "address_as": "",
            "channel": "",
            "ticket": "",
            "topic": "",
            "anger": None,
            "lang": "",
        }
    ]
    form = ComplaintForm("email")
    qtbot.addWidget(form)
    form.show()
    QTest.keyClicks(form._customer, "Ana")
    form._anger.setCurrentIndex(4)
    with qtbot.waitSignal(form.accepted_fields) as blocker:
        QTest.keyClick(form._anger, Qt.Key.Key_Return)
    assert blocker.args[0]["customer"] == "Ana"
    assert blocker.args[0]["channel"] == "email"
    assert blocker.args[0]["anger"] == 4


def test_new_complaint_form_sets_the_customers_language(qtbot) -> None:
    form = ComplaintForm()
    qtbot.addWidget(form)
    form.show()
    form._lang.setCurrentIndex(form._lang.findData("es"))
    assert form._lang.currentText() == "Español"
    with qtbot.waitSignal(form.accepted_fields) as blocker:
        QTest.keyClick(form._lang, Qt.Key.Key_Return)
    assert blocker.args[0]["lang"] == "es"


def test_watch_reports_a_bad_write_instead_of_raising(qtbot, watch) -> None:
    with qtbot.waitSignal(watch.failed) as blocker:
        watch.switch(999)
    assert "no open complaint #999" in blocker.args[0]


def test_after_a_question_the_clock_says_it_is_the_customers_turn_and_ctrl_r_restarts_it(
    qtbot, panel, watch, store
) -> None:
    replied: list[bool] = []
    panel.customerRepliedRequested.connect(lambda: replied.append(True))
    ana = watch.new(customer="Ana", channel="chat")
    store.complaints.record_copy("t.ask", asks=True, complaint_id=ana.id)
    watch._reload()
    panel.summon()
    panel.refresh()
    assert "their turn" in panel._clock.text()
    assert "of 3:00" not in panel._clock.text(), "no target runs while the agent waits"
    QTest.keyClick(panel.steps, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    assert replied == [True]
    store.complaints.customer_replied(complaint_id=ana.id)
    watch._reload()
    panel.refresh()
    assert "of 3:00" in panel._clock.text(), "the customer waits again, against the target"
