"""The built-in content's folder as a plain Path, without importlib.resources' 0.9 MB at every start."""

from __future__ import annotations

from contextlib import ExitStack
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from importlib.resources.abc import Traversable

RESOURCES = "calmdesk.resources"


def files(package: str = RESOURCES) -> Traversable:
    """`package`'s folder, like importlib.resources.files: a Path where the package is a folder on disk
    (a checkout, a wheel, the .deb), importlib's own answer only where it is not (a zip install).

    importlib.resources pulls in tempfile and zipfile (0.9 MB resident, measured in the running app) to
    serve packages inside archives; CalmDesk is never installed as one, and pays that only if it is.
    """
    module = __import__(package, fromlist=["__name__"])
    origin = getattr(module, "__file__", None)
    if origin:
        folder = Path(origin).parent
        if folder.is_dir():
            return folder
    from importlib import resources

    return resources.files(package)


def local_path(entry: Traversable, keep: ExitStack) -> Path:
    """A real file for `entry`: itself when it is one; otherwise a temporary copy (zip installs) that lives
    until `keep` closes."""
    if isinstance(entry, Path):
        return entry
    from importlib.resources import as_file

    return keep.enter_context(as_file(entry))
