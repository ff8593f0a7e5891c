"""The headless CLI commands: search, list, categories, checklist, render/copy, pack check, remote, doctor."""

from __future__ import annotations

import json
import sys
import time
from argparse import Namespace
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Any

from calmdesk.cli.errors import EXIT_OK, EXIT_PROBLEM, EXIT_USAGE, CommandError, warn
from calmdesk.core import library_cache
from calmdesk.core.library import Library, check_packs, load_configured
from calmdesk.core.messages import gettext as _
from calmdesk.core.model import Phrase
from calmdesk.core.printable import printable, quoted
from calmdesk.store import paths
from calmdesk.store.settings import Settings, load_settings

if TYPE_CHECKING:
    from calmdesk.core.complaint import Complaint
    from calmdesk.core.search import Hit, SearchIndex

# How long `calmdesk show` waits for an app it had to start before giving up on it.
START_TIMEOUT_S = 10.0


def _loose(name: str) -> str:
    """A category name without case, spaces, "-" or "_": "Follow-up", "follow_up" and "FOLLOW UP" agree."""
    return "".join(ch for ch in name.casefold() if ch not in " -_")


@dataclass
class Session:
    """What every content command needs: the settings and the loaded library, problems already reported."""

    settings: Settings
    library: Library

    @classmethod
    def load(cls, extra_dirs: Sequence[Path], lang: str | None = None) -> Session:
        """The settings and the library, shown in `lang` (a --lang), else the settings' or locale's."""
        settings, settings_problems = load_settings(paths.settings_file())
        library = library_cache.load_configured(
            settings, extra_dirs, user_dir=paths.user_packs_dir(), cache_dir=paths.cache_dir(), language=lang
        )
        library, user_problems = load_user_layer(library)
        for problem in [*settings_problems, *library.problems, *user_problems]:
            warn(str(problem))
        return cls(settings, library)

    def category_key(self, given: str | None) -> str | None:
        """The category key for what the person typed: the key or the label shown in the app, in any case
        ("Apology", "wait notice", "follow-up"). Raises CommandError (usage) naming the choices."""
        if given is None:
            return None
        wanted = _loose(given)
        for key, category in self.library.categories.items():
            if wanted in (_loose(key), _loose(category.label)):
                return key
        choices = ", ".join(f"{key} ({c.label})" for key, c in self.library.categories.items())
        message = _("no category {name}; choose one of: {choices}")
        raise CommandError(message.format(name=quoted(given), choices=choices), EXIT_USAGE)

    def search(self, query: str, *, category: str | None, limit: int, as_json: bool) -> int:
        from calmdesk.core.search import has_words

        key = self.category_key(category)
        hits = self._one_query_index(query).search(query, category=key, limit=limit)
        if query.strip() and not has_words(query):
            shown = printable(query.strip()[:40])
            message = _("Nothing to search for in “{query}”: listing phrases in browsing order.")
            print(message.format(query=shown), file=sys.stderr)
        if as_json:
            _print_json([self._hit_json(h) for h in hits])
        elif not hits:
            message = _("Nothing in the library relates to these words. Try other words, or `calmdesk list`.")
            print(message, file=sys.stderr)
            return EXIT_PROBLEM
        else:
            full = [h.phrase for h in hits if not h.partial]
            self._print_table(full)
            partial = [h.phrase for h in hits if h.partial]
            if partial:
                if full:
                    print()
                print(_("Partial matches (some of the words):"), file=sys.stderr, flush=True)
                sys.stdout.flush()
                self._print_table(partial)
        return EXIT_OK

    def search_stdin(self, *, category: str | None, limit: int) -> int:
        # One line out per line in, flushed at once, so a script can talk to us through a pipe.
        category = self.category_key(category)
        for line in sys.stdin:
            hits = self._hits(line.strip(), category, limit)
            print(json.dumps([self._hit_json(h) for h in hits], ensure_ascii=ascii_only()), flush=True)
        return EXIT_OK

    def list_phrases(self, *, category: str | None, as_json: bool) -> int:
        key = self.category_key(category)
        phrases = [p for p in self.library.phrases if key in (None, p.category)]
        if as_json:
            _print_json([self._phrase_json(p) for p in phrases])
        else:
            self._print_table(phrases)
        return EXIT_OK

    def categories(self, *, as_json: bool) -> int:
        counts = {key: 0 for key in self.library.categories}
        for phrase in self.library.phrases:
            counts[phrase.category] = counts.get(phrase.category, 0) + 1
        rows = [
            {"key": c.key, "label": c.label, "description": c.description, "count": counts.get(c.key, 0)}
            for c in self.library.categories.values()
        ]
        if as_json:
            _print_json(rows)
            return EXIT_OK
        width = max(len(str(row["key"])) for row in rows)
        for row in rows:
            line = f"{row['key']:<{width}}  {row['count']:>3}  {row['label']}: {row['description']}"
            print(printable(line))
        return EXIT_OK

    def checklist(self, *, as_json: bool) -> int:
        steps = self.library.checklist
        if as_json:
            _print_json(
                [
                    {
                        "key": s.key,
                        "title": s.title,
                        "goal": s.goal,
                        "do": list(s.do),
                        "dont": [{"avoid": d.avoid, "say": d.say} for d in s.dont],
                        "categories": list(s.categories),
                    }
                    for s in steps
                ]
            )
            return EXIT_OK
        lines: list[str] = []
        for number, step in enumerate(steps, start=1):
            lines.append(f"{number:>2}. {step.title}  [{step.key}]")
            lines.append(f"    {step.goal}")
            lines += [f"    + {tip}" for tip in step.do]
            for dont in step.dont:
                lines += ["    - " + _("Not: {words}").format(words=dont.avoid)]
                lines += ["      " + _("Say: {words}").format(words=dont.say)]
            if step.categories:
                lines.append(
                    "    " + _("Phrases: {categories}").format(categories=", ".join(step.categories))
                )
            lines.append("")
        for line in lines:
            print(printable(line))
        return EXIT_OK

    def render(self, phrase_id: str, assignments: Iterable[str], *, copy: bool) -> int:
        from calmdesk.core import placeholders  # only the commands that fill blanks load it
        from calmdesk.core.clock_fields import clock_fields

        phrase = self.library.get(phrase_id)
        if phrase is None:
            raise CommandError(_unknown_id_message(phrase_id, self.library), EXIT_PROBLEM)
        given = _parse_assignments(assignments)
        _warn_unknown_names(phrase, given)
        wrong = placeholders.value_problems(phrase.text, given)
        if wrong:
            raise CommandError(f"{phrase.id}: " + "; ".join(wrong), EXIT_USAGE)
        # The promised times as the picker's form would show them: rounded, inside the working hours.
        promised = clock_fields(phrase.text, datetime.now(), self.settings.working_time(), phrase.lang)[1]
        values = {**self.prefilled_values(), **promised, **given}
        try:
            text = placeholders.render(phrase.text, values)
        except placeholders.MissingValues as missing:
            hint = " ".join(f"--set {name}=..." for name in missing.names)
            message = _("{id} needs a value for: {names} (add {hint})")
            names = ", ".join(missing.names)
            raise CommandError(message.format(id=phrase.id, names=names, hint=hint), EXIT_USAGE) from None
        if copy:
            _copy_to_clipboard(text)
            print(_("Copied {id} to the clipboard.").format(id=phrase.id), file=sys.stderr)
        else:
            print(text)
        return EXIT_OK

    def prefilled_values(self) -> dict[str, str]:
        """The one fill rule: the current complaint's values, then the settings (then `--set`, on top)."""
        from calmdesk.core import placeholders  # only the commands that fill blanks load it
        from calmdesk.core.complaint import fill_values

        settings = placeholders.settings_values(
            self.settings.agent_name, self.settings.company, self.settings.support_email
        )
        return fill_values(current_complaint(), settings)

    @cached_property
    def index(self) -> SearchIndex:
        from calmdesk.core.search import SearchIndex  # only the search commands pay for building it

        return SearchIndex.for_library(self.library)

    def _one_query_index(self, query: str) -> SearchIndex:
        from calmdesk.core.search import SearchIndex

        # A huge library (an import of 300,000 rows) is not indexed whole for one query: see for_query.
        return SearchIndex.for_query(self.library, query)

    def _hits(self, query: str, category: str | None, limit: int) -> list[Hit]:
        return self.index.search(query, category=category, limit=limit)

    def _hit_json(self, hit: Hit) -> dict[str, Any]:
        # "partial": the phrase matches only some of the query's words (listed after the full matches).
        return {**self._phrase_json(hit.phrase), "partial": hit.partial}

    def _phrase_json(self, phrase: Phrase) -> dict[str, Any]:
        from calmdesk.core import placeholders  # only the commands that fill blanks load it

        category = self.library.categories.get(phrase.category)
        return {
            "id": phrase.id,
            "category": phrase.category,
            "category_label": category.label if category else phrase.category,
            "title": phrase.title,
            "text": phrase.text,
            "tags": list(phrase.tags),
            "channels": list(phrase.channels),
            "step": phrase.step,
            "pack": phrase.pack,
            "blanks": [p.name for p in placeholders.blanks(phrase.text)],
            # Its language; "fallback": no version in the language asked for, so this one is shown.
            "lang": phrase.lang,
            "fallback": phrase.lang != self.library.language,
            "languages": list(self.library.languages_of(phrase.id)),
        }

    def _print_table(self, phrases: Sequence[Phrase]) -> None:
        if not phrases:
            return
        id_width = min(max(len(p.id) for p in phrases), 40)
        shown = self.library.language
        for phrase in phrases:
            # A phrase without a version in the language asked for is shown in English, and says so.
            mark = f"  [{phrase.lang}]" if phrase.lang != shown else ""
            print(printable(f"{phrase.id:<{id_width}}  {phrase.category:<12}  {phrase.title}{mark}"))


