import math

import torch


def flash_attention(q, k, v, causal=False, block_size=64):
    Lq, d = q.shape[-2:]
    Lk = k.shape[-2]
    out = torch.empty(q.shape[:-1] + v.shape[-1:], dtype=q.dtype, device=q.device)
    for i in range(0, Lq, block_size):
        q_i = q[..., i:i + block_size, :] / math.sqrt(d)            # (..., Bq, d)
        rows = torch.arange(i, i + q_i.shape[-2], device=q.device)[:, None]
        m = torch.full(q_i.shape[:-1] + (1,), float("-inf"), dtype=q.dtype, device=q.device)
        l = torch.zeros_like(m)                                      # running sum of exp
        acc = torch.zeros(q_i.shape[:-1] + v.shape[-1:], dtype=q.dtype, device=q.device)
        end = i if causal else Lk           # later blocks are masked
        for j in range(0, end, block_size):
            s = q_i @ k[..., j:j + block_size, :].transpose(-2, -1)  # (..., Bq, Bk)
            if causal and j + s.shape[-1] - 1 > i:                   # block crosses the diagonal
                cols = torch.arange(j, j + s.shape[-1], device=q.device)[None, :]
                s = s.masked_fill(cols > rows, float("-inf"))
            m_new = torch.maximum(m, s.amax(dim=-1, keepdim=True))
            p = torch.exp(s - m_new)
            alpha = torch.exp(m - m_new)                             # rescale the old terms
            l = alpha * l + p.sum(dim=-1, keepdim=True)
            acc = alpha * acc + p @ v[..., j:j + block_size, :]
            m = m_new
        out[..., i:i + block_size, :] = acc / l
    return out
