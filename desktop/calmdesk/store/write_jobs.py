"""Changes the GUI hands to the store's writer thread: run in order, kept while the file is locked."""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from calmdesk.core.messages import gettext as _
from calmdesk.store.dbfile import as_store_error, is_busy
from calmdesk.store.errors import StoreError

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class WriteJob:
    """One change, all or nothing: `run(conn, path)` executes it inside the writer's transaction.

    `what` names it for the agent ("record the reply you copied"), an English phrase marked with N_ that
    is translated when a sentence says it (see `store.actions`). `done` is called with `run`'s result
    once it is committed, `given_up` with a complete sentence when it never will be (a change that cannot
    be made, or the app closing while another program still holds the file). Both are called on the
    writer's thread; a GUI hands them on to its own thread.
    """

    what: str
    run: Callable[[sqlite3.Connection, Path], object]
    done: Callable[[object], None] | None = None
    given_up: Callable[[str], None] | None = None


class Retry(Exception):
    """The file was busy: the whole batch is rolled back and tried again later, nothing given up."""


def is_lock_wait(exc: BaseException) -> bool:
    """Whether `exc` (or the sqlite3 error it was made from) means "locked by another connection"."""
    seen: BaseException | None = exc
    while seen is not None:
        if isinstance(seen, sqlite3.Error) and is_busy(seen):
            return True
        seen = seen.__cause__
    return False


def run_in_savepoint(conn: sqlite3.Connection, path: Path, job: WriteJob) -> tuple[object, str | None]:
    """Run `job` inside the open transaction: (its result, None), or (None, why it was given up).

    A job that fails for good is rolled back alone, so one bad change (a complaint closed meanwhile) never
    costs the others in the batch. Raises Retry when the file was busy.
    """
    conn.execute("SAVEPOINT job")
    try:
        result = job.run(conn, path)
    except Exception as exc:  # ValueError for a change no longer possible, StoreError, sqlite3.Error
        conn.execute("ROLLBACK TO job")
        conn.execute("RELEASE job")
        if is_lock_wait(exc):
            raise Retry from exc
        log.warning(_("gave up a change (%(what)s): %(reason)s"), {"what": job.what, "reason": exc})
        if isinstance(exc, StoreError):
            return None, str(exc)
        return None, _("CalmDesk could not {action}: {reason}.").format(action=_(job.what), reason=exc)
    conn.execute("RELEASE job")
    return result, None


def report(job: WriteJob, result: object, why: str | None) -> None:
    """Tell the job's owner how it ended; an owner's callback failing must not stop the writer."""
    try:
        if why is None:
            if job.done is not None:
                job.done(result)
        elif job.given_up is not None:
            job.given_up(why)
    except Exception:
        log.exception("a write's callback failed (%s)", job.what)


def why_not(job: WriteJob, problem: BaseException | None, path: Path) -> str:
    """The sentence an owner hears when `job` is given up because of `problem` (None: the file stayed
    locked until the writer closed)."""
    if problem is None or is_lock_wait(problem):
        words = _("CalmDesk could not {action}: its data file {path} stayed locked by another program.")
        return words.format(action=_(job.what), path=path)
    if isinstance(problem, StoreError):
        return str(problem)
    if isinstance(problem, sqlite3.Error):
        return str(as_store_error(problem, path, job.what))
    return _("CalmDesk could not {action} ({reason}).").format(action=_(job.what), reason=problem)
