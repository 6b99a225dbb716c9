# SystemExit(None) and SystemExit() exit with status 0 silently; code 0 is success.
import sys
def shutdown():
    try:
        raise SystemExit
    finally:
        print("shutting down")
print("before")
shutdown()
