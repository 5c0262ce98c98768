import torch
from torch import nn


class RelativePosition(nn.Module):
    def __init__(self, num_units, max_relative_position):
        super().__init__()
        self.K = max_relative_position
        self.embeddings_table = nn.Parameter(torch.randn(2 * max_relative_position + 1, num_units))

    def forward(self, length_q, length_k):
        K = self.K
        index = [[min(max(j - i, -K), K) + K for j in range(length_k)] for i in range(length_q)]
        return self.embeddings_table[torch.tensor(index)]
