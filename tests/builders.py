"""Build proposal-table fixtures (.docx, .xlsx, .txt) with python-docx and openpyxl."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import docx
from docx.enum.text import WD_BREAK

HEADER_2021 = ["案号", "案由", "第一提案人", "办理单位", "提案意见建议", "当年已完成的事项", "当年已推动的工作", "明年待落实事项", "备注"]
SUBHEADER = ["承办\n（主办）", "分办\n（会办）"]


@dataclass
class TableSpec:
    """One table: header row(s) and data rows (lists of cell texts)."""

    header: list[str]
    rows: list[list[str]]
    group: str | None = None  # a header that spans the sub-columns (办理单位)
    sub: tuple[str, ...] = ()  # the sub-columns under ``group`` (default: 承办（主办）, 分办（会办）)
    merge_case_cells: int = 0  # merge the first N cells vertically over a case's rows
    repeat_header_at: int | None = None  # start a new table with the header again at this row
    extra_paragraphs: list[str] = field(default_factory=list)


def _fill(cell, text: str) -> None:
    paras = text.split("\n")
    cell.text = paras[0]
    for p in paras[1:]:
        cell.add_paragraph(p)


def _add_table(document, spec: TableSpec, rows: list[list[str]]):
    two_rows = spec.group is not None
    subs = list(spec.sub or SUBHEADER)
    ncols = len(spec.header) + (len(subs) - 1 if two_rows else 0)
    table = document.add_table(rows=0, cols=ncols)
    table.style = "Table Grid"
    if two_rows:
        top, sub = table.add_row().cells, table.add_row().cells
        g = spec.header.index(spec.group)
        col = 0
        for name in spec.header:
            if name == spec.group:
                top[col].merge(top[col + len(subs) - 1])
                _fill(top[col], name)
                for k, sub_name in enumerate(subs):
                    _fill(sub[col + k], sub_name)
                col += len(subs)
            else:
                merged = top[col].merge(sub[col])
                _fill(merged, name)
                col += 1
        assert g >= 0
    else:
        cells = table.add_row().cells
        for i, name in enumerate(spec.header):
            _fill(cells[i], name)
    start = len(table.rows)
    for row in rows:
        cells = table.add_row().cells
        for i, text in enumerate(row):
            _fill(cells[i], text)
    if spec.merge_case_cells:
        _merge_cases(table, start, spec.merge_case_cells)
    return table


def _merge_cases(table, start: int, n: int) -> None:
    """Merge the first n cells of each case's rows (a case's later rows have a blank first cell)."""
    rows = table.rows[start:]
    groups: list[list[int]] = []
    for i, row in enumerate(rows):
        if row.cells[0].text.strip():
            groups.append([i])
        elif groups:
            groups[-1].append(i)
    for g in groups:
        if len(g) < 2:
            continue
        for col in range(n):
            top = rows[g[0]].cells[col]
            text = top.text
            merged = top.merge(rows[g[-1]].cells[col])
            for p in list(merged.paragraphs)[1:]:
                p._p.getparent().remove(p._p)
            merged.paragraphs[0].text = text


def make_docx(path: Path, tables: list[TableSpec], title: str = "市交通运输局2022年提案办理情况表",
              unit_line: str = "单位：市交通运输局          整理时间：2022年9月") -> Path:
    """Write a .docx with a title, a unit/date line and the given tables."""
    document = docx.Document()
    document.add_paragraph(title)
    document.add_paragraph(unit_line)
    for spec in tables:
        for p in spec.extra_paragraphs:
            document.add_paragraph(p)
        if spec.repeat_header_at is None:
            _add_table(document, spec, spec.rows)
        else:
            _add_table(document, spec, spec.rows[: spec.repeat_header_at])
            document.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
            _add_table(document, spec, spec.rows[spec.repeat_header_at:])
    document.save(path)
    return path


def make_xlsx(path: Path, header: list[str], rows: list[list[str]], title: str | None = None) -> Path:
    """Write an .xlsx with an optional title row, one header row and the rows."""
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "提案"
    if title:
        ws.append([title])
    ws.append(header)
    for row in rows:
        ws.append(row)
    wb.save(path)
    return path


def make_text(path: Path, header: list[str], rows: list[list[str]], encoding: str = "utf-8",
              preamble: tuple[str, ...] = ("市交通运输局2022年提案工作清单表", "单位：市交通运输局   整理时间：2022年9月")) -> Path:
    """Write a plain-text export: tab-led cells, a blank line after each row."""
    lines = list(preamble)
    for row in [header, *rows]:
        for cell in row:
            paras = cell.split("\n")
            lines.append("\t" + paras[0])
            lines.extend(paras[1:])
        lines.append("")
    path.write_bytes("\r\n".join(lines).encode(encoding))
    return path
