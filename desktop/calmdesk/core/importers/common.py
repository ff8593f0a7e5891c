"""What every importer returns, and the helpers they share: ids, names, titles, categories, the rules.

Reading an import file safely (size cap, text encodings) is `import_files`'s."""

from __future__ import annotations

import dataclasses
import re
from collections import Counter
from dataclasses import dataclass, field

from calmdesk.core import placeholders
from calmdesk.core.messages import N_
from calmdesk.core.messages import gettext as _
from calmdesk.core.model import CATEGORY_KEYS, CHANNELS, Phrase
from calmdesk.core.phrase_rules import MAX_TAG_CHARS, MAX_TAGS, MAX_TITLE_CHARS, fitting_tags, phrase_problems
from calmdesk.core.text import normalize

USER_PACK = "user"
DEFAULT_CATEGORY = "solution"


class ImportFailed(Exception):
    """The input cannot be imported at all; the message names the file and the line where known."""

    def __init__(self, message: str, source: str = "", line: int | None = None) -> None:
        self.source, self.line, self.reason = source, line, message
        where = source + (f":{line}" if line is not None else "")
        super().__init__(f"{where}: {message}" if where else message)


@dataclass(frozen=True, slots=True)
class Skipped:
    """A snippet left out, with the reason in words; `where` is "file:line" or the snippet's trigger."""

    where: str
    title: str
    reason: str


@dataclass(frozen=True, slots=True)
class Unreadable:
    """A file of a folder import that could not be read (broken YAML, unreadable, not text): its phrases are
    not imported, while every other file's are. `line` where known."""

    source: str
    line: int | None
    reason: str

    @classmethod
    def of(cls, failed: ImportFailed) -> Unreadable:
        return cls(failed.source, failed.line, failed.reason)

    def __str__(self) -> str:
        return self.source + (f":{self.line}" if self.line is not None else "") + f": {self.reason}"


@dataclass(slots=True)
class ImportResult:
    """What an importer read: the phrases it would add, what it skipped and why, and what it changed.

    `notes` are things worth telling (a shell variable turned into a blank); `dropped` counts what was left
    out on purpose by kind ("cursor marker $|$": 12), so a report can say it once instead of 12 times.
    `unreadable` are the files of a folder that could not be read at all: the import is partial.
    """

    phrases: list[Phrase] = field(default_factory=list)
    skipped: list[Skipped] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    dropped: Counter[str] = field(default_factory=Counter)
    origins: dict[str, str] = field(default_factory=dict)  # phrase id -> where it came from
    unreadable: list[Unreadable] = field(default_factory=list)


USER_ID = re.compile(r"user\.[a-z0-9][a-z0-9._-]{0,90}")
_PLACEHOLDER = re.compile(r"\{\{[^{}]*\}\}")
_SLUG = re.compile(r"[^a-z0-9]+")
_NAME_BAD = re.compile(r"[^a-z0-9]+")  # and runs of "_": "Order number (like A-1)" -> order_number_like_a_1


def slug(text: str, fallback: str = "phrase") -> str:
    """A readable id part: "Sorry, wait!" -> "sorry-wait"."""
    found = _SLUG.sub("-", normalize(text)).strip("-")[:40].strip("-")
    return found or fallback


def blank_name(text: str, fallback: str = "value") -> str:
    """A placeholder name CalmDesk accepts: "form1.Name" -> "form1_name", "2nd" -> "v_2nd", one "_" between
    words however many signs stood there."""
    name = _NAME_BAD.sub("_", normalize(text).replace(" ", "_")).strip("_")[:40].strip("_")
    if not name:
        return fallback
    return name if name[0].isalpha() else f"v_{name}"


class IdMaker:
    """Unique phrase ids "user.<slug>", never one already taken (by the library, the store or this import)."""

    def __init__(self, taken: set[str]) -> None:
        self.taken = set(taken)
        self.made: set[str] = set()  # ids given out (or kept) for this import
        # The next number to try per base: 20,000 snippets with one title used to try 1, 2, 3, ... each
        # time (200 million look-ups, 70 s); now each number is tried once.
        self._next: dict[str, int] = {}

    def make(self, title: str) -> str:
        base = f"{USER_PACK}.{slug(title)}"
        candidate, number = base, self._next.get(base, 2)
        while candidate in self.taken:
            candidate, number = f"{base}-{number}", number + 1
        self._next[base] = number
        self.taken.add(candidate)
        self.made.add(candidate)
        return candidate


_SIGILS = ":;/\\.,!#@%&*+=-_~`'\""


_SENTENCE_END = re.compile(r"(?<=[.!?])\s")
FALLBACK_TITLE = "Imported phrase"
_TITLE_WORDS = 8  # a title is for scanning a list: the first sentence when it is this short, else a cut


