"""The ``tiangraph`` command: a thin layer that parses options, calls the library, prints.

Every command turns :class:`tiangraph.errors.TiangraphError` into ``Error: …`` and exit 1.
"""

from __future__ import annotations

import json
import os
import sys
from typing import Any

import click

from tiangraph.errors import TiangraphError

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


def _dump(obj: Any) -> str:
    return json.dumps(obj, ensure_ascii=False, indent=2)


@cli.command()
@click.argument("file", type=click.Path(dir_okay=False, path_type=str))
@click.option("--format", "fmt", type=click.Choice(["json", "table"]), default="json", show_default=True)
@click.option("--encoding", default=None, help="Text encoding of a .txt export (detected when not given).")
def parse(file: str, fmt: str, encoding: str | None) -> None:
    """Read a proposal table (.docx, .txt, .xlsx) and print its metadata and cases."""
    from extract.readers import read_proposals

    doc = read_proposals(file, encoding=encoding)
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
        mentions.extend(extract_table(read_proposals(f), aliases=aliases))
    report = evaluate(mentions, read_gold(gold))
    if as_json:
        click.echo(_dump(report.to_dict() if hasattr(report, "to_dict") else report))
    else:
        click.echo(format_report(report))


@cli.command()
@click.argument("inputs", nargs=-1, required=True, type=click.Path(path_type=str))
@click.option("-o", "--out", "out_dir", required=True, type=click.Path(file_okay=False, path_type=str),
              help="The graph folder to write (replaced atomically).")
@click.option("-j", "--jobs", default=1, show_default=True, type=click.IntRange(1, 64), help="Processes for reading files.")
@click.option("--keep-going", is_flag=True, help="Report bad files and build the rest.")
@click.option("--aliases", "alias_paths", multiple=True, type=click.Path(exists=True, dir_okay=False))
@click.option("--encoding", default=None)
@click.option("--site/--no-site", default=True, show_default=True, help="Write the browsable site into OUT/site.")
@click.option("--export", "exports", multiple=True, help="Also write an export (a format name); may be repeated.")
def build(inputs: tuple[str, ...], out_dir: str, jobs: int, keep_going: bool, alias_paths: tuple[str, ...],
          encoding: str | None, site: bool, exports: tuple[str, ...]) -> None:
    """Build one graph from tables and folders of tables into OUT."""
    from graph import build_corpus, read_cache, write_graph
    from graph.export import export_graph, get_exporter
    from tiangraph.progress import file_progress

    for fmt in exports:
        get_exporter(fmt)
    with file_progress() as progress:
        result = build_corpus(list(inputs), jobs=jobs, encoding=encoding, alias_paths=alias_paths,
                              cache=read_cache(out_dir), keep_going=keep_going, progress=progress)

    def extra(tmp):
        for fmt in exports:
            exp = get_exporter(fmt)
            export_graph(result.graph, fmt, tmp / "exports" / f"graph{exp.suffix}" if exp.suffix else tmp / "exports" / fmt)
        if site:
            from viz import write_site

            write_site(result.graph, tmp / "site")

    write_graph(result, out_dir, extra=extra)
    G = result.graph
    click.echo(f"{G.number_of_nodes()} nodes, {G.number_of_edges()} edges from {len(result.inputs)} file(s) "
               f"({result.read} read, {result.reused} unchanged) → {out_dir}")
    for err in result.errors:
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


def main() -> None:
    """Entry point of the console script."""
    cli(prog_name="tiangraph")


if __name__ == "__main__":
    main()
