def encoder_block_params(d_model, num_heads, d_ff, bias=True):
    if d_model % num_heads:
        raise ValueError("d_model not divisible by num_heads")
    d, b = d_model, int(bias)
    return 4 * (d * d + b * d) + d * d_ff + b * d_ff + d_ff * d + b * d + 4 * d


def attention_flops(seq_len, d_model, num_heads):
    if d_model % num_heads:
        raise ValueError("d_model not divisible by num_heads")
    L, d, h = seq_len, d_model, num_heads
    d_h = d / h
    return 8 * L * d * d + h * (2 * L * d_h * L) + h * (2 * L * L * d_h)
