"""Vachak's Python export side: the integer reference of every runtime op (qmath), the
arena planner, the .vmdl writer and reference interpreter (graph), and converters from
PyTorch modules (torch_export). docs/QUANTIZATION.md and docs/MODEL-FORMAT.md are the
contracts these files implement; the C++ runtime implements the same ones.
"""
