"""The one way a phrase becomes text on the clipboard, without Qt: the fill rule, the copy and its marks."""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping
from dataclasses import replace
from datetime import datetime
from typing import TYPE_CHECKING

from calmdesk.core.clock_fields import clock_fields
from calmdesk.core.complaint import by_channel, fill_values, phrases_for_step
from calmdesk.core.messages import gettext as _
from calmdesk.core.placeholders import blanks, render, settings_values
from calmdesk.core.repetition import Repeat, find_repeat
from calmdesk.core.search import Boosts, Hit, has_words, query_key
from calmdesk.store.errors import StoreError

# What a copy works with (copy_services); the stand-ins are imported from here too, where they were before.
from calmdesk.ui.common.copy_services import Clipboard as Clipboard
from calmdesk.ui.common.copy_services import ComplaintSource
from calmdesk.ui.common.copy_services import CopyError as CopyError
from calmdesk.ui.common.copy_services import NoComplaints as NoComplaints
from calmdesk.ui.common.copy_services import NoStore as NoStore
from calmdesk.ui.common.copy_services import PhraseStore as PhraseStore

if TYPE_CHECKING:
    from calmdesk.core.complaint import Complaint
    from calmdesk.core.library import Library
    from calmdesk.core.model import ChecklistStep, Phrase
    from calmdesk.core.placeholders import Placeholder
    from calmdesk.core.reading import Reading
    from calmdesk.core.search import SearchIndex
    from calmdesk.core.tone import ToneContext
    from calmdesk.store.settings import Settings

log = logging.getLogger(__name__)

WORKED_FULL_MARKS = 3  # "it worked" marks that give a phrase the whole lift for its kind of complaint


