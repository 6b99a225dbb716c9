# sys.exit(3): the process exits with status 3 and prints nothing extra.
import sys
def main():
    print("about to exit")
    try:
        sys.exit(3)
    finally:
        print("finally still runs")
main()
print("never")
