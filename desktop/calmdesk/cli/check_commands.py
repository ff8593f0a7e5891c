"""`calmdesk check`: the tone check of a draft (a file or stdin), or of a pack's phrases, headless."""

from __future__ import annotations

import json
import sys
from argparse import Namespace
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from calmdesk.cli.errors import EXIT_OK, EXIT_PROBLEM, EXIT_USAGE, CommandError, warn
from calmdesk.cli.session import Session, ascii_only, current_complaint
from calmdesk.core.library import check_packs, expand_pack_dirs
from calmdesk.core.messages import gettext as _
from calmdesk.core.messages import ngettext
from calmdesk.core.packs import read_pack_file
from calmdesk.core.printable import printable
from calmdesk.core.tone import Finding, ToneChecker, ToneContext, context_for, load_rules
from calmdesk.core.tone.checker import MAX_CHECK_CHARS
from calmdesk.store import paths

# A draft bigger than this is not a reply: refuse it rather than read a whole disk image into memory.
MAX_DRAFT_BYTES = 4 * MAX_CHECK_CHARS


@dataclass(frozen=True)
class Checked:
    """One text checked: where it came from (a file, or a pack file and phrase id) and what was found."""

    source: str
    text: str
    findings: list[Finding]
    phrase_id: str | None = None
    line: int | None = None  # the phrase's line in its pack file


def check(
    session: Session,
    target: str | None,
    pack_paths: Sequence[Path],
    *,
    extra_dirs: Sequence[Path],
    customer: str | None,
    angry: bool | None,
    phrases: bool,
    as_json: bool,
    lang: str | None = None,
) -> int:
    """Exit 0 when nothing is found, 1 with findings, 2 when the input cannot be read.

    The rules are those of `lang` (a --lang), else of the current complaint's language when the draft is
    one, else of the language the library is shown in."""
    rule_dirs = [*_setting_dirs(session), paths.user_packs_dir(), *extra_dirs]
    if phrases:
        rule_dirs += [p if p.is_dir() else p.parent for p in pack_paths]
    complaint = current_complaint() if not phrases else None
    language = lang or (complaint.lang if complaint is not None and complaint.lang else "")
    rules = load_rules(rule_dirs, language or session.library.language)
    for problem in rules.problems:
        warn(str(problem))
    checker = ToneChecker(rules)
    if phrases:
        checked = _check_phrases(session, checker, pack_paths)
    else:
        if target is None:
            raise CommandError(_("name a draft file, or - to read the draft from stdin"), EXIT_USAGE)
        context = context_for(complaint if customer is None or angry is None else None, angry=angry)
        if customer is not None:
            context = ToneContext(context.angry, customer.strip() or None, False)
        text = _read_draft(target)
        checked = [Checked(target, text, checker.check(text, context))]
    if as_json:
        _print_json(session, checked)
    else:
        _print_text(session, checked)
    return EXIT_PROBLEM if any(c.findings for c in checked) else EXIT_OK


def _setting_dirs(session: Session) -> list[Path]:
    # A folder the library could not use ("~nosuchuser") was reported there already.
    return expand_pack_dirs(session.settings.pack_dirs)


