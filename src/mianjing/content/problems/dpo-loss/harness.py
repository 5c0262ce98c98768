import torch


def probe_backward(sub, pi_chosen, pi_rejected, ref_chosen, ref_rejected, beta):
    """Loss, gradients w.r.t. the policy log-probs, and whether the rewards still track grads."""
    pc = torch.from_numpy(pi_chosen).requires_grad_(True)
    pr = torch.from_numpy(pi_rejected).requires_grad_(True)
    loss, chosen_rewards, rejected_rewards = sub.dpo_loss(
        pc, pr, torch.from_numpy(ref_chosen), torch.from_numpy(ref_rejected), beta)
    loss.backward()
    return {"loss": loss.detach(),
            "grad_pi_chosen": torch.zeros_like(pc) if pc.grad is None else pc.grad,
            "grad_pi_rejected": torch.zeros_like(pr) if pr.grad is None else pr.grad,
            "rewards_require_grad": bool(chosen_rewards.requires_grad
                                         or rejected_rewards.requires_grad)}
