//! The calendar part of the `time` module: `struct_time`, `localtime`,
//! `gmtime`, `mktime`, `strftime` (the C library's, as CPython uses),
//! `asctime`, `ctime`, and the zone attributes `timezone`, `altzone`,
//! `daylight`, `tzname`.
//!
//! Invariant: a `struct_time` is a 9-item tuple (what len() and indexing
//! see) whose allocation holds two more values after the items, the zone
//! name and the UTC offset (`tm_zone`, `tm_gmtoff`); its own dealloc
//! releases all eleven.

use crate::call::builtin::{MethodDef, MethodImpl};
use crate::call::descr::GetSetDef;
use crate::errors::*;
use crate::object::{decref, new_ref, xdecref, Object, Static, Value};
use crate::objects::singletons::{is_none, none};
use crate::objects::{dict, float, int, str as pystr, tuple};
use crate::types::typeobject::*;

const NAMES: [&str; 11] = [
    "tm_year",
    "tm_mon",
    "tm_mday",
    "tm_hour",
    "tm_min",
    "tm_sec",
    "tm_wday",
    "tm_yday",
    "tm_isdst",
    "tm_zone",
    "tm_gmtoff",
];

unsafe fn slot<const I: usize>(v: Value) -> Value {
    new_ref(*tuple::items_ptr(v).add(I))
}

macro_rules! fields {
    ($($i:literal),*) => {
        &[$(GetSetDef { name: NAMES[$i], get: slot::<$i>, set: None, doc: "" }),*]
    };
}

pub static STRUCT_TIME_TYPE: Static<TypeObject> = Static::new(TypeObject {
    base: tuple::TUPLE_TYPE.ptr(),
    tp_repr: Some(struct_time_repr),
    tp_dealloc: Some(struct_time_dealloc),
    tp_new: Some(struct_time_new),
    getsets: fields!(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10),
    ..TypeObject::new_static(
        "time.struct_time",
        tuple::TUPLE_HEADER_SIZE,
        TPFLAGS_HAVE_GC | TPFLAGS_TUPLE_SUBCLASS | TPFLAGS_IMMUTABLETYPE,
    )
});

/// A struct_time from 11 owned values (9 visible).
fn new_struct_time(items: [Value; 11]) -> Value {
    if items.iter().any(|v| v.is_null()) {
        for v in items {
            xdecref(v);
        }
        return Value::NULL;
    }
    // SAFETY: a tuple allocation with 11 slots, 9 counted in len.
    unsafe {
        let ty = STRUCT_TIME_TYPE.ptr();
        if crate::types::ready::ready_type(ty) < 0 {
            for v in items {
                decref(v);
            }
            return Value::NULL;
        }
        let o = crate::object::alloc::alloc_object(ty, tuple::TUPLE_HEADER_SIZE + 11 * 8);
        if o.is_null() {
            for v in items {
                decref(v);
            }
            return Value::NULL;
        }
        (*(o as *mut tuple::TupleObject)).len = 9;
        let v = Value::from_obj(o);
        let p = tuple::items_ptr(v);
        for (k, it) in items.into_iter().enumerate() {
            *p.add(k) = it;
        }
        crate::object::gc::track(o);
        v
    }
}

unsafe fn struct_time_dealloc(o: *mut Object) {
    crate::object::gc::untrack(o);
    let p = tuple::items_ptr(Value::from_obj(o));
    for k in 0..11 {
        xdecref(*p.add(k));
    }
    crate::object::alloc::free_and_release_type(o);
}

unsafe fn struct_time_repr(v: Value) -> Value {
    let mut out = String::from("time.struct_time(");
    for (k, &x) in tuple::as_slice(v).iter().enumerate() {
        if k > 0 {
            out.push_str(", ");
        }
        out.push_str(NAMES[k]);
        out.push('=');
        if !crate::ops::protocol::repr_into(x, &mut out) {
            return Value::NULL;
        }
    }
    out.push(')');
    pystr::from_string(out)
}

unsafe fn struct_time_new(
    _ty: *mut TypeObject,
    args: *const Value,
    nargs: usize,
    _kw: Value,
) -> Value {
    if nargs != 1 {
        return crate::type_error!("time.struct_time() takes at most 2 arguments ({nargs} given)");
    }
    let Some(items) = crate::ops::protocol::sequence_to_vec(*args) else {
        return Value::NULL;
    };
    let n = items.len();
    if !(9..=11).contains(&n) {
        for it in items {
            decref(it);
        }
        let msg = if n < 9 {
            format!("time.struct_time() takes an at least 9-sequence ({n}-sequence given)")
        } else {
            format!("time.struct_time() takes an at most 11-sequence ({n}-sequence given)")
        };
        return raise_type_error(msg);
    }
    let mut all = [Value::NULL; 11];
    for (k, it) in items.into_iter().enumerate() {
        all[k] = it;
    }
    for slot in all.iter_mut().skip(n) {
        *slot = none();
    }
    new_struct_time(all)
}

