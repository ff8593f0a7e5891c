"""The import dialog's preview: what a file would add, customise and replace, what is skipped, and why."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from pathlib import Path

from PySide6.QtWidgets import QTreeWidget, QTreeWidgetItem, QWidget

from calmdesk.core.importers import ImportPlan, report
from calmdesk.core.importers.common import Unreadable
from calmdesk.core.model import Category, Phrase

_TEXT_CHARS = 60  # the start of each phrase's text in the preview: enough to tell two apart
_SHOWN = 500  # rows listed per section of the preview; a 10,000-snippet file lists the first ones and counts


class ImportPreview(QTreeWidget):
    """One section per kind of outcome (added, customised, replaced, skipped, notes), each row a phrase."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setHeaderLabels(
            [self.tr("Title"), self.tr("Category"), self.tr("Text begins"), self.tr("From / why")]
        )
        self.setAccessibleName(self.tr("Import preview"))
        self.header().setAccessibleName(self.tr("Import preview columns"))
        self.setColumnWidth(0, 220)
        self.setColumnWidth(1, 110)
        self.setColumnWidth(2, 240)

    def show_plan(self, plan: ImportPlan, categories: Mapping[str, Category]) -> None:
        """List `plan`; a big section shows its first rows and counts the rest, and starts folded."""
        self.clear()

        def row(phrase: Phrase, why: str) -> list[str]:
            category = categories.get(phrase.category)
            label = category.label if category else phrase.category
            return [phrase.title, label, _start(phrase.text), why]

        # The headings are the command line's own words (core.importers.report): one source, translated once.
        sections: Sequence[tuple[Callable[[int], str], list[list[str]]]] = (
            # First: a file that could not be read is what the person has to act on (mend it, import again).
            (report.unreadable_heading, [_unreadable_row(u) for u in plan.unreadable]),
            (
                lambda n: report.section_heading("add", n, written=False),
                [row(p, plan.origins.get(p.id, "")) for p in plan.add],
            ),
            (
                lambda n: report.section_heading("customize", n, written=False),
                [row(p, self.tr("replaces the built-in")) for p in plan.customize],
            ),
            (
                lambda n: report.section_heading("replace", n, written=False),
                [row(p, self.tr("overwrites yours")) for p in plan.replace],
            ),
            (report.skipped_heading, [[s.title or _short(s.where), "", "", s.reason] for s in plan.skipped]),
            (
                lambda n: self.tr("Notes (%d)") % n,
                [[where, "", "", what] for where, what in map(_note, plan.notes)],
            ),
        )
        for heading, rows in sections:
            if not rows:
                continue
            top = QTreeWidgetItem(self, [heading(len(rows)).rstrip(":")])
            top.setFirstColumnSpanned(True)
            for cells in rows[:_SHOWN]:
                item = QTreeWidgetItem(top, cells)
                if len(cells) == 1:  # a file that could not be read: its whole reason, across the columns
                    item.setFirstColumnSpanned(True)
                    item.setToolTip(0, cells[0])
                    continue
                item.setToolTip(2, cells[2])
                item.setToolTip(3, cells[3])
            if len(rows) > _SHOWN:
                QTreeWidgetItem(top, [report.and_more(len(rows) - _SHOWN)])
            top.setExpanded(len(rows) <= 50)


def _unreadable_row(unreadable: Unreadable) -> list[str]:
    """ "broken.yml:3: what is wrong", one cell: the folder is in the From field, and the reason (what to
    mend) must be read whole, not cut at a column's edge."""
    where = Path(unreadable.source).name + (f":{unreadable.line}" if unreadable.line is not None else "")
    return [f"{where}: {unreadable.reason}"]


def _start(text: str) -> str:
    """The first words of a phrase's text on one line, cut at a word with "…"."""
    flat = " ".join(text.split())
    if len(flat) <= _TEXT_CHARS:
        return flat
    return flat[:_TEXT_CHARS].rsplit(" ", 1)[0].rstrip(",;:") + "…"


def _short(where: str) -> str:
    """ "/home/ana/match/base.yml match :x" -> "base.yml match :x": the folder is in the From field."""
    head, _, rest = where.partition(" ")
    return f"{Path(head).name} {rest}".strip() if "/" in head else where


def _note(note: str) -> tuple[str, str]:
    """ "path match :x: unknown key ..." -> ("file match :x", "unknown key ..."): where, then what."""
    where, sep, what = note.partition(": ")
    return (_short(where), what) if sep else ("", note)
