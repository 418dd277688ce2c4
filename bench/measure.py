"""Run one command and measure it from outside: wall time, CPU time, peak memory.

Three memory figures, because a parallel converter is a tree of processes:

* `max_rss_mb` — the largest single process of the tree (`wait4()` rusage, what `/usr/bin/time -v`
  prints as "Maximum resident set size");
* `peak_tree_rss_mb` — the largest *sum* of RSS over the process and all its descendants, sampled
  from /proc every `SAMPLE_S` seconds.  Pages shared by forked workers count once per worker, so
  this errs high;
* `peak_tree_pss_mb` — the same sum of PSS (`/proc/<pid>/smaps_rollup`): each shared page is
  divided among the processes sharing it, so the sum is the memory the tree really holds.  This
  is the figure compared with the memory target.

Measuring must not slow what it measures.  Reading `smaps_rollup` walks the process's page
tables (about 16 µs per MB of RSS here: 0.1 s for the 7 GB tree of a 50,000-article build) and
takes its memory-map lock; read every 0.1 s it made that build a fifth slower.  So PSS is read
at most `PSS_MAX_SHARE` of the time (the next read waits twenty times as long as the last one
took: every 0.5 s at 10,000 articles, about 2.5 s at 50,000), and only when the sum of RSS,
which is cheap to read and never below the sum of PSS, could beat the peak so far.

Nothing here asserts a time: it only records.
"""
from __future__ import annotations

import os
import subprocess
import threading
import time
from dataclasses import asdict, dataclass
from pathlib import Path

SAMPLE_S = 0.1
#: Largest share of one core the PSS reads may take (see the module docstring).
PSS_MAX_SHARE = 0.05
PAGE_KB = os.sysconf("SC_PAGE_SIZE") // 1024


@dataclass
class Run:
    cmd: list
    returncode: int
    wall_s: float
    user_s: float
    sys_s: float
    max_rss_mb: float
    peak_tree_rss_mb: float
    peak_tree_pss_mb: float
    stderr_tail: str

    def as_dict(self) -> dict:
        d = asdict(self)
        d["cmd"] = " ".join(str(c) for c in self.cmd)
        for k in ("wall_s", "user_s", "sys_s", "max_rss_mb", "peak_tree_rss_mb", "peak_tree_pss_mb"):
            d[k] = round(d[k], 3 if k.endswith("_s") else 1)
        return d


def _children(pid: int) -> list[int]:
    out = []
    try:
        for tid in os.listdir(f"/proc/{pid}/task"):
            with open(f"/proc/{pid}/task/{tid}/children") as f:
                out.extend(int(c) for c in f.read().split())
    except (FileNotFoundError, ProcessLookupError, PermissionError):
        pass
    return out


def tree_pids(root: int) -> list[int]:
    """`root` and every live descendant (via /proc/<pid>/task/<tid>/children)."""
    seen, todo = [], [root]
    while todo:
        pid = todo.pop()
        seen.append(pid)
        todo.extend(_children(pid))
    return seen


def rss_kb(pid: int) -> int:
    try:
        with open(f"/proc/{pid}/statm") as f:
            return int(f.read().split()[1]) * PAGE_KB
    except (FileNotFoundError, ProcessLookupError, IndexError):
        return 0


def pss_kb(pid: int) -> int:
    """Proportional set size: shared pages divided among their sharers (0 if unreadable)."""
    try:
        with open(f"/proc/{pid}/smaps_rollup") as f:
            for line in f:
                if line.startswith("Pss:"):
                    return int(line.split()[1])
    except (FileNotFoundError, ProcessLookupError, PermissionError):
        pass
    return 0


def tree_rss_kb(root: int) -> int:
    return sum(rss_kb(p) for p in tree_pids(root))


def tree_memory_kb(root: int) -> tuple[int, int]:
    """(sum of RSS, sum of PSS) over `root` and its descendants."""
    pids = tree_pids(root)
    return sum(rss_kb(p) for p in pids), sum(pss_kb(p) for p in pids)


def run(cmd: list, cwd: Path | str | None = None, env: dict | None = None,
        log: Path | None = None, timeout: float | None = None) -> Run:
    """Run `cmd` to completion and measure it.  stdout/stderr go to `log` (or are discarded)."""
    full_env = dict(os.environ)
    full_env.update(env or {})
    out = open(log, "wb") if log else subprocess.DEVNULL
    peak = [0, 0]
    done = threading.Event()
    t0 = time.perf_counter()
    try:
        p = subprocess.Popen([str(c) for c in cmd], cwd=cwd, env=full_env, stdout=out,
                             stderr=subprocess.STDOUT)

        def sample():
            next_pss = 0.0
            while not done.is_set():
                pids = tree_pids(p.pid)
                rss = sum(rss_kb(pid) for pid in pids)
                peak[0] = max(peak[0], rss)
                now = time.perf_counter()
                if now >= next_pss and rss > peak[1]:  # PSS <= RSS: else no new peak
                    peak[1] = max(peak[1], sum(pss_kb(pid) for pid in pids))
                    next_pss = now + (time.perf_counter() - now) / PSS_MAX_SHARE
                done.wait(SAMPLE_S)

        sampler = threading.Thread(target=sample, daemon=True)
        sampler.start()
        deadline = None if timeout is None else t0 + timeout
        while True:
            pid, status, ru = os.wait4(p.pid, os.WNOHANG)
            if pid:
                break
            if deadline and time.perf_counter() > deadline:
                p.kill()
                pid, status, ru = os.wait4(p.pid, 0)
                break
            time.sleep(0.02)
        wall = time.perf_counter() - t0
        done.set()
        sampler.join()
        p.returncode = os.waitstatus_to_exitcode(status)
    finally:
        if log:
            out.close()
    tail = ""
    if log and p.returncode != 0:
        tail = Path(log).read_text(encoding="utf-8", errors="replace")[-1500:]
    return Run(cmd=list(cmd), returncode=p.returncode, wall_s=wall, user_s=ru.ru_utime,
               sys_s=ru.ru_stime, max_rss_mb=ru.ru_maxrss / 1024,
               peak_tree_rss_mb=max(peak[0], ru.ru_maxrss) / 1024,
               peak_tree_pss_mb=(peak[1] or ru.ru_maxrss) / 1024, stderr_tail=tail)
