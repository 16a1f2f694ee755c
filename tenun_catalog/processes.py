"""Worker processes: how they start, and the lifeline that ends them when their parent dies.

Owns `spawn_context`, `process_pool` and `hold_lifeline`. Every process this package starts
(the PDF render process, the photo and derivative pools, the demo's photo pool) uses the
"spawn" start method (never fork: the app runs Qt threads) and runs `hold_lifeline` first.

Why a lifeline: a pool worker waits on a queue whose write end every worker also holds, so
when the parent is killed (kill -9, a crash, the app's window closed by the system) nothing
ever wakes the worker; the render process keeps laying out pages for minutes; and the
multiprocessing resource tracker lives as long as any of them. The rule: a worker ends within
a second of its parent's death, whatever it is doing. Two mechanisms, because neither covers
every case alone:
- Linux: prctl(PR_SET_PDEATHSIG, SIGKILL), delivered by the kernel even while the worker is
  busy in C code. It follows the parent THREAD that started the worker, so callers start and
  join their workers from one thread (every pool here lives in one `with` block).
- Everywhere: a daemon thread that waits on the parent's sentinel (a pipe end on POSIX, the
  process handle on Windows), which becomes ready only when the parent is gone, then calls
  os._exit (no clean-up: the parent that would receive results no longer exists).
Workers also ignore Ctrl-C: the terminal sends SIGINT to the whole process group, and the
parent alone decides what a cancel means (a worker's KeyboardInterrupt would print a traceback).
"""

from __future__ import annotations

import multiprocessing
import os
import signal
import sys
import threading
from concurrent.futures import ProcessPoolExecutor
from multiprocessing.connection import wait
from multiprocessing.context import SpawnContext

ORPHAN_EXIT_CODE = 75  # what an orphaned worker exits with (EX_TEMPFAIL: nothing was finished)
_PR_SET_PDEATHSIG = 1  # from <linux/prctl.h>


def spawn_context() -> SpawnContext:
    return multiprocessing.get_context("spawn")


class _Pool(ProcessPoolExecutor):
    """Leaving the `with` block by an exception (Ctrl-C, a refused photo) cancels the work not
    yet started: only the tasks already running are waited for, not the whole queue."""

    def __exit__(self, kind, value, tb) -> bool:
        self.shutdown(wait=True, cancel_futures=kind is not None)
        return False


def process_pool(count: int) -> ProcessPoolExecutor:
    """A pool of `count` spawned workers that each hold the lifeline."""
    return _Pool(count, mp_context=spawn_context(), initializer=hold_lifeline)


def hold_lifeline() -> None:
    """Call first in a spawned worker: it exits as soon as its parent process dies."""
    parent = multiprocessing.parent_process()
    if parent is None:  # not a multiprocessing child (called in the main process): nothing to do
        return
    if threading.current_thread() is threading.main_thread():
        signal.signal(signal.SIGINT, signal.SIG_IGN)
    _arm_death_signal()
    if not parent.is_alive():  # it died before the signal was armed
        os._exit(ORPHAN_EXIT_CODE)
    watcher = threading.Thread(
        target=_exit_with, args=(parent.sentinel,), name="tenun-lifeline", daemon=True
    )
    watcher.start()


def _exit_with(sentinel: int) -> None:
    wait([sentinel])  # ready only once the parent is gone
    os._exit(ORPHAN_EXIT_CODE)


def _arm_death_signal() -> None:
    if not sys.platform.startswith("linux"):
        return
    try:
        import ctypes

        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(_PR_SET_PDEATHSIG, int(signal.SIGKILL), 0, 0, 0)
    except (OSError, AttributeError):  # no prctl (an unusual libc): the watcher thread suffices
        pass
