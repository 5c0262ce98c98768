import torch
from torch import nn


class LearnedPositionalEmbedding(nn.Module):
    def __init__(self, max_len: int, d_model: int):
        super().__init__()
        self.max_len = max_len
        self.pos_embed = nn.Parameter(torch.randn(max_len, d_model) * 0.02)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        L = x.size(1)
        if self.max_len < L:
            raise ValueError(f"sequence length {L} exceeds max_len {self.max_len}")
        return x + self.pos_embed[:L]          # (L, d_model) broadcasts over the batch
