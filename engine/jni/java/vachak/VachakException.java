package vachak;

/** A failed engine call: the C API's status code and the engine's message. */
public final class VachakException extends Exception {
  private final int status;

  public VachakException(int status, String message) {
    super(message);
    this.status = status;
  }

  /** One of the VACHAK_* codes of vachak.h (1 invalid argument ... 8 cancelled). */
  public int status() {
    return status;
  }
}
