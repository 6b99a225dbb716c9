"""Tracing of memory allocations: which lines of Python code allocated
the objects alive now (start/stop/take_snapshot, Snapshot.statistics and
compare_to, filters), over the runtime's `_tracemalloc`, which traces the
object blocks the runtime allocates."""

import fnmatch
from _tracemalloc import (start, stop, is_tracing, clear_traces, get_traced_memory,
                          reset_peak, get_traceback_limit, get_tracemalloc_memory,
                          _get_traces, _get_object_traceback)

__all__ = ["start", "stop", "is_tracing", "clear_traces", "get_traced_memory",
           "reset_peak", "get_traceback_limit", "get_tracemalloc_memory",
           "take_snapshot", "get_object_traceback", "Snapshot", "Statistic",
           "StatisticDiff", "Frame", "Traceback", "Trace", "Filter", "DomainFilter",
           "BaseFilter"]


def _format_size(size, sign):
    """size in B, KiB, MiB, ... with one decimal below 100 units."""
    for unit in ("B", "KiB", "MiB", "GiB", "TiB"):
        if abs(size) < 100 and unit != "B":
            return ("%+.1f %s" if sign else "%.1f %s") % (size, unit)
        if abs(size) < 10 * 1024 or unit == "TiB":
            return ("%+.0f %s" if sign else "%.0f %s") % (size, unit)
        size /= 1024


class Frame:
    """One frame of a traceback: filename and line number."""

    __slots__ = ("_frame",)

    def __init__(self, frame):
        self._frame = frame

    @property
    def filename(self):
        return self._frame[0]

    @property
    def lineno(self):
        return self._frame[1]

    def __eq__(self, other):
        if not isinstance(other, Frame):
            return NotImplemented
        return self._frame == other._frame

    def __lt__(self, other):
        if not isinstance(other, Frame):
            return NotImplemented
        return self._frame < other._frame

    def __hash__(self):
        return hash(self._frame)

    def __str__(self):
        return "%s:%s" % (self.filename, self.lineno)

    def __repr__(self):
        return "<Frame filename=%r lineno=%r>" % (self.filename, self.lineno)


class Traceback:
    """The frames where a block was allocated, oldest first."""

    __slots__ = ("_frames", "_total_nframe")

    def __init__(self, frames, total_nframe=None):
        # `frames` comes most recent first, as _tracemalloc reports it.
        self._frames = tuple(reversed(frames))
        self._total_nframe = total_nframe

    @property
    def total_nframe(self):
        return self._total_nframe

    def __len__(self):
        return len(self._frames)

    def __getitem__(self, index):
        if isinstance(index, slice):
            return tuple(Frame(f) for f in self._frames[index])
        return Frame(self._frames[index])

    def __iter__(self):
        return (Frame(f) for f in self._frames)

    def __contains__(self, frame):
        return frame._frame in self._frames

    def __hash__(self):
        return hash(self._frames)

    def __eq__(self, other):
        if not isinstance(other, Traceback):
            return NotImplemented
        return self._frames == other._frames

    def __lt__(self, other):
        if not isinstance(other, Traceback):
            return NotImplemented
        return self._frames < other._frames

    def __str__(self):
        return str(self[0])

    def __repr__(self):
        text = "<Traceback %r" % (tuple(self),)
        if self._total_nframe is None:
            return text + ">"
        return text + " total_nframe=%s>" % self.total_nframe

    def format(self, limit=None, most_recent_first=False):
        """'  File "f", line n' lines, each followed by its source line."""
        frames = list(self)
        if limit is not None:
            frames = frames[-limit:] if limit > 0 else frames[:-limit]
        if most_recent_first:
            frames.reverse()
        lines = []
        import _traceback
        for frame in frames:
            lines.append('  File "%s", line %s' % (frame.filename, frame.lineno))
            line = _traceback.source_line(frame.filename, frame.lineno)
            if line and line.strip():
                lines.append("    %s" % line.strip())
        return lines


def get_object_traceback(obj):
    """Where obj was allocated (a Traceback), or None if not traced."""
    frames = _get_object_traceback(obj)
    return None if frames is None else Traceback(frames)


