"""String building, formatting, slicing and methods."""
def main():
    parts = []
    for i in range(200_000):
        s = f"{i:05d}-{i % 7}"
        parts.append(s.upper()[::-1] if i % 3 else s.replace("-", "+"))
    text = ",".join(parts)
    words = text.split(",")
    print(len(text), sum(len(w) for w in words), text[1000:1030], text.count("+"))
main()
