//! The `_localtime` built-in module: the C library's local-time
//! conversions that `datetime` (runtime/lib) needs — broken-down local
//! time of a timestamp (with the zone's name and UTC offset) and the
//! timestamp of a broken-down local time.

use crate::call::builtin::{new_builtin, MethodDef, MethodImpl};
use crate::errors::*;
use crate::object::{decref, xdecref, Value};
use crate::objects::{dict, float, int, module, str as pystr, tuple};
use crate::types::typeobject::type_name;

fn seconds_of(v: Value) -> Result<i64, ()> {
    if float::is_float(v) {
        let f = float::float_value(v);
        if !f.is_finite() || f.abs() > 1e17 {
            raise_overflow_error("timestamp out of range for platform time_t");
            return Err(());
        }
        return Ok(f.floor() as i64);
    }
    match int::int_val(v).and_then(|i| i.to_i64()) {
        Some(n) => Ok(n),
        None if int::is_int(v) => {
            raise_overflow_error("timestamp out of range for platform time_t");
            Err(())
        }
        None => {
            crate::type_error!("an integer or float is required, not {}", type_name(v));
            Err(())
        }
    }
}

/// `localtime(t)`: (year, month, day, hour, minute, second, weekday
/// (Monday 0), yearday (1-based), isdst, zone name, UTC offset seconds).
unsafe fn lt_localtime(_m: Value, v: Value) -> Value {
    let Ok(secs) = seconds_of(v) else {
        return Value::NULL;
    };
    let t = secs as libc::time_t;
    let mut tm: libc::tm = std::mem::zeroed();
    if libc::localtime_r(&t, &mut tm).is_null() {
        return raise_overflow_error("timestamp out of range for platform time_t");
    }
    let zone = if tm.tm_zone.is_null() {
        String::new()
    } else {
        std::ffi::CStr::from_ptr(tm.tm_zone)
            .to_string_lossy()
            .into_owned()
    };
    tuple::tuple_from_vec(vec![
        int::from_i64(tm.tm_year as i64 + 1900),
        int::from_i64(tm.tm_mon as i64 + 1),
        int::from_i64(tm.tm_mday as i64),
        int::from_i64(tm.tm_hour as i64),
        int::from_i64(tm.tm_min as i64),
        int::from_i64(tm.tm_sec as i64),
        int::from_i64((tm.tm_wday as i64 + 6) % 7),
        int::from_i64(tm.tm_yday as i64 + 1),
        int::from_i64(tm.tm_isdst as i64),
        pystr::from_string(zone),
        int::from_i64(tm.tm_gmtoff as i64),
    ])
}

/// `mktime(year, month, day, hour, minute, second, isdst)`: the
/// timestamp of a local time (isdst -1: let the C library decide).
unsafe fn lt_mktime(_m: Value, args: &[Value]) -> Value {
    if args.len() != 7 {
        return crate::type_error!("mktime expected 7 arguments, got {}", args.len());
    }
    let mut f = [0i64; 7];
    for (k, &a) in args.iter().enumerate() {
        match int::int_val(a).and_then(|i| i.to_i64()) {
            Some(n) if n.abs() < i32::MAX as i64 => f[k] = n,
            _ => return raise_overflow_error("mktime argument out of range"),
        }
    }
    let mut tm: libc::tm = std::mem::zeroed();
    tm.tm_year = (f[0] - 1900) as i32;
    tm.tm_mon = (f[1] - 1) as i32;
    tm.tm_mday = f[2] as i32;
    tm.tm_hour = f[3] as i32;
    tm.tm_min = f[4] as i32;
    tm.tm_sec = f[5] as i32;
    tm.tm_isdst = f[6] as i32;
    tm.tm_wday = -1;
    let t = libc::mktime(&mut tm);
    if t == -1 && tm.tm_wday == -1 {
        return raise_overflow_error("mktime argument out of range");
    }
    int::from_i64(t as i64)
}

static LT_FUNCTIONS: &[MethodDef] = &[
    MethodDef {
        name: "localtime",
        imp: MethodImpl::O(lt_localtime),
        doc: "",
    },
    MethodDef {
        name: "mktime",
        imp: MethodImpl::Fast(lt_mktime),
        doc: "",
    },
];

/// Create the `_localtime` module (new reference, null on failure).
pub fn create_module() -> Value {
    let m = module::new_module("_localtime");
    if m.is_null() {
        return m;
    }
    let d = module::module_dict(m);
    let mut ok = true;
    for def in LT_FUNCTIONS {
        let f = new_builtin(def, m, std::ptr::null_mut());
        ok &= !f.is_null() && dict::set_str(d, def.name, f) == 0;
        xdecref(f);
    }
    if !ok {
        decref(m);
        return Value::NULL;
    }
    m
}
