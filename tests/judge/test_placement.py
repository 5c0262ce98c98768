import os
import subprocess
import sys
import threading

import pytest

from mianjing.judge.sandbox import placement

needs_two_cpus = pytest.mark.skipif(len(os.sched_getaffinity(0)) < 2,
                                    reason="placement only moves work between CPUs")


@needs_two_cpus
def test_staying_on_this_cpu_pins_the_thread_and_gives_its_cpus_back():
    before = os.sched_getaffinity(0)
    seen: list[set[int]] = []
    with placement.staying_on_this_cpu():
        seen.append(os.sched_getaffinity(0))
        seen.append({placement.current_cpu()})
    assert len(seen[0]) == 1 and seen[0] == seen[1]
    assert os.sched_getaffinity(0) == before


@needs_two_cpus
def test_staying_on_this_cpu_restores_the_cpus_when_the_body_raises():
    before = os.sched_getaffinity(0)
    with pytest.raises(RuntimeError), placement.staying_on_this_cpu():
        raise RuntimeError("the child broke the protocol")
    assert os.sched_getaffinity(0) == before


@needs_two_cpus
def test_pinning_is_per_thread():
    """Other judge threads (another verdict, the pool's refill) keep every CPU."""
    before = os.sched_getaffinity(0)
    pinned, seen = threading.Event(), []

    def other_thread() -> None:
        pinned.wait(5)
        seen.append(os.sched_getaffinity(0))

    thread = threading.Thread(target=other_thread)
    thread.start()
    with placement.staying_on_this_cpu():
        pinned.set()
        thread.join()
    assert seen == [before]


@needs_two_cpus
def test_a_process_is_kept_off_the_callers_cpu_and_can_widen_again():
    cpus = placement.judge_cpus()
    child = subprocess.Popen([sys.executable, "-c", "import sys; sys.stdin.read()"],
                             stdin=subprocess.PIPE)
    try:
        with placement.staying_on_this_cpu():
            mine = placement.current_cpu()
            placement.keep_off_current_cpu(child.pid, cpus)
            assert os.sched_getaffinity(child.pid) == set(cpus) - {mine}
    finally:
        child.stdin.close()
        child.wait()


def test_widen_ignores_what_is_not_a_list_of_cpus():
    before = os.sched_getaffinity(0)
    for odd in (None, [], "0,1", [-1], [True, "x"], [10**30]):
        placement.widen(odd)
        assert os.sched_getaffinity(0) == before


def test_nothing_moves_without_a_pid():
    placement.keep_off_current_cpu(None, placement.judge_cpus())  # must not raise
