"""Pure-Python domain logic: phrases, packs, search, placeholders, checklist. Never imports Qt."""
