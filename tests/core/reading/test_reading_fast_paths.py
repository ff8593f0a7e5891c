"""More of the reader's fast paths read as the plain way: whether a text is mostly in capitals (a text
whose letters are ASCII, without a list of all its words), the first angry face (each face looked for
alone), and the sentences where leaving is a threat under a condition."""

from __future__ import annotations

import re

from hypothesis import example, given, settings
from hypothesis import strategies as st

from calmdesk.core.reading import load_knowledge, read_message
from calmdesk.core.reading.anger_style import _SHORT_NOT_SHOUTING, mostly_capitals
from calmdesk.core.reading.knowledge import knowledge_for
from calmdesk.core.reading.prepared import ENGLISH_CONDITIONS, prepare
from calmdesk.core.reading.signals import _threatened_leaving, sort_cues

_LETTER_WORD = re.compile(r"[^\W\d_]{2,}")


def plain_mostly_capitals(text: str) -> bool:
    """Every word of two letters or more listed and counted, as the reader did before."""
    words = _LETTER_WORD.findall(text)
    left_out = sum(1 for word in words if word in _SHORT_NOT_SHOUTING)
    upper = sum(1 for word in words if word.isupper()) - left_out
    counted = len(words) - left_out
    return counted >= 3 and upper >= 0.5 * counted


_PIECES = st.sampled_from(
    ["WHERE", "IS", "my", "PARCEL", "TV", "OK", "NO", "Ok", "iPhone", "ABc", "aB", "a", "I", "x", "MY",
     "ref", "REF", " ", " ", ".", "!", "'", "-", "_", "2", "A1", "B_C", "é", "ÉTÉ", "\n", "ß", "£", "€",
     "²", "½", "٣", "😠"]
)  # fmt: skip


@settings(max_examples=400, deadline=None)
@given(st.lists(_PIECES, max_size=30).map("".join))
@example("WHERE IS MY PARCEL")
@example("WHERE IS my parcel")
@example("WHERE IS my parcel now")
@example("TV OK NO")
@example("ABc DEF GHI")
@example("IT IS_ok ok")
@example("£5 WHERE IS MY PARCEL")
@example("WHERE IS MY ÉTÉ été été")
def test_mostly_capitals_reads_as_every_word_counted(text: str) -> None:
    assert mostly_capitals(text) == plain_mostly_capitals(text)


def test_a_condition_word_outside_the_threat_sentence_does_not_count() -> None:
    text = "If you can help, thanks. If the internet isn't back by Friday, I'll cancel and go elsewhere."
    knowledge = knowledge_for(load_knowledge(), "en")
    message = prepare(text)
    assert message is not None
    message = knowledge.cues.normalise(message)
    cues = sort_cues(message, knowledge.cues.find(message), knowledge.negation_reach)
    threatened = _threatened_leaving(message, cues, ENGLISH_CONDITIONS)
    leaving = {message.sentence[one.first] for one in cues.group("threat") if one.cue.label == "leave"}
    expected = {
        message.sentence[index]
        for index, norm in enumerate(message.norms)
        if norm in ENGLISH_CONDITIONS and message.sentence[index] in leaving
    }
    assert threatened == frozenset(expected) == {1}


_FACES = "\U0001f620\U0001f621\U0001f624\U0001f92c\U0001f4a2\U0001f47f\U0001f595"


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from([*_FACES, "\U0001f600", "£", "late ", "x", " "]), min_size=1, max_size=12))
def test_the_first_angry_face_is_shown(pieces: list[str]) -> None:
    text = "My parcel is late " + "".join(pieces)
    faces = [at for at, char in enumerate(text) if char in _FACES]
    shown = [e for e in read_message(text).evidence if e.field == "anger" and e.value == "angry"]
    faces_shown = [e for e in shown if e.text in _FACES]
    if not faces:
        assert faces_shown == []
    else:
        assert [(e.start, e.end, e.text) for e in faces_shown] == [(faces[0], faces[0] + 1, text[faces[0]])]