def title_from(label: str, text: str, trigger: str = "") -> str:
    """The label when there is one, else the trigger without its sigil, else words of the text.

    From the text: its first sentence when short, else its first words cut after a comma where one falls
    late enough, never beginning with a blank ("{{name}}, your refund..." -> "Your refund is on its way").
    A text that is mostly blanks has no title of its own: FALLBACK_TITLE.
    """
    for candidate in (label, trigger.lstrip(_SIGILS)):
        if candidate.strip():
            return _clip(" ".join(candidate.split()))
    plain = _PLACEHOLDER.sub("…", text)
    first = _SENTENCE_END.split(" ".join(plain.split()), maxsplit=1)[0]
    words = first.split()
    while words and not words[0].strip("…,;:"):  # a title never opens on a blank; inside, "…" marks one
        words.pop(0)
    own = [word for word in plain.split() if any(ch.isalnum() for ch in word)]
    if len(own) < 2 and len(own) * 2 < len(plain.split()):
        return FALLBACK_TITLE
    if not words:
        return _clip(" ".join(plain.split()[:_TITLE_WORDS])) or FALLBACK_TITLE
    if len(words) <= _TITLE_WORDS:
        title = " ".join(words)
    else:
        # A clause that ends a little past the cut reads better than a cut inside it.
        reach = words[: _TITLE_WORDS + 2]
        comma = max((n for n, word in enumerate(reach[:-1]) if word.endswith(",")), default=-1)
        title = " ".join(reach[: comma + 1] if comma >= 3 else words[:_TITLE_WORDS]).rstrip(",;:") + "…"
    return _clip(title[0].upper() + title[1:])


ONLY_BLANKS_REASON = N_(
    "it holds only a blank to fill (a shell or script value, never run), no words of its own"
)


def only_blanks(text: str) -> bool:
    """A text with no words of its own, only blanks to type in (a shell or script variable's output, the
    clipboard): nothing worth keeping as a phrase. A date or time alone is a value, and is kept."""
    if any(ch.isalnum() for ch in _PLACEHOLDER.sub(" ", text)):
        return False
    return any(not blank.is_clock for blank in placeholders.parse(text))


def _clip(text: str) -> str:
    return text if len(text) <= MAX_TITLE_CHARS else text[: MAX_TITLE_CHARS - 1].rstrip() + "…"


# Words that say what a snippet is for, tried in this order (the first category with a hit wins): the
# specific ones (a refund is a solution even when it says sorry) before the general ones.
_CATEGORY_WORDS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("escalation", ("escalat", "supervisor", "manager", "specialist team")),
    ("compensation", ("voucher", "discount", "coupon", "compensat", "goodwill", "credit")),
    ("follow_up", ("follow up", "following up", "checking in", "check in")),
    ("wait", ("hold on", "one moment", "bear with", "please wait", "a minute", "moment")),
    ("apology", ("sorry", "apolog", "regret")),
    ("empathy", ("understand", "frustrat", "i can imagine", "must be")),
    ("solution", ("refund", "replace", "fixed", "resolved", "solution", "reset", "resend")),
    ("commitment", ("i will", "i'll", "by tomorrow", "promise", "call you back")),
    ("questions", ("could you", "can you", "please send", "which", "what is", "order number")),
    ("closing", ("thank", "regards", "have a great", "bye", "take care")),
    ("boundary", ("abusive", "language", "respect")),
)


def guess_category(title: str, text: str, default: str = DEFAULT_CATEGORY) -> str:
    """The category the words point to, else `default`."""
    words = normalize(f"{title} {text}")
    for category, hints in _CATEGORY_WORDS:
        if any(hint in words for hint in hints):
            return category
    return default if default in CATEGORY_KEYS else DEFAULT_CATEGORY


def checked_text(text: str) -> str | None:
    """`text` when CalmDesk can read its placeholders, else None (the caller skips it, saying why)."""
    return text if not placeholders.problems(text) else None


def keep_rules(result: ImportResult, source: str, lang: str = "en") -> ImportResult:
    """`result` with every phrase held to CalmDesk's limits and character rules (core.phrase_rules), and
    in `lang` unless its file said its language (a CSV `lang` cell, a pack's `[pack] language`).

    What an import lets in, an export writes and a later import reads back. A phrase that breaks them is
    skipped with the reason; tags that do not fit are left out and counted (they only help search); lone
    carriage returns (old Mac line ends) become newlines.
    """
    kept: list[Phrase] = []
    for phrase in result.phrases:
        text = phrase.text.replace("\r\n", "\n").replace("\r", "\n")
        tags, left_out = fitting_tags(phrase.tags)
        problems = phrase_problems(phrase.title, text, tags)
        if problems:
            where = result.origins.pop(phrase.id, source)
            result.skipped.append(Skipped(where, phrase.title, "; ".join(problems)))
            continue
        if left_out:
            kind = _("tags over {limit} characters or past the {count}th")
            result.dropped[kind.format(limit=MAX_TAG_CHARS, count=MAX_TAGS)] += left_out
        kept.append(dataclasses.replace(phrase, text=text, tags=tags, lang=phrase.lang or lang))
    result.phrases = kept
    return result


def make_phrase(
    phrase_id: str,
    title: str,
    text: str,
    category: str,
    tags: list[str] | tuple[str, ...] = (),
    channels: tuple[str, ...] = CHANNELS,
    step: str | None = None,
    lang: str = "",
) -> Phrase:
    """A phrase read from another tool's file; `lang` "" until `keep_rules` gives it the import's language."""
    # A trigger's sigil (":sry", "!bye", ";ty") is not a word anyone searches for.
    cleaned = (t.strip().strip(_SIGILS).strip() for t in tags)
    unique_tags = tuple(dict.fromkeys(t for t in cleaned if t))
    return Phrase(phrase_id, category, title, text, USER_PACK, unique_tags, channels, step, lang)
