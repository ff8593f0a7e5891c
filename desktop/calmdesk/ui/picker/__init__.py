"""The picker popup: search, results, fill-in and tone check."""
