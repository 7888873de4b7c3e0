"""The ``tiangraph`` command: a thin layer that parses options, calls the library, prints.

Every command turns :class:`tiangraph.errors.TiangraphError` into ``Error: …`` and exit 1.
"""

from __future__ import annotations

import json
import os
import sys
from typing import Any

import click

from tiangraph.errors import InputError, TiangraphError

__all__ = ["main", "cli"]


class _Group(click.Group):
    """A click group that prints library errors as one line and exits 1."""

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except TiangraphError as e:
            click.echo(f"Error: {e}", err=True)
            sys.exit(1)
        except KeyboardInterrupt:
            click.echo("Error: interrupted", err=True)
            sys.exit(130)


@click.group(cls=_Group, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="tiangraph")
def cli() -> None:
    """提案图谱 tiangraph: proposal-handling tables → a knowledge graph."""


def _warn(messages: list[str]) -> None:
    for m in messages:
        click.echo(f"Warning: {m}", err=True)


def _dump(obj: Any) -> str:
    return json.dumps(obj, ensure_ascii=False, indent=2)


@cli.command()
@click.argument("file", type=click.Path(path_type=str))
@click.option("--format", "fmt", type=click.Choice(["json", "table"]), default="json", show_default=True)
@click.option("--encoding", default=None, help="Text encoding of a .txt export (detected when not given).")
def parse(file: str, fmt: str, encoding: str | None) -> None:
    """Read a proposal table (.docx, .txt, .xlsx) and print its metadata and cases."""
    from extract.readers import read_proposals

    doc = read_proposals(file, encoding=encoding)
    _warn(doc.warnings)
    if fmt == "json":
        click.echo(_dump(doc.to_dict()))
        return
    from tiangraph.render import cases_table

    cases_table(doc)


@cli.command()
@click.argument("files", nargs=-1, required=True, type=click.Path(path_type=str))
@click.option("--format", "fmt", type=click.Choice(["jsonl", "table"]), default="jsonl", show_default=True)
@click.option("--aliases", "alias_paths", multiple=True, type=click.Path(exists=True, dir_okay=False),
              help="An extra alias file (JSONL: pattern → id); may be repeated.")
@click.option("--encoding", default=None, help="Text encoding of .txt exports (detected when not given).")
def extract(files: tuple[str, ...], fmt: str, alias_paths: tuple[str, ...], encoding: str | None) -> None:
    """Print the entity mentions found in the free-text fields, one JSON object per line."""
    from extract import extract_table, load_aliases
    from extract.readers import read_proposals

    aliases = load_aliases(alias_paths)
    rows = []
    for f in files:
        table = read_proposals(f, encoding=encoding)
        _warn(table.warnings)
        for m in extract_table(table, aliases=aliases):
            d = m.to_dict()
            rows.append({k: d[k] for k in ("case", "suggestion", "field", "type", "name", "text", "start", "end", "rule")})
    if fmt == "jsonl":
        for r in rows:
            click.echo(json.dumps(r, ensure_ascii=False))
        return
    from tiangraph.render import rows_table

    rows_table(rows, ["case", "suggestion", "field", "type", "name", "text", "start", "end", "rule"])


@cli.command(name="eval")
@click.argument("files", nargs=-1, required=True, type=click.Path(path_type=str))
@click.option("--gold", required=True, type=click.Path(exists=True, dir_okay=False),
              help="Gold links: JSONL lines {case, type, name}.")
@click.option("--aliases", "alias_paths", multiple=True, type=click.Path(exists=True, dir_okay=False))
@click.option("--json", "as_json", is_flag=True, help="Print the figures as JSON.")
def eval_(files: tuple[str, ...], gold: str, alias_paths: tuple[str, ...], as_json: bool) -> None:
    """Precision, recall and F1 of the extractors against a gold file, per type."""
    from extract import extract_table, load_aliases
    from extract.evaluate import evaluate, format_report, read_gold
    from extract.readers import read_proposals

    aliases = load_aliases(alias_paths)
    mentions = []
    for f in files:
        table = read_proposals(f)
        _warn(table.warnings)
        mentions.extend(extract_table(table, aliases=aliases))
    report = evaluate(mentions, read_gold(gold))
    if as_json:
        click.echo(_dump(report.to_dict() if hasattr(report, "to_dict") else report))
    else:
        click.echo(format_report(report))


