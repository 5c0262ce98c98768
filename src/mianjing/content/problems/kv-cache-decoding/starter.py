import math

import torch
from torch import nn


class CausalSelfAttention(nn.Module):
    def __init__(self, d_model, num_heads):
        """q_proj, k_proj, v_proj, out_proj: nn.Linear(d_model, d_model)."""
        super().__init__()
        raise NotImplementedError

    def forward(self, x, cache=None):
        """x: (B, L, d_model), the L newest tokens; cache: None or (k, v), each
        (B, H, T_past, head_dim), for the tokens before them.

        Returns (out, (k, v)): out (B, L, d_model); k, v (B, H, T_past + L, head_dim).
        """
        raise NotImplementedError
