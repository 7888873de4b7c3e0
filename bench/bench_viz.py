"""Benchmark of the overview page: write time, and time until Chromium has drawn the network.

    .venv/bin/python bench/bench_viz.py                 # ~5k-node graph, 3 loads
    .venv/bin/python bench/bench_viz.py --cases 1600 --site --jobs 2 --runs 5

The synthetic graph has cases with numbered suggestions whose sentences cite entities drawn
from long-tailed pools (a few very common units and platforms, many rare ones), built with
``graph.add_table`` like a real corpus. With ``--site`` the whole site is written too (in
``--jobs`` processes), and its units and shared-citations pages are loaded as the overview is. "Ready" is ``window.tiangraphReadyAt``: milliseconds
from navigation start until vis-network's first ``afterDrawing``.
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from extract.model import Case, Mention, ProposalTable, Suggestion  # noqa: E402
from graph import add_table, new_graph  # noqa: E402

CHROMIUM = "/usr/bin/chromium"
ARGS = ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run"]
POOL_SIZES = {"Unit": 500, "Document": 350, "Platform": 250, "Framework": 100, "Site": 250}
SHAPES = {"Unit": "市第{}局", "Document": "《第{}号管理办法》", "Platform": "第{}监测预警平台", "Framework": "“{}+N”工作体系",
          "Site": "第{}片区"}
FIELDS = ("suggestion", "completed", "advanced", "planned")


def _pick(rng: random.Random, pool: list[str]) -> str:
    return pool[int(len(pool) * rng.random() ** 3)]   # long tail: low indices are common


def synthetic_graph(cases: int = 800, seed: int = 1, per_table: int = 80):
    """A graph of ``cases`` cases (about 6.5 nodes per case), built as the pipeline builds it."""
    rng = random.Random(seed)
    pools = {t: [SHAPES[t].format(i) for i in range(n)] for t, n in POOL_SIZES.items()}
    G = new_graph()
    for first in range(0, cases, per_table):
        table_cases, mentions = [], []
        for k in range(first, min(first + per_table, cases)):
            no = f"2021{k:04d}"
            sugs = []
            for s in range(1, rng.randint(2, 5) + 1):
                texts = {}
                for field in FIELDS:
                    sentences = []
                    for _ in range(rng.randint(0, 2)):
                        t = rng.choice(list(pools))
                        name = _pick(rng, pools[t])
                        sentence = f"依托{name}推进第{rng.randint(1, 99)}项工作。"
                        start = sum(len(x) for x in sentences) + 2
                        mentions.append(Mention(case=no, suggestion=s, field=field, type=t, name=name, text=name,
                                                start=start, end=start + len(name), rule="synthetic", sentence=sentence))
                        sentences.append(sentence)
                    texts[field] = "".join(sentences)
                sugs.append(Suggestion(no=s, text=texts["suggestion"] or "建议加强管理。", completed=texts["completed"],
                                       advanced=texts["advanced"], planned=texts["planned"]))
            table_cases.append(Case(case=no, year=2021, title=f"关于第{k}项工作的建议", proposer=f"委员{k % 400}",
                                    proposer_kind="person", lead_units=[_pick(rng, pools["Unit"])],
                                    co_units=sorted({_pick(rng, pools["Unit"]) for _ in range(rng.randint(0, 3))}),
                                    suggestions=sugs))
        table = ProposalTable(path=f"table{first // per_table}.txt", title=f"第{first // per_table}批提案办理情况表",
                              unit=_pick(rng, pools["Unit"]), year=2021, cases=table_cases)
        add_table(G, table, mentions)
    return G


def load_times(path: Path, runs: int) -> list[tuple[float, float, int]]:
    """(ready ms after navigation start, wall ms around the load, nodes drawn) for each run."""
    from playwright.sync_api import sync_playwright

    out = []
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        for _ in range(runs):
            page = browser.new_page(viewport={"width": 1400, "height": 900})
            leaving: list[str] = []
            page.on("request", lambda r: leaving.append(r.url) if not r.url.startswith("file://") else None)
            t0 = time.perf_counter()
            page.goto(path.resolve().as_uri())
            page.wait_for_selector("body[data-ready=true]", state="attached", timeout=60000)
            wall = (time.perf_counter() - t0) * 1000
            ready = page.evaluate("window.tiangraphReadyAt")
            drawn = page.evaluate("window.tiangraphNetwork.body.nodeIndices.length")
            if leaving:
                raise SystemExit(f"requests left file://: {leaving[:3]}")
            out.append((ready, wall, drawn))
            page.close()
        browser.close()
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--cases", type=int, default=800, help="cases in the synthetic graph (800 ≈ 5k nodes)")
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--site", action="store_true", help="also time the whole site (every case and entity page) and load "
                    "its units and shared-citations pages")
    ap.add_argument("--jobs", type=int, default=1, help="processes writing the site")
    ap.add_argument("--keep", metavar="DIR", help="write into DIR instead of a temporary folder")
    args = ap.parse_args()
    from viz import write_overview, write_site

    t = time.perf_counter()
    G = synthetic_graph(args.cases)
    print(f"graph: {G.number_of_nodes()} nodes, {G.number_of_edges()} edges (built in {time.perf_counter() - t:.1f} s)")
    out = Path(args.keep) if args.keep else Path(tempfile.mkdtemp(prefix="tiangraph-bench-"))
    t = time.perf_counter()
    page = write_overview(G, out)
    print(f"overview written in {time.perf_counter() - t:.2f} s ({page.stat().st_size / 1e6:.1f} MB) → {page}")
    if args.site:
        t = time.perf_counter()
        write_site(G, out / "site", jobs=args.jobs)
        print(f"whole site written in {time.perf_counter() - t:.1f} s with --jobs {args.jobs} "
              f"({sum(1 for _ in (out / 'site').rglob('*.html'))} pages)")
    for drawn in [page] + ([out / "site" / "units.html", out / "site" / "shared.html"] if args.site else []):
        times = load_times(drawn, args.runs)
        ready = [r for r, _, _ in times]
        print(f"{drawn.name} ({drawn.stat().st_size / 1e6:.1f} MB): {times[0][2]} nodes drawn")
        print("  ready (ms after navigation start): " + ", ".join(f"{r:.0f}" for r in ready)
              + f"; median {statistics.median(ready):.0f} ms (target ≤ 3000)")
        print("  wall time per load (ms): " + ", ".join(f"{w:.0f}" for _, w, _ in times))


if __name__ == "__main__":
    main()
