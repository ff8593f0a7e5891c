"""The pseudo-locale "qps": every window string accented, bracketed and ~40% longer, to find clipping early.

`interface_language = "qps"` in the settings shows it (scripts/build-translations builds its catalogue from
the Spanish one's list of messages, which tests keep complete). "[Šéţţîñĝš ···]" shows at a glance a string
that is clipped (a bracket missing), left in English (no accents) or built from pieces. Placeholders, key
names, file patterns and the Alt+letter after "&" stay as they are, so the windows still work.

Run as `python -m calmdesk.ui.common.pseudo_locale SOURCE.ts OUT.ts` (no Qt needed).
"""

from __future__ import annotations

import math
import re
import sys
from pathlib import Path

CODE = "qps"  # the pseudo-locale's code (Windows calls its own "qps-ploc")
GROWTH = 0.4  # translations run up to 40% longer than English (German, French): the pad reaches that
_ACCENTED = str.maketrans(
    "aAcCeEgGiIlLnNoOrRsStTuUyYzZ",
    "åÅçÇéÉĝĜîÎļĻñÑöÖŕŔšŠţŢûÛýÝžŽ",
)
# Kept exactly: printf and Qt placeholders, {{blanks}}, key names, file patterns, "&" plus its letter, tags.
_KEEP = re.compile(
    r"%n|%[sdg]|%\d|\{\{[^}]*\}\}|(?:Ctrl|Alt|Shift|Meta)\+\S+|\b(?:Esc|Enter|Tab|PgUp|PgDn|F\d+)\b"
    r"|\*\.\w+|;;|&&|&.|<[^>]*>|&\w+;"
)


def pseudo(text: str) -> str:
    """`text` accented, bracketed and padded to ~140% of its length (empty stays empty)."""
    if not text.strip():
        return text
    parts, last = [], 0
    for kept in _KEEP.finditer(text):
        parts.append(text[last : kept.start()].translate(_ACCENTED))
        parts.append(kept.group())
        last = kept.end()
    parts.append(text[last:].translate(_ACCENTED))
    pad = "·" * max(1, math.ceil(len(text) * GROWTH) - 2)
    return f"[{''.join(parts)} {pad}]"


def write_catalogue(source: Path, out: Path) -> int:
    """A .ts for `CODE` with every message of `source` (any complete catalogue) pseudo-translated.

    Returns how many messages it holds.
    """
    import xml.etree.ElementTree as ET  # here, not at the top: the app imports this module at every start

    root = ET.parse(source).getroot()
    root.set("language", "en")  # lrelease knows no plural rule for "qps": English's two forms
    count = 0
    for message in root.iter("message"):
        text = message.findtext("source") or ""
        node = message.find("translation")
        if node is None:
            node = ET.SubElement(message, "translation")
        node.attrib.pop("type", None)
        forms = list(node.iter("numerusform"))
        if forms:
            for form in forms:
                form.text = pseudo(text)
        else:
            node.text = pseudo(text)
        count += 1
    out.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + ET.tostring(root, encoding="unicode"),
        encoding="utf-8",
    )
    return count


if __name__ == "__main__":
    if len(sys.argv) != 3:
        raise SystemExit("usage: python -m calmdesk.ui.common.pseudo_locale SOURCE.ts OUT.ts")
    print(f"pseudo_locale: {write_catalogue(Path(sys.argv[1]), Path(sys.argv[2]))} messages")