def _read_draft(target: str) -> str:
    try:
        if target == "-":
            data = sys.stdin.buffer.read(MAX_DRAFT_BYTES + 1)
        else:
            with Path(target).open("rb") as file:
                data = file.read(MAX_DRAFT_BYTES + 1)
    except OSError as error:
        reason = error.strerror or str(error)
        raise CommandError(
            _("cannot read {file}: {reason}").format(file=target, reason=reason), EXIT_USAGE
        ) from None
    if len(data) > MAX_DRAFT_BYTES:
        too_big = _("{file} is over {size} kB: that is not a reply")
        raise CommandError(too_big.format(file=target, size=MAX_DRAFT_BYTES // 1000), EXIT_USAGE)
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        not_utf8 = _("{file} is not UTF-8 text (byte {byte}): save it as UTF-8")
        raise CommandError(not_utf8.format(file=target, byte=error.start), EXIT_USAGE) from None


def _check_phrases(session: Session, checker: ToneChecker, pack_paths: Sequence[Path]) -> list[Checked]:
    """Each phrase as a template: blanks are expected and a phrase is not a whole reply."""
    template = ToneContext(angry=False, template=True)
    if not pack_paths:
        return [
            Checked(p.pack, p.text, checker.check(p.text, template), p.id) for p in session.library.phrases
        ]
    files, problems = check_packs(pack_paths)
    for problem in problems:
        warn(str(problem))
    checked = []
    for source in files:
        pack = read_pack_file(Path(source))
        for phrase in pack.phrases:
            found = checker.check(phrase.text, template)
            checked.append(Checked(source, phrase.text, found, phrase.id, pack.lines.get(phrase.id)))
    if problems and not checked:
        raise CommandError(_("no phrase could be read from the packs given"), EXIT_USAGE)
    return checked


def _position(text: str, offset: int) -> tuple[int, int]:
    line = text.count("\n", 0, offset) + 1
    return line, offset - (text.rfind("\n", 0, offset) + 1) + 1


def _finding_json(session: Session, checked: Checked, finding: Finding) -> dict[str, Any]:
    line, column = _position(checked.text, finding.start)
    result: dict[str, Any] = {"file": checked.source}
    if checked.phrase_id:
        result.update(phrase_id=checked.phrase_id, pack_line=checked.line)
    result.update(
        line=line,
        column=column,
        start=finding.start,
        end=finding.end,
        rule=finding.rule,
        group=finding.group,
        text=finding.text,
        why=finding.why,
        replacement=finding.replacement,
        phrases=[
            {"id": pid, "title": phrase.title}
            for pid in finding.phrases
            if (phrase := session.library.get(pid)) is not None
        ],
    )
    return result


def _print_json(session: Session, checked: list[Checked]) -> None:
    rows = [_finding_json(session, c, f) for c in checked for f in c.findings]
    print(json.dumps(rows, ensure_ascii=ascii_only(), indent=2))


def _print_text(session: Session, checked: list[Checked]) -> None:
    total = 0
    for item in checked:
        for finding in item.findings:
            total += 1
            line, column = _position(item.text, finding.start)
            where = f"{item.source}:{line}:{column}"
            if item.phrase_id:
                where = f"{item.source}:{item.line or '?'}: [{item.phrase_id}] {line}:{column}"
            what = f'"{finding.text}"' if finding.text else _("(missing)")
            print(printable(f"{where}: {finding.rule} {what}: {finding.why}"))
            if finding.replacement is not None:
                say = f'"{finding.replacement}"' if finding.replacement else _("(leave it out)")
                print(printable("    " + _("instead: {wording}").format(wording=say)))
            for pid in finding.phrases:
                phrase = session.library.get(pid)
                if phrase is not None:
                    other = _("or the phrase {id}: {title}").format(id=pid, title=phrase.title)
                    print(printable("    " + other))
    in_phrases = any(c.phrase_id for c in checked)
    if total and in_phrases:
        summary = ngettext("{count} finding in the phrases.", "{count} findings in the phrases.", total)
    elif total:
        summary = ngettext("{count} finding in the draft.", "{count} findings in the draft.", total)
    elif in_phrases:
        summary = _("No tone problems found in the phrases.")
    else:
        summary = _("No tone problems found in the draft.")
    print(summary.format(count=total), file=sys.stderr)


def run_check(args: Namespace) -> int:
    """`calmdesk check`, as cli.table names it."""
    return check(
        Session.load(args.packs, args.lang),
        args.target,
        args.phrases or (),
        extra_dirs=tuple(args.packs),
        customer=args.customer,
        angry=args.angry,
        phrases=args.phrases is not None,
        as_json=args.json,
        lang=args.lang,
    )
