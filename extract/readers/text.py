"""The plain-text export of a Word proposal table.

One cell per line led by a tab; a line without a tab continues the cell above (a new
paragraph); a blank line ends a row once the row has all its cells, and is a blank
paragraph inside a cell before that.
"""

from __future__ import annotations

import codecs
import re

from extract.model import ProposalTable
from extract.readers.meta import BOOKMARK, apply_metadata
from extract.readers.table import RawTable, _is_header_row, _labels, is_sub_header, parse_tables
from tiangraph.errors import InputError

__all__ = ["decode_text", "parse_text", "read_text"]

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")
#: Bytes that do not occur in a text export: controls other than tab, line feed, form feed, CR.
_CONTROL_BYTES = bytes(b for b in range(32) if b not in (9, 10, 12, 13))


def decode_text(data: bytes, path: str, encoding: str | None = None) -> str:
    """Decode a text export: BOMs, UTF-8, UTF-16 and GB18030 are detected.

    >>> decode_text("案号".encode("gbk"), "t.txt")
    '案号'
    """
    if encoding:
        try:
            return data.decode(encoding)
        except LookupError:
            raise InputError(f"unknown encoding {encoding!r}", path) from None
        except UnicodeDecodeError as e:
            raise InputError(f"not valid {encoding} at byte {e.start}; try another --encoding", path) from None
    if data.startswith(codecs.BOM_UTF8):
        return _strict(data[3:], "utf-8", path)
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return _strict(data, "utf-16", path)
    if data.count(b"\x00") > len(data) // 4 and len(data) >= 4:
        even = data[0::2].count(b"\x00")
        odd = data[1::2].count(b"\x00")
        return _strict(data, "utf-16-be" if even > odd else "utf-16-le", path)
    controls = len(data) - len(data.translate(None, _CONTROL_BYTES))  # one pass, not one per byte value
    if controls > max(2, len(data) // 100):
        raise InputError(f"binary content ({controls} control bytes), not a text export", path)
    for enc in ("utf-8", "gb18030"):
        try:
            return data.decode(enc)
        except UnicodeDecodeError:
            continue
    raise InputError("unknown text encoding (not UTF-8, UTF-16 or GB18030); set --encoding", path)


def _strict(data: bytes, enc: str, path: str) -> str:
    try:
        return data.decode(enc)
    except UnicodeDecodeError as e:
        raise InputError(f"not valid {enc} at byte {e.start}; set --encoding", path) from None


def _check_text(text: str, path: str) -> None:
    # One search of the whole text (a line feed is not a control here); line and column
    # are counted only for the error.
    m = _CONTROL.search(text)
    if m:
        what = "NUL byte" if m.group() == "\x00" else f"control character U+{ord(m.group()):04X}"
        line_start = text.rfind("\n", 0, m.start()) + 1
        raise InputError(f"{what} in text (a binary file?)", path, row=text.count("\n", 0, m.start()) + 1,
                         column=m.start() - line_start + 1)


class _RowReader:
    """The line state machine that turns tab-led lines into rows."""

    def __init__(self) -> None:
        self.rows: list[list[str]] = []
        self.starts: list[int] = []
        self.cells: list[str] = []
        self.start = 0
        self.ncols: int | None = None
        self.expect_sub = False
        self.after_header = 0  # cells of the header row just read, while a wider second row may follow
        self.preamble: list[str] = []
        self.blank_seen = False

    def complete(self) -> bool:
        return self.ncols is None or len(self.cells) >= self.ncols

    def end_row(self) -> None:
        if not self.cells:
            return
        row = self.cells
        self.rows.append(row)
        self.starts.append(self.start)
        self.cells = []
        if _is_header_row(row):
            labels = _labels(row)
            self.expect_sub = "group" in labels and not {"lead", "co"} & set(labels)
            self.ncols = None if self.expect_sub else len(row)
            self.after_header = len(row)
        elif self.expect_sub or self.after_header and is_sub_header(row, self.after_header):
            self.ncols = len(row)  # 办理情况 over 已完成/已推动/计划: the second header row is wider
            self.expect_sub = False
            self.after_header = 0
        else:
            self.after_header = 0

    def feed(self, lineno: int, line: str) -> None:
        if line.startswith("\t"):
            if self.blank_seen and self.cells and self.ncols is not None and len(self.cells) >= self.ncols:
                self.end_row()
            self.blank_seen = False
            if not self.cells:
                self.start = lineno
            self.cells.extend(line.split("\t")[1:])
        elif not line.strip():
            self.blank_seen = True
            if self.cells and self.complete():
                self.end_row()
            elif self.cells:
                self.cells[-1] += "\n"
        elif self.cells:
            self.cells[-1] += "\n" + line
        elif not self.rows:
            self.preamble.append(line)


def parse_text(text: str, path: str = "<text>") -> ProposalTable:
    """Parse the text export of a proposal table (a string) into cases."""
    _check_text(text, path)
    text = text.lstrip("\ufeff")
    reader = _RowReader()
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")  # as re.split(r"\r\n|\r|\n"), faster
    if "[bookmark:" in text:  # most exports carry no bookmark: no per-line substitution then
        lines = [BOOKMARK.sub("", line) for line in lines]
    feed = reader.feed
    for lineno, line in enumerate(lines, start=1):
        feed(lineno, line)
    reader.end_row()
    doc = apply_metadata(ProposalTable(path=path), reader.preamble)
    raw = RawTable(rows=reader.rows, row_numbers=reader.starts, index=0)
    doc, skipped = parse_tables(doc, [raw])
    if skipped or not reader.rows:
        from extract.readers.errors import no_table_error

        raise no_table_error(path, [raw])
    return doc


def read_text(path: str, encoding: str | None = None) -> ProposalTable:
    """Read a plain-text export from a file."""
    with open(path, "rb") as f:
        data = f.read()
    if not data.strip():
        raise InputError("empty file", path)
    return parse_text(decode_text(data, path, encoding), path)
