"""Works around a reference-count bug in PySide6 6.12 on CPython 3.11 that kills the app within minutes.

The shiboken6 6.12.0 abi3 wheel returns None from every void method (QRect.setLeft, QWidget.setToolTip,
QModelIndex.data() of an empty role, ...) without taking a new reference, as the CPython 3.12 headers allow
for an immortal None. On 3.11 None is not immortal: each such call drops its count by one, and after a few
thousand calls (a few seconds of typing in the picker) Python aborts with "none_dealloc: deallocating None".
On 3.12+ None is immortal and nothing happens; `needed()` measures the leak, so the guard switches itself
off once a fixed PySide6 is installed.
"""

from __future__ import annotations

import ctypes
import sys

from PySide6.QtCore import QRect

# Far more than any run can leak (one per call), far less than the 2**62 where the count would overflow.
_RESERVE = 1 << 48


def needed() -> bool:
    if sys.version_info >= (3, 12) or sys.implementation.name != "cpython":
        return False
    probe = QRect()
    before = sys.getrefcount(None)
    for _ in range(8):
        probe.setLeft(1)
    return sys.getrefcount(None) < before


def apply() -> bool:
    """Give None a reserve of references if this PySide6 leaks them; True when the guard was applied."""
    if not needed():
        return False
    # ob_refcnt is the first field of every CPython object: this makes None as good as immortal, which is
    # exactly what CPython 3.12 does by design.
    ctypes.c_ssize_t.from_address(id(None)).value += _RESERVE
    return True
