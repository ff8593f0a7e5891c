"""The machine's time zone with its real rules (zoneinfo), not just today's offset."""

from __future__ import annotations

import logging
import os
from datetime import datetime, tzinfo
from pathlib import Path
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

log = logging.getLogger(__name__)

_LOCALTIME = Path("/etc/localtime")


def local_zone() -> tzinfo:
    """The zone wall-clock times are meant in: $TZ, else /etc/localtime, else today's fixed offset.

    `datetime.now().astimezone()` carries only the offset of this moment, so a summer date typed in winter
    would get the winter offset; a ZoneInfo knows every change. Read each time: $TZ may change in tests.
    """
    name = os.environ.get("TZ", "").removeprefix(":")
    if name:
        try:
            return ZoneInfo(name)
        except (ZoneInfoNotFoundError, ValueError) as exc:
            log.debug("TZ=%s is not a zone name (%s); using the system's", name, exc)
    try:
        target = str(_LOCALTIME.resolve())
        if "/zoneinfo/" in target:
            return ZoneInfo(target.split("/zoneinfo/", 1)[1])
        with _LOCALTIME.open("rb") as handle:
            return ZoneInfo.from_file(handle, key="localtime")
    except (OSError, ZoneInfoNotFoundError, ValueError) as exc:
        log.debug("no zone rules for local time (%s); using today's offset", exc)
    fallback = datetime.now().astimezone().tzinfo
    assert fallback is not None
    return fallback


def zoned(moment: datetime) -> datetime:
    """`moment` in the local zone's rules when it is local time with only a fixed offset; else as is.

    A moment of another zone (a test, another machine's time) keeps its own zone.
    """
    if isinstance(moment.tzinfo, ZoneInfo):
        return moment
    zone = local_zone()
    if zone.utcoffset(moment.replace(tzinfo=None)) == moment.utcoffset():
        return moment.astimezone(zone)
    return moment
