"""Word (.docx) proposal tables, read with python-docx.

Merged cells: python-docx repeats a merged cell on every grid column and row it covers.
A horizontally repeated cell is kept once (the other columns read blank); a vertically
continued cell is marked so its text is not taken again for the next suggestion.
"""

from __future__ import annotations

import zipfile
from typing import Any

from extract.model import ProposalTable
from extract.readers.meta import apply_metadata
from extract.readers.table import RawTable, parse_tables
from tiangraph.errors import InputError

__all__ = ["read_docx", "docx_tables"]

_OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
#: WordprocessingML tags (python-docx's ``qn("w:…")``), spelled once rather than looked up per cell.
_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_P, _T, _BR, _TC, _TC_PR, _GRID_SPAN, _V_MERGE = (_W + t for t in ("p", "t", "br", "tc", "tcPr", "gridSpan", "vMerge"))


def _open(path: str) -> Any:
    import docx  # python-docx

    with open(path, "rb") as f:
        head = f.read(8)
    if not head:
        raise InputError("empty file", path)
    if head == _OLE:
        raise InputError("password-protected or legacy Word (.doc) file; save it as an unprotected .docx", path)
    try:
        return docx.Document(path)
    except (zipfile.BadZipFile, KeyError, ValueError, OSError) as e:
        raise InputError(f"not a readable .docx (corrupt or truncated: {type(e).__name__})", path) from None
    except Exception as e:  # lxml errors and python-docx's own
        if "too long" in str(e) or "Huge" in str(e):
            raise InputError("more than 10 MB of text in one place (one cell?); is this a proposal table?", path) from None
        raise InputError(f"not a readable .docx ({type(e).__name__}: {e})", path) from None


def _cell_text(tc: Any) -> str:
    """The cell's paragraphs joined by line breaks, nested tables left out."""
    paras = []
    for p in tc.iterchildren(_P):
        paras.append("".join((t.text or "") if t.tag == _T else "\n" for t in p.iter(_T, _BR)))
    return "\n".join(paras)


def _row_tcs(row: Any) -> list[Any]:
    """The row's ``<w:tc>`` elements, one per grid column, as ``[c._tc for c in row.cells]``.

    python-docx's ``row.cells`` works out spans and vertical merges for every cell, which is
    most of the reading time; a row with no gridSpan or vMerge anywhere in it has one grid
    column per ``<w:tc>``, in order, so only rows with merged cells are left to it.
    """
    tr = row._tr
    if next(tr.iter(_GRID_SPAN, _V_MERGE), None) is not None:
        return [c._tc for c in row.cells]
    return tr.findall(_TC)


def docx_tables(document: Any) -> tuple[list[str], list[RawTable]]:
    """The paragraphs before the first table, and every table as raw rows."""
    from docx.table import Table

    before: list[str] = []
    tables: list[RawTable] = []
    for block in document.element.body.iterchildren():
        tag = block.tag.rsplit("}", 1)[-1]
        if tag == "p" and not tables:
            before.append("".join(t.text or "" for t in block.iter() if t.tag.endswith("}t")))
        elif tag == "tbl":
            tables.append(_raw_table(Table(block, document), len(tables)))
    return before, tables


def _raw_table(table: Any, index: int) -> RawTable:
    rows: list[list[str]] = []
    continued: list[list[bool]] = []
    previous: list[Any] = []
    for row in table.rows:
        tcs = _row_tcs(row)
        texts: list[str] = []
        cont: list[bool] = []
        for col, tc in enumerate(tcs):
            repeated = col > 0 and tc is tcs[col - 1]
            texts.append("" if repeated else _cell_text(tc))
            cont.append(repeated or (col < len(previous) and previous[col] is tc))
        rows.append(texts)
        continued.append(cont)
        previous = tcs
    return RawTable(rows=rows, row_numbers=list(range(1, len(rows) + 1)), index=index, continued=continued)


def read_docx(path: str) -> ProposalTable:
    """Read every proposal table of a .docx file into one document."""
    document = _open(path)
    before, tables = docx_tables(document)
    doc = apply_metadata(ProposalTable(path=path), before)
    doc, skipped = parse_tables(doc, tables)
    if len(skipped) == len(tables):
        from extract.readers.errors import no_table_error

        raise no_table_error(path, tables)
    return doc
