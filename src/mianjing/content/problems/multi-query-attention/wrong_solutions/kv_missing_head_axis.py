import math

import torch
from torch import nn


class MultiQueryAttention(nn.Module):
    def __init__(self, d_model, num_heads):
        super().__init__()
        assert d_model % num_heads == 0
        self.num_heads = num_heads
        self.head_dim = d_model // num_heads
        self.q_proj = nn.Linear(d_model, d_model)
        self.k_proj = nn.Linear(d_model, self.head_dim)   # one key head shared by all heads
        self.v_proj = nn.Linear(d_model, self.head_dim)   # one value head shared by all heads
        self.out_proj = nn.Linear(d_model, d_model)

    def forward(self, x, mask=None):
        B, L, d_model = x.shape
        H, d = self.num_heads, self.head_dim
        q = self.q_proj(x).view(B, L, H, d).transpose(1, 2)   # (B, H, L, d)
        k = self.k_proj(x)                        # (B, 1, L, d)
        v = self.v_proj(x)                        # (B, 1, L, d)
        scores = q @ k.transpose(-2, -1) / math.sqrt(d)       # broadcast over heads: (B, H, L, L)
        if mask is not None:
            scores = scores.masked_fill(~mask, float("-inf"))
        out = torch.softmax(scores, dim=-1) @ v               # (B, H, L, d)
        return self.out_proj(out.transpose(1, 2).reshape(B, L, d_model))