def load_user_layer(library: Library) -> tuple[Library, list[str]]:
    """`library` with the user's phrases when a data file exists (a plain search never creates one).

    The store modules are imported only then, and the importers never: each command pays for what it uses.
    """
    if not paths.database_file().exists():
        return library, []
    from calmdesk.core.user_layer import with_user_phrases
    from calmdesk.store.errors import StoreError
    from calmdesk.store.user_phrases import UserPhrases
    from calmdesk.store.userstore import UserStore

    try:
        with UserStore.open() as store:
            user = UserPhrases(store)
            return with_user_phrases(library, user.all(), user.hidden()), []
    except StoreError as exc:
        return library, [_("your own phrases are not loaded: {reason}").format(reason=exc)]


def pack_check(files: Sequence[Path], extra_dirs: Sequence[Path] = ()) -> int:
    """Problems first, then "ok" for each pack file read without one (never for a folder as a whole).

    Checked against what the app loads (built-in, user folder, settings' team folders, `extra_dirs`), so an
    id that clashes with a loaded pack is caught here instead of being ignored at load.
    """
    settings, _problems = load_settings(paths.settings_file())
    loaded = load_configured(settings, extra_dirs, user_dir=paths.user_packs_dir())
    read, problems = check_packs(files, loaded)
    for problem in problems:
        print(problem)  # Problem.__str__ escapes control characters
    bad = {problem.file for problem in problems}
    for source in read:
        if source not in bad:
            print(_("{file}: ok").format(file=printable(source)))
    return EXIT_PROBLEM if problems else EXIT_OK


