package io.github.newsclaims.spark;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.apache.spark.sql.Row;
import scala.collection.Seq;

/** Spark rows as plain Java values, for comparing with what the model says: arrays and structs become lists. */
final class Rows {
  private Rows() {}

  /** The named columns of the row, in order. */
  static List<Object> values(Row row, String... columns) {
    List<Object> out = new ArrayList<>();
    for (String column : columns) {
      out.add(plain(row.get(row.fieldIndex(column))));
    }
    return out;
  }

  /** All the columns of the row, in order. */
  static List<Object> values(Row row) {
    return values(row, row.schema().fieldNames());
  }

  private static Object plain(Object value) {
    if (value instanceof Row struct) {
      List<Object> out = new ArrayList<>();
      for (int i = 0; i < struct.size(); i++) {
        out.add(plain(struct.get(i)));
      }
      return out;
    }
    if (value instanceof Seq<?> seq) {
      List<Object> out = new ArrayList<>();
      scala.jdk.javaapi.CollectionConverters.asJava(seq).forEach(element -> out.add(plain(element)));
      return out;
    }
    return value;
  }

  /** The number, or null when absent, as a table holds it. */
  static Integer boxed(OptionalInt value) {
    return value.isPresent() ? value.getAsInt() : null;
  }

  /** The number, or null when absent, as a table holds it. */
  static Double boxed(OptionalDouble value) {
    return value.isPresent() ? value.getAsDouble() : null;
  }

  /** A list that may hold nulls. */
  static List<Object> list(Object... values) {
    return new ArrayList<>(Arrays.asList(values));
  }
}
