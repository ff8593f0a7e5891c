"""Help desks' placeholders in a sheet's text cells, read as CalmDesk blanks with their fallback as default.

What each help desk writes (their own help pages):
- Zendesk, Freshdesk (Liquid): `{{ticket.requester.first_name}}`, with filters `{{x | capitalize}}` and a
  fallback `{{x | default: "there"}}`;
- Intercom: `{{first_name | fallback: "there"}}`;
- Chatwoot and Zendesk Engage: `{{ contact.first_name || 'there' }}` (or "there");
- Gorgias, HubSpot (Jinja-like): `{{ticket.customer.firstname}}`, `{{ticket.messages[0].body_text}}`,
  `{{x|default("there")}}`, `{{date|datetime_format("L")}}`;
- Front: `{{recipient.first_name}}`, and `{{1}}` in a synced WhatsApp template;
- Help Scout: `{%customer.firstName,fallback=there%}`;
- Salesforce quick text: `{!Contact.FirstName}`.
Each becomes `{{name}}` or `{{name|fallback}}`; formatting filters are left out and counted. The customer's
and the agent's name and the ticket become CalmDesk's own blanks (`customer_name`, `agent_name`, `ticket`),
which the current complaint and the settings fill, as the help desk filled them. A CalmDesk blank
(`{{name}}`, `{{name|default}}`, a choice, a clock) stays as written. Liquid's logic (`{% if %}`) is kept as
typed, with a note: there is no faithful blank for it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from calmdesk.core import placeholders
from calmdesk.core.importers.common import ImportResult, blank_name
from calmdesk.core.messages import gettext as _

_DOUBLE = re.compile(r"\{\{([^{}]*)\}\}")
# ticket.requester.first_name, ticket.messages[0].body_text, Contact-Name, or Front's positional 1
_PATH = re.compile(r"\s*([A-Za-z_][\w-]*(?:\[-?\d+\])?(?:\.[\w-]+(?:\[-?\d+\])?)*|\d{1,2})\s*")
_QUOTED = r"""(?:'([^']*)'|"([^"]*)")"""
_OR = re.compile(rf"\|\|\s*{_QUOTED}\s*")
# | name, | name: arg, |name("arg"), | truncate: 20, 3 (Liquid and Jinja filters)
_FILTER = re.compile(rf"\|\s*([a-z_]+)\s*(?:(?::\s*|\(\s*)(?:{_QUOTED}|([\w.-]+))(?:\s*,[^|)]*)?\s*\)?)?\s*")
_FALLBACK_FILTERS = frozenset({"default", "fallback"})
_FORMAT_FILTERS = frozenset(
    {"capitalize", "upcase", "downcase", "titlecase", "strip", "lstrip", "rstrip", "escape", "strip_html"}
    | {"lower", "upper", "title", "trim", "truncate", "truncatewords"}
)
_FILTERS_WITH_ARGUMENT = frozenset({"date", "datetime_format"})  # `|date` alone may be a CalmDesk default
_HELP_SCOUT = re.compile(r"\{%\s*([A-Za-z_]\w*(?:\.\w+)+)\s*(?:,\s*fallback\s*=\s*([^%{}|]*?))?\s*%\}")
_SALESFORCE = re.compile(r"\{!\s*([A-Za-z_]\w*(?:\.\w+)+)\s*\}")
_LIQUID_LOGIC = re.compile(r"\{%-?\s*(?:if|unless|elsif|else|endif|endunless|case|when|for|endfor|assign)\b")


@dataclass(frozen=True, slots=True)
class _Foreign:
    path: str
    fallback: str
    filters: tuple[str, ...]
    marked: bool  # written in another tool's way (a dot, an index, ||, a known filter), not CalmDesk's


def helpdesk_placeholders(text: str, where: str, result: ImportResult) -> str:
    """`text` with every help desk placeholder as a CalmDesk blank (see the module's list)."""
    if "{{" in text:
        text = _DOUBLE.sub(lambda match: _double(match, result), text)
    if "{%" in text:
        text = _HELP_SCOUT.sub(lambda m: _blank(m.group(1), m.group(2) or "", result), text)
        if _LIQUID_LOGIC.search(text):
            words = _("a help desk's if/else logic is kept as typed: edit it to the words you mean")
            result.notes.append(f"{where}: {words}")
    if "{!" in text:
        text = _SALESFORCE.sub(lambda m: _blank(m.group(1), "", result), text)
    return text


