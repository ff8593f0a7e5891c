"""`calmdesk read`, run as a real process: a file or stdin, the text and JSON readings, bad input."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

MESSAGE = (
    "Hi,\n\nThis is my THIRD email. The TV (order #88123) arrived with a cracked screen and I want a "
    "replacement by Friday or I will leave a review everywhere.\n\nRegards,\nMaria Lopez\nmaria@example.com\n"
)
KEYS = [
    "topic", "anger", "asks", "threats", "repeat_contact", "order_number", "customer_name", "email",
    "deadline", "evidence", "phrases",
]  # fmt: skip


def calmdesk(*args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(
        [sys.executable, "-m", "calmdesk", *args],
        input=stdin,
        capture_output=True,
        timeout=60,
        env=os.environ.copy(),
        check=False,
    )


def test_read_a_file_prints_the_one_line_reading_and_why(tmp_path: Path) -> None:
    message = tmp_path / "message.txt"
    message.write_text(MESSAGE, encoding="utf-8")
    done = calmdesk("read", str(message))
    assert done.returncode == 0, done.stderr
    out = done.stdout.decode()
    first = out.splitlines()[0]
    assert first.startswith("Furious · damaged · asks: replacement · threatens: review · repeat contact")
    assert "order #88123" in first
    assert first.endswith("Maria Lopez")
    assert '"cracked"' in out  # the evidence
    assert "solution.send-replacement" in out  # a phrase that answers it


def test_read_json_from_stdin_has_exactly_the_keys() -> None:
    done = calmdesk("read", "--json", "-", stdin=MESSAGE.encode())
    assert done.returncode == 0, done.stderr
    reading = json.loads(done.stdout)
    assert list(reading) == KEYS
    assert reading["topic"] == "damaged"
    assert reading["anger"] == 3
    assert reading["asks"] == ["replacement"]
    assert reading["threats"] == ["public"]
    assert reading["repeat_contact"] is True
    assert reading["order_number"] == "#88123"
    assert reading["customer_name"] == "Maria Lopez"
    assert reading["email"] == "maria@example.com"
    assert reading["deadline"] is True
    assert {"field": "deadline", "text": "by Friday"}.items() <= next(
        e for e in reading["evidence"] if e["field"] == "deadline"
    ).items()
    assert reading["phrases"]
    assert all(isinstance(p, str) for p in reading["phrases"])


def test_a_calm_question_reads_calm_with_empty_lists() -> None:
    reading = json.loads(
        calmdesk("read", "--json", "-", stdin=b"Thanks, all sorted now. Have a nice day!").stdout
    )
    assert (reading["topic"], reading["anger"], reading["asks"], reading["threats"]) == ("other", 0, [], [])
    assert reading["order_number"] is None
    assert reading["deadline"] is False


def test_binary_input_reads_other_and_calm_and_exits_0(tmp_path: Path) -> None:
    blob = tmp_path / "image.png"
    blob.write_bytes(b"\x89PNG\r\n\x1a\n" + os.urandom(200_000))
    done = calmdesk("read", "--json", str(blob))
    assert done.returncode == 0, done.stderr
    reading = json.loads(done.stdout)
    assert (reading["topic"], reading["anger"]) == ("other", 0)
    assert b"Traceback" not in done.stderr


def test_control_characters_never_reach_the_terminal() -> None:
    done = calmdesk("read", "-", stdin=b"Hi, I'm \x1b]52;c;SGVsbG8=\x07Evil and I want a refund \x1b[2J now")
    assert done.returncode == 0
    assert b"\x1b" not in done.stdout
    assert b"\x07" not in done.stdout


def test_a_missing_file_or_a_pipe_is_a_clear_usage_error(tmp_path: Path) -> None:
    missing = calmdesk("read", str(tmp_path / "nope.txt"))
    assert missing.returncode == 2
    assert b"cannot read" in missing.stderr
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    piped = calmdesk("read", str(fifo))  # must not hang on the pipe
    assert piped.returncode == 2
    assert b"named pipe" in piped.stderr
    assert b"Traceback" not in missing.stderr + piped.stderr


def test_a_message_in_another_language_is_read_in_it_and_says_which() -> None:
    spanish = (
        "Mi pedido 6610234 llegó roto. Quiero una sustitución o pondré una reseña.\n\nSaludos,\nMaría García"
    )
    done = calmdesk("read", "-", stdin=spanish.encode())
    assert done.returncode == 0, done.stderr
    rows = {line.split()[0]: line for line in done.stdout.decode().splitlines()[2:] if line.strip()}
    assert rows["language"].split()[1] == "es"
    assert "damaged" in rows["topic"]
    assert "public" in rows["threats"]
    as_json = json.loads(calmdesk("read", "--json", "-", stdin=spanish.encode()).stdout)
    assert "language" not in as_json  # the issue fixes the JSON keys
    assert as_json["customer_name"] == "María García"
