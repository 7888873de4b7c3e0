"""Typed records for proposal tables: the document, its cases, suggestions and mentions.

Everything downstream (graph, queries, viz) speaks in these types.

>>> s = Suggestion(no=1, text="关于……的建议", completed="", advanced="", planned="", remarks="")
>>> s.status
'none'
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any, Literal

__all__ = [
    "FIELDS",
    "TEXT_FIELDS",
    "STATUS_NORMAL",
    "STATUS_NONE",
    "STATUS_OUTSIDE_REMIT",
    "Suggestion",
    "Case",
    "Source",
    "ProposalTable",
    "Mention",
    "is_empty_cell",
    "is_outside_remit",
]

#: Free-text fields of a case, in table order. ``title`` is the case's 案由.
TEXT_FIELDS: tuple[str, ...] = ("title", "suggestion", "completed", "advanced", "planned", "remarks")
#: Progress fields of a suggestion (the ones that carry status).
FIELDS: tuple[str, ...] = ("completed", "advanced", "planned")

STATUS_NORMAL = "normal"
STATUS_NONE = "none"
STATUS_OUTSIDE_REMIT = "outside_remit"

_EMPTY_WORDS = {"", "无", "無", "/", "—", "-", "——", "无。", "暂无", "無。"}
_OUTSIDE_MARKERS = ("不涉及我局具体职责", "不涉及我局职责", "不属于我局职责", "非我局职责", "不涉及本局具体职责")


def is_empty_cell(text: str) -> bool:
    """True when a cell says nothing: blank, or a status word such as 无."""
    stripped = text.strip()
    return stripped in _EMPTY_WORDS or stripped.strip("。.") in _EMPTY_WORDS


def is_outside_remit(text: str) -> bool:
    """True when a remark marks a suggestion as outside the bureau's remit."""
    if not text or text.isspace():
        return False  # most suggestions have no remark, and every marker has characters
    from extract.canon import to_simplified

    compact = to_simplified("".join(text.split()))
    return any(m in compact for m in _OUTSIDE_MARKERS)


@dataclass
class Suggestion:
    """One numbered suggestion of a case and what was done about it."""

    no: int
    text: str
    completed: str = ""
    advanced: str = ""
    planned: str = ""
    remarks: str = ""
    rows: list[int] = field(default_factory=list)

    @property
    def status(self) -> Literal["normal", "none", "outside_remit"]:
        if is_outside_remit(self.remarks):
            return STATUS_OUTSIDE_REMIT
        if not (self.completed or self.advanced or self.planned):
            return STATUS_NONE
        return STATUS_NORMAL

    def field_text(self, name: str) -> str:
        """The text of one field: ``suggestion`` is the suggestion itself."""
        return self.text if name == "suggestion" else getattr(self, name)

    def to_dict(self) -> dict[str, Any]:
        return {
            "no": self.no,
            "text": self.text,
            "completed": self.completed,
            "advanced": self.advanced,
            "planned": self.planned,
            "remarks": self.remarks,
            "status": self.status,
        }

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> "Suggestion":
        """The inverse of :meth:`to_dict` (``status`` is derived, not read)."""
        return cls(no=d["no"], text=d.get("text", ""), completed=d.get("completed", ""), advanced=d.get("advanced", ""),
                   planned=d.get("planned", ""), remarks=d.get("remarks", ""))


@dataclass(frozen=True)
class Source:
    """Where a case was read: file, table index (0-based) and 1-based row numbers."""

    file: str
    table: int = 0
    rows: tuple[int, ...] = ()


@dataclass
class Case:
    """One proposal (提案) or suggestion (建议) and the bureau's answer to it."""

    case: str
    year: int | None
    title: str
    proposer: str
    proposer_kind: Literal["person", "organisation", "unknown"]
    lead_units: list[str]
    co_units: list[str]
    suggestions: list[Suggestion] = field(default_factory=list)
    source: Source | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "case": self.case,
            "year": self.year,
            "title": self.title,
            "proposer": self.proposer,
            "proposer_kind": self.proposer_kind,
            "lead_units": list(self.lead_units),
            "co_units": list(self.co_units),
            "suggestions": [s.to_dict() for s in self.suggestions],
            "source": asdict(self.source) if self.source else None,
        }

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> "Case":
        """The inverse of :meth:`to_dict`."""
        src = d.get("source")
        return cls(
            case=d["case"], year=d.get("year"), title=d.get("title", ""), proposer=d.get("proposer", ""),
            proposer_kind=d.get("proposer_kind", "unknown"), lead_units=list(d.get("lead_units", [])),
            co_units=list(d.get("co_units", [])),
            suggestions=[Suggestion.from_dict(s) for s in d.get("suggestions", [])],
            source=Source(src["file"], src.get("table", 0), tuple(src.get("rows", ()))) if src else None,
        )


