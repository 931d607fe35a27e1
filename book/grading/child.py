"""The program one submission runs in, and the wire format it talks in.

The grader starts this file's *source* with ``python -I -S -c`` inside the
sandbox (read once by the grader, so nothing a submission does to files can
change it, and the sandbox does not contain ``book`` at all). The module
imports nothing but the standard library and NumPy.

The conversation, over the process's stdin and stdout:

1. The grader sends the set-up: the submission's code cells, already turned
   into plain Python by IPython's input transformer, which cells to skip, and
   the resource limits.
2. The child runs the cells one by one in a fresh namespace, announcing each
   before it runs it (so a time limit can name the cell), and reports what
   each raised.
3. The grader then asks for the values of names and for calls of the
   submission's functions on test inputs; the child answers with the results.

Only plain data crosses the pipe — numbers, strings, lists, tuples, dicts,
numeric arrays in .npy format and SymPy expressions as trees of names and
numbers (``expression_tree``), never pickles — so whatever a submission does
to NumPy, builtins or otter inside this process, the comparisons happen in the
grader's own clean process, on numbers the submission returned.

A message is an 8-byte big-endian length followed by that many bytes of JSON.
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

MAX_MESSAGE = 8 * 2**20      # bytes of JSON in one message
MAX_ELEMENTS = 2**20         # entries of one array, and items of one list, sent back
MAX_DEPTH = 32
MAX_DIMENSIONS = 8
MAX_TREE_NODES = 5000        # nodes of one expression tree
MAX_TREE_DEPTH = 100
MAX_ATOM = 64                # characters of a name or a number in a tree


# ------------------------------------------------------------------ the wire
def pack(message):
    data = json.dumps(message, allow_nan=True).encode()
    if len(data) > MAX_MESSAGE:
        raise ValueError(f"a message of {len(data)} bytes (at most {MAX_MESSAGE})")
    return struct.pack(">Q", len(data)) + data


def encode(value, depth=0):
    """A value as JSON-ready plain data; TypeError for anything else."""
    if depth > MAX_DEPTH:
        raise TypeError("a value nested too deeply")
    if value is None or type(value) in (bool, int, float, str):
        return value
    if isinstance(value, bool):
        return bool(value)
    if isinstance(value, int):
        return int(value)
    if isinstance(value, float):
        return float(value)
    if isinstance(value, str):
        return str(value)
    if isinstance(value, complex):
        return {"complex": [float(value.real), float(value.imag)]}
    if isinstance(value, np.generic) and value.dtype.kind in "biufc":
        return encode(value.item(), depth + 1)
    if isinstance(value, np.ndarray):
        if value.dtype.kind not in "biufc":
            raise TypeError(f"an array of dtype {value.dtype}")
        extent = 1
        for n in value.shape:
            extent *= max(n, 1)
        if extent > MAX_ELEMENTS or value.ndim > MAX_DIMENSIONS:
            raise TypeError(f"an array of shape {value.shape} (at most {MAX_ELEMENTS} entries "
                            f"and {MAX_DIMENSIONS} axes)")
        buffer = io.BytesIO()
        np.save(buffer, np.array(value, order="C"), allow_pickle=False)
        return {"ndarray": base64.b64encode(buffer.getvalue()).decode("ascii")}
    if isinstance(value, (list, tuple)):
        if len(value) > MAX_ELEMENTS:
            raise TypeError(f"a list of {len(value)} items (at most {MAX_ELEMENTS})")
        tag = "tuple" if isinstance(value, tuple) else "list"
        return {tag: [encode(v, depth + 1) for v in value]}
    if isinstance(value, dict):
        if not all(isinstance(k, str) for k in value):
            raise TypeError("a dict with keys that are not strings")
        return {"dict": [[str(k), encode(v, depth + 1)] for k, v in value.items()]}
    if is_sympy(value):
        return {"sympy": expression_tree(value)}
    raise TypeError(f"an object of type {type(value).__name__}")


# ------------------------------------------------------ SymPy expressions as trees
# A tree is a list: [head, ...]. Leaves: ["Symbol", name], ["Dummy", name, index],
# ["Integer", digits], ["Rational", p, q], ["Float", repr], ["Pi"], ["E"]. Inner nodes:
# ["Add", *terms], ["Mul", *factors], ["Pow", base, exponent], ["Function", name, *args],
# ["Derivative", expr, *variable-count pairs as Tuples], ["Subs", expr, Tuple, Tuple],
# ["Tuple", *items], ["Matrix", rows, cols, *entries]. Only names and numbers: the grader
# rebuilds the expression from a whitelist (book.grading.answers), never by eval or pickle.
TREE_HEADS = {"Symbol": 1, "Dummy": 2, "Integer": 1, "Rational": 2, "Float": 1, "Pi": 0,
              "E": 0, "Add": None, "Mul": None, "Pow": None, "Function": None,
              "Derivative": None, "Subs": None, "Tuple": None, "Matrix": None}
_NAMED_NUMBERS = {"Pi": "Pi", "Exp1": "E"}


def is_sympy(value):
    """Whether ``value`` is a SymPy object (judged by its classes; SymPy is not imported)."""
    return any((getattr(c, "__module__", None) or "").startswith("sympy.")
               for c in type(value).__mro__)


def expression_tree(expr):
    """A SymPy expression or matrix as a tree of plain data (without importing SymPy)."""
    nodes = 0

    def leaf_or_children(e):
        cls = type(e).__name__
        if getattr(e, "is_Matrix", False):
            rows, cols = e.shape
            return ["Matrix", str(int(rows)), str(int(cols))], list(e)
        if getattr(e, "is_Dummy", False):
            return ["Dummy", str(e.name), str(int(e.dummy_index))], []
        if getattr(e, "is_Symbol", False):
            return ["Symbol", str(e.name)], []
        if cls in ("Pi", "Exp1"):
            return [_NAMED_NUMBERS[cls]], []
        if getattr(e, "is_Integer", False):
            if abs(int(e)).bit_length() > 4 * MAX_ATOM:
                raise TypeError("a SymPy integer with too many digits")
            return ["Integer", str(int(e))], []
        if getattr(e, "is_Rational", False):
            if max(abs(int(e.p)).bit_length(), int(e.q).bit_length()) > 4 * MAX_ATOM:
                raise TypeError("a SymPy rational with too many digits")
            return ["Rational", str(int(e.p)), str(int(e.q))], []
        if getattr(e, "is_Float", False):
            return ["Float", repr(float(e))], []
        if cls == "Tuple":
            return ["Tuple"], list(e.args)
        for head in ("Add", "Mul", "Pow", "Derivative", "Subs"):
            if getattr(e, f"is_{head}", False) or cls == head:
                return [head], list(e.args)
        if getattr(e, "is_Function", False):
            return ["Function", str(e.func.__name__)], list(e.args)
        raise TypeError(f"a SymPy {cls}, which a symbolic answer cannot contain")

    root = []
    stack = [(expr, root, 0)]
    while stack:
        e, into, depth = stack.pop()
        nodes += 1
        if nodes > MAX_TREE_NODES:
            raise TypeError(f"an expression with more than {MAX_TREE_NODES} nodes")
        if depth > MAX_TREE_DEPTH:
            raise TypeError(f"an expression nested more than {MAX_TREE_DEPTH} levels deep")
        node, children = leaf_or_children(e)
        into.append(node)
        for child in reversed(children):
            stack.append((child, node, depth + 1))
    return root[0]


class Expression:
    """A checked expression tree that came over the wire: plain data only.

    ``book.grading.answers`` rebuilds it into SymPy from a whitelist."""

    def __init__(self, tree):
        self.tree = tree

    def __repr__(self):
        return "<a symbolic answer>"


def check_tree(tree):
    """``tree`` if it is a well-formed expression tree within the limits; ValueError if not."""
    nodes = 0
    stack = [(tree, 0)]
    while stack:
        node, depth = stack.pop()
        nodes += 1
        if nodes > MAX_TREE_NODES:
            raise ValueError(f"an expression with more than {MAX_TREE_NODES} nodes")
        if depth > MAX_TREE_DEPTH:
            raise ValueError(f"an expression nested more than {MAX_TREE_DEPTH} levels deep")
        if type(node) is not list or not node or type(node[0]) is not str \
                or node[0] not in TREE_HEADS:
            raise ValueError("a malformed expression")
        head, arity = node[0], TREE_HEADS[node[0]]
        if arity is not None:      # a leaf: its fields are short strings
            if len(node) != 1 + arity or any(type(f) is not str or len(f) > MAX_ATOM
                                             for f in node[1:]):
                raise ValueError(f"a malformed {head} in an expression")
            continue
        children = node[1:]
        if head in ("Function", "Matrix"):
            fields = 1 if head == "Function" else 2
            if len(node) < 1 + fields or any(type(f) is not str or len(f) > MAX_ATOM
                                             for f in node[1:1 + fields]):
                raise ValueError(f"a malformed {head} in an expression")
            children = node[1 + fields:]
        stack.extend((child, depth + 1) for child in children)
    return tree


def decode(obj, depth=0):
    """Plain data back from JSON; ValueError for anything malformed. Safe on hostile input:
    it allocates nothing bigger than ``MAX_ELEMENTS`` entries per array."""
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
        if tag == "sympy":
            return Expression(check_tree(payload))
    raise ValueError("a malformed value")


def _load_array(text):
    try:
        raw = base64.b64decode(text.encode("ascii"), validate=True)
    except (ValueError, UnicodeEncodeError):
        raise ValueError("an array that is not base64") from None
    stream = io.BytesIO(raw)
    version = np.lib.format.read_magic(stream)
    if version == (1, 0):
        shape, fortran, dtype = np.lib.format.read_array_header_1_0(stream)
    elif version == (2, 0):
        shape, fortran, dtype = np.lib.format.read_array_header_2_0(stream)
    else:
        raise ValueError(f"an array in .npy format {version}")
    # check what the header claims against the limits and the bytes that came, before allocating
    if dtype.kind not in "biufc" or dtype.hasobject:
        raise ValueError(f"an array of dtype {dtype}")
    # a zero-size array may claim huge other axes (shape (12, 2**20, 0)), and working with
    # it can cost as much as a full one: bound the product of the axes counted at least 1
    if len(shape) > MAX_DIMENSIONS:
        raise ValueError(f"an array of {len(shape)} axes (at most {MAX_DIMENSIONS})")
    size, extent = 1, 1
    for n in shape:
        size *= n
        extent *= max(n, 1)
        if extent > MAX_ELEMENTS:
            raise ValueError(f"an array of shape {shape} (at most {MAX_ELEMENTS} entries)")
    if size * dtype.itemsize != len(raw) - stream.tell():
        raise ValueError("an array whose header does not match its data")
    stream.seek(0)
    return np.load(stream, allow_pickle=False)


# ----------------------------------------------------------- the submission
class _Grader:
    """Stands in for the student's checker (and otter's Notebook, in older notebooks):
    checks inside the submission count for nothing."""

    def __init__(self, *args, **kwargs):
        pass

    def __getattr__(self, name):
        return lambda *args, **kwargs: None


class _Shell:
    """Stands in for ``get_ipython()``: magics and shell escapes are noted, never run."""

    def __init__(self):
        self.used = []

    def _note(self, what):
        if what not in self.used:
            self.used.append(what)

    def run_line_magic(self, name, line="", *args, **kwargs):
        self._note(f"%{name}")

    def run_cell_magic(self, name, line="", cell="", *args, **kwargs):
        self._note(f"%%{name}")

    def system(self, command="", *args, **kwargs):
        self._note("!")

    getoutput = system

    def __getattr__(self, name):
        return lambda *args, **kwargs: self._note(name)


def _describe_error(err):
    text = str(err).strip().splitlines()
    first = text[0][:200] if text else ""
    return f"{type(err).__name__}: {first}" if first else type(err).__name__


def _limit_resources(limits):
    with open("/proc/self/statm") as f:
        baseline = int(f.read().split()[0]) * resource.getpagesize()
    memory = baseline + limits["memory_mb"] * 2**20
    resource.setrlimit(resource.RLIMIT_AS, (memory, memory))
    cpu = limits["cpu_seconds"]
    resource.setrlimit(resource.RLIMIT_CPU, (cpu, cpu + 5))
    resource.setrlimit(resource.RLIMIT_FSIZE, (16 * 2**20, 16 * 2**20))
    resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    resource.setrlimit(resource.RLIMIT_NOFILE, (256, 256))
    if limits.get("processes"):
        n = limits["processes"]
        resource.setrlimit(resource.RLIMIT_NPROC, (n, n))


def main():
    read_fd, write_fd = os.dup(0), os.dup(1)
    null = os.open(os.devnull, os.O_RDWR)
    for fd in (0, 1, 2):  # the submission's own prints go nowhere
        os.dup2(null, fd)
    os.close(null)
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
    _limit_resources(setup["limits"])
    otter = types.ModuleType("otter")
    otter.Notebook = _Grader
    sys.modules["otter"] = otter

    shell = _Shell()
    # the set-up cell is not run here (it would install and start the student's checker):
    # `grader.check(...)` cells find a stand-in that does nothing
    namespace = {"__name__": "__main__", "__builtins__": builtins,
                 "get_ipython": lambda: shell, "grader": _Grader()}
    skip = set(setup["skip"])
    errors = []
    for position, source in setup["cells"]:
        if position in skip:
            continue
        send({"cell": position})
        shell.used = []
        try:
            exec(compile(source, f"<code cell {position}>", "exec"), namespace)
        except SystemExit as err:
            errors.append([position, f"called sys.exit({str(err.code)[:40]})"])
        except BaseException as err:  # noqa: B036 — whatever a cell throws, go on to the next
            note = f" (it uses {', '.join(shell.used)}, which the grader does not run)" \
                if shell.used else ""
            errors.append([position, f"raised {_describe_error(err)}{note}"])
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
        except (TypeError, ValueError, RecursionError) as err:
            send({"error": ["UnreadableResult", f"the result could not be sent: {err}"]})


if __name__ == "__main__":
    main()
