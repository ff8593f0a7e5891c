"""Which Espanso files an import reads: a file or a folder's match files, then every file they `imports:`.

Espanso loads each match file of match/ (not the private `_` ones), then, recursively, the files they import
(relative to the importing file); a file imported twice, or in a cycle, is loaded once. The same here, so a
private `_shared.yml` that base.yml imports is not lost, and a cycle ends.
"""

from __future__ import annotations

import re
from collections import deque
from pathlib import Path
from typing import Any

from calmdesk.core.importers.common import ImportFailed, ImportResult, Unreadable
from calmdesk.core.importers.espanso_yaml import load_yaml, text_of
from calmdesk.core.importers.import_files import decode_any_text, decode_text, read_limited
from calmdesk.core.messages import gettext as _

MAX_FILES = 2000
_YAML_SUFFIXES = (".yml", ".yaml")


def files_of(path: Path, result: ImportResult) -> tuple[list[Path], str]:
    """The YAML files `path` stands for, in name order, and a prefix naming the package for origins."""
    if not path.exists() and not path.is_symlink():  # a link loop goes on to the reader, which says so
        raise ImportFailed(_("no such file or folder"), str(path))
    if not path.is_dir():  # a file, or something that only looks like one: the reader says which
        return [path], "espanso: "
    # An Espanso config folder keeps its matches in match/; its config/ holds settings, not snippets.
    root = path / "match" if (path / "match").is_dir() else path
    try:
        files = sorted(p for p in root.rglob("*") if _is_match_file(p, root))
    except OSError as exc:
        words = _("cannot read the folder: {error}").format(error=exc.strerror or exc)
        raise ImportFailed(words, str(path)) from None
    if not files:
        raise ImportFailed(_("no Espanso match files (*.yml) in this folder"), str(path))
    _refuse_too_many(len(files), path)
    return files, _manifest_origin(path, result)


def load_documents(
    files: list[Path], result: ImportResult, *, lone: Path | None
) -> list[tuple[Path, Any, int]]:
    """Each file's YAML and its length in characters, then the files it imports, each file once (by its
    real path).

    An import that is missing, not a YAML file, or a folder is named in a note and left out: the rest of
    the import goes on, as Espanso's does. So does a file that cannot be read (broken YAML, not text, a
    link loop): it goes to `result.unreadable` with its line and reason, and every other file is read.
    Only `lone`, the one file the person named, failing fails the import: nothing else was asked for.
    """
    documents: list[tuple[Path, Any, int]] = []
    seen: set[Path] = set()
    queue = deque(files)
    while queue:
        file = queue.popleft()
        real = _real(file)
        if real in seen:
            continue
        seen.add(real)
        _refuse_too_many(len(seen), file)
        try:
            text, read_as = decode_any_text(read_limited(file), str(file))
            doc = load_yaml(text, str(file))
        except ImportFailed as failed:
            if file == lone:
                raise
            result.unreadable.append(Unreadable.of(failed))
            continue
        if read_as:
            result.notes.append(read_as)
        documents.append((file, doc, len(text)))
        queue.extend(_imports_of(doc, file, result))
    return documents


def config_includes(path: Path, result: ImportResult) -> list[Path]:
    """The match files an Espanso config folder's app configs name (config/<app>.yml `includes` and
    `extra_includes`): `espanso migrate` puts 0.7's app-specific snippets there, as private match/_*.yml
    files no folder walk reads. Their app filter is counted: here the snippets are for every app."""
    config = path / "config"
    if not (path / "match").is_dir() or not config.is_dir():
        return []
    found: list[Path] = []
    for file in sorted(config.glob("*.yml")):
        try:
            doc = load_yaml(decode_text(read_limited(file), str(file)), str(file))
        except ImportFailed as exc:  # a broken settings file holds no snippets: said, and the rest goes on
            result.notes.append(str(exc))
            continue
        listed = [*_listed(doc, file, result, "includes"), *_listed(doc, file, result, "extra_includes")]
        if listed and isinstance(doc, dict):
            for key in ("filter_title", "filter_class", "filter_exec"):
                if key in doc:
                    result.dropped[_("app filter ({key})").format(key=key)] += 1
        found += listed
    return found


def _imports_of(doc: Any, file: Path, result: ImportResult) -> list[Path]:
    return _listed(doc, file, result, "imports")


