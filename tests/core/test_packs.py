"""Pack loading: every fault is a Problem with file, line and phrase, and a bad pack yields nothing."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from calmdesk.core.library import check_packs
from calmdesk.core.model import CHANNELS, PackInfo, Phrase, Problem
from calmdesk.core.packs import MAX_PACK_BYTES, load_pack_file, load_pack_text

HEAD = """\
[pack]
id = "acme-returns"
name = "ACME returns desk"
language = "en"
version = "1.2.0"
"""

PHRASE = """
[[phrase]]
id = "{id}"
category = "solution"
title = "Return label is on its way"
text = "Hi {{{{customer_name}}}}, the label is sent."
"""


def pack(*ids: str, extra: str = "") -> str:
    return HEAD + "".join(PHRASE.format(id=i) for i in ids) + extra


def write(tmp_path: Path, text: str, name: str = "pack.toml") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def only_problem(text: str) -> Problem:
    _, phrases, problems = load_pack_text(text, "team.toml")
    assert phrases == []  # all or nothing: a pack with a problem gives no phrase at all
    assert len(problems) == 1, problems
    return problems[0]


def test_a_good_pack_loads_every_field(tmp_path: Path) -> None:
    text = (
        HEAD
        + 'description = "Phrases for the returns team."\n'
        + '''
[[phrase]]
id = "acme.return-label-sent"
category = "solution"
title = "Return label is on its way"
text = """
Hi {{customer_name}}, I have just emailed a prepaid return label to you. \\
Your refund goes out within {{refund_days|3}} working days.
"""
tags = ["return", "label"]
channels = ["chat", "email", "chat"]
step = "offer_solution"

[[phrase]]
id = "acme.plain"
category = "closing"
title = "Bye"
text = "Thanks for your patience."
'''
    )
    info, phrases, problems = load_pack_file(write(tmp_path, text))
    assert problems == []
    assert info == PackInfo(
        "acme-returns",
        "ACME returns desk",
        "en",
        "1.2.0",
        "Phrases for the returns team.",
        str(tmp_path / "pack.toml"),
    )
    assert phrases[0] == Phrase(
        id="acme.return-label-sent",
        category="solution",
        title="Return label is on its way",
        text="Hi {{customer_name}}, I have just emailed a prepaid return label to you. "
        "Your refund goes out within {{refund_days|3}} working days.",
        pack="acme-returns",
        tags=("return", "label"),
        channels=("chat", "email"),
        step="offer_solution",
    )
    assert phrases[1].channels == CHANNELS
    assert phrases[1].step is None
    assert phrases[1].tags == ()


def test_toml_syntax_error_gives_file_and_line(tmp_path: Path) -> None:
    path = write(tmp_path, HEAD + '\n[[phrase]]\nid = "a"\ntitle = "unclosed\n')
    info, phrases, problems = load_pack_file(path)
    assert (info, phrases) == (None, [])
    assert len(problems) == 1
    assert problems[0].file == str(path)
    assert problems[0].line == 9
    assert problems[0].message.startswith("TOML syntax error: ")
    assert "(column 18)" in problems[0].message
    assert "at line" not in problems[0].message  # the position moved into Problem.line


def test_toml_error_at_end_of_document() -> None:
    problem = only_problem(HEAD + "[[phrase]]\nid = ")
    assert problem.message.startswith("TOML syntax error")
    assert problem.line is not None


def test_missing_pack_table() -> None:
    problem = only_problem(PHRASE.format(id="a"))
    assert problem.message == "top level: missing [pack] table (with id, name, language and version)"


def test_pack_table_problems_yield_no_info_but_phrases_are_still_checked() -> None:
    text = (
        '[pack]\nid = "Bad Id"\nname = 3\nlanguage = "en"\nsurprise = 1\n'
        + PHRASE.format(id="ok")
        + ('\n[[phrase]]\nid = "no title"\n')
    )
    info, phrases, problems = load_pack_text(text, "team.toml")
    assert (info, phrases) == (None, [])
    messages = [(p.line, p.phrase_id, p.message) for p in problems]
    assert (1, None, '[pack]: missing required field "version"') in messages
    assert (
        5,
        None,
        '[pack]: unknown field "surprise" '
        "(known: description, id, language, name, replaces_builtin, version)",
    ) in messages
    assert (3, None, '[pack]: "name" must be a string, not a number') in messages
    assert (13, "phrase #2", 'missing required field "category"') in messages
    assert any(m.startswith('bad id "no title"') and line == 14 for line, _, m in messages)


def test_bad_pack_id() -> None:
    problem = only_problem(HEAD.replace('"acme-returns"', '"-acme"') + PHRASE.format(id="a"))
    assert problem.message.startswith('[pack]: bad pack id "-acme": use lowercase letters')
    assert problem.line == 2


def test_unknown_top_level_key() -> None:
    problem = only_problem("phrases = []\n" + pack("a"))
    assert problem.message == 'top level: unknown field "phrases" (known: pack, phrase)'
    assert problem.line == 1


def test_pack_without_phrases() -> None:
    assert only_problem(HEAD).message == "top level: the pack holds no [[phrase]] entries"


def test_phrase_must_be_an_array_of_tables() -> None:
    problem = only_problem('phrase = "hi"\n' + HEAD)
    assert problem.message == 'top level: "phrase" must be a list of [[phrase]] tables'


@pytest.mark.parametrize(
    ("old", "new", "key_line", "message"),
    [
        (
            'category = "solution"',
            'category = "anger"',
            9,
            'unknown category "anger" (known: listen, empathy',
        ),
        ('category = "solution"', 'categroy = "solution"', 9, 'unknown field "categroy" (known: category'),
        ('title = "Return label is on its way"', "title = 3", 10, '"title" must be a string, not a number'),
        ('title = "Return label is on its way"', 'title = "  "', 10, '"title" is empty'),
        ('text = "Hi {{customer_name}}, the label is sent."', 'text = ""', 11, '"text" is empty'),
        (
            'text = "Hi {{customer_name}}, the label is sent."',
            'text = "Hi {{Customer}}"',
            11,
            'placeholder "{{Customer}}" has a bad name',
        ),
        (
            'text = "Hi {{customer_name}}, the label is sent."',
            'text = "By {{date+2y}}"',
            11,
            'placeholder "{{date+2y}}" has an unknown offset unit "y"',
        ),
        ('text = "Hi {{customer_name}}, the label is sent."', 'text = "Hi {{name"', 11, 'unclosed "{{"'),
        ('text = "Hi {{customer_name}}, the label is sent."', 'text = "Done }}"', 11, 'stray "}}"'),
        (
            'text = "Hi {{customer_name}}, the label is sent."',
            'text = "{{}}"',
            11,
            'placeholder "{{}}" is empty',
        ),
    ],
)
def test_phrase_field_problems_name_the_phrase_and_line(
    old: str, new: str, key_line: int, message: str
) -> None:
    text = pack("acme.one", "acme.two")
    second = text.rindex(old)  # change the second phrase, so its own block is searched for the line
    text = text[:second] + new + text[second + len(old) :]
    _, phrases, problems = load_pack_text(text, "team.toml")
    assert phrases == []
    problem = next(p for p in problems if p.message.startswith(message))
    assert problem.phrase_id == "acme.two"
    assert problem.line == key_line + 6  # the second phrase starts 6 lines after the first
    assert problem.file == "team.toml"


@pytest.mark.parametrize(
    ("extra", "message"),
    [
        ('tags = "refund"', '"tags" must be a list of strings, not a str'),
        ('tags = ["refund", ""]', '"tags" holds an empty entry'),
        ('channels = ["fax"]', 'unknown channel "fax" (known: chat, email, phone, social)'),
        ("channels = []", '"channels" is empty: leave it out to mean every channel'),
        ('step = "panic"', 'unknown checklist step "panic" (known: prepare, listen'),
        ("step = 1", '"step" must be a string, not a number'),
    ],
)
def test_optional_field_problems(extra: str, message: str) -> None:
    problem = only_problem(pack("acme.one") + extra + "\n")
    assert problem.message.startswith(message)
    assert problem.line == 12
    assert problem.phrase_id == "acme.one"


def test_missing_required_fields_point_at_the_entry() -> None:
    text = HEAD + '\n[[phrase]]\nid = "acme.bare"\n'
    _, _, problems = load_pack_text(text, "team.toml")
    assert [(p.line, p.phrase_id, p.message) for p in problems] == [
        (7, "acme.bare", 'missing required field "category"'),
        (7, "acme.bare", 'missing required field "title"'),
        (7, "acme.bare", 'missing required field "text"'),
    ]


def test_bad_or_missing_id_is_named_by_entry_number() -> None:
    text = (
        pack("acme.one")
        + '\n[[phrase]]\ncategory = "wait"\ntitle = "t"\ntext = "x"\n'
        + PHRASE.format(id="Acme Two")
    )
    _, _, problems = load_pack_text(text, "team.toml")
    assert [(p.line, p.phrase_id, p.message[:30]) for p in problems] == [
        (13, "phrase #2", 'missing required field "id"'),
        (19, "phrase #3", 'bad id "Acme Two": use lowerca'),
    ]


def test_duplicate_id_inside_a_pack() -> None:
    problem = only_problem(pack("acme.one", "acme.two", "acme.one"))
    assert problem.message == 'duplicate id "acme.one": already used by the phrase at line 7 of this pack'
    assert problem.line == 20  # the id line of the third entry
    assert problem.phrase_id == "acme.one"


def test_inline_phrase_tables_fall_back_to_the_id_line() -> None:
    text = 'phrase = [\n  { id = "acme.a", category = "wait", title = "t", text = "x" },\n'
    text += '  {id="acme.b", category = "oops", title = "t", text = "x" },\n]\n' + HEAD
    problem = only_problem(text)
    assert problem.phrase_id == "acme.b"
    assert problem.line == 3


def test_phrase_entry_that_is_not_a_table() -> None:
    problem = only_problem("phrase = [1]\n" + HEAD)
    assert (problem.phrase_id, problem.message) == ("phrase #1", "must be a table: [[phrase]]")


def test_placeholder_looking_lines_inside_text_are_not_taken_for_keys() -> None:
    text = pack("acme.one").replace(
        'text = "Hi {{customer_name}}, the label is sent."', 'text = """\ntitle = fake\n{{Bad}}\n"""'
    )
    problem = only_problem(text)
    assert problem.line == 11  # the `text =` line, not the "title = fake" inside the string


def test_empty_file(tmp_path: Path) -> None:
    _, _, problems = load_pack_file(write(tmp_path, "  \n\n"))
    assert [p.message for p in problems] == ["the file is empty: a pack needs a [pack] table and phrases"]


def test_not_utf8(tmp_path: Path) -> None:
    path = tmp_path / "latin1.toml"
    path.write_bytes(pack("acme.one").replace("label is sent", "label est envoyé").encode("latin-1"))
    info, phrases, problems = load_pack_file(path)
    assert (info, phrases) == (None, [])
    assert [(p.line, p.message) for p in problems] == [
        (11, "not UTF-8 text (byte 0xe9 at line 11): save the file as UTF-8")
    ]


def test_utf8_bom_is_accepted(tmp_path: Path) -> None:
    path = tmp_path / "bom.toml"
    path.write_bytes(b"\xef\xbb\xbf" + pack("acme.one").encode())
    _, phrases, problems = load_pack_file(path)
    assert problems == []
    assert [p.id for p in phrases] == ["acme.one"]


def test_huge_file_is_refused_without_reading_it(tmp_path: Path) -> None:
    path = tmp_path / "huge.toml"
    with path.open("wb") as f:
        f.truncate(MAX_PACK_BYTES + 1)
    _, _, problems = load_pack_file(path)
    assert [p.message for p in problems] == [
        "the file is larger than 5 MB: refused, a phrase pack is far smaller"
    ]


def test_unreadable_file_is_a_problem(tmp_path: Path) -> None:
    _, _, problems = load_pack_file(tmp_path / "missing.toml")
    assert [p.message for p in problems] == ["cannot read the file: No such file or directory"]
    _, _, problems = load_pack_file(tmp_path)  # a folder where a file was expected
    assert problems[0].message.startswith("cannot read the file: ")


def test_check_packs_expands_folders_and_reports_ids_clashing_between_files(tmp_path: Path) -> None:
    write(tmp_path, pack("acme.one", "acme.two"), "a.toml")
    write(tmp_path, pack("acme.three", "acme.two").replace("acme-returns", "acme-other"), "b.toml")
    write(tmp_path, "not toml [", "c.toml")
    problems = check_packs([tmp_path, tmp_path / "nope.toml"])[1]
    assert [(Path(p.file).name, p.line, p.phrase_id, p.message[:35]) for p in problems] == [
        ("nope.toml", None, None, "no such pack file or folder"),
        ("b.toml", 13, "acme.two", f'id "acme.two" is already used in {tmp_path / "a.toml"}'[:35]),
        ("c.toml", 1, None, "TOML syntax error: Expected '=' aft"),
    ]
    assert problems[1].message.endswith("a.toml; this one is ignored")


def test_check_packs_on_good_packs_is_empty(tmp_path: Path) -> None:
    assert check_packs([write(tmp_path, pack("acme.one"))])[1] == []


def test_a_large_inline_table_pack_is_checked_in_linear_time() -> None:
    # Each entry used to rescan every line to find its id: 8,000 inline entries took about 46 s. Linear
    # work takes well under a second; the bound is generous so a slow machine never flakes.
    count = 8000
    # Every 300th entry is bad: 27 problems, all under the per-file cap, the last one near the end.
    categories = ["oops" if n % 300 == 0 else "wait" for n in range(count)]
    entries = [
        f'  {{ id = "acme.p{n}", category = "{category}", title = "t", text = "x" }},\n'
        for n, category in enumerate(categories)
    ]
    text = "phrase = [\n" + "".join(entries) + "]\n" + HEAD
    start = time.perf_counter()
    _, phrases, problems = load_pack_text(text, "team.toml")
    assert time.perf_counter() - start < 5.0
    assert phrases == []
    assert len(problems) == 27
    assert (problems[-1].phrase_id, problems[-1].line) == ("acme.p7800", 2 + 7800)


def test_a_large_pack_with_headers_is_checked_in_linear_time() -> None:
    count = 8000
    text = pack(*(f"acme.p{n}" for n in range(count))).replace(
        'id = "acme.p7999"\ncategory = "solution"', 'id = "acme.p7999"\ncategory = "oops"'
    )
    start = time.perf_counter()
    problem = only_problem(text)
    assert time.perf_counter() - start < 5.0
    assert (problem.phrase_id, problem.line) == ("acme.p7999", len(HEAD.splitlines()) + 6 * count - 2)


@pytest.mark.parametrize(
    "title",
    [
        'title = \'He wrote """ here\'',
        "title = \"it is ''' odd\"",
        'title = "quote" # a comment with """',
        'title = """one line"""',
        "title = '''one line'''",
        'title = """ends with a quote""""',
    ],
)
def test_triple_quotes_inside_one_line_strings_keep_the_lines_right(title: str) -> None:
    text = pack("acme.one", "acme.two").replace('title = "Return label is on its way"', title, 1)
    text = text.replace('id = "acme.two"\ncategory = "solution"', 'id = "acme.two"\ncategory = "oops"')
    problem = only_problem(text)
    assert (problem.phrase_id, problem.line) == ("acme.two", 15)


def test_lines_after_a_real_multiline_string_are_still_found() -> None:
    text = pack("acme.one", "acme.two").replace(
        'text = "Hi {{customer_name}}, the label is sent."', 'text = """\nx \\""" y\n"""', 1
    )
    text = text.replace('id = "acme.two"\ncategory = "solution"', 'id = "acme.two"\ncategory = "oops"')
    problem = only_problem(text)
    assert (problem.phrase_id, problem.line) == ("acme.two", 17)
