"""The benchmark scripts still run and print the JSON they promise (figures are not checked)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent


def run_script(name: str, *args: str) -> dict[str, object]:
    done = subprocess.run(
        [sys.executable, str(HERE / name), *args], capture_output=True, text=True, timeout=300, check=False
    )
    assert done.returncode == 0, done.stderr
    result: dict[str, object] = json.loads(done.stdout)
    return result


def test_bench_search_quick_prints_figures() -> None:
    result = run_script("bench_search.py", "--quick")
    sizes = result["sizes"]
    assert isinstance(sizes, dict)
    assert set(sizes) == {"200", "2000"}
    for figures in sizes.values():
        assert set(figures) == {"build_ms", "keystrokes", "p50_ms", "p95_ms", "max_ms"}
        assert figures["keystrokes"] > 0
        assert 0 <= figures["p50_ms"] <= figures["p95_ms"] <= figures["max_ms"]
    builtin = result["builtin"]
    assert isinstance(builtin, dict)
    assert {"phrases", "cold_load_ms", "index_build_ms", "p95_ms"} <= set(builtin), builtin


def test_search_quality_prints_hit_rates() -> None:
    result = run_script("search_quality.py")
    assert set(result) == {"cases", "phrases", "hit@1", "hit@3", "empty", "by_kind", "misses"}
    assert 0 <= result["hit@1"] <= result["hit@3"] <= 1  # type: ignore[operator]
    by_kind = result["by_kind"]
    assert isinstance(by_kind, dict)
    assert {"keyword", "fragment", "situation", "typo", "shorthand", "vague", "six kinds"} <= set(by_kind)
    assert isinstance(result["misses"], list)


def test_bench_tone_quick_prints_figures() -> None:
    result = run_script("bench_tone.py", "--quick")
    assert {"rules", "load_ms", "findings_in_2000", "draft_2000", "typing_to_2000"} == set(result)
    figures = result["draft_2000"]
    assert isinstance(figures, dict)
    assert 0 <= figures["p50_ms"] <= figures["p95_ms"] <= figures["max_ms"]


def test_tone_quality_prints_precision_and_recall() -> None:
    result = run_script("tone_quality.py")
    assert 0 <= result["precision"] <= 1  # type: ignore[operator]
    assert 0 <= result["recall"] <= 1  # type: ignore[operator]


def test_bench_complaint_quick_prints_figures() -> None:
    result = run_script("bench_complaint.py", "--quick")
    for key in ("panel_toggle_to_visible_ms", "tick_persisted_ms", "switch_to_repainted_ms"):
        figures = result[key]
        assert isinstance(figures, dict)
        assert 0 < figures["median"] <= figures["max"]
    startup = result["startup"]
    assert isinstance(startup, dict)
    assert {"start_to_ready_ms", "rss_mb"} == set(startup["now"])


def test_bench_reading_quick_prints_figures() -> None:
    result = run_script("bench_reading.py", "--quick")
    assert {"knowledge_load_ms", "read_5000_p50_ms", "read_5000_p95_ms", "read_5000_cpu_p95_ms"} <= set(
        result
    )
    assert 0 < result["read_5000_p50_ms"] <= result["read_5000_p95_ms"] <= result["read_5000_max_ms"]  # type: ignore[operator]


def test_reading_quality_prints_per_field_figures() -> None:
    result = run_script("reading_quality.py")
    assert result["messages"] >= 240
    for name in ("topic", "anger", "anger_within_one", "asks_precision", "threats_recall", "order_number"):
        assert 0 <= result[name] <= 1  # type: ignore[operator]


def test_bench_backup_prints_figures() -> None:
    result = run_script("bench_backup.py", "--rows", "500", "--runs", "6")
    assert {"rows", "file_kb", "backup_ms", "restore_ms", "newest_good_backup_ms"} <= set(result)
    assert result["files_in_backup_dir"] == 5  # the rotation, and nothing left beside it


def test_bench_native_runs_calmdesk_beside_copyq_and_prints_ratios() -> None:
    """One alternating pair in one X session: figures printed, never judged (a loaded machine varies)."""
    result = run_script("bench_native.py", "--runs", "1", "--floor")
    assert result["benchmark"] == "native_tray_app"
    assert result["ratio_tray_ms_to_bare"] > 0  # type: ignore[operator]
    for app in ("calmdesk", "copyq", "bare_pyside6_tray"):
        figures = result[app]
        assert isinstance(figures, dict)
        assert figures["tray_ms"]["n"] == 1
        assert figures["rss_mb"]["median"] > 0
    assert result["ratio_tray_ms"] > 0  # type: ignore[operator]
    assert str(result["copyq_version"]).startswith("CopyQ")


def test_bench_library_size_prints_first_warm_and_edited_starts() -> None:
    """A small team library only (CI time): the figures for 10,000 and 50,000 come from a full run."""
    result = run_script("bench_library_size.py", "--sizes", "500", "--runs", "1")
    sizes = result["sizes"]
    assert isinstance(sizes, dict)
    assert set(sizes) == {"0", "500"}
    team = sizes["500"]
    assert {"team_phrases", "first_start", "warm", "one_file_changed"} == set(team)
    assert team["warm"]["rss_mb"]["median"] > 0
    assert "500" in result["against_builtin_only"]  # type: ignore[operator]


def test_vocabulary_slips_prints_figures() -> None:
    result = run_script("vocabulary_slips.py", "--lang", "es")
    figures = result["es"]
    assert isinstance(figures, dict)
    assert set(figures) == {"names", "slips", "empty", "first_in_names_top3"}
    assert 0 <= figures["empty"] <= figures["slips"]  # type: ignore[operator]


def test_bench_startup_times_warm_starts_against_the_first_locale() -> None:
    result = run_script("bench_startup.py", "--locales", "en,de", "--runs", "1", "--warm")
    assert result["start"] == "warm"
    german = result["de"]
    assert isinstance(german, dict)
    assert german["start_vs_en"] > 0
    assert german["rss_mb"]["median"] > 0
