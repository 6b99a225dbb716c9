//! The `time` module: wall-clock and monotonic clocks, `sleep`.

use crate::call::builtin::{MethodDef, MethodImpl};
use crate::errors::*;
use crate::object::Value;
use crate::objects::{float, int, singletons::none};
use crate::types::typeobject::type_name;
use std::sync::OnceLock;
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

fn since_epoch() -> Duration {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .unwrap_or(Duration::ZERO)
}

fn monotonic_start() -> Instant {
    static START: OnceLock<Instant> = OnceLock::new();
    *START.get_or_init(Instant::now)
}

unsafe fn t_time(_m: Value) -> Value {
    float::new_float(since_epoch().as_secs_f64())
}
unsafe fn t_time_ns(_m: Value) -> Value {
    int::from_i128(since_epoch().as_nanos() as i128)
}
unsafe fn t_monotonic(_m: Value) -> Value {
    float::new_float(monotonic_start().elapsed().as_secs_f64())
}
unsafe fn t_monotonic_ns(_m: Value) -> Value {
    int::from_i128(monotonic_start().elapsed().as_nanos() as i128)
}
unsafe fn t_process_time(_m: Value) -> Value {
    let mut ts = libc::timespec {
        tv_sec: 0,
        tv_nsec: 0,
    };
    libc::clock_gettime(libc::CLOCK_PROCESS_CPUTIME_ID, &mut ts);
    float::new_float(ts.tv_sec as f64 + ts.tv_nsec as f64 * 1e-9)
}

unsafe fn t_sleep(_m: Value, v: Value) -> Value {
    let secs = if let Some(i) = int::as_i64(v).filter(|_| int::is_int(v)) {
        i as f64
    } else if float::is_float(v) {
        float::float_value(v)
    } else {
        return crate::type_error!(
            "'{}' object cannot be interpreted as an integer or float",
            type_name(v)
        );
    };
    if secs.is_nan() {
        return raise_value_error("Invalid value NaN (not a number)");
    }
    if secs < 0.0 {
        return raise_value_error("sleep length must be non-negative");
    }
    crate::builtins::io::flush_stdout();
    std::thread::sleep(Duration::from_secs_f64(secs.min(1e9)));
    none()
}

pub static TIME_FUNCTIONS: &[MethodDef] = &[
    MethodDef {
        name: "time",
        imp: MethodImpl::NoArgs(t_time),
        doc: "",
    },
    MethodDef {
        name: "time_ns",
        imp: MethodImpl::NoArgs(t_time_ns),
        doc: "",
    },
    MethodDef {
        name: "monotonic",
        imp: MethodImpl::NoArgs(t_monotonic),
        doc: "",
    },
    MethodDef {
        name: "monotonic_ns",
        imp: MethodImpl::NoArgs(t_monotonic_ns),
        doc: "",
    },
    MethodDef {
        name: "perf_counter",
        imp: MethodImpl::NoArgs(t_monotonic),
        doc: "",
    },
    MethodDef {
        name: "perf_counter_ns",
        imp: MethodImpl::NoArgs(t_monotonic_ns),
        doc: "",
    },
    MethodDef {
        name: "process_time",
        imp: MethodImpl::NoArgs(t_process_time),
        doc: "",
    },
    MethodDef {
        name: "sleep",
        imp: MethodImpl::O(t_sleep),
        doc: "",
    },
];
