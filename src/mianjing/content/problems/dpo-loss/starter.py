import torch
import torch.nn.functional as F


def dpo_loss(pi_chosen, pi_rejected, ref_chosen, ref_rejected, beta):
    """Inputs: summed sequence log-probs, shape (B,). Returns (loss, chosen_rewards,
    rejected_rewards): a 0-dim loss and two detached (B,) reward tensors."""
    raise NotImplementedError
