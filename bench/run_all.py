"""tiangraph's benchmarks: how time and memory grow with the corpus, as ratios where a reference exists.

For each size (cases) a fresh process generates a synthetic corpus of text exports
(bench/synth.py: template sentences with two or three names each), then times: parsing (against reading the same bytes), extraction (against
plain ``jieba.cut`` over the same field text, in the same process), graph build, the whole
build (parse + extract + graph) against the same ``jieba.cut``, ``tiangraph build`` as a user
runs it (time, peak RSS, and a second run with nothing changed), exports,
every saved query, the site, and — when a Neo4j server is given (NEO4J_URI and
NEO4J_PASSWORD) — the load into Neo4j in rows per second. Peak RSS is the child's own.
A last run compares ``--jobs 2`` with ``--jobs 1`` for a whole build. The template corpus names
twice as many things per character as a real table does, so parse, extraction and graph are
also measured on the sample's own cases, varied (``--sample-sizes``, the ``sample`` style), and
on the held-out tables of the accuracy tests (small tables of other bureaus, as densely named
as the templates).

    .venv/bin/python bench/run_all.py [--sizes 100,1000,10000] [--report bench/report.md]
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

#: Tables written in the style of other bureaus' (the held-out sets of the accuracy tests): small
#: files, each of another owner and city, as densely named as the template corpus.
HELD_OUT = sorted(ROOT.glob("tests/data/heldout*/*.txt"))

QUERY_PARAMS = {
    "shared-citations": {"type": "Platform"}, "cases-citing": {"entity": "学习强安"}, "unit-dependencies": {},
    "case-profile": None, "unit-workload": {}, "next-year": {}, "outside-remit": {}, "documents-by-issuer": {},
    "connect": None,
}


def _timed(fn, *args, **kwargs):
    t = time.perf_counter()
    out = fn(*args, **kwargs)
    return out, time.perf_counter() - t


def measure(cases: int, with_site: bool, build_only: bool = False, style: str = "templates") -> dict:
    """One size, in this process: every figure for a corpus of ``cases`` cases of a ``style`` of
    ``synth.STYLES`` (with ``build_only``, parse, extraction and graph only: for sizes the exports
    would take hours, and for the sample style)."""
    import jieba
    import logging

    jieba.setLogLevel(logging.WARNING)
    from extract import extract_table, load_aliases
    from extract.mentions import case_fields
    from extract.readers import read_proposals
    from graph.build import add_table, new_graph
    from graph.export import export_graph
    from graph.store import collection_paused, objects_set_aside
    from queries import query
    from synth import write_corpus

    fig: dict = {"cases": cases, "style": style}
    with tempfile.TemporaryDirectory() as tmp:
        files = HELD_OUT if style == "held-out" else write_corpus(Path(tmp) / "corpus", cases, "txt", style=style)
        fig["mb"] = sum(f.stat().st_size for f in files) / 1e6
        _, t_bytes = _timed(lambda: [f.read_bytes().decode("utf-8", errors="replace") for f in files])
        tables, t_parse = _timed(lambda: [read_proposals(f) for f in files])
        fig["cases"] = sum(len(table.cases) for table in tables)
        fig.update(parse_s=t_parse, parse_vs_decode=t_parse / max(t_bytes, 1e-9))
        aliases = load_aliases()
        extract_table(tables[0], aliases=aliases)  # load dictionaries once
        list(jieba.cut("预热"))
        # table by table, jieba.cut then extraction, so that both run under the same load; the
        # collector treated as a build treats it (graph.corpus.build_corpus): what a table's
        # extraction keeps is set aside after it, and the graph is assembled with the collector paused
        mentions, t_extract, t_jieba = [], 0.0, 0.0
        with objects_set_aside() as keep:
            for tb in tables:
                texts = [t for c in tb.cases for _, _, t in case_fields(c) if t]
                t_jieba += _timed(lambda: [list(jieba.cut(t)) for t in texts])[1]
                found, t = _timed(extract_table, tb, aliases=aliases)
                mentions.append(found)
                t_extract += t
                keep()
            fig.update(extract_s=t_extract, jieba_s=t_jieba, extract_throughput_vs_jieba=t_jieba / t_extract,
                       mentions=sum(map(len, mentions)))
            G = new_graph()
            with collection_paused():
                _, t_graph = _timed(lambda: [add_table(G, tb, ms) for tb, ms in zip(tables, mentions)])
        fig.update(graph_s=t_graph, nodes=G.number_of_nodes(), edges=G.number_of_edges(),
                   build_throughput_vs_jieba=t_jieba / (t_parse + t_extract + t_graph),
                   peak_rss_build_mb=resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)
        if build_only:
            fig["peak_rss_mb"] = fig["peak_rss_build_mb"]
            return fig
        fig.update(_cli_build(files[0].parent, Path(tmp) / "out"))
        for fmt in ("json", "graphml", "ttl", "cypher"):
            _, t = _timed(export_graph, G, fmt, Path(tmp) / f"g.{fmt}")
            fig[f"export_{fmt}_s"] = t
        case = sorted(d["case"] for _, d in G.nodes(data=True) if d["type"] == "Case")[len(tables) // 2]
        platform = sorted(d["name"] for _, d in G.nodes(data=True) if d["type"] == "Platform")[0]
        fig["queries_ms"] = {}
        for name, params in QUERY_PARAMS.items():
            params = params if params is not None else ({"case": case} if name == "case-profile" else {"a": case, "b": platform})
            if name == "cases-citing":
                params = {"entity": platform}
            best = min(_timed(query, G, name, **params)[1] for _ in range(3))
            fig["queries_ms"][name] = best * 1000
        if with_site:
            from viz import write_site

            _, t = _timed(write_site, G, Path(tmp) / "site")
            fig["site_s"] = t
        if os.environ.get("NEO4J_URI") and os.environ.get("NEO4J_PASSWORD"):
            from graph.neo4j_store import connect, load_graph

            with connect(os.environ["NEO4J_URI"]) as store:
                stats, t = _timed(load_graph, G, store, replace=True)
                fig.update(neo4j_load_s=t, neo4j_rows_per_s=stats.rows / t)
    fig["peak_rss_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return fig


def _cli_build(corpus: Path, out: Path) -> dict:
    """``tiangraph build --no-site`` as a user runs it, in a child process: its time and peak RSS;
    then the same command again with nothing changed (the folder is up to date), and once more
    after one file's text changed (that file read again, the graph and its files made anew)."""
    exe = Path(sys.executable).parent / "tiangraph"
    cmd = [str(exe), "build", str(corpus), "-o", str(out), "--no-site"]
    # A child starts with its parent's resident pages counted, so the command is run from a small
    # launcher process, whose own child's peak is the command's alone.
    launcher = [sys.executable, "-c", "import resource, subprocess, sys; subprocess.run(sys.argv[1:], check=True, "
                "capture_output=True); print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)"]
    done, first = _timed(subprocess.run, launcher + cmd, check=True, capture_output=True, text=True)
    peak = int(done.stdout.split()[-1]) / 1024
    same, again = _timed(subprocess.run, cmd, check=True, capture_output=True, text=True)
    assert "up to date" in same.stdout, same.stdout
    one = sorted(corpus.iterdir())[0]
    one.write_text(one.read_text(encoding="utf-8").replace("推进", "推动", 1), encoding="utf-8")
    changed, t_changed = _timed(subprocess.run, cmd, check=True, capture_output=True, text=True)
    assert "(1 read," in changed.stdout, changed.stdout
    return {"cli_build_s": first, "cli_peak_rss_mb": peak, "cli_rebuild_s": again, "cli_one_changed_s": t_changed}


