"""Accuracy of mentions against a gold file, at the level of links.

A link is a distinct ``(case, type, name)`` (typed) or ``(case, name)`` (untyped).
Names are compared by :func:`~extract.canon.match_key`, so 《》, quote marks, bracket
widths and Traditional characters do not count as differences.

>>> from extract.model import Mention
>>> gold = [{"case": "1", "type": "Unit", "name": "华为"}]
>>> found = [Mention("1", 1, "completed", "Unit", "华为", "华为", 0, 2, "unit:alias")]
>>> evaluate(found, gold).overall.f1
1.0
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable, Mapping

from extract.canon import ENTITY_TYPES, match_key
from extract.model import Mention

__all__ = ["Score", "Report", "read_gold", "evaluate", "format_report", "links"]

Link = tuple[str, ...]


@dataclass(frozen=True)
class Score:
    """Counts and ratios for one slice of the links."""

    true_positives: int
    found: int
    expected: int

    @property
    def precision(self) -> float:
        return self.true_positives / self.found if self.found else 1.0

    @property
    def recall(self) -> float:
        return self.true_positives / self.expected if self.expected else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def to_dict(self) -> dict[str, float | int]:
        """Counts and ratios as plain data."""
        return {"precision": self.precision, "recall": self.recall, "f1": self.f1,
                "tp": self.true_positives, "found": self.found, "gold": self.expected}


@dataclass
class Report:
    """Scores per type and overall, typed and untyped, with the differing links."""

    per_type: dict[str, Score]
    overall: Score
    untyped: Score
    missing: list[Link] = field(default_factory=list)  # in gold, not found
    spurious: list[Link] = field(default_factory=list)  # found, not in gold

    def to_dict(self) -> dict[str, object]:
        """The report as plain data (``tiangraph eval --json``).

        >>> Report({}, Score(1, 1, 1), Score(1, 1, 1)).to_dict()["overall"]["f1"]
        1.0
        """
        return {"per_type": {t: s.to_dict() for t, s in self.per_type.items()}, "overall": self.overall.to_dict(),
                "untyped": self.untyped.to_dict(), "missing": [list(l) for l in self.missing],
                "spurious": [list(l) for l in self.spurious]}


def read_gold(path: str | os.PathLike[str]) -> list[dict[str, str]]:
    """Read a gold JSONL file: one ``{"case", "type", "name"}`` object a line."""
    from tiangraph.errors import InputError

    try:
        lines = Path(path).read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as error:
        raise InputError(f"cannot read gold file: {error}", str(path)) from error
    records = []
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as error:
            raise InputError(f"not a JSON object: {error.msg}", str(path), row=number) from error
        if not isinstance(record, dict) or not {"case", "type", "name"} <= set(record):
            raise InputError('expected {"case": …, "type": …, "name": …}', str(path), row=number)
        records.append({key: str(record[key]) for key in ("case", "type", "name")})
    return records


def links(items: Iterable[Mention | Mapping[str, str]], typed: bool = True) -> set[Link]:
    """The distinct links of mentions or gold records."""
    found = set()
    for item in items:
        case, type_, name = (item.case, item.type, item.name) if isinstance(item, Mention) else (item["case"], item["type"], item["name"])
        key = match_key(name)
        found.add((str(case), type_, key) if typed else (str(case), key))
    return found


def _score(found: set[Link], expected: set[Link]) -> Score:
    return Score(len(found & expected), len(found), len(expected))


def evaluate(mentions: Iterable[Mention], gold: Iterable[Mapping[str, str]]) -> Report:
    """Precision, recall and F1 of ``mentions`` against ``gold``, per type and overall."""
    mentions, gold = list(mentions), list(gold)
    found, expected = links(mentions), links(gold)
    types = list(ENTITY_TYPES) + sorted({link[1] for link in found | expected} - set(ENTITY_TYPES))
    per_type = {t: _score({l for l in found if l[1] == t}, {l for l in expected if l[1] == t}) for t in types}
    return Report(
        per_type=per_type,
        overall=_score(found, expected),
        untyped=_score(links(mentions, typed=False), links(gold, typed=False)),
        missing=sorted(expected - found),
        spurious=sorted(found - expected),
    )


def format_report(report: Report, details: bool = False) -> str:
    """A plain-text table of the report; with ``details``, the differing links too."""
    rows = [("type", "P", "R", "F1", "tp", "found", "gold")]
    named = list(report.per_type.items()) + [("all (typed)", report.overall), ("all (untyped)", report.untyped)]
    for name, s in named:
        rows.append((name, f"{s.precision:.3f}", f"{s.recall:.3f}", f"{s.f1:.3f}", str(s.true_positives), str(s.found), str(s.expected)))
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]))]
    lines = ["  ".join(cell.ljust(widths[i]) if i == 0 else cell.rjust(widths[i]) for i, cell in enumerate(row)) for row in rows]
    if details:
        lines += ["", "missing:"] + ["  " + " | ".join(l) for l in report.missing]
        lines += ["", "spurious:"] + ["  " + " | ".join(l) for l in report.spurious]
    return "\n".join(lines)
