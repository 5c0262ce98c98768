import torch
from torch import nn


class RelativePosition(nn.Module):
    """embeddings_table: (2K+1, num_units); forward(lq, lk)[i, j] = table[clip(j-i, -K, K) + K]."""

    def __init__(self, num_units: int, max_relative_position: int):
        super().__init__()
        raise NotImplementedError

    def forward(self, length_q: int, length_k: int) -> torch.Tensor:
        raise NotImplementedError
