# math module float functions at special values: domain/range errors, signed zeros, inf and nan.
import math
for f in ("acosh","asinh","atanh","cbrt","exp2","erf","erfc","ulp","frexp","modf"):
    out=[]
    for x in (-2.5, -1.0, -0.0, 0.0, 0.5, 1.0, 3.0, 1e300, float("inf"), float("nan")):
        try: out.append(getattr(math,f)(x))
        except (ValueError, OverflowError) as e: out.append(type(e).__name__)
    print(f, out)
for f in ("fmod","remainder","nextafter","ldexp"):
    out=[]
    for x,y in ((5.5,2),(-5.5,2),(1,0),(float("inf"),1),(1,float("inf")),(0.5,1030),(3,-2), (1.0, float("nan"))):
        try: out.append(getattr(math,f)(x,y if f!="ldexp" or isinstance(y,int) else 1))
        except (ValueError, OverflowError, TypeError) as e: out.append(type(e).__name__)
    print(f, out)