fn tm_to_struct_time(tm: &libc::tm) -> Value {
    let i = |x: i64| int::from_i64(x);
    // SAFETY: tm_zone is null or a C string owned by the C library.
    let zone = unsafe {
        if tm.tm_zone.is_null() {
            none()
        } else {
            pystr::from_string(
                std::ffi::CStr::from_ptr(tm.tm_zone)
                    .to_string_lossy()
                    .into_owned(),
            )
        }
    };
    new_struct_time([
        i(tm.tm_year as i64 + 1900),
        i(tm.tm_mon as i64 + 1),
        i(tm.tm_mday as i64),
        i(tm.tm_hour as i64),
        i(tm.tm_min as i64),
        i(tm.tm_sec as i64),
        i((tm.tm_wday as i64 + 6) % 7),
        i(tm.tm_yday as i64 + 1),
        i(tm.tm_isdst as i64),
        zone,
        i(tm.tm_gmtoff),
    ])
}

/// Seconds argument (None or absent: now).
fn secs_arg(args: &[Value], fname: &str) -> Result<libc::time_t, ()> {
    if args.len() > 1 {
        crate::type_error!("{fname}() takes at most 1 argument ({} given)", args.len());
        return Err(());
    }
    let v = match args.first() {
        None => return Ok(now()),
        Some(&v) if is_none(v) => return Ok(now()),
        Some(&v) => v,
    };
    if float::is_float(v) {
        let f = float::float_value(v);
        if f.is_nan() {
            raise_value_error("Invalid value NaN (not a number)");
            return Err(());
        }
        if !f.is_finite() || f.abs() > 1e17 {
            raise_overflow_error("timestamp out of range for platform time_t");
            return Err(());
        }
        return Ok(f.floor() as libc::time_t);
    }
    match int::int_val(v) {
        Some(i) => match i.to_i64() {
            Some(n) => Ok(n as libc::time_t),
            None => {
                raise_overflow_error("timestamp out of range for platform time_t");
                Err(())
            }
        },
        None => {
            crate::type_error!(
                "'{}' object cannot be interpreted as an integer",
                type_name(v)
            );
            Err(())
        }
    }
}

fn now() -> libc::time_t {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_secs() as libc::time_t)
        .unwrap_or(0)
}

unsafe fn t_localtime(_m: Value, args: &[Value]) -> Value {
    let Ok(t) = secs_arg(args, "localtime") else {
        return Value::NULL;
    };
    let mut tm: libc::tm = std::mem::zeroed();
    if libc::localtime_r(&t, &mut tm).is_null() {
        return raise_overflow_error("timestamp out of range for platform time_t");
    }
    tm_to_struct_time(&tm)
}

unsafe fn t_gmtime(_m: Value, args: &[Value]) -> Value {
    let Ok(t) = secs_arg(args, "gmtime") else {
        return Value::NULL;
    };
    let mut tm: libc::tm = std::mem::zeroed();
    if libc::gmtime_r(&t, &mut tm).is_null() {
        return raise_overflow_error("timestamp out of range for platform time_t");
    }
    tm_to_struct_time(&tm)
}

/// A struct tm from a 9-sequence (struct_time or tuple), with CPython's
/// checks; `what` names the calling function in messages.
fn tuple_to_tm(v: Value, what: &str) -> Result<libc::tm, ()> {
    let Some(items) = crate::ops::protocol::sequence_to_vec(v) else {
        if !occurred() {
            crate::type_error!("Tuple or struct_time argument required");
        } else if matches(crate::errors::exceptions::TYPE_ERROR.ptr()) {
            clear();
            crate::type_error!("Tuple or struct_time argument required");
        }
        return Err(());
    };
    let n = items.len();
    let mut f = [0i64; 9];
    let mut bad = n != 9;
    if !bad {
        for (k, &it) in items.iter().enumerate() {
            match int::int_val(it).and_then(|i| i.to_i64()) {
                Some(x) if x.abs() < i32::MAX as i64 => f[k] = x,
                _ => bad = true,
            }
        }
    }
    for it in items {
        decref(it);
    }
    if bad {
        if n != 9 {
            crate::type_error!("{what}(): illegal time tuple argument");
        } else {
            crate::type_error!("an integer is required");
        }
        return Err(());
    }
    // SAFETY: plain C struct.
    let mut tm: libc::tm = unsafe { std::mem::zeroed() };
    tm.tm_year = (f[0] - 1900) as i32;
    tm.tm_mon = (f[1] - 1) as i32;
    tm.tm_mday = f[2] as i32;
    tm.tm_hour = f[3] as i32;
    tm.tm_min = f[4] as i32;
    tm.tm_sec = f[5] as i32;
    tm.tm_wday = ((f[6] + 1) % 7) as i32;
    tm.tm_yday = (f[7] - 1) as i32;
    tm.tm_isdst = f[8] as i32;
    Ok(tm)
}

