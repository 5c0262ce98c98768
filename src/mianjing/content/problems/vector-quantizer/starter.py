import torch
import torch.nn as nn
import torch.nn.functional as F


class VectorQuantizer(nn.Module):
    def __init__(self, num_codes, dim, beta=0.25):
        super().__init__()
        self.codebook = nn.Embedding(num_codes, dim)
        raise NotImplementedError

    def forward(self, z):
        """z: (B, N, dim) channels-last -> (z_q, loss, indices); see the statement."""
        raise NotImplementedError
