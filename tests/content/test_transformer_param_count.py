"""The transformer-param-count reference against parameters and FLOPs counted on torch modules."""

import importlib.util
from pathlib import Path

import pytest

torch = pytest.importorskip("torch")
from torch import nn  # noqa: E402
from torch.utils.flop_counter import FlopCounterMode  # noqa: E402

PROBLEM = (Path(__file__).resolve().parents[2] / "src" / "mianjing" / "content" / "problems"
           / "transformer-param-count")


def _reference():
    spec = importlib.util.spec_from_file_location("tpc_reference", PROBLEM / "solution.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _count(module: nn.Module) -> int:
    return sum(p.numel() for p in module.parameters())


SIZES = [(4, 2, 8), (16, 4, 40), (64, 8, 256), (96, 1, 100), (48, 48, 192)]


@pytest.mark.parametrize(("d", "h", "f"), SIZES)
def test_params_with_bias_match_torch_encoder_layer(d, h, f):
    layer = nn.TransformerEncoderLayer(d, h, f, bias=True)
    assert _reference().encoder_block_params(d, h, f, bias=True) == _count(layer)


@pytest.mark.parametrize(("d", "h", "f"), SIZES)
def test_params_without_bias_match_modules_with_full_layernorms(d, h, f):
    # The statement keeps LayerNorm gamma and beta when bias=False (unlike
    # nn.TransformerEncoderLayer(bias=False), which drops the LayerNorm betas too).
    block = nn.ModuleList([
        nn.MultiheadAttention(d, h, bias=False),
        nn.Linear(d, f, bias=False), nn.Linear(f, d, bias=False),
        nn.LayerNorm(d), nn.LayerNorm(d),
    ])
    assert _reference().encoder_block_params(d, h, f, bias=False) == _count(block)
    torch_no_bias = _count(nn.TransformerEncoderLayer(d, h, f, bias=False))
    assert _count(block) - torch_no_bias == 2 * d


@pytest.mark.parametrize(("L", "d", "h"), [(2, 4, 2), (7, 16, 4), (33, 64, 8), (5, 32, 32)])
def test_attention_flops_match_flop_counter(L, d, h):
    mha = nn.MultiheadAttention(d, h, bias=True, batch_first=True)
    x = torch.randn(1, L, d)
    with torch.no_grad(), FlopCounterMode(display=False) as counter:
        mha(x, x, x, need_weights=True)   # the explicit (non-fused) path: addmm + bmm
    assert _reference().attention_flops(L, d, h) == counter.get_total_flops()


def test_heads_must_divide_d_model():
    ref = _reference()
    with pytest.raises(ValueError):
        ref.encoder_block_params(10, 3, 40)
    with pytest.raises(ValueError):
        ref.attention_flops(8, 10, 4)
