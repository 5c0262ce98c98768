import math
import zlib

import torch
import torch.nn.functional as F


def probe_output_shape(sub, num_classes, batch):
    model = sub.SimpleCNN(num_classes)
    with torch.no_grad():
        out = model(torch.zeros(batch, 1, 28, 28))
    return list(out.shape)


def probe_parameter_shapes(sub, num_classes):
    model = sub.SimpleCNN(num_classes)
    return {name: list(p.shape) for name, p in model.named_parameters()}


def probe_parameter_count(sub, num_classes):
    return int(sum(p.numel() for p in sub.SimpleCNN(num_classes).parameters()))


def probe_forward(sub, num_classes, x, seed):
    """Load fixed weights by parameter name, then run forward on x."""
    model = sub.SimpleCNN(num_classes)
    with torch.no_grad():
        for name, p in model.named_parameters():
            g = torch.Generator().manual_seed(seed + zlib.crc32(name.encode()))
            fan_in = math.prod(p.shape[1:]) if p.dim() > 1 else 100
            p.copy_(torch.randn(p.shape, generator=g) / math.sqrt(fan_in))
        return model(torch.from_numpy(x))


def probe_overfit(sub, seed, steps, lr, batch=16):
    """Adam on one fixed batch with random labels; returns the first and last loss."""
    torch.manual_seed(seed)
    model = sub.SimpleCNN(10)
    g = torch.Generator().manual_seed(seed)
    x = torch.randn(batch, 1, 28, 28, generator=g)
    y = torch.randint(0, 10, (batch,), generator=g)
    opt = torch.optim.Adam(model.parameters(), lr=lr)
    losses = []
    for _ in range(steps):
        loss = F.cross_entropy(model(x), y)
        opt.zero_grad()
        loss.backward()
        opt.step()
        losses.append(loss.item())
    return {"first": losses[0], "last": losses[-1]}
