"""Throughput of entity extraction against plain ``jieba.cut`` on the same text.

The text is a few MB of field text that never repeats: the sample table's free text,
rewritten on every pass with other numbers, cities and years, interleaved with
synthetic tables from ``bench/synth.py``. Repeating one table verbatim would let
per-text caches (of names, sentences or tokenisations) answer from memory and flatter
the extractors, so the benchmark also prints how many fields are distinct.

Both contenders run in one process over exactly the same list of strings, after a
warm-up that loads the finders' data and jieba's dictionary. Each is timed
``--repeat`` times, in turns, and the fastest run counts (as ``timeit`` does): the
machine's other load only ever adds time. Wall-clock and CPU seconds are both printed.

    .venv/bin/python bench/bench_extract.py [--mb 3] [--repeat 3] [--profile out.html]
"""

from __future__ import annotations

import argparse
import logging
import random
import sys
import time
import warnings
from pathlib import Path
from typing import Callable

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from extract.canon import load_aliases  # noqa: E402
from extract.finders import Context  # noqa: E402
from extract.mentions import case_fields, extract_text  # noqa: E402
from synth import SAMPLE_CITIES as CITIES  # noqa: E402
from synth import sample_table, synthetic_tables, vary  # noqa: E402


def sample_fields() -> tuple[str, list[str]]:
    """The owning unit and every free-text field of the sample table."""
    table = sample_table()
    return table.unit, [text for case in table.cases for _, _, text in case_fields(case) if text]


def _synthetic_fields(cases: int, seed: int) -> list[str]:
    return [text for table, _ in synthetic_tables(cases, seed=seed, per_table=50) for case in table.cases
            for _, _, text in case_fields(case) if text]


def corpus(megabytes: float, seed: int = 0) -> list[str]:
    """About ``megabytes`` of non-repeating field text: varied sample passes and synthetic tables."""
    rng = random.Random(seed)
    _, base = sample_fields()
    fields: list[str] = []
    size, target, round_ = 0, megabytes * 1e6, 0
    while size < target:
        city = CITIES[round_ % len(CITIES)]
        batch = [vary(f, rng, city) for f in base] + _synthetic_fields(20, seed=seed * 100_003 + round_)
        fields += batch
        size += sum(len(f.encode("utf-8")) for f in batch)
        round_ += 1
    return fields


def _timed(run: Callable[[], int]) -> tuple[float, float, int]:
    """Wall-clock and CPU seconds of one run, and the run's count."""
    wall, cpu = time.perf_counter(), time.process_time()
    count = run()
    return time.perf_counter() - wall, time.process_time() - cpu, count


def _best_of_interleaved(first: Callable[[], int], second: Callable[[], int], repeat: int) -> list[tuple[float, float, int]]:
    """The fastest of ``repeat`` runs of each, run in turns so both meet the same machine load."""
    best = [(float("inf"), float("inf"), 0)] * 2
    for _ in range(repeat):
        for index, run in enumerate((first, second)):
            wall, cpu, count = _timed(run)
            best[index] = (min(best[index][0], wall), min(best[index][1], cpu), count)
    return best


def run(megabytes: float, repeat: int = 3, profile: str = "") -> dict[str, float]:
    """Time extraction and jieba.cut over the same ``megabytes`` of field text."""
    owner, _ = sample_fields()
    fields = corpus(megabytes)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        import jieba
    jieba.setLogLevel(logging.ERROR)
    jieba.initialize()
    warm = corpus(0.05, seed=99)  # other text, so the warm-up fills no cache for the timed text
    ctx = Context(owner, load_aliases())
    for text in warm:
        extract_text(text, ctx)
        list(jieba.cut(text))

    def extraction() -> int:
        fresh = Context(owner, ctx.aliases)  # a new table: no memo carried between runs
        return sum(len(extract_text(text, fresh)) for text in fields)

    def segmentation() -> int:
        return sum(1 for text in fields for _ in jieba.cut(text))

    if profile:
        _profile(extraction, profile)
    (extract_wall, extract_cpu, mentions), (jieba_wall, jieba_cpu, tokens) = _best_of_interleaved(extraction, segmentation, repeat)
    return {"mb": sum(len(f.encode("utf-8")) for f in fields) / 1e6, "fields": len(fields), "distinct": len(set(fields)),
            "extract": extract_wall, "extract_cpu": extract_cpu, "mentions": mentions,
            "jieba": jieba_wall, "jieba_cpu": jieba_cpu, "tokens": tokens}


def _profile(target: Callable[[], int], path: str) -> None:
    """Profile one extraction run with pyinstrument (HTML) or cProfile (text)."""
    try:
        from pyinstrument import Profiler
    except ImportError:
        import cProfile
        import pstats

        profiler = cProfile.Profile()
        profiler.runcall(target)
        with open(path, "w", encoding="utf-8") as handle:
            pstats.Stats(profiler, stream=handle).sort_stats("cumulative").print_stats(60)
        return
    profiler = Profiler()
    profiler.start()
    target()
    profiler.stop()
    Path(path).write_text(profiler.output_html() if path.endswith(".html") else profiler.output_text(), encoding="utf-8")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mb", type=float, default=3.0, help="megabytes of text to process")
    parser.add_argument("--repeat", type=int, default=3, help="timed runs of each; the fastest counts")
    parser.add_argument("--profile", default="", help="also profile one extraction run into this file")
    args = parser.parse_args()
    r = run(args.mb, args.repeat, args.profile)
    print(f"text:        {r['mb']:.1f} MB in {r['fields']} fields ({r['distinct']} distinct)")
    print(f"extraction:  {r['extract']:.2f} s wall, {r['extract_cpu']:.2f} s CPU  "
          f"({r['mb'] / r['extract']:.2f} MB/s, {r['mentions']} mentions)")
    print(f"jieba.cut:   {r['jieba']:.2f} s wall, {r['jieba_cpu']:.2f} s CPU  "
          f"({r['mb'] / r['jieba']:.2f} MB/s, {r['tokens']} tokens)")
    print(f"ratio:       extraction throughput = {r['jieba'] / r['extract']:.2f} x jieba.cut "
          f"(CPU: {r['jieba_cpu'] / r['extract_cpu']:.2f} x)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