def parallel_speedup(cases: int, rounds: int = 3) -> dict:
    """A whole build of the same corpus with --jobs 1 and --jobs 2 (fresh output, no cache), in turns,
    the fastest of ``rounds`` each: the machine's other load only ever adds time, and one run of
    each varied by a quarter."""
    from graph import build_corpus
    from graph.store import graph_to_data
    from synth import write_corpus

    with tempfile.TemporaryDirectory() as tmp:
        write_corpus(Path(tmp) / "c", cases, "txt", per_table=50)
        write_corpus(Path(tmp) / "warm", 50, "txt", seed=1)
        build_corpus([Path(tmp) / "warm"], jobs=1)  # load dictionaries before timing either run
        t1 = t2 = float("inf")
        for _ in range(rounds):
            one, t = _timed(build_corpus, [Path(tmp) / "c"], jobs=1)
            t1 = min(t1, t)
            two, t = _timed(build_corpus, [Path(tmp) / "c"], jobs=2)
            t2 = min(t2, t)
        same = graph_to_data(one.graph) == graph_to_data(two.graph)
    return {"cases": cases, "rounds": rounds, "jobs1_s": t1, "jobs2_s": t2, "speedup": t1 / t2, "identical": same}


def report(rows: list[dict], par: dict) -> str:
    """The report's tables: per-size figures, saved queries, Neo4j load and the parallel run (if any)."""
    out = ["| cases | MB | parse s | extract s | extract/jieba.cut | graph s | build/jieba.cut | nodes | edges | ttl s | site s "
           "| peak RSS after build MB | peak RSS MB |",
           "|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|"]
    nan = float("nan")
    for r in rows:
        style = r.get("style", "templates")
        label = r["cases"] if style == "templates" else f"{r['cases']} ({len(HELD_OUT)} held-out tables)" \
            if style == "held-out" else f"{r['cases']} ({style} style)"
        out.append(f"| {label} | {r['mb']:.1f} | {r['parse_s']:.2f} | {r['extract_s']:.2f} | "
                   f"{r['extract_throughput_vs_jieba']:.2f}× | {r['graph_s']:.2f} | {r['build_throughput_vs_jieba']:.2f}× | "
                   f"{r['nodes']} | {r['edges']} | "
                   f"{r.get('export_ttl_s', nan):.2f} | {r.get('site_s', nan):.2f} | {r['peak_rss_build_mb']:.0f} | {r['peak_rss_mb']:.0f} |")
    built = [r for r in rows if "cli_build_s" in r]
    if built:
        out += ["", "| `tiangraph build --no-site` | " + " | ".join(str(r["cases"]) for r in built) + " |",
                "|---|" + "---:|" * len(built),
                "| first build s | " + " | ".join(f"{r['cli_build_s']:.1f}" for r in built) + " |",
                "| peak RSS MB | " + " | ".join(f"{r['cli_peak_rss_mb']:.0f}" for r in built) + " |",
                "| again, nothing changed (up to date), s | " + " | ".join(f"{r['cli_rebuild_s']:.1f}" for r in built) + " |",
                "| again, one file changed, s | " + " | ".join(f"{r['cli_one_changed_s']:.1f}" for r in built) + " |"]
    queried = [r for r in rows if "queries_ms" in r]
    names = list(queried[-1]["queries_ms"]) if queried else []
    out += ["", "| saved query (ms) | " + " | ".join(str(r["cases"]) for r in queried) + " |",
            "|---|" + "---:|" * len(queried)] if queried else []
    for n in names:
        out.append(f"| {n} | " + " | ".join(f"{r['queries_ms'][n]:.0f}" for r in queried) + " |")
    if any("neo4j_rows_per_s" in r for r in rows):
        out += ["", "Neo4j load: " + ", ".join(f"{r['cases']} cases {r['neo4j_rows_per_s']:,.0f} rows/s"
                                                for r in rows if "neo4j_rows_per_s" in r)]
    if par:
        out += ["", f"Parallel build of {par['cases']} cases (fastest of {par['rounds']} each): --jobs 1 {par['jobs1_s']:.1f} s, "
                f"--jobs 2 {par['jobs2_s']:.1f} s, "
                f"speed-up {par['speedup']:.2f}×, identical output: {par['identical']}"]
    return "\n".join(out) + "\n"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", default="100,1000,10000")
    ap.add_argument("--site-max", type=int, default=1000, help="write the site only up to this size")
    ap.add_argument("--report", default=str(ROOT / "bench" / "report.md"))
    ap.add_argument("--one", type=int, help=argparse.SUPPRESS)
    ap.add_argument("--site", action="store_true", help=argparse.SUPPRESS)
    ap.add_argument("--parallel", type=int, default=1000, help="cases for the --jobs 2 comparison (0: skip it)")
    ap.add_argument("--build-only", default="", help="sizes measured for parse, extraction and graph only (e.g. 100000)")
    ap.add_argument("--sample-sizes", default="1000",
                    help="sizes also measured (parse, extraction, graph) on the sample's cases, varied (0: none)")
    ap.add_argument("--held-out", action=argparse.BooleanOptionalAction, default=True,
                    help="also measure parse, extraction and graph over the held-out tables of tests/data")
    ap.add_argument("--light", action="store_true", help=argparse.SUPPRESS)
    ap.add_argument("--style", default="templates", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.one is not None:
        print(json.dumps(measure(args.one, args.site, args.light, args.style)))
        return
    rows = []
    light = {int(size) for size in args.build_only.split(",") if size}
    runs = [(int(size), "templates") for size in args.sizes.split(",") if size] + [(size, "templates") for size in sorted(light)]
    runs += [(int(size), "sample") for size in args.sample_sizes.split(",") if size and int(size) > 0]
    runs += [(0, "held-out")] if args.held_out else []
    for size, style in runs:
        cmd = [sys.executable, __file__, "--one", str(size), "--style", style] \
            + (["--site"] if size <= args.site_max and style == "templates" else []) \
            + (["--light"] if size in light or style != "templates" else [])
        out = subprocess.run(cmd, capture_output=True, text=True, check=True).stdout
        rows.append(json.loads(out.strip().splitlines()[-1]))
        print(json.dumps(rows[-1], ensure_ascii=False), flush=True)
    par = parallel_speedup(args.parallel) if args.parallel else {}
    text = report(rows, par)
    Path(args.report).write_text(text, encoding="utf-8")
    print(text)


if __name__ == "__main__":
    main()
