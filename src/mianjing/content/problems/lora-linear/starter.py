import math

import torch
from torch import nn


class LoRALinear(nn.Module):
    """y = base(x) + (alpha / r) * (x @ lora_A.T) @ lora_B.T, with base frozen and lora_B = 0 at init."""

    def __init__(self, base: nn.Linear, r: int, alpha: float):
        super().__init__()
        raise NotImplementedError

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        raise NotImplementedError

    def merge(self) -> nn.Linear:
        raise NotImplementedError

    def trainable_parameters(self) -> int:
        raise NotImplementedError
