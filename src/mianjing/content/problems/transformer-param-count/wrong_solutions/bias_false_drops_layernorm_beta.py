def encoder_block_params(d_model, num_heads, d_ff, bias=True):
    # what nn.TransformerEncoderLayer(bias=False) does, not what the statement defines
    if d_model % num_heads:
        raise ValueError("d_model not divisible by num_heads")
    d, b = d_model, int(bias)
    return 4 * (d * d + b * d) + d * d_ff + b * d_ff + d_ff * d + b * d + 2 * (d + b * d)


def attention_flops(seq_len, d_model, num_heads):
    if d_model % num_heads:
        raise ValueError("d_model not divisible by num_heads")
    L, d = seq_len, d_model
    return 8 * L * d * d + 4 * L * L * d
