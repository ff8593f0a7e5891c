"""The words of an import or export report, one source for the command line and the editor's dialog, in the
language `core.messages` speaks (the CLI's locale; the windows' language once the app set it)."""

from __future__ import annotations

from calmdesk.core.messages import gettext as _
from calmdesk.core.messages import ngettext

SECTIONS = ("add", "customize", "replace")


def section_heading(section: str, count: int, *, written: bool) -> str:
    """ "Added 3 phrases:" (`written`) or "Would add 3 phrases:" (a preview), for a section of the plan.

    Whole sentences per count: each language words "Added 1 phrase" and "Added 5 phrases" its own way.
    """
    if section == "add":
        words = (
            ngettext("Added {count} phrase:", "Added {count} phrases:", count)
            if written
            else ngettext("Would add {count} phrase:", "Would add {count} phrases:", count)
        )
    elif section == "customize":
        words = (
            ngettext("Customized {count} phrase:", "Customized {count} phrases:", count)
            if written
            else ngettext("Would customize {count} phrase:", "Would customize {count} phrases:", count)
        )
    else:
        words = (
            ngettext("Replaced {count} phrase:", "Replaced {count} phrases:", count)
            if written
            else ngettext("Would replace {count} phrase:", "Would replace {count} phrases:", count)
        )
    return words.format(count=count)


def skipped_heading(count: int) -> str:
    return _("Skipped {count}:").format(count=count)


def and_more(count: int) -> str:
    return _("... and {count} more").format(count=count)


def left_out(what: str, count: int) -> str:
    return _("Left out: {what} x{count}").format(what=what, count=count)


def note(text: str) -> str:
    return _("Note: {note}").format(note=text)


def nothing_to_add() -> str:
    return _("Nothing to add.")


def backup_made(file: object) -> str:
    return _("A backup of your data from before the import: {file}").format(file=file)


def dry_run() -> str:
    return _("Dry run: nothing was written.")


def exported(count: int, file: object) -> str:
    words = ngettext("Exported {count} phrase to {file}", "Exported {count} phrases to {file}", count)
    return words.format(count=count, file=file)


def unreadable_heading(count: int) -> str:
    """Above the list of a folder's files that could not be read: their phrases are not in the import."""
    words = ngettext(
        "Could not read {count} file; its phrases are not imported:",
        "Could not read {count} files; their phrases are not imported:",
        count,
    )
    return words.format(count=count)


def partial(count: int, *, written: bool) -> str:
    """The closing line of an import that read only part of a folder: neither a full success nor a failure."""
    if written:
        words = ngettext(
            "Imported only part of the folder: {count} file could not be read (listed above). Fix it and "
            "import the folder again; phrases already imported are skipped.",
            "Imported only part of the folder: {count} files could not be read (listed above). Fix them and "
            "import the folder again; phrases already imported are skipped.",
            count,
        )
    else:
        words = ngettext(
            "Only part of the folder can be imported: {count} file could not be read (listed above).",
            "Only part of the folder can be imported: {count} files could not be read (listed above).",
            count,
        )
    return words.format(count=count)