@dataclass
class ProposalTable:
    """A whole document: its metadata and the cases of all its proposal tables."""

    path: str
    title: str = ""
    unit: str = ""
    compiled: str = ""
    year: int | None = None
    cases: list[Case] = field(default_factory=list)
    #: Things the reader noticed but could read past (a column it does not know, …).
    warnings: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        d: dict[str, Any] = {
            "path": self.path,
            "title": self.title,
            "unit": self.unit,
            "compiled": self.compiled,
            "year": self.year,
            "cases": [c.to_dict() for c in self.cases],
        }
        if self.warnings:
            d["warnings"] = list(self.warnings)
        return d

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> "ProposalTable":
        """The inverse of :meth:`to_dict`."""
        return cls(path=d["path"], title=d.get("title", ""), unit=d.get("unit", ""), compiled=d.get("compiled", ""),
                   year=d.get("year"), cases=[Case.from_dict(c) for c in d.get("cases", [])],
                   warnings=list(d.get("warnings", [])))


@dataclass(frozen=True, init=False)
class Mention:
    """One entity mention found in a field of a case, with its evidence.

    ``start``/``end`` are character offsets into the field's text, so
    ``field_text[start:end] == text`` always holds.

    >>> m = Mention("20210001", 1, "completed", "Unit", "市应急管理局", "我局", 3, 5, "unit:self")
    >>> m.name, m.sentence, m == Mention(**m.to_dict())
    ('市应急管理局', '', True)
    >>> m.name = "x"
    Traceback (most recent call last):
    dataclasses.FrozenInstanceError: cannot assign to field 'name'
    """

    case: str
    suggestion: int | None
    field: str
    type: str
    name: str
    text: str
    start: int
    end: int
    rule: str
    sentence: str = ""
    source: str = ""

    def __init__(self, case: str, suggestion: int | None, field: str, type: str, name: str, text: str,
                 start: int, end: int, rule: str, sentence: str = "", source: str = "") -> None:
        # The fields written straight into the instance: a build makes tens of thousands of
        # mentions, and the frozen dataclass's own __init__ (object.__setattr__ per field) took
        # a twentieth of the extraction's time. Assignment afterwards is still refused.
        d = self.__dict__
        d["case"], d["suggestion"], d["field"], d["type"], d["name"] = case, suggestion, field, type, name
        d["text"], d["start"], d["end"], d["rule"], d["sentence"], d["source"] = text, start, end, rule, sentence, source

    def to_dict(self) -> dict[str, Any]:
        return {f: getattr(self, f) for f in _MENTION_FIELDS}

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> "Mention":
        """The inverse of :meth:`to_dict`."""
        return cls(**{k: d[k] for k in cls.__dataclass_fields__ if k in d})

    @classmethod
    def from_stored(cls, d: dict[str, Any], **changes: Any) -> "Mention":
        """:meth:`from_dict` of a dict :meth:`to_dict` wrote (every field, nothing else), with
        ``changes``: its fields are set as pickle sets them, not one by one through the frozen
        dataclass's ``__init__`` (a 10,000-case rebuild makes a quarter of a million).

        >>> m = Mention("1", 1, "completed", "Unit", "市水务局", "市水务局", 0, 4, "r")
        >>> Mention.from_stored(m.to_dict(), source="a.docx") == Mention.from_dict({**m.to_dict(), "source": "a.docx"})
        True
        """
        mention = object.__new__(cls)
        fields = mention.__dict__
        fields.update(d)
        fields.update(changes)
        return mention


_MENTION_FIELDS = tuple(Mention.__dataclass_fields__)
