"""core.resource_files.files: the folder importlib.resources finds, and importlib's own answer in a zip."""

from __future__ import annotations

import sys
import zipfile
from contextlib import ExitStack
from importlib import resources
from pathlib import Path

import pytest

from calmdesk.core.resource_files import files, local_path


def test_the_built_in_content_is_the_folder_importlib_finds() -> None:
    found = files()
    assert isinstance(found, Path)
    assert found == Path(str(resources.files("calmdesk.resources")))
    assert (found / "checklist.toml").is_file()


def test_a_package_inside_a_zip_is_served_by_importlib(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    archive = tmp_path / "content.zip"
    with zipfile.ZipFile(archive, "w") as out:
        out.writestr("zipped_content/__init__.py", "")
        out.writestr("zipped_content/hello.txt", "hello from the zip")
    monkeypatch.syspath_prepend(str(archive))
    monkeypatch.delitem(sys.modules, "zipped_content", raising=False)
    entry = files("zipped_content") / "hello.txt"
    assert not isinstance(entry, Path)
    assert entry.read_text(encoding="utf-8") == "hello from the zip"
    with ExitStack() as keep:
        copy = local_path(entry, keep)
        assert copy.read_text(encoding="utf-8") == "hello from the zip"
    assert not copy.exists()  # the temporary copy went with the stack


def test_a_real_file_is_its_own_local_path() -> None:
    entry = files() / "checklist.toml"
    with ExitStack() as keep:
        assert local_path(entry, keep) == entry
