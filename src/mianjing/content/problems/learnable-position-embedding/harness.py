import torch


def _build(sub, max_len, d_model, table):
    torch.manual_seed(0)
    m = sub.LearnedPositionalEmbedding(max_len, d_model)
    params = list(m.parameters())
    shapes = [tuple(p.shape) for p in params]
    if shapes != [(max_len, d_model)]:
        raise AssertionError(f"expected exactly one parameter of shape ({max_len}, {d_model}), "
                             f"the module has parameters of shapes {shapes}")
    with torch.no_grad():
        params[0].copy_(torch.from_numpy(table))
    return m, params[0]


def probe_forward(sub, max_len, d_model, table, x):
    m, _ = _build(sub, max_len, d_model, table)
    x = torch.from_numpy(x.copy())
    before = x.clone()
    out = m(x)
    return out.detach(), bool(torch.equal(x, before))


def probe_grad(sub, max_len, d_model, table, x, g):
    m, p = _build(sub, max_len, d_model, table)
    x = torch.from_numpy(x.copy()).requires_grad_(True)
    (m(x) * torch.from_numpy(g)).sum().backward()
    table_grad = torch.zeros(max_len, d_model) if p.grad is None else p.grad
    trainable = sum(q.numel() for q in m.parameters() if q.requires_grad)
    return table_grad, x.grad, trainable


def probe_too_long(sub, max_len, d_model, length):
    torch.manual_seed(0)
    m = sub.LearnedPositionalEmbedding(max_len, d_model)
    try:
        m(torch.zeros(2, length, d_model))
    except Exception as exc:  # noqa: BLE001 - the type of the error is what is checked
        text = str(exc)
        return {"error": type(exc).__name__,
                "message_names_lengths": str(length) in text and str(max_len) in text}
    return {"error": None, "message_names_lengths": False}
