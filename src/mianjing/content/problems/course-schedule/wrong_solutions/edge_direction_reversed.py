from collections import deque


def find_order(num_courses, prerequisites):
    after = [[] for _ in range(num_courses)]
    indegree = [0] * num_courses
    for a, b in prerequisites:          # reads [a, b] as "a before b"
        after[a].append(b)
        indegree[b] += 1
    ready = deque(c for c in range(num_courses) if indegree[c] == 0)
    order = []
    while ready:
        a = ready.popleft()
        order.append(a)
        for b in after[a]:
            indegree[b] -= 1
            if indegree[b] == 0:
                ready.append(b)
    return order if len(order) == num_courses else []
