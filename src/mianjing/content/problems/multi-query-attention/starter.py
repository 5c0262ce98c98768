import math

import torch
from torch import nn


class MultiQueryAttention(nn.Module):
    def __init__(self, d_model, num_heads):
        """q_proj: d_model -> d_model; k_proj, v_proj: d_model -> head_dim (one shared head);
        out_proj: d_model -> d_model. All nn.Linear with bias."""
        super().__init__()
        raise NotImplementedError

    def forward(self, x, mask=None):
        """x: (B, L, d_model); mask: bool, True = may attend, broadcastable to (B, H, L, L).

        Returns (B, L, d_model).
        """
        raise NotImplementedError
