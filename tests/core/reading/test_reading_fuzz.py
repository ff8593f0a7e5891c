"""Whatever lands on the clipboard, the reader returns a reading: no error, no hang, calm "other" at worst."""

from __future__ import annotations

import gc
import os

from hypothesis import given, settings
from hypothesis import strategies as st

from calmdesk.core.reading import Reading, builtin_knowledge, read_message
from calmdesk.core.reading.knowledge import ASKS, THREATS, TOPICS


def check(reading: Reading, text: str | bytes) -> None:
    assert reading.topic in TOPICS
    assert 0 <= reading.anger <= 3
    assert set(reading.asks) <= set(ASKS)
    assert set(reading.threats) <= set(THREATS)
    if isinstance(text, str):
        for item in reading.evidence:
            assert text[item.start : item.end] == item.text
    reading.as_dict([])
    reading.summary()


@settings(max_examples=300, deadline=None)
@given(st.text())
def test_any_text_in_any_script(text: str) -> None:
    check(read_message(text), text)


@settings(max_examples=200, deadline=None)
@given(st.binary())
def test_any_bytes(data: bytes) -> None:
    check(read_message(data), data)


_WORDS = (
    "refund", "order", "#88123", "A-10492", "broken", "lawyer", "review", "never", "again", "by",
    "Friday", "Regards,", "Maria", "don't", "not", '"quoted"', "'single'", "!!!", "???", "CAPS", "LOUD",
    "07700", "900461", "£49.99", "01/02/2024", "@", ".", ",", "\n\n",
)  # fmt: skip
WORDS = st.sampled_from(_WORDS)


@settings(max_examples=300, deadline=None)
@given(st.lists(WORDS, max_size=80).map(" ".join))
def test_complaint_words_in_any_order(text: str) -> None:
    check(read_message(text), text)


def test_binary_data_reads_as_calm_other() -> None:
    reading = read_message(os.urandom(10 * 1024 * 1024))
    assert (reading.topic, reading.anger) == ("other", 0)
    png = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + os.urandom(4096)
    assert (read_message(png).topic, read_message(png).anger) == ("other", 0)


def test_ten_megabytes_of_text_are_read_from_their_beginning() -> None:
    reading = read_message("My order A-10492 arrived broken. " + "blah " * 2_000_000)
    assert reading.order_number == "A-10492"
    assert reading.topic == "damaged"


def test_one_endless_word_is_read() -> None:
    # Before the cap, typo variants of a 20,000-letter word took gigabytes and minutes (pytest's timeout).
    for text in ("a" * 20_000, "QUJD" * 5_000, "x" * 1_000_000):
        assert read_message(text).topic == "other"


def test_control_characters_and_other_scripts() -> None:
    check(read_message("\x1b[31mREFUND\x1b[0m \x07\x08 now"), "\x1b[31mREFUND\x1b[0m \x07\x08 now")
    for text in ("Где мой заказ? Это возмутительно!", "我的订单在哪里", "طلبي لم يصل", "İSTANBUL siparişim"):
        check(read_message(text), text)
    assert read_message("\u202e\u2066 \ufeff").topic == "other"


def test_words_of_another_script_are_not_searched_for_slips() -> None:
    # A slip keeps the word's first letter: no English cue word starts with a Cyrillic letter, so a Russian
    # message costs no typo search (each word used to cost one look-up per letter, and a place in the cache).
    index = builtin_knowledge().cues
    before = len(index._corrected)
    read_message("Здравствуйте, посылка пришла сломанная, верните деньги пожалуйста")
    assert len(index._corrected) == before


def test_the_cycle_collector_waits_until_a_reading_ends() -> None:
    # A long message makes thousands of tuples at once: each few hundred used to start a collection, now and
    # then one walking the whole program. It runs again after the reading, and stays off if it was off.
    collections: list[str] = []

    def seen(phase: str, info: dict[str, int]) -> None:
        collections.append(phase)

    text = "My parcel never came, order A-10492. I want a refund now! " * 80
    gc.callbacks.append(seen)
    try:
        read_message(text)
    finally:
        gc.callbacks.remove(seen)
    assert collections == []
    assert gc.isenabled()
    gc.disable()
    try:
        read_message(text)
        assert not gc.isenabled()
    finally:
        gc.enable()


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="ab#-12 .£@/XYZ", max_size=80) | st.text(max_size=80))
def test_order_candidates_looked_for_near_digits_are_all_of_them(text: str) -> None:
    # The order-number candidates are looked for only near a digit (a speed-up): never one fewer or more.
    from calmdesk.core.reading.numbers import _CANDIDATE, _candidates

    assert [m.span() for m in _candidates(text)] == [m.span() for m in _CANDIDATE.finditer(text)]
    padded = "word " * 5 + text.replace("1", "#abcdefghijkl1")  # a candidate reaching far for its digit
    assert [m.span() for m in _candidates(padded)] == [m.span() for m in _CANDIDATE.finditer(padded)]


# The plain forms of three patterns that were reordered for speed (a plain character first, the look behind
# after it): each reordered one must find exactly what its plain form finds.
_PLAIN_QUOTES = (
    r"\"[^\"\n]{1,300}\"|\u201c[^\u201d\n]{1,300}\u201d|\u2018[^\u2019\n]{1,300}\u2019"
    r"|(?<![\w'])'[^'\n]{1,300}'(?![\w])"
)
_PLAIN_SHOUT = r"(?<![\w'])[A-Z][A-Z']{2,}(?![\w'])"
_GAP, _WORD = r"(?:[^\w.,;:!?\n]|_)", r"[^\W_]+(?:['\u2019\u02bc][^\W_]+)*"
_PLAIN_HINT = rf"[^\W_]\.{_GAP}{_WORD}\.{_GAP}{_WORD}\."  # three "word." and the gaps between


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="aB'\"\u201c\u201d\u2018\u2019 .\n_-XYZé", max_size=60) | st.text(max_size=60))
def test_patterns_reordered_for_speed_find_what_their_plain_forms_find(text: str) -> None:
    import re

    from calmdesk.core.reading.anger_style import _SHOUT_WORD, _WORD_BY_WORD_HINT
    from calmdesk.core.reading.prepared import _QUOTES

    for fast, plain in ((_QUOTES, _PLAIN_QUOTES), (_SHOUT_WORD, _PLAIN_SHOUT)):
        assert [m.span() for m in fast.finditer(text)] == [m.span() for m in re.finditer(plain, text)]
    assert bool(_WORD_BY_WORD_HINT.search(text)) == bool(re.search(_PLAIN_HINT, text))


def test_evidence_shows_the_words_as_given_around_a_blanked_control_character() -> None:
    # Found by the any-script property above: cleaning blanks a control character in place, and the
    # evidence showed the blank ("B B") where the message has "B\x1fB".
    text = "\nB\x1fB"
    for item in read_message(text).evidence:
        assert text[item.start : item.end] == item.text
