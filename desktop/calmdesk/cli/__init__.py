"""Command line: one module per group of commands; no Qt on the headless paths."""
