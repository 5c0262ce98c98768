def find_order(num_courses, prerequisites):
    after = [[] for _ in range(num_courses)]
    indegree = [0] * num_courses
    for a, b in prerequisites:
        after[b].append(a)
        indegree[a] += 1
    taken = [False] * num_courses
    order = []
    for _ in range(num_courses):
        b = next((c for c in range(num_courses) if not taken[c] and indegree[c] == 0), None)
        if b is None:
            return []
        taken[b] = True
        order.append(b)
        for a in after[b]:
            indegree[a] -= 1
    return order
