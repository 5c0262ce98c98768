import torch
from torch import nn


def _base(in_features, out_features, bias, dtype, W=None, b=None):
    torch.manual_seed(0)
    base = nn.Linear(in_features, out_features, bias=bias, dtype=getattr(torch, dtype))
    if W is not None:
        with torch.no_grad():
            base.weight.copy_(torch.from_numpy(W))
            if b is not None:
                base.bias.copy_(torch.from_numpy(b))
    return base


def _lora(sub, base, r, alpha, A=None, B=None):
    m = sub.LoRALinear(base, r, alpha)
    if A is not None:
        with torch.no_grad():
            m.lora_A.copy_(torch.from_numpy(A))
            m.lora_B.copy_(torch.from_numpy(B))
    return m


def probe_init(sub, in_features, out_features, r, alpha, bias, x, dtype="float32"):
    base = _base(in_features, out_features, bias, dtype)
    m = _lora(sub, base, r, alpha)
    x = torch.from_numpy(x)
    out = m(x)
    same_as_base = bool(torch.allclose(out.detach(), base(x).detach(), rtol=1e-6, atol=1e-7))
    out.sum().backward()
    return {
        "lora_A_shape": list(m.lora_A.shape),
        "lora_B_shape": list(m.lora_B.shape),
        "lora_A_dtype": str(m.lora_A.dtype),
        "lora_A_nonzero": bool(m.lora_A.detach().abs().sum() > 0),
        "lora_B_zero": bool((m.lora_B.detach() == 0).all()),
        "base_frozen": all(not p.requires_grad for p in base.parameters()),
        "base_weight_grad_is_none": base.weight.grad is None,
        "lora_trainable": bool(m.lora_A.requires_grad and m.lora_B.requires_grad),
        "output_equals_base_at_init": same_as_base,
        "lora_B_gets_gradient_at_init": bool(m.lora_B.grad is not None
                                             and m.lora_B.grad.abs().sum() > 0),
        "trainable_parameters": m.trainable_parameters(),
        "counted_trainable": sum(p.numel() for p in m.parameters() if p.requires_grad),
    }


def probe_forward(sub, r, alpha, W, b, A, B, x):
    out_features, in_features = W.shape
    base = _base(in_features, out_features, b is not None, str(W.dtype), W, b)
    m = _lora(sub, base, r, alpha, A, B)
    return m(torch.from_numpy(x)).detach()


def probe_merge(sub, r, alpha, W, b, A, B, x):
    out_features, in_features = W.shape
    base = _base(in_features, out_features, b is not None, str(W.dtype), W, b)
    m = _lora(sub, base, r, alpha, A, B)
    x = torch.from_numpy(x)
    merged = m.merge()
    if not isinstance(merged, nn.Linear):
        raise AssertionError(f"merge() must return an nn.Linear, got {type(merged).__name__}")
    with torch.no_grad():
        merged_out = merged(x)
        after = m(x)
    base_unchanged = bool(torch.equal(base.weight.detach(), torch.from_numpy(W)))
    return merged_out, after, base_unchanged


def probe_grad(sub, r, alpha, W, b, A, B, x, g):
    out_features, in_features = W.shape
    base = _base(in_features, out_features, b is not None, str(W.dtype), W, b)
    m = _lora(sub, base, r, alpha, A, B)
    (m(torch.from_numpy(x)) * torch.from_numpy(g)).sum().backward()
    none = torch.zeros(0, dtype=m.lora_A.dtype)
    return (none if m.lora_A.grad is None else m.lora_A.grad,
            none if m.lora_B.grad is None else m.lora_B.grad,
            base.weight.grad is None)
