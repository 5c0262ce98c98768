import torch.nn.functional as F


def distillation_loss(student_logits, teacher_logits, labels, T, alpha):
    log_q = F.log_softmax(student_logits / T, dim=-1)
    log_p = F.log_softmax(teacher_logits.detach() / T, dim=-1)
    kl = (log_q.exp() * (log_q - log_p)).sum(dim=-1).mean()          # KL(student || teacher)
    return alpha * T**2 * kl + (1 - alpha) * F.cross_entropy(student_logits, labels)
