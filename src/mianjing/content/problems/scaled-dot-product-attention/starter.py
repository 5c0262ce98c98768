import math

import torch


def scaled_dot_product_attention(q, k, v, mask=None):
    """softmax(q k^T / sqrt(d)) v; mask: bool, True = may attend, broadcastable to (..., Lq, Lk)."""
    raise NotImplementedError
