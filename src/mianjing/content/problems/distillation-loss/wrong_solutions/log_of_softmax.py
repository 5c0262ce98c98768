import torch
import torch.nn.functional as F


def distillation_loss(student_logits, teacher_logits, labels, T, alpha):
    q = torch.softmax(student_logits / T, dim=-1)
    p = torch.softmax(teacher_logits.detach() / T, dim=-1)
    kl = (p * (torch.log(p) - torch.log(q))).sum(dim=-1).mean()
    return alpha * T**2 * kl + (1 - alpha) * F.cross_entropy(student_logits, labels)
