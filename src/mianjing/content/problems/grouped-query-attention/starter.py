import math

import torch
from torch import nn


class GroupedQueryAttention(nn.Module):
    def __init__(self, d_model, num_heads, num_kv_heads):
        """q_proj: d_model -> d_model; k_proj, v_proj: d_model -> num_kv_heads * head_dim;
        out_proj: d_model -> d_model. All nn.Linear with bias. Raise ValueError if num_heads
        is not a multiple of num_kv_heads."""
        super().__init__()
        raise NotImplementedError

    def forward(self, x, mask=None):
        """x: (B, L, d_model); mask: bool, True = may attend, broadcastable to (B, H, L, L).

        Query head h uses key/value head h // (num_heads // num_kv_heads).
        Returns (B, L, d_model).
        """
        raise NotImplementedError
