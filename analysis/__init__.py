"""Newsroom-grade media analysis: who gets quoted, as what kind of source, in what tone and frame.

The public API, in pipeline order (each takes and returns pandas DataFrames)::

    import analysis as an
    articles = an.load_articles("data/")          # one row per article; .attrs["load_report"]
    segments = an.segment(articles)               # one row per sentence, with offsets
    quotes   = an.extract_quotes(articles)        # one row per quote: speaker, kind, cue, source_type
    speakers = an.sources(quotes)                 # one row per speaker: type, how it was decided
    quotes   = an.add_sentiment(quotes)           # TextBlob polarity/subjectivity, VADER compound
    scores   = an.frames(quotes)                  # frame hits per quote, with the matched terms
    result   = an.analyze("data/")                # all of the above in one call, cached

Call ``dir(analysis)`` for the full list; every name has a docstring with an example.
Modules load on first use, so ``import analysis`` stays fast.
"""
from __future__ import annotations

import importlib

__version__ = "0.1.0"

# public name -> module that defines it
_API: dict[str, str] = {
    # configuration
    "PROJECT_ROOT": "config", "DATA_DIR": "config", "REPORTS_DIR": "config",
    "FIGURES_DIR": "config", "PACKAGE_DATA": "config", "SHARED_DIR": "config",
    # loading and segmentation
    "load_articles": "loading", "ARTICLE_COLUMNS": "loading",
    "split_paragraphs": "segmentation", "split_sentences": "segmentation", "segment": "segmentation",
    # quotes and speakers
    "extract_quotes": "quotes", "QUOTE_COLUMNS": "quotes",
    # source types
    "SOURCE_TYPES": "source_types", "classify_sources": "source_types", "sources": "source_types",
    "type_basis": "source_types",
    "load_registry": "registry", "load_public_figures": "public_figures",
    "export_coding_sheet": "coding", "read_coding_sheet": "coding",
    "apply_manual_codes": "coding", "agreement": "coding",
    # tone and frames
    "add_sentiment": "sentiment", "summarize_sentiment": "sentiment",
    "sentiment_shares": "sentiment", "voice_vs_narration": "sentiment",
    "compare_analyzers": "sentiment", "label_tone": "sentiment",
    "load_frame_codebook": "framing", "frames": "framing", "frame_profiles": "framing",
    "compare_frames": "framing", "dominant_frames": "framing", "paragraph_table": "framing",
    # validation of sentiment against human labels
    "validate_sentiment": "validation", "calibrate_thresholds": "validation",
    "load_labelled": "validation", "load_newsmtsc": "validation",
    "export_sentiment_sheet": "validation", "read_sentiment_sheet": "validation",
    "load_thresholds": "validation", "save_thresholds": "validation",
    "thresholds_table": "validation", "reference_confusion": "validation",
    "NEWSMTSC_REFERENCE": "validation", "trust_statement": "validation",
    "sentiment_metrics": "validation", "krippendorff_alpha_nominal": "validation",
    # the whole pipeline
    "analyze": "pipeline", "Analysis": "pipeline", "dask_tables": "pipeline",
    # charts and reports
    "use_style": "plotting", "SOURCE_TYPE_COLORS": "plotting", "save_figure": "plotting",
    "run_notebooks": "report",
}

__all__ = sorted(_API) + ["__version__"]


def __getattr__(name: str):
    module = _API.get(name)
    if module is None:
        raise AttributeError(f"module 'analysis' has no attribute {name!r}")
    value = getattr(importlib.import_module(f"{__name__}.{module}"), name)
    globals()[name] = value  # later look-ups skip this function
    return value


def __dir__() -> list[str]:
    return __all__
