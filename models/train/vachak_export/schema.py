"""The model header schema, compiled with protoc on first use into a cache folder."""
import hashlib
import importlib
import os
import subprocess
import sys

_PROTO = os.path.join(os.path.dirname(__file__), "..", "..", "schema", "vachak_model.proto")


def _load():
    proto = os.path.abspath(_PROTO)
    with open(proto, "rb") as f:
        digest = hashlib.sha256(f.read()).hexdigest()[:16]
    cache = os.path.join(os.environ.get("VACHAK_CACHE", os.path.join(os.path.expanduser("~"), ".cache", "vachak")),
                         "pyschema", digest)
    target = os.path.join(cache, "vachak_model_pb2.py")
    if not os.path.exists(target):
        os.makedirs(cache, exist_ok=True)
        subprocess.run(["protoc", "--proto_path=" + os.path.dirname(proto), "--python_out=" + cache, proto],
                       check=True)
    if cache not in sys.path:
        sys.path.insert(0, cache)
    return importlib.import_module("vachak_model_pb2")


pb = _load()
