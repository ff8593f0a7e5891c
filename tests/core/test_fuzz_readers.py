"""Fuzzing the readers of files anyone may write (issue 11): packs, settings and placeholders.

Only clear errors (Problems, problem strings, MissingValues), in bounded time and memory; every message is
printable as it stands (no control character) and short. CALMDESK_FUZZ_EXAMPLES raises the number of
inputs for a long run; `--hypothesis-show-statistics` counts them.
"""

from __future__ import annotations

import os
import time
import tracemalloc

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from calmdesk.core import placeholders
from calmdesk.core.packs import MAX_PROBLEMS_PER_FILE, read_pack_bytes
from calmdesk.core.printable import control_chars
from calmdesk.store.settings import Settings, load_settings

EXAMPLES = int(os.environ.get("CALMDESK_FUZZ_EXAMPLES", "150"))
FUZZ = settings(
    max_examples=EXAMPLES,
    deadline=None,  # timed by the tests themselves, with room for a loaded machine
    suppress_health_check=[
        HealthCheck.too_slow,
        HealthCheck.data_too_large,
        HealthCheck.function_scoped_fixture,
    ],
)
SECONDS_PER_INPUT = 5.0

KEYS = ["id", "category", "title", "text", "tags", "channels", "step", "name", "language", "version", "x"]
_control = st.characters(min_codepoint=0, max_codepoint=0x9F).filter(lambda c: not c.isprintable())


def _escaped(text: str) -> str:
    """`text` as a TOML basic string, control characters written as \\uXXXX escapes."""
    return '"' + "".join(f"\\u{ord(c):04x}" if not c.isprintable() or c in '"\\' else c for c in text) + '"'


_strings = st.one_of(
    st.text(max_size=40),
    st.text(alphabet=_control, max_size=5).map(lambda s: f"Hi {s} there"),
    st.integers(0, 20_000).map(lambda n: "t" * n),
    st.sampled_from(
        ["closing", "apology", "listen", "en", "1.0.0", "{{name}}", "{{date+2d}}", "{{#x}}a{{/x}}"]
    ),
).map(_escaped)
_values = st.one_of(
    _strings,
    st.integers(1, 9000).map(lambda n: "9" * n),  # past 4,300 digits tomllib raises ValueError
    st.integers(1, 3000).map(lambda n: "[" * n + "]" * n),  # deep enough for RecursionError
    st.integers(1, 1500).map(lambda n: "{a = " * n + "1" + "}" * n),
    st.lists(_strings, max_size=50).map(lambda items: "[" + ", ".join(items) + "]"),
    st.sampled_from(["true", "1.5", "inf", "nan", "1979-05-27", "[]", "{}", '"""\nmulti\n"""']),
)
_lines = st.one_of(
    st.tuples(st.sampled_from(KEYS), _values).map(lambda kv: f"{kv[0]} = {kv[1]}"),
    st.sampled_from(["[pack]", "[[phrase]]", "[phrase]", "[[pack]]", "", "# comment", "[a.b.c]"]),
    st.text(max_size=30),  # raw noise, often a syntax error
)
_documents = st.lists(_lines, max_size=60).map("\n".join)
_bytes = st.one_of(
    _documents.map(lambda text: text.encode("utf-8", "surrogatepass")),
    st.binary(max_size=2000),
    _documents.map(lambda text: b"\xef\xbb\xbf" + text.encode("utf-8", "surrogatepass")),
)


def _check_message(message: str) -> None:
    assert control_chars(message) == [], message[:200]
    assert len(message) < 3000, message[:200]


@FUZZ
@given(data=_bytes)
def test_the_pack_reader_gives_only_problems(data: bytes) -> None:
    start = time.monotonic()
    pack = read_pack_bytes(data, "fuzz.toml")
    assert time.monotonic() - start < SECONDS_PER_INPUT
    assert len(pack.problems) <= MAX_PROBLEMS_PER_FILE + 1
    assert (pack.problems == []) or pack.phrases == [], "all or nothing"
    for problem in pack.problems:
        _check_message(str(problem))
    for phrase in pack.phrases:
        assert control_chars(phrase.title) == []
        assert control_chars(phrase.text, multiline=True) == []


@FUZZ
@given(data=_bytes)
def test_the_settings_reader_gives_only_problems(
    tmp_path_factory: pytest.TempPathFactory, data: bytes
) -> None:
    path = tmp_path_factory.mktemp("settings") / "settings.toml"
    path.write_bytes(data)
    start = time.monotonic()
    loaded, problems = load_settings(path)
    assert time.monotonic() - start < SECONDS_PER_INPUT
    assert isinstance(loaded, Settings)
    for problem in problems:
        _check_message(problem)


_template_words = st.sampled_from(
    [
        "{{",
        "}}",
        "{",
        "}",
        "|",
        ":",
        "#",
        "/",
        "+",
        "-",
        "name",
        "date",
        "time",
        "weekday",
        "2d",
        "999999d",
        "x",
        " ",
    ]
)
_templates = st.one_of(st.text(max_size=60), st.lists(_template_words, max_size=40).map("".join))


@FUZZ
@given(text=_templates, values=st.dictionaries(st.text(max_size=10), st.text(max_size=20), max_size=5))
def test_the_placeholder_parser_gives_only_clear_errors(text: str, values: dict[str, str]) -> None:
    start = time.monotonic()
    found = placeholders.parse(text)
    problems = placeholders.problems(text)
    assert len(problems) <= placeholders.MAX_PROBLEMS + 1
    placeholders.blanks(text)
    try:
        rendered: str | None = placeholders.render(text, values)
    except placeholders.MissingValues as missing:
        rendered, names = None, missing.names
    if rendered is None:
        assert names, "MissingValues always names the blanks"
        assert set(names) <= {p.name for p in placeholders.parse(text)}
    assert time.monotonic() - start < SECONDS_PER_INPUT
    assert all(isinstance(p, placeholders.Placeholder) for p in found)


@pytest.mark.parametrize(
    "body",
    [
        "x = " + "[" * 100_000 + "]" * 100_000,
        "x = " + "{a = " * 50_000 + "1" + "}" * 50_000,
        "x = " + "9" * 1_000_000,
        'title = "' + "t" * 1_000_000 + '"',
        "\n".join(f'"k{n}" = 1' for n in range(10_000)),
    ],
    ids=["deep-arrays", "deep-tables", "million-digits", "1-MB-title", "10k-keys"],
)
def test_hostile_packs_stay_within_time_and_memory(body: str) -> None:
    data = ("[pack]\n" + body + "\n").encode()
    start = time.monotonic()
    pack = read_pack_bytes(data, "hostile.toml")
    assert time.monotonic() - start < 20, "linear in the input, which the 5 MB cap bounds"
    tracemalloc.start()  # measured apart: tracing slows everything down several times
    try:
        read_pack_bytes(data, "hostile.toml")
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert pack.problems
    assert peak < 40 * len(data) + 50_000_000, f"peak {peak:,} bytes for {len(data):,} bytes of input"
    for problem in pack.problems:
        _check_message(str(problem))
