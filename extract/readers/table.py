"""From raw table rows (lists of cell strings) to cases: header mapping and row grouping.

Every reader (.txt, .docx, .xlsx) turns its file into :class:`RawTable` objects and hands
them to :func:`parse_tables`, so header synonyms, merged cells and continuation rows are
handled once for all formats.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from extract.model import Case, ProposalTable, Source, Suggestion, is_empty_cell
from extract.resources import load_json
from tiangraph.errors import InputError

__all__ = [
    "RawTable",
    "HeaderMap",
    "match_header",
    "find_header",
    "parse_tables",
    "split_units",
    "classify_proposer",
    "clean_cell",
    "known_header_names",
]

_FIELD_ORDER = ("case", "title", "proposer", "lead", "co", "suggestion", "completed", "advanced", "planned", "remarks")
_PROGRESS = ("completed", "advanced", "planned", "remarks")
#: Longest cell tiangraph reads (characters); a longer one means the file is not a proposal table.
MAX_CELL_CHARS = 200_000
#: Longest text taken as a case number.
MAX_CASE_CHARS = 40


@dataclass
class RawTable:
    """Rows of one table as read from a file, before any interpretation.

    ``rows[i]`` is a list of cell texts; ``row_numbers[i]`` the 1-based line (text) or
    row (docx/xlsx) where it starts; ``continued[i]`` marks, per cell, that the cell is the
    vertical continuation of the cell above (a merged cell), so its text is not new.
    """

    rows: list[list[str]]
    row_numbers: list[int]
    index: int = 0
    continued: list[list[bool]] = field(default_factory=list)


@dataclass
class HeaderMap:
    """Which column holds which field, and how many rows the header takes."""

    columns: dict[str, int]
    header_rows: int
    labels: list[str]
    #: (column index, header text) of named columns tiangraph does not read.
    unread: list[tuple[int, str]] = field(default_factory=list)


_HEADER_NOISE = re.compile(r"[\s（）()【】\[\]:：*＊]")


def _norm_header(text: str) -> str:
    return _HEADER_NOISE.sub("", text)


@lru_cache(maxsize=1)
def _header_names() -> tuple[dict[str, str], tuple[tuple[str, str], ...], int]:
    """headers.json's names: exact name → field, (name, field) longest first, the longest's length."""
    fields = load_json("headers.json")["fields"]
    exact: dict[str, str] = {}
    for fid, names in fields.items():
        for name in names:
            exact.setdefault(name, fid)
    ordered = tuple(sorted(((n, f) for f, names in fields.items() for n in names), key=lambda p: -len(p[0])))
    return exact, ordered, max(len(n) for n, _ in ordered)


def known_header_names() -> dict[str, list[str]]:
    """Field id → the header names tiangraph knows for it."""
    return {k: list(v) for k, v in load_json("headers.json")["fields"].items()}


def match_header(text: str, keywords: bool = True) -> str | None:
    """The field a header cell names, or None.

    A cell that contains no known name falls back to the ordered keywords of
    ``headers.json`` (本年度落实情况 → completed, 下步打算 → planned) unless ``keywords`` is
    false (telling a header row from a data row uses the names alone).

    >>> match_header("承办\\n（主办）"), match_header("提案编号"), match_header("天气")
    ('lead', 'case', None)
    >>> match_header("本年度落实情况"), match_header("下步打算"), match_header("正在推进工作")
    ('completed', 'planned', 'advanced')
    """
    cell = _norm_header(text)
    if not cell:
        return None
    return _match_cell(cell, keywords)


@lru_cache(maxsize=4096)
def _match_cell(cell: str, keywords: bool) -> str | None:
    exact, ordered, longest = _header_names()
    if cell in exact:
        return exact[cell]
    if len(cell) > 3 * longest:
        return None  # a sentence of a data cell, not a header
    for name, fid in ordered:
        if name in cell:
            return fid
    if not keywords or len(cell) > 12:  # a sentence, not a header
        return None
    for word, fid in load_json("headers.json").get("keywords", ()):
        if word in cell:
            return fid
    return None


def _labels(row: list[str], keywords: bool = True) -> list[str | None]:
    return [match_header(c, keywords) for c in row]


@lru_cache(maxsize=1)
def _key_names() -> re.Pattern[str]:
    """A pattern found in a row's text wherever a cell could be labelled case or title.

    Header rows are told by names alone (no keywords), so such a cell's normalised text
    equals or contains a case or title name of headers.json; in the raw text that name's
    characters stand in order with only header noise between them. Names that contain
    another name add nothing to the search and are left out.
    """
    fields = load_json("headers.json")["fields"]
    names = {n for fid in ("case", "title") for n in fields[fid]}
    names = {n for n in names if not any(m != n and m in n for m in names)}
    gap = f"{_HEADER_NOISE.pattern}*"
    return re.compile("|".join(gap.join(map(re.escape, n)) for n in sorted(names)))


def _is_header_row(row: list[str]) -> bool:
    # Nearly every row is data: one search of the row's text rules out a case or title
    # cell without labelling each cell. The cells are joined by NUL, which is neither
    # header noise nor part of a name, so a match never spans two cells.
    if not _key_names().search("\x00".join(row)):
        return False
    cfg = load_json("headers.json")
    labels = [x for x in _labels(row, keywords=False) if x not in (None, "ignore")]
    return len(set(labels)) >= cfg["min_fields"] and any(x in labels for x in ("case", "title"))


def _align_group(top: list[str], sub: list[str]) -> list[str]:
    """Widen a one-cell group header (办理单位) so the first header row lines up with the second."""
    extra = len(sub) - len(top)
    if extra <= 0:
        return top
    out: list[str] = []
    for cell in top:
        out.append(cell)
        if extra > 0 and match_header(cell) == "group":
            out.extend([cell] * extra)
            extra = 0
    return out + [""] * (len(sub) - len(out))


def is_sub_header(row: list[str], width: int) -> bool:
    """True for the second row of a header whose top cell spans several columns
    (办理情况 over 年内已完成事项 / 年内已推动工作 / 下年度拟落实事项): wider than the first row,
    and every filled cell a header name, two at least."""
    filled = [c for c in row if c.strip()]
    return len(row) > width and len(filled) >= 2 and all(match_header(c) for c in filled)


def _spread(top: list[str], sub: list[str]) -> tuple[list[str], list[str | None]]:
    """Widen the top cell over the sub-columns under it; a sub-column's own name wins."""
    first = next(i for i, c in enumerate(sub) if c.strip())
    extra = len(sub) - len(top)
    wide = top[: first + 1] + [top[first]] * extra + top[first + 1 :]
    labels = [match_header(s) if s.strip() else match_header(t) for s, t in zip(sub, wide)]
    return wide, labels


