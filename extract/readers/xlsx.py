"""Excel (.xlsx) proposal tables, read with openpyxl (each sheet is a table)."""

from __future__ import annotations

import zipfile
from typing import Any

from extract.model import ProposalTable
from extract.readers.meta import apply_metadata
from extract.readers.table import RawTable, find_header, parse_tables
from tiangraph.errors import InputError

__all__ = ["read_xlsx"]


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def read_xlsx(path: str) -> ProposalTable:
    """Read the proposal tables of every sheet of an .xlsx workbook."""
    import openpyxl

    try:
        wb = openpyxl.load_workbook(path, data_only=True)
    except (zipfile.BadZipFile, KeyError, ValueError, OSError) as e:
        raise InputError(f"not a readable .xlsx (corrupt or truncated: {type(e).__name__})", path) from None
    tables: list[RawTable] = []
    before: list[str] = []
    for ws in wb.worksheets:
        rows = [[_text(v) for v in row] for row in ws.iter_rows(values_only=True)]
        found = find_header(rows)
        if found and found[0] > 0 and not tables:
            before = [" ".join(c for c in r if c) for r in rows[: found[0]]]
        tables.append(RawTable(rows=rows, row_numbers=list(range(1, len(rows) + 1)), index=len(tables)))
    doc = apply_metadata(ProposalTable(path=path), before or [ws.title for ws in wb.worksheets[:1]])
    doc, skipped = parse_tables(doc, tables)
    if len(skipped) == len(tables):
        from extract.readers.errors import no_table_error

        raise no_table_error(path, tables)
    return doc
