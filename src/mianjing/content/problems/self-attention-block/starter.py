import math

import torch
from torch import nn


class MultiHeadAttention(nn.Module):
    def __init__(self, d_model, num_heads, bias=True):
        """q_proj, k_proj, v_proj, out_proj: nn.Linear(d_model, d_model, bias=bias)."""
        super().__init__()
        raise NotImplementedError

    def forward(self, x, mask=None):
        """x: (B, L, d_model); mask: bool, True = may attend. Returns (B, L, d_model)."""
        raise NotImplementedError


class TransformerBlock(nn.Module):
    def __init__(self, d_model, num_heads, d_ff):
        """ln1, attn (MultiHeadAttention), ln2, fc1: d_model -> d_ff, fc2: d_ff -> d_model."""
        super().__init__()
        raise NotImplementedError

    def forward(self, x, mask=None):
        """Pre-norm: x + attn(ln1(x)), then x + fc2(gelu(fc1(ln2(x)))). Returns (B, L, d_model)."""
        raise NotImplementedError
