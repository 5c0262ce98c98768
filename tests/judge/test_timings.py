from mianjing.judge.timings import TimingStore


def test_timings_persist_and_keep_the_cheapest(tmp_path, catalog):
    problem = catalog.get("softmax")
    path = tmp_path / "t.json"
    store = TimingStore(path)
    store.put(problem, "big", 50.0, 30.0)
    store.put(problem, "big", 70.0, 10.0)
    store.save()
    again = TimingStore(path)
    assert again.get(problem, "big") == (50.0, 30.0)
    assert again.get(problem, "other") is None


def test_corrupt_timing_file_is_ignored(tmp_path, catalog):
    path = tmp_path / "t.json"
    path.write_text("{not json")
    assert TimingStore(path).get(catalog.get("softmax"), "big") is None
