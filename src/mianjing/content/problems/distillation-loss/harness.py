import torch


def probe_grad(sub, student_logits, teacher_logits, labels, T, alpha):
    s = torch.from_numpy(student_logits).requires_grad_(True)
    t = torch.from_numpy(teacher_logits).requires_grad_(True)
    loss = sub.distillation_loss(s, t, torch.from_numpy(labels), T, alpha)
    loss.backward()
    teacher_grad = torch.zeros_like(t) if t.grad is None else t.grad
    return s.grad, teacher_grad