fn check_tm(tm: &mut libc::tm) -> bool {
    if tm.tm_mon == -1 {
        tm.tm_mon = 0;
    } else if !(0..=11).contains(&tm.tm_mon) {
        raise_value_error("month out of range");
        return false;
    }
    if tm.tm_mday == 0 {
        tm.tm_mday = 1;
    } else if !(0..=31).contains(&tm.tm_mday) {
        raise_value_error("day of month out of range");
        return false;
    }
    if !(0..=23).contains(&tm.tm_hour) {
        raise_value_error("hour out of range");
        return false;
    }
    if !(0..=59).contains(&tm.tm_min) {
        raise_value_error("minute out of range");
        return false;
    }
    if !(0..=61).contains(&tm.tm_sec) {
        raise_value_error("seconds out of range");
        return false;
    }
    if tm.tm_wday < 0 {
        raise_value_error("day of week out of range");
        return false;
    }
    if tm.tm_yday == -1 {
        tm.tm_yday = 0;
    } else if !(0..=365).contains(&tm.tm_yday) {
        raise_value_error("day of year out of range");
        return false;
    }
    true
}

unsafe fn t_mktime(_m: Value, v: Value) -> Value {
    let Ok(mut tm) = tuple_to_tm(v, "mktime") else {
        return Value::NULL;
    };
    tm.tm_wday = -1;
    let t = libc::mktime(&mut tm);
    if t == -1 && tm.tm_wday == -1 {
        return raise_overflow_error("mktime argument out of range");
    }
    float::new_float(t as f64)
}

unsafe fn current_tm() -> libc::tm {
    let t = now();
    let mut tm: libc::tm = std::mem::zeroed();
    libc::localtime_r(&t, &mut tm);
    tm
}

unsafe fn t_strftime(_m: Value, args: &[Value]) -> Value {
    if args.is_empty() || args.len() > 2 {
        return crate::type_error!(
            "strftime() takes at most 2 arguments ({} given)",
            args.len()
        );
    }
    if !pystr::is_str(args[0]) {
        return crate::type_error!(
            "strftime() argument 1 must be str, not {}",
            type_name(args[0])
        );
    }
    let mut tm = if args.len() == 2 {
        let Ok(mut tm) = tuple_to_tm(args[1], "strftime") else {
            return Value::NULL;
        };
        if !check_tm(&mut tm) {
            return Value::NULL;
        }
        tm
    } else {
        current_tm()
    };
    let fmt = pystr::as_str(args[0]);
    if fmt.contains('\0') {
        return raise_value_error("embedded null character");
    }
    if fmt.is_empty() {
        return pystr::new_str("");
    }
    // A struct_time argument brings its zone name and offset (as in
    // CPython); a plain tuple leaves them to the C library (no name,
    // offset 0).
    let mut zone_keep: Option<std::ffi::CString> = None;
    if args.len() == 2 && type_of(args[1]) == STRUCT_TIME_TYPE.ptr() {
        let p = tuple::items_ptr(args[1]);
        let (zone, off) = (*p.add(9), *p.add(10));
        if pystr::is_str(zone) {
            zone_keep = std::ffi::CString::new(pystr::as_str(zone)).ok();
        }
        if let Some(o) = int::int_val(off).and_then(|i| i.to_i64()) {
            tm.tm_gmtoff = o as libc::c_long;
        }
    }
    if let Some(z) = zone_keep.as_ref() {
        tm.tm_zone = z.as_ptr();
    }
    let Ok(cfmt) = std::ffi::CString::new(fmt) else {
        return raise_value_error("embedded null character");
    };
    let mut size = 256usize;
    loop {
        let mut buf = vec![0u8; size];
        let n = libc::strftime(
            buf.as_mut_ptr() as *mut libc::c_char,
            size,
            cfmt.as_ptr(),
            &tm,
        );
        if n > 0 || size > 256 * fmt.len().max(1) * 4 {
            buf.truncate(n);
            return pystr::from_string(String::from_utf8_lossy(&buf).into_owned());
        }
        size *= 4;
    }
}

