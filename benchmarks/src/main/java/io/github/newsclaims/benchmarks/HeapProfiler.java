package io.github.newsclaims.benchmarks;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import javax.management.ListenerNotFoundException;
import javax.management.Notification;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.infra.IterationParams;
import org.openjdk.jmh.profile.InternalProfiler;
import org.openjdk.jmh.results.AggregationPolicy;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.ScalarResult;

/**
 * A JMH profiler ({@code -prof io.github.newsclaims.benchmarks.HeapProfiler}) that reports, per
 * iteration, how much Java heap the benchmark used: {@code heap.peak}, the most heap in use at any
 * garbage collection or at the end of the iteration (garbage included: what the collector had to
 * make room for), {@code heap.live}, the most heap still in use right after a collection (the live
 * data the benchmark holds), and {@code heap.max}, the JVM's heap cap. All in MB (10^6 bytes),
 * aggregated as the maximum over iterations and forks.
 */
public final class HeapProfiler implements InternalProfiler {
  private static final double MB = 1e6;

  private final Set<String> heapPools = ManagementFactory.getMemoryPoolMXBeans().stream()
      .filter(pool -> pool.getType() == MemoryType.HEAP)
      .map(MemoryPoolMXBean::getName)
      .collect(Collectors.toUnmodifiableSet());
  private final AtomicLong peak = new AtomicLong();
  private final AtomicLong live = new AtomicLong(-1);
  private final NotificationListener listener = this::onCollection;

  @Override
  public String getDescription() {
    return "Peak and live Java heap per iteration, from garbage collection notifications";
  }

  @Override
  public void beforeIteration(BenchmarkParams benchmarkParams, IterationParams iterationParams) {
    peak.set(0);
    live.set(-1);
    for (GarbageCollectorMXBean collector : ManagementFactory.getGarbageCollectorMXBeans()) {
      ((NotificationEmitter) collector).addNotificationListener(listener, null, null);
    }
  }

  @Override
  @SuppressWarnings("rawtypes") // JMH's InternalProfiler declares the raw Result type
  public List<Result> afterIteration(BenchmarkParams benchmarkParams, IterationParams iterationParams,
      IterationResult result) {
    for (GarbageCollectorMXBean collector : ManagementFactory.getGarbageCollectorMXBeans()) {
      try {
        ((NotificationEmitter) collector).removeNotificationListener(listener);
      } catch (ListenerNotFoundException e) {
        // Never added: nothing to remove.
      }
    }
    peak.accumulateAndGet(ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed(), Math::max);
    long liveBytes = live.get();
    return List.of(
        new ScalarResult("heap.peak", peak.get() / MB, "MB", AggregationPolicy.MAX),
        new ScalarResult("heap.live", liveBytes < 0 ? Double.NaN : liveBytes / MB, "MB", AggregationPolicy.MAX),
        new ScalarResult("heap.max", Runtime.getRuntime().maxMemory() / MB, "MB", AggregationPolicy.MAX));
  }

  private void onCollection(Notification notification, Object handback) {
    if (!GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
      return;
    }
    GarbageCollectionNotificationInfo info =
        GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData());
    peak.accumulateAndGet(heapUsed(info.getGcInfo().getMemoryUsageBeforeGc()), Math::max);
    live.accumulateAndGet(heapUsed(info.getGcInfo().getMemoryUsageAfterGc()), Math::max);
  }

  private long heapUsed(Map<String, MemoryUsage> pools) {
    return pools.entrySet().stream()
        .filter(pool -> heapPools.contains(pool.getKey()))
        .mapToLong(pool -> pool.getValue().getUsed())
        .sum();
  }
}
