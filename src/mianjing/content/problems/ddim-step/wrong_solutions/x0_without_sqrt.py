import torch


def ddim_step(x_t, eps, alpha_bar_t, alpha_bar_prev, eta=0.0, noise=None):
    x0_pred = (x_t - (1 - alpha_bar_t) * eps) / alpha_bar_t ** 0.5
    sigma = (eta * ((1 - alpha_bar_prev) / (1 - alpha_bar_t)) ** 0.5
             * (1 - alpha_bar_t / alpha_bar_prev) ** 0.5)
    dir_xt = (1 - alpha_bar_prev - sigma ** 2) ** 0.5 * eps     # "direction pointing to x_t"
    x_prev = alpha_bar_prev ** 0.5 * x0_pred + dir_xt
    if eta > 0:
        if noise is None:
            noise = torch.randn_like(x_t)
        x_prev = x_prev + sigma * noise
    return x_prev


def cfg_eps(eps_uncond, eps_cond, scale):
    return eps_uncond + scale * (eps_cond - eps_uncond)
