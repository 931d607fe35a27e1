"""The process one submission runs in, and the wire format it talks in.

``book.grade`` starts this file's source with ``python -I -c`` (read once, so a
submission that deletes files cannot break the next one), usually inside a
sandbox. Here the submission's code cells run in a fresh namespace, and then
the grader asks, over stdin/stdout, for the values of names and for calls of
the submission's functions on the test inputs. Only plain data crosses the
pipe — numbers, strings, lists, tuples, dicts and numeric arrays in .npy
format, never pickles — so whatever the submission does to NumPy, builtins
or the otter grader inside this process, the test's comparison happens in the
grader's own clean process on numbers the submission returned.

Messages are a 8-byte big-endian length followed by that many bytes of JSON.
"""

import base64
import builtins
import io
import json
import os
import resource
import struct
import sys
import types

import numpy as np

MAX_MESSAGE = 64 * 2**20
MAX_DEPTH = 32


# ------------------------------------------------------------------ the wire
def pack(message):
    data = json.dumps(message).encode()
    if len(data) > MAX_MESSAGE:
        raise ValueError(f"message of {len(data)} bytes exceeds {MAX_MESSAGE}")
    return struct.pack(">Q", len(data)) + data


def encode(value, depth=0):
    """A value as JSON-ready plain data; TypeError for anything else."""
    if depth > MAX_DEPTH:
        raise TypeError("a value nested too deeply")
    if value is None or isinstance(value, (bool, str)):
        return value if not isinstance(value, str) else str(value)
    if isinstance(value, (int, float)):
        return value
    if isinstance(value, complex):
        return {"complex": [value.real, value.imag]}
    if isinstance(value, np.generic) and value.dtype.kind in "biufc":
        return encode(value.item(), depth + 1)
    if isinstance(value, np.ndarray):
        if value.dtype.kind not in "biufc":
            raise TypeError(f"an array of dtype {value.dtype}")
        buffer = io.BytesIO()
        np.save(buffer, np.array(value, order="C"), allow_pickle=False)
        return {"ndarray": base64.b64encode(buffer.getvalue()).decode("ascii")}
    if isinstance(value, (list, tuple)):
        tag = "tuple" if isinstance(value, tuple) else "list"
        return {tag: [encode(v, depth + 1) for v in value]}
    if isinstance(value, dict):
        if not all(isinstance(k, str) for k in value):
            raise TypeError("a dict with keys that are not strings")
        return {"dict": [[str(k), encode(v, depth + 1)] for k, v in value.items()]}
    raise TypeError(f"an object of type {type(value).__name__}")


def decode(obj, depth=0):
    """Plain data back from JSON; ValueError for anything malformed. Safe on hostile input."""
    if depth > MAX_DEPTH:
        raise ValueError("a value nested too deeply")
    if obj is None or type(obj) in (bool, int, float, str):
        return obj
    if type(obj) is dict and len(obj) == 1:
        ((tag, payload),) = obj.items()
        if tag in ("list", "tuple") and type(payload) is list:
            items = [decode(v, depth + 1) for v in payload]
            return items if tag == "list" else tuple(items)
        if tag == "dict" and type(payload) is list:
            out = {}
            for pair in payload:
                if type(pair) is not list or len(pair) != 2 or type(pair[0]) is not str:
                    raise ValueError("a malformed dict")
                out[pair[0]] = decode(pair[1], depth + 1)
            return out
        if tag == "complex" and type(payload) is list and len(payload) == 2 \
                and all(type(x) in (int, float) for x in payload):
            return complex(*payload)
        if tag == "ndarray" and type(payload) is str:
            return _load_array(payload)
    raise ValueError("a malformed value")


