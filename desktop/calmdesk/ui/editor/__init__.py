"""The phrase editor and the import dialog."""
