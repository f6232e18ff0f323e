"""The local engine: tasks in worker processes on this machine (or in this process).

The pool is small and explicit so that stopping is exact: every worker has a pipe to
the parent and runs one task at a time. On INT, TERM or HUP (to the parent alone or to
the whole process group) each worker aborts its task (its shard writer and the atomic
writer remove their temporary files) and exits; the parent waits for them for at most
`STOP_SECONDS`, kills what is left, and re-raises. Workers also die with the parent
(Linux parent-death signal) and exit when its pipe closes, so none is ever orphaned. A
worker that dies on its own (out of memory, killed) is replaced and its task retried
once: task outputs have deterministic names and are published atomically, so a retry
never duplicates anything.
"""

from __future__ import annotations

import contextlib
import os
import signal
import sys
import time
from collections.abc import Callable, Iterable, Iterator
from typing import TYPE_CHECKING, Any

from .interrupts import SIGNALS, Interrupted, die_with_parent, raise_on_signals

if TYPE_CHECKING:  # multiprocessing is imported only when a pool runs
    from multiprocessing.connection import Connection

STOP_SECONDS = 2.0
RETRIES = 1


class TaskError(RuntimeError):
    """A task function raised in a worker (a bug: bad input is reported, not raised)."""


def _worker_main(connection: Connection, function: Callable[[Any], Any]) -> None:
    die_with_parent()
    raise_on_signals()
    try:
        while True:
            try:
                message = connection.recv()
            except EOFError:  # the parent is gone
                return
            if message is None:
                return
            index, task = message
            try:
                result = function(task)
            except Exception as exc:  # a task function reports bad input itself: a bug
                result = TaskError(f"{type(exc).__name__}: {exc}")
            connection.send((index, result))
    except Interrupted as stop:
        os._exit(stop.exit_code)  # the task's `with` blocks have cleaned up already
    except (BrokenPipeError, EOFError, ConnectionResetError):
        return


class _Worker:
    def __init__(self, context: Any, function: Callable[[Any], Any]):
        self.connection, child = context.Pipe()
        self.process = context.Process(target=_worker_main, args=(child, function), daemon=True)
        self.process.start()
        child.close()
        self.task: tuple[int, Any] | None = None
        self.tries = 0

    def stop(self) -> None:
        if self.process.is_alive() and self.process.pid is not None:
            with contextlib.suppress(ProcessLookupError):
                os.kill(self.process.pid, signal.SIGTERM)


