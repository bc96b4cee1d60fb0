"""The line recognizer: a small CNN that collapses the 32-pixel height to 2 rows while
halving the width, then one bidirectional GRU and a linear layer to per-frame class
scores for CTC. Only ops the int8 runtime has: conv (+BatchNorm, folded at export), ReLU,
max pooling, GRU, concat, fully connected, log-softmax.

Width is halved, not quartered: on rendered Devanagari lines (conjunct-dense Sanskrit
included) code points per frame reach 0.86 at W/4, too close to CTC's limit of one label
per frame with blanks between repeats, and stay below 0.45 at W/2."""
import torch
from torch import nn

HEIGHT = 32
CHANNELS = (16, 32, 48, 64, 96)
HIDDEN = 96


def conv_bn(cin, cout):
    return [nn.Conv2d(cin, cout, 3, padding=1, bias=False), nn.BatchNorm2d(cout), nn.ReLU(inplace=True)]


class LineRecognizer(nn.Module):
    def __init__(self, classes):
        super().__init__()
        c = CHANNELS
        self.features = nn.Sequential(
            *conv_bn(1, c[0]), nn.MaxPool2d(2, 2),                     # 16 x W/2
            *conv_bn(c[0], c[1]), nn.MaxPool2d((2, 1), (2, 1)),       # 8
            *conv_bn(c[1], c[2]),
            *conv_bn(c[2], c[3]), nn.MaxPool2d((2, 1), (2, 1)),       # 4
            *conv_bn(c[3], c[4]), nn.MaxPool2d((2, 1), (2, 1)),       # 2
        )
        self.rnn = nn.GRU(2 * c[4], HIDDEN, bidirectional=True)
        self.fc = nn.Linear(2 * HIDDEN, classes)

    def forward(self, x):
        """x [N, 1, 32, W] in [0, 1] (1 = paper) -> log-probabilities [W/2, N, classes]."""
        f = self.features(x)                       # [N, C, 2, W/2]
        n, c, h, w = f.shape
        seq = f.permute(3, 0, 2, 1).reshape(w, n, h * c)  # row-major over (height, channel)
        out, _ = self.rnn(seq)
        return torch.log_softmax(self.fc(out), dim=-1)


def parameter_count(model):
    return sum(p.numel() for p in model.parameters())
