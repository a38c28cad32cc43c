"""Worker processes: how many a run gets by default, how a worker treats the signals that
stop a run (both shared by ``check`` and ``corpus``), and the pool ``check`` spreads files over.

A run small enough to stay in one process (a commit hook's) does not import this module,
nor any multiprocessing machinery.
"""

from __future__ import annotations

import os
import signal
import sys
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import TYPE_CHECKING

from scrapelint.checker import FileReport, FileResult, Mode, report_file
from scrapelint.settings import RuleSet

if TYPE_CHECKING:
    from scrapelint.cache import ResultCache

_STOP_SIGNALS = (signal.SIGINT, signal.SIGTERM)

def default_jobs() -> int:
    """The cores this process may run on: its CPU affinity, not the machine's core count,
    where the system says (a container or ``taskset`` limits it)."""
    usable = getattr(os, "process_cpu_count", None)  # Python 3.13+: also reads PYTHON_CPU_COUNT
    if usable is not None:
        return usable() or 1
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:
        return os.cpu_count() or 1


def prepare_worker() -> None:
    """Run in each worker as it starts.

    Ctrl-C, and SIGTERM sent to the whole process group (by a job scheduler, a container
    runtime, kill -- -PGID), are for the main process, which stops the pool: a worker
    finishes the task it holds. A worker killed while it sends a result would leave a
    partial message in the pipe they share, and the pool would wait for the rest forever.
    A worker started under :func:`stop_signals_held` has both blocked until then.

    A main process that ends without stopping the pool (SIGKILL, the out-of-memory
    killer) takes its workers with it: otherwise they would wait for work forever.
    """
    import multiprocessing
    import threading
    from multiprocessing.connection import wait

    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_IGN)
    if hasattr(signal, "pthread_sigmask"):
        signal.pthread_sigmask(signal.SIG_UNBLOCK, _STOP_SIGNALS)
    parent = multiprocessing.parent_process()
    if parent is not None and parent.sentinel is not None:
        sentinel = parent.sentinel  # readable once the main process is gone

        def end_with_parent() -> None:
            wait([sentinel])
            os._exit(1)

        threading.Thread(target=end_with_parent, daemon=True).start()


@contextmanager
def stop_signals_held() -> Iterator[None]:
    """Ctrl-C and SIGTERM held back, and delivered when the block ends, while workers may
    start (a pool starts one when it is given a task): a worker inherits the signals
    blocked until :func:`prepare_worker` has them ignored. Otherwise a signal sent to the
    process group meanwhile kills a worker in its start-up, and one that interrupts the
    main process while it starts a worker can leave the pool waiting for it forever."""
    if not hasattr(signal, "pthread_sigmask"):
        yield
        return
    blocked = signal.pthread_sigmask(signal.SIG_BLOCK, _STOP_SIGNALS)
    try:
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, blocked)


TASKS_PER_JOB = 64
"""Tasks each worker gets on average: the largest files go first, so the workers finish
together; a worker stops only between tasks. Small tasks, because a worker holds the
next task or two before it starts them, which no other process can take any more: at the
end of a run the others wait for those."""
MAX_TASK_BYTES = 1024 * 1024
"""A task holds at most this much text (or one file), so Ctrl-C stops a run soon."""


