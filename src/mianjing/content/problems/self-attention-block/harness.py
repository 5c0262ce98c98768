import torch

from mianjing.judge.harness_tools import load_parameters


def _build(sub, d_model, num_heads, d_ff, weights, dtype):
    torch.manual_seed(0)
    m = sub.TransformerBlock(d_model, num_heads, d_ff).to(dtype)
    return load_parameters(m, weights, "expected attributes ln1, attn (with q_proj, k_proj, v_proj, out_proj), ln2, fc1, fc2")


def _mask(mask):
    return None if mask is None else torch.from_numpy(mask)


def probe_forward(sub, d_model, num_heads, d_ff, weights, x, mask=None):
    x = torch.from_numpy(x)
    m = _build(sub, d_model, num_heads, d_ff, weights, x.dtype)
    with torch.no_grad():
        return m(x, _mask(mask))


def probe_backward(sub, d_model, num_heads, d_ff, weights, x, grad_out, mask=None):
    """Gradients of sum(out * grad_out) w.r.t. x and every parameter."""
    x = torch.from_numpy(x).requires_grad_(True)
    m = _build(sub, d_model, num_heads, d_ff, weights, x.dtype)
    (m(x, _mask(mask)) * torch.from_numpy(grad_out)).sum().backward()
    grads = {"x": x.grad}
    for name, p in m.named_parameters():
        grads[name] = p.grad
    return grads


def probe_parameters(sub, d_model, num_heads, d_ff):
    m = sub.TransformerBlock(d_model, num_heads, d_ff)
    return {name: list(p.shape) for name, p in m.named_parameters()}
