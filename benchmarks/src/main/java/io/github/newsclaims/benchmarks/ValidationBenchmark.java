package io.github.newsclaims.benchmarks;

import io.github.newsclaims.core.AnnotatedArticle;
import io.github.newsclaims.testing.Generators;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * The cost of the document rules: one Jakarta Validation (Hibernate Validator) pass over a valid
 * synthetic article of 10, 100 or 1,000 claims, as {@code NewsClaimsJson.read} runs it on an article
 * it has just built; the report divides by the number of claims.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class ValidationBenchmark {
  /** Claims in the article. */
  @Param({"10", "100", "1000"})
  public int claims;

  private ValidatorFactory factory;
  private Validator validator;
  private AnnotatedArticle article;
  private AnnotatedArticle fresh;

  /** Builds the article and the validator, and checks the article is valid. */
  @Setup(Level.Trial)
  public void setUp() {
    factory = Validation.buildDefaultValidatorFactory();
    validator = factory.getValidator();
    article = Generators.synthetic(Workloads.SEED, claims);
    if (!validator.validate(article).isEmpty()) {
      throw new IllegalStateException("the synthetic article breaks a document rule");
    }
  }

  /** Closes the validator factory. */
  @TearDown(Level.Trial)
  public void tearDown() {
    factory.close();
  }

  /**
   * A fresh copy of the article for each validation: the copy has not yet built the id indexes
   * that reference checks use, as an article just read has not.
   */
  @Setup(Level.Invocation)
  public void copy() {
    fresh = AnnotatedArticle.builder().from(article).build();
  }

  /** Validates the article; the result is the number of violations, zero. */
  @Benchmark
  public int validate() {
    return validator.validate(fresh).size();
  }
}
