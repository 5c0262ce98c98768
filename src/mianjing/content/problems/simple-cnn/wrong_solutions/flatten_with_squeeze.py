import torch
import torch.nn as nn
import torch.nn.functional as F


class SimpleCNN(nn.Module):
    def __init__(self, num_classes: int = 10):
        super().__init__()
        self.conv1 = nn.Conv2d(1, 8, kernel_size=3, padding=1)
        self.conv2 = nn.Conv2d(8, 16, kernel_size=3, padding=1)
        self.pool = nn.MaxPool2d(2)
        self.fc1 = nn.Linear(16 * 7 * 7, 64)
        self.fc2 = nn.Linear(64, num_classes)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        x = self.pool(F.relu(self.conv1(x)))      # (N, 8, 14, 14)
        x = self.pool(F.relu(self.conv2(x)))      # (N, 16, 7, 7)
        x = x.view(-1, 784).squeeze()
        x = F.relu(self.fc1(x))                   # (N, 64)
        return self.fc2(x)                        # (N, num_classes) logits
