"""The headless phrase commands: search, list, categories, checklist, render/copy, pack check, doctor."""

from __future__ import annotations

import json
import sys
from argparse import Namespace
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from calmdesk.cli.errors import EXIT_OK, EXIT_PROBLEM, CommandError
from calmdesk.cli.session import Session, ascii_only, print_json
from calmdesk.core.library import Library, check_packs, load_configured
from calmdesk.core.messages import gettext as _
from calmdesk.core.model import Phrase
from calmdesk.core.printable import printable
from calmdesk.store import paths
from calmdesk.store.settings import load_settings

if TYPE_CHECKING:
    from calmdesk.core.search import Hit


def search(session: Session, query: str, *, category: str | None, limit: int, as_json: bool) -> int:
    from calmdesk.core.search import has_words

    key = session.category_key(category)
    hits = session.one_query_index(query).search(query, category=key, limit=limit)
    if query.strip() and not has_words(query):
        shown = printable(query.strip()[:40])
        message = _("Nothing to search for in “{query}”: listing phrases in browsing order.")
        print(message.format(query=shown), file=sys.stderr)
    if as_json:
        print_json([_hit_json(session.library, h) for h in hits])
    elif not hits:
        message = _("Nothing in the library relates to these words. Try other words, or `calmdesk list`.")
        print(message, file=sys.stderr)
        return EXIT_PROBLEM
    else:
        full = [h.phrase for h in hits if not h.partial]
        _print_table(session.library, full)
        partial = [h.phrase for h in hits if h.partial]
        if partial:
            if full:
                print()
            print(_("Partial matches (some of the words):"), file=sys.stderr, flush=True)
            sys.stdout.flush()
            _print_table(session.library, partial)
    return EXIT_OK


def search_stdin(session: Session, *, category: str | None, limit: int) -> int:
    # One line out per line in, flushed at once, so a script can talk to us through a pipe.
    category = session.category_key(category)
    for line in sys.stdin:
        hits = session.hits(line.strip(), category, limit)
        print(
            json.dumps([_hit_json(session.library, h) for h in hits], ensure_ascii=ascii_only()), flush=True
        )
    return EXIT_OK


def list_phrases(session: Session, *, category: str | None, as_json: bool) -> int:
    key = session.category_key(category)
    phrases = [p for p in session.library.phrases if key in (None, p.category)]
    if as_json:
        print_json([_phrase_json(session.library, p) for p in phrases])
    else:
        _print_table(session.library, phrases)
    return EXIT_OK


def categories(session: Session, *, as_json: bool) -> int:
    counts = {key: 0 for key in session.library.categories}
    for phrase in session.library.phrases:
        counts[phrase.category] = counts.get(phrase.category, 0) + 1
    rows = [
        {"key": c.key, "label": c.label, "description": c.description, "count": counts.get(c.key, 0)}
        for c in session.library.categories.values()
    ]
    if as_json:
        print_json(rows)
        return EXIT_OK
    width = max(len(str(row["key"])) for row in rows)
    for row in rows:
        line = f"{row['key']:<{width}}  {row['count']:>3}  {row['label']}: {row['description']}"
        print(printable(line))
    return EXIT_OK


def checklist(session: Session, *, as_json: bool) -> int:
    steps = session.library.checklist
    if as_json:
        print_json(
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
            lines.append("    " + _("Phrases: {categories}").format(categories=", ".join(step.categories)))
        lines.append("")
    for line in lines:
        print(printable(line))
    return EXIT_OK


def _hit_json(library: Library, hit: Hit) -> dict[str, Any]:
    # "partial": the phrase matches only some of the query's words (listed after the full matches).
    return {**_phrase_json(library, hit.phrase), "partial": hit.partial}


def _phrase_json(library: Library, phrase: Phrase) -> dict[str, Any]:
    from calmdesk.core import placeholders  # only the commands that fill blanks load it

    category = library.categories.get(phrase.category)
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
        "fallback": phrase.lang != library.language,
        "languages": list(library.languages_of(phrase.id)),
    }


def _print_table(library: Library, phrases: Sequence[Phrase]) -> None:
    if not phrases:
        return
    id_width = min(max(len(p.id) for p in phrases), 40)
    shown = library.language
    for phrase in phrases:
        # A phrase without a version in the language asked for is shown in English, and says so.
        mark = f"  [{phrase.lang}]" if phrase.lang != shown else ""
        print(printable(f"{phrase.id:<{id_width}}  {phrase.category:<12}  {phrase.title}{mark}"))


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
        return search_stdin(session, category=args.category, limit=args.limit)
    return search(session, " ".join(args.query), category=args.category, limit=args.limit, as_json=args.json)


def run_list(args: Namespace) -> int:
    return list_phrases(Session.load(args.packs, args.lang), category=args.category, as_json=args.json)


def run_categories(args: Namespace) -> int:
    return categories(Session.load(args.packs, args.lang), as_json=args.json)


def run_checklist(args: Namespace) -> int:
    return checklist(Session.load(args.packs, args.lang), as_json=args.json)


def run_pack_check(args: Namespace) -> int:
    return pack_check(args.files, args.packs)


def run_clear_history(_args: Namespace) -> int:
    return clear_history()


def run_doctor(args: Namespace) -> int:
    return doctor(args.packs)
