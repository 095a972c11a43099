"""Shared test fixtures and markers.

Tests that need ``../shared`` (the gold annotations, the Wikinews corpus, NewsMTSC) use the
``needs_shared`` marker: in a user's clone, where ``../shared`` is absent, they are skipped
with a plain reason. The core tests run on fixtures the project owns (``tests/fixtures``,
``data/``).
"""
from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

from analysis.config import DATA_DIR, PROJECT_ROOT, SHARED_DIR

FIXTURES = Path(__file__).resolve().parent / "fixtures"
SEED_PATH = DATA_DIR / "000_f5bbda2bcbac8a2c.txt"
SHARED = SHARED_DIR
WIKINEWS_DIR = SHARED / "corpora" / "wikinews"
GOLD_DIR = SHARED / "gold"

# Property tests: a quick profile in `make test`, a long one (10,000 examples each) in
# `make test-long`, chosen by the HYPOTHESIS_PROFILE environment variable.
settings.register_profile(
    "ci", max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)
settings.register_profile(
    "long", max_examples=10_000, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))

needs_shared = pytest.mark.skipif(
    not (SHARED / "corpora").is_dir(),
    reason="../shared (gold annotations and corpora) is not beside this checkout",
)


def assert_same_analysis(a, b) -> None:
    """Every table of two :class:`analysis.Analysis` results is exactly equal (dtypes too)."""
    import pandas as pd

    for name, df in a.tables().items():
        try:
            pd.testing.assert_frame_equal(df, getattr(b, name), check_exact=True, obj=name)
        except AssertionError as exc:
            raise AssertionError(f"table {name!r} differs: {exc}") from None


@pytest.fixture(scope="session")
def seed_path() -> Path:
    return SEED_PATH


@pytest.fixture(scope="session")
def fixtures_dir() -> Path:
    return FIXTURES


@pytest.fixture(scope="session")
def project_root() -> Path:
    return PROJECT_ROOT