class LocalEngine:
    """Runs task functions in `jobs` processes (in this process for 1)."""

    name = "local"
    stop_event: str | None = None

    def __init__(self, jobs: int):
        self.jobs = max(1, jobs)
        self.workers = self.jobs

    def __enter__(self) -> LocalEngine:
        return self

    def __exit__(self, *exc: object) -> None:
        pass

    def describe(self) -> str | None:
        return None

    def run(
        self,
        function: Callable[[Any], Any],
        tasks: Iterable[Any],
        failed: Callable[[Any, str], Any],
    ) -> Iterator[Any]:
        """Results as tasks complete (in task order with one job); a task whose worker
        died twice becomes `failed(task, reason)`."""
        pending = list(tasks)
        if self.jobs <= 1 or len(pending) <= 1:
            for task in pending:
                try:
                    result = function(task)
                except Exception as exc:  # a bug: the task's inputs are reported failed
                    result = failed(task, f"{type(exc).__name__}: {exc}")
                yield result
            return
        yield from self._pool(function, pending, failed)

    def _pool(
        self, function: Callable[[Any], Any], tasks: list[Any], failed: Callable[[Any, str], Any]
    ) -> Iterator[Any]:
        import multiprocessing
        from multiprocessing.connection import wait

        context = multiprocessing.get_context("fork" if sys.platform != "win32" else "spawn")
        queue = list(enumerate(tasks))
        queue.reverse()
        workers = [_Worker(context, function) for _ in range(min(self.jobs, len(tasks)))]
        retries: dict[int, int] = {}
        try:
            for worker in workers:
                self._dispatch(worker, queue)
            while any(w.task is not None for w in workers):
                busy = {w.connection: w for w in workers if w.task is not None}
                sentinels = {w.process.sentinel: w for w in busy.values()}
                for ready in wait([*busy, *sentinels], timeout=1.0):
                    worker = busy.get(ready) or sentinels[ready]  # type: ignore[call-overload]
                    if worker.task is None or worker not in workers:  # seen dead already
                        continue
                    if ready is worker.connection:
                        try:
                            _, result = worker.connection.recv()
                        except (EOFError, OSError):
                            result = None
                        else:
                            task = worker.task[1]
                            worker.task = None
                            if isinstance(result, TaskError):
                                result = failed(task, str(result))
                            yield result
                            self._dispatch(worker, queue)
                            continue
                    replacement, gave_up = self._replace(
                        workers, worker, context, function, retries
                    )
                    if gave_up is not None:
                        yield failed(*gave_up)
                        self._dispatch(replacement, queue)
        except BaseException:
            self._stop(workers)
            raise
        for worker in workers:
            with contextlib.suppress(OSError):
                worker.connection.send(None)
        self._join(workers)

    @staticmethod
    def _dispatch(worker: _Worker, queue: list[tuple[int, Any]]) -> None:
        if queue:
            worker.task = queue.pop()
            worker.connection.send(worker.task)

    def _replace(
        self,
        workers: list[_Worker],
        dead: _Worker,
        context: Any,
        function: Callable[[Any], Any],
        retries: dict[int, int],
    ) -> tuple[_Worker, tuple[Any, str] | None]:
        """A worker ended in the middle of a task: stopped by a signal (then the run
        stops too) or died (then a new worker takes its place and retries the task
        once; the second time the task is given up: (task, reason)). Returns the new
        worker and what was given up."""
        dead.process.join(timeout=STOP_SECONDS)
        code = dead.process.exitcode
        if code is not None and code - 128 in {int(s) for s in SIGNALS}:
            raise Interrupted(code - 128)
        assert dead.task is not None
        index, task = dead.task
        dead.task = None
        dead.connection.close()
        replacement = _Worker(context, function)
        workers[workers.index(dead)] = replacement
        retries[index] = retries.get(index, 0) + 1
        if retries[index] > RETRIES:
            reason = f"signal {-code}" if code is not None and code < 0 else f"exit status {code}"
            return replacement, (task, f"the worker process died twice on this batch ({reason})")
        replacement.task = (index, task)
        replacement.connection.send(replacement.task)
        return replacement, None

    def _stop(self, workers: list[_Worker]) -> None:
        for worker in workers:
            worker.stop()
        self._join(workers)

    @staticmethod
    def _join(workers: list[_Worker]) -> None:
        deadline = time.monotonic() + STOP_SECONDS
        for worker in workers:
            worker.process.join(timeout=max(0.0, deadline - time.monotonic()))
        for worker in workers:
            if worker.process.is_alive():
                worker.process.kill()
                worker.process.join(timeout=1.0)
            worker.connection.close()


class _Indexed:
    """A task function that returns its task's index with the result."""

    def __init__(self, function: Callable[[Any], Any]):
        self.function = function

    def __call__(self, indexed: tuple[int, Any]) -> tuple[int, Any]:
        return indexed[0], self.function(indexed[1])


def _raise(task: tuple[int, Any], reason: str) -> Any:
    raise RuntimeError(f"task {task[0]}: {reason}")


def run_tasks(
    function: Callable[[Any], Any],
    tasks: Iterable[Any],
    jobs: int,
    failed: Callable[[Any, str], Any] | None = None,
) -> Iterator[Any]:
    """`function(task)` for every task, in `jobs` processes, results in task order
    (interruptible like every run). A task whose worker died twice gives
    `failed(task, reason)`, or ends the run when `failed` is None."""

    def died(indexed: tuple[int, Any], reason: str) -> tuple[int, Any]:
        if failed is None:
            _raise(indexed, reason)
        return indexed[0], failed(indexed[1], reason)

    results = LocalEngine(jobs).run(_Indexed(function), list(enumerate(tasks)), died)
    waiting: dict[int, Any] = {}
    following = 0
    try:
        for index, result in results:
            waiting[index] = result
            while following in waiting:
                yield waiting.pop(following)
                following += 1
    finally:
        results.close()
