"""Throughput of entity extraction against plain ``jieba.cut`` on the same text.

Repeats the sample table's free text to a few MB, extracts every mention from it
(with the finders' data already loaded) and segments the same text with
``jieba.cut``, in one process. Prints both times and their ratio.

    .venv/bin/python bench/bench_extract.py [--mb 3]
"""

from __future__ import annotations

import argparse
import logging
import sys
import time
import warnings
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from extract.canon import load_aliases  # noqa: E402
from extract.finders import Context  # noqa: E402
from extract.mentions import extract_text  # noqa: E402
from extract.readers import read_proposals  # noqa: E402

SAMPLE = ROOT / "tests" / "data" / "samples" / "000_e467f13259972cda.txt"


def sample_fields() -> tuple[str, list[str]]:
    """The owning unit and every free-text field of the sample table."""
    table = read_proposals(SAMPLE)
    fields = [case.title for case in table.cases]
    for case in table.cases:
        for s in case.suggestions:
            fields += [s.text, s.completed, s.advanced, s.planned, s.remarks]
    return table.unit, [f for f in fields if f]


def run(megabytes: float) -> dict[str, float]:
    """Time extraction and jieba.cut over ``megabytes`` of field text."""
    owner, fields = sample_fields()
    size = sum(len(f.encode("utf-8")) for f in fields)
    fields = fields * max(1, int(megabytes * 1e6 / size))
    ctx = Context(owner, load_aliases())
    extract_text(fields[0], ctx)  # load dictionaries and jieba once, outside the timing
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        import jieba
    jieba.setLogLevel(logging.ERROR)
    jieba.initialize()

    start = time.perf_counter()
    mentions = sum(len(extract_text(text, ctx)) for text in fields)
    extract_seconds = time.perf_counter() - start
    start = time.perf_counter()
    tokens = sum(1 for text in fields for _ in jieba.cut(text))
    jieba_seconds = time.perf_counter() - start
    mb = sum(len(f.encode("utf-8")) for f in fields) / 1e6
    return {"mb": mb, "extract": extract_seconds, "jieba": jieba_seconds, "mentions": mentions, "tokens": tokens}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mb", type=float, default=3.0, help="megabytes of text to process")
    result = run(parser.parse_args().mb)
    print(f"text:        {result['mb']:.1f} MB")
    print(f"extraction:  {result['extract']:.2f} s  ({result['mb'] / result['extract']:.2f} MB/s, {result['mentions']} mentions)")
    print(f"jieba.cut:   {result['jieba']:.2f} s  ({result['mb'] / result['jieba']:.2f} MB/s, {result['tokens']} tokens)")
    print(f"ratio:       extraction throughput = {result['jieba'] / result['extract']:.2f} x jieba.cut")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
