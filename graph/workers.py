"""A map over many inputs by several processes, this one among them, in the inputs' order.

>>> list(shared_map(abs, [-1, 2, -3], jobs=2))
[1, 2, 3]

``jobs - 1`` helper processes and this one take the inputs one at a time from a counter they
share, so each is busy until nothing is left and none waits for another to be handed work. A
helper sends each result back as soon as it has it, on a pipe of its own, from a thread of its
own (so that it reads on while this process is busy); this process takes what has come between
inputs of its own, and hands the results out in the inputs' order.

Why not a ``ProcessPoolExecutor``: its helpers are handed each next input by threads of this
process, which wait for the interpreter's lock while this process computes; and a pool whose
caller only waits leaves a core's worth of work to the helpers alone. On two cores the pool gave
a build 1.57–1.61×; this gives it 1.81–1.82× (see the README's "Speed and size").

A helper that ends without sending what it took (killed, out of memory) is an error as soon as it
is seen, not a wait: each has its own pipe, whose end this process sees when the helper is gone.
"""

from __future__ import annotations

import multiprocessing
import pickle
import queue
import threading
import traceback
from multiprocessing.connection import Connection, wait
from typing import Any, Callable, Iterator, Sequence, TypeVar

from tiangraph.errors import TiangraphError

__all__ = ["shared_map", "HelperFailed"]

T = TypeVar("T")
R = TypeVar("R")

#: How long this process waits for a helper (its result, or the counter's lock) before it looks
#: whether the helpers still run.
_PATIENCE = 0.5


class HelperFailed(TiangraphError):
    """A helper process ended before it sent the results of the inputs it took."""


class _RemoteTraceback(Exception):
    """The traceback of an exception raised in a helper, as text (the cause of the exception re-raised here)."""

    def __str__(self) -> str:
        return self.args[0]


def _take(counter: Any, n: int, helpers: Sequence[multiprocessing.process.BaseProcess] = ()) -> int | None:
    """The next input nobody has taken, or None when all are taken. This process does not wait
    for the counter's lock forever: a helper killed while it held it raises :class:`HelperFailed`."""
    lock = counter.get_lock()
    while not lock.acquire(timeout=_PATIENCE):
        _raise_if_dead(helpers)
    try:
        index = counter.value
        if index >= n:
            return None
        counter.value = index + 1
        return index
    finally:
        lock.release()


def _raise_if_dead(helpers: Sequence[multiprocessing.process.BaseProcess]) -> None:
    codes = sorted({p.exitcode for p in helpers if p.exitcode})
    if codes:
        raise HelperFailed(f"a helper process ended unexpectedly (exit code {', '.join(map(str, codes))})")


def _helper(fn: Callable[[Any], Any], items: Sequence[Any], counter: Any, conn: Connection) -> None:
    """A helper's life: take an input, send ``(index, True, fn(input))``, until none is left. An
    exception is sent as ``(index, False, (exception or None, its traceback))`` and ends the helper."""
    outbox: queue.Queue[tuple[int, bool, Any] | None] = queue.Queue()

    def send() -> None:
        while (message := outbox.get()) is not None:
            try:
                conn.send(message)
            except (pickle.PicklingError, TypeError, AttributeError) as e:  # a result that cannot cross is an error, not a lost one
                conn.send((message[0], False, _portable(e)))

    sender = threading.Thread(target=send, daemon=True)
    sender.start()
    try:
        while (index := _take(counter, len(items))) is not None:
            try:
                value = fn(items[index])
            except BaseException as e:  # sent to the caller, which raises it in its place
                outbox.put((index, False, _portable(e)))
                return
            outbox.put((index, True, value))
    finally:
        outbox.put(None)
        sender.join()
        conn.close()


def _portable(e: BaseException) -> tuple[BaseException | None, str]:
    """An exception as it can cross to the caller: itself when it pickles, and its traceback's text."""
    text = "".join(traceback.format_exception(type(e), e, e.__traceback__))
    try:
        pickle.loads(pickle.dumps(e))
        return e, text
    except Exception:
        return None, text


def shared_map(fn: Callable[[T], R], items: Sequence[T], jobs: int,
               context: multiprocessing.context.BaseContext | None = None) -> Iterator[R]:
    """``fn(item)`` for each of ``items``, in order, worked out by ``jobs - 1`` helper processes
    and this one. ``fn`` and the items must be picklable where processes are spawned (Windows,
    macOS); the results always must be.

    An exception, wherever it was raised, comes out where a serial map would raise it: when the
    results before it have been handed out, as itself (a helper's with its traceback as the
    cause), or as :class:`HelperFailed` when it cannot cross between processes. A helper that ends
    before it sends what it took (killed, out of memory) raises :class:`HelperFailed` when seen.
    Closing the iterator early stops the helpers.
    """
    n = len(items)
    if jobs <= 1 or n <= 1:
        yield from map(fn, items)
        return
    ctx = context or multiprocessing.get_context()
    counter = ctx.Value("l", 0)
    helpers: list[multiprocessing.process.BaseProcess] = []
    readers: list[Connection] = []
    done: dict[int, tuple[bool, Any]] = {}
    out = 0
    try:
        for _ in range(min(jobs, n) - 1):
            reader, writer = ctx.Pipe(duplex=False)
            process = ctx.Process(target=_helper, args=(fn, items, counter, writer), daemon=True)
            process.start()
            writer.close()  # this process keeps the reading end only: a helper gone is an end of file
            helpers.append(process)
            readers.append(reader)
        while out < n:
            _raise_if_dead(helpers)
            _receive(readers, done, 0)
            while out in done:
                ok, value = done.pop(out)
                out += 1
                if not ok:
                    _raise_failure(value, out, n)
                yield value
            if out == n:
                break
            index = _take(counter, n, helpers)
            if index is not None:
                try:
                    done[index] = (True, fn(items[index]))
                except Exception as e:  # raised in order, after the results before it
                    done[index] = (False, (e, None))
                continue
            if not _receive(readers, done, _PATIENCE) and not readers:
                for process in helpers:  # their pipes are closed: they are ending, and say how
                    process.join(_PATIENCE)
                _raise_if_dead(helpers)
                raise HelperFailed(f"the helper processes ended before they sent the result of input {out + 1} of {n}")
    finally:
        if out < n:  # an error, or the caller stopped early: the helpers' work is not wanted
            for process in helpers:
                process.terminate()
        for process in helpers:
            process.join()
        for reader in readers:
            reader.close()


def _receive(readers: list[Connection], done: dict[int, tuple[bool, Any]], timeout: float) -> bool:
    """Read what the helpers sent, waiting up to ``timeout`` for something; drop the pipes of
    helpers that have ended. True when anything was read."""
    got = False
    for reader in wait(readers, timeout):
        try:
            index, ok, value = reader.recv()  # type: ignore[union-attr]
        except (EOFError, OSError):
            readers.remove(reader)  # type: ignore[arg-type]
            reader.close()  # type: ignore[union-attr]
            continue
        done[index] = (ok, value)
        got = True
    return got


def _raise_failure(value: tuple[BaseException | None, str | None], position: int, n: int) -> None:
    error, text = value
    if error is not None and text is None:
        raise error  # raised in this process
    if error is not None:
        raise error from _RemoteTraceback(f"\nin a helper process, on input {position} of {n}:\n{text}")
    raise HelperFailed(f"a helper process failed on input {position} of {n}:\n{text}")
