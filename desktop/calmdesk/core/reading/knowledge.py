"""The reader's knowledge as data: resources/reading/*.toml, then each pack folder's reading/*.toml.

Every list is a list of cues (docs/reading.md). A team file adds cues to the built-in ones (a list is never
replaced, so a team cannot lose the built-in knowledge by accident), adds order-number formats, and may set
`negation.reach`. A file is read like a pack: only a regular file of a sane size, its problems reported
with the file's name, and a broken file costs its own cues only.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from calmdesk.core.languages import ENGLISH, SUPPORTED
from calmdesk.core.model import Problem
from calmdesk.core.reading.anger_rubric import Marker
from calmdesk.core.reading.cues import CueIndex
from calmdesk.core.reading.draft import Draft
from calmdesk.core.reading.knowledge_files import add_file, add_text
from calmdesk.core.reading.language import word_index
from calmdesk.core.reading.prepared import ENGLISH_CLAUSE_WORDS, ENGLISH_CONDITIONS
from calmdesk.core.reading.topic_model import TopicModel
from calmdesk.core.reading.vocabulary import ANGER_LEVELS as ANGER_LEVELS
from calmdesk.core.reading.vocabulary import ASKS as ASKS
from calmdesk.core.reading.vocabulary import THREATS as THREATS
from calmdesk.core.reading.vocabulary import TOPICS as TOPICS
from calmdesk.core.resource_files import files

READING_FOLDER = "reading"  # inside a pack folder: where a team keeps its own reading data


@dataclass(frozen=True, slots=True)
class Knowledge:
    cues: CueIndex
    negation_reach: int = 4
    order_formats: tuple[re.Pattern[str], ...] = ()
    titles: frozenset[str] = frozenset()
    not_names: frozenset[str] = frozenset()
    # "ask.refund", "anger.furious", "repeat_contact" ... -> phrase ids that answer it, best first.
    answers: dict[str, tuple[str, ...]] = field(default_factory=dict)
    problems: tuple[Problem, ...] = field(default=())
    # "threat.legal" -> (the checklist step where they help, the tips): what the panel adds for a threat.
    tips: dict[str, tuple[str, tuple[str, ...]]] = field(default_factory=dict)
    # "anger.furious" -> "empathize": the checklist step whose phrases the picker ranks after the answers.
    steps: dict[str, str] = field(default_factory=dict)
    lang: str = "en"  # the language of the messages these cues read (language.py picks it per message)
    # The common words (and letters) that tell a message's language, each with the languages it belongs to
    # ([language.<code>], languages.toml; language.word_index).
    language_words: dict[str, tuple[str, ...]] = field(default_factory=dict)
    extra_dirs: tuple[Path, ...] = ()  # the team folders read, so another language's knowledge reads them too
    # Word weights per topic for a message no cue names (topic_model.py; English's only, for now).
    topic_model: TopicModel | None = None
    # The words that open a condition ("if", "wenn") and a new clause ("but", "aber") in this language:
    # clause_words None: English's, at which prepare() cut the message already.
    conditions: frozenset[str] = ENGLISH_CONDITIONS
    clause_words: frozenset[str] | None = None
    # Each anger feature's kind and tier ([marker.<feature>], anger_markers.toml; anger_rubric.py).
    markers: dict[str, Marker] = field(default_factory=dict)
    # The knowledge of the other languages, loaded on first need (knowledge_for).
    others: dict[str, Knowledge] = field(default_factory=dict, compare=False, repr=False)


@lru_cache(maxsize=8)
def builtin_knowledge(lang: str = ENGLISH) -> Knowledge:
    """The built-in knowledge of one language, read once per process."""
    return load_knowledge((), lang)


def load_knowledge(extra_dirs: Iterable[Path] = (), lang: str = ENGLISH) -> Knowledge:
    """The knowledge for messages in `lang`: English's files (resources/reading/*.toml; of another language,
    only what no language owns: answers, order formats, the language words), then the language's own
    (resources/reading/<lang>/*.toml), then each team folder's reading/*.toml and reading/<lang>/*.toml."""
    draft = Draft()
    dirs = tuple(extra_dirs)
    folder = files("calmdesk.resources") / READING_FOLDER
    own = lang == ENGLISH
    for entry in sorted(folder.iterdir(), key=lambda e: e.name):
        if entry.name.endswith(".toml"):
            add_text(draft, entry.read_text(encoding="utf-8"), f"resources/reading/{entry.name}", own)
    if not own and lang.isalpha() and (folder / lang).is_dir():
        for entry in sorted((folder / lang).iterdir(), key=lambda e: e.name):
            if entry.name.endswith(".toml"):
                add_text(draft, entry.read_text(encoding="utf-8"), f"resources/reading/{lang}/{entry.name}")
    draft.team = True
    for pack_dir in dirs:
        team = pack_dir / READING_FOLDER
        for place in (team, team / lang) if not own and lang.isalpha() else (team,):
            if place.is_dir():
                for path in sorted(place.glob("*.toml")):
                    add_file(draft, path)
    return Knowledge(
        CueIndex(draft.cues, draft.spellings),
        draft.reach,
        tuple(draft.formats),
        frozenset(draft.words["titles"]),
        frozenset(draft.words["not_names"]),
        {key: tuple(dict.fromkeys(ids)) for key, ids in draft.answers.items()},
        tuple(draft.problems),
        {key: (step, tuple(dict.fromkeys(tips))) for key, (step, tips) in draft.tips.items()},
        dict(draft.steps),
        lang,
        word_index(draft.language_words),
        dirs,
        draft.topic_model,
        *_grammar(draft, own),
        dict(draft.markers),
    )


def _grammar(draft: Draft, english: bool) -> tuple[frozenset[str], frozenset[str] | None]:
    """The condition words, and the clause words when they are not the ones prepare() cut at (English's)."""
    conditions, clause_words = draft.conditions or set(), draft.clause_words
    if english:
        extra = None if clause_words is None else ENGLISH_CLAUSE_WORDS | clause_words
        return ENGLISH_CONDITIONS | conditions, extra
    return frozenset(conditions), frozenset(clause_words or ())


def knowledge_for(knowledge: Knowledge, lang: str) -> Knowledge:
    """`knowledge` for messages in `lang`: the same team folders, that language's words. Loaded once per
    `knowledge` and language (the picker keeps its knowledge until the pack folders change)."""
    if lang == knowledge.lang or lang not in SUPPORTED:
        return knowledge
    found = knowledge.others.get(lang)
    if found is None:
        found = load_knowledge(knowledge.extra_dirs, lang)
        knowledge.others[lang] = found
    return found
