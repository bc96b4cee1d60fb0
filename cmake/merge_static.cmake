# cmake -DAR=ar -DOUT=libvachak.a -DPARTS="a.a;b.a" -P merge_static.cmake
# One archive from several (ar's MRI script: ADDLIB keeps every member), written under a
# temporary name and renamed, so a failed merge never leaves a half archive.
set(script "CREATE ${OUT}.tmp\n")
foreach(part ${PARTS})
  string(APPEND script "ADDLIB ${part}\n")
endforeach()
string(APPEND script "SAVE\nEND\n")
file(WRITE ${OUT}.mri "${script}")
file(REMOVE ${OUT}.tmp)
execute_process(COMMAND ${AR} -M INPUT_FILE ${OUT}.mri RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "ar -M failed (${rc}) merging ${PARTS}")
endif()
file(RENAME ${OUT}.tmp ${OUT})
