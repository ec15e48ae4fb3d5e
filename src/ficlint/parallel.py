"""Work shared out to forked worker processes, results in the order of the work."""

from __future__ import annotations

import multiprocessing
import os
from typing import Callable, Iterable, Iterator


def default_jobs() -> int:
    """The number of cores this process may use."""
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1


_WORK: list = []  # the function of the running fork_map, inherited by its forked workers


def _call(item):
    return _WORK[-1](item)


def fork_map(function: Callable, items: list, jobs: int) -> Iterator:
    """`function(item)` for each item, in `jobs` forked processes, yielded in the order of `items`.

    Forked workers see everything this process holds (the project, the grammar results so far,
    `function` itself even when it is a closure), so only the items and the results are pickled.
    With one job, one item, or no fork (Windows), the work is done here.
    """
    if jobs <= 1 or len(items) < 2 or "fork" not in multiprocessing.get_all_start_methods():
        yield from map(function, items)
        return
    _WORK.append(function)
    try:
        with multiprocessing.get_context("fork").Pool(min(jobs, len(items))) as pool:
            yield from pool.imap(_call, items)
    finally:
        _WORK.pop()


def in_order(results: Iterable, order: list[int]) -> list:
    """Results computed in `order` (a permutation of indexes) put back in index order."""
    out: list = [None] * len(order)
    for index, result in zip(order, results):
        out[index] = result
    return out
