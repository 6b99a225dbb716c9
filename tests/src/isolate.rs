//! Running a numbered set of inputs in child processes, so that an input
//! that crashes the process (a stack overflow aborts it) or hangs is
//! reported by number instead of taking the whole test run down.
//!
//! Protocol: the parent re-runs the current test executable with
//! `<test name> --exact --nocapture` and `PYC_ISOLATE=<set>:<start>` in the
//! environment. The same test function, seeing the variable, acts as the
//! child: it runs inputs `start..` of the set on a big-stack thread and
//! prints one line per event (`@@ISOLATE START i`, `@@ISOLATE DONE i ms detail`,
//! `@@ISOLATE PANIC i message`, finally `@@ISOLATE END`). The parent restarts
//! a child after the input that crashed or hung, so every input runs once.

use crate::{panic_message, BIG_STACK};
use std::io::{BufRead, BufReader, Write};
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::process::{Command, Stdio};
use std::sync::mpsc;
use std::time::Duration;

const ENV: &str = "PYC_ISOLATE";
const TAG: &str = "@@ISOLATE";

/// What happened to one input.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Event {
    /// Finished after `millis` ms; `detail` is what the child reported.
    Done {
        index: usize,
        millis: u64,
        detail: String,
    },
    Panic {
        index: usize,
        message: String,
    },
    /// The process died while running this input.
    Crash {
        index: usize,
        status: String,
    },
    /// Still running after the deadline; the child was killed.
    Hang {
        index: usize,
    },
}

impl Event {
    pub fn index(&self) -> usize {
        match self {
            Event::Done { index, .. }
            | Event::Panic { index, .. }
            | Event::Crash { index, .. }
            | Event::Hang { index } => *index,
        }
    }
}

/// In a child process: the set and first index it must run.
pub fn child_request() -> Option<(String, usize)> {
    let value = std::env::var(ENV).ok()?;
    let (set, start) = value.rsplit_once(':')?;
    Some((set.to_string(), start.parse().ok()?))
}

fn one_line(s: &str) -> String {
    s.replace('\\', "\\\\")
        .replace('\n', "\\n")
        .replace('\r', "\\r")
}

/// The child side: runs inputs `start..count` with `run_one(index)` (whose
/// result is the detail reported) on a big-stack thread, printing the
/// protocol lines.
pub fn child_loop(
    start: usize,
    count: usize,
    run_one: impl Fn(usize) -> String + Send + Sync + 'static,
) {
    let worker = std::thread::Builder::new()
        .stack_size(BIG_STACK)
        .spawn(move || {
            let mut out = std::io::stdout();
            for i in start..count {
                let _ = writeln!(out, "{TAG} START {i}");
                let _ = out.flush();
                let started = std::time::Instant::now();
                let result = catch_unwind(AssertUnwindSafe(|| run_one(i)));
                let millis = started.elapsed().as_millis();
                let line = match result {
                    Ok(detail) => format!("{TAG} DONE {i} {millis} {}", one_line(&detail)),
                    Err(p) => format!("{TAG} PANIC {i} {}", one_line(&panic_message(p.as_ref()))),
                };
                let _ = writeln!(out, "{line}");
                let _ = out.flush();
            }
            let _ = writeln!(out, "{TAG} END");
            let _ = out.flush();
        })
        .expect("spawn isolate worker");
    let _ = worker.join();
}

/// The parent side: runs inputs `0..count` of `set` in children of this
/// test executable (running test `test_name`), each input with `deadline`.
/// Returns one event per input, in order.
pub fn run_isolated(test_name: &str, set: &str, count: usize, deadline: Duration) -> Vec<Event> {
    let exe = std::env::current_exe().expect("current_exe");
    let mut events: Vec<Event> = Vec::with_capacity(count);
    let mut start = 0;
    while start < count {
        let mut child = Command::new(&exe)
            .args([
                test_name,
                "--exact",
                "--nocapture",
                "--test-threads=1",
                "-q",
            ])
            .env(ENV, format!("{set}:{start}"))
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .expect("spawn isolated child");
        let stdout = child.stdout.take().expect("piped stdout");
        let (tx, rx) = mpsc::channel::<String>();
        std::thread::spawn(move || {
            for line in BufReader::new(stdout).lines() {
                let Ok(line) = line else { break };
                if line.starts_with(TAG) && tx.send(line).is_err() {
                    break;
                }
            }
        });
        let mut current: Option<usize> = None;
        let mut started_any = false;
        let mut finished = false;
        loop {
            match rx.recv_timeout(deadline) {
                Ok(line) => {
                    let rest = &line[TAG.len() + 1..];
                    let (word, tail) = rest.split_once(' ').unwrap_or((rest, ""));
                    let (num, detail) = tail.split_once(' ').unwrap_or((tail, ""));
                    let index = num.parse::<usize>().unwrap_or(usize::MAX);
                    match word {
                        "START" => {
                            current = Some(index);
                            started_any = true;
                        }
                        "DONE" => {
                            let (ms, detail) = detail.split_once(' ').unwrap_or((detail, ""));
                            events.push(Event::Done {
                                index,
                                millis: ms.parse().unwrap_or(0),
                                detail: detail.to_string(),
                            });
                            current = None;
                        }
                        "PANIC" => {
                            events.push(Event::Panic {
                                index,
                                message: detail.to_string(),
                            });
                            current = None;
                        }
                        "END" => finished = true,
                        _ => {}
                    }
                }
                Err(mpsc::RecvTimeoutError::Timeout) => {
                    let _ = child.kill();
                    let _ = child.wait();
                    match current {
                        Some(index) => events.push(Event::Hang { index }),
                        // Stuck outside any input (should not happen): stop.
                        None => return events,
                    }
                    break;
                }
                Err(mpsc::RecvTimeoutError::Disconnected) => {
                    let status = child.wait().map(|s| s.to_string()).unwrap_or_default();
                    if finished {
                        return events;
                    }
                    match current {
                        Some(index) => events.push(Event::Crash { index, status }),
                        None if !started_any => {
                            // The child died before running anything: report
                            // it once rather than restarting forever.
                            events.push(Event::Crash {
                                index: start,
                                status: format!("child failed before its first input ({status})"),
                            });
                            return events;
                        }
                        None => return events,
                    }
                    break;
                }
            }
        }
        // Resume after the input that crashed or hung.
        start = events.last().map_or(start + 1, |e| e.index() + 1);
    }
    events
}
