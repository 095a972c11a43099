"""Quote extraction scored with the evaluation scorer of ``../shared`` (floors, not snapshots).

The floors sit a few points under the figures measured when they were set (README, "How good
is the automatic coding"), so a change that loses quotes, speakers or types on the annotated
articles fails here instead of going unnoticed. Held-out sets live in
``benchmarks/heldout_gold/`` (see its README for how they were made); the scorer and the
articles they annotate live in ``../shared``.
"""
from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest

import analysis
from conftest import GOLD_DIR, SHARED, needs_shared

HELDOUT = Path(__file__).resolve().parent.parent / "benchmarks" / "heldout_gold"

# measured 2026-11-27 (stop 15) on dev + seed: quoted e2e 0.983, reported e2e 0.918, speakers
# 0.988, types 0.986; held-out sets A-T pooled: quoted e2e 0.917, reported e2e 0.816, speakers
# 0.964, types 0.826 (macro-F1 0.708). Sets N-T (stop 14) are harder than A-M: campaign
# round-ups whose candidates are typed by the role they speak in, and interviews whose answers
# quote dialogue (set T: quoted e2e 0.32). The floors sit a few points under.
DEV_FLOORS = {"quoted_e2e": 0.95, "reported_e2e": 0.87, "speaker": 0.95, "type_accuracy": 0.95}
HELDOUT_FLOORS = {"quoted_e2e": 0.90, "reported_e2e": 0.79, "speaker": 0.94, "type_accuracy": 0.80,
                  "type_macro_f1": 0.68}
# Stop 22 added AA, AB and AC: the 48 Wikinews articles left with four or more quotation marks
# and at most 5,000 characters, annotated blind. First score (8dfebf5): quoted e2e 0.896, reported
# e2e 0.800, speakers 0.952, types 0.808; read for fixes since: 0.926, 0.813, 0.964, 0.810.
NEW_HELDOUT_SETS = ("set_aa", "set_ab", "set_ac")
NEW_HELDOUT_FLOORS = {"quoted_e2e": 0.89, "reported_e2e": 0.77, "speaker": 0.94, "type_accuracy": 0.77}
# AD, AE and AF: the 42 Wikinews articles left with two or three quotation marks (and quotes),
# annotated blind and never read; first score (d18285e, this stop's final rules): quoted e2e
# 0.933 on 31 quoted quotes, reported e2e 0.849, speakers 0.976, types 0.876; at the end of stop
# 25 (still unread, scored once): reported e2e 0.853, the rest unchanged.
BLIND_HELDOUT_SETS = ("set_ad", "set_ae", "set_af")
BLIND_HELDOUT_FLOORS = {"quoted_e2e": 0.88, "reported_e2e": 0.80, "speaker": 0.94, "type_accuracy": 0.83}


