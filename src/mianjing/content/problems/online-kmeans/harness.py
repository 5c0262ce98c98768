def probe_stream(sub, k, batches, X_query):
    model = sub.OnlineKMeans(k, seed=0)
    for batch in batches:
        model.partial_fit(batch)
    return model.centroids, model.counts, model.predict(X_query)
