"""Loading the data files under ``extract/data/`` (read once, cached)."""

from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path
from typing import Any

__all__ = ["DATA_DIR", "load_json"]

DATA_DIR = Path(__file__).parent / "data"


@lru_cache(maxsize=None)
def load_json(name: str) -> Any:
    """The parsed content of ``extract/data/NAME``."""
    with open(DATA_DIR / name, encoding="utf-8") as f:
        return json.load(f)