const DAYS: [&str; 7] = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];
const MONTHS: [&str; 12] = [
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
];

fn asctime_of(tm: &libc::tm) -> Value {
    pystr::from_string(format!(
        "{} {} {:2} {:02}:{:02}:{:02} {}",
        DAYS[tm.tm_wday.rem_euclid(7) as usize],
        MONTHS[tm.tm_mon.rem_euclid(12) as usize],
        tm.tm_mday,
        tm.tm_hour,
        tm.tm_min,
        tm.tm_sec,
        tm.tm_year as i64 + 1900
    ))
}

unsafe fn t_asctime(_m: Value, args: &[Value]) -> Value {
    if args.len() > 1 {
        return crate::type_error!("asctime expected at most 1 argument, got {}", args.len());
    }
    let mut tm = match args.first() {
        None => current_tm(),
        Some(&v) => match tuple_to_tm(v, "asctime") {
            Ok(tm) => tm,
            Err(()) => return Value::NULL,
        },
    };
    if !check_tm(&mut tm) {
        return Value::NULL;
    }
    asctime_of(&tm)
}

unsafe fn t_ctime(_m: Value, args: &[Value]) -> Value {
    let Ok(t) = secs_arg(args, "ctime") else {
        return Value::NULL;
    };
    let mut tm: libc::tm = std::mem::zeroed();
    if libc::localtime_r(&t, &mut tm).is_null() {
        return raise_overflow_error("timestamp out of range for platform time_t");
    }
    asctime_of(&tm)
}

pub static TIMEFMT_FUNCTIONS: &[MethodDef] = &[
    MethodDef {
        name: "localtime",
        imp: MethodImpl::Fast(t_localtime),
        doc: "",
    },
    MethodDef {
        name: "gmtime",
        imp: MethodImpl::Fast(t_gmtime),
        doc: "",
    },
    MethodDef {
        name: "mktime",
        imp: MethodImpl::O(t_mktime),
        doc: "",
    },
    MethodDef {
        name: "strftime",
        imp: MethodImpl::Fast(t_strftime),
        doc: "",
    },
    MethodDef {
        name: "asctime",
        imp: MethodImpl::Fast(t_asctime),
        doc: "",
    },
    MethodDef {
        name: "ctime",
        imp: MethodImpl::Fast(t_ctime),
        doc: "",
    },
];

/// Add `struct_time` and the zone attributes to the `time` module's
/// dict `d`. 0 or -1.
pub fn add_attributes(d: Value) -> i32 {
    // SAFETY: static type; the C library's zone data after tzset().
    unsafe {
        if crate::types::ready::ready_type(STRUCT_TIME_TYPE.ptr()) < 0
            || dict::set_str(d, "struct_time", Value::from_obj(STRUCT_TIME_TYPE.ptr())) < 0
        {
            return -1;
        }
        extern "C" {
            fn tzset();
        }
        tzset();
        // January and July of this year give the standard and summer zones.
        let year_start = {
            let mut tm = current_tm();
            tm.tm_mon = 0;
            tm.tm_mday = 1;
            tm.tm_hour = 12;
            tm.tm_isdst = -1;
            libc::mktime(&mut tm)
        };
        let probe = |t: libc::time_t| {
            let mut tm: libc::tm = std::mem::zeroed();
            libc::localtime_r(&t, &mut tm);
            let zone = if tm.tm_zone.is_null() {
                String::new()
            } else {
                std::ffi::CStr::from_ptr(tm.tm_zone)
                    .to_string_lossy()
                    .into_owned()
            };
            (tm.tm_gmtoff as i64, zone)
        };
        let (jan_off, jan_zone) = probe(year_start);
        let (jul_off, jul_zone) = probe(year_start + 182 * 86400);
        let (std_off, std_zone, dst_off, dst_zone) = if jan_off < jul_off {
            (jan_off, jan_zone, jul_off, jul_zone)
        } else {
            (jul_off, jul_zone, jan_off, jan_zone)
        };
        let values = [
            ("timezone", int::from_i64(-std_off)),
            ("altzone", int::from_i64(-dst_off)),
            ("daylight", int::from_i64((std_off != dst_off) as i64)),
            (
                "tzname",
                tuple::tuple_from_vec(vec![
                    pystr::from_string(std_zone),
                    pystr::from_string(dst_zone),
                ]),
            ),
        ];
        let mut rc = 0;
        for (name, v) in values {
            if v.is_null() || dict::set_str(d, name, v) < 0 {
                rc = -1;
            }
            xdecref(v);
        }
        rc
    }
}
