"""Tone rules as data: read and checked from TOML (resources/tone/*.toml, and a team's <pack dir>/tone/)."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import Any

from calmdesk.core.messages import gettext as _
from calmdesk.core.messages import number
from calmdesk.core.model import LANGUAGE_CODE, Problem
from calmdesk.core.packs import MAX_PACK_BYTES
from calmdesk.core.resource_files import files
from calmdesk.core.safefile import FileRefused, read_regular_file
from calmdesk.core.tomlcheck import TOP_LEVEL, LineFinder, Table, decode, parse_toml
from calmdesk.core.tone.patterns import PatternError, compile_pattern, fold
from calmdesk.core.tone.rule import Rule, RuleSet

# Variants (every {a|b} choice and optional word spelled out) one rules file may add. The built-in rules
# have 416; a team file five times that is still checked in milliseconds.
MAX_VARIANTS_PER_FILE = 2_000

KINDS = ("existence", "substitution", "occurrence", "capitals", "name")
WHEN = ("always", "angry")
INSERT = ("start", "end")
# Spelt as one string: a tuple of 24 names would take a line each.
_KEY_NAMES = """
kind why match swap except unless favours denials replace phrases drafts_only when in_quotes negatable
min_words insert min_letters short_shouts allow names_after names_before not_names salutations
same_names nouns_capitalised examples
"""
_RULE_KEYS = tuple(_KEY_NAMES.split())
TONE_FOLDER = "tone"  # inside a pack folder: where a team keeps its own rules


def builtin_rules_text(lang: str = "en") -> tuple[str, str]:
    """The built-in rules file's text and the name messages give it: `i18n/<lang>/tone.toml` for a language
    that has its own rules (a draft in Spanish is judged by Spanish words, and an English rule such as "no
    sorry in an angry reply" would flag every one of them), else the English rules."""
    root = files("calmdesk.resources")
    own = root / "i18n" / lang / "tone.toml"
    if lang != "en" and LANGUAGE_CODE.fullmatch(lang) and own.is_file():
        return own.read_text(encoding="utf-8"), f"resources/i18n/{lang}/tone.toml"
    return (root / "tone" / "rules.toml").read_text(encoding="utf-8"), "resources/tone/rules.toml"


def load_rules(extra_dirs: Iterable[Path] = (), lang: str = "en") -> RuleSet:
    """The built-in rules of `lang`, then each pack folder's tone/*.toml: a rule with a known id replaces
    it."""
    text, source = builtin_rules_text(lang)
    parsed = [parse_rules(text, source)]
    for folder in extra_dirs:
        tone = folder / TONE_FOLDER
        if tone.is_dir():
            parsed += [read_rules_file(path) for path in sorted(tone.glob("*.toml"))]
    return merge(parsed)


def read_rules_file(path: Path) -> RuleSet:
    # The same guards as a pack: only a regular file of a sane size (a pipe in a shared folder would hang).
    try:
        data = read_regular_file(path, MAX_PACK_BYTES)
    except FileRefused as exc:
        return RuleSet((), problems=(Problem(str(path), str(exc)),))
    except OSError as exc:
        reason = _("cannot read the file: {reason}").format(reason=exc.strerror or exc)
        return RuleSet((), problems=(Problem(str(path), reason),))
    text = decode(data, str(path))
    if isinstance(text, Problem):
        return RuleSet((), problems=(text,))
    return parse_rules(text, str(path))


def merge(sets: Iterable[RuleSet]) -> RuleSet:
    rules: dict[str, Rule] = {}
    cues: list[str] = []
    breaks: list[str] = []
    reach = 6
    problems: list[Problem] = []
    for one in sets:
        rules.update((rule.id, rule) for rule in one.rules)
        cues += [c for c in one.negation_cues if c not in cues]
        breaks += [b for b in one.negation_breaks if b not in breaks]
        reach = max(reach, one.negation_reach)
        problems += one.problems
    return RuleSet(tuple(rules.values()), tuple(cues), reach, tuple(problems), tuple(breaks))


def parse_rules(text: str, source: str) -> RuleSet:
    """Every sound rule of one file; each unsound one is reported (with its line) and left out."""
    problems: list[Problem] = []
    doc = parse_toml(text, source)  # huge numbers and deep nesting are this file's problem, as in a pack
    if isinstance(doc, Problem):
        return RuleSet((), problems=(doc,))
    finder = LineFinder(text)
    top = Table(doc, label=TOP_LEVEL, source=source, problems=problems, finder=finder)
    top.check_keys([], ["negation", "rule"])
    cues, reach, breaks = _read_negation(doc.get("negation"), top)
    raw_rules = doc.get("rule", [])
    if not isinstance(raw_rules, list):
        top.problem(_('"{name}" must be a list of [[{name}]] tables').format(name="rule"), "rule")
        raw_rules = []
    headers = finder.array_lines("rule")
    rules: list[Rule] = []
    variants = 0
    for place, raw in enumerate(raw_rules, start=1):
        start = headers[place - 1] if len(headers) == len(raw_rules) else None
        rule = _read_rule(raw, place, top, start)
        if rule is None:
            continue
        variants += _variant_count(rule)
        if variants > MAX_VARIANTS_PER_FILE:
            # Each check tries every variant whose first word is in the draft: past this, a file of
            # multiplying patterns froze the picker for seconds per keystroke. The rest is left out.
            words = _(
                "rule #{number} and the ones after it were left out: the file's patterns grow into more "
                "than {limit} variants (each {{a|b}} group doubles a pattern): split or simplify them"
            )
            top.problem(words.format(number=place, limit=number(MAX_VARIANTS_PER_FILE)))
            break
        rules.append(rule)
    return RuleSet(tuple(rules), cues, reach, tuple(problems), breaks)


def _variant_count(rule: Rule) -> int:
    # compile_pattern is cached, so the checker's own compile costs nothing more.
    patterns = (*rule.patterns, *rule.exceptions, *rule.unless, *rule.favours, *rule.denials)
    return sum(len(compile_pattern(p)) for p in patterns)


def _read_negation(raw: Any, top: Table) -> tuple[tuple[str, ...], int, tuple[str, ...]]:
    if raw is None:
        return (), 6, ()
    if not isinstance(raw, dict):
        top.problem(_('"negation" must be a table: [negation]'), "negation")
        return (), 6, ()
    table = top.sub(raw, "[negation]", top.finder.table_line("negation"))
    table.check_keys(["cues"], ["reach", "breaks"])
    cues = _patterns(table, "cues") or ()
    breaks = _patterns(table, "breaks") or ()
    reach = raw.get("reach", 6)
    if not isinstance(reach, int) or isinstance(reach, bool) or not 1 <= reach <= 20:
        table.problem(_('"reach" must be a whole number of words from 1 to 20'), "reach")
        reach = 6
    return cues, reach, breaks


def _read_rule(raw: Any, place: int, top: Table, start: int | None) -> Rule | None:
    raw_id = raw.get("id") if isinstance(raw, dict) else None
    label = _("rule #{number}").format(number=place)
    who = raw_id if isinstance(raw_id, str) and raw_id.strip() else label
    table = top.sub(raw if isinstance(raw, dict) else {}, label, start, who)
    if not isinstance(raw, dict):
        table.problem(_("must be a table: [[{name}]]").format(name="rule"))
        return None
    table.check_keys(["id", "kind", "why"], [k for k in _RULE_KEYS if k not in ("kind", "why")])
    rule_id, why = table.string("id"), table.string("why")
    kind = table.choice("kind", KINDS, "kind")
    if rule_id is not None and "." not in rule_id:
        table.problem(
            _('id "{id}" needs a group before a dot, such as "blame.{id}"').format(id=rule_id), "id"
        )
    patterns, replacements = _read_matches(table, kind)
    options = _read_options(table)
    if table.failed or rule_id is None or why is None or kind is None:
        return None
    return Rule(rule_id, kind, why, patterns, replacements, source=table.source, **options)


def _read_matches(table: Table, kind: str | None) -> tuple[tuple[str, ...], tuple[str | None, ...]]:
    if kind == "substitution":
        swap = table.raw.get("swap")
        if not isinstance(swap, dict) or not swap or not all(isinstance(v, str) for v in swap.values()):
            table.problem(_('a substitution needs a [rule.swap] table of "pattern" = "replacement"'), "swap")
            return (), ()
        for pattern in swap:
            _check_pattern(table, pattern, "swap")
        return tuple(swap), tuple(swap.values())
    if kind == "capitals":
        return (), ()
    patterns = _patterns(table, "match")
    if not patterns:
        table.problem(_('a rule of kind "{kind}" needs "match"').format(kind=kind))
        return (), ()
    replace = table.raw.get("replace")
    if replace is not None and not isinstance(replace, str):
        table.problem(_('"replace" must be a string'), "replace")
    wording = replace if isinstance(replace, str) else None
    return patterns, tuple(wording for _ in patterns)


def _read_options(table: Table) -> dict[str, Any]:
    raw = table.raw
    options: dict[str, Any] = {
        "exceptions": _patterns(table, "except") or (),
        "unless": _patterns(table, "unless") or (),
        "favours": _patterns(table, "favours") or (),
        "denials": _patterns(table, "denials") or (),
        "phrases": table.strings("phrases") or (),
        "angry_only": table.choice("when", WHEN, "when") == "angry",
        "insert": table.choice("insert", INSERT, "insert place") or "end",
        "allow": frozenset(w.casefold() for w in table.strings("allow") or ()),
        "names_after": frozenset(w.casefold() for w in table.strings("names_after") or ()),
        "names_before": frozenset(w.casefold() for w in table.strings("names_before") or ()),
        "short_shouts": frozenset(w.casefold() for w in table.strings("short_shouts") or ()),
        "not_names": frozenset(w.casefold() for w in table.strings("not_names") or ()),
        "salutations": frozenset(fold(w) for w in table.strings("salutations") or ()),
        "same_names": _same_names(table),
    }
    for key, flag in (
        ("drafts_only", False),
        ("in_quotes", False),
        ("negatable", True),
        ("nouns_capitalised", False),
    ):
        value = raw.get(key, flag)
        if not isinstance(value, bool):
            table.problem(_('"{key}" must be true or false').format(key=key), key)
        options[key] = value if isinstance(value, bool) else flag
    for key, default in (("min_words", 0), ("min_letters", 3)):
        count = raw.get(key, default)
        if not isinstance(count, int) or isinstance(count, bool) or not 0 <= count <= 1000:
            table.problem(_('"{key}" must be a whole number from 0 to 1000').format(key=key), key)
            count = default
        options[key] = count
    examples = raw.get("examples", {})
    if not isinstance(examples, dict) or set(examples) - {"bad", "good"}:
        table.problem(_('"examples" takes only "bad" and "good" lists'), "examples")
        examples = {}
    sub = table.sub(examples, "examples", table.start, table.who)
    # An example is a draft, which may have lines ("Madame Dupont,\n\nvotre ...").
    options["bad"] = sub.strings("bad", multiline=True) or ()
    options["good"] = sub.strings("good", multiline=True) or ()
    return options


def _same_names(table: Table) -> tuple[frozenset[str], ...]:
    """`same_names = ["robert|bob|bobby"]`: each entry the forms of one name, two or more."""
    groups = []
    for entry in table.strings("same_names") or ():
        names = frozenset(fold(name.strip()) for name in entry.split("|") if name.strip())
        if len(names) < 2:
            # The message a one-option fill-in choice gets: "robert" alone pairs no names.
            table.problem(_("has only one option: a choice needs two or more, separated by |"), "same_names")
            continue
        groups.append(names)
    return tuple(groups)


def _patterns(table: Table, key: str) -> tuple[str, ...] | None:
    patterns = table.strings(key)
    for pattern in patterns or ():
        _check_pattern(table, pattern, key)
    return patterns


def _check_pattern(table: Table, pattern: str, key: str) -> None:
    try:
        compile_pattern(pattern)
    except PatternError as exc:
        table.problem(_('bad pattern in "{key}": {reason}').format(key=key, reason=exc), key)
