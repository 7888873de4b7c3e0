"""Terminal rendering of library results (rich tables), used by the CLI only."""

from __future__ import annotations

from typing import Any, Iterable, Sequence

from rich.console import Console
from rich.table import Table

from extract.model import ProposalTable

__all__ = ["cases_table", "rows_table", "console"]


def console() -> Console:
    """A console on stdout; no colours or wrapping tricks when output is not a terminal."""
    import sys

    return Console(highlight=False, soft_wrap=False, width=None if sys.stdout.isatty() else 160)


def cases_table(doc: ProposalTable) -> None:
    """Print a document's cases as a table, one row per suggestion."""
    out = console()
    out.print(f"{doc.title}  单位: {doc.unit}  整理时间: {doc.compiled}  年份: {doc.year}")
    t = Table("case", "proposer", "lead", "co", "no", "status", "suggestion")
    for c in doc.cases:
        for s in c.suggestions:
            t.add_row(c.case, f"{c.proposer} ({c.proposer_kind})", "、".join(c.lead_units),
                      "、".join(c.co_units), str(s.no), s.status, s.text[:40])
    out.print(t)


def rows_table(rows: Iterable[dict[str, Any]], columns: Sequence[str]) -> None:
    """Print plain rows (dicts) as a table with the given columns."""
    t = Table(*columns)
    for row in rows:
        t.add_row(*[_cell(row.get(c)) for c in columns])
    console().print(t)


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, (list, tuple)):
        return "、".join(_cell(v) for v in value)
    return str(value)
