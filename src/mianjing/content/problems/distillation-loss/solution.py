import torch.nn.functional as F


def distillation_loss(student_logits, teacher_logits, labels, T, alpha):
    log_q = F.log_softmax(student_logits / T, dim=-1)                 # student at temperature T
    log_p = F.log_softmax(teacher_logits.detach() / T, dim=-1)        # teacher, no gradient
    kl = (log_p.exp() * (log_p - log_q)).sum(dim=-1).mean()          # KL(p || q), batch mean
    ce = F.cross_entropy(student_logits, labels)                     # hard labels at T = 1
    return alpha * T**2 * kl + (1 - alpha) * ce
