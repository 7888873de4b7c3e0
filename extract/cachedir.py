"""The folder where tiangraph keeps what it can make again (word tables, compiled finders).

``$TIANGRAPH_CACHE_DIR`` if set; else ``%LOCALAPPDATA%\\tiangraph`` on Windows,
``$XDG_CACHE_HOME/tiangraph`` or ``~/.cache/tiangraph`` elsewhere.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

__all__ = ["cache_dir"]


def cache_dir() -> Path | None:
    """Where tiangraph keeps what it can make again (None when no such folder can be named)."""
    explicit = os.environ.get("TIANGRAPH_CACHE_DIR")
    if explicit:
        return Path(explicit)
    if sys.platform == "win32":
        base = os.environ.get("LOCALAPPDATA")
        return Path(base) / "tiangraph" if base else None
    if os.environ.get("XDG_CACHE_HOME"):
        return Path(os.environ["XDG_CACHE_HOME"]) / "tiangraph"
    try:
        return Path.home() / ".cache" / "tiangraph"
    except RuntimeError:  # no home folder can be named
        return None
