"""A rich progress bar for corpus builds (on stderr, only when it is a terminal)."""

from __future__ import annotations

import sys
from contextlib import contextmanager
from typing import Any, Callable, Iterator

__all__ = ["file_progress"]


@contextmanager
def file_progress() -> Iterator[Callable[[Any, str, int, int], None]]:
    """Yield a callback ``(input, state, done, total)`` that advances a bar of files read."""
    if not sys.stderr.isatty():
        yield lambda i, state, done, total: None
        return
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    with Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
                  console=Console(stderr=True), transient=True) as bar:
        task = bar.add_task("reading tables", total=None)

        def advance(i: Any, state: str, done: int, total: int) -> None:
            bar.update(task, completed=done, total=total, description=f"{state}: {getattr(i, 'name', i)}")

        yield advance


@contextmanager
def load_progress() -> Iterator[Callable[[str, int, int], None]]:
    """Yield a callback ``(what, done, total)`` for a Neo4j load bar."""
    if not sys.stderr.isatty():
        yield lambda what, done, total: None
        return
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    with Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
                  console=Console(stderr=True), transient=True) as bar:
        task = bar.add_task("loading", total=None)

        def advance(what: str, done: int, total: int) -> None:
            bar.update(task, completed=done, total=total, description=f"loading {what}")

        yield advance
