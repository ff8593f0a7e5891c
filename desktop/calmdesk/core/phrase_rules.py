"""One set of limits and character rules for a phrase, wherever it comes in or goes out.

Team packs, imports, the editor and exports all use these, so what CalmDesk holds it can always export and
read back (an import once took a 6,999-character text that the pack reader then refused). The picker lays
out and searches every title and tag on each keystroke: a 4 MB title froze it for a second per key.
"""

from __future__ import annotations

from collections.abc import Sequence

from calmdesk.core.messages import N_, number
from calmdesk.core.messages import gettext as _
from calmdesk.core.printable import control_chars

MAX_ID_CHARS = 100
MAX_TITLE_CHARS = 120
MAX_TAG_CHARS = 40
MAX_TAGS = 40
# The editor has allowed this much since it exists, so no phrase already held is ever refused on the way out.
MAX_TEXT_CHARS = 20_000


def phrase_problems(title: str, text: str, tags: Sequence[str] = ()) -> list[str]:
    """Why a phrase with these fields breaks the rules, in words (empty: it keeps them).

    Control characters, the line and paragraph separators and the bidirectional marks are refused in every
    field (newline and tab only in the text): they would reach a terminal as escape sequences, or the
    customer's screen in another order than the agent read ("Trojan source").
    """
    found: list[str] = []
    for words, value, limit in (
        (N_("the title is {length} characters long; at most {limit} are allowed"), title, MAX_TITLE_CHARS),
        (N_("the text is {length} characters long; at most {limit} are allowed"), text, MAX_TEXT_CHARS),
    ):
        if len(value) > limit:
            found.append(_(words).format(length=number(len(value)), limit=number(limit)))
    if len(tags) > MAX_TAGS:
        found.append(
            _("it has {count} tags; at most {limit} are allowed").format(
                count=number(len(tags)), limit=MAX_TAGS
            )
        )
    if any(len(tag) > MAX_TAG_CHARS for tag in tags):
        found.append(_("a tag is longer than {limit} characters").format(limit=MAX_TAG_CHARS))
    for words, value, multiline in (
        (N_("the title holds control characters ({characters})"), title, False),
        (N_("the text holds control characters ({characters})"), text, True),
        *((N_("a tag holds control characters ({characters})"), tag, False) for tag in tags),
    ):
        bad = control_chars(value, multiline=multiline)
        if bad:
            found.append(_(words).format(characters=", ".join(bad[:5])))
            break
    return found


def fitting_tags(tags: Sequence[str]) -> tuple[tuple[str, ...], int]:
    """The tags that keep the rules (the first MAX_TAGS of those short and clean enough), and how many not.

    Tags only help search: an import keeps the phrase and leaves out the tags that do not fit, saying so.
    """
    kept = [t for t in tags if len(t) <= MAX_TAG_CHARS and not control_chars(t)][:MAX_TAGS]
    return tuple(kept), len(tags) - len(kept)
