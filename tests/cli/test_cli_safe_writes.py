"""Every file CalmDesk writes goes through one safe writer, user-only (issue 15, points 15 and 17).

Real processes on real files: a named pipe, an existing file, a real full disk (a small tmpfs), and a data
folder made 0755 by `mkdir -p` before CalmDesk ever ran.
"""

from __future__ import annotations

import os
import stat
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from calmdesk.store.userstore import UserStore


def calmdesk(*args: str, timeout: float = 60) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "calmdesk", *args],
        capture_output=True,
        text=True,
        timeout=timeout,
        env=os.environ.copy(),
    )


def _closed_complaints(count: int) -> None:
    with UserStore.open() as store:
        for n in range(count):
            store.complaints.new(customer=f"Customer {n} " + "x" * 80, topic="a late parcel " * 6)
            store.complaints.close()


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_history_csv_onto_a_named_pipe_is_refused_not_a_hang(tmp_path: Path) -> None:
    _closed_complaints(2)
    fifo = tmp_path / "pipe.csv"
    os.mkfifo(fifo)
    result = calmdesk("complaint", "history", "--csv", str(fifo), "--force", timeout=20)
    assert result.returncode == 1
    assert "named pipe" in result.stderr
    assert "Traceback" not in result.stderr


def test_history_csv_needs_force_to_overwrite_and_is_user_only(tmp_path: Path) -> None:
    _closed_complaints(2)
    out = tmp_path / "history.csv"
    out.write_text("my own notes\n", encoding="utf-8")
    refused = calmdesk("complaint", "history", "--csv", str(out))
    assert refused.returncode == 1
    assert "--force" in refused.stderr
    assert out.read_text(encoding="utf-8") == "my own notes\n"
    wrote = calmdesk("complaint", "history", "--csv", str(out), "--force")
    assert wrote.returncode == 0, wrote.stderr
    assert "Customer 1" in out.read_text(encoding="utf-8")
    assert _mode(out) == 0o600  # customer names: never readable by other users
    fresh = tmp_path / "fresh.csv"
    assert calmdesk("complaint", "history", "--csv", str(fresh)).returncode == 0
    assert _mode(fresh) == 0o600
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(".")) == []


def _data_on(disk: Path) -> None:
    os.environ["XDG_DATA_HOME"] = str(disk)


@pytest.mark.parametrize("command", ["history", "export"])
def test_a_full_disk_keeps_the_good_file_and_leaves_no_temporary_file(
    small_disk: Path, fill_disk: Callable[..., Path], command: str
) -> None:
    _data_on(small_disk)
    _closed_complaints(400)
    out_dir = small_disk / "out"
    out_dir.mkdir()
    out = out_dir / "file.csv"
    assert calmdesk("import", "csv", str(_phrases(small_disk / "p.csv", 300))).returncode == 0
    args = (
        ["complaint", "history", "--csv", str(out)] if command == "history" else ["export", "csv", str(out)]
    )
    first = calmdesk(*args)
    assert first.returncode == 0, first.stderr
    good = out.read_bytes()
    assert len(good) > 64 * 1024
    filler = fill_disk(small_disk, 48 * 1024)  # room to open the data file, not to write the file again
    failed = calmdesk(*args, "--force")
    assert failed.returncode == 1
    assert "disk is full" in failed.stderr.replace(str(small_disk), "DISK"), failed.stderr
    assert "Traceback" not in failed.stderr
    assert out.read_bytes() == good
    assert sorted(p.name for p in out_dir.iterdir()) == ["file.csv"]
    filler.unlink()


def _phrases(path: Path, count: int) -> Path:
    rows = ["title,text,category"] + [
        f"Phrase {n},{'Thank you for waiting. ' * 20},apology" for n in range(count)
    ]
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    return path


def test_customer_data_is_user_only_even_in_a_folder_made_0755(tmp_path: Path) -> None:
    data = Path(os.environ["XDG_DATA_HOME"]) / "calmdesk"
    (data / "packs").mkdir(parents=True, mode=0o755)  # `mkdir -p .../calmdesk/packs` to add a pack
    os.chmod(data, 0o755)
    assert calmdesk("complaint", "new", "--customer", "Ana").returncode == 0
    assert calmdesk("backup").returncode == 0
    assert _mode(data) == 0o700
    database = data / "calmdesk.sqlite3"
    assert _mode(database) == 0o600
    assert all(_mode(p) == 0o600 for p in (data / "backups").iterdir())
    assert _mode(data / "backups") == 0o700


def test_doctor_warns_about_customer_data_others_can_read() -> None:
    assert calmdesk("complaint", "new", "--customer", "Ana").returncode == 0
    data = Path(os.environ["XDG_DATA_HOME"]) / "calmdesk"
    quiet = calmdesk("doctor")
    assert "readable by other users" not in quiet.stdout
    os.chmod(data, 0o755)
    os.chmod(data / "calmdesk.sqlite3", 0o644)
    loud = calmdesk("doctor")
    assert loud.returncode == 0, loud.stderr
    assert "readable by other users" in loud.stdout
    assert str(data / "calmdesk.sqlite3") in loud.stdout
