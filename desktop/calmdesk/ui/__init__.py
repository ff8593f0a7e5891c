"""Qt widgets and thin Qt item models over core objects."""

from calmdesk.ui import pyside_guard

# Before any widget exists: every void Qt call counts against None on the affected PySide6 (see module).
pyside_guard.apply()
