"""The one exception hierarchy of tiangraph. The CLI turns these into ``Error: …`` and exit 1."""

from __future__ import annotations

__all__ = ["TiangraphError", "InputError", "UsageError", "BackendError"]


class TiangraphError(Exception):
    """Base class of every error tiangraph raises on purpose."""


class InputError(TiangraphError):
    """A file that cannot be read as a proposal table.

    >>> str(InputError("unknown header 'foo'", "a.docx", row=2, column=3))
    "a.docx: table 1, row 2, column 3: unknown header 'foo'"
    """

    def __init__(
        self,
        message: str,
        path: str | None = None,
        row: int | None = None,
        column: int | None = None,
        table: int | None = None,
    ) -> None:
        self.message = message
        self.path = path
        self.row = row
        self.column = column
        self.table = table
        super().__init__(self._format())

    def _format(self) -> str:
        where = []
        if self.table is not None or (self.row is not None and self.path and self.path.endswith((".docx", ".xlsx"))):
            where.append(f"table {(self.table or 0) + 1}")
        if self.row is not None:
            where.append(f"row {self.row}")
        if self.column is not None:
            where.append(f"column {self.column}")
        prefix = self.path or ""
        if where:
            prefix = f"{prefix}: {', '.join(where)}" if prefix else ", ".join(where)
        return f"{prefix}: {self.message}" if prefix else self.message


class UsageError(TiangraphError):
    """A request that names something unknown (a format, a query, a parameter)."""


class BackendError(TiangraphError):
    """A graph store (Neo4j) that cannot be reached or refused the work."""
