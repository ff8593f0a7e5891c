"""The GUI application: builds the objects, wires their signals; one controller per feature."""

from calmdesk.app.pyside_import_hook import lighten_import_hook

# Before any other module of the app imports Qt: each module imported after PySide6 pays for its check.
lighten_import_hook()
