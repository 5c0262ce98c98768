def encoder_block_params(d_model, num_heads, d_ff, bias=True):
    if d_model % num_heads:
        raise ValueError("d_model not divisible by num_heads")
    d, b = d_model, int(bias)
    return 4 * (d * d + b * d) + d * d_ff + b * d_ff + d_ff * d + b * d + 4 * d


def attention_flops(seq_len, d_model, num_heads):
    if d_model % num_heads:
        raise ValueError("d_model not divisible by num_heads")
    L, d = seq_len, d_model
    return 4 * L * L * d                            # QK^T and PV, no projections
