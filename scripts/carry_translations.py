"""Carry window translations across a refactor: a tr() that moved to another class keeps its translation.

usage: python scripts/carry_translations.py [REV]   (default HEAD), after scripts/update-translations.
Qt catalogues key a string by its class (the "context"): when a split moves a tr() call to another class,
pyside6-lupdate drops the old entry and adds the string unfinished under the new class. This fills each
unfinished entry of resources/translations/calmdesk_*.ts with the translation the same source (and comment
and plural form) had in REV's catalogue, whatever its class there; run scripts/update-translations again
afterwards to write the files in lupdate's own layout. A string REV never had stays unfinished (listed).
"""

from __future__ import annotations

import copy
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

CATALOGUES = Path(__file__).resolve().parents[1] / "resources" / "translations"

Key = tuple[str | None, str | None, str | None]


def _key(message: ET.Element) -> Key:
    return message.findtext("source"), message.findtext("comment"), message.get("numerus")


def _known(rev: str, ts: Path) -> dict[Key, ET.Element]:
    """Each finished translation of REV's version of `ts`, by source, comment and plural form."""
    relative = ts.relative_to(CATALOGUES.parents[1])
    shown = subprocess.run(["git", "show", f"{rev}:{relative}"], capture_output=True, text=True, check=True)
    known: dict[Key, ET.Element] = {}
    for message in ET.fromstring(shown.stdout).iter("message"):
        translation = message.find("translation")
        if translation is not None and translation.get("type") is None:
            known.setdefault(_key(message), translation)
    return known


def carry(rev: str, ts: Path) -> tuple[int, list[str]]:
    """Fill `ts`'s unfinished entries from REV; how many were filled, and the sources left unfinished."""
    known = _known(rev, ts)
    head = ts.read_text(encoding="utf-8").split("<TS", 1)[0]  # the XML declaration and DOCTYPE lupdate wrote
    tree = ET.parse(ts)
    filled, left = 0, []
    for message in tree.getroot().iter("message"):
        translation = message.find("translation")
        if translation is None or translation.get("type") != "unfinished":
            continue
        earlier = known.get(_key(message))
        if earlier is None:
            left.append(message.findtext("source") or "")
            continue
        message.remove(translation)
        message.append(copy.deepcopy(earlier))
        filled += 1
    ts.write_text(head + ET.tostring(tree.getroot(), encoding="unicode") + "\n", encoding="utf-8")
    return filled, left


def main(argv: list[str]) -> int:
    rev = argv[1] if len(argv) > 1 else "HEAD"
    for ts in sorted(CATALOGUES.glob("calmdesk_*.ts")):
        filled, left = carry(rev, ts)
        print(f"{ts.name}: {filled} carried over" + (f", {len(left)} new: {left}" if left else ""))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
