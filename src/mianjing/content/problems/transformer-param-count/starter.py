def encoder_block_params(d_model: int, num_heads: int, d_ff: int, bias: bool = True) -> int:
    """Parameters of Q/K/V/O projections, the two FFN linears and two LayerNorms (gamma, beta)."""
    raise NotImplementedError


def attention_flops(seq_len: int, d_model: int, num_heads: int) -> int:
    """FLOPs (2 per multiply-add) of the Q/K/V projections, QK^T, PV and the output projection."""
    raise NotImplementedError
