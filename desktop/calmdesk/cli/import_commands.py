"""`calmdesk import`, `export`, `backup` and `restore`: headless, no Qt."""

from __future__ import annotations

import json
import sys
from argparse import Namespace
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from calmdesk.cli.errors import (
    EXIT_OK,
    EXIT_PARTIAL,
    EXIT_PROBLEM,
    CommandError,
    already_exists,
    cannot_write,
)
from calmdesk.core.importers import (
    ImportFailed,
    ImportPlan,
    plan_import,
    read_import,
    report,
)
from calmdesk.core.importers.export import export_files
from calmdesk.core.language_view import every_version
from calmdesk.core.library import Library, load_configured
from calmdesk.core.messages import gettext as _
from calmdesk.core.printable import printable
from calmdesk.core.safefile import FileRefused, os_error_text, write_atomically
from calmdesk.core.user_layer import with_user_phrases
from calmdesk.store import paths
from calmdesk.store.backup import KEEP_BACKUPS
from calmdesk.store.errors import StoreError
from calmdesk.store.restore import restore_file
from calmdesk.store.settings import load_settings
from calmdesk.store.user_phrases import IdsTaken, UserPhrase, UserPhrases
from calmdesk.store.userstore import DEFAULT_BUSY_TIMEOUT, UserStore

PREVIEW_LINES = 40  # phrases listed by name in the text preview; the rest are counted
PLAN_ATTEMPTS = 3  # an import planned again when another one took its ids meanwhile


@contextmanager
def _open_store() -> Iterator[UserStore]:
    try:
        store = UserStore.open()
    except StoreError as exc:
        raise CommandError(str(exc), EXIT_PROBLEM) from None
    try:
        yield store
    finally:
        store.close()


def _library(extra_dirs: list[Path]) -> Library:
    settings, _problems = load_settings(paths.settings_file())
    return load_configured(settings, extra_dirs, user_dir=paths.user_packs_dir())


def import_phrases(
    kind: str,
    path: Path,
    *,
    extra_dirs: list[Path],
    dry_run: bool,
    as_json: bool,
    category: str,
    replace: bool,
    lang: str | None = None,
) -> int:
    """Read, show the plan, then (unless --dry-run) back up the store and write everything in one go.

    Exit status: 0, 1 when nothing could be imported (nothing is written), 3 when a folder's files were
    imported but some of them could not be read (named, with line and reason, in the report).

    The phrases are in `lang` (None: the content language) unless the file says its own.

    When another import took some of the planned ids meanwhile (the write checks them inside its
    transaction, so nothing is overwritten), the file is planned again against what is there now.
    """
    library = _library(extra_dirs)
    for attempt in range(1, PLAN_ATTEMPTS + 1):
        try:
            plan, backup = _import_once(
                kind,
                path,
                library,
                dry_run=dry_run,
                category=category,
                replace=replace,
                lang=lang or library.language,
            )
            break
        except IdsTaken:
            if attempt == PLAN_ATTEMPTS:
                message = _(
                    "other imports kept adding the same phrases at the same time; nothing was imported, "
                    "try again"
                )
                raise CommandError(message, EXIT_PROBLEM) from None
    _print_plan(plan, path, dry_run=dry_run, backup=backup, as_json=as_json)
    # A folder with a file that could not be read: its other files' phrases are in (or would be), so this
    # is neither a success (0) nor a failure that imported nothing (1).
    return EXIT_PARTIAL if plan.unreadable else EXIT_OK


def _import_once(
    kind: str, path: Path, library: Library, *, dry_run: bool, category: str, replace: bool, lang: str
) -> tuple[ImportPlan, Path | None]:
    with _open_store() as store:
        try:
            user = UserPhrases(store)
            # Every language's phrases: an id only a Spanish pack has is still a loaded phrase's.
            loaded = every_version(library)
            taken = {p.id for p in loaded} | {e.phrase.id for e in user.all()}
            try:
                result = read_import(kind, path, taken=taken, default_category=category, lang=lang)
            except ImportFailed as failed:
                message = _("cannot import {reason}; nothing was imported").format(reason=failed)
                raise CommandError(message, EXIT_PROBLEM) from None
            plan = plan_import(
                result,
                user=[e.phrase for e in user.all()],
                library=loaded,
                replace=replace,
            )
            backup: Path | None = None
            if not dry_run and plan.writes:
                backup = store.backup("before-import")
                customized = {p.id for p in plan.customize}
                entries = [
                    UserPhrase(p, customizes=p.id in customized, origin=plan.origins.get(p.id, ""))
                    for p in plan.writes
                ]
                user.save_many(entries, replace_ids=[(p.id, p.lang) for p in plan.replace])
        except IdsTaken:
            raise
        except StoreError as exc:
            raise CommandError(str(exc), EXIT_PROBLEM) from None
    return plan, backup


