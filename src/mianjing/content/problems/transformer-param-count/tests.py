from mianjing.judge import checkers
from mianjing.judge.testkit import Case


def _python_int(got, expected, case):
    if type(got) is not int:
        raise checkers.Mismatch(f"expected a Python int, got {type(got).__name__} {got!r} "
                                "(use // for the head dimension)")


COMPARE = checkers.all_of(_python_int, checkers.exact())


def _params(d, d_ff, bias):
    """Sum over the layers' tensor shapes (independent of the reference)."""
    shapes = [(d, d)] * 4 + [(d, d_ff), (d_ff, d)] + [(d,)] * 4          # weights, LN gammas/betas
    if bias:
        shapes += [(d,)] * 4 + [(d_ff,), (d,)]
    total = 0
    for shape in shapes:
        n = 1
        for s in shape:
            n *= s
        total += n
    return total


def _flops(L, d, h):
    d_h = d // h
    matmuls = [(L, d, d)] * 3 + [(L, d_h, L)] * h + [(L, L, d_h)] * h + [(L, d, d)]
    return sum(2 * m * k * n for m, k, n in matmuls)


def cases(rng):
    P = "encoder_block_params"
    F = "attention_flops"
    yield Case("params_hand_worked", (4, 2, 8), call=P, expected=172,
               guards="4 projections with biases + FFN d->d_ff->d + two LayerNorms with gamma and beta")
    yield Case("params_hand_worked_no_bias", (4, 2, 8), {"bias": False}, call=P, expected=144,
               guards="bias=False removes the 6 linear biases but LayerNorms keep gamma and beta")
    yield Case("params_bert_base", (768, 12, 3072), call=P, expected=7087872)
    yield Case("params_bias_positional", (768, 12, 3072, False), call=P,
               expected=_params(768, 3072, False))
    for h in (1, 8, 512):
        yield Case(f"params_512_heads_{h}", (512, h, 2048), call=P, expected=_params(512, 2048, True),
                   guards="splitting into heads does not multiply the projection parameters")
    yield Case("params_llama_like_d_ff", (4096, 32, 11008), call=P,
               expected=_params(4096, 11008, True), guards="d_ff need not be 4 * d_model")
    yield Case("params_gpt3_scale", (12288, 96, 49152, False), call=P,
               expected=_params(12288, 49152, False), guards="exact integers at GPT-3 scale")
    for d, h, f in [(6, 3, 10), (10, 5, 7)]:
        for bias in (True, False):
            yield Case(f"params_small_{d}_{h}_{f}_{bias}", (d, h, f, bias), call=P,
                       expected=_params(d, f, bias))
    yield Case("flops_hand_worked", (2, 4, 2), call=F, expected=320,
               guards="a multiply-add is 2 FLOPs; Q/K/V/O projections plus QK^T and PV")
    yield Case("flops_bert_base_512", (512, 768, 12), call=F, expected=_flops(512, 768, 12))
    for h in (1, 8, 512):
        yield Case(f"flops_512_heads_{h}", (128, 512, h), call=F, expected=_flops(128, 512, h),
                   guards="QK^T and PV are summed over all heads: total independent of num_heads")
    yield Case("flops_long_sequence", (8192, 256, 4), call=F, expected=_flops(8192, 256, 4),
               guards="the L^2 terms dominate for long sequences")
    yield Case("flops_single_token", (1, 64, 4), call=F, expected=_flops(1, 64, 4))
    yield Case("params_heads_not_dividing", ("encoder_block_params", 10, 3, 40), probe="error",
               expected="ValueError", check=checkers.exact(), guards="d_model must be divisible by num_heads")
    yield Case("flops_heads_not_dividing", ("attention_flops", 16, 10, 6), probe="error",
               expected="ValueError", check=checkers.exact(), guards="d_model must be divisible by num_heads")
