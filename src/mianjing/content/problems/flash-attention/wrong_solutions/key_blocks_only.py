import math

import torch


def flash_attention(q, k, v, causal=False, block_size=64):
    """Online softmax over key tiles, but all Lq queries at once: an (Lq, block_size) strip."""
    Lq, d = q.shape[-2:]
    Lk = k.shape[-2]
    q = q / math.sqrt(d)
    m = torch.full(q.shape[:-1] + (1,), float("-inf"), dtype=q.dtype)
    l = torch.zeros_like(m)
    acc = torch.zeros(q.shape[:-1] + v.shape[-1:], dtype=q.dtype)
    rows = torch.arange(Lq)[:, None]
    for j in range(0, Lk, block_size):
        s = q @ k[..., j:j + block_size, :].transpose(-2, -1)
        if causal:
            s = s.masked_fill(torch.arange(j, j + s.shape[-1])[None, :] > rows, float("-inf"))
        m_new = torch.maximum(m, s.amax(-1, keepdim=True))
        p = torch.exp(s - m_new)
        alpha = torch.exp(m - m_new)
        l = alpha * l + p.sum(-1, keepdim=True)
        acc = alpha * acc + p @ v[..., j:j + block_size, :]
        m = m_new
    return acc / l
