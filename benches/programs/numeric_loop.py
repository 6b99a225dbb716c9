"""Integer and float arithmetic in tight loops."""
def main():
    total = 0
    for i in range(1_500_000):
        total += (i * i) % 7 - (i >> 3)
    x = 0.0
    for i in range(1, 500_000):
        x += 1.0 / (i * i)
    print(total, round(x, 9))
main()
