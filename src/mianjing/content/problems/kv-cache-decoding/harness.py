import torch

from mianjing.judge.harness_tools import load_parameters


def _build(sub, d_model, num_heads, weights, dtype):
    torch.manual_seed(0)
    m = sub.CausalSelfAttention(d_model, num_heads).to(dtype)
    return load_parameters(m, weights, "q_proj, k_proj, v_proj and out_proj must be nn.Linear attributes")


def _count_rows(m):
    """Rows (tokens) that pass through k_proj and v_proj, counted with forward hooks."""
    rows = {"k_proj_rows": 0, "v_proj_rows": 0}

    def hook(key):
        def count(module, inputs, output):
            rows[key] += inputs[0].numel() // inputs[0].shape[-1]
        return count

    m.k_proj.register_forward_hook(hook("k_proj_rows"))
    m.v_proj.register_forward_hook(hook("v_proj_rows"))
    return rows


def _call(m, x, cache):
    result = m(x, cache)
    if not (isinstance(result, (tuple, list)) and len(result) == 2
            and isinstance(result[1], (tuple, list)) and len(result[1]) == 2):
        raise TypeError("forward must return (out, (k, v))")
    out, (k, v) = result
    return out, (k, v)


def probe_full(sub, d_model, num_heads, weights, x):
    """One causal pass over the whole sequence, without a cache."""
    x = torch.from_numpy(x)
    m = _build(sub, d_model, num_heads, weights, x.dtype)
    with torch.no_grad():
        out, (k, v) = _call(m, x, None)
    return {"out": out, "k": k, "v": v}


def probe_decode(sub, d_model, num_heads, weights, x, chunks):
    """Feed x in consecutive chunks of the given lengths (1 = one token at a time), passing
    each step's cache to the next; the outputs are concatenated along L."""
    x = torch.from_numpy(x)
    m = _build(sub, d_model, num_heads, weights, x.dtype)
    rows = _count_rows(m)
    outs, cache, start = [], None, 0
    with torch.no_grad():
        for n in chunks:
            out, cache = _call(m, x[:, start:start + n], cache)
            outs.append(out)
            start += n
    return {"out": torch.cat(outs, dim=1), "k": cache[0], "v": cache[1], **rows}


def probe_given_cache(sub, d_model, num_heads, weights, x, k_past, v_past):
    """One call with a cache built by the caller (it need not come from this module)."""
    x = torch.from_numpy(x)
    m = _build(sub, d_model, num_heads, weights, x.dtype)
    with torch.no_grad():
        out, (k, v) = _call(m, x, (torch.from_numpy(k_past), torch.from_numpy(v_past)))
    return {"out": out, "k": k, "v": v}


def probe_long_cache_step(sub, d_model, num_heads, weights, x, k_past, v_past):
    """One token after a long cache; returns the output, the new cache length, its last
    entries and how far its first T_past entries moved from the given cache."""
    x = torch.from_numpy(x)
    k_past, v_past = torch.from_numpy(k_past), torch.from_numpy(v_past)
    m = _build(sub, d_model, num_heads, weights, x.dtype)
    with torch.no_grad():
        out, (k, v) = _call(m, x, (k_past, v_past))
        T = k_past.shape[2]
        kept = max(float((k[:, :, :T] - k_past).abs().max()),
                   float((v[:, :, :T] - v_past).abs().max()))
    return {"out": out, "cache_len": int(k.shape[2]), "k_new": k[:, :, T:], "v_new": v[:, :, T:],
            "past_changed_by": kept}
