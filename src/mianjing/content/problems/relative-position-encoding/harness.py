import torch


def _build(sub, num_units, max_relative_position, table):
    torch.manual_seed(0)
    m = sub.RelativePosition(num_units, max_relative_position)
    param = getattr(m, "embeddings_table", None)
    want = (2 * max_relative_position + 1, num_units)
    if not isinstance(param, torch.nn.Parameter) or tuple(param.shape) != want:
        got = tuple(param.shape) if isinstance(param, torch.Tensor) else type(param).__name__
        raise AssertionError(f"self.embeddings_table must be an nn.Parameter of shape {want}, "
                             f"got {got}")
    with torch.no_grad():
        param.copy_(torch.from_numpy(table))
    return m, param


def probe_forward(sub, num_units, max_relative_position, table, length_q, length_k):
    m, _ = _build(sub, num_units, max_relative_position, table)
    return m(length_q, length_k).detach()


def probe_grad(sub, num_units, max_relative_position, table, length_q, length_k, g):
    m, param = _build(sub, num_units, max_relative_position, table)
    (m(length_q, length_k) * torch.from_numpy(g)).sum().backward()
    return torch.zeros_like(param) if param.grad is None else param.grad


def probe_forward_summary(sub, num_units, max_relative_position, table, length_q, length_k):
    """A large forward pass, returned as row/column sums and a strided sample (small to copy)."""
    m, _ = _build(sub, num_units, max_relative_position, table)
    out = m(length_q, length_k).detach()
    return out.sum(0), out.sum(1), out[::97, ::89].contiguous()
