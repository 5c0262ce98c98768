def probe_error(sub, function, *args):
    """Which exception the named function raises for these arguments (None if it returns)."""
    fn = {"encoder_block_params": sub.encoder_block_params,
          "attention_flops": sub.attention_flops}[function]
    try:
        fn(*args)
    except Exception as exc:  # noqa: BLE001 - the exception type is the answer
        return type(exc).__name__
    return None