@cli.command()
@click.argument("inputs", nargs=-1, required=True, type=click.Path(path_type=str))
@click.option("-o", "--out", "out_dir", required=True, type=click.Path(path_type=str),
              help="The graph folder to write (replaced atomically).")
@click.option("-j", "--jobs", default=1, show_default=True, type=click.IntRange(1, 64),
              help="Processes for reading files and writing the site's pages.")
@click.option("--keep-going", is_flag=True, help="Report bad files and build the rest.")
@click.option("--aliases", "alias_paths", multiple=True, type=click.Path(exists=True, dir_okay=False),
              help="An alias file (JSON lines) read after the bundled ones; may be repeated.")
@click.option("--encoding", default=None, help="The encoding of text exports (e.g. gbk), instead of detecting it.")
@click.option("--site/--no-site", default=True, show_default=True, help="Write the browsable site into OUT/site.")
@click.option("--export", "exports", multiple=True, help="Also write an export (a format name); may be repeated.")
@click.option("--force", is_flag=True, help="Build even when OUT is up to date with the inputs.")
def build(inputs: tuple[str, ...], out_dir: str, jobs: int, keep_going: bool, alias_paths: tuple[str, ...],
          encoding: str | None, site: bool, exports: tuple[str, ...], force: bool) -> None:
    """Build one graph from tables and folders of tables into OUT.

    OUT is left as it is when it was built from the same files (same contents) with the same
    options by this very tiangraph; files that did not change are not read again.
    """
    from graph import build_corpus, read_cache, write_graph
    from graph.corpus import plan_corpus
    from graph.export import export_graph, get_exporter
    from graph.store import up_to_date
    from tiangraph.progress import file_progress

    for fmt in exports:
        get_exporter(fmt)
    if os.path.exists(out_dir) and not os.path.isdir(out_dir):
        raise InputError("exists and is not a folder; give -o a folder to write the graph into", out_dir)
    plan = plan_corpus(list(inputs), encoding=encoding, alias_paths=alias_paths, keep_going=keep_going)
    key = plan.key(site=site, exports=sorted({get_exporter(fmt).name for fmt in exports}), keep_going=keep_going)
    current = None if force else up_to_date(out_dir, key)
    if current is not None:
        counts = current["counts"]
        click.echo(f"{sum(counts['nodes'].values())} nodes, {sum(counts['edges'].values())} edges from "
                   f"{len(current['inputs'])} file(s) (up to date: no file or option changed) → {out_dir}")
        _built(out_dir, site, current.get("warnings", []), current["errors"])
        return
    with file_progress() as progress:
        result = build_corpus(list(inputs), jobs=jobs, encoding=encoding, alias_paths=alias_paths,
                              cache=read_cache(out_dir, plan.fingerprint), keep_going=keep_going,
                              progress=progress, plan=plan)

    def extra(tmp):
        for fmt in exports:
            exp = get_exporter(fmt)
            export_graph(result.graph, fmt, tmp / "exports" / f"graph{exp.suffix}" if exp.suffix else tmp / "exports" / fmt)
        if site:
            from viz import write_site

            write_site(result.graph, tmp / "site", jobs=jobs)

    write_graph(result, out_dir, extra=extra, key=key)
    G = result.graph
    click.echo(f"{G.number_of_nodes()} nodes, {G.number_of_edges()} edges from {len(result.inputs)} file(s) "
               f"({result.read} read, {result.reused} unchanged) → {out_dir}")
    _built(out_dir, site, result.warnings, result.errors)


def _built(out_dir: str, site: bool, warnings: list[str], errors: list[str]) -> None:
    """What a build says after its counts: the readers' warnings, the files skipped, the site."""
    _warn(warnings)
    for err in errors:
        click.echo(f"Skipped: {err}", err=True)
    if site:
        click.echo(f"Site: {os.path.abspath(os.path.join(out_dir, 'site', 'index.html'))}")