def _print_plan(plan: ImportPlan, path: Path, *, dry_run: bool, backup: Path | None, as_json: bool) -> None:
    if as_json:
        doc: dict[str, Any] = {"source": str(path), "dry_run": dry_run, **plan.as_json()}
        doc["written"] = backup is not None
        doc["backup"] = str(backup) if backup else None
        print(json.dumps(doc, ensure_ascii=False, indent=2))
        return
    for section, phrases in zip(report.SECTIONS, (plan.add, plan.customize, plan.replace), strict=True):
        if not phrases:
            continue
        print(report.section_heading(section, len(phrases), written=not dry_run))
        for phrase in phrases[:PREVIEW_LINES]:
            # Titles come from another tool's files: escaped, as everything printed for people is.
            print(printable(f"  + {phrase.title}  [{phrase.category}, {phrase.id}]"))
        if len(phrases) > PREVIEW_LINES:
            print("  " + report.and_more(len(phrases) - PREVIEW_LINES))
    if not plan.writes:
        print(report.nothing_to_add())
    if plan.skipped:
        print(report.skipped_heading(len(plan.skipped)))
        for skipped in plan.skipped[:PREVIEW_LINES]:
            if skipped.title:
                print(printable(f"  - {skipped.title}: {skipped.reason}  ({skipped.where})"))
            else:
                print(printable(f"  - {skipped.where}: {skipped.reason}"))
        if len(plan.skipped) > PREVIEW_LINES:
            print("  " + report.and_more(len(plan.skipped) - PREVIEW_LINES))
    for what, count in sorted(plan.dropped.items()):
        print(printable(report.left_out(what, count)))
    for note in plan.notes[:PREVIEW_LINES]:
        print(printable(report.note(note)))
    if plan.unreadable:
        # Every one, not the first PREVIEW_LINES: each is a file the person has to mend.
        print(report.unreadable_heading(len(plan.unreadable)))
        for unreadable in plan.unreadable:
            print(printable(f"  ! {unreadable}"))
    if backup is not None:
        print(report.backup_made(backup), file=sys.stderr)
    elif dry_run:
        print(report.dry_run(), file=sys.stderr)
    if plan.unreadable:
        print(report.partial(len(plan.unreadable), written=backup is not None), file=sys.stderr)


def export_phrases(
    kind: str, path: Path, *, extra_dirs: list[Path], everything: bool, force: bool, lang: str | None = None
) -> int:
    """Every version of the user's phrases (with `everything`, of every loaded phrase), each with its
    language: a CSV's `lang` column, or a pack per language (PATH, then PATH's name with `.<lang>`)."""
    library = _library(extra_dirs)
    with _open_store() as store:
        try:
            user = UserPhrases(store)
        except StoreError as exc:
            raise CommandError(str(exc), EXIT_PROBLEM) from None
        entries = user.all()
        hidden = user.hidden()
    if everything:
        layered = with_user_phrases(library, entries, hidden)
        phrases = [p for p in every_version(layered) if p.id not in hidden]
    else:
        phrases = [e.phrase for e in entries]
    if lang is not None:
        # Saved before phrases had languages (""): in the content language, as shown.
        phrases = [p for p in phrases if (p.lang or library.language) == lang]
    name = "All CalmDesk phrases" if everything else "My CalmDesk phrases"
    files = export_files(phrases, path, as_csv=kind == "csv", language=library.language, name=name)
    for file in files:
        if file.path.exists() and not force:
            raise CommandError(already_exists(file.path), EXIT_PROBLEM)
    for file in files:
        _write_atomically(file.path, file.text, force=force)
        print(report.exported(file.phrases, file.path), file=sys.stderr)
    return EXIT_OK


def _write_atomically(path: Path, text: str, *, force: bool) -> None:
    """A reader never sees half a file, a full disk leaves the old one, the new one is user-only."""
    try:
        write_atomically(path, text, overwrite=force)
    except FileExistsError:
        raise CommandError(already_exists(path), EXIT_PROBLEM) from None
    except FileRefused as refused:
        raise CommandError(cannot_write(refused), EXIT_PROBLEM) from None
    except OSError as exc:
        raise CommandError(cannot_write(path, os_error_text(exc)), EXIT_PROBLEM) from None


def backup_now() -> int:
    """`calmdesk backup`: a rotating backup of the data file now; prints where it went."""
    with _open_store() as store:
        try:
            saved = store.backup("manual")
        except StoreError as exc:
            raise CommandError(str(exc), EXIT_PROBLEM) from None
    print(saved)
    kept = _("Backed up. The newest {count} backups are kept in {folder}.")
    print(kept.format(count=KEEP_BACKUPS, folder=saved.parent), file=sys.stderr)
    return EXIT_OK


def restore_from(source: Path) -> int:
    """`calmdesk restore FILE`: the current data backed up first, then FILE copied over it.

    Works on the file directly rather than through an opened store: the way back must also work when the
    current data cannot be opened or brought up to date.
    """
    try:
        saved = restore_file(paths.database_file(), source, paths.backup_dir(), DEFAULT_BUSY_TIMEOUT)
    except StoreError as exc:
        raise CommandError(_("{reason} Nothing was changed.").format(reason=exc), EXIT_PROBLEM) from None
    print(
        _("Restored {file}. Your data from before is in {backup}.").format(file=source, backup=saved),
        file=sys.stderr,
    )
    print(_("If CalmDesk is running, quit and start it again to see the restored data."), file=sys.stderr)
    return EXIT_OK


# -- the commands, as the table in cli.table names them ----------------------------------------------------


def run_import(args: Namespace) -> int:
    return import_phrases(
        args.format,
        args.path,
        extra_dirs=list(args.packs),
        dry_run=args.dry_run,
        as_json=args.json,
        category=args.category,
        replace=args.replace,
        lang=args.lang,
    )


def run_export(args: Namespace) -> int:
    return export_phrases(
        args.format,
        args.path,
        extra_dirs=list(args.packs),
        everything=args.all,
        force=args.force,
        lang=args.lang,
    )


def run_backup(_args: Namespace) -> int:
    return backup_now()


def run_restore(args: Namespace) -> int:
    return restore_from(args.file)
