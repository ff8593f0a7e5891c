"""The command line's messages: gettext catalogues, complete and faithful, chosen by LANGUAGE/LC_MESSAGES."""

from __future__ import annotations

import argparse
import inspect
import re
import subprocess
from collections.abc import Iterator
from pathlib import Path

import polib
import pytest
from tests.cli_runner import calmdesk, calmdesk_process

from calmdesk.cli.argparse_messages import MESSAGES
from calmdesk.core import messages

ROOT = Path(__file__).resolve().parents[2]
LOCALE = ROOT / "resources" / "locale"
LANGUAGES = ("de", "es", "fr", "pt")
CATALOGUES = {lang: LOCALE / lang / "LC_MESSAGES" / "calmdesk.po" for lang in LANGUAGES}

# What a translation must keep as it is: {fields} (with !r or :spec), %-style placeholders, `commands`,
# --options and a trailing newline; and every upper-case word (NAME=VALUE, ID IN, JSON, CSV) it may add to.
_KEPT = re.compile(r"\{[a-z_]+(?:![rsa])?(?::[^}]*)?\}|%\([a-z_]+\)[sdr]|%[sdr]|`[^`]+`|--[a-z-]+")
_UPPER = re.compile(r"\b[A-Z]{2,}\b")


def faithful(source: str, translation: str) -> bool:
    return kept(translation) == kept(source) and set(_UPPER.findall(source)) <= set(
        _UPPER.findall(translation)
    )


def kept(text: str) -> list[str]:
    return sorted(_KEPT.findall(text)) + (["\\n"] if text.endswith("\n") else [])


@pytest.fixture
def english_after() -> Iterator[None]:
    yield
    messages.install({})  # the next test starts from English, whatever this one installed


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> polib.POFile:
    """The messages the code marks today, extracted afresh (not the committed .pot, which may be stale)."""
    out = tmp_path_factory.mktemp("pot") / "calmdesk.pot"
    subprocess.run(["bash", str(ROOT / "scripts" / "extract-messages"), str(out)], check=True, timeout=60)
    return polib.pofile(str(out))


def test_the_catalogues_ship() -> None:
    assert sorted(p.parent.parent.name for p in LOCALE.glob("*/LC_MESSAGES/calmdesk.po")) == sorted(LANGUAGES)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_message_the_code_marks_is_translated(lang: str, template: polib.POFile) -> None:
    catalogue = polib.pofile(str(CATALOGUES[lang]))
    done = {e.msgid for e in catalogue if e.translated() and not e.obsolete}
    missing = [e.msgid for e in template if e.msgid not in done]
    assert len(template) > 150
    assert missing == [], "run scripts/update-translations and translate these"


@pytest.mark.parametrize("lang", LANGUAGES)
def test_no_translation_is_fuzzy_empty_or_stale(lang: str, template: polib.POFile) -> None:
    catalogue = polib.pofile(str(CATALOGUES[lang]))
    marked = {e.msgid for e in template}
    assert [e.msgid for e in catalogue.fuzzy_entries()] == []
    assert [e.msgid for e in catalogue.untranslated_entries()] == []
    assert [e.msgid for e in catalogue if e.msgid not in marked] == []


@pytest.mark.parametrize("lang", LANGUAGES)
def test_placeholders_options_and_commands_survive(lang: str) -> None:
    for entry in polib.pofile(str(CATALOGUES[lang])):
        if entry.msgid_plural:
            for form in entry.msgstr_plural.values():
                assert faithful(entry.msgid_plural, form), (entry.msgid, form)
        else:
            assert faithful(entry.msgid, entry.msgstr), (entry.msgid, entry.msgstr)


def test_the_check_sees_a_changed_placeholder() -> None:
    assert not faithful("could not write {file}: {reason}", "no se pudo escribir {archivo}: {reason}")
    assert not faithful("add --force", "añada --forzar")
    assert not faithful("%(prog)s: error: %(message)s\n", "%(prog)s: error: %(message)s")
    assert not faithful("--set takes NAME=VALUE", "--set espera NOMBRE=VALOR")
    assert faithful("--set takes NAME=VALUE, not {given!r}", "--set espera NAME=VALUE, no {given!r}")


@pytest.mark.parametrize("lang", LANGUAGES)
def test_plural_forms_are_the_languages_own(lang: str) -> None:
    header = polib.pofile(str(CATALOGUES[lang])).metadata["Plural-Forms"]
    # French and Brazilian Portuguese say "0 phrase" (singular for 0 and 1); Spanish and German "0 Phrasen".
    rule = "(n > 1)" if lang in ("fr", "pt") else "(n != 1)"
    assert header == f"nplurals=2; plural={rule};"


def test_argparse_still_words_its_messages_so() -> None:
    source = inspect.getsource(argparse)
    assert [m for m in MESSAGES if repr(m)[1:-1] not in source and m not in source] == []


@pytest.mark.usefixtures("english_after")
def test_language_follows_the_locale(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LANG", "de_DE.UTF-8")
    result = calmdesk("render", "no.such-phrase")
    assert result.returncode == 1
    assert "keine Phrase mit der ID 'no.such-phrase'" in result.stderr


# LANGUAGE only ever in a child process: glibc reads it on each strerror() once Qt has set the locale, and
# keeps what it found, so the rest of the test session would read "File o directory non esistente".
def test_language_and_lc_messages_come_first() -> None:
    german_but_french = {"LANG": "de_DE.UTF-8", "LC_MESSAGES": "fr_FR.UTF-8"}
    assert "aucune phrase avec l'id" in calmdesk_process("render", "x", env=german_but_french).stderr
    preferences = {**german_but_french, "LANGUAGE": "it:pt_BR:es"}  # the first one we speak wins
    assert "nenhuma frase com o id" in calmdesk_process("render", "x", env=preferences).stderr


def test_the_c_locale_is_english_whatever_language_says() -> None:
    c_locale = {"LANG": "C.UTF-8", "LANGUAGE": "es"}  # GNU gettext ignores LANGUAGE under the C locale
    assert "no phrase with id 'x'" in calmdesk_process("render", "x", env=c_locale).stderr


@pytest.mark.usefixtures("english_after")
def test_argparse_speaks_the_language_too(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LANG", "es_ES.UTF-8")
    wrong = calmdesk("search", "--limit", "x")
    assert wrong.returncode == 2
    assert "calmdesk search: error: argumento --limit: no es un número entero: 'x'" in wrong.stderr
    usage = calmdesk("complaint", "--help").stdout
    assert usage.startswith("uso: calmdesk complaint")
    assert "inicia una queja (todos los campos son opcionales)" in usage
    assert "muestra esta ayuda y termina" in usage


@pytest.mark.usefixtures("english_after")
def test_plural_messages_take_the_languages_form() -> None:
    messages.install({"LANG": "fr_FR.UTF-8"})
    one = messages.ngettext("{count} phrase", "{count} phrases", 0).format(count=0)
    many = messages.ngettext("Exported {count} phrase to {file}", "Exported {count} phrases to {file}", 2)
    assert (one, many) == ("0 phrase", "{count} phrases exportées vers {file}")
