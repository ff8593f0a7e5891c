"""The reading data: built-in files load clean, a team's files add to them, a bad file costs only itself."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from calmdesk.core.content import builtin_packs
from calmdesk.core.reading import builtin_knowledge, load_knowledge, read_message
from calmdesk.core.reading.answers import offered_phrases
from calmdesk.core.reading.knowledge import READING_FOLDER


def team_dir(tmp_path: Path, text: str, name: str = "team.toml") -> Path:
    folder = tmp_path / "pack" / READING_FOLDER
    folder.mkdir(parents=True, exist_ok=True)
    (folder / name).write_text(text, encoding="utf-8")
    return tmp_path / "pack"


def test_the_built_in_data_has_no_problem() -> None:
    assert builtin_knowledge().problems == ()


def test_every_built_in_answer_names_a_built_in_phrase() -> None:
    ids = {phrase.id for pack in builtin_packs()[0] for phrase in pack.phrases}
    named = {i for answers in builtin_knowledge().answers.values() for i in answers}
    assert named - ids == set()


def test_a_team_adds_its_own_words_and_order_format(tmp_path: Path) -> None:
    text = "The blender we got on the Zephyr run is kaput. CD-55120"
    before = read_message(text)
    assert before.order_number is None
    assert before.topic == "other"
    team = team_dir(
        tmp_path,
        '[topic.damaged]\ncues = ["kaput"]\n\n[order]\nformats = ["CD-#####"]\n',
    )
    knowledge = load_knowledge([team])
    assert knowledge.problems == ()
    after = read_message(text, knowledge)
    assert after.topic == "damaged"
    assert after.order_number == "CD-55120"
    assert read_message("Where is my parcel?", knowledge).topic == "delivery"  # the built-in cues stay


def test_a_teams_answers_come_before_the_built_in_ones(tmp_path: Path) -> None:
    team = team_dir(tmp_path, '[answer.ask]\nrefund = ["team.refund-policy"]\n')
    knowledge = load_knowledge([team])
    reading = read_message("I want a refund.", knowledge)
    offered = offered_phrases(reading, {"team.refund-policy", "solution.refund-if-preferred"}, knowledge)
    assert offered.index("team.refund-policy") < offered.index("solution.refund-if-preferred")


def test_a_teams_threat_tips_come_first_and_may_move_to_another_step(tmp_path: Path) -> None:
    built_in = builtin_knowledge().tips["threat.legal"]
    team = team_dir(tmp_path, '[tips.threat.legal]\nstep = "gather_facts"\nsay = ["Call Legal on 555."]\n')
    step, tips = load_knowledge([team]).tips["threat.legal"]
    assert step == "gather_facts"
    assert tips == ("Call Legal on 555.", *built_in[1])
    other = tmp_path / "other"
    other.mkdir()
    kept = team_dir(other, '[tips.threat.legal]\nsay = ["Log it."]\n')
    assert load_knowledge([kept]).tips["threat.legal"] == (built_in[0], ("Log it.", *built_in[1]))


@pytest.mark.parametrize(
    ("text", "says"),
    [
        ("[topic.delivery\ncues = [", "TOML syntax error"),
        ('[topic.weather]\ncues = ["rain"]\n', "no such topic"),
        ('[mood]\ncues = ["x"]\n', "unknown table"),
        ('[threat.legal]\ncues = ["{a|b"]\n', "legal"),
        ('[threat.legal]\ncues = "lawyer"\n', "list of non-empty strings"),
        ("[negation]\nreach = 99\n", "reach"),
        ('[answer]\nmood = ["x"]\n', "unknown"),
        ('[tips.threat.weather]\nsay = ["x"]\n', "no such threat"),
        ('[tips.threat.legal]\nstep = "panic"\nsay = ["x"]\n', "use one of"),
        ('[tips.threat.legal]\nwhen = "now"\n', "takes step and say"),
        ("[tips.mood]\nx = 1\n", "unknown"),
    ],
)
def test_a_broken_team_file_is_reported_and_the_rest_still_reads(
    tmp_path: Path, text: str, says: str
) -> None:
    knowledge = load_knowledge([team_dir(tmp_path, text)])
    assert knowledge.problems, text
    assert any(says in str(problem) for problem in knowledge.problems), knowledge.problems
    assert read_message("I want a refund, my lawyer will call.", knowledge).threats == ("legal",)


def test_a_team_file_that_is_a_pipe_or_too_big_is_refused_unread(tmp_path: Path) -> None:
    folder = tmp_path / "pack" / READING_FOLDER
    folder.mkdir(parents=True)
    os.mkfifo(folder / "pipe.toml")
    (folder / "huge.toml").write_bytes(b"#" * (8 * 1024 * 1024))
    knowledge = load_knowledge([tmp_path / "pack"])  # returns: a FIFO would block a plain open()
    messages = " ".join(str(p) for p in knowledge.problems)
    assert "pipe.toml" in messages
    assert "huge.toml" in messages
    assert read_message("Where is my parcel?", knowledge).topic == "delivery"


def test_a_file_that_is_not_utf8_is_reported(tmp_path: Path) -> None:
    folder = tmp_path / "pack" / READING_FOLDER
    folder.mkdir(parents=True)
    (folder / "latin1.toml").write_bytes('[topic.damaged]\ncues = ["cassé"]\n'.encode("latin-1"))
    assert any("UTF-8" in str(p) for p in load_knowledge([tmp_path / "pack"]).problems)


def test_the_step_that_answers_a_reading_comes_from_the_first_finding_that_names_one(tmp_path: Path) -> None:
    from calmdesk.core.reading.answers import answer_step

    knowledge = builtin_knowledge()
    assert answer_step(read_message("This is disgusting. I want a refund."), knowledge) == "empathize"
    assert answer_step(read_message("Can I get a refund please?"), knowledge) == "offer_solution"
    assert answer_step(read_message("Hi, what time do you open?"), knowledge) is None  # nothing to answer
    team = team_dir(tmp_path, '[answer.step]\n"ask.refund" = "commit"\n')
    assert answer_step(read_message("Can I get a refund please?"), load_knowledge([team])) == "commit"


def test_a_step_for_no_finding_or_no_step_is_reported_and_costs_only_itself(tmp_path: Path) -> None:
    team = team_dir(tmp_path, '[answer.step]\n"ask.pizza" = "commit"\n"ask.refund" = "dance"\n')
    knowledge = load_knowledge([team])
    said = " ".join(problem.message for problem in knowledge.problems)
    assert "ask.pizza: no such finding" in said
    assert "step 'dance'" in said
    assert knowledge.steps["ask.refund"] == "offer_solution"  # the built-in one stays
