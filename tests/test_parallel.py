"""parallel.in_background: a forked function's result (or exception) comes back to the caller."""
import os

import pytest

from reading_room.parallel import fork_map, in_background


def test_background_result_comes_from_another_process():
    parent = os.getpid()
    wait = in_background(lambda: (os.getpid(), sum(range(10))))
    pid, total = wait()
    assert total == 45 and pid != parent


def test_background_exception_is_raised_by_the_caller():
    def fails():
        raise ValueError("bad input file")

    with pytest.raises(ValueError, match="bad input file"):
        in_background(fails)()


def test_background_child_may_fork_its_own_pool():
    # The search index runs in the background and may use fork_map itself.
    wait = in_background(lambda: fork_map(2)(abs, [-1, -2, -3]))
    assert wait() == [1, 2, 3]
