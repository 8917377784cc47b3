package io.github.newsclaims.spark;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.NoSuchElementException;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.io.compress.CompressionCodec;
import org.apache.hadoop.io.compress.CompressionCodecFactory;
import org.apache.spark.TaskContext;
import org.apache.spark.input.PortableDataStream;
import org.apache.spark.sql.Row;
import scala.Tuple2;

/**
 * The rows of every line of the files of one partition, file after file, each file opened only
 * when the previous one is done and closed when it is (or when the task ends). Compressed files
 * are decompressed by the Hadoop codec their name ends with ({@code .gz}, {@code .bz2}, …), as
 * Spark's own text source does.
 */
final class FileLines implements Iterator<Row> {
  private final Iterator<Tuple2<String, PortableDataStream>> files;
  private InputStream open;
  private LineParser current;

  private FileLines(Iterator<Tuple2<String, PortableDataStream>> files) {
    this.files = files;
    TaskContext task = TaskContext.get();
    if (task != null) {
      task.addTaskCompletionListener((org.apache.spark.util.TaskCompletionListener) context -> closeCurrent());
    }
  }

  /** The rows of the lines of {@code files}, in file order and line order. */
  static Iterator<Row> of(Iterator<Tuple2<String, PortableDataStream>> files) {
    return new FileLines(files);
  }

  @Override
  public boolean hasNext() {
    while (current == null || !current.hasNext()) {
      closeCurrent();
      if (!files.hasNext()) {
        return false;
      }
      Tuple2<String, PortableDataStream> file = files.next();
      open = open(file._1(), file._2());
      current = new LineParser(file._1(), open);
    }
    return true;
  }

  @Override
  public Row next() {
    if (!hasNext()) {
      throw new NoSuchElementException("no more lines");
    }
    return current.next();
  }

  private static InputStream open(String file, PortableDataStream stream) {
    InputStream raw = stream.open();
    CompressionCodec codec = new CompressionCodecFactory(stream.getConfiguration()).getCodec(new Path(file));
    if (codec == null) {
      return raw;
    }
    try {
      return codec.createInputStream(raw);
    } catch (IOException e) {
      close(raw);
      throw new UncheckedIOException("cannot decompress " + file, e);
    }
  }

  private void closeCurrent() {
    if (open != null) {
      InputStream in = open;
      open = null;
      current = null;
      close(in);
    }
  }

  private static void close(InputStream in) {
    try {
      in.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
