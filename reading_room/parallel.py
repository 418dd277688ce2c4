"""One way to spread pure work over forked worker processes, used by every stage that does.

`in_background(func)` runs one more function in a forked process alongside the caller.

Does not: decide what is worth spreading (callers pass their own threshold), or stream
(`pipeline.convert_many` streams converted files to the progress bar itself).
"""
from __future__ import annotations

import gc
import multiprocessing
from contextlib import contextmanager
from typing import Callable, Iterable, Iterator, TypeVar

T = TypeVar("T")


def fork_map(jobs: int, min_items: int = 1) -> Callable[[Callable, Iterable], list]:
    """A `map(func, items)` over `jobs` forked processes, results in order; the plain `map`
    for one job, fewer than `min_items` items, or a platform without fork."""
    def pmap(func: Callable, items: Iterable) -> list:
        items = list(items)
        if jobs <= 1 or len(items) < max(min_items, 2) or "fork" not in multiprocessing.get_all_start_methods():
            return list(map(func, items))
        with _frozen(), multiprocessing.get_context("fork").Pool(min(jobs, len(items))) as pool:
            return pool.map(func, items, chunksize=max(1, len(items) // (jobs * 8)))
    return pmap


@contextmanager
def _frozen() -> Iterator[None]:
    """Fork inside this: frozen objects are skipped by the children's garbage collector, which
    would otherwise touch, and so copy, every page of the parent's memory they inherit."""
    gc.freeze()
    try:
        yield
    finally:
        gc.unfreeze()


def in_background(func: Callable[[], T]) -> Callable[[], T]:
    """Start `func()` in a forked process now; the returned callable waits for it and returns
    its result (or raises its exception).  Without fork, `func` runs when the result is asked.

    The child inherits the caller's memory instead of receiving pickled arguments: only the
    result travels back, so it should be small.
    """
    if "fork" not in multiprocessing.get_all_start_methods():
        return func
    ctx = multiprocessing.get_context("fork")
    reader, writer = ctx.Pipe(duplex=False)

    def child() -> None:
        try:
            outcome = (True, func())
        except BaseException as exc:  # handed to the parent, which raises it
            outcome = (False, exc)
        try:
            writer.send(outcome)
        except Exception as exc:  # an exception that does not pickle
            writer.send((False, RuntimeError(f"{type(outcome[1]).__name__}: {outcome[1]}: {exc}")))

    process = ctx.Process(target=child)
    with _frozen():
        process.start()
    writer.close()

    def result() -> T:
        try:
            ok, value = reader.recv()
        except EOFError:
            process.join()
            raise ChildProcessError(f"the background process (pid {process.pid}) died "
                                    f"with exit code {process.exitcode}") from None
        finally:
            reader.close()
        process.join()
        if not ok:
            raise value
        return value
    return result
