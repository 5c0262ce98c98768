class _Counted:
    """A comparable value that counts the comparisons it takes part in."""

    __slots__ = ("v", "hits")

    def __init__(self, v):
        self.v = v
        self.hits = 0

    def _other(self, other):
        self.hits += 1
        if isinstance(other, _Counted):
            other.hits += 1
            return other.v
        return other

    def __lt__(self, other):
        return self.v < self._other(other)

    def __le__(self, other):
        return self.v <= self._other(other)

    def __gt__(self, other):
        return self.v > self._other(other)

    def __ge__(self, other):
        return self.v >= self._other(other)

    def __eq__(self, other):
        return self.v == self._other(other)

    def __ne__(self, other):
        return self.v != self._other(other)

    def __hash__(self):
        return hash(self.v)


def probe_partition(sub, values):
    """Sort values wrapped in _Counted; report the order and the most comparisons any single
    element took part in (a partition step compares its pivot with every other element)."""
    items = [_Counted(v) for v in values]
    out = sub.sort_array(list(items))
    return {"values": [x.v if isinstance(x, _Counted) else x for x in out],
            "max_hits": max((x.hits for x in items), default=0)}