def remote(command: str) -> int:
    """Pass a window command (`show`, `toggle`, `checklist`, `edit`, `settings`, ...) to the running app;
    start one (then that window shown) when none runs."""
    import subprocess

    from calmdesk.system.display import missing_display
    from calmdesk.system.instance import send_command, send_summon

    def send(command: str) -> bool:
        # show and toggle carry the launcher's activation token: on Wayland it lets the picker take focus.
        return send_summon(command) if command in ("show", "toggle") else send_command(command)

    if send(command):
        return EXIT_OK
    problem = missing_display()
    if problem:
        message = _("CalmDesk is not running and cannot start: {reason}")
        raise CommandError(message.format(reason=problem), EXIT_PROBLEM)
    # Detached, with its own session, so the app outlives this short command and the terminal it came from.
    app = subprocess.Popen(
        [sys.executable, "-m", "calmdesk"],
        stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )
    first = "show" if command == "toggle" else command  # a fresh app has nothing to toggle
    deadline = time.monotonic() + START_TIMEOUT_S
    while time.monotonic() < deadline:
        time.sleep(0.05)
        if send(first):
            return EXIT_OK
        if app.poll() is not None:
            break  # it ended at start (it failed, or handed over to an instance that won the race)
    if send(first):
        return EXIT_OK
    raise CommandError(_("started CalmDesk, but it did not answer; run `calmdesk` to see why"), EXIT_PROBLEM)


def doctor(extra_dirs: Sequence[Path] = ()) -> int:
    from calmdesk.system.doctor import report

    rows = report()
    settings, _problems = load_settings(paths.settings_file())
    library = load_configured(
        settings, extra_dirs, user_dir=paths.user_packs_dir(), cache_dir=paths.team_cache_dir()
    )
    rows.append(("phrase packs", f"{len(library.packs)} loaded, {len(library.phrases)} phrases"))
    rows += [("pack problem", printable(str(problem))) for problem in library.problems]
    rows += [
        ("privacy", printable(f"{path} is readable by other users of this machine; fix: chmod go= {path}"))
        for path in paths.readable_by_others()
    ]
    width = max(len(name) for name, _ in rows)
    for name, status in rows:
        print(f"{name:<{width}}  {status}")
    return EXIT_OK


