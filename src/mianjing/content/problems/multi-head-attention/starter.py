import math

import torch
from torch import nn


class MultiHeadAttention(nn.Module):
    def __init__(self, d_model, num_heads, bias=True):
        """q_proj, k_proj, v_proj, out_proj: nn.Linear(d_model, d_model, bias=bias)."""
        super().__init__()
        raise NotImplementedError

    def forward(self, x, mask=None):
        """x: (B, L, d_model); mask: bool, True = may attend, broadcastable to (B, H, L, L).

        Returns (B, L, d_model).
        """
        raise NotImplementedError
