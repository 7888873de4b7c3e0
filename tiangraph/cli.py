"""The ``tiangraph`` command: a thin layer that parses options, calls the library, prints.

Every command turns :class:`tiangraph.errors.TiangraphError` into ``Error: …`` and exit 1.
"""

from __future__ import annotations

import json
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


def main() -> None:
    """Entry point of the console script."""
    cli(prog_name="tiangraph")


if __name__ == "__main__":
    main()
