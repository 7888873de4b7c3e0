"""Extraction against ``jieba.cut`` counted in machine instructions, not seconds.

On a shared machine the wall clock of one run varies by 10–20% (even the best of several), which
hides a change worth 5%. Valgrind's cachegrind counts the instructions a process executes, which
vary far less: within about 4% between runs of the same code (the garbage collector and
allocator still see a different heap). Three child processes load the same corpus and the
finders' data; one then stops, one cuts every field with ``jieba.cut``, one runs the extractors.
The work of each is its count minus the first's. The hash seed is fixed, so set orders are too.
The children read their word tables from a cache folder of their own, made before them, so
that none makes the tables (some seconds) and no other tiangraph's file is read.

    .venv/bin/python bench/bench_instructions.py [--cases 100]

It measures the extraction twice: as the process finds it (the compiled finders where
``tiangraph native build`` made them) and from the finders' sources (``TIANGRAPH_PURE=1``).

Needs ``valgrind`` on the PATH; takes a few minutes (Python runs some 50× slower under it).
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def child(corpus: Path, what: str) -> None:
    """In the measured process: load everything, then do ``what`` (none, jieba or extract)."""
    import logging

    sys.path.insert(0, str(ROOT))
    import jieba

    jieba.setLogLevel(logging.WARNING)
    from extract import extract_table, load_aliases
    from extract.mentions import case_fields
    from extract.readers import read_proposals

    tables = [read_proposals(path) for path in sorted(corpus.glob("*.txt"))]
    aliases = load_aliases()
    extract_table(tables[0], aliases=aliases)  # load the finders' data
    list(jieba.cut("预热"))  # and jieba's dictionary
    if what == "jieba":
        for table in tables:
            for case in table.cases:
                for _, _, text in case_fields(case):
                    if text:
                        list(jieba.cut(text))
    elif what == "extract":
        for table in tables:
            extract_table(table, aliases=aliases)


def instructions(corpus: Path, what: str, cache: Path, pure: bool = False) -> int:
    """The instructions a child process executes (cachegrind's ``I refs``), its word tables read from
    ``cache`` (see :mod:`extract.finders.wordcache`); with ``pure``, the finders' sources run even
    where their compiled modules are built (see :mod:`extract.native`)."""
    env = dict(os.environ, PYTHONHASHSEED="0", TIANGRAPH_CACHE_DIR=str(cache))
    env.pop("TIANGRAPH_PURE", None)
    if pure:
        env["TIANGRAPH_PURE"] = "1"
    done = subprocess.run(["valgrind", "--tool=cachegrind", "--cache-sim=no", "--cachegrind-out-file=/dev/null",
                           sys.executable, __file__, "--child", what, "--corpus", str(corpus)],
                          capture_output=True, text=True, env=env, check=True)
    found = re.search(r"I\s+refs:\s+([\d,]+)", done.stderr)
    if not found:
        raise SystemExit(f"bench_instructions: no instruction count in valgrind's output:\n{done.stderr[-2000:]}")
    return int(found.group(1).replace(",", ""))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--cases", type=int, default=100)
    ap.add_argument("--child", help=argparse.SUPPRESS)
    ap.add_argument("--corpus", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.child:
        child(Path(args.corpus), args.child)
        return
    if shutil.which("valgrind") is None:
        raise SystemExit("bench_instructions: valgrind is not installed (apt-get install valgrind)")
    sys.path.insert(0, str(ROOT / "bench"))
    sys.path.insert(0, str(ROOT))
    from synth import write_corpus

    with tempfile.TemporaryDirectory() as tmp:
        corpus = Path(tmp) / "corpus"
        write_corpus(corpus, args.cases, "txt", per_table=50)
        cache = Path(tmp) / "cache"  # made once here, so that no measured child makes the word tables
        subprocess.run([sys.executable, __file__, "--child", "none", "--corpus", str(corpus)], check=True,
                       env=dict(os.environ, TIANGRAPH_CACHE_DIR=str(cache)))
        base = instructions(corpus, "none", cache)
        jieba_work = instructions(corpus, "jieba", cache) - base
        extract_work = instructions(corpus, "extract", cache) - base
        pure_work = instructions(corpus, "extract", cache, pure=True) - instructions(corpus, "none", cache, pure=True)
    from extract import native

    compiled = "compiled finders" if native.status().active else f"finders from their sources ({native.status().reason})"
    print(f"{args.cases} synthetic cases: jieba.cut {jieba_work / 1e9:.3f} G instructions, "
          f"extraction {extract_work / 1e9:.3f} G with the {compiled}; extraction throughput = "
          f"{jieba_work / extract_work:.3f} x jieba.cut")
    print(f"the finders' sources (TIANGRAPH_PURE=1): extraction {pure_work / 1e9:.3f} G, "
          f"{jieba_work / pure_work:.3f} x jieba.cut; compiled / sources = {pure_work / extract_work:.2f} x the speed")


if __name__ == "__main__":
    main()
