"""Widgets and helpers shared by several windows: tray, notices, icons, results, fill-in form."""
