import torch
import torch.nn as nn
import torch.nn.functional as F


class SimpleCNN(nn.Module):
    def __init__(self, num_classes: int = 10):
        super().__init__()
        # a plain Python list: nn.Module does not see these layers as submodules
        self.layers = [nn.Conv2d(1, 8, 3, padding=1), nn.Conv2d(8, 16, 3, padding=1),
                       nn.Linear(16 * 7 * 7, 64), nn.Linear(64, num_classes)]

    def forward(self, x):
        conv1, conv2, fc1, fc2 = self.layers
        x = F.max_pool2d(F.relu(conv1(x)), 2)
        x = F.max_pool2d(F.relu(conv2(x)), 2)
        return fc2(F.relu(fc1(x.flatten(1))))
