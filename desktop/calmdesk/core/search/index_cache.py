"""The search index's costly half kept in the cache folder, so a start with a large library skips it.

Never pickle: a fixed header, JSON for the texts and flat arrays of numbers (Python's `array`) for the
postings, with a CRC-32 over all of it. The key is a digest of everything the costly half is built from
(each phrase's id, category, title, tags and text, the category labels and "when" texts, the English
words it is also found by, the languages whose stems it holds) and of the code that builds it (corpus.py,
text.py and stemming.py themselves, and the Snowball stemmers' installed files): any difference, and any file
that is damaged or not exactly as written, means the index is built as before and the file rewritten. The
cache never decides what search finds, it only saves the time of reading every phrase's words again.
"""

from __future__ import annotations

import json
import logging
import os
import stat
import struct
import sys
import zlib
from array import array
from collections.abc import Mapping, Sequence
from itertools import pairwise
from pathlib import Path
from typing import Any

from calmdesk import __version__
from calmdesk.core import text
from calmdesk.core.model import Phrase
from calmdesk.core.safefile import FileRefused, write_atomically
from calmdesk.core.search.corpus import MAX_WEIGHT, Corpus, Indexed
from calmdesk.core.search.saved_postings import SavedPostings, SavedStemTerms
from calmdesk.core.search.stemming import SNOWBALL, stems_for

log = logging.getLogger(__name__)

FORMAT = 3  # 2: the stems of the terms and of the categories' "when" words; 3: weights as one-byte codes
MAGIC = b"CALMDESK-SEARCH-INDEX\n"
_PREFIX = struct.Struct("<II")  # CRC-32 of the rest, length of the JSON part
_WHOLE = "I"  # unsigned 32-bit: phrase indexes and offsets
_ARRAYS = ("starts", "ids", "weights", "strong_starts", "strong_ids", "stem_starts", "stem_ids")
# A file larger than this is no index of ours: refused unread.
MAX_INDEX_BYTES = 512 * 1024 * 1024


def cached_corpus(
    phrases: Sequence[Phrase],
    category_labels: Mapping[str, str],
    category_hints: Mapping[str, str],
    *,
    languages: Sequence[str],
    also: Mapping[str, tuple[str, str]],
    cache_dir: Path | None,
) -> Corpus:
    """`Corpus(phrases, ...)`, its costly half read from `cache_dir` when it was kept for these very phrases,
    and kept there when it was not. Without `cache_dir`, simply built."""
    if cache_dir is None or array(_WHOLE).itemsize != 4:
        return Corpus(phrases, category_labels, category_hints, languages=languages, also=also)
    path = cache_dir / f"search-index-{languages[0] if languages else 'en'}.bin"
    key = digest(phrases, category_labels, also, languages, category_hints)
    categories = len({p.category for p in phrases} | set(category_labels))
    indexed = read(path, key, len(phrases), categories)
    corpus = Corpus(phrases, category_labels, category_hints, languages=languages, also=also, indexed=indexed)
    if indexed is None:
        write(path, key, corpus.indexed)
    return corpus


def digest(
    phrases: Sequence[Phrase],
    category_labels: Mapping[str, str],
    also: Mapping[str, tuple[str, str]],
    languages: Sequence[str] = ("en",),
    category_hints: Mapping[str, str] | None = None,
) -> str:
    """64 bits (two checksums) of everything the costly half depends on, and of the code that builds it."""
    crc, adler = 0, 1
    for source in (
        sys.modules[Corpus.__module__].__file__,
        text.__file__,
        sys.modules[stems_for.__module__].__file__,
    ):
        code = Path(source).read_bytes() if source else b""
        crc, adler = zlib.crc32(code, crc), zlib.adler32(code, adler)
    parts = [f"{FORMAT}\x00{__version__}\x00{len(phrases)}\x00{','.join(languages)}"]
    parts.append(stemmer_files(languages))
    parts += [f"{key}\x00{label}" for key, label in sorted(category_labels.items())]
    parts += [f"{key}\x00{title}\x01{tags}" for key, (title, tags) in sorted(also.items())]
    parts += [f"{key}\x00{when}" for key, when in sorted((category_hints or {}).items())]
    parts += ["\x00".join((p.id, p.category, p.title, "\x01".join(p.tags), p.text)) for p in phrases]
    data = "\x02".join(parts).encode("utf-8", "surrogatepass")
    return f"{zlib.crc32(data, crc):08x}{zlib.adler32(data, adler):08x}{len(data):x}"


