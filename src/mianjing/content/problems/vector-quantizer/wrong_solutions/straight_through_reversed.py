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
        indices = torch.cdist(flat, self.codebook.weight).argmin(1)
        z_q = self.codebook(indices).view_as(z)
        loss = F.mse_loss(z_q, z.detach()) + self.beta * F.mse_loss(z, z_q.detach())
        # gradient path kept, but the forward value is now z instead of the quantized vector
        return z_q + (z - z_q).detach(), loss, indices.view(z.shape[:-1])