class PhraseFlow:
    """From a chosen phrase to text on the clipboard, the same in the picker and the checklist panel.

    The fill rule (the current complaint's values, then the settings, then the form), promised times as
    fields, the copy with its records (the use, the query's words, the complaint's blanks and step), the
    repetition warning, "it worked" marks, and every boost the ranking takes from them.
    """

    def __init__(
        self,
        settings: Settings,
        clipboard: Clipboard,
        library: Library,
        store: PhraseStore,
        complaints: ComplaintSource,
        *,
        clock: Callable[[], datetime] = datetime.now,
    ) -> None:
        self._settings = settings
        self._clipboard = clipboard
        self._library = library
        self._store = store
        self._complaints = complaints
        self._clock = clock
        self._boosts = Boosts()
        self._worked: tuple[str, dict[str, float]] | None = None  # (topic, boosts), until the next mark
        self._reading: Reading | None = None  # the customer's message the agent copied, if read
        self._answers: tuple[str, ...] = ()  # the ids of the phrases that answer it, best first
        self._answer_step: str | None = None  # the checklist step that answers it

    # -- what the flow works with -----------------------------------------------------------------------

    @property
    def settings(self) -> Settings:
        return self._settings

    @property
    def library(self) -> Library:
        return self._library

    @property
    def complaints(self) -> ComplaintSource:
        return self._complaints

    @property
    def boosts(self) -> Boosts:
        """Favourites, recent uses and the current step; read again at each summon and change."""
        return self._boosts

    def set_settings(self, settings: Settings) -> None:
        self._settings = settings

    def set_library(self, library: Library) -> None:
        self._library = library

    def current(self) -> Complaint | None:
        return self._complaints.current()

    def set_reading(
        self, reading: Reading | None, answers: tuple[str, ...] = (), step: str | None = None
    ) -> None:
        """The customer's message as read (None: none): its order number and name fill blanks the
        complaint leaves empty, `answers` (phrase ids) lead the list while nothing is typed, and while no
        complaint is open the phrases of `step` (the checklist step that answers it) come next."""
        self._reading = reading
        self._answers = answers if reading is not None else ()
        self._answer_step = step if reading is not None else None

    def reading(self) -> Reading | None:
        return self._reading

    # -- filling ----------------------------------------------------------------------------------------

    def prefill(self) -> dict[str, str]:
        """Values known before the agent types anything; the form shows them, editable.

        The one fill rule of every copy: the current complaint's values, then the settings, then the form.
        """
        settings = settings_values(
            self._settings.agent_name, self._settings.company, self._settings.support_email
        )
        complaint = self._complaints.current()
        values = fill_values(complaint, settings)
        if self._reading is None:
            return values
        from calmdesk.core.reading.for_reply import with_reading  # loaded once a message was read

        return with_reading(values, self._reading, complaint.customer if complaint else "")

    def fields(self, phrase: Phrase | None) -> tuple[tuple[Placeholder, ...], dict[str, str]]:
        """The blanks the form asks for (the phrase's own, then its promised times) and their first values.

        Promised times are computed now in the agent's working hours and shown as fields: the agent sees
        "by 10:30 tomorrow" before copying, and can change it for this customer.
        """
        if phrase is None:
            return (), self.prefill()
        times, computed = clock_fields(phrase.text, self._clock(), self._settings.working_time(), phrase.lang)
        return (*blanks(phrase.text), *times), {**self.prefill(), **computed}

    # -- copying ----------------------------------------------------------------------------------------

    def copy(self, phrase: Phrase, values: Mapping[str, str], *, query: str = "") -> str:
        """Put the phrase, filled with `values`, on the clipboard and return the text copied.

        `values` are the form's: it starts from `fields()` (the fill rule), so a blank the agent emptied
        there stays empty here and is asked for, never filled behind their back.

        `query`, the words that found the phrase, goes into the search memory so they find it first next
        time. Raises `MissingValues` for a required blank left empty and `CopyError` when the clipboard fails.
        """
        # A promised time the form did not hold (a copy path without a form) is computed in the agent's own
        # working hours, never in render's defaults.
        promised = clock_fields(phrase.text, self._clock(), self._settings.working_time(), phrase.lang)[1]
        given = {name: value for name, value in values.items() if value.strip()}
        text = render(phrase.text.strip(), {**promised, **given})
        self.copy_text(text)
        try:
            # Queued, never written here: another program holding the file's lock used to freeze the
            # picker for the whole busy timeout on every copy. The store's thread writes it, and with
            # it the query's words for the search memory (they find this phrase first next time).
            self._store.queue_use(phrase.id, query_key=query_key(query) if query.strip() else "")
        except Exception as exc:  # a closed store must not cost the agent the copy
            log.warning(_("Could not record the use of %(id)s: %(reason)s"), {"id": phrase.id, "reason": exc})
        # Blanks typed are kept for this complaint only; the reply is counted and its step ticked.
        self._complaints.phrase_copied(phrase, values, self.prefill())
        self.refresh_boosts()
        return text

    def copy_text(self, text: str) -> None:
        """Put `text` on the clipboard as it is (a checked draft); raises `CopyError` when that fails."""
        try:
            # Set while the popup still has focus: Wayland only lets the focused window own the clipboard.
            self._clipboard.copy(text)
        except Exception as exc:  # ClipboardError and whatever a platform plugin raises: tell, do not crash
            log.warning(_("Copy failed: %(reason)s"), {"reason": exc})
            raise CopyError(str(exc)) from exc

    def repeat_of(self, phrase: Phrase | None) -> Repeat | None:
        """The earlier copy to this customer that `phrase` would repeat (the same or nearly the same)."""
        if phrase is None:
            return None
        library = self._library
        return find_repeat(phrase, self._complaints.current(), library.get, library.phrases)

    # -- favourites and marks ---------------------------------------------------------------------------

    def is_favourite(self, phrase_id: str) -> bool:
        return self._store.is_favourite(phrase_id)

    def toggle_favourite(self, phrase_id: str) -> bool:
        """True: now a favourite. Raises what the store raises."""
        now = self._store.queue_favourite(phrase_id)  # written off the GUI thread, like uses
        self.refresh_boosts()
        return now

    def topic(self) -> str:
        """The current complaint's kind ("late parcel"), which "it worked" marks are kept for; "" if none."""
        complaint = self._complaints.current()
        return complaint.topic if complaint else ""

    def mark_worked(self, phrase: Phrase, given_up: Callable[[str], None] | None = None) -> str:
        """Privately note that `phrase` worked; it ranks higher for this kind of complaint. Returns the
        topic it was noted for. Saved by the store's writer thread (a locked file never freezes the
        picker); `given_up` hears why if it never can be. Raises `StoreError` when there is no store."""
        topic = self.topic()
        self._store.queue_mark_worked(phrase.id, topic, saved=self._forget_worked, given_up=given_up)
        self._worked = None
        return topic

    def _forget_worked(self, _count: object) -> None:
        self._worked = None  # the writer's thread: the boosts are read again at the next search

    def worked_boosts(self) -> dict[str, float]:
        """The phrases marked as having worked for the current topic, 1.0 from `WORKED_FULL_MARKS` marks."""
        topic = self.topic()
        if self._worked is None or self._worked[0] != topic:
            try:
                counts = self._store.worked_counts(topic)
            except StoreError:
                counts = {}
            self._worked = (topic, {pid: min(1.0, n / WORKED_FULL_MARKS) for pid, n in counts.items()})
        return self._worked[1]

    # -- ranking ----------------------------------------------------------------------------------------

    def refresh_boosts(self) -> None:
        """Favourites, recent uses and the current complaint's step, read again."""
        self._boosts = Boosts(
            favourites=self._store.favourites(),
            recent=self._store.recency(),
            step_categories=self._complaints.step_categories(),
        )

    def boosts_for(self, query: str) -> Boosts:
        """`boosts`, plus what was copied before after this very query (the search memory)."""
        if not query.strip():
            return self._boosts
        try:
            learned = self._store.query_memory.learned(query_key(query))
        except Exception as exc:  # a damaged memory costs the lift, never the search
            log.warning(_("Could not read the search memory: %(reason)s"), {"reason": exc})
            return self._boosts
        return replace(self._boosts, learned=learned) if learned else self._boosts

    def search(self, index: SearchIndex, query: str, category: str | None, limit: int) -> list[Hit]:
        """The picker's results for `query`: every boost applied, another channel's phrases behind."""
        boosts = replace(self.boosts_for(query), worked=self.worked_boosts())
        answering = self._library.step(self._answer_step) if self._answer_step else None
        if answering is not None and self._complaints.current() is None:
            # No complaint worked on yet: the step that answers the message is the one at hand.
            boosts = replace(boosts, step_categories=frozenset(answering.categories))
        hits = index.search(query, category=category, limit=limit, boosts=boosts)
        if self._answers and not has_words(query):
            from calmdesk.core.reading.for_reply import answers_first

            # Nothing typed yet: the replies to the customer's message first, then the usual order.
            hits = answers_first(hits, list(self._answers), lambda hit: hit.phrase.id)
        complaint = self._complaints.current()
        # No "thanks for holding" in a chat: the complaint's channel first, best first otherwise.
        return by_channel(hits, complaint.channel if complaint else "", lambda hit: hit.phrase)

    def step_phrases(self, step: ChecklistStep) -> list[Phrase]:
        """The phrases the checklist offers for `step`, the current complaint's channel first."""
        complaint = self._complaints.current()
        return phrases_for_step(self._library.phrases, step, complaint.channel if complaint else "")

    # -- complaints -------------------------------------------------------------------------------------

    def switch_complaint(self, step: int) -> bool:
        """Make the next (`step` 1) or previous (-1) open complaint current; False when there is no other."""
        complaints = self._complaints.open_complaints()
        current = self._complaints.current()
        if len(complaints) < 2 or current is None:
            return False
        ids = [c.id for c in complaints]
        self._complaints.switch(ids[(ids.index(current.id) + step) % len(ids)])
        return True

    def tone_context(self) -> ToneContext:
        """What the tone check knows of the customer: the current complaint's name and anger."""
        from calmdesk.core.tone import context_for  # the tone package loads on first check, not at start

        try:
            complaint = self._complaints.current()
        except (StoreError, OSError, ValueError):
            complaint = None  # the check still runs; it only lacks the customer's name
        return context_for(complaint)


def complaint_summary(complaint: Complaint, topic_name: Callable[[str], str] = str) -> str:
    """One line that tells complaints apart: the customer, then the channel and topic where given.
    `topic_name`: how a window names the topic (a topic read from the message, in its own language)."""
    topic = topic_name(complaint.topic) if complaint.topic else ""
    return " · ".join([complaint.label(), *(part for part in (complaint.channel, topic) if part)])