def stemmer_files(languages: Sequence[str]) -> str:
    """The installed Snowball stemmers' files (name and size) when `languages` need them: an upgraded
    stemmer may stem a word otherwise, and then the stems kept are no longer the stems of today. Not
    their folder or time: the index built with the package (shipped_library) holds wherever it is
    installed, and an install writes the files at its own time."""
    if all(lang not in SNOWBALL for lang in languages):
        return ""  # English: our own light stemmer, covered by stemming.py's digest
    import snowballstemmer  # what stemming.stemmer uses; it loads PyStemmer's C stemmers when installed

    found = []
    for module in (snowballstemmer, sys.modules.get("Stemmer")):
        source = getattr(module, "__file__", None)
        if source:
            info = os.stat(source)
            found.append(f"{Path(source).name}\x00{info.st_size}")
    return "\x01".join(found)


def write(path: Path, key: str, indexed: Indexed) -> None:
    """Keep `indexed` at `path` for `key` (atomically: another process reads the old file or the new)."""
    table = sorted({w for postings in indexed.postings for w in postings.values()})
    if len(table) > 256:
        log.info("Search index %s not kept: %d distinct weights", path, len(table))
        return
    code = {w: c for c, w in enumerate(table)}.__getitem__
    starts, ids, weights = array(_WHOLE, [0]), array(_WHOLE), array("B")
    for postings in indexed.postings:
        ids.extend(postings)
        weights.extend(map(code, postings.values()))
        starts.append(len(ids))
    strong_starts, strong_ids = array(_WHOLE, [0]), array(_WHOLE)
    for found in indexed.strong_postings:
        strong_ids.extend(found)
        strong_starts.append(len(strong_ids))
    stems = sorted(indexed.stem_terms)
    stem_starts, stem_ids = array(_WHOLE, [0]), array(_WHOLE)
    for stem in stems:
        stem_ids.extend(indexed.stem_terms[stem])
        stem_starts.append(len(stem_ids))
    every = (starts, ids, weights, strong_starts, strong_ids, stem_starts, stem_ids)
    arrays: dict[str, array[Any]] = dict(zip(_ARRAYS, every, strict=True))
    header = {
        "format": FORMAT,
        "key": key,
        "byteorder": sys.byteorder,
        "weights": table,
        "phrases": len(indexed.all_texts),
        "arrays": {name: [a.typecode, len(a)] for name, a in arrays.items()},
        "texts": [indexed.title_texts, indexed.strong_texts, indexed.all_texts, indexed.vocab, stems],
        "hint_stems": {stem: sorted(codes) for stem, codes in indexed.hint_stems.items()},
    }
    part = json.dumps(header, ensure_ascii=False, separators=(",", ":")).encode("utf-8", "surrogatepass")
    body = part + b"".join(a.tobytes() for a in arrays.values())
    try:
        path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        write_atomically(path, MAGIC + _PREFIX.pack(zlib.crc32(body), len(part)) + body, durable=False)
    except (OSError, FileRefused) as exc:
        log.info("Search index %s not kept: %s", path, exc)


def read(path: Path, key: str, phrases: int, categories: int = 256) -> Indexed | None:
    """The costly half kept at `path` for `key`, `phrases` phrases and `categories` categories; None when
    there is none, or it is for other phrases, or anything about it is not exactly as written."""
    try:
        info = os.stat(path)
        if not stat.S_ISREG(info.st_mode) or info.st_size > MAX_INDEX_BYTES:
            return None
        raw = path.read_bytes()
        return _parse(raw, key, phrases, categories)
    except FileNotFoundError:
        return None
    except (OSError, ValueError, KeyError, TypeError, IndexError, OverflowError, struct.error) as exc:
        log.info("Search index %s ignored (%s); building it", path, exc)
        return None


