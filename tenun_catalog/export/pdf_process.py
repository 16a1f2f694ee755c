"""Large PDF renders in a spawned process, so the memory of the layout returns to the system.

Owns `run_in_subprocess`: starts a "spawn" process (never fork: the app runs Qt threads) that
opens the library by its folder and runs `pdf.run_job`; progress comes back through a queue
(throttled), cancel goes the other way through an event the parent sets when `cancelled()`
turns true. Errors come back as messages and are raised again here: UserError with both
languages (any failure, described in the child by operations.faults: a full disk, a file
error, or an unexpected error logged there), Cancelled, or, only when even describing failed,
a RuntimeError carrying the child's traceback. A child that dies without a word (killed, out
of memory) is a UserError too. The child holds the lifeline (`tenun_catalog.processes`): it
ends when this process dies.
"""

from __future__ import annotations

import queue as queue_module
import time
import traceback
from collections.abc import Callable
from pathlib import Path

from ..domain.errors import UserError
from ..processes import hold_lifeline, spawn_context
from .context import Cancelled
from .result import RenderResult

Progress = Callable[[int, int], None]
THROTTLE_S = 0.05
SILENCE_LIMIT_S = 600  # no word from the render process for this long: it is stopped


def _child(root: Path, job, messages, stop) -> None:  # runs in the spawned process
    hold_lifeline()  # a killed parent must not leave this render running for minutes
    from .. import operations as ops
    from .pdf import run_job

    last = [0.0]

    def progress(done: int, total: int) -> None:
        now = time.monotonic()
        if done >= total or now - last[0] >= THROTTLE_S:
            last[0] = now
            messages.put(("progress", done, total))

    try:
        with ops.opened(root, create=False) as lib:
            result = run_job(lib, job, progress, stop.is_set)
        messages.put(("done", result))
    except Cancelled:
        messages.put(("cancelled",))
    except UserError as exc:
        messages.put(("error", exc.message_id, exc.message_en))
    except BaseException as exc:  # a full disk, a file error, a bug: the words are made here
        try:  # (the exception itself may not survive pickling; a bug is logged by describe)
            from ..operations.faults import describe

            error = describe(exc, [Path(job.out).parent, Path(root)])
            messages.put(("error", error.message_id, error.message_en))
        except BaseException:
            messages.put(("crash", traceback.format_exc()))


def run_in_subprocess(
    root: Path,
    job,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> RenderResult:
    context = spawn_context()
    messages = context.Queue()
    stop = context.Event()
    process = context.Process(
        target=_child, args=(Path(root), job, messages, stop), name="tenun-render-pdf"
    )
    process.start()
    heard = time.monotonic()
    try:
        while True:
            if cancelled is not None and cancelled():
                stop.set()
            try:
                message = messages.get(timeout=0.1)
            except queue_module.Empty:
                if not process.is_alive():
                    try:  # the last message may arrive just after the process ends
                        message = messages.get(timeout=1.0)
                    except queue_module.Empty:
                        code = process.exitcode
                        raise UserError(
                            f"Proses pembuat PDF berhenti tiba-tiba (kode {code}); mungkin "
                            "memori komputer habis. Tutup program lain atau pilih lebih sedikit "
                            "produk, lalu coba lagi.",
                            f"The PDF maker process stopped suddenly (code {code}); the computer "
                            "may have run out of memory. Close other programs or choose fewer "
                            "products, then try again.",
                        ) from None
                elif time.monotonic() - heard > SILENCE_LIMIT_S:
                    # A backstop: the child's own time limits stop layout and templates; a child
                    # that says nothing this long is stuck inside C code.
                    process.kill()
                    from ..render.pdf import time_limit_error

                    raise time_limit_error(SILENCE_LIMIT_S, 0) from None
                else:
                    continue
            heard = time.monotonic()
            kind = message[0]
            if kind == "progress":
                if progress is not None:
                    progress(message[1], message[2])
            elif kind == "done":
                return message[1]
            elif kind == "cancelled":
                raise Cancelled()
            elif kind == "error":
                raise UserError(message[1], message[2])
            else:
                raise RuntimeError(f"PDF render process failed:\n{message[1]}")
    finally:
        stop.set()
        process.join(timeout=30)
        if process.is_alive():
            process.terminate()
            process.join()
        messages.close()
