import math

import torch
from torch import nn


class CausalSelfAttention(nn.Module):
    """Keeps every input seen so far and re-projects all of it at each step."""

    def __init__(self, d_model, num_heads):
        super().__init__()
        self.num_heads = num_heads
        self.head_dim = d_model // num_heads
        self.q_proj = nn.Linear(d_model, d_model)
        self.k_proj = nn.Linear(d_model, d_model)
        self.v_proj = nn.Linear(d_model, d_model)
        self.out_proj = nn.Linear(d_model, d_model)
        self.history = None

    def forward(self, x, cache=None):
        B, L, d_model = x.shape
        H, d = self.num_heads, self.head_dim
        if cache is None or self.history is None:
            self.history = x
        else:
            self.history = torch.cat([self.history, x], dim=1)
        T = self.history.shape[1]
        q = self.q_proj(x).view(B, L, H, d).transpose(1, 2)
        k = self.k_proj(self.history).view(B, T, H, d).transpose(1, 2)
        v = self.v_proj(self.history).view(B, T, H, d).transpose(1, 2)
        mask = torch.ones(L, T, dtype=torch.bool).tril(diagonal=T - L)
        scores = (q @ k.transpose(-2, -1) / math.sqrt(d)).masked_fill(~mask, float("-inf"))
        out = torch.softmax(scores, dim=-1) @ v
        return self.out_proj(out.transpose(1, 2).reshape(B, L, d_model)), (k, v)