def _parse(raw: bytes, key: str, phrases: int, categories: int) -> Indexed | None:
    if not raw.startswith(MAGIC):
        raise ValueError("not a search index")
    crc, length = _PREFIX.unpack_from(raw, len(MAGIC))
    body = memoryview(raw)[len(MAGIC) + _PREFIX.size :]
    if zlib.crc32(body) != crc:
        raise ValueError("damaged (checksum)")
    header: dict[str, Any] = json.loads(bytes(body[:length]))
    if header["format"] != FORMAT or header["key"] != key:
        return None  # another library's, or an older CalmDesk's: not an error
    if header["byteorder"] != sys.byteorder or header["phrases"] != phrases:
        raise ValueError("not for this machine or these phrases")
    arrays: dict[str, array[Any]] = {}
    offset = length
    for name in _ARRAYS:
        typecode, count = header["arrays"][name]
        if typecode != ("B" if name == "weights" else _WHOLE):
            raise ValueError(f"{name}: unexpected type")
        found = array(typecode)
        end = offset + count * found.itemsize
        if end > len(body):
            raise ValueError(f"{name}: cut short")
        found.frombytes(body[offset:end])
        arrays[name] = found
        offset = end
    if offset != len(body):
        raise ValueError("trailing bytes")
    title_texts, strong_texts, all_texts, vocab, stems = header["texts"]
    _check_texts((title_texts, strong_texts, all_texts), vocab, phrases)
    _check_words(stems, "stems")
    _checked(arrays["starts"], arrays["ids"], len(vocab))
    strong = _checked(arrays["strong_starts"], arrays["strong_ids"], len(vocab))
    _checked(arrays["stem_starts"], arrays["stem_ids"], len(stems))
    if arrays["stem_ids"] and max(arrays["stem_ids"]) >= len(vocab):
        raise ValueError("a term index out of range")
    hint_stems = _hint_stems(header["hint_stems"], categories)
    codes, table = arrays["weights"], header["weights"]
    if not isinstance(table, list) or not all(type(w) is float and 0 < w <= MAX_WEIGHT for w in table):
        raise ValueError("weights out of range")
    if len(codes) != len(arrays["ids"]) or (codes and max(codes) >= len(table)):
        raise ValueError("a weight code out of range")
    ids = arrays["ids"]
    if ids and max(ids) >= phrases:  # checked here: the postings' dicts are made only when used
        raise ValueError("a phrase index out of range")
    strong_ids = arrays["strong_ids"]
    number = list(range(phrases)).__getitem__
    return Indexed(
        title_texts,
        strong_texts,
        all_texts,
        vocab,
        SavedPostings(arrays["starts"], arrays["ids"], codes, table, phrases),
        [list(map(number, strong_ids[a:b])) for a, b in strong],  # IndexError past the last phrase
        SavedStemTerms(stems, arrays["stem_starts"], arrays["stem_ids"]),
        hint_stems,
    )


def _hint_stems(found: Any, categories: int) -> dict[str, set[int]]:
    """Stem -> category codes, as written, each code one of the `categories`."""
    if not isinstance(found, dict):
        raise ValueError("hint stems not as written")
    result: dict[str, set[int]] = {}
    for stem, codes in found.items():
        if not isinstance(codes, list) or not all(type(c) is int and 0 <= c < categories for c in codes):
            raise ValueError("hint stems not as written")
        result[stem] = set(codes)
    return result


def _check_texts(per_phrase: tuple[Any, ...], vocab: Any, phrases: int) -> None:
    for texts in per_phrase:
        if not isinstance(texts, list) or len(texts) != phrases or not all(type(t) is str for t in texts):
            raise ValueError("phrase texts not as written")
    _check_words(vocab, "vocabulary")


def _check_words(found: Any, name: str) -> None:
    """`found` is a list of distinct words in sorted order (what bisection in it relies on)."""
    if not isinstance(found, list) or not all(type(t) is str and t for t in found):
        raise ValueError(f"{name} not as written")
    if any(a >= b for a, b in pairwise(found)):
        raise ValueError(f"{name} not sorted")


def _checked(starts: array[int], ids: array[int], terms: int) -> list[tuple[int, int]]:
    """The [a, b) slice of `ids` of each term, once the offsets are in order."""
    if len(starts) != terms + 1 or starts[0] != 0 or starts[-1] != len(ids):
        raise ValueError("offsets not as written")
    spans = list(pairwise(starts))
    if any(a > b for a, b in spans):
        raise ValueError("offsets out of order")
    return spans