def find_header(rows: list[list[str]]) -> tuple[int, HeaderMap] | None:
    """Locate the header among the first rows: (index of its first row, mapping) or None."""
    for i, row in enumerate(rows[:8]):
        if not _is_header_row(row):
            continue
        top = row
        labels: list[str | None] = _labels(top)
        n_rows = 1
        if "group" in labels and i + 1 < len(rows):
            sub = rows[i + 1]
            sub_labels = _labels(sub)
            if any(x in ("lead", "co") for x in sub_labels):
                top = _align_group(top, sub)
                labels = [s or t for s, t in zip(sub_labels, _labels(top))]
                labels += _labels(top)[len(labels):]
                n_rows = 2
        if n_rows == 1 and i + 1 < len(rows) and is_sub_header(rows[i + 1], len(top)):
            top, labels = _spread(top, rows[i + 1])
            n_rows = 2
        columns: dict[str, int] = {}
        unread: list[tuple[int, str]] = []
        names = [" ".join(c.split()) for c in top]
        for col, lab in enumerate(labels):
            if lab and lab not in ("ignore",) and lab not in columns:
                columns[lab] = col
            elif lab != "ignore" and col < len(names) and names[col] and not (lab == "group" and "group" in columns):
                unread.append((col, names[col]))
        if "group" in columns and "lead" not in columns:
            columns["lead"] = columns.pop("group")
        columns.pop("group", None)
        _fallback_columns(names, columns, unread)
        return i, HeaderMap(columns=columns, header_rows=n_rows, labels=[c.strip() for c in top], unread=unread)
    return None


def _fallback_columns(names: list[str], columns: dict[str, int], unread: list[tuple[int, str]]) -> None:
    """办理结果 is the completed column of a table that has no other (``fallback`` in headers.json)."""
    fallback = load_json("headers.json").get("fallback", {})
    for col, name in enumerate(names):
        fid = fallback.get(_norm_header(name))
        if fid and fid not in columns and col not in columns.values():
            columns[fid] = col
            unread[:] = [u for u in unread if u[0] != col]


def clean_cell(text: str) -> str:
    """A cell's text with paragraphs kept, blank paragraphs and edge spaces dropped."""
    if "\n" not in text and "\r" not in text and "\u3000" not in text:
        return text.strip(" \t\xa0")  # one paragraph, nothing to replace: most cells
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u3000", " ")
    paras = [p.strip(" \t\xa0") for p in text.split("\n")]
    return "\n".join(p for p in paras if p)


_UNIT_SPLIT = re.compile(r"[,，、;；/\n]|[\s\xa0\u3000]+")


