import math

import torch
from torch import nn


class CausalSelfAttention(nn.Module):
    def __init__(self, d_model, num_heads):
        super().__init__()
        assert d_model % num_heads == 0
        self.num_heads = num_heads
        self.head_dim = d_model // num_heads
        self.q_proj = nn.Linear(d_model, d_model)
        self.k_proj = nn.Linear(d_model, d_model)
        self.v_proj = nn.Linear(d_model, d_model)
        self.out_proj = nn.Linear(d_model, d_model)

    def forward(self, x, cache=None):
        B, L, d_model = x.shape
        H, d = self.num_heads, self.head_dim
        # only the L new tokens are projected; the past comes from the cache
        q = self.q_proj(x).view(B, L, H, d).transpose(1, 2)    # (B, H, L, d)
        k = self.k_proj(x).view(B, L, H, d).transpose(1, 2)
        v = self.v_proj(x).view(B, L, H, d).transpose(1, 2)
        if cache is not None:
            k_past, v_past = cache                               # (B, H, T_past, d)
            k = torch.cat([k_past, k], dim=2)
            v = torch.cat([v_past, v], dim=2)
        T = k.shape[2]                                           # T_past + L
        # new token i sits at position T - L + i and sees keys 0 .. T - L + i
        mask = torch.ones(T, T, dtype=torch.bool, device=x.device).tril()[T - L:]
        scores = q @ k.transpose(-2, -1) / math.sqrt(d)         # (B, H, L, T)
        scores = scores.masked_fill(~mask, float("-inf"))
        out = torch.softmax(scores, dim=-1) @ v                 # (B, H, L, d)
        out = self.out_proj(out.transpose(1, 2).reshape(B, L, d_model))
        return out, (k, v)