def _tasks(sizes: Sequence[int], jobs: int) -> list[list[int]]:
    """The files' indices grouped into tasks of about equal size, the largest files first."""
    target = min(max(sum(sizes) // (jobs * TASKS_PER_JOB), 1), MAX_TASK_BYTES)
    tasks: list[list[int]] = []
    task: list[int] = []
    task_bytes = 0
    for index in sorted(range(len(sizes)), key=sizes.__getitem__, reverse=True):
        task.append(index)
        task_bytes += sizes[index]
        if task_bytes >= target:
            tasks.append(task)
            task, task_bytes = [], 0
    if task:
        tasks.append(task)
    return tasks


def check_in_pool(
    files: Sequence[tuple[str, RuleSet]],
    sizes: Sequence[int],
    mode: Mode,
    unsafe: bool,
    encoding: str | None,
    jobs: int,
    cache: ResultCache | None = None,
) -> Iterator[FileReport]:
    """:func:`scrapelint.checker.check_files` in up to ``jobs`` processes, this one and its
    workers, given the files' sizes: the reports in the order of ``files``, each as soon as
    those before it are ready.

    This process checks the smallest task alone before it starts any worker: the workers
    start as copies of it (where they can), with the patterns and phrase lists those files
    needed already built, which each would otherwise build again, and no core waits long
    for it (the largest file first kept the other cores idle for as long as it took).
    Then it takes its share of the rest, from the smallest files up, while the workers
    take them from the largest down: one worker fewer to start, and no result of its own
    to send."""
    import multiprocessing
    import threading
    from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
    from concurrent.futures.process import BrokenProcessPool

    tasks = _tasks(sizes, jobs)
    reports: dict[int, FileReport] = dict(_check_task_with(files, mode, unsafe, encoding, cache, tasks[-1]))
    next_index = 0
    while next_index in reports:
        yield reports.pop(next_index)
        next_index += 1
    rest = tasks[:-1]
    if not rest:
        return
    # fork: each worker starts with what this process imported and built, at no cost. Not
    # when a thread runs (only the forking thread lives on in the child, and a lock another
    # held stays locked), nor on macOS, whose system libraries do not survive a fork.
    fork = sys.platform != "darwin" and "fork" in multiprocessing.get_all_start_methods()
    context = multiprocessing.get_context("fork" if fork and threading.active_count() == 1 else "spawn")
    terminated = False

    def stop(signum: int, frame: object) -> None:
        nonlocal terminated
        terminated = True
        raise KeyboardInterrupt

    # SIGTERM stops the workers as Ctrl-C does (they ignore both: see prepare_worker);
    # once they have stopped, the process ends by the signal, as a run in one process does.
    # Only the main thread may handle signals.
    handles_signals = threading.current_thread() is threading.main_thread()
    previous = signal.signal(signal.SIGTERM, stop) if handles_signals else None
    pool = ProcessPoolExecutor(
        min(jobs - 1, len(rest)), mp_context=context, initializer=_start_worker, initargs=(files, mode, unsafe, encoding, cache)
    )
    try:
        with stop_signals_held():
            # The largest first: the workers take the tasks in this order.
            queued: list[Future[list[tuple[int, FileReport]]]] = [pool.submit(_check_task, task) for task in rest]
        pending = dict(zip(queued, rest))
        while pending:
            # A task no worker has taken yet can be withdrawn from the pool: this process
            # checks it. Workers take the tasks in order, so once the last one is taken, all are.
            if queued and queued[-1].cancel():
                reports.update(_check_task_with(files, mode, unsafe, encoding, cache, pending.pop(queued.pop())))
                done = [future for future in pending if future.done()]
            else:
                queued = []
                done, _ = wait(pending, return_when=FIRST_COMPLETED)
            for future in done:
                task = pending.pop(future)
                try:
                    reports.update(future.result())
                except BrokenProcessPool:
                    died = "a worker process died (out of memory?)"
                    reports.update((index, FileResult(files[index][0], error=died).report()) for index in task)
            while next_index in reports:
                yield reports.pop(next_index)
                next_index += 1
    finally:
        pool.shutdown(wait=True, cancel_futures=True)
        if handles_signals:
            signal.signal(signal.SIGTERM, previous)
        if terminated:
            os.kill(os.getpid(), signal.SIGTERM)


_WORKER_FILES: tuple[Sequence[tuple[str, RuleSet]], Mode, bool, str | None, ResultCache | None] | None = None


def _start_worker(
    files: Sequence[tuple[str, RuleSet]], mode: Mode, unsafe: bool, encoding: str | None, cache: ResultCache | None
) -> None:
    global _WORKER_FILES
    prepare_worker()
    _WORKER_FILES = (files, mode, unsafe, encoding, cache)


def _check_task(indices: list[int]) -> list[tuple[int, FileReport]]:
    assert _WORKER_FILES is not None
    return _check_task_with(*_WORKER_FILES, indices)


def _check_task_with(
    files: Sequence[tuple[str, RuleSet]],
    mode: Mode,
    unsafe: bool,
    encoding: str | None,
    cache: ResultCache | None,
    indices: list[int],
) -> list[tuple[int, FileReport]]:
    return [(index, report_file(*files[index], mode, unsafe, encoding, cache)) for index in indices]
