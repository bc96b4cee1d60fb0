// Units of measure and data as Hindi speaks them after a number: 5 km, 10 किमी, 4 GB,
// 37°C, 60 km/h. Letters that are also words or initials (m, g, l, W, V, मी) are units
// only right after a number; the unambiguous ones (km, किमी, कि.मी.) are units anywhere.
#pragma once

#include <string_view>

namespace vachak::lang::indic {

// The spoken name of `token` as a unit, or nullptr. `after_number`: the token follows a
// number (its own word or glued to it: "5km").
const char* unit_name(std::u32string_view token, bool after_number);

}  // namespace vachak::lang::indic
