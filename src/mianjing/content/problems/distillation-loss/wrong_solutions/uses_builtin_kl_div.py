import torch.nn.functional as F


def distillation_loss(student_logits, teacher_logits, labels, T, alpha):
    kl = F.kl_div(F.log_softmax(student_logits / T, dim=-1),
                  F.softmax(teacher_logits.detach() / T, dim=-1), reduction="batchmean")
    return alpha * T**2 * kl + (1 - alpha) * F.cross_entropy(student_logits, labels)
