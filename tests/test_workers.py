"""graph.workers.shared_map: helper processes and this one, results in the inputs' order.

The functions below make sure a helper takes an input before this process goes on (a marker file
the helper writes and this process waits for), so that no test depends on how fast processes start.
"""

from __future__ import annotations

import multiprocessing
import os
import signal
import threading
import time
from pathlib import Path

import pytest

from graph.workers import HelperFailed, shared_map


def _wait_for(marker: str, seconds: float = 30.0) -> None:
    deadline = time.monotonic() + seconds
    while not os.path.exists(marker) and time.monotonic() < deadline:
        time.sleep(0.005)


def _square(item: tuple[str, int, int]) -> tuple[int, int]:
    """x², and the process that worked it out; this process waits until a helper has taken one."""
    marker, parent, x = item
    if os.getpid() != parent:
        Path(marker).touch()
    else:
        _wait_for(marker)
    time.sleep(0.002)
    return x * x, os.getpid()


def _fails_in_a_helper(item: tuple[str, int, int]) -> int:
    marker, parent, x = item
    if os.getpid() != parent:
        Path(marker).touch()
        raise ValueError(f"helper cannot take {x}")
    _wait_for(marker)
    return x


def _dies_in_a_helper(item: tuple[str, int, int]) -> int:
    marker, parent, x = item
    if os.getpid() != parent:
        Path(marker).touch()
        os._exit(3)
    _wait_for(marker)
    return x


def _fails_here(item: tuple[str, int, int]) -> int:
    marker, parent, x = item
    if os.getpid() == parent:
        raise KeyError(x)
    time.sleep(0.01)
    return x


_TAKEN: list[int] = []


def _killed_while_sending(item: tuple[str, int, int]) -> bytes:
    """A helper sends a result far larger than a pipe holds, then is killed while this process,
    busy with an input of its own, has not read it."""
    marker, parent, x = item
    if os.getpid() == parent:
        time.sleep(1.0)
        return b""
    _TAKEN.append(x)
    if len(_TAKEN) == 1:
        return b"x" * (20 << 20)
    time.sleep(0.3)
    os.kill(os.getpid(), signal.SIGKILL)
    return b""


def _slow(x: int) -> int:
    time.sleep(0.2)
    return x


def _items(tmp_path: Path, n: int) -> list[tuple[str, int, int]]:
    return [(str(tmp_path / "taken"), os.getpid(), x) for x in range(n)]


@pytest.mark.parametrize("jobs", [1, 2, 3])
def test_results_come_in_the_inputs_order_and_the_work_is_shared(tmp_path, jobs):
    if jobs == 1:
        (tmp_path / "taken").touch()  # no helper will: this process works alone
    out = list(shared_map(_square, _items(tmp_path, 40), jobs))
    assert [value for value, _ in out] == [x * x for x in range(40)]
    pids = {pid for _, pid in out}
    assert os.getpid() in pids  # this process reads too
    assert pids == {os.getpid()} if jobs == 1 else len(pids) >= 2  # and, with helpers, a helper did


def test_spawned_helpers_give_the_same_results(tmp_path):
    """How helpers start on Windows and macOS: the function and the inputs are pickled."""
    spawn = multiprocessing.get_context("spawn")
    out = list(shared_map(_square, _items(tmp_path, 12), 2, context=spawn))
    assert [value for value, _ in out] == [x * x for x in range(12)]
    assert len({pid for _, pid in out}) == 2  # a spawned helper's results came back


def test_an_exception_in_a_helper_is_raised_as_itself_with_its_traceback(tmp_path):
    with pytest.raises(ValueError, match="helper cannot take") as raised:
        list(shared_map(_fails_in_a_helper, _items(tmp_path, 30), 2))
    assert "in a helper process, on input" in str(raised.value.__cause__)
    assert "_fails_in_a_helper" in str(raised.value.__cause__)
    assert not multiprocessing.active_children()


def test_an_exception_here_propagates_as_it_is_and_stops_the_helpers(tmp_path):
    with pytest.raises(KeyError):
        list(shared_map(_fails_here, _items(tmp_path, 30), 2))
    assert not multiprocessing.active_children()


def test_a_helper_that_dies_is_an_error_not_a_hang(tmp_path):
    with pytest.raises(HelperFailed, match="exit code 3"):
        list(shared_map(_dies_in_a_helper, _items(tmp_path, 30), 2))


def test_a_helper_killed_while_it_sends_is_an_error_not_a_hang(tmp_path):
    raised: list[BaseException] = []

    def run() -> None:
        try:
            list(shared_map(_killed_while_sending, _items(tmp_path, 6), 2))
        except BaseException as e:  # noqa: BLE001 - recorded for the assertion below
            raised.append(e)

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    thread.join(60)
    assert not thread.is_alive(), "shared_map hung on a helper killed in the middle of sending"
    assert len(raised) == 1 and isinstance(raised[0], HelperFailed) and f"exit code {-signal.SIGKILL}" in str(raised[0])


def test_closing_early_stops_the_helpers():
    results = shared_map(_slow, list(range(100)), 3)  # about 7 s of work
    assert next(results) == 0
    started = time.monotonic()
    results.close()
    assert time.monotonic() - started < 3  # the helpers were stopped, not waited for
    assert not multiprocessing.active_children()


def test_results_before_a_failure_are_handed_out_first(tmp_path):
    """As a serial map would: what comes before the failing input is yielded, then it raises."""
    got = []
    with pytest.raises(ValueError) as raised:
        for value in shared_map(_fails_in_a_helper, _items(tmp_path, 30), 2):
            got.append(value)
    assert got == list(range(len(got)))
    assert f"on input {len(got) + 1} of 30" in str(raised.value.__cause__)
