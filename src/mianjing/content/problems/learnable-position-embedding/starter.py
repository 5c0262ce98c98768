import torch
from torch import nn


class LearnedPositionalEmbedding(nn.Module):
    """Adds a trainable (max_len, d_model) position table to x of shape (B, L, d_model)."""

    def __init__(self, max_len: int, d_model: int):
        super().__init__()
        raise NotImplementedError

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        raise NotImplementedError
