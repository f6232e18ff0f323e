"""The Dask engine: tasks on a Dask cluster (`dask.distributed`).

Without a scheduler address a `LocalCluster` of worker processes is started on this
machine and stopped at the end (the embedded default); with one, the tasks go to that
cluster (`dask scheduler` and `dask worker` processes on any number of machines, with
dicomproto installed). Workers read their inputs and write their outputs themselves:
what travels through the scheduler is the task (a list of input locations) and its
manifest rows, never file bytes.

Tasks are submitted a window at a time (a few per worker thread), so the scheduler
holds few of them however large the archive. Dask reruns the task of a worker that
died; a task's outputs have deterministic names and are published atomically, so a
rerun replaces, never duplicates. On an interrupt the engine sets a Dask event that
running tasks poll (they abort their shards and stop), waits for them briefly,
cancels the rest and stops the embedded cluster.
"""

from __future__ import annotations

import contextlib
import logging
import os
import signal
import uuid
from collections.abc import Callable, Iterable, Iterator
from typing import Any

from .locations import INSTALL_HINT

STOP_SECONDS = 1.5
TASKS_PER_THREAD = 2


def _signal_plugin() -> Any:
    """A plugin for the embedded cluster's workers: INT, TERM and HUP (a Ctrl-C to the
    process group, or this engine stopping) make their tasks abort and the process exit."""
    from distributed import WorkerPlugin

    class SignalPlugin(WorkerPlugin):
        name = "dicomproto-signals"

        def setup(self, worker: Any) -> None:
            from dicomproto.batch.tasks import stop_on_signals

            with contextlib.suppress(ValueError):  # not the main thread: keep the defaults
                stop_on_signals()

    return SignalPlugin()


class DaskEngine:
    """Runs task functions on a Dask cluster (see the module docstring)."""

    name = "dask"

    def __init__(self, scheduler: str | None = None, workers: int | None = None):
        self.scheduler = scheduler
        self.requested_workers = workers
        self.workers = 1
        self.stop_event: str | None = None
        self.cluster: Any = None
        self.client: Any = None
        self._stack = contextlib.ExitStack()

    def __enter__(self) -> DaskEngine:
        try:
            from distributed import Client, LocalCluster
        except ImportError:
            raise ImportError(f"--engine dask needs dask.distributed ({INSTALL_HINT})") from None
        try:
            if self.scheduler is None:
                import dask

                # The workers' statistical profiler samples every 10 ms: CPU taken from
                # the conversion, for a dashboard view nobody asked for here.
                self._stack.enter_context(
                    dask.config.set({"distributed.worker.profile.enabled": False})
                )
                self.cluster = self._stack.enter_context(
                    LocalCluster(
                        n_workers=self.requested_workers or os.cpu_count() or 1,
                        threads_per_worker=1,
                        processes=True,
                        dashboard_address="127.0.0.1:0",
                        host="127.0.0.1",
                        # the workers' own logs (heartbeats cut short while the cluster
                        # closes, say) are noise here: task failures come back as rows
                        silence_logs=logging.CRITICAL,
                    )
                )
                self.client = self._stack.enter_context(Client(self.cluster))
                self.client.register_plugin(_signal_plugin())
            else:
                logging.getLogger("distributed").setLevel(logging.CRITICAL)
                self.client = self._stack.enter_context(Client(self.scheduler, timeout="10s"))
        except BaseException:
            self._close()
            raise
        if self.scheduler is not None:
            self._check_workers()
        self.workers = max(1, sum(self.client.nthreads().values()))
        self.stop_event = f"dicomproto-stop-{uuid.uuid4().hex}"
        return self

    def _check_workers(self) -> None:
        """Every worker of the cluster must run this dicomproto (tasks import it)."""
        from .runner import RunError

        mine = _dicomproto_version()
        try:
            versions = self.client.run(_dicomproto_version)
        except Exception as exc:
            self._close()
            raise RunError(f"{self.scheduler}: cannot ask the workers: {exc}") from None
        wrong = {worker: found for worker, found in versions.items() if found != mine}
        if wrong:
            self._close()
            worker, found = sorted(wrong.items())[0]
            raise RunError(
                f"{self.scheduler}: worker {worker} has {found}, not dicomproto {mine}"
                f" ({len(wrong)} of {len(versions)} workers differ)"
            )

    def __exit__(self, *exc: object) -> None:
        self._close()

    def _close(self) -> None:
        with contextlib.suppress(Exception):
            self._stack.close()

    def describe(self) -> str | None:
        link = getattr(self.client, "dashboard_link", None)
        where = "a cluster started here" if self.cluster is not None else self.scheduler
        return f"Dask: {self.workers} worker threads on {where}; dashboard {link}"

    def run(
        self,
        function: Callable[[Any], Any],
        tasks: Iterable[Any],
        failed: Callable[[Any, str], Any],
    ) -> Iterator[Any]:
        """Results as tasks complete; a task Dask gave up on (its workers kept dying)
        becomes `failed(task, reason)`."""
        from distributed import Event, as_completed

        queue = list(tasks)
        queue.reverse()
        run_id = uuid.uuid4().hex[:8]
        window = max(2, self.workers * TASKS_PER_THREAD)
        by_key: dict[str, Any] = {}
        running = as_completed()

        def submit() -> None:
            task = queue.pop()
            key = f"{function.__name__}-{run_id}-{getattr(task, 'name', len(by_key))}"
            future = self.client.submit(function, task, key=key, pure=False)
            by_key[future.key] = task
            running.add(future)

        try:
            for _ in range(min(window, len(queue))):
                submit()
            for future in running:
                task = by_key.pop(future.key)
                if future.status == "finished":
                    result = future.result()
                else:
                    error = future.exception()
                    result = failed(task, f"{type(error).__name__}: {error}")
                future.release()
                yield result
                if queue:
                    submit()
        except BaseException:
            self._stop(Event(self.stop_event), list(running.futures))
            raise

    def _stop(self, event: Any, futures: list[Any]) -> None:
        """Ask running tasks to abort, wait for them a little, cancel what is left. The
        embedded cluster's workers are told directly (a signal: their tasks abort at
        the next input and the process exits); another cluster's tasks see the event."""
        from distributed import wait

        if self.cluster is not None:
            # A signal makes the workers' tasks abort at their next input (their
            # processes exit once idle); closing the cluster then restarts none of them.
            for nanny in list(getattr(self.cluster, "workers", {}).values()):
                with contextlib.suppress(ProcessLookupError, PermissionError, TypeError):
                    os.kill(nanny.pid, signal.SIGTERM)
            self._close()
            return
        with contextlib.suppress(Exception):
            event.set()
            wait(futures, timeout=STOP_SECONDS)
        with contextlib.suppress(Exception):
            self.client.cancel(futures, force=True)


def _dicomproto_version() -> str:
    """This process's dicomproto version, or what is wrong with it."""
    try:
        from importlib import metadata

        import dicomproto.batch.tasks  # noqa: F401  (what the tasks need)

        return metadata.version("dicomproto")
    except Exception as exc:
        return f"no usable dicomproto ({type(exc).__name__}: {exc})"
