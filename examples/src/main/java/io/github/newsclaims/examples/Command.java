package io.github.newsclaims.examples;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.logging.Level;
import java.util.logging.Logger;

/** What the example commands share around their work: a quiet validator, UTF-8 output, the exit status. */
final class Command {
  /**
   * Hibernate Validator's logger, quieted for the commands (it announces its version on first use).
   * Held here: {@code java.util.logging} keeps loggers only weakly, so a level set on one nobody
   * references may be lost to the garbage collector before the validator logs.
   */
  private static final Logger VALIDATOR_LOG = Logger.getLogger("org.hibernate.validator");

  /** A command's work: its arguments and streams in, its exit status out. */
  interface Body {
    int run(String[] args, PrintStream out, PrintStream err);
  }

  private Command() {}

  /** Runs {@code body} on standard output and error in UTF-8 and exits with its status when not 0. */
  static void main(String[] args, Body body) {
    VALIDATOR_LOG.setLevel(Level.WARNING);
    PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
    PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
    int status = body.run(args, out, err);
    if (status != 0) {
      System.exit(status);
    }
  }
}
