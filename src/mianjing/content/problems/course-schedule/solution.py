from collections import deque


def find_order(num_courses: int, prerequisites: list[list[int]]) -> list[int]:
    # Kahn's algorithm: repeatedly take a course whose prerequisites are all taken.
    after = [[] for _ in range(num_courses)]     # b -> courses that need b
    indegree = [0] * num_courses
    for a, b in prerequisites:                   # b must come before a
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
    return order if len(order) == num_courses else []    # leftovers sit on a cycle
