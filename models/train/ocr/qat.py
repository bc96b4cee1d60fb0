"""Quantization-aware training of the weights: every step runs forward and backward with
the weights rounded the way the exporter rounds them (symmetric int8, one scale per output
row / channel, vachak_export.torch_export.quantize_weights), and the optimizer updates the
float weights with those gradients (straight-through estimator).

Per-output-channel rounding is unchanged by the BatchNorm fold at export (the fold scales
each output channel by one factor), so rounding the unfolded conv weights here rounds
exactly as the exported, folded ones are. Activations keep post-training calibration:
their int8 error was already within 0.01 CER points of float."""
import torch


def fake_quantize(w):
    flat = w.reshape(w.shape[0], -1)
    scale = flat.abs().amax(dim=1).clamp_min(1e-8) / 127.0
    q = torch.clamp(torch.floor(flat / scale[:, None] + 0.5), -127, 127)
    return (q * scale[:, None]).reshape(w.shape)


class WeightRounding:
    """with WeightRounding(model): forward + backward see int8-rounded weights; on exit the
    float weights come back (the optimizer step must come after the block)."""

    def __init__(self, model):
        self.params = [p for _, p in model.named_parameters() if p.dim() >= 2]
        self.saved = []

    def __enter__(self):
        with torch.no_grad():
            self.saved = [p.detach().clone() for p in self.params]
            for p in self.params:
                p.copy_(fake_quantize(p))
        return self

    def __exit__(self, *exc):
        with torch.no_grad():
            for p, s in zip(self.params, self.saved):
                p.copy_(s)
        self.saved = []
        return False
