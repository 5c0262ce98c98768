import torch
import torch.nn as nn
import torch.nn.functional as F


class VectorQuantizer(nn.Module):
    def __init__(self, num_codes, dim, beta=0.25):
        super().__init__()
        self.dim, self.beta = dim, beta
        self.codebook = nn.Embedding(num_codes, dim)
        nn.init.uniform_(self.codebook.weight, -1.0 / num_codes, 1.0 / num_codes)

    def forward(self, z):
        flat = z.reshape(-1, self.dim)                                   # (M, dim)
        e = self.codebook.weight                                         # (K, dim)
        dist = (flat.pow(2).sum(1, keepdim=True) - 2 * flat @ e.t()
                + e.pow(2).sum(1))                                       # (M, K) squared L2
        indices = dist.argmin(dim=1)
        z_q = self.codebook(indices).view_as(z)
        # codebook loss moves e towards sg[z]; commitment loss keeps z near sg[e]
        loss = self.beta * F.mse_loss(z_q, z.detach()) + F.mse_loss(z, z_q.detach())
        z_q = z + (z_q - z).detach()                                     # straight-through
        return z_q, loss, indices.view(z.shape[:-1])
