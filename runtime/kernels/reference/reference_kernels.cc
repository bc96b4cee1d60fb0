#include "runtime/kernels/reference/reference_kernels.h"