def split_units(text: str) -> list[str]:
    """Unit names in a lead/co-handling cell.

    >>> split_units("市交通运输局\\xa0,市政府口岸办公室\\xa0\\xa0,市应急管理局 ")
    ['市交通运输局', '市政府口岸办公室', '市应急管理局']
    """
    out: list[str] = []
    for part in _UNIT_SPLIT.split(text):
        name = part.strip(" \t\xa0\u3000。.")
        if name and not is_empty_cell(name) and name not in out:
            out.append(name)
    return out


_AND_OTHERS = re.compile(r"等\d*人?$|等$")
_CHINESE_NAME = re.compile(r"[\u4e00-\u9fff·]{2,5}")
_LATIN_NAME = re.compile(r"[A-Za-z][A-Za-z .'-]+")


def classify_proposer(name: str) -> str:
    """'person', 'organisation' or 'unknown' for a first proposer.

    >>> classify_proposer("民盟深圳市委会"), classify_proposer("聂竹青"), classify_proposer("")
    ('organisation', 'person', 'unknown')
    """
    name = name.strip()
    if not name:
        return "unknown"
    cfg = load_json("proposers.json")
    if any(w in name for w in cfg["contains"]) or name.endswith(tuple(cfg["suffixes"])):
        return "organisation"
    bare = _AND_OTHERS.sub("", name)
    if _CHINESE_NAME.fullmatch(bare) or _LATIN_NAME.fullmatch(bare):
        return "person"
    return "unknown"


_NUM = re.compile(r"^\s*(?:[（(]\s*([0-9０-９]+|[一二三四五六七八九十]+)\s*[)）]|([0-9０-９]+|[一二三四五六七八九十]+)\s*[.、．,，](?!\d))")
_CN = {c: i for i, c in enumerate("一二三四五六七八九", start=1)}


def _cn_number(s: str) -> int:
    if s.isdigit():
        return int(s)  # int() reads full-width digits (１２) as well
    if s == "十":
        return 10
    if "十" in s:
        tens, _, ones = s.partition("十")
        return _CN.get(tens, 1) * 10 + _CN.get(ones, 0)
    return _CN.get(s, 0)


def suggestion_number(text: str) -> int | None:
    """The number a suggestion starts with ("1." "2、" "（三）"), or None.

    >>> suggestion_number("（三）加强…"), suggestion_number("2、推进"), suggestion_number("通过深度应用5G")
    (3, 2, None)
    """
    m = _NUM.match(text)
    if not m:
        return None
    n = _cn_number(m.group(1) or m.group(2))
    return n or None


_YEAR_PREFIX = re.compile(r"((?:19|20)\d{2})")


def _year_of(case_no: str, fallback: int | None) -> int | None:
    m = _YEAR_PREFIX.match(case_no)
    return int(m.group(1)) if m else fallback


_SPACES = re.compile(r"\s+")


def _cell(row: list[str], columns: dict[str, int], name: str) -> str:
    col = columns.get(name)
    if col is None or col >= len(row):
        return ""
    return clean_cell(row[col])


def _value(text: str) -> str:
    return "" if not text or is_empty_cell(text) else text


