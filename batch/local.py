"""The local engine: tasks in a process pool on this machine (or in this process)."""

from __future__ import annotations

from collections.abc import Callable, Iterator

from .tasks import Result, Task, quiet


def run_tasks(worker: Callable[[Task], Result], tasks: list[Task], jobs: int) -> Iterator[Result]:
    """Results in task order, computed in `jobs` processes (in this one for 1)."""
    if jobs <= 1 or len(tasks) <= 1:
        for task in tasks:
            yield worker(task)
        return
    from concurrent.futures import ProcessPoolExecutor  # not needed for one job

    chunk = max(1, min(16, len(tasks) // (jobs * 4)))
    with ProcessPoolExecutor(max_workers=jobs, initializer=quiet) as pool:
        yield from pool.map(worker, tasks, chunksize=chunk)
