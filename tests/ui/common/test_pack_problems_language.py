"""A phrase pack's problems in the windows speak the interface language, as the CLI speaks the locale's."""

from __future__ import annotations

from pathlib import Path

from calmdesk.core import library_cache
from calmdesk.store.settings import Settings
from calmdesk.ui.common import translation


def test_pack_problems_follow_the_interface_language(qapp, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    team = tmp_path / "team"
    team.mkdir()
    (team / "bad.toml").write_text('[[phrase]]\nid = "a.b"\ncategory = "apologies"\n', encoding="utf-8")
    settings = Settings(pack_dirs=(str(team),))
    cache = tmp_path / "cache"

    def problems() -> str:
        # As LibraryControl loads at start, after the interface catalogue was installed; through the cache.
        library = library_cache.load_configured(settings, [], user_dir=None, cache_dir=cache)
        return "\n".join(str(p) for p in library.problems)

    assert "unknown category" in problems()
    try:
        translation.install(qapp, "fr")
        said = problems()  # the English run's cache holds English words: not used for French
        assert "catégorie inconnue" in said
        assert "la table [pack] manque" in said
    finally:
        translation.install(qapp, "en")
    assert "unknown category" in problems()
