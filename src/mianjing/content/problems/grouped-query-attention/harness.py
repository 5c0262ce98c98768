import torch

from mianjing.judge.harness_tools import load_parameters


def _build(sub, init_args, weights, dtype):
    torch.manual_seed(0)
    m = sub.GroupedQueryAttention(*init_args).to(dtype)
    return load_parameters(m, weights, "q_proj, k_proj, v_proj and out_proj must be nn.Linear attributes")


def _mask(mask):
    return None if mask is None else torch.from_numpy(mask)


def probe_forward(sub, init_args, weights, x, mask=None):
    x = torch.from_numpy(x)
    m = _build(sub, init_args, weights, x.dtype)
    with torch.no_grad():
        return m(x, _mask(mask))


def probe_backward(sub, init_args, weights, x, grad_out, mask=None):
    """Gradients of sum(out * grad_out) w.r.t. x and every parameter."""
    x = torch.from_numpy(x).requires_grad_(True)
    m = _build(sub, init_args, weights, x.dtype)
    (m(x, _mask(mask)) * torch.from_numpy(grad_out)).sum().backward()
    grads = {"x": x.grad}
    for name, p in m.named_parameters():
        grads[name] = p.grad
    return grads


def probe_parameters(sub, init_args):
    m = sub.GroupedQueryAttention(*init_args)
    return {name: list(p.shape) for name, p in m.named_parameters()}


def probe_construct(sub, init_args):
    """'error' when the constructor rejects the arguments with ValueError/AssertionError."""
    try:
        sub.GroupedQueryAttention(*init_args)
    except (ValueError, AssertionError):
        return "error"
    return "no error"
