print("#stat has size:", top_stats[0].size > 0)
tracemalloc.stop()
print(tracemalloc.is_tracing())
print(len(data), data[-1])

