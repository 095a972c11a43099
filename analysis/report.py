"""Re-run every notebook headless on a corpus, and the small helpers the notebooks share.

:func:`run_notebooks` executes ``notebooks/NN_*.ipynb`` in order with papermill, injecting the
parameters (``DATA``, ``OUT`` and any filters) into each notebook's ``parameters`` cell. The kernel
is this Python interpreter (``sys.executable``, i.e. the project's ``.venv``), whatever kernelspecs
the machine has; no named or conda kernel is needed. Executed copies and HTML go to ``out``,
figures (PNG, SVG, PDF and CSV) to ``out/figures``. Failures are collected per notebook and
reported by name at the end.

>>> from analysis.report import run_notebooks                                   # doctest: +SKIP
>>> summary = run_notebooks("data", out="reports")                              # doctest: +SKIP
>>> summary[["notebook", "status"]].values.tolist()                             # doctest: +SKIP
[['01_corpus_overview', 'ok'], ['02_quote_sources', 'ok'], ...]

In a notebook, :func:`prepare` loads the corpus once (cached), applies the filters and returns a
:class:`NotebookData` whose :meth:`~NotebookData.save` writes a chart with its data::

    nb = prepare(DATA, OUT, outlets=OUTLETS, start=DATE_FROM, end=DATE_TO)
    nb.save("02_top_speakers", plotting.plot_top_speakers(nb.quotes))
"""
from __future__ import annotations

import argparse
import logging
import os
import re
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pandas as pd

from analysis import config

log = logging.getLogger(__name__)

#: Where the numbered notebooks live.
NOTEBOOKS_DIR = config.PROJECT_ROOT / "notebooks"
_NOTEBOOK_NAME = re.compile(r"^\d\d_[A-Za-z0-9_]+\.ipynb$")


class NotebookFailure(RuntimeError):
    """One or more notebooks failed; ``failures`` maps notebook name to the error message."""

    def __init__(self, failures: dict[str, str]):
        self.failures = dict(failures)
        lines = [f"{len(failures)} notebook(s) failed:"]
        lines += [f"  {name}: {msg}" for name, msg in failures.items()]
        super().__init__("\n".join(lines))


def list_notebooks(folder: str | Path | None = None) -> list[Path]:
    """The numbered notebooks (``NN_name.ipynb``) of ``folder``, in run order.

    >>> [p.name for p in list_notebooks()][:1]                  # doctest: +SKIP
    ['01_corpus_overview.ipynb']
    """
    folder = Path(folder) if folder is not None else NOTEBOOKS_DIR
    return sorted(p for p in folder.glob("*.ipynb") if _NOTEBOOK_NAME.match(p.name))


def _interpreter_kernel_manager():
    """A kernel manager class that launches ipykernel with ``sys.executable``.

    It ignores installed kernelspecs (a user-level ``python3`` spec may point at another Python,
    or a conda env), so the notebooks always run on the interpreter running this code.
    ``PYTHONHASHSEED`` is fixed in the kernel so set iteration, and so every output, is
    reproducible.
    """
    from jupyter_client.kernelspec import KernelSpec
    from jupyter_client.manager import AsyncKernelManager

    class InterpreterKernelManager(AsyncKernelManager):
        @property
        def kernel_spec(self) -> KernelSpec:  # type: ignore[override]
            if self._kernel_spec is None:
                self._kernel_spec = KernelSpec(
                    argv=[sys.executable, "-m", "ipykernel_launcher", "-f", "{connection_file}"],
                    display_name=f"Python ({Path(sys.prefix).name})", language="python",
                    env={"PYTHONHASHSEED": "0", "MPLBACKEND": "module://matplotlib_inline"
                         ".backend_inline"},
                    resource_dir="")
            return self._kernel_spec

    return InterpreterKernelManager


_VOLATILE_NB_KEYS = ("start_time", "end_time", "duration", "exception", "environment_variables",
                     "version", "input_path", "output_path")


def _make_deterministic(nb) -> None:
    """Drop run times, random cell ids and stderr streams from an executed notebook (in place),
    so that re-running on the same data writes the same file."""
    pm = nb.metadata.get("papermill")
    if pm is not None:
        for key in _VOLATILE_NB_KEYS:
            pm.pop(key, None)
    for cell in nb.cells:
        if "injected-parameters" in cell.metadata.get("tags", []):
            cell["id"] = "injected-parameters"  # papermill gives it a random id
        cell.metadata.pop("execution", None)
        pmc = cell.metadata.get("papermill")
        if pmc is not None:
            for key in ("start_time", "end_time", "duration", "exception", "status"):
                pmc.pop(key, None)
        if cell.cell_type == "code":
            # Log lines and warnings on stderr depend on whether the pipeline cache was warm
            # (a cached run does not reload files); what they report is in the load report
            # table, so the executed copy keeps only stdout, results and errors.
            cell.outputs = [o for o in cell.get("outputs", [])
                            if not (o.get("output_type") == "stream"
                                    and o.get("name") == "stderr")]


