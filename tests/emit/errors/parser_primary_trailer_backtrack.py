def ways(n, coins):
    return ways(n - coins[], coins)
