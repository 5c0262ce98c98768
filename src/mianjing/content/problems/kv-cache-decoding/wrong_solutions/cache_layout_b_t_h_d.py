import math

import torch
from torch import nn


class CausalSelfAttention(nn.Module):
    """Caches keys/values before the head transpose: (B, T, H, d) instead of (B, H, T, d)."""

    def __init__(self, d_model, num_heads):
        super().__init__()
        self.num_heads = num_heads
        self.head_dim = d_model // num_heads
        self.q_proj = nn.Linear(d_model, d_model)
        self.k_proj = nn.Linear(d_model, d_model)
        self.v_proj = nn.Linear(d_model, d_model)
        self.out_proj = nn.Linear(d_model, d_model)

    def forward(self, x, cache=None):
        B, L, d_model = x.shape
        H, d = self.num_heads, self.head_dim
        q = self.q_proj(x).view(B, L, H, d).transpose(1, 2)
        k = self.k_proj(x).view(B, L, H, d)
        v = self.v_proj(x).view(B, L, H, d)
        if cache is not None:
            k = torch.cat([cache[0], k], dim=1)
            v = torch.cat([cache[1], v], dim=1)
        T = k.shape[1]
        mask = torch.ones(L, T, dtype=torch.bool).tril(diagonal=T - L)
        scores = q @ k.permute(0, 2, 3, 1) / math.sqrt(d)
        scores = scores.masked_fill(~mask, float("-inf"))
        out = torch.softmax(scores, dim=-1) @ v.transpose(1, 2)
        return self.out_proj(out.transpose(1, 2).reshape(B, L, d_model)), (k, v)