def _write_html(notebook_path: Path, html_path: Path) -> None:
    import nbformat
    from nbconvert import HTMLExporter

    nb = nbformat.read(notebook_path, as_version=4)
    body, _ = HTMLExporter().from_notebook_node(nb)
    html_path.write_text(body, encoding="utf-8")


def run_notebooks(data: str | Path | None = None, out: str | Path = "reports",
                  kernel: str | None = None, *, notebooks: list[str | Path] | None = None,
                  parameters: dict[str, Any] | None = None, html: bool = True,
                  timeout: int = 1800, raise_on_error: bool = True) -> pd.DataFrame:
    """Execute every notebook in ``notebooks/`` on ``data`` and write the results to ``out``.

    ``data``: what :func:`analysis.analyze` takes (file, folder, glob); ``None`` = ``data/``.
    Relative paths are resolved against the current directory. ``out`` receives the executed
    notebooks (``out/NN_name.ipynb``), their HTML (``out/NN_name.html``) and the figures
    (``out/figures``). ``kernel``: a kernelspec name to use instead of this interpreter.
    ``parameters`` are injected as well (e.g. ``{"OUTLETS": ["Wikinews"], "LABELLED": "x.csv"}``).
    ``notebooks`` restricts the run to some notebooks (names or paths).

    Returns one row per notebook: ``notebook``, ``status`` ("ok" | "failed"), ``seconds``,
    ``executed``, ``html``, ``error``. Raises :class:`NotebookFailure` naming every failed
    notebook after running all of them (unless ``raise_on_error=False``).
    """
    import nbformat
    import papermill as pm

    source = Path(data).expanduser().resolve() if data is not None else config.DATA_DIR
    out = Path(out).expanduser().resolve()
    figures = out / "figures"
    figures.mkdir(parents=True, exist_ok=True)
    params = {"DATA": str(source), "OUT": str(out)}
    params.update(parameters or {})
    if notebooks is None:
        paths = list_notebooks()
    else:
        paths = [Path(n) if Path(n).suffix else NOTEBOOKS_DIR / f"{n}.ipynb" for n in notebooks]
        paths = [p if p.is_absolute() or p.exists() else NOTEBOOKS_DIR / p.name for p in paths]
    if not paths:
        raise FileNotFoundError(f"no notebooks NN_name.ipynb in {NOTEBOOKS_DIR}")
    engine_kwargs: dict[str, Any] = {}
    if kernel is None:
        engine_kwargs["kernel_manager_class"] = _interpreter_kernel_manager()
    rows = []
    failures: dict[str, str] = {}
    for path in paths:
        name = path.stem
        executed = out / path.name
        page = out / f"{name}.html"
        t0 = time.perf_counter()
        error = ""
        try:
            pm.execute_notebook(
                str(path), str(executed), parameters=params, kernel_name=kernel or "python3",
                cwd=str(path.parent), progress_bar=False, log_output=False,
                request_save_on_cell_execute=False, execution_timeout=timeout, **engine_kwargs)
        except Exception as exc:  # noqa: BLE001 - reported by notebook name below
            error = _short_error(exc)
            failures[name] = error
            log.error("notebook %s failed: %s", name, error)
        if executed.exists():
            nb = nbformat.read(executed, as_version=4)
            _make_deterministic(nb)
            nbformat.write(nb, executed)
            if html:
                try:
                    _write_html(executed, page)
                except Exception as exc:  # noqa: BLE001
                    failures.setdefault(name, f"HTML export failed: {_short_error(exc)}")
                    error = error or failures[name]
        rows.append({"notebook": name, "status": "failed" if name in failures else "ok",
                     "seconds": round(time.perf_counter() - t0, 1),
                     "executed": str(executed) if executed.exists() else "",
                     "html": str(page) if page.exists() else "", "error": error})
        log.info("notebook %s: %s in %.1fs", name, rows[-1]["status"], rows[-1]["seconds"])
    summary = pd.DataFrame(rows, columns=["notebook", "status", "seconds", "executed", "html",
                                          "error"])
    if failures and raise_on_error:
        raise NotebookFailure(failures)
    return summary


def _short_error(exc: BaseException) -> str:
    ename = getattr(exc, "ename", None)
    evalue = getattr(exc, "evalue", None)
    if ename:
        cell = getattr(exc, "exec_count", None)
        where = f" (cell {cell})" if cell is not None else ""
        return f"{ename}: {evalue}{where}"
    text = str(exc).strip().splitlines()
    return f"{type(exc).__name__}: {text[-1] if text else ''}"