def _scorer():
    spec = importlib.util.spec_from_file_location("score_quotes", SHARED / "eval" / "score_quotes.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def _score(*dirs: Path) -> dict:
    scorer = _scorer()
    golds = scorer.load_gold(list(dirs))
    articles = scorer.build_articles(golds, analysis)
    return scorer.score(golds, analysis.extract_quotes(articles))


@pytest.fixture(scope="module")
def dev_scores():
    return _score(GOLD_DIR / "dev", GOLD_DIR / "seed")


@pytest.fixture(scope="module")
def heldout_scores():
    return _score(*sorted(p for p in HELDOUT.iterdir() if p.is_dir()))


def _assert_above(s: dict, floors: dict) -> None:
    got = {"quoted_e2e": s["quoted"]["e2e_f1"], "reported_e2e": s["reported"]["e2e_f1"],
           "speaker": s["all"]["speaker_accuracy"], "type_accuracy": s["source_type"]["accuracy"],
           "type_macro_f1": s["source_type"]["macro_f1"]}
    below = {k: (got[k], floor) for k, floor in floors.items() if got[k] < floor}
    assert not below, f"below the floor (score, floor): {below}"


@needs_shared
def test_dev_and_seed_scores_stay_above_their_floors(dev_scores):
    _assert_above(dev_scores, DEV_FLOORS)


@needs_shared
def test_heldout_scores_stay_above_their_floors(heldout_scores):
    _assert_above(heldout_scores, HELDOUT_FLOORS)


@needs_shared
def test_the_last_heldout_sets_stay_above_their_floors():
    _assert_above(_score(*(HELDOUT / name for name in NEW_HELDOUT_SETS)), NEW_HELDOUT_FLOORS)
    _assert_above(_score(*(HELDOUT / name for name in BLIND_HELDOUT_SETS)), BLIND_HELDOUT_FLOORS)


def test_heldout_gold_files_name_their_article_and_quote_its_words():
    """Every held-out file is well formed: id, corpus, row, and quotes with the codebook's fields."""
    import json

    files = sorted(HELDOUT.glob("set_*/*.json"))
    assert len(files) >= 25
    kinds, types = {"direct", "partial", "indirect"}, set(analysis.SOURCE_TYPES) | {None}
    for f in files:
        g = json.loads(f.read_text(encoding="utf-8"))
        assert g["article_id"] == f.stem and g["corpus"].startswith("corpora/wikinews/"), f
        assert isinstance(g["row"], int) and g["quotes"], f
        for q in g["quotes"]:
            assert q["kind"] in kinds and q["text"].strip() and q["speaker"], (f, q)
            assert q.get("source_type") in types, (f, q)


# ---------------------------------------------------------------- other outlets: NewsMTSC

NEWSMTSC = Path(__file__).resolve().parent.parent / "benchmarks" / "newsmtsc_gold"

# measured 2026-11-27 (stop 15) on the NewsMTSC excerpts (benchmarks/newsmtsc_gold, US political
# news of other outlets): first blind score quoted e2e 0.762, reported e2e 0.725, speakers 0.874,
# types 0.369; after that stop's fixes (U and V read, W and X not) 0.785, 0.797, 0.900, 0.495.
# Stop 16 added sets Y and Z (first blind: 0.743, 0.651, 0.892, 0.409) and read W and X; after
# its fixes all six sets score 0.840, 0.820, 0.940, 0.531 (Y + Z, unread: 0.755, 0.667, 0.907,
# 0.456). Stop 17 read only unannotated excerpts; after its fixes all six sets score 0.852, 0.831,
# 0.954, 0.541 (Y + Z, still unread: 0.785, 0.683, 0.946, 0.471). Stop 18, from unannotated
# excerpts too (and two rules from misses of the read sets): 0.876, 0.833, 0.959, 0.540 (Y + Z:
# 0.789, 0.684, 0.933, 0.486). Stop 19 read Y and Z for fixes: all six sets 0.933, 0.887, 0.983,
# 0.545. Stop 21's public-figures file (general knowledge for speakers the text gives no role)
# moved only types: 0.645; stop 24's undated-article rules (titles, full names, more than half
# of the months, known-but-undecided people unknown) 0.677; stop 25: 0.682 (a fact checker is
# media). The floors sit a few points under the current figures (README).
NEWSMTSC_FLOORS = {"quoted_e2e": 0.90, "reported_e2e": 0.85, "speaker": 0.96, "type_accuracy": 0.64}
# Stop 19 added sets ZA, ZB and ZC: 90 two-sentence excerpts, annotated blind. First blind score
# (stop 18's code): quoted e2e 0.726, reported e2e 0.723, speakers 0.873, types 0.385; at the end
# of stop 19 (still unread): 0.757, 0.723, 0.892, 0.384. Stop 20 read them for fixes: 0.893, 0.870,
# 0.948, 0.375; types 0.539 with stop 21's public-figures file, 0.602 with stop 24's rules.
TWO_SENTENCE_SETS = {"set_za", "set_zb", "set_zc"}
TWO_SENTENCE_FLOORS = {"quoted_e2e": 0.85, "reported_e2e": 0.82, "speaker": 0.91, "type_accuracy": 0.56}
# Stop 20 added ZD, ZE and ZF: 98 one-sentence excerpts (articles of which the dataset keeps one
# sentence), annotated blind and never read; first blind score (abdd4ea) and at the end of stop 20
# both 0.813, 0.743, 0.915, 0.222. ZG holds 22 one-sentence excerpts of articles whose other
# sentences were read unannotated earlier (not blind; no floor of its own). Stop 21's
# public-figures file, written without looking at them, moved their types to 0.349.
# Stop 22 added ZH, ZI and ZJ: 150 one-sentence excerpts with a quotation mark, annotated blind;
# first blind score (bc6bd2e) 0.796, 0.711, 0.902, 0.406; read for fixes since: 0.870, 0.785,
# 0.935, 0.400 (ZD-ZF, still never read, unchanged by those fixes). Stop 24 (types from the
# read sets' errors, quotes from invented articles): ZD-ZF types 0.391, ZH-ZJ 0.870, 0.800,
# 0.935, 0.422. Stop 25 (rules from unannotated sentences and invented articles): all
# unchanged; ZD-ZF scored once, at the end.
ONE_SENTENCE_SETS = {"set_zd", "set_ze", "set_zf", "set_zg", "set_zh", "set_zi", "set_zj"}
ONE_SENTENCE_BLIND = ["set_zd", "set_ze", "set_zf"]
ONE_SENTENCE_FLOORS = {"quoted_e2e": 0.78, "reported_e2e": 0.70, "speaker": 0.88, "type_accuracy": 0.35}
ONE_SENTENCE_READ = ["set_zh", "set_zi", "set_zj"]
ONE_SENTENCE_READ_FLOORS = {"quoted_e2e": 0.82, "reported_e2e": 0.75, "speaker": 0.90, "type_accuracy": 0.38}


def _newsmtsc_module():
    spec = importlib.util.spec_from_file_location("score_newsmtsc", NEWSMTSC.parent / "score_newsmtsc.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def test_newsmtsc_gold_files_name_their_sentences_and_quote_the_codebook_fields():
    files = sorted(NEWSMTSC.glob("set_*/*.json"))
    assert len(files) == 460
    kinds, types = {"direct", "partial", "indirect"}, set(analysis.SOURCE_TYPES) | {None}
    for f in files:
        g = json.loads(f.read_text(encoding="utf-8"))
        assert g["article_id"] == f.stem and g["corpus"] == "corpora/newsmtsc", f
        # U to Z: excerpts of four or more sentences; ZA to ZC: of two; ZD to ZJ: one sentence
        least = 1 if f.parent.name in ONE_SENTENCE_SETS else 2 if f.parent.name in TWO_SENTENCE_SETS else 4
        assert len(g["sentences"]) >= least and all(s["primary_gid"] for s in g["sentences"]), f
        for q in g["quotes"]:
            assert q["kind"] in kinds and q["text"].strip() and q["speaker"], (f, q)
            assert q.get("source_type") in types, (f, q)


@needs_shared
def test_newsmtsc_excerpts_rebuild_with_every_gold_quote_in_them():
    mod = _newsmtsc_module()
    golds = mod.load_gold(mod.gold_dirs())
    arts = mod.build_articles(golds, SHARED).set_index("article_id")["text"]
    norm = _scorer().norm_text
    for g in golds:
        text = norm(arts[g["article_id"]])
        assert text.count("\n") == 0  # norm_text folds the paragraph breaks into spaces
        for q in g["quotes"]:
            assert norm(q["text"]) in text, (g["article_id"], q["text"])


@needs_shared
def test_newsmtsc_scores_stay_above_their_floors():
    mod = _newsmtsc_module()
    _assert_above(mod.score(mod.gold_dirs(list("uvwxyz")), SHARED), NEWSMTSC_FLOORS)
    _assert_above(mod.score(mod.gold_dirs(sorted(TWO_SENTENCE_SETS)), SHARED), TWO_SENTENCE_FLOORS)
    _assert_above(mod.score(mod.gold_dirs(ONE_SENTENCE_BLIND), SHARED), ONE_SENTENCE_FLOORS)
    _assert_above(mod.score(mod.gold_dirs(ONE_SENTENCE_READ), SHARED), ONE_SENTENCE_READ_FLOORS)


# the dev and seed gold rewritten in other quotation-mark conventions (benchmarks/score_conventions.py).
# Measured (stop 23): quoted end-to-end 0.983 as written, 0.963 in British single marks with
# single_mark_bodies=True (0.000 by default: the codebook counts single marks only in headlines), 0.980
# in ``...'' and through HTML references (decoded by the loader, or read in place when the text
# is handed over directly), 0.983 in guillemets; reported end-to-end 0.914-0.924.
# Before stop 23 every other convention scored 0.000 on quoted speech.
CONVENTION_FLOORS = {"quoted end-to-end": 0.94, "reported end-to-end": 0.87, "speaker accuracy": 0.95}


@needs_shared
def test_other_quotation_mark_conventions_score_close_to_the_text_as_written():
    path = Path(__file__).resolve().parent.parent / "benchmarks" / "score_conventions.py"
    spec = importlib.util.spec_from_file_location("score_conventions", path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    table = mod.score_conventions([GOLD_DIR / "dev", GOLD_DIR / "seed"], SHARED)
    assert len(table) == 8 and table.index[0] == "as written"
    codebook = [c for c in table.index if "default" in c]
    assert len(codebook) == 1 and table.loc[codebook[0], "quoted F1"] < 0.05  # single marks: headlines only
    below = {(conv, col): (table.loc[conv, col], floor) for conv in table.index if conv not in codebook
             for col, floor in CONVENTION_FLOORS.items() if table.loc[conv, col] < floor}
    assert not below, f"below the floor (score, floor): {below}"
