import torch
from torch import nn


class LearnedPositionalEmbedding(nn.Module):
    def __init__(self, max_len, d_model):
        super().__init__()
        self.max_len = max_len
        self.pe = nn.Parameter(torch.zeros(max_len, d_model))

    def forward(self, x):
        L = x.size(1)
        if L >= self.max_len:
            raise ValueError(f"sequence length {L} exceeds max_len {self.max_len}")
        return x + self.pe[:L]
