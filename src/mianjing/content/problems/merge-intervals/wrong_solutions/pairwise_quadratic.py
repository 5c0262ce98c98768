def merge(intervals):
    groups = [list(iv) for iv in intervals]
    changed = True
    while changed:
        changed = False
        out = []
        for iv in groups:
            for g in out:
                if iv[0] <= g[1] and g[0] <= iv[1]:
                    g[0], g[1] = min(g[0], iv[0]), max(g[1], iv[1])
                    changed = True
                    break
            else:
                out.append(iv)
        groups = out
    groups.sort()
    return groups
