"""Error messages shared by the readers."""

from __future__ import annotations

from extract.readers.table import RawTable, known_header_names
from tiangraph.errors import InputError

__all__ = ["no_table_error"]


def no_table_error(path: str, tables: list[RawTable]) -> InputError:
    """An error that lists the headers found and the names tiangraph knows."""
    found: list[str] = []
    for raw in tables:
        for row in raw.rows[:2]:
            found.extend(c.replace("\n", "").strip() for c in row if c.strip())
    known = known_header_names()
    names = "、".join(known["case"] + known["title"][:3] + known["suggestion"][:2])
    what = f"headers found: {' | '.join(found[:12])}" if found else "no table found"
    return InputError(f"no proposal table ({what}); a table needs a case-number column and known headers such as {names}", path)
