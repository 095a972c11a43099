"""Paths of the project, built from the package's own location.

Notebooks and scripts import these instead of hard-coding ``../data``:

>>> from analysis.config import DATA_DIR, FIGURES_DIR
>>> DATA_DIR.name
'data'
"""
from __future__ import annotations

import os
from pathlib import Path

PACKAGE_DIR = Path(__file__).resolve().parent
#: Files shipped inside the package: lexicons, codebooks, the chart style.
PACKAGE_DATA = PACKAGE_DIR / "data"
PROJECT_ROOT = PACKAGE_DIR.parent
#: Raw input: the bundled example corpus. Never written to by the code.
DATA_DIR = PROJECT_ROOT / "data"
#: Everything derived: executed notebooks, figures, tables. Rebuilt by ``make report``.
REPORTS_DIR = Path(os.environ.get("ANALYSIS_REPORTS_DIR", PROJECT_ROOT / "reports"))
FIGURES_DIR = REPORTS_DIR / "figures"
#: Cache of pipeline results (parquet), keyed by input content and code version.
CACHE_DIR = Path(os.environ.get("ANALYSIS_CACHE_DIR", PROJECT_ROOT / ".cache"))
#: The shared evaluation material beside a developer's checkout; absent in a user's clone.
SHARED_DIR = PROJECT_ROOT.parent / "shared"
#: The sources registry a user edits to pin speakers' types.
REGISTRY_PATH = DATA_DIR / "sources.csv"
