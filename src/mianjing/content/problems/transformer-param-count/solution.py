def _check_heads(d_model: int, num_heads: int) -> None:
    if d_model % num_heads != 0:
        raise ValueError(f"d_model={d_model} is not divisible by num_heads={num_heads}")


def encoder_block_params(d_model: int, num_heads: int, d_ff: int, bias: bool = True) -> int:
    _check_heads(d_model, num_heads)
    d = d_model
    b = 1 if bias else 0
    attention = 4 * (d * d + b * d)                          # W_Q, W_K, W_V, W_O
    ffn = (d * d_ff + b * d_ff) + (d_ff * d + b * d)        # d -> d_ff -> d
    layer_norms = 2 * (2 * d)                                # gamma and beta, twice
    return attention + ffn + layer_norms


def attention_flops(seq_len: int, d_model: int, num_heads: int) -> int:
    _check_heads(d_model, num_heads)
    L, d, h = seq_len, d_model, num_heads
    d_h = d // h
    projections = 4 * (2 * L * d * d)                        # X W_Q, X W_K, X W_V and the output
    scores = h * (2 * L * d_h * L)                           # Q_h K_h^T per head
    weighted = h * (2 * L * L * d_h)                         # P_h V_h per head
    return projections + scores + weighted
