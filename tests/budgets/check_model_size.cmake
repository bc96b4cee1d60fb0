# Fails when shipped model files together exceed their budget. Called by ctest with
# -DWHAT=<name> -DLIMIT=<bytes> -DFILES=<a;b;...> (every file must exist).
set(total 0)
foreach(f IN LISTS FILES)
  if(NOT EXISTS "${f}")
    message(FATAL_ERROR "${WHAT}: ${f} is missing")
  endif()
  file(SIZE "${f}" size)
  math(EXPR total "${total} + ${size}")
endforeach()
message(STATUS "${WHAT}: ${total} bytes; budget ${LIMIT} bytes")
if(total GREATER LIMIT)
  message(FATAL_ERROR "${WHAT} is ${total} bytes, above the ${LIMIT}-byte budget")
endif()
