#include "runtime/kernels/kernel_util.h"
