import numpy as np

NAMES = ("W1", "b1", "W2", "b2")


def probe_grads(sub, W1, b1, W2, b2, X, y):
    """One forward and one backward; returns the loss and the gradient dict."""
    model = sub.MLP(W1.copy(), b1.copy(), W2.copy(), b2.copy())
    loss = model.forward(X.copy(), y.copy())
    return {"loss": loss, "grads": model.backward()}


def probe_train(sub, W1, b1, W2, b2, X, y, lr, steps):
    """steps rounds of forward -> backward -> train_step(lr); losses and final parameters."""
    model = sub.MLP(W1.copy(), b1.copy(), W2.copy(), b2.copy())
    losses = []
    for _ in range(steps):
        losses.append(model.forward(X.copy(), y.copy()))
        model.backward()
        model.train_step(lr)
    return {"losses": losses, "params": {k: np.asarray(getattr(model, k)) for k in NAMES}}
