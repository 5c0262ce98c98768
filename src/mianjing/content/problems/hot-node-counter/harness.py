import sys
import threading


def probe_operations(sub, ops):
    """Runs ["add", node], ["add", node, w], ["add_many", [[node, w], ...]], ["top", k] in
    order on one HotCounter; add_many gets a one-shot generator. Returns the top() results."""
    counter = sub.HotCounter()
    out = []
    for op in ops:
        if op[0] == "add":
            counter.add(*op[1:])
        elif op[0] == "add_many":
            counter.add_many((node, w) for node, w in op[1])
        else:
            out.append(counter.top(op[1]))
    return out


def _node_and_weight(nodes, t, i):
    return nodes[(i * 7 + t * 3) % len(nodes)], 1 + (i + t) % 4


def probe_producers(sub, nodes, adders, batchers, rounds, batch_size, readers=0):
    """`adders` threads call add() `rounds` times each; `batchers` threads send the same kind of
    stream through add_many() in generators of `batch_size` items; `readers` threads call top(3)
    meanwhile. A tiny switch interval makes the interpreter switch threads very often, so a
    read-modify-write without a lock loses updates. Returns top(len(nodes))."""
    old = sys.getswitchinterval()
    sys.setswitchinterval(1e-6)
    try:
        counter = sub.HotCounter()
        n_threads = adders + batchers + readers
        start = threading.Barrier(n_threads)
        done = threading.Event()
        errors = []

        def adder(t):
            start.wait()
            for i in range(rounds):
                counter.add(*_node_and_weight(nodes, t, i))

        def batcher(t):
            start.wait()
            for lo in range(0, rounds, batch_size):
                hi = min(lo + batch_size, rounds)
                counter.add_many(_node_and_weight(nodes, t, i) for i in range(lo, hi))

        def reader(t):
            start.wait()
            while not done.is_set():
                counter.top(3)

        def guarded(fn, t):
            try:
                fn(t)
            except BaseException as exc:  # re-raised in the calling thread below
                errors.append(exc)
                start.abort()

        roles = [adder] * adders + [batcher] * batchers
        workers = [threading.Thread(target=guarded, args=(fn, t)) for t, fn in enumerate(roles)]
        watchers = [threading.Thread(target=guarded, args=(reader, -1)) for _ in range(readers)]
        for th in workers + watchers:
            th.start()
        for th in workers:
            th.join()
        done.set()
        for th in watchers:
            th.join()
        if errors:
            raise errors[0]
        return counter.top(len(nodes))
    finally:
        sys.setswitchinterval(old)
