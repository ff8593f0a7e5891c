"""`calmdesk render --set` and `calmdesk pack check` with choice blanks and optional sections."""

from __future__ import annotations

from pathlib import Path

import pytest

from cli_runner import calmdesk

PACK = """\
[pack]
id = "fillins"
name = "Fill-ins"
language = "en"
version = "1.0.0"

[[phrase]]
id = "fillins.delivery"
category = "commitment"
title = "Delivery estimate"
"""
PACK += (
    'text = "It arrives in {{delivery: 1-2 working days | 3-5 working days}}.'
    '{{#voucher}} A voucher is attached.{{/voucher}}"\n'
)


@pytest.fixture
def fillins_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "fillins"
    folder.mkdir()
    (folder / "fillins.toml").write_text(PACK, encoding="utf-8")
    return folder


def test_render_takes_an_option_and_a_switch(fillins_dir: Path) -> None:
    plain = calmdesk("--packs", str(fillins_dir), "render", "fillins.delivery")
    assert plain.returncode == 0, plain.stderr
    assert plain.stdout.strip() == "It arrives in 1-2 working days."
    chosen = calmdesk(
        "--packs", str(fillins_dir), "render", "fillins.delivery",
        "--set", "delivery=3-5 working days", "--set", "voucher=on",
    )  # fmt: skip
    assert chosen.returncode == 0, chosen.stderr
    assert chosen.stdout.strip() == "It arrives in 3-5 working days. A voucher is attached."


def test_render_refuses_an_option_that_is_not_offered(fillins_dir: Path) -> None:
    result = calmdesk("--packs", str(fillins_dir), "render", "fillins.delivery", "--set", "delivery=soon")
    assert result.returncode == 2
    assert "1-2 working days | 3-5 working days" in result.stderr
    assert result.stdout == ""


def test_pack_check_names_a_section_never_closed(tmp_path: Path) -> None:
    broken = tmp_path / "broken.toml"
    broken.write_text(PACK.replace("{{/voucher}}", ""), encoding="utf-8")
    result = calmdesk("pack", "check", str(broken))
    assert result.returncode == 1
    assert 'section "{{#voucher}}" is never closed' in result.stdout
    assert "fillins.delivery" in result.stdout
