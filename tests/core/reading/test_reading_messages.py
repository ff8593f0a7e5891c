"""A team's reading data file with a fault is reported in the person's language, as a pack is."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from calmdesk.core import messages
from calmdesk.core.reading.knowledge import READING_FOLDER, load_knowledge


@pytest.fixture(autouse=True)
def english_after() -> Iterator[None]:
    yield
    messages.use(None)


def _problems(tmp_path: Path, text: str) -> str:
    folder = tmp_path / "pack" / READING_FOLDER
    folder.mkdir(parents=True)
    (folder / "team.toml").write_text(text, encoding="utf-8")
    return " ".join(str(p) for p in load_knowledge([tmp_path / "pack"]).problems)


@pytest.mark.parametrize(
    ("text", "lang", "said"),
    [
        ('[tips.threat.weather]\nsay = ["x"]\n', "de", "diese Drohung gibt es nicht"),
        ('[tips.threat.legal]\nwhen = "now"\n', "fr", "n'accepte que step et say"),
        ("[weather]\nx = 1\n", "es", "tabla desconocida [weather]"),
        ("[negation]\nreach = 99\n", "pt", "deve ser um número inteiro de 1 a 12"),
        ('[anger]\nlivid = ["x"]\n', "de", "[anger] hat keine Liste 'livid'"),
        ("[topic_model]\nbias = 1\n", "es", "[topic_model] necesita bias"),
        ("[topic.delivery\n", "de", "TOML-Syntaxfehler"),
        ('[marker.livid]\nkind = "word"\ntier = "mild"\n', "fr", "ce trait n'existe pas"),
        ('[marker.legal]\ntier = "extreme"\n', "de", "braucht eine Art"),
        ('[marker.legal]\nkind = "threat"\ntier = "huge"\n', "pt", "nível 'huge'"),
    ],
)
def test_a_fault_in_a_team_reading_file_is_said_in_the_language_spoken(
    tmp_path: Path, text: str, lang: str, said: str
) -> None:
    messages.use(lang)
    assert said in _problems(tmp_path, text)


def test_a_cue_too_long_is_said_in_german(tmp_path: Path) -> None:
    messages.use("de")
    assert "Zeichen" in _problems(tmp_path, f'[topic.delivery]\ncues = ["{"x" * 500}"]\n')
