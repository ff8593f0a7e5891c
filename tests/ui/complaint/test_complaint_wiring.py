"""The complaint in the picker and the app: whose name is filled, keys, offers, reminders, notifications."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtTest import QTest

from calmdesk.core.library import load_library
from calmdesk.store.settings import Settings
from calmdesk.system.notify import Notifier, freedesktop_notify
from calmdesk.ui.complaint.complaint_watch import now

pytestmark = pytest.mark.qt_log_ignore(
    r"This plugin does not support (raise\(\)|propagateSizeHints|setting window masks)"
)


def test_picker_fills_from_the_current_complaint_and_says_whose(qtbot, make_picker, watch, store) -> None:
    picker = make_picker(Settings(agent_name="Sam", company="ACME"), complaints=watch)
    assert not picker.whose.isVisibleTo(picker)
    ana = watch.new(customer="Ana", channel="chat")
    picker.summon()
    assert picker.whose.isVisibleTo(picker)
    assert "Ana" in picker.whose.text()
    QTest.keyClicks(picker.search.field, "sorry wait")
    QTest.keyClick(picker.search.field, Qt.Key.Key_Return)
    assert QGuiApplication.clipboard().text() == "Sorry you had to wait so long, Ana."
    assert store.flush_uses(5), "the copy's record is written by the store's writer thread"
    complaint = store.complaints.get(ana.id)
    assert [c.phrase_id for c in complaint.copied] == ["t.sorry-wait"]
    # Another customer: the name follows the complaint, never the last one typed.
    watch.new(customer="Ben")
    picker.summon()
    assert "Ben" in picker.whose.text()
    assert "1 more open" in picker.whose.text()
    picker.search.field.setText("sorry wait")
    QTest.keyClick(picker.search.field, Qt.Key.Key_Return)
    assert QGuiApplication.clipboard().text() == "Sorry you had to wait so long, Ben."
    QTest.keyClick(picker.search.field, Qt.Key.Key_PageUp, Qt.KeyboardModifier.ControlModifier)
    assert watch.current().customer == "Ana"


def test_picker_keys_ask_for_a_new_complaint_and_the_panel(qtbot, make_picker, watch) -> None:
    picker = make_picker(complaints=watch)
    picker.summon()
    with qtbot.waitSignal(picker.newComplaintRequested, timeout=1000):
        QTest.keyClick(picker.search.field, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    with qtbot.waitSignal(picker.checklistRequested, timeout=1000):
        QTest.keyClick(picker.search.field, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    assert "Ctrl+N new complaint" in picker.status.text()


def test_phrases_for_another_channel_drop_behind_in_the_picker(qtbot, make_picker, watch, phrases) -> None:
    from dataclasses import replace

    items = [replace(p, channels=("phone",)) if p.id == "t.hold-on" else p for p in phrases]
    picker = make_picker(items=items, complaints=watch)
    picker.summon()
    picker.search.field.setText("hold")
    assert picker.current_phrase().id == "t.hold-on"  # no complaint: best match first
    watch.new(channel="chat")
    picker.search.field.setText("wait")
    order = [picker.search.list.results.phrase(r).id for r in range(picker.search.list.results.rowCount())]
    assert len(order) > 1
    assert order[-1] == "t.hold-on", "a phone-only phrase goes behind in a chat"


def test_notifier_falls_back_from_dbus_to_tray_to_window() -> None:
    said: list[str] = []
    chain = Notifier(lambda t, b: said.append("tray") or False, lambda t, b: said.append("window"),
                     dbus=lambda t, b: said.append("dbus") or False)  # fmt: skip
    assert chain.notify("t", "b") == "window"
    assert said == ["dbus", "tray", "window"]
    assert Notifier(lambda t, b: True, lambda t, b: None, dbus=lambda t, b: False).notify("t", "b") == "tray"


def test_freedesktop_notify_without_a_bus_says_false(monkeypatch) -> None:
    monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/bus")
    assert freedesktop_notify("CalmDesk", "test") is False


@pytest.fixture
def control(qtbot, store, tmp_path):
    from calmdesk.app.complaint_control import ComplaintControl
    from calmdesk.core.library import load_library
    from calmdesk.ui.common.notices import Notices
    from calmdesk.ui.common.tray import Tray

    class Clip:
        def copy(self, text: str, html: str | None = None) -> None:
            QGuiApplication.clipboard().setText(text)

    notices = Notices()
    made = ComplaintControl(load_library(), Settings(agent_name="Sam"), store, Clip(), Tray(), notices)
    shown: list[tuple[str, str]] = []
    made.notifier = Notifier(lambda t, b: False, lambda t, b: shown.append((t, b)), dbus=lambda t, b: False)
    made.shown = shown  # type: ignore[attr-defined]
    yield made
    made.quit()
    made.panel.close()


def test_a_reminder_due_while_closed_is_shown_at_start_once(qtbot, control, store) -> None:
    c = store.complaints.new(customer="Ana")
    store.complaints.add_reminder(
        "follow_up", now() - timedelta(hours=1), note="Follow up with Ana", complaint_id=c.id
    )
    store.complaints.add_reminder("check_in", now() + timedelta(hours=1), note="later")
    control.start()
    assert control.shown == [("CalmDesk: follow-up due", "Follow up with Ana")]
    control.check_reminders()
    assert len(control.shown) == 1, "announced once; it still waits in the list until done"


def test_a_wait_phrase_offers_a_check_in_and_yes_saves_it(qtbot, control, store) -> None:
    control.watch.new(customer="Ana")
    wait = next(p for p in control._library.phrases if p.category == "wait")
    control.after_copy(wait.id, "Please hold on a moment.")
    assert "check in with Ana" in control.panel.offer_text()
    control.panel.accept_offer()
    assert store.flush_uses(5)  # saved by the store\'s writer thread
    [reminder] = store.complaints.reminders()
    assert reminder.kind == "check_in"
    assert timedelta(minutes=4) < reminder.due - now() <= timedelta(minutes=5)


def test_a_check_in_comes_when_the_wait_phrase_said_not_at_the_default(qtbot, control, store) -> None:
    control.watch.new(customer="Ana")
    control.after_copy("wait.few-minutes", "I need about 2 minutes to check this properly.")
    control.panel.accept_offer()
    assert store.flush_uses(5)  # saved by the store\'s writer thread
    [reminder] = store.complaints.reminders()
    assert timedelta(minutes=1) < reminder.due - now() <= timedelta(minutes=2)


def test_a_missed_reply_target_is_notified_once_per_wait(qtbot, control, store) -> None:
    said: list[tuple[str, str]] = []
    control.target_notifier = Notifier(lambda t, b: said.append((t, b)) or True, lambda t, b: None,
                                       dbus=lambda t, b: False)  # fmt: skip
    ana = store.complaints.new(customer="Ana", channel="chat", at=now() - timedelta(minutes=10))
    store.complaints.new(customer="Ben", channel="chat", at=now() - timedelta(minutes=1))
    control.watch._reload()
    control.check_reminders()
    assert said == [("CalmDesk: reply target missed", "Ana has waited 7 min past the reply target.")]
    control.check_reminders()
    assert len(said) == 1, "the same wait is said once"
    # Ana wrote again 4 minutes ago: a new wait, missed a minute ago, said again.
    store.complaints.customer_replied(complaint_id=ana.id, at=now() - timedelta(minutes=4, seconds=5))
    control.watch._reload()
    control.check_reminders()
    assert [b for _, b in said][1:] == ["Ana has waited 1 min past the reply target."]


def test_closing_ends_the_check_ins_in_the_follow_ups(qtbot, control, store) -> None:
    control.watch.new(customer="Ana")
    control.after_copy("wait.few-minutes", "I need about 2 minutes to check this properly.")
    control.panel.accept_offer()
    control.close_current(control.watch.current().id, None)
    assert store.flush_uses(5)
    assert store.complaints.reminders(include_done=False) == []


def test_a_promise_with_a_time_offers_to_remember_it(qtbot, control, store) -> None:
    control.watch.new(customer="Ana")
    promise = next(p for p in control._library.phrases if p.category == "commitment")
    control.after_copy(promise.id, "I will get back to you within 2 hours.")
    assert "You promised" in control.panel.offer_text()
    control.panel.accept_offer()
    assert store.flush_uses(5)  # saved by the store\'s writer thread
    [reminder] = store.complaints.reminders()
    assert reminder.kind == "promise"


def test_closing_with_a_follow_up_saves_it_and_a_hard_one_offers_to_unwind(qtbot, control, store) -> None:
    c = control.watch.new(customer="Ana", anger=5)
    control.close_current(c.id, now() + timedelta(days=2))
    assert store.flush_uses(5)
    assert store.complaints.current() is None
    assert store.flush_uses(5)  # saved by the store\'s writer thread
    [reminder] = store.complaints.reminders()
    assert (reminder.kind, reminder.note) == ("follow_up", "Follow up with Ana")
    qtbot.waitUntil(lambda: "hard one" in control.panel.offer_text())  # once the close is saved


def test_settings_dialog_edits_the_complaint_settings_in_minutes(qtbot, tmp_path) -> None:
    from calmdesk.store.settings import load_settings
    from calmdesk.ui.settings.settings_dialog import SettingsDialog

    path = tmp_path / "settings.toml"
    dialog = SettingsDialog(Settings(reply_target_phone=90), path)
    qtbot.addWidget(dialog)
    box = dialog._complaints
    box._targets["reply_target_chat"].setValue(5)
    box._check_in.setValue(7)
    box._auto_tick.setChecked(False)
    with qtbot.waitSignal(dialog.settingsSaved):
        dialog.accept()
    saved, problems = load_settings(path)
    assert problems == []
    assert saved.reply_targets() == {"chat": 300, "email": 3600, "phone": 90, "social": 3600}  # 90 s kept
    assert (saved.check_in_minutes, saved.auto_tick, saved.unwind_prompt) == (7, False, True)


def test_the_unwind_offer_opens_a_one_minute_countdown(qtbot, control) -> None:
    from calmdesk.ui.complaint.unwind_dialog import UnwindDialog

    c = control.watch.new(customer="Ana", anger=4)
    control.close_current(c.id, None)
    qtbot.waitUntil(lambda: "hard one" in control.panel.offer_text())  # once the close is saved
    control.panel.accept_offer()
    dialog = control.unwind
    assert isinstance(dialog, UnwindDialog)
    assert dialog.seconds_left() == 60
    assert "Breathe in" in dialog._pace.text()
    for _ in range(4):
        dialog._tick()
    assert "out" in dialog._pace.text()
    dialog.close()


def _message(text: str):
    from calmdesk.core.reading import builtin_knowledge
    from calmdesk.core.reading.for_reply import Offered, read_offered

    return read_offered([Offered(text)], {p.id for p in load_library().phrases}, builtin_knowledge())


def test_a_complaint_started_from_a_message_takes_its_name_order_topic_and_anger(qtbot, control) -> None:
    message = _message(
        "Third time I write! Order #88123 came with a cracked screen. I want a replacement by Friday or "
        "I will leave a review everywhere.\n\nRegards,\nMaria Lopez"
    )
    control.start_from_message(message)  # saved by the store's writer thread, then shown
    qtbot.waitUntil(control.panel.isVisible)
    started = control.watch.current()
    assert started is not None
    assert (started.customer, started.ticket, started.topic, started.anger) == (
        "Maria Lopez",
        "#88123",
        "damaged",
        5,
    )
    assert control.panel.isVisible()
    assert "Message: Furious · damaged" in control.panel._message_line.text()
    # The panel's phrases fill the order number and the name read from the message, like the picker's.
    filled = control.panel.flow.prefill()
    assert (filled["order_number"], filled["customer_name"]) == ("#88123", "Maria")


def test_a_complaint_started_from_a_message_in_spanish_is_answered_in_spanish(qtbot, control) -> None:
    message = _message("Mi pedido 7730152 todavía no ha llegado y nadie me contesta. Saludos, Lucía Pérez")
    control.start_from_message(message)
    qtbot.waitUntil(control.panel.isVisible)
    started = control.watch.current()
    assert started is not None
    assert (started.lang, started.topic, started.ticket) == ("es", "delivery", "7730152")


def test_a_threat_in_the_message_raises_its_tips_at_their_step_only(qtbot, control) -> None:
    message = _message("My lawyer will hear about this. The parcel never came. Order A-10492. - Tom Hart")
    assert "legal" in message.reading.threats
    control.start_from_message(message)
    qtbot.waitUntil(control.panel.isVisible)  # saved by the store's writer thread, then shown
    panel = control.panel
    legal = [tip.text for tip in message.tips if tip.threat == "legal"]
    assert legal
    panel.steps.select_step("take_ownership")
    detail = panel._detail.toPlainText()
    assert "Their message threatens" in detail
    assert all(tip in detail for tip in legal)
    panel.steps.select_step("listen")
    assert "Their message threatens" not in panel._detail.toPlainText()
    control.watch.new(customer="Ben")  # another complaint, not started from a message: no tips, no line
    panel.steps.select_step("take_ownership")
    assert "Their message threatens" not in panel._detail.toPlainText()
    assert not panel._message_line.isVisible()


class _NoClip:
    def copy(self, text: str, html: str | None = None) -> None:
        """Nothing is copied in these tests."""


def test_the_reading_and_its_tips_are_shown_again_after_a_restart(qtbot, control, tmp_path) -> None:
    from calmdesk.app.complaint_control import ComplaintControl
    from calmdesk.store.userstore import UserStore
    from calmdesk.ui.common.notices import Notices
    from calmdesk.ui.common.tray import Tray

    message = _message("My lawyer will hear about this. The parcel never came. Order A-10492. - Tom Hart")
    control.start_from_message(message)
    qtbot.waitUntil(control.panel.isVisible)  # saved by the store's writer thread, then shown
    started = control.watch.current()
    assert started is not None
    line = control.panel._message_line.text()
    assert "legal action" in line
    control.watch.new(customer="Ben")  # another complaint becomes current meanwhile
    # A second CalmDesk on the same file, as after a restart: nothing of the first run's memory.
    with UserStore.open(tmp_path / "user.sqlite3", backup_dir=tmp_path / "backups") as again:
        settings = Settings(agent_name="Sam")
        later = ComplaintControl(load_library(), settings, again, _NoClip(), Tray(), Notices())
        try:
            panel = later.panel
            assert not panel._message_line.isVisible()  # Ben's complaint is current: it has none
            later.watch.switch(started.id)
            panel.summon()
            assert panel._message_line.isVisible()
            assert panel._message_line.text() == line
            panel.steps.select_step("take_ownership")
            detail = panel._detail.toPlainText()
            assert "Their message threatens" in detail
            assert all(tip.text in detail for tip in message.tips if tip.threat == "legal")
        finally:
            later.quit()
            later.panel.close()


def test_a_complaint_started_by_hand_keeps_no_reading(qtbot, control, store) -> None:
    started = control.watch.new(customer="Ana")
    assert store.complaints.reading(started.id) is None
