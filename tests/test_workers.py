"""graph.workers.shared_map: helper processes and this one, results in the inputs' order."""

from __future__ import annotations

import multiprocessing
import os
import time

import pytest

from graph.workers import HelperFailed, shared_map


def _square_slowly(x: int) -> tuple[int, int]:
    time.sleep(0.01)
    return x * x, os.getpid()


def _fails_in_a_helper(item: tuple[int, int]) -> int:
    parent, x = item
    time.sleep(0.02)
    if os.getpid() != parent:
        raise ValueError(f"helper cannot take {x}")
    return x


def _dies_in_a_helper(item: tuple[int, int]) -> int:
    parent, x = item
    time.sleep(0.02)
    if os.getpid() != parent:
        os._exit(3)
    return x


def _fails_here(item: tuple[int, int]) -> int:
    parent, x = item
    time.sleep(0.02)
    if os.getpid() == parent:
        raise KeyError(x)
    return x


@pytest.mark.parametrize("jobs", [1, 2, 3])
def test_results_come_in_the_inputs_order_and_every_process_works(jobs):
    out = list(shared_map(_square_slowly, list(range(40)), jobs))
    assert [value for value, _ in out] == [x * x for x in range(40)]
    pids = {pid for _, pid in out}
    assert os.getpid() in pids  # this process reads too
    assert len(pids) == jobs  # and each helper took some


def test_spawned_helpers_give_the_same_results():
    """How helpers start on Windows and macOS: the function and the inputs are pickled."""
    spawn = multiprocessing.get_context("spawn")
    out = list(shared_map(_square_slowly, list(range(12)), 2, context=spawn))
    assert [value for value, _ in out] == [x * x for x in range(12)]


def test_an_exception_in_a_helper_is_raised_with_its_traceback():
    with pytest.raises(HelperFailed, match=r"(?s)failed on input \d+ of 30.*ValueError: helper cannot take"):
        list(shared_map(_fails_in_a_helper, [(os.getpid(), x) for x in range(30)], 2))
    assert not multiprocessing.active_children()


def test_an_exception_here_propagates_as_it_is_and_stops_the_helpers():
    with pytest.raises(KeyError):
        list(shared_map(_fails_here, [(os.getpid(), x) for x in range(30)], 2))
    assert not multiprocessing.active_children()


def test_a_helper_that_dies_is_an_error_not_a_hang():
    with pytest.raises(HelperFailed, match="exit code 3"):
        list(shared_map(_dies_in_a_helper, [(os.getpid(), x) for x in range(30)], 2))


def test_closing_early_stops_the_helpers():
    results = shared_map(_square_slowly, list(range(200)), 3)
    assert next(results)[0] == 0
    results.close()
    assert not multiprocessing.active_children()


def test_results_before_a_failure_are_handed_out_first():
    """As a serial map would: what comes before the failing input is yielded, then it raises."""
    got = []
    with pytest.raises(HelperFailed):
        for value in shared_map(_fails_in_a_helper, [(os.getpid(), x) for x in range(30)], 2):
            got.append(value)
    assert got == list(range(len(got)))
