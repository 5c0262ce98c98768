import numpy as np


def fm_predict(X, w0, w, V):
    # Σ_{i<j} <v_i, v_j> x_i x_j = 1/2 Σ_f [ (Σ_i v_if x_i)² − Σ_i v_if² x_i² ]
    XV = X @ V                       # (N, k)
    X2V2 = (X ** 2) @ (V ** 2)       # (N, k)
    return w0 + X @ w + (XV ** 2 - X2V2).sum(axis=1)