@cli.command()
@click.argument("graph_dir", type=click.Path(exists=True, path_type=str))
@click.option("--format", "fmt", required=True, help="graphml, gexf, ttl, nt, jsonld, cypher, neo4j-csv, json")
@click.option("-o", "--out", "out", required=True, type=click.Path(path_type=str))
@click.option("--base", default=None, help="Base IRI of nodes in RDF exports.")
def export(graph_dir: str, fmt: str, out: str, base: str | None) -> None:
    """Write the graph in another format."""
    from graph import read_graph
    from graph.export import export_graph

    path = export_graph(read_graph(graph_dir), fmt, out, base=base)
    click.echo(f"Wrote {path}")


@cli.command(name="queries")
def list_queries() -> None:
    """List the saved queries with their parameters."""
    from queries import QUERIES

    for name in sorted(QUERIES):
        q = QUERIES[name]
        params = " ".join(p.name.upper() if p.positional else f"[--{p.name.replace('_', '-')} {p.type.__name__.upper()}]"
                          for p in q.params)
        click.echo(f"{name} {params}".rstrip())
        click.echo(f"    {q.description}")


def _query_args(q, args: list[str], pairs: tuple[str, ...]) -> dict[str, str]:
    """Positional values, ``--name value`` options and ``--param name=value`` pairs → parameters."""
    from tiangraph.errors import UsageError

    given: dict[str, str] = {}
    positional = [p.name for p in q.params if p.positional]
    rest = list(args)
    while rest:
        tok = rest.pop(0)
        if tok.startswith("--"):
            key, eq, value = tok[2:].partition("=")
            if not eq:
                if not rest:
                    raise UsageError(f"query {q.name}: option {tok} needs a value")
                value = rest.pop(0)
            given[key.replace("-", "_")] = value
        elif positional:
            given[positional.pop(0)] = tok
        else:
            raise UsageError(f"query {q.name}: unexpected argument {tok!r}")
    for pair in pairs:
        key, eq, value = pair.partition("=")
        if not eq:
            raise UsageError(f"--param takes NAME=VALUE, got {pair!r}")
        given[key.strip().replace("-", "_")] = value
    return given


@cli.command(context_settings={"ignore_unknown_options": True, "allow_extra_args": True})
@click.argument("name")
@click.option("--param", "pairs", multiple=True, help="A parameter as NAME=VALUE; may be repeated.")
@click.option("--format", "fmt", type=click.Choice(["table", "json", "csv"]), default="table", show_default=True)
@click.option("--graph", "graph_dir", default="out/sample", show_default=True, type=click.Path(path_type=str),
              help="The graph folder (from `tiangraph build`).")
@click.option("--backend", type=click.Choice(["networkx", "neo4j"]), default="networkx", show_default=True)
@click.option("--uri", default=None, help="Neo4j Bolt URI (with --backend neo4j).")
@click.option("--user", default="neo4j", show_default=True)
@click.option("--database", default=None)
@click.pass_context
def query(ctx: click.Context, name: str, pairs: tuple[str, ...], fmt: str, graph_dir: str, backend: str,
          uri: str | None, user: str, database: str | None) -> None:
    """Run a saved query: tiangraph query shared-citations --type Platform."""
    from queries import bind_params, get_query

    q = get_query(name)
    params = bind_params(q, _query_args(q, ctx.args, pairs))
    if backend == "neo4j":
        from graph.neo4j_store import connect_from_env
        from queries.cypher import run_cypher

        with connect_from_env(uri, user, database) as store:
            rows = run_cypher(store, q.name, **params)
    else:
        from graph import read_graph

        rows = q.run(read_graph(graph_dir), **params)
    _print_rows(rows, list(q.columns), fmt)


def _print_rows(rows: list[dict[str, Any]], columns: list[str], fmt: str) -> None:
    if fmt == "json":
        click.echo(_dump(rows))
    elif fmt == "csv":
        import csv
        import io

        buf = io.StringIO()
        w = csv.DictWriter(buf, fieldnames=list(rows[0]) if rows else columns, extrasaction="ignore", lineterminator="\n")
        w.writeheader()
        for r in rows:
            w.writerow({k: "、".join(map(str, v)) if isinstance(v, list) else v for k, v in r.items()})
        click.echo(buf.getvalue(), nl=False)
    else:
        from tiangraph.render import rows_table

        if not rows:
            click.echo("(no rows)")
            return
        rows_table(rows, columns)


