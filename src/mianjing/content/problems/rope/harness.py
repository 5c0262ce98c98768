import torch


def probe_relative_scores(sub, q, k, positions, shift, base=10000.0):
    """Scores <rope(q, m), rope(k, n)> for all m, n in positions, and again with every
    position moved by shift."""
    q = torch.from_numpy(q)
    k = torch.from_numpy(k)
    n = len(positions)

    def scores(pos):
        p = torch.tensor(pos, dtype=torch.int64)
        rq = sub.apply_rope(q.expand(1, 1, n, -1).contiguous(), p, base)[0, 0]
        rk = sub.apply_rope(k.expand(1, 1, n, -1).contiguous(), p, base)[0, 0]
        return rq @ rk.T

    return scores(positions), scores([p + shift for p in positions])
