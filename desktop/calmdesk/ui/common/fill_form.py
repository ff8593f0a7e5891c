"""The small inline form that asks for a phrase's blanks before it is copied."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QCheckBox, QComboBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from calmdesk.core.fillins import switch_value
from calmdesk.core.placeholders import Placeholder


class FillForm(QWidget):
    """One labelled line edit per blank, pre-filled where a value is known; a dropdown per choice and a
    checkbox per optional section (their values are the option's text, and "on" or "off").

    Signals:
        valuesChanged(): a field was edited (the preview re-renders).

    Keys (Enter copies, Escape closes) are the picker's: it passes itself as `key_filter`, which is
    installed on every field.

    Values typed for a name are remembered until `forget()` (each summon), so switching between phrases
    that share `{{order_number}}` does not make the agent type it twice.
    """

    valuesChanged = Signal()

    def __init__(self, key_filter: QObject | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._key_filter = key_filter
        self._title = QLabel(self)
        self._fields = QWidget(self)
        self._hint = QLabel(self)
        self._edits: dict[str, QLineEdit] = {}
        self._choices: dict[str, QComboBox] = {}
        self._switches: dict[str, QCheckBox] = {}
        self._touched: set[str] = set()  # choices and switches the agent changed (line edits say isModified)
        self._fillin_defaults: dict[str, str] = {}  # choice and switch name -> its value before any change
        self._prefill: dict[str, str] = {}
        self._remembered: dict[str, str] = {}

        self._title.setText(self.tr("Fill in the blanks"))
        font = self._title.font()
        font.setBold(True)
        self._title.setFont(font)
        self._hint.setWordWrap(True)
        self._hint.setAccessibleName(self.tr("Fill-in hint"))
        self._hint.setStyleSheet("color: #c0392b; font-weight: bold;")
        self._hint.hide()

        self._form_layout = QFormLayout(self._fields)
        self._form_layout.setContentsMargins(0, 0, 0, 0)
        self._form_layout.setHorizontalSpacing(8)
        self._form_layout.setVerticalSpacing(4)
        self._form_layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self._title)
        layout.addWidget(self._fields)
        layout.addWidget(self._hint)

    def set_blanks(self, blanks: Sequence[Placeholder], prefill: Mapping[str, str]) -> None:
        """Show one field per blank; `prefill` (settings, current complaint) fills what the agent has not."""
        self._remember_current()
        self._prefill = dict(prefill)
        while self._form_layout.rowCount():
            # deleteLater, not removeRow: this can run inside a key event of the very field being replaced.
            row = self._form_layout.takeRow(0)
            for item in (row.labelItem, row.fieldItem):
                widget = item.widget() if item is not None else None
                if widget is not None:
                    widget.hide()
                    widget.deleteLater()
        self._edits.clear()
        self._choices.clear()
        self._switches.clear()
        self._touched.clear()
        self._hint.hide()
        for blank in blanks:
            if blank.options or blank.section:
                self._add_fillin(blank, prefill)
                continue
            edit = QLineEdit(self._fields)
            if self._key_filter is not None:
                edit.installEventFilter(self._key_filter)
            # Keyed by `key`, the name plus any clock offset: "time+2h" is its own field, holding the promise.
            edit.setText(self._remembered.get(blank.key) or prefill.get(blank.key, ""))
            edit.setCursorPosition(0)  # a long name shows its start ("Maximiliana Es..."), not its end
            if blank.default is not None:
                edit.setPlaceholderText(self.tr("default: %s") % blank.default)
            else:
                edit.setPlaceholderText(self.tr("required"))
            edit.setAccessibleName(blank.label)
            edit.textEdited.connect(self._on_edited)
            label = QLabel(self.tr("%s:") % blank.label, self._fields)
            label.setBuddy(edit)
            self._form_layout.addRow(label, edit)
            # Shown now, not by the layout's queued show: Enter may focus the field in this same event.
            label.show()
            edit.show()
            self._edits[blank.key] = edit
        self.setVisible(bool(blanks))

    def _add_fillin(self, blank: Placeholder, prefill: Mapping[str, str]) -> None:
        """A dropdown for a choice, a checkbox for an optional section; Enter in either still copies."""
        known = self._remembered.get(blank.name) or prefill.get(blank.name, "")
        self._fillin_defaults[blank.name] = prefill.get(blank.name, "")
        field: QWidget
        if blank.section:
            box = QCheckBox(blank.label, self._fields)
            on = switch_value(known, blank.default == "on")
            box.setChecked(on if on is not None else blank.default == "on")
            box.setProperty("on_default", blank.default == "on")
            box.setToolTip(self.tr("Include this part of the phrase"))
            box.toggled.connect(lambda _checked, name=blank.name: self._on_fillin_changed(name))
            self._switches[blank.name] = field = box
            label = QLabel(self.tr("Include:"), self._fields)
        else:
            combo = QComboBox(self._fields)
            combo.addItems(list(blank.options))
            combo.setCurrentIndex(max(0, combo.findText(known)) if known else 0)
            combo.currentIndexChanged.connect(lambda _index, name=blank.name: self._on_fillin_changed(name))
            self._choices[blank.name] = field = combo
            label = QLabel(self.tr("%s:") % blank.label, self._fields)
        if self._key_filter is not None:
            field.installEventFilter(self._key_filter)
        field.setAccessibleName(blank.label)
        label.setBuddy(field)
        self._form_layout.addRow(label, field)
        label.show()
        field.show()

    def has_blanks(self) -> bool:
        return bool(self._edits or self._choices or self._switches)

    def values(self) -> dict[str, str]:
        """Every non-empty field, stripped: an all-space value counts as empty, never as filled."""
        found = {name: edit.text().strip() for name, edit in self._edits.items() if edit.text().strip()}
        found.update({name: combo.currentText() for name, combo in self._choices.items()})
        found.update({name: "on" if box.isChecked() else "off" for name, box in self._switches.items()})
        return found

    def _fields_in_order(self) -> list[QWidget]:
        fields: list[QWidget] = []
        for row in range(self._form_layout.rowCount()):
            item = self._form_layout.itemAt(row, QFormLayout.ItemRole.FieldRole)
            widget = item.widget() if item is not None else None
            if widget is not None:
                fields.append(widget)
        return fields

    def forget(self) -> None:
        """Drop every typed value (each summon is a new customer); the fields keep only the prefill."""
        self._remembered.clear()
        # Reset the fields on show too: the next set_blanks() would otherwise remember their edits again.
        # setText() also clears the modified flag that marks a value as typed.
        for name, edit in self._edits.items():
            edit.setText(self._prefill.get(name, ""))
        for name, combo in self._choices.items():
            combo.setCurrentIndex(max(0, combo.findText(self._fillin_defaults.get(name, ""))))
        for name, box in self._switches.items():
            box.setChecked(
                bool(switch_value(self._fillin_defaults.get(name, ""), box.property("on_default")))
            )
        self._touched.clear()

    def focus_first(self) -> None:
        """Focus the first empty field (else the first one), with its text selected for overtyping."""
        fields = self._fields_in_order()
        if not fields:
            return
        empty = (f for f in fields if isinstance(f, QLineEdit) and not f.text().strip())
        field = next(empty, fields[0])
        field.setFocus(Qt.FocusReason.TabFocusReason)
        if isinstance(field, QLineEdit):
            field.selectAll()

    def owns_focus(self) -> bool:
        return any(field.hasFocus() for field in self._fields_in_order())

    def show_missing(self, names: Sequence[str]) -> None:
        """Name the required blanks left empty and put the cursor in the first of them."""
        labels = [self._label_of(name) for name in names]
        self._hint.setText(self.tr("Please fill in: %s") % ", ".join(labels))
        self._hint.show()
        first = self._edits.get(names[0]) if names else None
        if first is not None:
            first.setFocus(Qt.FocusReason.OtherFocusReason)

    def hint(self) -> str:
        return "" if self._hint.isHidden() else self._hint.text()

    def _label_of(self, name: str) -> str:
        edit = self._edits.get(name)
        return edit.accessibleName() if edit is not None else name

    def _remember_current(self) -> None:
        self._remembered.update(
            {name: edit.text() for name, edit in self._edits.items() if edit.isModified()}
        )
        values = self.values()
        self._remembered.update({name: values[name] for name in self._touched if name in values})

    def _on_fillin_changed(self, name: str) -> None:
        self._touched.add(name)
        self._on_edited()

    def _on_edited(self) -> None:
        self._hint.hide()
        self.valuesChanged.emit()