class Trace:
    """One traced block: domain, size and traceback."""

    __slots__ = ("_trace",)

    def __init__(self, trace):
        self._trace = trace

    @property
    def domain(self):
        return self._trace[0]

    @property
    def size(self):
        return self._trace[1]

    @property
    def traceback(self):
        return Traceback(*self._trace[2:])

    def __eq__(self, other):
        if not isinstance(other, Trace):
            return NotImplemented
        return self._trace == other._trace

    def __hash__(self):
        return hash(self._trace)

    def __str__(self):
        return "%s: %s" % (self.traceback, _format_size(self.size, False))

    def __repr__(self):
        return "<Trace domain=%s size=%s, traceback=%r>" % (
            self.domain, _format_size(self.size, False), self.traceback)


class _Traces:
    def __init__(self, traces):
        self._traces = traces

    def __len__(self):
        return len(self._traces)

    def __getitem__(self, index):
        if isinstance(index, slice):
            return tuple(Trace(t) for t in self._traces[index])
        return Trace(self._traces[index])

    def __contains__(self, trace):
        return trace._trace in self._traces

    def __eq__(self, other):
        if not isinstance(other, _Traces):
            return NotImplemented
        return self._traces == other._traces

    def __repr__(self):
        return "<Traces len=%s>" % len(self)


class Statistic:
    """Size and count of the blocks allocated at one traceback."""

    __slots__ = ("traceback", "size", "count")

    def __init__(self, traceback, size, count):
        self.traceback = traceback
        self.size = size
        self.count = count

    def __hash__(self):
        return hash((self.traceback, self.size, self.count))

    def __eq__(self, other):
        if not isinstance(other, Statistic):
            return NotImplemented
        return (self.traceback == other.traceback and self.size == other.size
                and self.count == other.count)

    def __str__(self):
        text = "%s: size=%s, count=%i" % (self.traceback, _format_size(self.size, False),
                                          self.count)
        if self.count:
            text += ", average=%s" % _format_size(self.size / self.count, False)
        return text

    def __repr__(self):
        return "<Statistic traceback=%r size=%i count=%i>" % (self.traceback, self.size,
                                                              self.count)

    def _sort_key(self):
        return (self.size, self.count, self.traceback)


class StatisticDiff:
    """A Statistic compared with an older snapshot's."""

    __slots__ = ("traceback", "size", "size_diff", "count", "count_diff")

    def __init__(self, traceback, size, size_diff, count, count_diff):
        self.traceback = traceback
        self.size = size
        self.size_diff = size_diff
        self.count = count
        self.count_diff = count_diff

    def __hash__(self):
        return hash((self.traceback, self.size, self.size_diff, self.count, self.count_diff))

    def __eq__(self, other):
        if not isinstance(other, StatisticDiff):
            return NotImplemented
        return ((self.traceback, self.size, self.size_diff, self.count, self.count_diff)
                == (other.traceback, other.size, other.size_diff, other.count, other.count_diff))

    def __str__(self):
        text = "%s: size=%s (%s), count=%i (%+i)" % (
            self.traceback, _format_size(self.size, False), _format_size(self.size_diff, True),
            self.count, self.count_diff)
        if self.count:
            text += ", average=%s" % _format_size(self.size / self.count, False)
        return text

    def __repr__(self):
        return "<StatisticDiff traceback=%r size=%i (%+i) count=%i (%+i)>" % (
            self.traceback, self.size, self.size_diff, self.count, self.count_diff)

    def _sort_key(self):
        return (abs(self.size_diff), self.size, abs(self.count_diff), self.count, self.traceback)


class BaseFilter:
    def __init__(self, inclusive):
        self.inclusive = inclusive

    def _match(self, trace):
        raise NotImplementedError


