"""One way to spread pure work over forked worker processes, used by every stage that does.

Does not: decide what is worth spreading (callers pass their own threshold), or stream
(`pipeline.convert_many` streams converted files to the progress bar itself).
"""
from __future__ import annotations

import gc
import multiprocessing
from typing import Callable, Iterable


def fork_map(jobs: int, min_items: int = 1) -> Callable[[Callable, Iterable], list]:
    """A `map(func, items)` over `jobs` forked processes, results in order; the plain `map`
    for one job, fewer than `min_items` items, or a platform without fork."""
    def pmap(func: Callable, items: Iterable) -> list:
        items = list(items)
        if jobs <= 1 or len(items) < max(min_items, 2) or "fork" not in multiprocessing.get_all_start_methods():
            return list(map(func, items))
        # Frozen objects are skipped by the workers' garbage collector, which would otherwise
        # touch, and so copy, every page of the parent's memory they inherit.
        gc.freeze()
        try:
            with multiprocessing.get_context("fork").Pool(min(jobs, len(items))) as pool:
                return pool.map(func, items, chunksize=max(1, len(items) // (jobs * 8)))
        finally:
            gc.unfreeze()
    return pmap