# --------------------------------------------------------------------------- notebook helpers
@dataclass
class NotebookData:
    """The tables a notebook charts (already filtered) and where its figures go.

    ``result`` is the unfiltered :class:`analysis.Analysis`; ``filters`` says what was kept.
    """

    articles: pd.DataFrame
    quotes: pd.DataFrame
    segments: pd.DataFrame
    sources: pd.DataFrame
    frames: pd.DataFrame
    article_frames: pd.DataFrame
    load_report: pd.DataFrame
    figures: Path
    source: Path
    result: Any = None
    filters: dict[str, Any] = field(default_factory=dict)
    saved: list[str] = field(default_factory=list)

    def save(self, name: str, chart: tuple) -> None:
        """Save ``chart`` (the ``(fig, data)`` a chart function returns) under ``figures``.

        The figure stays open so the notebook shows it under the cell.
        """
        from analysis.plotting import save_figure
        fig, data = chart
        save_figure(fig, name, data, outdir=self.figures)
        self.saved.append(name)

    def load_report_table(self) -> pd.DataFrame:
        """The load report for reading: each skipped file named relative to the source.

        Columns ``file`` (the path under the analysed folder, or as given when outside it)
        and ``reason``, in the loader's order.
        """
        base = self.source if self.source.is_dir() else self.source.parent

        def short(path: str) -> str:
            try:
                return str(Path(path).resolve().relative_to(base.resolve()))
            except ValueError:
                return str(path)

        report = self.load_report
        return pd.DataFrame({"file": [short(p) for p in report["path"]],
                             "reason": list(report["reason"])}, columns=["file", "reason"])

    def describe(self) -> pd.DataFrame:
        """What was analysed: source, filters, and the size of each table."""
        rows = [("source", str(self.source))]
        rows += [(f"filter {k}", "all" if v is None else str(v)) for k, v in self.filters.items()]
        rows += [(f"{name} (rows)", str(len(getattr(self, name))))
                 for name in ("articles", "quotes", "sources", "segments", "frames")]
        rows.append(("files or rows skipped", str(len(self.load_report))))
        return pd.DataFrame(rows, columns=["what", "value"])


def prepare(data: str | Path | None = None, out: str | Path | None = None, *,
            outlets: list[str] | None = None, start: str | None = None, end: str | None = None,
            **analyze_kwargs: Any) -> NotebookData:
    """Run (or read from cache) :func:`analysis.analyze` on ``data`` and apply the filters.

    ``data`` defaults to the bundled corpus, ``out`` to ``reports/`` (figures in
    ``out/figures``). ``outlets``, ``start`` and ``end`` are the notebooks' filters (see
    :func:`analysis.plotting.filter_articles`); every table keeps the kept articles' rows only.

    >>> nb = prepare()                                  # doctest: +SKIP
    >>> len(nb.articles)                                # doctest: +SKIP
    1
    """
    from analysis.pipeline import analyze
    from analysis.plotting import filter_articles, restrict, use_style

    use_style()
    source = Path(data).expanduser() if data else config.DATA_DIR
    if not source.is_absolute():
        source = (config.PROJECT_ROOT / source) if not source.exists() else source.resolve()
    figures = (Path(out).expanduser() if out else config.REPORTS_DIR) / "figures"
    analyze_kwargs.setdefault("progress", False)
    result = analyze(str(source), **analyze_kwargs)
    articles = filter_articles(result.articles, outlets=outlets, start=start, end=end)
    articles = articles.reset_index(drop=True)
    keep = lambda table: restrict(table, articles).reset_index(drop=True)  # noqa: E731
    load_report = getattr(result, "load_report", None)
    if load_report is None:
        load_report = result.articles.attrs.get("load_report", pd.DataFrame(columns=["path",
                                                                                     "reason"]))
    return NotebookData(
        articles=articles, quotes=keep(result.quotes), segments=keep(result.segments),
        sources=result.sources, frames=keep(result.frames),
        article_frames=keep(result.article_frames), load_report=load_report,
        figures=figures, source=source, result=result,
        filters={"outlets": outlets, "start": start, "end": end})


def main(argv: list[str] | None = None) -> int:
    """``python -m analysis.report DATA --out reports``: run every notebook on DATA."""
    parser = argparse.ArgumentParser(prog="python -m analysis.report",
                                     description="Execute every notebook on a corpus.")
    parser.add_argument("data", nargs="?", default=None, help="file, folder or glob of articles")
    parser.add_argument("--out", default="reports", help="output folder (default: reports)")
    parser.add_argument("--kernel", default=None, help="kernelspec name (default: this Python)")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    try:
        summary = run_notebooks(args.data, out=args.out, kernel=args.kernel)
    except NotebookFailure as exc:
        sys.stderr.write(f"{exc}\n")
        return 1
    sys.stdout.write(summary[["notebook", "status", "seconds"]].to_string(index=False) + "\n")
    return 0


if __name__ == "__main__":  # pragma: no cover
    os.environ.setdefault("PYTHONHASHSEED", "0")
    raise SystemExit(main())
