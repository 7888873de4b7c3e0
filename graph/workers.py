"""A map over many inputs by several processes, this one among them, in the inputs' order.

>>> list(shared_map(abs, [-1, 2, -3], jobs=2))
[1, 2, 3]

``jobs - 1`` helper processes and this one take the inputs one at a time from a counter they
share, so each is busy until nothing is left and none waits for another to be handed work. A
helper sends each result back as soon as it has it; this process takes what has come between
inputs of its own, and hands the results out in the inputs' order.

Why not a ``ProcessPoolExecutor``: its helpers are handed each next input by threads of this
process, which wait for the interpreter's lock while this process computes; and a pool whose
caller only waits leaves a core's worth of work to the helpers alone. On two cores the pool gave
a build 1.60×; this gives it more (see the README's "Speed and size").
"""

from __future__ import annotations

import multiprocessing
import queue
import traceback
from typing import Any, Callable, Iterator, Sequence, TypeVar

__all__ = ["shared_map", "HelperFailed"]

T = TypeVar("T")
R = TypeVar("R")

#: How long this process waits for a helper's result before it looks whether the helpers still run.
_PATIENCE = 0.5


class HelperFailed(RuntimeError):
    """A helper process raised, or ended before it sent the results of the inputs it took."""


def _take(counter: Any, n: int) -> int | None:
    """The next input nobody has taken, or None when all are taken."""
    with counter.get_lock():
        index = counter.value
        if index >= n:
            return None
        counter.value = index + 1
        return index


def _helper(fn: Callable[[Any], Any], items: Sequence[Any], counter: Any, results: Any) -> None:
    """A helper's life: take an input, send ``(index, True, fn(input))``, until none is left. An
    exception is sent as ``(index, False, its traceback)`` and ends the helper."""
    while (index := _take(counter, len(items))) is not None:
        try:
            value = fn(items[index])
        except BaseException:  # sent to the caller, which raises it
            results.put((index, False, traceback.format_exc()))
            return
        results.put((index, True, value))


def shared_map(fn: Callable[[T], R], items: Sequence[T], jobs: int,
               context: multiprocessing.context.BaseContext | None = None) -> Iterator[R]:
    """``fn(item)`` for each of ``items``, in order, worked out by ``jobs - 1`` helper processes
    and this one. ``fn`` and the items must be picklable where processes are spawned (Windows,
    macOS); the results always must be.

    An exception in this process propagates as it is; one in a helper is raised here as
    :class:`HelperFailed` with the helper's traceback, when the results before it have been
    handed out, as a serial map would. So is a helper that ends before it sends what it took
    (killed, out of memory). Closing the iterator early stops the helpers.
    """
    n = len(items)
    if jobs <= 1 or n <= 1:
        yield from map(fn, items)
        return
    ctx = context or multiprocessing.get_context()
    counter = ctx.Value("l", 0)
    results = ctx.Queue()
    helpers = [ctx.Process(target=_helper, args=(fn, items, counter, results), daemon=True)
               for _ in range(min(jobs, n) - 1)]
    for process in helpers:
        process.start()
    done: dict[int, tuple[bool, Any]] = {}
    out = 0
    try:
        while out < n:
            while True:  # what the helpers sent meanwhile
                try:
                    index, ok, value = results.get_nowait()
                except queue.Empty:
                    break
                done[index] = (ok, value)
            while out in done:
                ok, value = done.pop(out)
                if not ok:
                    raise HelperFailed(f"a helper process failed on input {out + 1} of {n}:\n{value}")
                out += 1
                yield value
            if out == n:
                break
            index = _take(counter, n)
            if index is not None:
                done[index] = (True, fn(items[index]))
                continue
            try:  # everything is taken: wait for the helpers
                index, ok, value = results.get(timeout=_PATIENCE)
                done[index] = (ok, value)
            except queue.Empty:
                if not any(p.is_alive() for p in helpers) and results.empty():
                    codes = sorted({p.exitcode for p in helpers if p.exitcode})
                    raise HelperFailed(f"a helper process ended (exit code {', '.join(map(str, codes)) or 0}) "
                                       f"before it sent the result of input {out + 1} of {n}") from None
    finally:
        results.close()
        if out < n:  # an error, or the caller stopped early: the helpers' work is not wanted
            for process in helpers:
                process.terminate()
        for process in helpers:
            process.join()
