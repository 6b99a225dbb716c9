//! Timing helpers shared by pyc's benchmark binaries: repeated measurement
//! of a closure and summary statistics (best, median, mean) printed in one
//! machine-readable line that `benches/run.py` parses.
//!
//! Invariant: the reported line has the form
//! `RESULT name=<label> iterations=<n> best_s=<f> median_s=<f> mean_s=<f>`
//! (seconds per iteration); other output lines are for humans.

use std::time::{Duration, Instant};

/// Per-iteration timings of one measured operation.
#[derive(Clone, Debug, Default)]
pub struct Samples {
    times: Vec<Duration>,
}

impl Samples {
    /// Runs `f` `iterations` times, timing each run separately.
    pub fn measure<T>(iterations: usize, mut f: impl FnMut() -> T) -> Samples {
        let mut times = Vec::with_capacity(iterations);
        for _ in 0..iterations {
            let start = Instant::now();
            let out = f();
            times.push(start.elapsed());
            std::hint::black_box(out);
        }
        Samples { times }
    }

    /// Adds one timing.
    pub fn push(&mut self, d: Duration) {
        self.times.push(d);
    }

    pub fn len(&self) -> usize {
        self.times.len()
    }

    pub fn is_empty(&self) -> bool {
        self.times.is_empty()
    }

    /// The fastest run (zero when empty).
    pub fn best(&self) -> Duration {
        self.times.iter().min().copied().unwrap_or_default()
    }

    /// The median run (mean of the two middle runs for an even count).
    pub fn median(&self) -> Duration {
        if self.times.is_empty() {
            return Duration::ZERO;
        }
        let mut sorted = self.times.clone();
        sorted.sort();
        let mid = sorted.len() / 2;
        if sorted.len() % 2 == 1 {
            sorted[mid]
        } else {
            (sorted[mid - 1] + sorted[mid]) / 2
        }
    }

    pub fn mean(&self) -> Duration {
        if self.times.is_empty() {
            return Duration::ZERO;
        }
        self.times.iter().sum::<Duration>() / self.times.len() as u32
    }

    /// The machine-readable summary line for `label`.
    pub fn result_line(&self, label: &str) -> String {
        format!(
            "RESULT name={} iterations={} best_s={:.9} median_s={:.9} mean_s={:.9}",
            label,
            self.len(),
            self.best().as_secs_f64(),
            self.median().as_secs_f64(),
            self.mean().as_secs_f64()
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn statistics() {
        let mut s = Samples::default();
        for ms in [5, 1, 3, 2] {
            s.push(Duration::from_millis(ms));
        }
        assert_eq!(s.best(), Duration::from_millis(1));
        assert_eq!(s.median(), Duration::from_micros(2500));
        assert_eq!(s.mean(), Duration::from_micros(2750));
        let line = s.result_line("x");
        assert!(
            line.starts_with("RESULT name=x iterations=4 best_s=0.001000000"),
            "{line}"
        );
        assert_eq!(Samples::default().median(), Duration::ZERO);
    }

    #[test]
    fn measure_counts_iterations() {
        let mut n = 0;
        let s = Samples::measure(7, || n += 1);
        assert_eq!((s.len(), n), (7, 7));
    }
}
