import numpy as np
import torch


def _build(sub, weight, beta, dtype):
    num_codes, dim = weight.shape
    vq = sub.VectorQuantizer(num_codes, dim) if beta is None else \
        sub.VectorQuantizer(num_codes, dim, beta=beta)
    if not isinstance(getattr(vq, "codebook", None), torch.nn.Embedding):
        raise TypeError("VectorQuantizer.codebook must be an nn.Embedding(num_codes, dim)")
    vq = vq.to(dtype)
    with torch.no_grad():
        vq.codebook.weight.copy_(torch.from_numpy(weight))
    return vq


def probe_forward(sub, weight, z, beta=None):
    """(z_q, loss, indices) for z built from a NumPy array; the dtype follows z."""
    z = torch.from_numpy(np.asarray(z))
    vq = _build(sub, np.asarray(weight), beta, z.dtype)
    z_q, loss, indices = vq(z)
    return z_q.detach(), loss.detach(), indices


def probe_gradients(sub, weight, z, upstream, beta=None):
    """Gradients reaching z and the codebook from two separate backward passes:
    through z_q alone (upstream gradient `upstream`), and through the loss alone."""
    out = {}
    for name in ("through_z_q", "through_loss"):
        zt = torch.from_numpy(np.asarray(z)).clone().requires_grad_(True)
        vq = _build(sub, np.asarray(weight), beta, zt.dtype)
        z_q, loss, _ = vq(zt)
        if name == "through_z_q":
            (z_q * torch.from_numpy(np.asarray(upstream))).sum().backward()
        else:
            loss.backward()
        grad_e = vq.codebook.weight.grad
        out[name + "_z"] = torch.zeros_like(zt) if zt.grad is None else zt.grad
        out[name + "_codebook"] = torch.zeros_like(vq.codebook.weight) if grad_e is None \
            else grad_e
    return out
