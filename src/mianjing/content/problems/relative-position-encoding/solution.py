import torch
from torch import nn


class RelativePosition(nn.Module):
    def __init__(self, num_units: int, max_relative_position: int):
        super().__init__()
        self.max_relative_position = max_relative_position
        self.embeddings_table = nn.Parameter(torch.empty(2 * max_relative_position + 1, num_units))
        nn.init.xavier_uniform_(self.embeddings_table)

    def forward(self, length_q: int, length_k: int) -> torch.Tensor:
        K = self.max_relative_position
        device = self.embeddings_table.device
        i = torch.arange(length_q, device=device)[:, None]
        j = torch.arange(length_k, device=device)[None, :]
        index = torch.clamp(j - i, -K, K) + K          # (length_q, length_k)
        return self.embeddings_table[index]            # (length_q, length_k, num_units)