def _load_array(text):
    raw = base64.b64decode(text.encode("ascii"), validate=True)
    stream = io.BytesIO(raw)
    version = np.lib.format.read_magic(stream)
    if version == (1, 0):
        shape, fortran, dtype = np.lib.format.read_array_header_1_0(stream)
    elif version == (2, 0):
        shape, fortran, dtype = np.lib.format.read_array_header_2_0(stream)
    else:
        raise ValueError(f"an array in .npy format {version}")
    # check the size the header claims against the bytes that came, before allocating
    if dtype.kind not in "biufc" or dtype.hasobject:
        raise ValueError(f"an array of dtype {dtype}")
    if int(np.prod(shape, dtype=np.int64)) * dtype.itemsize != len(raw) - stream.tell():
        raise ValueError("an array whose header does not match its data")
    stream.seek(0)
    return np.load(stream, allow_pickle=False)


# ----------------------------------------------------------- the submission
class _Grader:
    """Stands in for otter's Notebook: checks inside the submission count for nothing."""

    def __init__(self, *args, **kwargs):
        pass

    def __getattr__(self, name):
        return lambda *args, **kwargs: None


def _strip_magics(source):
    lines = []
    for line in source.splitlines():
        stripped = line.lstrip()
        if stripped.startswith(("%", "!")):  # IPython magics and shell escapes
            line = line[: len(line) - len(stripped)] + "pass"
        lines.append(line)
    return "\n".join(lines)


def _describe_error(err):
    text = str(err).strip().splitlines()
    first = text[0][:200] if text else ""
    return f"{type(err).__name__}: {first}" if first else type(err).__name__


def _limit_resources(memory_mb, cpu_seconds):
    with open("/proc/self/statm") as f:
        baseline = int(f.read().split()[0]) * resource.getpagesize()
    limit = baseline + memory_mb * 2**20
    resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
    resource.setrlimit(resource.RLIMIT_CPU, (cpu_seconds, cpu_seconds + 5))
    resource.setrlimit(resource.RLIMIT_FSIZE, (16 * 2**20, 16 * 2**20))
    resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    resource.setrlimit(resource.RLIMIT_NPROC, (64, 64))


def main():
    read_fd, write_fd = os.dup(0), os.dup(1)
    null = os.open(os.devnull, os.O_RDWR)
    for fd in (0, 1, 2):  # the submission's own prints go nowhere
        os.dup2(null, fd)
    reader = os.fdopen(read_fd, "rb")

    def send(message):
        data = pack(message)
        while data:
            data = data[os.write(write_fd, data):]

    def receive():
        header = reader.read(8)
        if len(header) < 8:
            raise SystemExit(0)
        return json.loads(reader.read(struct.unpack(">Q", header)[0]))

    setup = receive()
    _limit_resources(setup["memory_mb"], setup["cpu_seconds"])
    otter = types.ModuleType("otter")
    otter.Notebook = _Grader
    sys.modules["otter"] = otter

    namespace = {"__name__": "__main__", "__builtins__": builtins}
    errors = []
    for index, source in setup["cells"]:
        send({"cell": index})
        try:
            exec(compile(_strip_magics(source), f"<cell {index}>", "exec"), namespace)
        except SystemExit as err:
            errors.append(f"cell {index} called sys.exit({err.code!r})")
        except BaseException as err:  # noqa: B036 — whatever a cell throws, go on to the next
            errors.append(f"cell {index} raised {_describe_error(err)}")
    send({"ready": errors})

    missing = object()
    while True:
        request = receive()
        name = request.get("name")
        target = namespace.get(name, missing) if isinstance(name, str) else missing
        if request.get("op") == "describe":
            if target is missing:
                reply = {"kind": "missing"}
            elif callable(target):
                reply = {"kind": "callable"}
            else:
                try:
                    reply = {"kind": "value", "value": encode(target)}
                except TypeError as err:
                    reply = {"kind": "unreadable", "why": str(err)}
        else:  # "call"
            try:
                args = decode(request["args"])
                kwargs = decode(request["kwargs"])
                result = target(*args, **kwargs)
                reply = {"ok": encode(result)}
            except BaseException as err:  # noqa: B036
                reply = {"error": [type(err).__name__, _describe_error(err)]}
        try:
            send(reply)
        except (TypeError, ValueError) as err:
            send({"error": ["UnreadableResult", f"the result could not be sent: {err}"]})


if __name__ == "__main__":
    main()
