"""Reading user_phrases rows: every list CalmDesk writes reads back the same, rows from elsewhere are judged
by the JSON rules, mangled ones are left out, and equal lists are one shared tuple."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from calmdesk.core.model import Phrase
from calmdesk.store.phrase_rows import UserPhrase, read_row, read_rows, to_row
from calmdesk.store.user_phrases import UserPhrases
from calmdesk.store.userstore import UserStore

# Tags a user can hold, chosen to trip a reader that splits text instead of decoding it.
AWKWARD_TAGS = [
    (),
    ("",),
    ("a", ""),
    ("refund",),
    ("late", "parcel", "refund"),
    ('say "sorry"',),
    ('a", "b',),  # looks like two tags joined
    ("back\\slash", "x"),
    ("comma, inside", "semi;colon"),
    ("ñandú", "日本語", "emoji 🙂"),
    ("line\u2028sep",),  # valid JSON unescaped, not printable
    ("tab\there",),  # escaped by json.dumps
    ("]", "[", '"'),
    ("   ",),
]


def _row_of(phrase: Phrase, customizes: bool = False, origin: str = "") -> tuple[object, ...]:
    values = to_row(UserPhrase(phrase, customizes, origin), 1, 1)
    return (*values[:9], True)


@pytest.mark.parametrize("tags", AWKWARD_TAGS)
def test_every_tag_list_calmdesk_writes_reads_back_the_same(tags: tuple[str, ...]) -> None:
    phrase = Phrase("user.x", "apology", "T", "Text", "user", tags, ("chat", "email"), "apologize")
    [entry] = read_rows([_row_of(phrase, True, "typed")])
    assert entry == UserPhrase(phrase, True, "typed")


@pytest.mark.parametrize(
    ("stored", "expected"),
    [
        ('["a","b"]', ("a", "b")),  # another program's JSON, without spaces
        ('[ "a" , "b" ]', ("a", "b")),
        ('["a", "b"]', ("a", "b")),
        ('["\\u00e9"]', ("é",)),
        ("[]", ()),
    ],
)
def test_a_list_another_program_wrote_reads_by_the_json_rules(stored: str, expected: tuple[str, ...]) -> None:
    [entry] = read_rows([("user.x", "apology", "T", "Text", stored, "[]", None, 0, "", True)])
    assert entry.phrase.tags == expected


@pytest.mark.parametrize(
    "stored", ['["]', '["a"', "not json", "[1]", '["a", 2]', '{"a": "b"}', '"a"', '["a\x01"]', b'["a"]', None]
)
def test_a_row_with_mangled_tags_or_channels_is_left_out(stored: object) -> None:
    assert list(read_rows([("user.x", "apology", "T", "Text", stored, "[]", None, 0, "", True)])) == []
    assert list(read_rows([("user.x", "apology", "T", "Text", "[]", stored, None, 0, "", True)])) == []


def test_equal_lists_are_one_tuple_for_every_phrase() -> None:
    rows = [
        (f"user.{n}", "apology", "T", "Text", '["late", "refund"]', "[]", None, 0, "", True) for n in range(3)
    ]
    entries = list(read_rows(rows))
    assert len({id(e.phrase.tags) for e in entries}) == 1
    assert entries[0].phrase.channels == ("chat", "email", "phone", "social")


def test_a_deleted_row_kept_as_json_reads_back() -> None:
    phrase = Phrase("user.x", "closing", "Bye", "Take care", "user", ('q"uote',), ("phone",), None)
    values = json.loads(json.dumps(list(to_row(UserPhrase(phrase, False, "csv: a.csv"), 4, 5))))
    assert read_row(values) == UserPhrase(phrase, False, "csv: a.csv")
    assert read_row([b"blob", *values[1:]]) is None


def test_a_field_that_is_not_text_leaves_its_row_out_of_the_store(tmp_path: Path) -> None:
    path = tmp_path / "user.sqlite3"
    with UserStore.open(path, backup_dir=tmp_path / "backups") as store:
        phrases = UserPhrases(store)
        for n in range(3):
            phrases.save(Phrase(f"user.{n}", "closing", f"Bye {n}", "Take care", "user"))
    conn = sqlite3.connect(path)
    conn.execute("UPDATE user_phrases SET title = x'00ff' WHERE id = 'user.1'")
    conn.execute("UPDATE user_phrases SET step = x'01' WHERE id = 'user.2'")
    conn.commit()
    conn.close()
    with UserStore.open(path, backup_dir=tmp_path / "backups") as store:
        assert [e.phrase.id for e in UserPhrases(store).all()] == ["user.0"]
