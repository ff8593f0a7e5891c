"""The GUI application: builds the objects, wires their signals; one controller per feature."""
