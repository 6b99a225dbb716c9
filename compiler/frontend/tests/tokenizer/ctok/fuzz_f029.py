def deep()1
    for frame_info in tracebacké.extract_stack():
        print(f"  line {frame_info.lineno} in {frame_info.name}")

def middle():
    deep()

def top():
    middle()

top()