@cli.command()
@click.argument("graph_dir", type=click.Path(exists=True, path_type=str))
@click.option("--focus", default=None, help="A case number, entity name or node id to centre one view on.")
@click.option("--depth", default=1, show_default=True, type=click.IntRange(1, 3))
@click.option("-o", "--out", "out", default=None, type=click.Path(path_type=str),
              help="The HTML file of the view (with --focus), or the site folder (default DIR/site).")
@click.option("-j", "--jobs", default=1, show_default=True, type=click.IntRange(1, 64),
              help="Processes for writing the site's pages.")
def viz(graph_dir: str, focus: str | None, depth: int, out: str | None, jobs: int) -> None:
    """Write the browsable site of a graph, or one view around --focus."""
    from graph import read_graph
    from graph.store import atomic_dir

    G = read_graph(graph_dir)
    if focus:
        from viz import write_view

        path = write_view(G, focus, depth, out or "view.html")
        click.echo(f"View: {os.path.abspath(path)}")
        return
    from viz import write_site

    target = out or os.path.join(graph_dir, "site")
    with atomic_dir(target) as tmp:
        write_site(G, tmp, jobs=jobs)
    click.echo(f"Site: {os.path.abspath(os.path.join(target, 'index.html'))}")


@cli.group()
def neo4j() -> None:
    """Load the graph into a Neo4j server (password from NEO4J_PASSWORD or a prompt)."""


@neo4j.command(name="load")
@click.argument("graph_dir", type=click.Path(exists=True, path_type=str))
@click.option("--uri", default=None, help="Bolt URI, e.g. bolt://127.0.0.1:7687 (or set NEO4J_URI).")
@click.option("--user", default="neo4j", show_default=True)
@click.option("--database", default=None, help="Database name (the server's default when not given).")
@click.option("--replace", is_flag=True, help="First delete every node with a tiangraph label (nothing else).")
@click.option("--batch-size", default=5000, show_default=True, type=click.IntRange(1, 100000))
def neo4j_load(graph_dir: str, uri: str | None, user: str, database: str | None, replace: bool, batch_size: int) -> None:
    """Load a built graph: constraints, then nodes and relationships in batches (idempotent)."""
    from graph import read_graph
    from graph.neo4j_store import connect_from_env, counts, load_graph
    from tiangraph.progress import load_progress

    import hashlib

    G = read_graph(graph_dir)
    path = os.path.join(graph_dir, "graph.json") if os.path.isdir(graph_dir) else graph_dir
    with open(path, "rb") as f:
        stamp = hashlib.sha256(f.read()).hexdigest()[:16]
    with connect_from_env(uri, user, database) as store, load_progress() as progress:
        stats = load_graph(G, store, batch_size=batch_size, replace=replace, progress=progress, stamp=stamp)
        totals = counts(store)
    click.echo(f"Loaded {stats.nodes} nodes and {stats.relationships} relationships into {store.uri} "
               f"(removed {stats.removed_nodes} nodes, {stats.removed_relationships} relationships no longer in the graph)")
    click.echo("Nodes: " + ", ".join(f"{k} {v}" for k, v in totals["nodes"].items()))
    click.echo("Relationships: " + ", ".join(f"{k} {v}" for k, v in totals["edges"].items()))


@cli.group()
def native() -> None:
    """The finders compiled to C (mypyc): faster extraction, the same output."""


@native.command(name="build")
@click.option("--verbose", is_flag=True, help="Print what mypyc and the C compiler say.")
def native_build(verbose: bool) -> None:
    """Compile the finders for the sources as they are (nothing to do when built already)."""
    from extract import native as compiled

    before = compiled.status()
    folder = compiled.build(quiet=not verbose)
    if before.active and before.folder == folder:
        note = ""
    elif os.environ.get("TIANGRAPH_PURE"):
        note = " (not used while TIANGRAPH_PURE is set)"
    else:
        note = " (used from the next command on)"
    click.echo(f"Compiled finders: {folder}{note}")


@native.command(name="status")
def native_status() -> None:
    """Say whether the compiled finders are in use, and why (not)."""
    from extract import native as compiled

    state = compiled.status()
    click.echo(("In use: " if state.active else "Not in use: ") + state.reason)


def main() -> None:
    """Entry point of the console script."""
    cli(prog_name="tiangraph")


if __name__ == "__main__":
    main()