class Filter(BaseFilter):
    """Keep (inclusive) or drop the traces whose file matches a pattern
    (and line, when given); all_frames checks every frame."""

    def __init__(self, inclusive, filename_pattern, lineno=None, all_frames=False,
                 domain=None):
        super().__init__(inclusive)
        self._filename_pattern = filename_pattern
        self.lineno = lineno
        self.all_frames = all_frames
        self.domain = domain

    @property
    def filename_pattern(self):
        return self._filename_pattern

    def _match_frame_impl(self, filename, lineno):
        if not fnmatch.fnmatch(filename, self._filename_pattern):
            return False
        return self.lineno is None or lineno == self.lineno

    def _match_frame(self, filename, lineno):
        return self._match_frame_impl(filename, lineno) ^ (not self.inclusive)

    def _match_traceback(self, frames):
        if self.all_frames:
            hit = any(self._match_frame_impl(f, l) for f, l in frames)
            return hit ^ (not self.inclusive)
        return self._match_frame(*frames[0])

    def _match(self, trace):
        domain, size, frames, total = trace
        res = self._match_traceback(frames)
        if self.domain is not None:
            if self.inclusive:
                return res and domain == self.domain
            return res or domain != self.domain
        return res


class DomainFilter(BaseFilter):
    def __init__(self, inclusive, domain):
        super().__init__(inclusive)
        self._domain = domain

    @property
    def domain(self):
        return self._domain

    def _match(self, trace):
        return (trace[0] == self._domain) ^ (not self.inclusive)


class Snapshot:
    """The traced blocks alive at one moment."""

    def __init__(self, traces, traceback_limit):
        self.traces = _Traces(traces)
        self.traceback_limit = traceback_limit

    def filter_traces(self, filters):
        """A new Snapshot with the traces that match at least one
        inclusive filter (when there are any) and every exclusive one."""
        traces = self.traces._traces
        if filters:
            include = [f for f in filters if f.inclusive]
            exclude = [f for f in filters if not f.inclusive]
            traces = [t for t in traces
                      if (not include or any(f._match(t) for f in include))
                      and all(f._match(t) for f in exclude)]
        else:
            traces = list(traces)
        return Snapshot(traces, self.traceback_limit)

    def _group_by(self, key_type, cumulative):
        if key_type not in ("traceback", "filename", "lineno"):
            raise ValueError("unknown key_type: %r" % (key_type,))
        if cumulative and key_type not in ("lineno", "filename"):
            raise ValueError("cumulative mode cannot by used with key type %r" % key_type)
        stats = {}
        cache = {}
        for domain, size, frames, total in self.traces._traces:
            if key_type == "traceback":
                keys = [(frames, total)]
            else:
                chosen = frames if cumulative else frames[:1]
                keys = []
                for frame in chosen:
                    key = (frame[0], 0) if key_type == "filename" else frame
                    if key not in keys:
                        keys.append(key)
                keys = [((k,), None) for k in keys]
            for key in keys:
                tb = cache.get(key)
                if tb is None:
                    tb = cache[key] = Traceback(*key)
                entry = stats.get(tb)
                if entry is None:
                    stats[tb] = [size, 1]
                else:
                    entry[0] += size
                    entry[1] += 1
        return stats

    def statistics(self, key_type, cumulative=False):
        """Statistics grouped by key_type ('traceback', 'filename' or
        'lineno'), biggest first."""
        grouped = self._group_by(key_type, cumulative)
        result = [Statistic(tb, size, count) for tb, (size, count) in grouped.items()]
        result.sort(reverse=True, key=Statistic._sort_key)
        return result

    def compare_to(self, old_snapshot, key_type, cumulative=False):
        """StatisticDiffs from old_snapshot to this one, biggest change
        first."""
        new = self._group_by(key_type, cumulative)
        old = old_snapshot._group_by(key_type, cumulative)
        diffs = []
        for tb, (size, count) in new.items():
            old_size, old_count = old.pop(tb, (0, 0))
            diffs.append(StatisticDiff(tb, size, size - old_size, count, count - old_count))
        for tb, (size, count) in old.items():
            diffs.append(StatisticDiff(tb, 0, -size, 0, -count))
        diffs.sort(reverse=True, key=StatisticDiff._sort_key)
        return diffs


def take_snapshot():
    """A Snapshot of the blocks traced now."""
    if not is_tracing():
        raise RuntimeError("the tracemalloc module must be tracing memory "
                           "allocations to take a snapshot")
    return Snapshot(_get_traces(), get_traceback_limit())
