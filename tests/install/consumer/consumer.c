/* A program of someone else's, built against an installed Vachak (find_package or
   pkg-config): reads an image through the C API and prints its text. */
#include <stdio.h>
#include <stdlib.h>
#include <vachak/vachak.h>

int main(int argc, char** argv) {
  if (argc != 3) {
    fprintf(stderr, "usage: consumer MODEL_DIR IMAGE\n");
    return 2;
  }
  FILE* f = fopen(argv[2], "rb");
  if (!f) return 1;
  static unsigned char data[1 << 22];
  const size_t size = fread(data, 1, sizeof data, f);
  fclose(f);
  vachak_config config = {argv[1], 64u << 20, 1};
  vachak_engine* engine = NULL;
  if (vachak_engine_create(&config, &engine) != VACHAK_OK) {
    fprintf(stderr, "engine: failed\n");
    return 1;
  }
  char* text = NULL;
  const vachak_status st = vachak_ocr_encoded(engine, data, size, &text);
  if (st != VACHAK_OK) {
    fprintf(stderr, "ocr: %s\n", vachak_last_error(engine));
    vachak_engine_destroy(engine);
    return 1;
  }
  fputs(text, stdout);
  vachak_free_string(text);
  vachak_engine_destroy(engine);
  return 0;
}