def current_complaint() -> Complaint | None:
    """The current complaint, or None (also when the store cannot be read: the phrase still renders)."""
    from calmdesk.store.errors import StoreError
    from calmdesk.store.userstore import UserStore

    try:
        with UserStore.open() as store:
            return store.complaints.current()
    except StoreError as error:
        warn(_("the current complaint is not used: {reason}").format(reason=error))
        return None


def _parse_assignments(assignments: Iterable[str]) -> dict[str, str]:
    values: dict[str, str] = {}
    for item in assignments:
        name, sep, value = item.partition("=")
        if not sep or not name.strip():
            raise CommandError(_("--set takes NAME=VALUE, not {given!r}").format(given=item), EXIT_USAGE)
        values[name.strip()] = value
    return values


def _warn_unknown_names(phrase: Phrase, given: dict[str, str]) -> None:
    from calmdesk.core import placeholders  # only the commands that fill blanks load it

    # A misspelt --set would otherwise leave the blank to its default without a word, and exit 0.
    names = [p.name for p in placeholders.blanks(phrase.text)]
    for name in given:
        if name not in names:
            known = (
                _("its blanks: {names}").format(names=", ".join(names)) if names else _("it has no blanks")
            )
            message = _("{id} has no blank named {name} (ignored); {known}")
            warn(message.format(id=phrase.id, name=quoted(name), known=known))


def _unknown_id_message(phrase_id: str, library: Library) -> str:
    from difflib import get_close_matches

    close = get_close_matches(phrase_id, [p.id for p in library.phrases], n=3, cutoff=0.6)
    if close:
        return _("no phrase with id {id!r}; did you mean {close}?").format(
            id=phrase_id, close=", ".join(close)
        )
    return _("no phrase with id {id!r}; `calmdesk list` shows every id").format(id=phrase_id)


def _copy_to_clipboard(text: str) -> None:
    from calmdesk.system.clipboard import ClipboardError, copy_without_gui

    try:
        copy_without_gui(text)
    except ClipboardError as error:
        raise CommandError(str(error), EXIT_PROBLEM) from None


def _print_json(value: object) -> None:
    print(json.dumps(value, ensure_ascii=ascii_only(), indent=2))


def ascii_only() -> bool:
    """Whether JSON must escape non-ASCII: it stays valid JSON on a console that cannot show UTF-8.

    (cli.main makes any other text degrade to backslash escapes there instead of failing.)
    """
    encoding = (getattr(sys.stdout, "encoding", None) or "").lower().replace("-", "").replace("_", "")
    return not encoding.startswith("utf")


def clear_history() -> int:
    """`history clear`: forget every phrase use and the search memory; favourites and phrases stay."""
    if not paths.database_file().exists():
        print(_("Nothing to clear: CalmDesk has recorded no use yet."), file=sys.stderr)
        return EXIT_OK
    from calmdesk.store.errors import StoreError
    from calmdesk.store.userstore import UserStore

    try:
        with UserStore.open() as store:
            store.clear_history()
    except StoreError as exc:
        raise CommandError(str(exc), EXIT_PROBLEM) from None
    cleared = _("Cleared the phrase use and the search memory; favourites and your phrases are kept.")
    print(cleared, file=sys.stderr)
    print(_("If CalmDesk is running, quit and start it again to forget them there too."), file=sys.stderr)
    return EXIT_OK


# -- the commands, as the table in cli.table names them ----------------------------------------------------


def run_search(args: Namespace) -> int:
    session = Session.load(args.packs, args.lang)
    if args.stdin:
        return session.search_stdin(category=args.category, limit=args.limit)
    return session.search(" ".join(args.query), category=args.category, limit=args.limit, as_json=args.json)


def run_list(args: Namespace) -> int:
    return Session.load(args.packs, args.lang).list_phrases(category=args.category, as_json=args.json)


def run_categories(args: Namespace) -> int:
    return Session.load(args.packs, args.lang).categories(as_json=args.json)


def run_checklist(args: Namespace) -> int:
    return Session.load(args.packs, args.lang).checklist(as_json=args.json)


def run_render(args: Namespace) -> int:
    return Session.load(args.packs, args.lang).render(args.phrase_id, args.values, copy=False)


def run_copy(args: Namespace) -> int:
    return Session.load(args.packs, args.lang).render(args.phrase_id, args.values, copy=True)


def run_pack_check(args: Namespace) -> int:
    return pack_check(args.files, args.packs)


def run_clear_history(_args: Namespace) -> int:
    return clear_history()


def run_show(args: Namespace) -> int:
    return remote("checklist" if args.checklist else "show")


def run_remote(args: Namespace) -> int:
    """`toggle`, `edit`, `settings`, `about`: the running app does it (started first when none runs)."""
    return remote(args.command)


def run_doctor(args: Namespace) -> int:
    return doctor(args.packs)