def _listed(doc: Any, file: Path, result: ImportResult, key: str) -> list[Path]:
    """The YAML files `doc` names under `key`, relative to `file`; the others named in a note."""
    raw = doc.get(key) if isinstance(doc, dict) else None
    if raw is None:
        return []
    names = raw if isinstance(raw, list) else [raw]
    found: list[Path] = []
    for name in names:
        target = text_of(name)
        path = file.parent / target  # an absolute path stays absolute
        if _GLOB.search(target):
            matched = _glob(file.parent, target)
            found += matched
            if not matched:
                words = _('the pattern "{name}" matches no YAML file; left out').format(name=target)
                result.notes.append(f"{file}: {words}")
            continue
        if not target or path.suffix.lower() not in _YAML_SUFFIXES:
            words = _('the import "{name}" is not a YAML match file; left out').format(name=target)
        elif not path.is_file():
            words = _('the import "{name}" was not found; left out').format(name=target)
        else:
            found.append(path)
            continue
        result.notes.append(f"{file}: {words}")
    return found


# Espanso's config `includes` are glob patterns ("../match/_work/*.yml", its default "../match/**/[!_]*.yml").
_GLOB = re.compile(r"[*?\[]")


def _glob(folder: Path, pattern: str) -> list[Path]:
    """The YAML files `pattern` matches from `folder` (an absolute pattern from its root), in name order.
    `**` does not follow linked folders, so a link loop ends."""
    anchor = Path(pattern).anchor  # "/" for an absolute pattern: glob() takes relative ones only
    base, relative = (Path(anchor), pattern[len(anchor) :]) if anchor else (folder, pattern)
    try:
        return sorted(p for p in base.glob(relative) if p.suffix.lower() in _YAML_SUFFIXES and p.is_file())
    except (OSError, ValueError, NotImplementedError):  # an unreadable folder, or a pattern glob refuses
        return []


def _real(path: Path) -> Path:
    """The path with its links followed, so one file reached two ways is read once; a link loop (which
    cannot be read anyway) is kept as written and refused by the reader."""
    try:
        return path.resolve()
    except (OSError, RuntimeError):
        return path.absolute()


def _refuse_too_many(count: int, path: Path) -> None:
    if count > MAX_FILES:
        raise ImportFailed(
            _("more than {count} YAML files: name one package folder").format(count=MAX_FILES), str(path)
        )


def _is_match_file(path: Path, root: Path) -> bool:
    """A *.yml or *.yaml file, not a private one (`_shared.yml`, read only when imported, and
    `_manifest.yml`) and not hidden: a copy from a Mac brings "._base.yml" resource forks, and a git
    checkout of a package brings .github/workflows/*.yml."""
    if path.suffix not in _YAML_SUFFIXES or path.name[0] == "_":
        return False
    if any(part.startswith(".") for part in path.relative_to(root).parts):
        return False
    # A link loop, a dangling link or a pipe named like a match file is not silently left out: the reader
    # refuses it with the reason, named among the files that could not be read.
    return path.is_file() or (not path.is_dir() and (path.is_symlink() or path.exists()))


def _manifest_origin(folder: Path, result: ImportResult) -> str:
    """ "espanso package <title> <version> by <author>: ". A manifest holds no snippets: a broken one is
    said in a note and the package's match files are read all the same."""
    manifest = folder / "_manifest.yml"
    if not manifest.is_file():
        # ~/.config/espanso is the usual folder: "espanso: base.yml", not "espanso espanso: base.yml".
        return "espanso: " if folder.name.lower() == "espanso" else f"espanso {folder.name}: "
    try:
        doc = load_yaml(decode_text(read_limited(manifest), str(manifest)), str(manifest))
    except ImportFailed as failed:
        result.notes.append(str(failed))
        return f"espanso {folder.name}: "
    if not isinstance(doc, dict):
        words = _("the manifest must be a mapping (name, title, version, author)")
        result.notes.append(f"{manifest}: {words}")
        return f"espanso {folder.name}: "
    title = text_of(doc.get("title")) or text_of(doc.get("name")) or folder.name
    version = text_of(doc.get("version"))
    author = text_of(doc.get("author"))
    described = title + (f" {version}" if version else "") + (f" by {author}" if author else "")
    return f"espanso package {described}: "