class _CaseBuilder:
    """Groups data rows into cases: a row with a new case number opens a case, others continue it."""

    def __init__(self, doc: ProposalTable):
        self.doc = doc
        self.current: Case | None = None
        self.seen: dict[str, Case] = {}

    def add_row(self, raw: RawTable, r: int, columns: dict[str, int], width: int) -> None:
        row = raw.rows[r]
        case_cell = _cell(row, columns, "case")
        self._check(raw, r, columns, width, case_cell)
        cont = raw.continued[r] if raw.continued else [False] * len(row)
        case_no = _SPACES.sub("", case_cell)
        if case_no.endswith(".0") and case_no[:-2].isdigit():
            case_no = case_no[:-2]
        if case_no and (self.current is None or case_no != self.current.case):
            self._open(case_no, row, columns, raw, r)
        elif case_no and self.current is not None:
            self._same_case(row, cont, columns, raw, r)
        elif self.current is None:
            return
        self._add_suggestion(row, cont, columns, raw, r)

    def _check(self, raw: RawTable, r: int, columns: dict[str, int], width: int, case_no: str) -> None:
        """Reject rows that cannot be a table row: too many cells, a huge cell, a case number that is prose.

        ``case_no`` is the row's case cell as :func:`_cell` reads it (the caller needs it too).
        """
        row = raw.rows[r]
        where = {"row": raw.row_numbers[r], "table": raw.index}
        extra = [i for i, c in enumerate(row[width:], start=width) if c.strip()]
        if extra:
            raise InputError(f"row has {len(row)} cells but the header has {width}", self.doc.path, column=extra[0] + 1, **where)
        if row and max(map(len, row)) > MAX_CELL_CHARS:
            col = next(i for i, c in enumerate(row) if len(c) > MAX_CELL_CHARS)  # the first such cell
            raise InputError(f"cell of {len(row[col]):,} characters (more than {MAX_CELL_CHARS:,}); is this a proposal table?",
                             self.doc.path, column=col + 1, **where)
        if len(case_no) > MAX_CASE_CHARS:
            raise InputError(f"case number expected, found text of {len(case_no)} characters: {case_no[:20]!r}…",
                             self.doc.path, column=columns["case"] + 1, **where)

    def _same_case(self, row: list[str], cont: list[bool], columns: dict[str, int], raw: RawTable, r: int) -> None:
        """A row repeating the current case number (a merged cell) must not carry another title."""
        col = columns.get("title")
        title = _value(_cell(row, columns, "title"))
        case = self.current
        if col is None or not title or (col < len(cont) and cont[col]) or case is None or title == case.title:
            return
        raise InputError(f"case {case.case} appears again with another title ({title!r}, first {case.title!r})",
                         self.doc.path, row=raw.row_numbers[r], column=col + 1, table=raw.index)

    def _open(self, case_no: str, row: list[str], columns: dict[str, int], raw: RawTable, r: int) -> None:
        title = _value(_cell(row, columns, "title"))
        if case_no in self.seen:
            earlier = self.seen[case_no]
            if title and earlier.title and title != earlier.title:
                raise InputError(f"case {case_no} appears again with another title ({title!r}, first {earlier.title!r})",
                                 self.doc.path, row=raw.row_numbers[r], column=columns["case"] + 1, table=raw.index)
            self.current = earlier
            return
        proposer = _value(_cell(row, columns, "proposer"))
        case = Case(
            case=case_no,
            year=_year_of(case_no, self.doc.year),
            title=title,
            proposer=proposer,
            proposer_kind=classify_proposer(proposer),  # type: ignore[arg-type]
            lead_units=split_units(_cell(row, columns, "lead")),
            co_units=split_units(_cell(row, columns, "co")),
            source=Source(file=self.doc.path, table=raw.index, rows=()),
        )
        self.seen[case_no] = case
        self.doc.cases.append(case)
        self.current = case

    def _add_suggestion(self, row: list[str], cont: list[bool], columns: dict[str, int], raw: RawTable, r: int) -> None:
        case = self.current
        assert case is not None

        def fresh(name: str) -> str:
            col = columns.get(name)
            if col is None or col >= len(row) or (col < len(cont) and cont[col]):
                return ""
            return _value(clean_cell(row[col]))

        text = fresh("suggestion")
        progress = {k: fresh(k) for k in _PROGRESS}
        if not text and not any(progress.values()):
            return
        used = {s.no for s in case.suggestions}
        no = suggestion_number(text)
        if no is None or no in used:
            no = max(used, default=0) + 1
        sug = Suggestion(no=no, text=text, rows=[raw.row_numbers[r]], **progress)
        case.suggestions.append(sug)
        rows = case.source.rows if case.source else ()
        case.source = Source(file=self.doc.path, table=case.source.table if case.source else raw.index,
                             rows=tuple(rows) + (raw.row_numbers[r],))


def parse_tables(doc: ProposalTable, tables: list[RawTable]) -> tuple[ProposalTable, list[RawTable]]:
    """Fill ``doc.cases`` from the proposal tables among ``tables``.

    Returns the document and the tables that were not recognised (for error messages).
    A table without a header of its own continues the previous one (a table split by a
    page break), and a repeated header row inside a table is skipped.
    """
    builder = _CaseBuilder(doc)
    skipped: list[RawTable] = []
    header: HeaderMap | None = None
    for raw in tables:
        found = find_header(raw.rows)
        start = 0
        if found:
            idx, header = found
            start = idx + header.header_rows
            for col, name in header.unread:
                doc.warnings.append(f"{doc.path}: table {raw.index + 1}, column {col + 1}: “{name}” is not a column "
                                    "tiangraph reads, so its text is left out (add the name to extract/data/headers.json)")
        elif header is None or not raw.rows or len(raw.rows[0]) < max(header.columns.values()) + 1:
            skipped.append(raw)
            continue
        skip = 0
        for r in range(start, len(raw.rows)):
            if skip:
                skip -= 1
                continue
            again = find_header(raw.rows[r:r + 2]) if _is_header_row(raw.rows[r]) else None  # a repeated header
            if again and again[0] == 0:
                header = again[1]
                skip = header.header_rows - 1
                continue
            builder.add_row(raw, r, header.columns, len(header.labels))
    return doc, skipped
