import torch


def ddim_step(x_t, eps, alpha_bar_t, alpha_bar_prev, eta=0.0, noise=None):
    """x_{t-1} from x_t and the predicted noise eps (DDIM, Song et al. 2021, eq. 12)."""
    raise NotImplementedError


def cfg_eps(eps_uncond, eps_cond, scale):
    """Classifier-free guidance: eps_uncond + scale * (eps_cond - eps_uncond)."""
    raise NotImplementedError
