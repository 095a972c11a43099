"""Re-running the notebooks rewrites the figures byte for byte: the CSVs, the SVGs, and the PNG
and PDF too (no dates, random ids or versions in them)."""
from __future__ import annotations

import hashlib

import pytest

from analysis.report import run_notebooks
from conftest import SEED_PATH
from test_notebooks import FIGURES, notebook_run


def _digests(folder):
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.iterdir()) if p.is_file()}


@pytest.mark.slow
def test_two_runs_write_identical_figures(tmp_path_factory):
    first, summary = notebook_run("seed", tmp_path_factory)  # shared with test_notebooks
    assert (summary["status"] == "ok").all(), summary.to_string()
    second = tmp_path_factory.mktemp("report_seed_again")
    again = run_notebooks(SEED_PATH.parent, out=second, html=False)
    assert (again["status"] == "ok").all()
    one, two = _digests(first / "figures"), _digests(second / "figures")
    assert sorted(one) == sorted(two)
    assert len([n for n in one if n.endswith(".svg")]) == len(FIGURES)
    differ = sorted(name for name in one if one[name] != two[name])
    assert not differ, f"not byte-identical across runs: {differ}"
    # the executed notebooks carry no run times either (only the injected OUT path differs)
    for name in ("01_corpus_overview", "04_framing"):
        a = (first / f"{name}.ipynb").read_text().replace(str(first), "<OUT>")
        b = (second / f"{name}.ipynb").read_text().replace(str(second), "<OUT>")
        assert a == b, name