def _double(match: re.Match[str], result: ImportResult) -> str:
    foreign = _read(match.group(1))
    if foreign is None or (not foreign.marked and _is_calmdesks(match.group(0))):
        return match.group(0)  # a CalmDesk blank, or nothing any help desk writes: kept as typed
    for name in foreign.filters:
        result.dropped[
            _("formatting filter of another tool's placeholder (| {filter})").format(filter=name)
        ] += 1
    return _blank(foreign.path, foreign.fallback, result)


@lru_cache(maxsize=4096)
def _is_calmdesks(written: str) -> bool:
    return not placeholders.problems(written)


@lru_cache(maxsize=4096)
def _read(inner: str) -> _Foreign | None:
    """The path, fallback and formatting filters of `{{inner}}`, or None when it is not a help desk's."""
    found = _PATH.match(inner)
    if found is None:
        return None
    path, rest = found.group(1), inner[found.end() :]
    marked = not re.fullmatch(r"[a-z][a-z0-9_]*", path)
    fallback, filters = "", []
    while rest:
        either = _OR.match(rest)
        if either:
            fallback, rest, marked = either.group(1) or either.group(2) or "", rest[either.end() :], True
            continue
        step = _FILTER.match(rest)
        if step is None:
            return None
        name, argument = step.group(1), step.group(2) or step.group(3) or step.group(4) or ""
        if name in _FALLBACK_FILTERS and argument:
            fallback = argument
        elif name in _FORMAT_FILTERS or (name in _FILTERS_WITH_ARGUMENT and argument):
            filters.append(name)
        else:
            return None  # `{{name|there}}`: a CalmDesk default, not a filter
        rest, marked = rest[step.end() :], True
    return _Foreign(path, fallback.strip(), tuple(filters), marked)


def _blank(path: str, fallback: str, result: ImportResult) -> str:
    result.dropped[_("another tool's placeholder read as a blank")] += 1
    return _written(path, fallback)


@lru_cache(maxsize=4096)
def _written(path: str, fallback: str) -> str:
    """The blank for a path and fallback; a sheet repeats the same few thousands of times (cached)."""
    name = f"value_{path}" if path.isdigit() else (calmdesk_name(path) or _name(path))
    written = "{{" + name + (f"|{fallback.strip()}" if fallback.strip() else "") + "}}"
    # A fallback CalmDesk cannot hold as a default (braces, a bar) is left out rather than lose the blank.
    return written if not placeholders.problems(written) else "{{" + name + "}}"


_NAME_CHARS = 40  # blank_name's cut


def _name(path: str) -> str:
    """The blank's name: the whole path when it fits, else its last parts (Gorgias's
    `ticket.customer.integrations.shopify.orders[0].name` is the order's name), never cut inside a word."""
    parts = [part for part in re.split(r"[.\[\]]+", path) if part]
    kept: list[str] = []
    for part in reversed(parts):
        if kept and len(blank_name("_".join([part, *kept]))) >= _NAME_CHARS:
            break
        kept.insert(0, part)
    return blank_name("_".join(kept))


# Who a help desk's name placeholder names, by the part before the name: the customer (Zendesk's requester,
# Help Scout's and Gorgias's customer, Chatwoot's contact, Front's recipient, Briskine's `to`, Salesforce's
# Contact) or the agent (Zendesk's current_user and assignee, Front's and Help Scout's user, Chatwoot's agent,
# Briskine's `from`).
_CUSTOMER = frozenset({"requester", "customer", "contact", "recipient", "visitor", "end_user", "lead", "to"})
_AGENT = frozenset({"agent", "current_user", "assignee", "assignee_user", "user", "from"})
_NAMES = frozenset({"first_name", "firstname", "name", "full_name", "fullname", "display_name"})
_TICKET_OWNERS = frozenset({"ticket", "conversation", "case"})
_TICKET_NUMBERS = frozenset({"id", "number", "ticket_id", "casenumber", "case_number"})


def calmdesk_name(path: str) -> str | None:
    """CalmDesk's own blank for a help desk's customer name, agent name or ticket number, else None.
    Intercom names the customer's attributes alone: `{{first_name | fallback: "there"}}`."""
    parts = [part.lower() for part in re.split(r"[.\[\]]+", path) if part and not part.lstrip("-").isdigit()]
    if not parts:
        return None
    last, owner = parts[-1], (parts[-2] if len(parts) > 1 else "")
    if last in _NAMES and (owner in _CUSTOMER or len(parts) == 1):
        return "customer_name"
    if last in _NAMES and owner in _AGENT:
        return "agent_name"
    if last in _TICKET_NUMBERS and owner in _TICKET_OWNERS and len(parts) == 2:
        return "ticket"
    return None
