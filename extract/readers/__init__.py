"""Readers: a proposal table file (.docx, .txt, .xlsx) → :class:`ProposalTable`.

>>> table = read_proposals("../shared/samples/000_e467f13259972cda.txt")  # doctest: +SKIP
>>> [len(c.suggestions) for c in table.cases]                             # doctest: +SKIP
[3, 4, 4, 7, 4, 3, 3]
"""

from __future__ import annotations

import os
from pathlib import Path

from extract.model import ProposalTable
from extract.readers.docx import read_docx
from extract.readers.table import RawTable, classify_proposer, match_header, parse_tables, split_units
from extract.readers.text import decode_text, parse_text, read_text
from extract.readers.xlsx import read_xlsx
from tiangraph.errors import InputError

__all__ = [
    "read_proposals",
    "read_docx",
    "read_text",
    "read_xlsx",
    "parse_text",
    "decode_text",
    "parse_tables",
    "RawTable",
    "match_header",
    "split_units",
    "classify_proposer",
    "SUFFIXES",
    "detect_format",
]

#: File endings tiangraph reads, by format.
SUFFIXES = {".docx": "docx", ".txt": "text", ".text": "text", ".tsv": "text", ".xlsx": "xlsx"}


def detect_format(path: str | os.PathLike[str]) -> str:
    """'docx', 'xlsx' or 'text', from the file's content where its name does not say."""
    p = Path(path)
    with open(p, "rb") as f:
        head = f.read(4096)
    if head.startswith(b"PK\x03\x04"):
        if b"word/" in head:
            return "docx"
        if b"xl/" in head:
            return "xlsx"
        return SUFFIXES.get(p.suffix.lower(), "docx")
    fmt = SUFFIXES.get(p.suffix.lower())
    if fmt in ("docx", "xlsx"):
        return fmt  # a broken one: let its reader say what is wrong
    return "text"


def read_proposals(path: str | os.PathLike[str], encoding: str | None = None) -> ProposalTable:
    """Read one proposal table file; the format is detected from its name and content."""
    name = os.fspath(path)
    p = Path(name)
    if not p.exists():
        raise InputError("no such file", name)
    if p.is_dir():
        raise InputError("is a directory, not a file", name)
    try:
        if p.stat().st_size == 0:
            raise InputError("empty file", name)
        fmt = detect_format(p)
        if fmt == "docx":
            doc = read_docx(name)
        elif fmt == "xlsx":
            doc = read_xlsx(name)
        else:
            doc = read_text(name, encoding)
    except PermissionError:
        raise InputError("permission denied", name) from None
    except MemoryError:
        raise InputError("file too large to read", name) from None
    if not doc.cases:
        raise InputError("proposal table has a header but no cases", name)
    return doc
