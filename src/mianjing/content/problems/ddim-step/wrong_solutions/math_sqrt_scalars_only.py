import math

import torch


def ddim_step(x_t, eps, alpha_bar_t, alpha_bar_prev, eta=0.0, noise=None):
    at, ap = float(alpha_bar_t), float(alpha_bar_prev)
    x0_pred = (x_t - math.sqrt(1 - at) * eps) / math.sqrt(at)
    sigma = eta * math.sqrt((1 - ap) / (1 - at)) * math.sqrt(1 - at / ap)
    x_prev = math.sqrt(ap) * x0_pred + math.sqrt(1 - ap - sigma ** 2) * eps
    if eta > 0:
        x_prev = x_prev + sigma * (torch.randn_like(x_t) if noise is None else noise)
    return x_prev


def cfg_eps(eps_uncond, eps_cond, scale):
    return eps_uncond + scale * (eps_cond - eps_uncond)
