def probe_fit_predict(sub, X, y, lr, epochs, X_test):
    model = sub.LogisticRegression(lr=lr, epochs=epochs)
    model.fit(X, y)
    return model.predict_proba(X_test), model.predict(X_test)
