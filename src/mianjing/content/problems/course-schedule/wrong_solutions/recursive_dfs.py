def find_order(num_courses, prerequisites):
    after = [[] for _ in range(num_courses)]
    for a, b in prerequisites:
        after[b].append(a)
    state = [0] * num_courses           # 0 new, 1 on the stack, 2 done
    post = []

    def dfs(u):
        state[u] = 1
        for v in after[u]:
            if state[v] == 1:
                return False
            if state[v] == 0 and not dfs(v):
                return False
        state[u] = 2
        post.append(u)
        return True

    for c in range(num_courses):
        if state[c] == 0 and not dfs(c):
            return []
    return post[::-1]
