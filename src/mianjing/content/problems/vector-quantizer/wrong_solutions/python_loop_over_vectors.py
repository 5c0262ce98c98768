import torch
import torch.nn as nn
import torch.nn.functional as F


class VectorQuantizer(nn.Module):
    def __init__(self, num_codes, dim, beta=0.25):
        super().__init__()
        self.dim, self.beta = dim, beta
        self.codebook = nn.Embedding(num_codes, dim)

    def forward(self, z):
        flat = z.reshape(-1, self.dim)
        e = self.codebook.weight
        idx = []
        for v in flat:
            idx.append(int(((e - v) ** 2).sum(1).argmin()))
        indices = torch.tensor(idx, dtype=torch.long)
        z_q = self.codebook(indices).view_as(z)
        loss = F.mse_loss(z_q, z.detach()) + self.beta * F.mse_loss(z, z_q.detach())
        return z + (z_q - z).detach(), loss, indices.view(z.shape[:-1])
